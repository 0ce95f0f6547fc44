/**
 * Spread of durations measured in seconds, in days (2 decimals) and in whole seconds: a day's
 * hundredth is 14 minutes, too coarse to show a stay of under a day.
 */
export interface DurationStats {
  count: number;
  medianDays: number | null;
  p75Days: number | null;
  medianSeconds: number | null;
  p75Seconds: number | null;
}

export interface StageVelocity extends DurationStats {
  stageId: string;
  name: string;
  /** The slowest stage: the highest median, then the highest p75, then the earlier stage. */
  bottleneck: boolean;
}

export function secondsToDays(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / 86_400) * 100) / 100;
}

/** The stats of measured durations (seconds); none measured gives nulls. */
export function durationStats(
  m: { count: number; median: number; p75: number } | null | undefined,
): DurationStats {
  return {
    count: m?.count ?? 0,
    medianDays: secondsToDays(m?.median ?? null),
    p75Days: secondsToDays(m?.p75 ?? null),
    medianSeconds: m ? Math.round(m.median) : null,
    p75Seconds: m ? Math.round(m.p75) : null,
  };
}

/** Per-stage time in stage, in the pipeline's order, with the bottleneck flagged. */
export function stageVelocity(
  stages: readonly { id: string; name: string }[],
  measured: ReadonlyMap<string, { count: number; median: number; p75: number }>,
): StageVelocity[] {
  let slowest: { id: string; median: number; p75: number } | null = null;
  for (const stage of stages) {
    const m = measured.get(stage.id);
    if (!m) continue;
    if (
      !slowest ||
      m.median > slowest.median ||
      (m.median === slowest.median && m.p75 > slowest.p75)
    ) {
      slowest = { id: stage.id, median: m.median, p75: m.p75 };
    }
  }
  return stages.map((stage) => {
    return {
      stageId: stage.id,
      name: stage.name,
      ...durationStats(measured.get(stage.id)),
      bottleneck: slowest?.id === stage.id,
    };
  });
}
