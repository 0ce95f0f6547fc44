import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyCriterion, type PipelineDraft } from './pipeline-draft.ts';
import { CRITERION_KINDS, DEAL_FIELDS } from './criterion-options.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';

/** A stage's exit criteria: what must be true of a deal before it may leave the stage. */
export function CriteriaEditor({
  form,
  stageIndex,
}: {
  form: UseFormReturnType<PipelineDraft>;
  stageIndex: number;
}) {
  const { t } = useTranslation();
  const path = `stages.${stageIndex}.exitCriteria`;
  const criteria = form.values.stages[stageIndex]?.exitCriteria ?? [];

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('settings.criteria.title')}
      </Text>
      {criteria.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.criteria.none')}
        </Text>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label={t('settings.criteria.title')}>
        {criteria.map((criterion, index) => {
          const at = `${path}.${index}`;
          return (
            <Paper
              key={criterion.key}
              component="li"
              withBorder
              p="xs"
              radius="sm"
              style={{ listStyle: 'none' }}
            >
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label={t('settings.criteria.label')}
                  placeholder={t('settings.criteria.labelPlaceholder')}
                  required
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${at}.label`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  onClick={() => {
                    form.removeListItem(path, index);
                    form.clearErrors();
                  }}
                  aria-label={t('settings.criteria.remove', { number: index + 1 })}
                >
                  ×
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4} mr={36}>
                <Select
                  label={t('settings.criteria.kind')}
                  data={CRITERION_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`settings.criteria.kinds.${kind}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${at}.kind`)}
                />
                {criterion.kind === 'field' && (
                  <Select
                    label={t('settings.criteria.field')}
                    data={DEAL_FIELDS.map((field) => ({
                      value: field,
                      label: t(`fields.${field}`),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps(`${at}.field`)}
                  />
                )}
                {criterion.kind === 'activity' && (
                  <Select
                    label={t('settings.criteria.activityType')}
                    data={ACTIVITY_TYPES.map((type) => ({
                      value: type,
                      label: t(`activityTypes.${type}`),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps(`${at}.activityType`)}
                  />
                )}
              </SimpleGrid>
            </Paper>
          );
        })}
      </Stack>
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => form.insertListItem(path, emptyCriterion())}
        >
          {t('settings.criteria.add')}
        </Button>
      </Group>
    </Stack>
  );
}
