import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { Point } from './map-layout.ts';

const RADIUS = 8;

/** An orthogonal polyline through elk's bend points, corners slightly rounded. */
function roundedPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M ${first.x} ${first.y}`;
  rest.forEach((point, i) => {
    const next = rest[i + 1];
    const prev = points[i]!;
    if (!next) {
      path += ` L ${point.x} ${point.y}`;
      return;
    }
    const r = Math.min(
      RADIUS,
      Math.hypot(point.x - prev.x, point.y - prev.y) / 2,
      Math.hypot(next.x - point.x, next.y - point.y) / 2,
    );
    const into = { x: Math.sign(point.x - prev.x), y: Math.sign(point.y - prev.y) };
    const out = { x: Math.sign(next.x - point.x), y: Math.sign(next.y - point.y) };
    path += ` L ${point.x - into.x * r} ${point.y - into.y * r}`;
    path += ` Q ${point.x} ${point.y} ${point.x + out.x * r} ${point.y + out.y * r}`;
  });
  return path;
}

/** A link between groups, drawn along the route elk planned (so lines avoid the cards). */
export function RouteEdge(props: EdgeProps<Edge<{ points: Point[] }>>) {
  const points = props.data?.points ?? [];
  const path =
    points.length >= 2
      ? roundedPath(points)
      : getSmoothStepPath({
          sourceX: props.sourceX,
          sourceY: props.sourceY,
          targetX: props.targetX,
          targetY: props.targetY,
          sourcePosition: props.sourcePosition,
          targetPosition: props.targetPosition,
        })[0];
  return <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={props.style} />;
}
