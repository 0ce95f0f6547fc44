import { validationError, type FieldError } from '../../../kernel/domain/errors.ts';
import type { Drivers, SourceDrivers } from './what-if-drivers.ts';
import type { SourceDriver } from '../../../contract/analytics.ts';

/** The drivers the user changed; anything left out stays as measured. */
export interface DriverOverrides {
  sources?: ({ channel: string | null; medium: string | null } & Partial<
    Pick<SourceDrivers, SourceDriver>
  >)[];
  stages?: { stageId: string; conversion: number }[];
  averageWonValue?: number;
  cycleDays?: number;
  leadToDealDays?: number;
}

const sourceKey = (s: { channel: string | null; medium: string | null }) =>
  JSON.stringify([s.channel, s.medium]);

/**
 * The measured drivers with the user's changes. A source that was not measured may be added (a
 * channel about to start); a stage must be the pipeline's, and each source or stage is given once.
 */
export function applyOverrides(measured: Drivers, overrides: DriverOverrides): Drivers {
  const errors: FieldError[] = [];
  const sources = measured.sources.map((s) => ({ ...s }));
  const seenSources = new Set<string>();
  (overrides.sources ?? []).forEach((o, i) => {
    const key = sourceKey(o);
    if (seenSources.has(key)) {
      errors.push({ path: `overrides.sources.${i}`, message: 'This source is given twice' });
      return;
    }
    seenSources.add(key);
    let target = sources.find((s) => sourceKey(s) === key);
    if (!target) {
      target = {
        channel: o.channel,
        medium: o.medium,
        leadsPerWeek: 0,
        leadToDeal: null,
        dealsPerWeekWithoutLead: 0,
      };
      sources.push(target);
    }
    if (o.leadsPerWeek !== undefined) target.leadsPerWeek = o.leadsPerWeek;
    if (o.leadToDeal !== undefined) target.leadToDeal = o.leadToDeal;
    if (o.dealsPerWeekWithoutLead !== undefined) {
      target.dealsPerWeekWithoutLead = o.dealsPerWeekWithoutLead;
    }
  });
  const stages = measured.stages.map((s) => ({ ...s }));
  const seenStages = new Set<string>();
  (overrides.stages ?? []).forEach((o, i) => {
    const stage = stages.find((s) => s.stageId === o.stageId);
    if (!stage) {
      errors.push({
        path: `overrides.stages.${i}.stageId`,
        message: 'Not a stage of the pipeline',
      });
    } else if (seenStages.has(o.stageId)) {
      errors.push({ path: `overrides.stages.${i}.stageId`, message: 'This stage is given twice' });
    } else {
      stage.conversion = o.conversion;
    }
    seenStages.add(o.stageId);
  });
  if (errors.length > 0) throw validationError(errors);
  return {
    sources,
    stages,
    averageWonValue: overrides.averageWonValue ?? measured.averageWonValue,
    cycleDays: overrides.cycleDays ?? measured.cycleDays,
    leadToDealDays: overrides.leadToDealDays ?? measured.leadToDealDays,
  };
}
