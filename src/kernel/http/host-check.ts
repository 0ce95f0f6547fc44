import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './errors/problem.ts';

/** The name in a Host header, without its port and IPv6 brackets, lower-cased. */
export function hostnameOf(host: string): string {
  const text = host.trim().toLowerCase();
  if (text.startsWith('['))
    return text.slice(1, text.indexOf(']') === -1 ? undefined : text.indexOf(']'));
  const colon = text.indexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

/**
 * Whether a request addressed to `host` is meant for this server (DNS rebinding: a page on
 * evil.example whose name is re-pointed at 127.0.0.1 reaches us with `Host: evil.example`).
 * Allowed: the public URL's name when one is configured, and always the names that cannot be
 * re-pointed by anybody else's DNS — `localhost` (and `*.localhost`, RFC 6761) and IP literals
 * (127.0.0.1, [::1], or the machine's LAN address when it is opened by address).
 */
export function isAllowedHost(host: string | undefined, publicHostname: string | null): boolean {
  if (!host) return false;
  const name = hostnameOf(host);
  if (!name) return false;
  if (publicHostname !== null && name === publicHostname) return true;
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0;
}

/** An onRequest hook answering 421 host_not_allowed to a request for a name that is not ours. */
export function hostCheckHook(publicUrl: string | undefined) {
  const publicHostname = publicUrl ? hostnameOf(new URL(publicUrl).host) : null;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // request.host is X-Forwarded-Host only when the peer is a trusted proxy.
    if (isAllowedHost(request.host, publicHostname)) return;
    return sendProblem(
      reply,
      421,
      'host_not_allowed',
      publicHostname
        ? `This server answers to ${publicHostname}, not to the name this request was sent to.`
        : 'This server answers to localhost and IP addresses only: set CONVEYOR_PUBLIC_URL to serve a name.',
    );
  };
}
