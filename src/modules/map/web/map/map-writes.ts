import { lampKeys, mapKeys } from '../keys.ts';

// What each kind of write to the map makes stale (spread into useApiMutation). Readings are per
// lamp, so a group's own fields never change them; a lamp's metric and bounds change its
// readings and what is behind them (lampKeys.all).

/** A group added or edited: the map; a stale version fetches the map again. */
export const groupWrite = {
  invalidates: () => [mapKeys.all],
  conflictRefetch: () => [mapKeys.all],
};

/** A group deleted, its lamps with it: the map and the lamps' readings. */
export const groupDelete = {
  invalidates: () => [mapKeys.all, lampKeys.all],
};

/** A lamp added, edited or deleted: the map shows it, its readings follow its metric and bounds. */
export const lampWrite = {
  invalidates: () => [mapKeys.all, lampKeys.all],
  conflictRefetch: () => [mapKeys.all, lampKeys.all],
};

/** A value entered by hand: the readings. */
export const readingWrite = {
  invalidates: () => [lampKeys.readings],
};
