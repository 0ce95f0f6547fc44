import { warmOf } from '../../../../kernel/http/common-schemas.ts';
import type { getPipeline } from '../../app/pipelines/get-pipeline.ts';
import type { createLostReason } from '../../app/pipelines/create-lost-reason.ts';
import type { SalesRole } from '../../../../contract/roles.ts';

type Pipeline = Awaited<ReturnType<typeof getPipeline>>;
type LostReason = Awaited<ReturnType<typeof createLostReason>>;
type Criterion = Pipeline['stages'][number]['exitCriteria'][number];

function presentCriterion(c: Criterion) {
  switch (c.kind) {
    case 'field':
      return { id: c.id, kind: c.kind, field: c.field, label: c.label };
    case 'activity':
      return { id: c.id, kind: c.kind, activityType: c.activityType, label: c.label };
    default:
      return { id: c.id, kind: c.kind, label: c.label };
  }
}

export function presentPipeline(p: Pipeline) {
  return {
    id: p.id,
    name: p.name,
    order: p.order,
    stages: p.stages.map((s) => ({
      id: s.id,
      name: s.name,
      order: s.order,
      goal: s.goal,
      probability: s.probability,
      rotDays: s.rotDays,
      role: s.role as SalesRole | null,
      optional: s.optional,
      guidance: s.guidance,
      exitCriteria: s.exitCriteria.map(presentCriterion),
    })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function presentLostReason(r: LostReason) {
  return {
    id: r.id,
    name: r.name,
    standard: r.standard,
    stageIds: r.stageIds,
    warm: warmOf(r.revisitDays),
    active: r.active,
    order: r.position,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
