import { warmOf } from '../../../../kernel/http/common-schemas.ts';
import type { DisqualificationReason } from '../../app/disqualification/list-disqualification-reasons.ts';

export function presentDisqualificationReason(r: DisqualificationReason) {
  return {
    id: r.id,
    name: r.name,
    standard: r.standard,
    warm: warmOf(r.revisitDays),
    active: r.active,
    order: r.position,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
