// The reports as the API answers them: each field listed, nothing passed through as computed.
import type { z } from 'zod';
import type { EchoedFilters, EchoedSource } from '../../app/report-scope.ts';
import type { ForecastReport } from '../../app/read-forecast.ts';
import type { FunnelReport } from '../../app/read-funnel.ts';
import type { LeadFunnelReport } from '../../app/read-lead-funnel.ts';
import type { LossReasonsReport } from '../../app/read-loss-reasons.ts';
import type { PeopleReport } from '../../app/read-people.ts';
import type { SourcesReport } from '../../app/read-sources.ts';
import type { VelocityReport } from '../../app/read-velocity.ts';
import type { WhatIfReport } from '../../app/read-what-if.ts';
import type { MonthBucket } from '../../domain/forecast.ts';
import type { LossGroup } from '../../domain/loss-reasons.ts';
import type { SourceRow } from '../../domain/sources.ts';
import type { DurationStats } from '../../domain/velocity.ts';
import type { Drivers } from '../../domain/what-if-drivers.ts';
import type { Outcome } from '../../domain/what-if.ts';
import type { ForecastReportSchema } from '../schemas/reports-forecast.ts';
import type { FunnelReportSchema } from '../schemas/reports-funnel.ts';
import type { LeadFunnelReportSchema } from '../schemas/reports-lead-funnel.ts';
import type { LossReasonsReportSchema } from '../schemas/reports-loss-reasons.ts';
import type { PeopleReportSchema } from '../schemas/reports-people.ts';
import type { SourcesReportSchema } from '../schemas/reports-sources.ts';
import type { VelocityReportSchema } from '../schemas/reports-velocity.ts';
import type { WhatIfReportSchema } from '../schemas/reports-what-if.ts';

export function presentFilters(f: EchoedFilters) {
  return {
    pipelineId: f.pipelineId,
    from: f.from,
    to: f.to,
    ownerId: f.ownerId,
    teamId: f.teamId,
    currency: f.currency,
  };
}

export function presentSource(s: EchoedSource) {
  return { channel: s.channel, medium: s.medium, campaign: s.campaign };
}

const month = (m: MonthBucket) => ({
  month: m.month,
  count: m.count,
  value: m.value,
  weighted: m.weighted,
});

export function presentForecast(r: ForecastReport): z.output<typeof ForecastReportSchema> {
  return {
    filters: presentFilters(r.filters),
    today: r.today,
    closingInPeriod: r.closingInPeriod,
    total: {
      count: r.total.count,
      value: r.total.value,
      weighted: r.total.weighted,
      pastDue: r.total.pastDue,
    },
    months: r.months.map(month),
    owners: r.owners.map((o) => ({
      ownerId: o.ownerId,
      ownerName: o.ownerName,
      count: o.count,
      value: o.value,
      weighted: o.weighted,
      pastDue: o.pastDue,
      months: o.months.map(month),
    })),
    deals: r.deals.map((d) => ({
      dealId: d.dealId,
      title: d.title,
      ownerId: d.ownerId,
      ownerName: d.ownerName,
      stageId: d.stageId,
      stageName: d.stageName,
      probability: d.probability,
      value: d.value,
      weighted: d.weighted,
      expectedCloseDate: d.expectedCloseDate,
      month: d.month,
      pastDue: d.pastDue,
    })),
  };
}

export function presentFunnel(r: FunnelReport): z.output<typeof FunnelReportSchema> {
  return {
    filters: presentFilters(r.filters),
    source: presentSource(r.source),
    entered: r.entered,
    enteredValue: r.enteredValue,
    stages: r.stages.map((s) => ({
      stageId: s.stageId,
      name: s.name,
      reached: s.reached,
      reachedInOrder: s.reachedInOrder,
      conversion: s.conversion,
      conversionInOrder: s.conversionInOrder,
      dropOff: s.dropOff,
      value: s.value,
      valueInOrder: s.valueInOrder,
    })),
    won: { count: r.won.count, value: r.won.value, rate: r.won.rate },
    lost: { count: r.lost.count, value: r.lost.value, rate: r.lost.rate },
    open: { count: r.open.count, value: r.open.value },
  };
}

export function presentLeadFunnel(r: LeadFunnelReport): z.output<typeof LeadFunnelReportSchema> {
  return {
    filters: presentFilters(r.filters),
    source: presentSource(r.source),
    steps: r.steps.map((s) => ({
      step: s.step,
      reached: s.reached,
      conversion: s.conversion,
      rate: s.rate,
      dropOff: s.dropOff,
    })),
    disqualified: r.disqualified,
    open: r.open,
    revenue: r.revenue,
    firstContact: {
      count: r.firstContact.count,
      medianSeconds: r.firstContact.medianSeconds,
    },
  };
}

const lossGroup = (g: LossGroup) => ({
  id: g.id,
  name: g.name,
  count: g.count,
  value: g.value,
  share: g.share,
});

const reasonCounts = (reasons: { reasonId: string | null; count: number }[]) =>
  reasons.map((x) => ({ reasonId: x.reasonId, count: x.count }));

