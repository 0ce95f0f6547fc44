/** Spread of durations measured in seconds, shown in days (2 decimals). */
export interface DurationStats {
  count: number;
  medianDays: number | null;
  p75Days: number | null;
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
    const m = measured.get(stage.id);
    return {
      stageId: stage.id,
      name: stage.name,
      count: m?.count ?? 0,
      medianDays: secondsToDays(m?.median ?? null),
      p75Days: secondsToDays(m?.p75 ?? null),
      bottleneck: slowest?.id === stage.id,
    };
  });
}
