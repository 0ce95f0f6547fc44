import {
  Divider,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SALES_ROLES } from '../../../../contract/roles.ts';
import { CriteriaEditor } from './criteria-editor.tsx';
import { GuidanceField } from './guidance-field.tsx';
import type { PipelineDraft } from './pipeline-draft.ts';

/** Everything about one stage: name, goal, probability, rot days, role, guidance, exit criteria. */
export function StageForm({
  form,
  index,
}: {
  form: UseFormReturnType<PipelineDraft>;
  index: number;
}) {
  const { t } = useTranslation();
  const at = `stages.${index}`;
  const stage = form.values.stages[index];
  if (!stage) return null;

  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={t('settings.stage.editing')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('settings.stage.name')}
            required
            {...form.getInputProps(`${at}.name`)}
          />
          <Select
            label={t('settings.stage.role')}
            placeholder={t('settings.stage.anyRole')}
            data={SALES_ROLES.map((role) => ({ value: role, label: t(`salesRoles.${role}`) }))}
            clearable
            {...form.getInputProps(`${at}.role`)}
          />
        </SimpleGrid>
        <TextInput
          label={t('settings.stage.goal')}
          description={t('settings.stage.goalHint')}
          {...form.getInputProps(`${at}.goal`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('settings.stage.probability')}
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            suffix=" %"
            {...form.getInputProps(`${at}.probability`)}
          />
          <NumberInput
            label={t('settings.stage.rotDays')}
            description={t('settings.stage.rotDaysHint')}
            min={1}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps(`${at}.rotDays`)}
          />
        </SimpleGrid>
        <Switch
          label={t('settings.stage.optional')}
          description={t('settings.stage.optionalHint')}
          {...form.getInputProps(`${at}.optional`, { type: 'checkbox' })}
        />
        <GuidanceField
          value={stage.guidance}
          onChange={(value) => form.setFieldValue(`${at}.guidance`, value)}
          error={form.errors[`${at}.guidance`]}
        />
        <Divider />
        <CriteriaEditor form={form} stageIndex={index} />
      </Stack>
    </Paper>
  );
}
