import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import type { Lamp, LampPosition, Thresholds } from '../api/types.ts';
import { formatLampValue, lampUnit } from '../lamps/lamp-value.ts';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { createLamp } from '../api/create-lamp.ts';
import { updateLamp } from '../api/update-lamp.ts';
import { LAMP_POSITIONS } from './map-choices.ts';
import { lampWrite } from './map-writes.ts';
import { MetricBuilder } from './metric-builder.tsx';
import { fromMetric, newDraft, toMetric, type MetricDraft } from './metric-draft.ts';
import { MetricErrors, MetricPreview } from './metric-preview.tsx';
import { ThresholdsFields } from './thresholds-fields.tsx';

const DEFAULT_THRESHOLDS: Thresholds = { direction: 'higher_is_better', green: 10, amber: 5 };

/** Adds or edits a lamp: name, position, the metric (built, previewed live) and its bounds. */
export function LampFormModal({
  groupId,
  lamp,
  onClose,
}: {
  groupId: string;
  lamp?: Lamp;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [name, setName] = useState(lamp?.name ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [position, setPosition] = useState<LampPosition>(lamp?.position ?? 'start');
  const [draft, setDraft] = useState<MetricDraft>(() =>
    lamp ? fromMetric(lamp.metric) : newDraft(),
  );
  const [thresholds, setThresholds] = useState<Thresholds>(lamp?.thresholds ?? DEFAULT_THRESHOLDS);
  const [saveError, setSaveError] = useState<unknown>(null);
  const metric = toMetric(draft);
  const unit = lampUnit(metric as Lamp['metric']);
  const format = (value: number | null) =>
    formatLampValue(value, unit, i18n.language, me.workspace.currency);

  const save = useApiMutation({
    mutationFn: () => {
      const body = { name: name.trim(), position, metric, thresholds };
      return lamp ? updateLamp(lamp, body) : createLamp({ groupId, ...body });
    },
    ...lampWrite,
    done: (saved) => t('map.lamp.saved', { name: saved.name }),
    onSuccess: onClose,
    // An invalid metric's problems, each with its path, go beside the builder.
    onProblem: (error) => {
      setSaveError(error);
      return true;
    },
  });
  const submit = () => {
    if (!name.trim()) {
      setNameError(t('validation.required'));
      return;
    }
    setSaveError(null);
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={lamp ? t('map.lamp.editTitle', { name: lamp.name }) : t('map.lamp.newTitle')}
      size="xl"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('map.lamp.name')}
              required
              data-autofocus
              value={name}
              error={nameError}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setNameError(null);
              }}
            />
            <Select
              label={t('map.lamp.position')}
              data={LAMP_POSITIONS.map((p) => ({ value: p, label: t(`lamps.position.${p}`) }))}
              value={position}
              onChange={(p) => p && setPosition(p as LampPosition)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <MetricBuilder value={draft} onChange={setDraft} />
          <ThresholdsFields value={thresholds} unit={unit} onChange={setThresholds} />
          <MetricErrors error={saveError} />
          <MetricPreview metric={metric} thresholds={thresholds} format={format} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {lamp ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
