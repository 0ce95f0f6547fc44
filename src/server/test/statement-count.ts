import { AsyncLocalStorage } from 'node:async_hooks';
import type { Runner } from '../../kernel/app/runner.ts';

/** One call of a single-statement path and the statements it sent. */
export interface CountedCall {
  path: 'read' | 'runSingleStatement';
  useCase: string;
  statements: string[];
}

/**
 * Counts the statements of every `runner.read` and `runner.runSingleStatement` call (ADR 022).
 * Those run outside a transaction, which is only safe for exactly one statement: a second one
 * could see another commit than the first. The database reports each statement to `record`
 * (openDatabase's `onStatement`) in the caller's async context, so concurrent requests are told
 * apart; a call that sent more than one fails, and with it the request and the test.
 */
export class StatementCounter {
  private readonly current = new AsyncLocalStorage<CountedCall>();
  /** Every counted call since the suite started, newest last (tests may inspect and clear it). */
  readonly calls: CountedCall[] = [];

  readonly record = (sql: string): void => {
    this.current.getStore()?.statements.push(sql);
  };

  /** The runner with its single-statement paths counted and checked. */
  wrap(runner: Runner): Runner {
    return {
      ...runner,
      read: (useCase, input, actor) =>
        this.counted('read', useCase.name, () => runner.read(useCase, input, actor)),
      runSingleStatement: (useCase, input) =>
        this.counted('runSingleStatement', useCase.name, () =>
          runner.runSingleStatement(useCase, input),
        ),
    };
  }

  private async counted<O>(
    path: CountedCall['path'],
    useCase: string,
    work: () => Promise<O>,
  ): Promise<O> {
    const call: CountedCall = { path, useCase, statements: [] };
    this.calls.push(call);
    const result = await this.current.run(call, work);
    if (call.statements.length > 1) {
      throw new Error(
        `runner.${path}(${useCase}) sent ${call.statements.length} statements; it may send ` +
          `one (outside a transaction a second one sees another snapshot). ` +
          `Run it with runner.run, or make it one statement.\n${call.statements.join('\n---\n')}`,
      );
    }
    return result;
  }
}
