import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { collision, columnJump } from './board-dnd.ts';

// Drag and drop on the board (dnd-kit): loaded after the first cards are drawn, not with them
// (ADR 032). Until it is here the cards are drawn the same but do not move yet.

export { useDraggable, useDroppable } from '@dnd-kit/core';

interface DndBoardProps {
  children: ReactNode;
  /** The card drawn under the pointer while dragging. */
  overlay: ReactNode;
  onDragStart: (event: DragStartEvent) => void;
  onDragEnd: (event: DragEndEvent) => void;
  onDragCancel: () => void;
  instructions: ScreenReaderInstructions;
  announcements: Announcements;
}

/** The columns as drop targets: by mouse (after 6 px) or by keyboard (arrows jump columns). */
export function DndBoard({
  children,
  overlay,
  onDragStart,
  onDragEnd,
  onDragCancel,
  instructions,
  announcements,
}: DndBoardProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ screenReaderInstructions: instructions, announcements }}
    >
      {children}
      <DragOverlay>{overlay}</DragOverlay>
    </DndContext>
  );
}
