// The refusals that happen before a route's handler, and before the error handler could see
// them, as problems like every other error (ADR 027): Fastify's own (a URL that does not decode,
// a path parameter longer than the router keeps) and Node's HTTP parser's (headers too large, a
// request that did not arrive in time, bytes that are not HTTP).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../../contract/error-codes.ts';
import { problemBody, sendProblem } from './problem.ts';
import { STATUS_BY_CODE, titleFor } from './status-by-code.ts';

/** Fastify's `frameworkErrors`: its router's refusals, before any hook runs. */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, 414, 'uri_too_long', 'A segment of this address is too long.');
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    const message = 'a percent-escape of the address does not decode to UTF-8 text';
    return sendProblem(reply, 400, 'validation_failed', `url: ${message}`, {
      errors: [{ path: 'url', message }],
    });
  }
  reply.log.error({ err: error }, 'framework error');
  return sendProblem(reply, 500, 'internal_error', 'Something went wrong on our side.');
}

function clientProblem(error: NodeJS.ErrnoException): [ErrorCode, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return ['request_timeout', 'The request did not arrive in time.'];
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return ['header_too_large', 'The request line and headers are larger than the server accepts.'];
  }
  return ['validation_failed', 'This is not an HTTP request the server can read.'];
}

/**
 * Node's `clientError` (Fastify's `clientErrorHandler`): answered on the raw socket, since no
 * request exists yet. Like Fastify's default, but a problem with a code from the table.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail] = clientProblem(error);
  const status = STATUS_BY_CODE[code];
  const body = JSON.stringify(problemBody(status, code, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${titleFor(status)}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
