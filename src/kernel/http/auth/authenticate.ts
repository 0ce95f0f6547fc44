import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../app/context.ts';
import type { Runner } from '../../app/runner.ts';
import type { TokenScope } from '../../../contract/roles.ts';
import { sendProblem } from '../errors/problem.ts';
import type { Authenticator } from '../server-module.ts';
import { isSafeMethod, isSameOrigin } from './csrf.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The raw session cookie when the caller is authenticated by it (for logout, switching). */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** No sign-in needed (setup, login, health, public form capture). */
    public?: boolean;
    /** The token scope this route needs; default "api". */
    scope?: TokenScope;
    /**
     * Public and meant to be posted from other sites (embedded web forms): no CSRF check, and no
     * cookie or token is even read, so such a request never acts as a signed-in user.
     */
    crossSite?: boolean;
  }
}

/**
 * onRequest hook for /api/v1: resolves the actor from a bearer token or the session cookie,
 * enforces the route's scope, and refuses cross-site cookie-authenticated writes (CSRF).
 */
export function authenticateHook(
  runner: Runner,
  authenticator: Authenticator,
  publicUrl: string | undefined,
) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    request.actor = null;
    request.sessionToken = null;
    const config = request.routeOptions.config;
    if (config.crossSite) return;
    const authorization = request.headers.authorization;
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = request.cookies[SESSION_COOKIE];

    if (bearer) {
      request.actor = await runner.runSingleStatement(authenticator.token, { token: bearer });
      if (!request.actor && !config.public) {
        return sendProblem(reply, 401, 'unauthenticated', 'The API token is invalid or revoked.');
      }
    } else if (cookie) {
      request.actor = await runner.runSingleStatement(authenticator.session, {
        sessionToken: cookie,
      });
      if (request.actor) request.sessionToken = cookie;
    }

    // The audit log records the address a signed-in change came from (ADR 029).
    if (request.actor) request.actor = { ...request.actor, ip: request.ip };
    const viaCookie = !bearer && request.actor !== null;
    if (!isSafeMethod(request.method) && !isSameOrigin(request, publicUrl, viaCookie)) {
      return sendProblem(reply, 403, 'forbidden', 'Cross-site request refused (CSRF protection).');
    }
    if (config.public) return;
    if (!request.actor) {
      return sendProblem(reply, 401, 'unauthenticated', 'Sign in or send an API token.');
    }
    const needed = config.scope ?? 'api';
    if (!request.actor.scopes.includes(needed)) {
      return sendProblem(reply, 403, 'forbidden', `This token lacks the "${needed}" scope.`);
    }
  };
}

/** The signed-in actor of a route that is not public (the hook guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('actorOf() called on a public route');
  return request.actor;
}
