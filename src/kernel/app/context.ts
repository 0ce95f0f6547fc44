import type { Db } from '../db/connection.ts';
import type { RecordScope, Role, TokenScope } from '../../contract/roles.ts';
import type { SignalName, Signals } from './signals.ts';

/** Who is acting: a user in one workspace, through a session or an API token. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
  scopes: readonly TokenScope[];
  /** Which records this person sees and edits (the workspace's `permissions` for their role). */
  records: RecordAccess;
  /**
   * Acting through an API token someone else (an admin) issued for this person: it works in its
   * workspace, but what belongs to the person's account alone (their profile, other workspaces,
   * invitations) stays theirs (ADR 026).
   */
  delegated: boolean;
  /**
   * The client's address when acting over HTTP (the socket's, or a trusted proxy's
   * X-Forwarded-For), for the audit log; absent for the CLI, jobs and the demo.
   */
  ip?: string | null;
}

/** An actor's reach over owned records; `teamId` is theirs, for the "team" scope. */
export interface RecordAccess {
  view: RecordScope;
  edit: RecordScope;
  teamId: string | null;
}

/** Admins, the command line and scripted set-ups reach every record. */
export const EVERY_RECORD: RecordAccess = { view: 'all', edit: 'all', teamId: null };

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
