import { z } from 'zod';
import { getSetupStatus } from '../app/get-setup-status.ts';
import { hashPassword } from '../app/password.ts';
import { alreadySetUp, setUpWorkspace } from '../app/set-up-workspace.ts';
import { setSessionCookie } from '../../../kernel/http/auth/session-cookie.ts';
import { presentSetupStatus, presentUser, presentWorkspace } from './presenters.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { SetupBody, SetupResult } from './schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function setupRoutes(api: Api, { runner, config }: RouteContext) {
  api.get(
    '/setup',
    {
      config: { public: true },
      schema: {
        operationId: 'getSetupStatus',
        tags: ['identity'],
        summary: 'Whether first-run setup is still needed',
        response: { 200: z.object({ setupRequired: z.boolean() }) },
      },
    },
    async () => presentSetupStatus(await runner.runPublic(getSetupStatus, undefined)),
  );

  api.post(
    '/setup',
    {
      config: { public: true },
      schema: {
        operationId: 'setUpWorkspace',
        tags: ['identity'],
        summary: 'First run: create the first workspace and its admin (only while no user exists)',
        body: SetupBody,
        response: { 201: SetupResult, ...problems(400, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const { workspaceName, name, email, password, ...workspace } = request.body;
      // No hashing once set up; the use case checks again under its lock.
      if (!(await runner.runPublic(getSetupStatus, undefined)).setupRequired) throw alreadySetUp();
      // Hashed outside the transaction (ADR 025): ~0.5 s with no connection held.
      const passwordHash = await hashPassword(password);
      const result = await runner.runPublic(setUpWorkspace, {
        workspace: { ...workspace, name: workspaceName },
        userName: name,
        email,
        passwordHash,
        address: request.ip,
      });
      setSessionCookie(reply, result.session.token, result.session.expiresAt, config.secureCookies);
      return reply.status(201).send({
        workspace: presentWorkspace(result.workspace),
        user: presentUser(result.member),
        apiToken: result.apiToken,
      });
    },
  );
}
