// Simulated time: two years of working days ending now, with the seasons of a European B2B
// market (a summer dip, a December slowdown, a busy autumn) and a company that grows.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Monday 00:00 UTC of the week holding `at`. */
export function mondayOf(at: number): number {
  const day = Math.floor(at / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  const weekday = (day + 3) % 7;
  return (day - weekday) * DAY;
}

/**
 * Moves a moment into working hours (Mon–Fri, 08:00–17:00 UTC, which is office time in London,
 * Warsaw and Moscow alike): later the same day, or the next working morning.
 */
export function workingTime(at: number): number {
  let t = at;
  for (let guard = 0; guard < 8; guard++) {
    const weekday = (Math.floor(t / DAY) + 3) % 7;
    const hour = (t % DAY) / HOUR;
    if (weekday >= 5) t = Math.floor(t / DAY) * DAY + (7 - weekday) * DAY + 8 * HOUR;
    else if (hour < 8) t = Math.floor(t / DAY) * DAY + 8 * HOUR + (t % HOUR);
    else if (hour >= 17) t = Math.floor(t / DAY) * DAY + DAY + 8 * HOUR + (t % HOUR);
    else return t;
  }
  return t;
}

/** How busy the market is in a month (0 = January): buyers are on holiday in summer and late December. */
const SEASON = [0.85, 1.0, 1.1, 1.1, 1.05, 0.95, 0.65, 0.55, 1.15, 1.25, 1.2, 0.6];

export function seasonOf(at: number): number {
  return SEASON[new Date(at).getUTCMonth()]!;
}

/** Deals arrive more slowly and wait longer when the market is quiet. */
export function slowdownOf(at: number): number {
  return 1 / Math.max(seasonOf(at), 0.7);
}

/**
 * Spreads `total` arrivals over the weeks from `start` to `end` by season and growth (the
 * company doubles its flow over the two years), as cumulative whole counts per week.
 */
export function arrivalsPerWeek(start: number, end: number, total: number): number[] {
  const weeks = Math.max(1, Math.ceil((end - start) / WEEK));
  const weights = Array.from({ length: weeks }, (_, w) => {
    const at = start + w * WEEK;
    return seasonOf(at) * (0.7 + (0.7 * w) / weeks);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let acc = 0;
  let given = 0;
  for (const weight of weights) {
    acc += (weight / sum) * total;
    const upTo = Math.round(acc);
    counts.push(upTo - given);
    given = upTo;
  }
  return counts;
}

export function isoDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
