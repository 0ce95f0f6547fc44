import { MarkerType, type Edge, type Node } from '@xyflow/react';
import ELK from 'elkjs/lib/elk-api.js';
// The ~1.6 MB layout engine is a file the worker fetches when the map first lays out: it
// never enters a JavaScript chunk, so neither the board nor the map's own chunk grows.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

/** Every group card has the same size, so elk can place them without measuring the DOM. */
export const NODE_WIDTH = 280;
export const NODE_HEIGHT = 150;

export interface Positioned {
  id: string;
  x: number;
  y: number;
}

let elk: InstanceType<typeof ELK> | null = null;

/** Lays the groups out top to bottom with elk's layered algorithm, in a web worker. */
export async function layoutGroups(
  groups: readonly { id: string; next: readonly string[] }[],
): Promise<Positioned[]> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const ids = new Set(groups.map((g) => g.id));
  const graph = await elk.layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: groups.map((g) => ({ id: g.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: groups.flatMap((g) =>
      g.next
        .filter((to) => ids.has(to))
        .map((to) => ({ id: `${g.id}->${to}`, sources: [g.id], targets: [to] })),
    ),
  });
  return (graph.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 }));
}

/** The flow's edges: one arrow per `next` link. */
export function linkEdges(groups: readonly { id: string; next: readonly string[] }[]): Edge[] {
  const ids = new Set(groups.map((g) => g.id));
  return groups.flatMap((g) =>
    g.next
      .filter((to) => ids.has(to))
      .map((to) => ({
        id: `${g.id}->${to}`,
        source: g.id,
        target: to,
        type: 'smoothstep',
        markerEnd: { type: MarkerType.ArrowClosed },
      })),
  );
}

export function placeNodes<T extends Record<string, unknown>>(
  positions: Positioned[],
  data: (id: string) => T | undefined,
): Node<T>[] {
  return positions.flatMap((p) => {
    const d = data(p.id);
    return d ? [{ id: p.id, type: 'group', position: { x: p.x, y: p.y }, data: d }] : [];
  });
}
