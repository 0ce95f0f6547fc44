import type { StuckReport } from '../../app/read-stuck.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';

export function presentStuck(r: StuckReport) {
  return {
    ...r,
    asOf: r.asOf.toISOString(),
    owners: r.owners.map((o) => ({
      ownerId: o.ownerId,
      ownerName: o.ownerName,
      stuck: o.stuck.map(({ ownerId: _o, ownerName: _n, ...d }) => d),
      withoutNextStep: o.withoutNextStep.map(({ ownerId: _o, ownerName: _n, ...d }) => d),
      overdueActivities: o.overdueActivities.map(({ ownerId: _o, ownerName: _n, ...a }) => ({
        ...a,
        dueAt: a.dueAt.toISOString(),
      })),
    })),
  };
}

export type PresentedStuck = ReturnType<typeof presentStuck>;

/** One row per deal or activity that needs attention, with its owner. */
export function stuckTable(r: PresentedStuck): ReportTable {
  return {
    columns: [
      'owner_id',
      'owner',
      'kind',
      'deal_id',
      'deal',
      'stage',
      'idle_days',
      'activity_id',
      'activity',
      'due_at',
    ],
    rows: r.owners.flatMap((o) => [
      ...o.stuck.map((d) => [
        o.ownerId,
        o.ownerName,
        'stuck',
        d.dealId,
        d.title,
        d.stageName,
        d.idleDays,
        null,
        null,
        null,
      ]),
      ...o.withoutNextStep.map((d) => [
        o.ownerId,
        o.ownerName,
        'without_next_step',
        d.dealId,
        d.title,
        d.stageName,
        d.idleDays,
        null,
        null,
        null,
      ]),
      ...o.overdueActivities.map((a) => [
        o.ownerId,
        o.ownerName,
        'overdue_activity',
        a.dealId,
        a.dealTitle,
        null,
        null,
        a.activityId,
        a.subject,
        a.dueAt,
      ]),
    ]),
  };
}