export function presentLossReasons(r: LossReasonsReport): z.output<typeof LossReasonsReportSchema> {
  return {
    filters: presentFilters(r.filters),
    source: presentSource(r.source),
    total: { count: r.total.count, value: r.total.value },
    reasons: r.reasons.map(lossGroup),
    byStage: r.byStage.map((g) => ({ ...lossGroup(g), reasons: reasonCounts(g.reasons) })),
    byOwner: r.byOwner.map((g) => ({ ...lossGroup(g), reasons: reasonCounts(g.reasons) })),
    bySource: r.bySource.map((g) => ({
      ...lossGroup(g),
      channel: g.channel,
      medium: g.medium,
      reasons: reasonCounts(g.reasons),
    })),
    months: r.months.map((m) => ({
      month: m.month,
      count: m.count,
      value: m.value,
      reasons: m.reasons.map((x) => ({ reasonId: x.reasonId, count: x.count, share: x.share })),
    })),
    growing: r.growing.map((g) => ({
      reasonId: g.reasonId,
      name: g.name,
      shares: g.shares.map((s) => ({ month: s.month, share: s.share })),
      share: g.share,
    })),
    warning: r.warning
      ? { reasonId: r.warning.reasonId, name: r.warning.name, share: r.warning.share }
      : null,
  };
}

export function presentPeople(r: PeopleReport): z.output<typeof PeopleReportSchema> {
  return {
    filters: presentFilters(r.filters),
    people: r.people.map((p) => ({
      userId: p.userId,
      name: p.name,
      activities: {
        call: p.activities.call,
        meeting: p.activities.meeting,
        email: p.activities.email,
        task: p.activities.task,
        total: p.activities.total,
      },
      dealsCreated: p.dealsCreated,
      won: { count: p.won.count, value: p.won.value },
      lost: p.lost,
      stuck: p.stuck,
      withoutNextStep: p.withoutNextStep,
      goals: p.goals.map((g) => ({
        goalId: g.goalId,
        measure: g.measure,
        activityType: g.activityType,
        period: g.period,
        target: g.target,
        periodTarget: g.periodTarget,
        actual: g.actual,
        progress: g.progress,
        expectedToDate: g.expectedToDate,
        status: g.status,
      })),
    })),
  };
}

const sourceRow = (s: SourceRow) => ({
  channel: s.channel,
  medium: s.medium,
  campaign: s.campaign,
  leads: s.leads,
  contacted: s.contacted,
  mql: s.mql,
  sql: s.sql,
  deals: s.deals,
  dealsWithoutLead: s.dealsWithoutLead,
  won: s.won,
  revenue: s.revenue,
  firstContact: { count: s.firstContact.count, medianSeconds: s.firstContact.medianSeconds },
  conversion: {
    leadToMql: s.conversion.leadToMql,
    mqlToSql: s.conversion.mqlToSql,
    sqlToDeal: s.conversion.sqlToDeal,
    dealToWon: s.conversion.dealToWon,
  },
  cost: s.cost,
  costPerLead: s.costPerLead,
  costPerWon: s.costPerWon,
  returnOnCost: s.returnOnCost,
});

export function presentSources(r: SourcesReport): z.output<typeof SourcesReportSchema> {
  return {
    filters: presentFilters(r.filters),
    groupBy: r.groupBy,
    costsApplied: r.costsApplied,
    rows: r.rows.map(sourceRow),
    total: sourceRow(r.total),
  };
}

const durations = (d: DurationStats) => ({
  count: d.count,
  medianDays: d.medianDays,
  p75Days: d.p75Days,
  medianSeconds: d.medianSeconds,
  p75Seconds: d.p75Seconds,
});

export function presentVelocity(r: VelocityReport): z.output<typeof VelocityReportSchema> {
  return {
    filters: presentFilters(r.filters),
    stages: r.stages.map((s) => ({
      ...durations(s),
      stageId: s.stageId,
      name: s.name,
      bottleneck: s.bottleneck,
    })),
    cycle: { won: durations(r.cycle.won), lost: durations(r.cycle.lost) },
    months: r.months.map((m) => ({
      month: m.month,
      won: durations(m.won),
      lost: durations(m.lost),
    })),
  };
}

const drivers = (d: Drivers) => ({
  sources: d.sources.map((s) => ({
    channel: s.channel,
    medium: s.medium,
    leadsPerWeek: s.leadsPerWeek,
    leadToDeal: s.leadToDeal,
    dealsPerWeekWithoutLead: s.dealsPerWeekWithoutLead,
  })),
  stages: d.stages.map((s) => ({ stageId: s.stageId, name: s.name, conversion: s.conversion })),
  averageWonValue: d.averageWonValue,
  cycleDays: d.cycleDays,
  leadToDealDays: d.leadToDealDays,
});

const outcome = (o: Outcome) => ({ won: o.won, revenue: o.revenue });

export function presentWhatIf(r: WhatIfReport): z.output<typeof WhatIfReportSchema> {
  return {
    filters: presentFilters(r.filters),
    start: r.start,
    horizon: r.horizon,
    weeks: r.weeks,
    measured: {
      sources: r.measured.sources.map((s) => ({
        channel: s.channel,
        medium: s.medium,
        leads: s.leads,
        decided: s.decided,
        converted: s.converted,
        dealsWithoutLead: s.dealsWithoutLead,
      })),
      stages: r.measured.stages.map((s) => ({
        stageId: s.stageId,
        passed: s.passed,
        failed: s.failed,
      })),
      won: { count: r.measured.won.count, valued: r.measured.won.valued },
      cycle: { count: r.measured.cycle.count },
      leadToDeal: { count: r.measured.leadToDeal.count },
    },
    baseline: drivers(r.baseline),
    scenario: drivers(r.scenario),
    winRate: { baseline: r.winRate.baseline, scenario: r.winRate.scenario },
    months: r.months.map((m) => ({
      month: m.month,
      baseline: outcome(m.baseline),
      projection: outcome(m.projection),
    })),
    total: { baseline: outcome(r.total.baseline), projection: outcome(r.total.projection) },
    levers: r.levers.map((l) => ({
      driver: l.driver,
      channel: l.channel,
      medium: l.medium,
      stageId: l.stageId,
      from: l.from,
      to: l.to,
      gain: outcome(l.gain),
    })),
  };
}
