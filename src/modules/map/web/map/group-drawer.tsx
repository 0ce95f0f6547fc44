import { Badge, Button, Divider, Drawer, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lamp, LampReading, ProcessGroup } from '../api/types.ts';
import { ConfirmModal } from './confirm-modal.tsx';
import { eventKey } from './event-types.ts';
import { GroupFormModal } from './group-form-modal.tsx';
import { LampFormModal } from './lamp-form-modal.tsx';
import { LampPanel } from './lamp-panel.tsx';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { deleteGroup } from '../api/delete-group.ts';
import { LAMP_POSITIONS } from './map-choices.ts';
import { groupDelete } from './map-writes.ts';
import { ModeBadge } from './mode-badge.tsx';

interface GroupDrawerProps {
  group: ProcessGroup | null;
  groups: ProcessGroup[];
  ownerName: string | null;
  week: string;
  weeks: string[];
  readings: LampReading[];
  canEdit: boolean;
  onClose: () => void;
}

const byPosition = (a: Lamp, b: Lamp) =>
  LAMP_POSITIONS.indexOf(a.position) - LAMP_POSITIONS.indexOf(b.position);

/** A group in full: its result, processes, owner, mode, and each lamp with its history. */
export function GroupDrawer({ group, onClose, ...rest }: GroupDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={group !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={group ? <Title order={3}>{group.name}</Title> : null}
    >
      {group && <GroupDetails key={group.id} group={group} onClose={onClose} {...rest} />}
      {!group && <Text>{t('common.loading')}</Text>}
    </Drawer>
  );
}

function GroupDetails({
  group,
  groups,
  ownerName,
  week,
  weeks,
  readings,
  canEdit,
  onClose,
}: GroupDrawerProps & { group: ProcessGroup }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [lampForm, setLampForm] = useState<Lamp | 'new' | null>(null);
  const remove = useApiMutation({
    mutationFn: () => deleteGroup(group.id),
    ...groupDelete,
    done: () => t('map.group.deleted', { name: group.name }),
    onSuccess: onClose,
  });
  const next = group.next.map((id) => groups.find((g) => g.id === id)?.name).filter(Boolean);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t(`map.kind.${group.kind}`)}
        </Badge>
        <ModeBadge group={group} size="sm" />
      </Group>
      {canEdit && (
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('map.group.edit')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setLampForm('new')}>
            {t('map.lamp.add')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>
            {t('map.group.delete')}
          </Button>
        </Group>
      )}
      <Fact label={t('map.field.result')}>{group.result || '—'}</Fact>
      <Fact label={t('map.field.owner')}>{ownerName ?? t('map.noOwner')}</Fact>
      <Fact label={t('map.field.mode')}>
        {group.mode === 'triggered'
          ? t('map.modeSentence.triggered', {
              event: group.trigger ? t(eventKey(group.trigger)) : '—',
            })
          : t('map.modeSentence.standing', {
              cadence: group.cadence ? t(`map.cadence.${group.cadence}`) : '—',
            })}
      </Fact>
      {next.length > 0 && <Fact label={t('map.field.next')}>{next.join(', ')}</Fact>}
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
          {t('map.field.processes')}
        </Text>
        {group.processes.length === 0 ? (
          <Text size="sm">—</Text>
        ) : (
          <List size="sm" spacing={4}>
            {group.processes.map((p) => (
              <List.Item key={p.name}>
                <Text span fw={600} size="sm">
                  {p.name}
                </Text>
                {p.description && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    — {p.description}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <Divider label={t('map.lamps', { count: group.lamps.length })} labelPosition="left" />
      {group.lamps.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('map.lamp.none')}
        </Text>
      )}
      {[...group.lamps].sort(byPosition).map((lamp) => (
        <LampPanel
          key={lamp.id}
          lamp={lamp}
          week={week}
          weeks={weeks}
          readings={readings}
          canEdit={canEdit}
          onEdit={() => setLampForm(lamp)}
        />
      ))}
      {editing && (
        <GroupFormModal group={group} groups={groups} onClose={() => setEditing(false)} />
      )}
      {lampForm && (
        <LampFormModal
          groupId={group.id}
          lamp={lampForm === 'new' ? undefined : lampForm}
          onClose={() => setLampForm(null)}
        />
      )}
      {deleting && (
        <ConfirmModal
          title={t('map.group.deleteTitle', { name: group.name })}
          message={t('map.group.deleteMessage')}
          confirmLabel={t('map.group.delete')}
          loading={remove.isPending}
          onConfirm={() => remove.mutate()}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
