import type { Db } from '../db/connection.ts';
import type { Role, TokenScope } from '../../contract/roles.ts';

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

/** What every use case receives besides its input. */
export interface Deps {
  actor: Actor;
  tx: Db;
  clock: Clock;
}

/** Use cases that run before anyone is signed in (setup, login, authentication). */
export type PublicDeps = Omit<Deps, 'actor'>;
