import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * onSend hook for /api/v1: an answer for a signed-in caller (JSON, a CSV or XLSX export, a
 * problem) or for a route that needs one carries `Cache-Control: no-store`, so no browser or
 * proxy cache keeps a workspace's data after sign-out or for the next user of the machine.
 * Public routes (health, set-up, sign-in, web-form capture) without a signed-in caller keep
 * their own caching, as does a route that set its own header.
 */
export async function noStoreHook(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const signedIn = request.actor !== null;
  if ((signedIn || !request.routeOptions.config.public) && !reply.hasHeader('cache-control')) {
    reply.header('cache-control', 'no-store');
  }
  return payload;
}
