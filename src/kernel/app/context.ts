import type { Db } from '../db/connection.ts';
import type { Role, TokenScope } from '../../contract/roles.ts';
import type { SignalName, Signals } from './signals.ts';

/** Who is acting: a user in one workspace, through a session or an API token. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
  scopes: readonly TokenScope[];
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Announces a signal to the modules that react to it, inside the caller's transaction. */
export type Emit = <K extends SignalName>(name: K, payload: Signals[K]) => Promise<void>;

/** What every use case receives besides its input. */
export interface Deps {
  actor: Actor;
  tx: Db;
  clock: Clock;
  emit: Emit;
}

/** Use cases that run before anyone is signed in (setup, login, authentication). */
export type PublicDeps = Omit<Deps, 'actor'>;
