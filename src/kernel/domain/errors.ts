// Every failure a user can cause carries a stable code; the HTTP layer maps codes to statuses.
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'already_set_up'
  | 'duplicate'
  | 'version_conflict'
  | 'rate_limited'
  | 'last_admin'
  | 'override_forbidden'
  | 'deal_closed'
  | 'stage_in_use'
  | 'lead_limit_reached'
  | 'lead_not_qualified'
  | 'invalid_transition'
  | 'stage_gate_unmet'
  | 'override_reason_required'
  | 'lost_reason_required'
  | 'lost_reason_invalid'
  | 'stage_not_in_pipeline'
  | 'invalid_metric'
  | 'form_field_required';

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
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
