import { PIPELINE_DRIVERS, SOURCE_DRIVERS } from '../../../../contract/analytics.ts';
import type { Lever, WhatIfOverrides } from '../api/types.ts';

type SourceOverride = NonNullable<WhatIfOverrides['sources']>[number];
export type SourceField = (typeof SOURCE_DRIVERS)[number];
export type ValueField = (typeof PIPELINE_DRIVERS)[number];

export interface SourceRef {
  channel: string | null;
  medium: string | null;
}

const sameSource = (a: SourceRef, b: SourceRef) => a.channel === b.channel && a.medium === b.medium;

/** The overrides with one driver of one source set (the API keys sources by channel + medium). */
export function withSource(
  overrides: WhatIfOverrides,
  source: SourceRef,
  field: SourceField,
  value: number,
): WhatIfOverrides {
  const sources = overrides.sources ?? [];
  const existing = sources.find((s) => sameSource(s, source));
  const next: SourceOverride = {
    ...(existing ?? {
      channel: source.channel as SourceOverride['channel'],
      medium: source.medium,
    }),
    [field]: value,
  };
  return {
    ...overrides,
    sources: existing ? sources.map((s) => (s === existing ? next : s)) : [...sources, next],
  };
}

/** The overrides with a stage's conversion set. */
export function withStage(overrides: WhatIfOverrides, stageId: string, conversion: number) {
  const stages = (overrides.stages ?? []).filter((s) => s.stageId !== stageId);
  return { ...overrides, stages: [...stages, { stageId, conversion }] };
}

export function withValue(overrides: WhatIfOverrides, field: ValueField, value: number) {
  return { ...overrides, [field]: value };
}

/** The overrides with a lever pulled: its driver set to the lever's better value. */
export function withLever(overrides: WhatIfOverrides, lever: Lever): WhatIfOverrides {
  switch (lever.driver) {
    case 'stageConversion':
      return withStage(overrides, lever.stageId!, lever.to);
    case 'averageWonValue':
    case 'cycleDays':
    case 'leadToDealDays':
      return withValue(overrides, lever.driver, lever.to);
    default:
      return withSource(overrides, lever, lever.driver, lever.to);
  }
}

/** How many drivers the user changed. */
export function changedCount(overrides: WhatIfOverrides): number {
  const sourceFields = (overrides.sources ?? []).reduce(
    (n, s) => n + SOURCE_DRIVERS.filter((f) => s[f] !== undefined).length,
    0,
  );
  const values = PIPELINE_DRIVERS.filter((f) => overrides[f] !== undefined).length;
  return sourceFields + (overrides.stages?.length ?? 0) + values;
}
