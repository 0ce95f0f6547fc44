import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LampLight } from '../lamps/lamp-light.tsx';
import type { LampReading, ProcessGroup } from '../api/types.ts';
import { formatLampValue, lampUnit } from '../lamps/lamp-value.ts';
import { LAMP_POSITIONS } from './map-choices.ts';
import { ModeBadge } from './mode-badge.tsx';
import { NODE_HEIGHT, NODE_WIDTH } from './map-layout.ts';

export type GroupNodeData = {
  group: ProcessGroup;
  ownerName: string | null;
  /** The selected week's reading of each lamp, by lamp id. */
  readings: Map<string, LampReading>;
  currency: string;
  onOpen: (groupId: string) => void;
};

// Not 'group': React Flow styles its built-in group nodes with a frame of their own.
/** Links follow elk's routes, so the connection dots would only be noise. */
const HIDDEN = { opacity: 0 };

export type GroupNode = Node<GroupNodeData, 'processGroup'>;

/** One process group on the map: name, kind, owner, standing/triggered, its three lamps. */
export function GroupNodeCard({ data, selected }: NodeProps<GroupNode>) {
  const { t, i18n } = useTranslation();
  const { group } = data;
  const triggered = group.mode === 'triggered';
  return (
    <Box
      role="button"
      aria-label={group.name}
      tabIndex={0}
      onClick={() => data.onOpen(group.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') data.onOpen(group.id);
      }}
      w={NODE_WIDTH}
      h={NODE_HEIGHT}
      p="sm"
      bg="white"
      style={{
        cursor: 'pointer',
        borderRadius: 10,
        border: `2px ${triggered ? 'dashed' : 'solid'} var(--mantine-color-${triggered ? 'orange-5' : 'indigo-4'})`,
        boxShadow: selected
          ? '0 0 0 3px var(--mantine-color-indigo-2)'
          : '0 1px 3px rgba(0,0,0,.08)',
      }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={HIDDEN} />
      <Stack gap={6} h="100%" justify="space-between">
        {/* Names wrap instead of being cut (Polish and Russian names run long); the clamp is
            only a guard against a name no card could hold, and the title shows it whole. */}
        <Stack gap={4}>
          <Text fw={700} size="sm" lh={1.3} lineClamp={2} title={group.name}>
            {group.name}
          </Text>
          <Group gap={6} wrap="wrap" style={{ rowGap: 4 }}>
            <Badge size="xs" variant="light" color="gray">
              {t(`map.kind.${group.kind}`)}
            </Badge>
            <ModeBadge group={group} />
            <Text size="xs" c="dimmed" truncate>
              {data.ownerName ?? t('map.noOwner')}
            </Text>
          </Group>
        </Stack>
        <Group gap={4} grow wrap="nowrap" align="flex-start">
          {LAMP_POSITIONS.map((position) => {
            const lamp = group.lamps.find((l) => l.position === position);
            const reading = lamp ? data.readings.get(lamp.id) : undefined;
            return (
              <Stack key={position} gap={2} align="center" miw={0}>
                {lamp ? (
                  <LampLight
                    status={reading?.status ?? 'grey'}
                    size={16}
                    label={lamp.name}
                    partial={reading?.partial === true && reading.value !== null}
                  />
                ) : (
                  <Box
                    w={16}
                    h={16}
                    style={{
                      borderRadius: '50%',
                      border: '1px dashed var(--mantine-color-gray-4)',
                    }}
                  />
                )}
                <Text size="xs" fw={600} lh={1.1}>
                  {lamp
                    ? formatLampValue(
                        reading?.value ?? null,
                        lampUnit(lamp.metric),
                        i18n.language,
                        data.currency,
                      )
                    : ' '}
                </Text>
                <Text size="10px" c="dimmed" lh={1.15} ta="center" lineClamp={4} title={lamp?.name}>
                  {lamp?.name ?? t(`lamps.position.${position}`)}
                </Text>
              </Stack>
            );
          })}
        </Group>
      </Stack>
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={HIDDEN} />
    </Box>
  );
}
