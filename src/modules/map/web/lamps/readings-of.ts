import type { LampReading } from '../api/types.ts';

/** The readings of one lamp, in week order. */
export function readingsOf(readings: LampReading[], lampId: string): LampReading[] {
  return readings.filter((r) => r.lampId === lampId).sort((a, b) => a.week.localeCompare(b.week));
}
