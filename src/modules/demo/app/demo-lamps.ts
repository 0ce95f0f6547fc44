// Values for the lamps nobody can count from events yet (strategy, service, account
// management …), entered weekly as a manager would. Each lamp has a mood so that the map this
// week is not one colour: mostly green, some amber, a red one to dig into.
import { lampStatus } from '../../map/index.ts';
import type { Thresholds } from '../../map/index.ts';
import type { Random } from './prng.ts';
import { LAMP_STATUSES, type LampStatus } from '../../../contract/map.ts';

export interface ManualLamp {
  id: string;
  thresholds: Thresholds;
  /** A share typed as a percentage ("Key accounts retained, %"): never above 100. */
  percent: boolean;
  mood: Exclude<LampStatus, 'grey'>;
}

/** The colours a reading can have: every lamp status but grey (no reading), best first. */
const COLOURS = LAMP_STATUSES.filter((status): status is ManualLamp['mood'] => status !== 'grey');

const MOODS = ['green', 'green', 'amber', 'green', 'red', 'green', 'amber'] as const;

export function withMoods(lamps: Omit<ManualLamp, 'mood'>[]): ManualLamp[] {
  return lamps.map((lamp, i) => ({ ...lamp, mood: MOODS[i % MOODS.length]! }));
}

/** This week's colour is the lamp's mood; past weeks wander around it. */
export function weekStatus(random: Random, lamp: ManualLamp, current: boolean): ManualLamp['mood'] {
  if (current || random.chance(0.7)) return lamp.mood;
  return random.pick(COLOURS);
}

/** A value that reads as `status` under the lamp's thresholds, whole when the thresholds are. */
export function valueFor(
  random: Random,
  thresholds: Thresholds,
  status: ManualLamp['mood'],
  /** The most the value can be: 100 for a percentage, so no "124 %" of accounts retained. */
  ceiling = Number.POSITIVE_INFINITY,
): number {
  const { direction, green: g, amber: a } = thresholds;
  const r = random.next();
  const raw =
    direction === 'higher_is_better'
      ? status === 'green'
        ? g * (1 + 0.25 * r) + (g === 0 ? r : 0)
        : status === 'amber'
          ? a + (g - a) * (0.1 + 0.8 * r)
          : a * (0.4 + 0.5 * r) - (a === 0 ? 1 : 0)
      : status === 'green'
        ? g * (0.5 + 0.5 * r)
        : status === 'amber'
          ? g + (a - g) * (0.1 + 0.8 * r)
          : a * (1.1 + 0.5 * r) + 1;
  const cents = Math.round(Math.min(raw, ceiling) * 100) / 100;
  if (!(Number.isInteger(g) && Number.isInteger(a))) return cents;
  // Whole thresholds count whole things (meetings, accounts): the nearest whole number that
  // keeps the colour, never 4.9 meetings because 5 would have read green.
  const whole = [Math.round(cents), Math.floor(cents), Math.ceil(cents)].find(
    (v) => lampStatus(v, thresholds) === status,
  );
  return whole ?? cents;
}
