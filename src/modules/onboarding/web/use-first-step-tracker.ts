import { useQueryClient } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { SeenPage } from '../../../contract/first-steps.ts';
import { markPageSeen } from './api/mark-page-seen.ts';
import { firstStepsKeys } from './keys.ts';

/** The pages whose opening ticks a step, by where they live. */
function seenPage(pathname: string): SeenPage | null {
  if (pathname === '/map' || pathname.startsWith('/map/')) return 'map';
  if (pathname.startsWith('/settings/pipelines')) return 'pipeline';
  return null;
}

/** Told once per page load: the server keeps the first opening and ignores the rest. */
const told = new Set<string>();

/**
 * Ticks "check the pipeline" and "see the map" when those pages open. Silent: a failure only
 * leaves the step unticked until the next visit, never a notice over the page being opened.
 */
export function useFirstStepTracker(): void {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const queryClient = useQueryClient();
  const page = seenPage(pathname);
  useEffect(() => {
    if (!page || told.has(page)) return;
    told.add(page);
    markPageSeen(page).then(
      (checklist) => queryClient.setQueryData(firstStepsKeys.checklist, checklist),
      () => told.delete(page),
    );
  }, [page, queryClient]);
}
