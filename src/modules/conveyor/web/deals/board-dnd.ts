import {
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
} from '@dnd-kit/core';

/** Arrow left/right jump a dragged card to the neighbouring column (dnd-kit's default moves 25 px). */
export const columnJump: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  let target;
  if (event.code === KeyboardCode.Right) target = columns.find((r) => r.left > centre);
  else if (event.code === KeyboardCode.Left)
    target = [...columns].reverse().find((r) => r.left + r.width < centre);
  else return undefined;
  event.preventDefault();
  if (!target) return currentCoordinates;
  return {
    x: currentCoordinates.x + (target.left + target.width / 2 - centre),
    y: currentCoordinates.y,
  };
};

/** The pointer's column when there is one, else the column the card overlaps most. */
export const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};
