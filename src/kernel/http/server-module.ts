import type { Actor } from '../app/context.ts';
import type { ReactionList } from '../app/reactions.ts';
import type { PublicUseCase, Runner } from '../app/runner.ts';
import type { SearchContribution } from '../app/search.ts';
import type { Api, RouteContext } from './route-context.ts';

/** A module's routes: registers its operations on the /api/v1 scope. */
export type RouteModule = (api: Api, context: RouteContext) => void;

/** Work a module runs beside the server (hourly snapshots …); returns how to stop it. */
export type BackgroundJob = (runner: Runner, onError: (error: unknown) => void) => () => void;

/** How a request's bearer token or session cookie becomes an actor (the identity module's). */
export interface Authenticator {
  token: PublicUseCase<{ token: string }, Actor | null>;
  session: PublicUseCase<{ sessionToken: string }, Actor | null>;
}

/**
 * What a feature module gives the server: everything the kernel needs to know of it, declared
 * once in the module's public surface and listed once in src/server/modules.ts.
 */
export interface ServerModule {
  name: string;
  routes: ReadonlyArray<RouteModule>;
  reactions?: ReactionList;
  jobs?: ReadonlyArray<BackgroundJob>;
  /** Its records in the global search: one SELECT each (ADR 031), composed by the search module. */
  search?: ReadonlyArray<SearchContribution>;
  /** Only the identity module signs people in. */
  authenticator?: Authenticator;
}
