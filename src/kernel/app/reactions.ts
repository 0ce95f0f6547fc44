import type { Db } from '../db/connection.ts';
import type { Clock, PublicDeps } from './context.ts';
import type { SignalName, Signals } from './signals.ts';

/** What a module does, in the same transaction, when another module announces a signal. */
export type Reaction<K extends SignalName> = (
  payload: Signals[K],
  deps: PublicDeps,
) => Promise<void>;

/** A module's reactions by signal (declared in its public surface, collected by the registry). */
export type ReactionList = { [K in SignalName]?: ReadonlyArray<Reaction<K>> };

export interface Reactions {
  /** Dependencies for one transaction, whose `emit` runs every reaction to a signal in turn. */
  deps(tx: Db, clock: Clock): PublicDeps;
}

/**
 * Puts the modules' reactions together, in the order of the list (the registry lists modules
 * after those they depend on, so e.g. the pipelines exist before the map that names them).
 */
export function createReactions(lists: ReadonlyArray<ReactionList>): Reactions {
  const bySignal = new Map<SignalName, Array<Reaction<SignalName>>>();
  for (const list of lists) {
    for (const [name, reactions] of Object.entries(list) as Array<
      [SignalName, ReadonlyArray<Reaction<SignalName>>]
    >) {
      bySignal.set(name, [...(bySignal.get(name) ?? []), ...reactions]);
    }
  }
  return {
    deps(tx, clock) {
      const deps: PublicDeps = {
        tx,
        clock,
        async emit(name, payload) {
          for (const react of bySignal.get(name) ?? []) {
            await react(payload as Signals[SignalName], deps);
          }
        },
      };
      return deps;
    },
  };
}
