import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { ActionIcon, Badge, Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageDraft } from './pipeline-draft.ts';

interface StageListProps {
  stages: StageDraft[];
  selected: number;
  /** Indexes of the stages with a field error, marked in the list. */
  withErrors: Set<number>;
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** The pipeline's stages in order: pick one to edit, drag (or use the arrows) to reorder, remove. */
export function StageList({
  stages,
  selected,
  withErrors,
  onSelect,
  onMove,
  onRemove,
}: StageListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );
  const indexOf = (key: unknown) => stages.findIndex((s) => s.key === key);
  const nameOf = (key: unknown) => stages[indexOf(key)]?.name || t('settings.stage.untitled');

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = indexOf(active.id);
    const to = indexOf(over?.id);
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('settings.dnd.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('settings.dnd.pickedUp', { stage: nameOf(active.id) }),
          onDragOver: ({ active, over }) =>
            over
              ? t('settings.dnd.over', {
                  stage: nameOf(active.id),
                  position: indexOf(over.id) + 1,
                })
              : undefined,
          onDragEnd: ({ active, over }) =>
            over
              ? t('settings.dnd.dropped', {
                  stage: nameOf(active.id),
                  position: indexOf(over.id) + 1,
                })
              : undefined,
          onDragCancel: ({ active }) => t('settings.dnd.cancelled', { stage: nameOf(active.id) }),
        },
      }}
    >
      <Stack gap={6} component="ol" p={0} m={0} aria-label={t('settings.stages')}>
        {stages.map((stage, index) => (
          <StageRow
            key={stage.key}
            stage={stage}
            index={index}
            count={stages.length}
            selected={index === selected}
            hasError={withErrors.has(index)}
            onSelect={onSelect}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </Stack>
    </DndContext>
  );
}

interface StageRowProps {
  stage: StageDraft;
  index: number;
  count: number;
  selected: boolean;
  hasError: boolean;
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function StageRow({
  stage,
  index,
  count,
  selected,
  hasError,
  onSelect,
  onMove,
  onRemove,
}: StageRowProps) {
  const { t } = useTranslation();
  const drag = useDraggable({ id: stage.key });
  const drop = useDroppable({ id: stage.key });
  const name = stage.name.trim() || t('settings.stage.untitled');
  const transform = drag.transform
    ? `translate3d(${drag.transform.x}px, ${drag.transform.y}px, 0)`
    : undefined;
  const border = hasError ? 'red-6' : selected ? 'indigo-5' : drop.isOver ? 'indigo-3' : 'gray-3';

  return (
    <Box
      component="li"
      ref={drop.setNodeRef}
      aria-label={name}
      style={{ listStyle: 'none' }}
      data-selected={selected || undefined}
    >
      <Group
        ref={drag.setNodeRef}
        gap={4}
        wrap="nowrap"
        p={6}
        bg={selected ? 'indigo.0' : 'white'}
        style={{
          border: `1px solid var(--mantine-color-${border})`,
          borderRadius: 6,
          transform,
          position: 'relative',
          zIndex: drag.isDragging ? 2 : undefined,
          boxShadow: drag.isDragging ? 'var(--mantine-shadow-md)' : undefined,
        }}
      >
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          {...drag.attributes}
          {...drag.listeners}
          aria-label={t('settings.stage.drag', { stage: name })}
          aria-roledescription={t('settings.dnd.role')}
          style={{ cursor: 'grab', touchAction: 'none' }}
        >
          ⠿
        </ActionIcon>
        <UnstyledButton
          onClick={() => onSelect(index)}
          aria-label={t('settings.stage.select', { stage: name })}
          aria-current={selected ? 'true' : undefined}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" w={16} ta="right">
              {index + 1}
            </Text>
            <Text size="sm" fw={selected ? 600 : 400} truncate c={hasError ? 'red.7' : undefined}>
              {name}
            </Text>
            {!stage.id && (
              <Badge size="xs" variant="light" color="teal">
                {t('settings.stage.new')}
              </Badge>
            )}
          </Group>
        </UnstyledButton>
        <ActionIcon
          variant="subtle"
          size="sm"
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
          aria-label={t('settings.stage.up', { stage: name })}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          size="sm"
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
          aria-label={t('settings.stage.down', { stage: name })}
        >
          ↓
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          disabled={count === 1}
          onClick={() => onRemove(index)}
          aria-label={t('settings.stage.remove', { stage: name })}
        >
          ×
        </ActionIcon>
      </Group>
    </Box>
  );
}
