import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

function expectedOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
}

/**
 * Evidence that a request comes from our own pages. For cookie-authenticated writes it must be
 * positive (`strict`): browsers send Sec-Fetch-Site and Origin on every such request. For public
 * writes (login, setup) only evidence of a foreign site refuses the request.
 */
export function isSameOrigin(
  request: FastifyRequest,
  publicUrl: string | undefined,
  strict: boolean,
): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (typeof origin === 'string') return origin === expectedOrigin(request, publicUrl);
  return !strict || site === 'same-origin';
}
