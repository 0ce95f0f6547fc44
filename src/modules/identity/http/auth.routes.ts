import { z } from 'zod';
import { LoginThrottle } from '../app/login-throttle.ts';
import { signIn } from '../app/sign-in.ts';
import { logOut } from '../app/log-out.ts';
import { clearSessionCookie, setSessionCookie } from '../../../kernel/http/auth/session-cookie.ts';
import { presentUser } from './presenters.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { LoginBody, UserSchema } from './schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function authRoutes(api: Api, { runner, config }: RouteContext) {
  // In this process's memory (ADR 025): one per server, on the runner's clock.
  const throttle = new LoginThrottle({ failuresPerAddress: config.loginRateLimit }, runner.clock);
  api.post(
    '/auth/login',
    {
      // Throttled by the sign-in itself (per address, and per account with growing delays).
      config: { public: true },
      schema: {
        operationId: 'logIn',
        tags: ['identity'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginBody,
        response: { 200: z.object({ user: UserSchema }), ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { member, session } = await signIn(
        { ...request.body, address: request.ip },
        { runner, throttle },
      );
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
        await runner.runPublic(logOut, {
          sessionToken: request.sessionToken,
          address: request.ip,
        });
      clearSessionCookie(reply, config.secureCookies);
      return reply.status(204).send(null);
    },
  );
}
