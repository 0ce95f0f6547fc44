import type { StuckReport } from '../../app/read-stuck.ts';
import type { HygieneDeal } from '../../domain/hygiene.ts';
import { presentFilters } from './reports.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';
import { exportTable, type ExportWords } from './export-words/index.ts';

const hygieneDeal = (d: HygieneDeal) => ({
  dealId: d.dealId,
  title: d.title,
  stageId: d.stageId,
  stageName: d.stageName,
  idleDays: d.idleDays,
});

export function presentStuck(r: StuckReport) {
  return {
    filters: presentFilters(r.filters),
    asOf: r.asOf.toISOString(),
    totals: {
      stuck: r.totals.stuck,
      withoutNextStep: r.totals.withoutNextStep,
      overdueActivities: r.totals.overdueActivities,
    },
    owners: r.owners.map((o) => ({
      ownerId: o.ownerId,
      ownerName: o.ownerName,
      stuck: o.stuck.map(hygieneDeal),
      withoutNextStep: o.withoutNextStep.map(hygieneDeal),
      overdueActivities: o.overdueActivities.map((a) => ({
        activityId: a.activityId,
        type: a.type,
        subject: a.subject,
        dueAt: a.dueAt.toISOString(),
        dealId: a.dealId,
        dealTitle: a.dealTitle,
      })),
    })),
  };
}

export type PresentedStuck = ReturnType<typeof presentStuck>;

/** One row per deal or activity that needs attention, with its owner. */
export function stuckTable(r: PresentedStuck, w: ExportWords): ReportTable {
  const columns = [
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
  ] as const;
  return exportTable(
    w,
    columns,
    r.owners.flatMap((o) => [
      ...o.stuck.map((d) => [
        o.ownerId,
        o.ownerName,
        w.values.stuck,
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
        w.values.without_next_step,
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
        w.values.overdue_activity,
        a.dealId,
        a.dealTitle,
        null,
        null,
        a.activityId,
        a.subject,
        a.dueAt,
      ]),
    ]),
  );
}
