import { type QueryKey, useIsMutating } from '@tanstack/react-query';
import { type Optimistic, useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import type { Deal, UnmetCriterion } from '../api/types.ts';
import { dealChangeKeys, storeDeal } from './deal-cache.ts';

/** The exit criteria a refused move or win lists (422 `stage_gate_unmet`), if that is the problem. */
export function unmetOf(error: unknown): UnmetCriterion[] | undefined {
  return isProblem(error, 'stage_gate_unmet') ? error.problem.unmet : undefined;
}

/**
 * Whether a write to this deal is still on its way. A move sent meanwhile would carry the version
 * from before it in `If-Match` and be refused (412) for the user's own change: it waits instead.
 */
export function useDealBusy(dealId: string): boolean {
  const writes = useIsMutating({
    predicate: (mutation) =>
      (mutation.state.variables as { deal?: { id?: string } } | undefined)?.deal?.id === dealId,
  });
  return writes > 0;
}

export interface DealWriteOptions<Vars> {
  /** One operation of `../api/` that answers with the deal as it now is. */
  mutationFn: (vars: Vars) => Promise<Deal>;
  optimistic?: Optimistic<Vars>;
  /** A stale `If-Match` (412): what to reload; the user is told. */
  conflictRefetch?: (vars: Vars) => readonly QueryKey[];
  /** The caller closes its dialog on a 412, before the reload. */
  onConflict?: () => void;
  done?: (deal: Deal, vars: Vars) => string;
  onSuccess?: (deal: Deal, vars: Vars) => void | Promise<void>;
  /** Unmet exit criteria: handed to the gate dialog instead of being notified. */
  onGate?: (unmet: UnmetCriterion[], vars: Vars) => void;
  /**
   * False when the change cannot alter what the column totals, the history or My day show
   * (a ticked check): then only the deal itself is put right.
   */
  touchesLists?: boolean;
}

/**
 * A write that answers with the deal: the answer goes into the deal's record and onto the boards
 * of its pipeline; the column totals, the deal's history and My day's lists are refetched.
 */
export function useDealWrite<Vars>({
  onGate,
  touchesLists = true,
  ...options
}: DealWriteOptions<Vars>) {
  return useApiMutation<Vars, Deal>({
    ...options,
    apply: (queryClient, deal) => storeDeal(queryClient, deal),
    invalidates: (deal) => (touchesLists ? dealChangeKeys(deal) : []),
    onProblem: (error, vars) => {
      const unmet = unmetOf(error);
      if (!onGate || !unmet) return false;
      onGate(unmet, vars);
      return true;
    },
  });
}
