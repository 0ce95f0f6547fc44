import { deferred } from '../../../kernel/web/app/deferred.tsx';

/** The token dialog (api-token-modal.tsx), loaded after the page's first view (ADR 032). */
export const ApiTokenModal = deferred<object>(
  async () => (await import('./api-token-modal.tsx')).ApiTokenModal,
  null,
);
