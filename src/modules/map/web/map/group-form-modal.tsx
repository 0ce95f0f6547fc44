import {
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { createGroup } from '../api/create-group.ts';
import type { GroupBody, ProcessGroup } from '../api/types.ts';
import { updateGroup } from '../api/update-group.ts';
import { eventKey, MAP_EVENT_TYPES } from './event-types.ts';
import { CADENCES, GROUP_KINDS } from './map-choices.ts';
import { GROUP_MODES } from '../../../../contract/map.ts';
import { groupWrite } from './map-writes.ts';
import { OwnerSelect } from './owner-select.tsx';
import { ProcessesEditor, type ProcessDraft } from './processes-editor.tsx';

const FIELDS = ['name', 'kind', 'result', 'cadence', 'trigger', 'processes', 'next'] as const;

/** `user:<id>` / `team:<id>` as the owner Select's value. */
function ownerValue(group?: ProcessGroup): string | null {
  if (group?.ownerUserId) return `user:${group.ownerUserId}`;
  if (group?.ownerTeamId) return `team:${group.ownerTeamId}`;
  return null;
}

/** Adds or edits a process group: what it is for, how it runs, who owns it, what it feeds. */
export function GroupFormModal({
  group,
  groups,
  onClose,
}: {
  group?: ProcessGroup;
  groups: ProcessGroup[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: group?.name ?? '',
      kind: group?.kind ?? ('custom' as GroupBody['kind']),
      result: group?.result ?? '',
      mode: group?.mode ?? ('standing' as GroupBody['mode']),
      cadence: group?.cadence ?? 'weekly',
      trigger: group?.trigger ?? 'lead.sql',
      owner: ownerValue(group),
      processes: (group?.processes ?? []) as ProcessDraft[],
      next: group?.next ?? [],
    },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });

  const save = useApiMutation({
    mutationFn: (values: typeof form.values) => {
      const [ownerKind, ownerId] = values.owner?.split(':') ?? [];
      const body: GroupBody = {
        name: values.name.trim(),
        kind: values.kind,
        result: values.result.trim(),
        mode: values.mode,
        cadence: values.mode === 'standing' ? values.cadence : null,
        trigger: values.mode === 'triggered' ? values.trigger : null,
        ownerUserId: ownerKind === 'user' ? (ownerId ?? null) : null,
        ownerTeamId: ownerKind === 'team' ? (ownerId ?? null) : null,
        processes: values.processes
          .filter((p) => p.name.trim())
          .map((p) => ({ name: p.name.trim(), description: p.description.trim() })),
        next: values.next,
      };
      return group ? updateGroup(group, body) : createGroup(body);
    },
    ...groupWrite,
    form,
    fields: FIELDS,
    done: (saved) => t('map.group.saved', { name: saved.name }),
    onSuccess: onClose,
  });

  const others = groups
    .filter((g) => g.id !== group?.id)
    .map((g) => ({ value: g.id, label: g.name }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={group ? t('map.group.editTitle', { name: group.name }) : t('map.group.newTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('map.field.name')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Select
              label={t('map.field.kind')}
              data={GROUP_KINDS.map((k) => ({ value: k, label: t(`map.kind.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <Textarea
            label={t('map.field.result')}
            description={t('map.field.resultHint')}
            autosize
            minRows={2}
            {...form.getInputProps('result')}
          />
          <SegmentedControl
            aria-label={t('map.field.mode')}
            data={GROUP_MODES.map((mode) => ({ value: mode, label: t(`map.mode.${mode}`) }))}
            {...form.getInputProps('mode')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {form.values.mode === 'standing' ? (
              <Select
                label={t('map.field.cadence')}
                data={CADENCES.map((c) => ({ value: c, label: t(`map.cadence.${c}`) }))}
                allowDeselect={false}
                {...form.getInputProps('cadence')}
              />
            ) : (
              <Select
                label={t('map.field.trigger')}
                data={MAP_EVENT_TYPES.map((e) => ({ value: e, label: t(eventKey(e)) }))}
                searchable
                allowDeselect={false}
                {...form.getInputProps('trigger')}
              />
            )}
            <OwnerSelect
              value={form.values.owner}
              onChange={(owner) => form.setFieldValue('owner', owner)}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('map.field.next')}
            description={t('map.field.nextHint')}
            data={others}
            searchable
            clearable
            {...form.getInputProps('next')}
          />
          <ProcessesEditor
            value={form.values.processes}
            onChange={(processes) => form.setFieldValue('processes', processes)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {group ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
