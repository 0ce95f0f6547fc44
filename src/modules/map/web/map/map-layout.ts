import { MarkerType, type Edge, type Node } from '@xyflow/react';
import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
// The ~1.6 MB layout engine is a file the worker fetches when the map first lays out: it
// never enters a JavaScript chunk, so neither the board nor the map's own chunk grows.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

/**
 * Every group card has the same size, so elk can place them without measuring the DOM: room
 * for a name on two lines, its badges on two and lamp names on four (the longest template
 * names, in Polish and Russian, need that much at this width).
 */
export const NODE_WIDTH = 300;
export const NODE_HEIGHT = 212;

export interface Positioned {
  id: string;
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  nodes: Positioned[];
  /** elk's orthogonal route of each link, by edge id (`from->to`). */
  routes: Map<string, Point[]>;
}

let elk: InstanceType<typeof ELK> | null = null;

/** Lays the groups out top to bottom with elk's layered algorithm, in a web worker. */
export async function layoutGroups(
  groups: readonly { id: string; next: readonly string[] }[],
): Promise<Layout> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const ids = new Set(groups.map((g) => g.id));
  const input: ElkNode = {
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
  };
  const graph = await elk.layout(input);
  const routes = new Map<string, Point[]>();
  for (const edge of graph.edges ?? []) {
    const section = edge.sections?.[0];
    if (section)
      routes.set(edge.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
  }
  return {
    nodes: (graph.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 })),
    routes,
  };
}

/** The flow's edges: one arrow per `next` link, along elk's route when it has one. */
export function linkEdges(
  groups: readonly { id: string; next: readonly string[] }[],
  routes: Map<string, Point[]>,
): Edge<{ points: Point[] }>[] {
  const ids = new Set(groups.map((g) => g.id));
  return groups.flatMap((g) =>
    g.next
      .filter((to) => ids.has(to))
      .map((to) => {
        const id = `${g.id}->${to}`;
        return {
          id,
          source: g.id,
          target: to,
          type: 'route',
          data: { points: routes.get(id) ?? [] },
          markerEnd: { type: MarkerType.ArrowClosed, color: '#868e96' },
          style: { stroke: '#868e96', strokeWidth: 1.5 },
        };
      }),
  );
}

/** The drawing's size at zoom 1. */
export function extent(layout: Layout): { width: number; height: number } {
  const points = [...layout.routes.values()].flat();
  return {
    width: Math.max(0, ...layout.nodes.map((p) => p.x + NODE_WIDTH), ...points.map((p) => p.x)),
    height: Math.max(0, ...layout.nodes.map((p) => p.y + NODE_HEIGHT), ...points.map((p) => p.y)),
  };
}

export function placeNodes<T extends Record<string, unknown>>(
  positions: Positioned[],
  data: (id: string) => T | undefined,
): Node<T>[] {
  return positions.flatMap((p) => {
    const d = data(p.id);
    return d ? [{ id: p.id, type: 'processGroup', position: { x: p.x, y: p.y }, data: d }] : [];
  });
}
