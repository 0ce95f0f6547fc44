import type { Database } from '../db/connection.ts';
import type { Actor, Clock, Deps, Emit, PublicDeps } from './context.ts';
import type { Reactions } from './reactions.ts';

export type UseCase<I, O> = (input: I, deps: Deps) => Promise<O>;
export type PublicUseCase<I, O> = (input: I, deps: PublicDeps) => Promise<O>;

/**
 * Runs use cases, each in its own transaction: everything a call writes (state, events, rollup,
 * and what other modules do in reaction) commits together or not at all. HTTP routes, the CLI,
 * jobs and the demo all go through here. The exceptions save round trips where one statement is
 * atomic by itself: `read`, `runSingleStatement` and `runOptimistic`'s attempt.
 */
export interface Runner {
  run<I, O>(useCase: UseCase<I, O>, input: I, actor: Actor): Promise<O>;
  runPublic<I, O>(useCase: PublicUseCase<I, O>, input: I): Promise<O>;
  /**
   * For a read use case that issues exactly ONE statement (ADR 022): it runs on the pool
   * directly, without BEGIN and COMMIT — two round trips fewer on every GET it serves. One
   * statement sees one snapshot by itself; a second statement outside a transaction could see
   * another commit in between (a deal and checks from different moments), so a read that needs
   * two statements stays on `run`. The API test harness counts the statements of every `read`
   * and fails the request when there is not exactly one (src/server/test/statement-count.ts).
   * A read announces no signal: `emit` throws.
   */
  read<I, O>(useCase: UseCase<I, O>, input: I, actor: Actor): Promise<O>;
  /**
   * For a public use case that issues exactly one statement (authentication on every request):
   * the statement is atomic by itself, so BEGIN and COMMIT round trips are saved.
   */
  runSingleStatement<I, O>(useCase: PublicUseCase<I, O>, input: I): Promise<O>;
  /**
   * Optimistic concurrency for hot writes: `attempt` runs outside a transaction (saving BEGIN,
   * COMMIT and the row lock) and must keep its writes atomic by itself — one statement guarded
   * by the version it read. When a concurrent change beat it, it answers null and wrote
   * nothing; `fallback`, the same use case written for a transaction, then runs as `run` would.
   */
  runOptimistic<I, O>(
    attempt: UseCase<I, O | null>,
    fallback: UseCase<I, O>,
    input: I,
    actor: Actor,
  ): Promise<O>;
  readonly clock: Clock;
}

// Reactions write; a write outside a transaction could half-happen.
const refuseSignal: Emit = (name) =>
  Promise.reject(new Error(`A read announced the signal ${name}; run it with runner.run`));

export function createRunner(database: Database, clock: Clock, reactions: Reactions): Runner {
  return {
    clock,
    run: (useCase, input, actor) =>
      database.transaction((tx) => useCase(input, { ...reactions.deps(tx, clock), actor })),
    runPublic: (useCase, input) =>
      database.transaction((tx) => useCase(input, reactions.deps(tx, clock))),
    read: (useCase, input, actor) =>
      useCase(input, { ...reactions.deps(database.db, clock), actor, emit: refuseSignal }),
    runSingleStatement: (useCase, input) => useCase(input, reactions.deps(database.db, clock)),
    async runOptimistic(attempt, fallback, input, actor) {
      const done = await attempt(input, { ...reactions.deps(database.db, clock), actor });
      if (done !== null) return done;
      return database.transaction((tx) => fallback(input, { ...reactions.deps(tx, clock), actor }));
    },
  };
}
