import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deal, Stage } from '../api/types.ts';

interface Props {
  deal: Deal;
  stages: Stage[];
  /** Clicking another stage of an open deal tries the move there. */
  onPick: (stage: Stage) => void;
  busy?: boolean;
}

const CHEVRON =
  'polygon(0 0, calc(100% - 12px) 0, 100% 50%, calc(100% - 12px) 100%, 0 100%, 12px 50%)';
const FIRST = 'polygon(0 0, calc(100% - 12px) 0, 100% 50%, calc(100% - 12px) 100%, 0 100%)';
const LAST = 'polygon(0 0, 100% 0, 100% 100%, 0 100%, 12px 50%)';

/** The stage path: every stage as a step (done, current, ahead), then won or lost at the end. */
export function StagePath({ deal, stages, onPick, busy }: Props) {
  const { t } = useTranslation();
  const current = stages.findIndex((s) => s.id === deal.stageId);
  const open = deal.status === 'open';
  const end =
    deal.status === 'won'
      ? { label: t('deal.status.won'), bg: 'teal.7', c: 'white' }
      : deal.status === 'lost'
        ? { label: t('deal.status.lost'), bg: 'red.7', c: 'white' }
        : { label: t('deal.closedStep'), bg: 'gray.2', c: 'gray.7' };

  return (
    <Box component="nav" aria-label={t('deal.path')} mb="lg">
      <Group component="ol" gap={2} wrap="nowrap" m={0} p={0} style={{ listStyle: 'none' }}>
        {stages.map((stage, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'ahead';
          const isCurrent = state === 'current';
          const bg = isCurrent
            ? open
              ? 'indigo.7'
              : 'gray.6'
            : state === 'done'
              ? 'teal.1'
              : 'gray.2';
          const c = isCurrent ? 'white' : state === 'done' ? 'teal.9' : 'gray.7';
          return (
            <Box component="li" key={stage.id} style={{ flex: 1, minWidth: 0 }}>
              <UnstyledButton
                w="100%"
                h={40}
                px="lg"
                bg={bg}
                c={c}
                disabled={!open || isCurrent || busy}
                aria-current={isCurrent ? 'step' : undefined}
                aria-label={`${stage.name} — ${t(`deal.step.${state}`)}`}
                title={stage.goal}
                onClick={() => onPick(stage)}
                style={{
                  clipPath: i === 0 ? FIRST : CHEVRON,
                  cursor: open && !isCurrent && !busy ? 'pointer' : 'default',
                  textAlign: 'center',
                }}
              >
                <Text size="sm" fw={isCurrent ? 700 : 500} truncate>
                  {state === 'done' ? `✓ ${stage.name}` : stage.name}
                </Text>
              </UnstyledButton>
            </Box>
          );
        })}
        <Box component="li" style={{ flex: 1, minWidth: 0 }}>
          <Box
            h={40}
            px="lg"
            bg={end.bg}
            c={end.c}
            aria-current={open ? undefined : 'step'}
            style={{
              clipPath: LAST,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <Text size="sm" fw={open ? 500 : 700} truncate>
              {end.label}
            </Text>
          </Box>
        </Box>
      </Group>
    </Box>
  );
}
