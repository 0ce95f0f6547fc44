import { Center, Loader } from '@mantine/core';
import { Background, Controls, ReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { LampReading, ProcessGroup } from '../lamps/lamps-api.ts';
import { GroupNodeCard, type GroupNode } from './group-node.tsx';
import { layoutGroups, linkEdges, placeNodes, type Positioned } from './map-layout.ts';

const NODE_TYPES: NodeTypes = { group: GroupNodeCard };

interface MapCanvasProps {
  groups: ProcessGroup[];
  readings: Map<string, LampReading>;
  ownerName: (group: ProcessGroup) => string | null;
  currency: string;
  selectedId: string | null;
  onOpen: (groupId: string) => void;
}

/** The groups as a top-to-bottom flow; positions come from elk whenever the links change. */
export function MapCanvas({
  groups,
  readings,
  ownerName,
  currency,
  selectedId,
  onOpen,
}: MapCanvasProps) {
  const [positions, setPositions] = useState<Positioned[] | null>(null);
  // Only the ids and links decide the layout: a renamed group or a new reading keeps it.
  const shape = JSON.stringify(groups.map((g) => [g.id, g.next]));

  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(shape) as [string, string[]][];
    void layoutGroups(parsed.map(([id, next]) => ({ id, next }))).then((p) => {
      if (current) setPositions(p);
    });
    return () => {
      current = false;
    };
  }, [shape]);

  const nodes = useMemo<GroupNode[]>(() => {
    if (!positions) return [];
    const byId = new Map(groups.map((g) => [g.id, g]));
    return placeNodes(positions, (id) => {
      const group = byId.get(id);
      return group ? { group, ownerName: ownerName(group), readings, currency, onOpen } : undefined;
    }).map((n) => ({ ...n, type: 'group' as const, selected: n.id === selectedId }));
  }, [positions, groups, ownerName, readings, currency, selectedId, onOpen]);
  const edges = useMemo(() => linkEdges(groups), [groups]);

  if (!positions) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  return (
    <ReactFlow
      key={shape}
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable
      fitView
      fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
      minZoom={0.2}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
