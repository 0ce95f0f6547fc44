import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { goalAmount, goalMeasureLabel } from '../goals/goal-words.ts';
import type { PersonGoal } from '../api/types.ts';

const COLOURS: Record<PersonGoal['status'], string> = {
  met: 'teal',
  on_track: 'blue',
  behind: 'orange',
};

/** A person's goals in the report's period: a bar each, coloured by whether they keep pace. */
export function PeopleGoals({
  goals,
  currency,
  name,
}: {
  goals: PersonGoal[];
  currency: string;
  name: string;
}) {
  const { t, i18n } = useTranslation();
  if (goals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={6} miw={180}>
      {goals.map((g) => {
        const what = goalMeasureLabel(g, t);
        const amount = (value: number) => goalAmount(g, value, i18n.language, currency);
        const figures = `${amount(g.actual)} / ${amount(g.periodTarget)}`;
        return (
          <Tooltip
            key={g.goalId}
            multiline
            w={280}
            label={t('reports.people.goalDetail', {
              target: t(`goals.per.${g.period}`, { amount: amount(g.target) }),
              periodTarget: amount(g.periodTarget),
              expected: amount(g.expectedToDate),
            })}
          >
            <Stack gap={2}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                {/* Wraps rather than cut: a Polish or Russian measure runs long. */}
                <Text size="xs" fw={500} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {what}
                </Text>
                <Text size="xs" c={`${COLOURS[g.status]}.8`} style={{ whiteSpace: 'nowrap' }}>
                  {figures}
                </Text>
              </Group>
              <Progress
                value={Math.min((g.progress ?? 0) * 100, 100)}
                color={COLOURS[g.status]}
                size="sm"
                aria-label={t('reports.people.goalLabel', {
                  name,
                  what,
                  figures,
                  status: t(`reports.people.status.${g.status}`),
                })}
              />
            </Stack>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
