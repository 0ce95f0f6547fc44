// Every failure a user can cause carries a stable code (the contract's list); the HTTP layer
// maps codes to statuses.
import type { DomainErrorCode } from '../../contract/error-codes.ts';

/** The codes a use case may throw (the rest are the HTTP layer's own). */
export type { DomainErrorCode };

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function validationError(errors: FieldError[]): DomainError {
  const message = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new DomainError('validation_failed', message, { errors });
}

export function notFound(kind: string): DomainError {
  return new DomainError('not_found', `${kind} not found`);
}
