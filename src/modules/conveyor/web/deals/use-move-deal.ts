import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BoardDeals } from '../api/board-deals-query.ts';
import { moveDeal } from '../api/move-deal.ts';
import type { Deal, Stage, UnmetCriterion } from '../api/types.ts';
import { staleDealKeys } from './deal-cache.ts';
import { placeOnBoard } from './place-on-board.ts';
import { useDealWrite } from './use-deal-write.ts';

export interface MoveVars {
  /** The deal as the user last saw it (its version goes in `If-Match`). */
  deal: Deal;
  stage: Stage;
  overrideReason?: string;
}

/**
 * Moves a deal (board drag and keyboard, the stage path, the gate dialog) with `If-Match`. On a
 * board the card moves at once and goes back if the server refuses; the moved deal the server
 * answers is put on the boards and into the deal's record; only the column totals, the history
 * and My day are refetched. A stale version (412) is told and that board and deal reloaded.
 */
export function useMoveDeal({
  board,
  onGate,
  onSuccess,
  onConflict,
}: {
  /** The board on screen, where the card moves before the server answers. */
  board?: QueryKey;
  onGate?: (unmet: UnmetCriterion[], vars: MoveVars) => void;
  onSuccess?: () => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  return useDealWrite<MoveVars>({
    mutationFn: ({ deal, stage, overrideReason }) =>
      moveDeal({ deal, stageId: stage.id, overrideReason }),
    optimistic: board && {
      queryKey: board,
      update: (old, { deal, stage }) =>
        placeOnBoard(old as BoardDeals, { ...deal, stageId: stage.id }),
    },
    conflictRefetch: ({ deal }) => staleDealKeys(deal),
    done: (moved, { stage }) => t('board.moved', { title: moved.title, stage: stage.name }),
    onGate,
    onSuccess,
    onConflict,
  });
}
