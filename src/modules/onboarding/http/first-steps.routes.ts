import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { dismissFirstSteps } from '../app/dismiss-first-steps.ts';
import { getFirstSteps } from '../app/get-first-steps.ts';
import { markPageSeen } from '../app/mark-page-seen.ts';
import type { FirstSteps } from '../domain/first-steps.ts';
import { DismissBody, FirstStepsSchema, SeenBody } from './schemas.ts';

/** The checklist as the API shows it: its fields, listed. */
function presentFirstSteps(checklist: FirstSteps) {
  return {
    steps: checklist.steps.map((step) => ({ key: step.key, done: step.done })),
    complete: checklist.complete,
    dismissed: checklist.dismissed,
  };
}

export function firstStepsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/first-steps',
    {
      schema: {
        operationId: 'getFirstSteps',
        tags: ['onboarding'],
        summary: "The workspace's first steps, each ticked from what the team has done",
        response: { 200: FirstStepsSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      presentFirstSteps(await runner.read(getFirstSteps, undefined, actorOf(request))),
  );

  api.post(
    '/first-steps/seen',
    {
      schema: {
        operationId: 'markFirstStepPageSeen',
        tags: ['onboarding'],
        summary: 'Tell that the pipeline settings or the map were opened (ticks that step)',
        body: SeenBody,
        response: { 200: FirstStepsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentFirstSteps(await runner.run(markPageSeen, request.body, actorOf(request))),
  );

  api.patch(
    '/first-steps',
    {
      schema: {
        operationId: 'dismissFirstSteps',
        tags: ['onboarding'],
        summary: 'Put the checklist away, or bring it back (admins and managers)',
        body: DismissBody,
        response: { 200: FirstStepsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentFirstSteps(await runner.run(dismissFirstSteps, request.body, actorOf(request))),
  );
}
