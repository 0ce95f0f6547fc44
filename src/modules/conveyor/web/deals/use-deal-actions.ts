import { useTranslation } from 'react-i18next';
import { loseDeal } from '../api/lose-deal.ts';
import { reopenDeal } from '../api/reopen-deal.ts';
import { setDealCheck } from '../api/set-deal-check.ts';
import type { Deal, UnmetCriterion } from '../api/types.ts';
import { type DealChanges, updateDeal } from '../api/update-deal.ts';
import { winDeal } from '../api/win-deal.ts';
import { dealKeys } from '../keys.ts';
import { staleDealKeys } from './deal-cache.ts';
import { useDealWrite } from './use-deal-write.ts';

// The deal's writes besides the move, each answered with the deal (see useDealWrite).

export interface WinVars {
  deal: Deal;
  comment?: string;
  overrideReason?: string;
}

/** Wins a deal; unmet exit criteria of the remaining stages go to the gate dialog. */
export function useWinDeal({
  onGate,
  onSuccess,
  onConflict,
}: {
  onGate?: (unmet: UnmetCriterion[], vars: WinVars) => void;
  onSuccess?: () => void;
  onConflict?: () => void;
} = {}) {
  const { t } = useTranslation();
  return useDealWrite<WinVars>({
    mutationFn: ({ deal, comment, overrideReason }) => winDeal(deal, comment, overrideReason),
    conflictRefetch: ({ deal }) => staleDealKeys(deal),
    onConflict,
    done: (won) => t('deal.wonMessage', { title: won.title }),
    onGate,
    onSuccess,
  });
}

/** Loses a deal for a reason allowed at its stage. */
export function useLoseDeal({
  onSuccess,
  onConflict,
}: { onSuccess?: () => void; onConflict?: () => void } = {}) {
  const { t } = useTranslation();
  return useDealWrite<{ deal: Deal; lostReasonId: string; comment?: string }>({
    mutationFn: ({ deal, lostReasonId, comment }) => loseDeal(deal, lostReasonId, comment),
    conflictRefetch: ({ deal }) => staleDealKeys(deal),
    onConflict,
    done: (_lost, { deal }) => t('lose.done', { title: deal.title }),
    onSuccess,
  });
}

export function useReopenDeal() {
  const { t } = useTranslation();
  return useDealWrite<Deal>({
    mutationFn: (deal) => reopenDeal(deal),
    conflictRefetch: staleDealKeys,
    done: (reopened) => t('deal.reopened', { title: reopened.title }),
  });
}

/** Ticks or unticks a check: nothing but the deal's checklist changes. */
export function useSetDealCheck({ onSuccess }: { onSuccess?: (deal: Deal) => void } = {}) {
  return useDealWrite<{ deal: Deal; criterionId: string; done: boolean }>({
    mutationFn: ({ deal, criterionId, done }) => setDealCheck(deal.id, criterionId, done),
    touchesLists: false,
    onSuccess,
  });
}

export interface UpdateVars {
  deal: Deal;
  changes: DealChanges;
  /** Send the deal's version in `If-Match` (an edit form: a stale one is refused with 412). */
  ifMatch?: boolean;
}

/** Edits a deal's fields; with `ifMatch`, someone else's newer save reloads the deal instead. */
export function useUpdateDeal({
  done,
  onSuccess,
  onConflict,
}: {
  done?: () => string;
  onSuccess?: (deal: Deal) => void;
  onConflict?: () => void;
} = {}) {
  return useDealWrite<UpdateVars>({
    mutationFn: ({ deal, changes, ifMatch }) =>
      updateDeal(deal.id, changes, ifMatch ? deal.version : undefined),
    conflictRefetch: ({ deal }) => [dealKeys.detail(deal.id)],
    onConflict,
    done,
    onSuccess,
  });
}
