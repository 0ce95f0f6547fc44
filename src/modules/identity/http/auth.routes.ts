import { z } from 'zod';
import { logIn } from '../app/log-in.ts';
import { logOut } from '../app/log-out.ts';
import { clearSessionCookie, setSessionCookie } from '../../../kernel/http/auth/session-cookie.ts';
import { presentUser } from './presenters.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { LoginBody, UserSchema } from './schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function authRoutes(api: Api, { runner, config }: RouteContext) {
  api.post(
    '/auth/login',
    {
      config: {
        public: true,
        // Per address and e-mail, so one attacker cannot lock everybody out.
        rateLimit: {
          max: config.loginRateLimit,
          timeWindow: '1 minute',
          hook: 'preValidation', // after body parsing, so the key can include the e-mail
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.toLowerCase() : ''}`;
          },
        },
      },
      schema: {
        operationId: 'logIn',
        tags: ['identity'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginBody,
        response: { 200: z.object({ user: UserSchema }), ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { member, session } = await runner.runPublic(logIn, request.body);
      setSessionCookie(reply, session.token, session.expiresAt, config.secureCookies);
      return { user: presentUser(member) };
    },
  );

  api.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: {
        operationId: 'logOut',
        tags: ['identity'],
        summary: 'Sign out: ends the session',
        response: { 204: z.null(), ...problems(403) },
      },
    },
    async (request, reply) => {
      if (request.sessionToken)
        await runner.runPublic(logOut, { sessionToken: request.sessionToken });
      clearSessionCookie(reply, config.secureCookies);
      return reply.status(204).send(null);
    },
  );
}
