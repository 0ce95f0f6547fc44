import { getMe } from '../app/get-me.ts';
import { switchWorkspace } from '../app/switch-workspace.ts';
import { updateMe } from '../app/update-me.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentMe } from './presenters.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { MeSchema, PatchMeBody, SwitchWorkspaceBody } from './schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function meRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['identity'],
        summary: 'The signed-in user, their current workspace and all their workspaces',
        response: { 200: MeSchema, ...problems(401, 403) },
      },
    },
    async (request) => presentMe(await runner.run(getMe, undefined, actorOf(request))),
  );

  api.patch(
    '/me',
    {
      schema: {
        operationId: 'updateMe',
        tags: ['identity'],
        summary: 'Change your own name or interface language',
        body: PatchMeBody,
        response: { 200: MeSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => presentMe(await runner.run(updateMe, request.body, actorOf(request))),
  );

  api.post(
    '/me/workspace',
    {
      schema: {
        operationId: 'switchWorkspace',
        tags: ['identity'],
        summary: 'Switch the browser session to another of your workspaces',
        body: SwitchWorkspaceBody,
        response: { 200: MeSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      if (!request.sessionToken) {
        throw new DomainError(
          'forbidden',
          'Only a browser session can switch workspace; an API token belongs to one.',
        );
      }
      const me = await runner.run(
        switchWorkspace,
        { sessionToken: request.sessionToken, workspaceId: request.body.workspaceId },
        actorOf(request),
      );
      return presentMe(me);
    },
  );
}
