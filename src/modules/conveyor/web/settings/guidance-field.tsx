import { Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../../kernel/web/components/markdown.tsx';

interface GuidanceFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}

/** The stage's guidance for salespeople, in markdown, written or previewed as the deal card shows it. */
export function GuidanceField({ value, onChange, error }: GuidanceFieldProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'write' | 'preview'>('write');

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500}>
          {t('settings.stage.guidance')}
        </Text>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v as 'write' | 'preview')}
          data={[
            { value: 'write', label: t('settings.stage.write') },
            { value: 'preview', label: t('settings.stage.preview') },
          ]}
        />
      </Group>
      {mode === 'write' ? (
        <Textarea
          aria-label={t('settings.stage.guidance')}
          description={t('settings.stage.guidanceHint')}
          autosize
          minRows={5}
          maxRows={16}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <Paper withBorder p="sm" mih={120} aria-label={t('settings.stage.preview')} role="region">
          {value.trim() ? (
            <Markdown source={value} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('settings.stage.noGuidance')}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
