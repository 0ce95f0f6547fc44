import { lazy } from 'react';
import { loadAllStrings } from '../../../../kernel/web/lib/i18n.ts';

// The board's dialogs load when one first opens, not with the board: the first cards need none
// of their forms (ADR 032), nor the strings beyond the board's own. Each is drawn inside the
// board's <Suspense>.

export const NewDealModal = lazy(async () => ({
  default: (await withStrings(import('./new-deal-modal.tsx'))).NewDealModal,
}));

export const LoseModal = lazy(async () => ({
  default: (await withStrings(import('./lose-modal.tsx'))).LoseModal,
}));

export const Gate = lazy(async () => ({
  default: (await withStrings(import('./gate-dialog.tsx'))).Gate,
}));

async function withStrings<M>(code: Promise<M>): Promise<M> {
  const [module] = await Promise.all([code, loadAllStrings()]);
  return module;
}
