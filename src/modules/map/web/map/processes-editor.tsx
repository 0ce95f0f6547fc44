import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ProcessDraft {
  name: string;
  description: string;
}

/** The group's processes: a name and a one-line description each, added and removed in place. */
export function ProcessesEditor({
  value,
  onChange,
}: {
  value: ProcessDraft[];
  onChange: (value: ProcessDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<ProcessDraft>) =>
    onChange(value.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('map.field.processes')}
      </Text>
      {value.map((process, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={t('map.process.name', { number: index + 1 })}
            placeholder={t('map.process.namePlaceholder')}
            value={process.name}
            onChange={(e) => update(index, { name: e.currentTarget.value })}
            w="35%"
          />
          <TextInput
            aria-label={t('map.process.description', { number: index + 1 })}
            placeholder={t('map.process.descriptionPlaceholder')}
            value={process.description}
            onChange={(e) => update(index, { description: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={t('map.process.remove', { number: index + 1 })}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() => onChange([...value, { name: '', description: '' }])}
      >
        {t('map.process.add')}
      </Button>
    </Stack>
  );
}
