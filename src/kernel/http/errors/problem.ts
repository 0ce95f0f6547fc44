import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../../contract/error-codes.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { STATUS_BY_CODE, titleFor } from './status-by-code.ts';

/** The body of an RFC 9457 problem with our stable `code`. */
export function problemBody(
  status: number,
  code: ErrorCode,
  detail: string,
  extensions: Record<string, unknown> = {},
) {
  return {
    type: `https://conveyor.dev/problems/${code.replaceAll('_', '-')}`,
    title: titleFor(status),
    status,
    detail,
    code,
    ...extensions,
  };
}

/** RFC 9457 problem details with our stable `code`. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  detail: string,
  extensions: Record<string, unknown> = {},
) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send(problemBody(status, code, detail, extensions));
}

function fieldErrors(
  error: FastifyError & { validation: { instancePath: string; message?: string }[] },
): FieldError[] {
  const context = (error as { validationContext?: string }).validationContext;
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // Query and path parameters are named by themselves; body fields by their path in the body.
    return {
      path: path || (context === 'body' ? '' : (context ?? '')),
      message: v.message ?? 'Invalid value',
    };
  });
}

/** Maps every error to problem+json. Anything unexpected is logged and answered 500 without details. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      // `retryAfter` (seconds) is a header, not part of the body.
      const { retryAfter, ...extensions } = error.extensions;
      if (typeof retryAfter === 'number') {
        reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
      }
      return sendProblem(reply, STATUS_BY_CODE[error.code], error.code, error.message, extensions);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error);
      return sendProblem(
        reply,
        400,
        'validation_failed',
        errors.map((e) => `${e.path || 'body'}: ${e.message}`).join('; '),
        { errors },
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(reply, 429, 'rate_limited', 'Too many requests; try again later.');
    }
    if (status === 415) return sendProblem(reply, 415, 'unsupported_media_type', error.message);
    if (status === 413) return sendProblem(reply, 413, 'payload_too_large', error.message);
    if (status >= 400 && status < 500) {
      // Malformed JSON, empty bodies and the like: the client's fault, nothing was changed.
      return sendProblem(reply, 400, 'validation_failed', error.message, {
        errors: [{ path: '', message: error.message }],
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal_error', 'Something went wrong on our side.');
  });
}
