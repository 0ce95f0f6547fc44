import { lazy } from 'react';

// The board's dialogs load when one first opens, not with the board: the first cards need none
// of their forms (ADR 032). Each is drawn inside the board's <Suspense>.

export const NewDealModal = lazy(async () => ({
  default: (await import('./new-deal-modal.tsx')).NewDealModal,
}));

export const LoseModal = lazy(async () => ({
  default: (await import('./lose-modal.tsx')).LoseModal,
}));

export const Gate = lazy(async () => ({ default: (await import('./gate-dialog.tsx')).Gate }));
