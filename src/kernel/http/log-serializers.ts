// What the server's log may say about a request and an error: never the personal data a request
// or a failed statement carries. Query strings hold search text (`?q=anna@acme.test`); a failed
// statement's error holds its parameters (Drizzle's "params: …") and PostgreSQL's `detail` the
// offending key (`Key (lower(email))=(anna@acme.test) already exists.`). ADR 024.
import type { FastifyRequest } from 'fastify';

/** The request line without its query string: the path and who asked. */
export function requestForLog(request: FastifyRequest) {
  const [path, query] = request.url.split('?', 2);
  return {
    method: request.method,
    url: query === undefined ? path : `${path}?[redacted]`,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * Fields of pg's and PGlite's errors (and Drizzle's wrapper) that carry values: the statement's
 * parameters, the key or row in the detail, the context of a PL/pgSQL line, the hint.
 */
const VALUE_FIELDS = new Set(['params', 'parameters', 'detail', 'where', 'hint', 'internalQuery']);

/** An error message with the values it may quote removed; what went wrong stays readable. */
export function redactMessage(message: string): string {
  return (
    message
      // Drizzle's DrizzleQueryError: "Failed query: <sql>\nparams: <values>".
      .replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]')
      // PostgreSQL quotes a bad value after a colon: `invalid input syntax for type uuid: "x"`.
      .replace(/: "(?:[^"]|"")*"/g, ': "[redacted]"')
      // A key and its value, as in a detail: `Key (email)=(anna@acme.test)`.
      .replace(/\)=\([^\n]*?\)(?= |$|\n|\.)/g, ')=([redacted])')
  );
}

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/** pino's `err` serializer: the error and its causes, their stacks kept, their values not. */
export function errorForLog(error: Error): LoggedError {
  // pino hands over whatever was logged as `err`; only errors are ours to take apart.
  if (!(error instanceof Error)) return error;
  return serialise(error, 0);
}

function serialise(error: Error, depth: number): LoggedError {
  const message = redactMessage(error.message);
  // The stack's first lines repeat the message as it was thrown; the frames follow.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const logged: LoggedError = {
    type: error.constructor?.name ?? error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  for (const [key, value] of Object.entries(error)) {
    if (VALUE_FIELDS.has(key) || key === 'cause' || key in logged) continue;
    logged[key] = value instanceof Error && depth < 5 ? serialise(value, depth + 1) : value;
  }
  const { cause } = error;
  if (cause !== undefined && depth < 5) {
    // A thrown non-Error (a string, an object) is logged only by its type: it may be anything.
    logged.cause = cause instanceof Error ? serialise(cause, depth + 1) : typeof cause;
  }
  return logged;
}

/** The same error for a terminal (the command line's last word): stacks, SQLSTATE, no values. */
export function errorForTerminal(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts: string[] = [];
  for (
    let e: unknown = errorForLog(error);
    e && typeof e === 'object';
    e = (e as LoggedError).cause
  ) {
    const { stack, code, constraint } = e as LoggedError;
    const sqlState =
      typeof code === 'string' ? ` [${code}${constraint ? ` ${String(constraint)}` : ''}]` : '';
    parts.push(`${parts.length ? 'Caused by: ' : ''}${stack}${sqlState}`);
  }
  return parts.join('\n');
}
