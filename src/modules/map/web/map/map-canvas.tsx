import { Box, Center, Loader } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { Background, Controls, ReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { LampReading, ProcessGroup } from '../api/types.ts';
import { GroupNodeCard, type GroupNode } from './group-node.tsx';
import { extent, layoutGroups, linkEdges, placeNodes, type Layout } from './map-layout.ts';
import { RouteEdge } from './route-edge.tsx';

const NODE_TYPES: NodeTypes = { processGroup: GroupNodeCard };
const EDGE_TYPES: EdgeTypes = { route: RouteEdge };
const PADDING = 24;
/** Below this the cards are unreadable: the canvas grows taller and the page scrolls instead. */
const MIN_ZOOM = 0.7;

interface MapCanvasProps {
  groups: ProcessGroup[];
  readings: Map<string, LampReading>;
  ownerName: (group: ProcessGroup) => string | null;
  currency: string;
  selectedId: string | null;
  onOpen: (groupId: string) => void;
}

/**
 * The groups as a top-to-bottom flow; positions come from elk whenever the links change. The
 * whole map is shown at a readable size: it fits the width, and the page scrolls for height.
 */
export function MapCanvas({
  groups,
  readings,
  ownerName,
  currency,
  selectedId,
  onOpen,
}: MapCanvasProps) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const { ref, width } = useElementSize();
  // Only the ids and links decide the layout: a renamed group or a new reading keeps it.
  const shape = JSON.stringify(groups.map((g) => [g.id, g.next]));

  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(shape) as [string, string[]][];
    void layoutGroups(parsed.map(([id, next]) => ({ id, next }))).then((p) => {
      if (current) setLayout(p);
    });
    return () => {
      current = false;
    };
  }, [shape]);

  const nodes = useMemo<GroupNode[]>(() => {
    if (!layout) return [];
    const byId = new Map(groups.map((g) => [g.id, g]));
    return placeNodes(layout.nodes, (id) => {
      const group = byId.get(id);
      return group ? { group, ownerName: ownerName(group), readings, currency, onOpen } : undefined;
    }).map((n) => ({ ...n, type: 'processGroup' as const, selected: n.id === selectedId }));
  }, [layout, groups, ownerName, readings, currency, selectedId, onOpen]);
  const edges = useMemo(() => (layout ? linkEdges(groups, layout.routes) : []), [groups, layout]);

  const size = layout ? extent(layout) : null;
  const zoom =
    size && width > 0 ? Math.max(MIN_ZOOM, Math.min(1, (width - 2 * PADDING) / size.width)) : 1;
  const height = size ? Math.max(420, size.height * zoom + 3 * PADDING) : 420;

  return (
    <Box
      ref={ref}
      h={height}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    >
      {!layout || width === 0 ? (
        <Center h="100%">
          <Loader />
        </Center>
      ) : (
        <ReactFlow
          // A new layout or a new width starts from a fresh, fitted view.
          key={`${shape}:${Math.round(width / 40)}`}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          fitView
          fitViewOptions={{ padding: PADDING / Math.max(width, 1), minZoom: MIN_ZOOM, maxZoom: 1 }}
          minZoom={0.3}
          maxZoom={1.5}
          zoomOnScroll={false}
          preventScrolling={false}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
    </Box>
  );
}
