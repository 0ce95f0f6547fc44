import type { QueryClient } from '@tanstack/react-query';
import { isManager } from '../../../contract/roles.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';
import { firstStepsQuery } from './api/first-steps-query.ts';

/**
 * Where `/` opens: the first steps while the people who run a new workspace have some left and
 * have not put them away; My day otherwise (and for members, and whenever the checklist cannot
 * be read: it must never stand between someone and their work).
 */
export async function landingPage(queryClient: QueryClient): Promise<'/first-steps' | '/my-day'> {
  try {
    const me = await queryClient.ensureQueryData(meQuery);
    if (!isManager(me.user.role)) return '/my-day';
    const checklist = await queryClient.fetchQuery(firstStepsQuery);
    return checklist.complete || checklist.dismissed ? '/my-day' : '/first-steps';
  } catch {
    return '/my-day';
  }
}
