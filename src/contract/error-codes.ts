/** The codes a use case may throw. */
export const DOMAIN_ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'already_set_up',
  'duplicate',
  'version_conflict',
  'rate_limited',
  'last_admin',
  'override_forbidden',
  'deal_closed',
  'stage_in_use',
  'lead_limit_reached',
  'lead_not_qualified',
  'invalid_transition',
  'stage_gate_unmet',
  'override_reason_required',
  'lost_reason_required',
  'lost_reason_invalid',
  'disqualification_reason_invalid',
  'stage_not_in_pipeline',
  'invalid_metric',
  'form_field_required',
  'product_invalid',
  'price_missing',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Answered by the HTTP layer itself, never thrown by a use case. */
export const HTTP_ERROR_CODES = [
  'payload_too_large',
  'unsupported_media_type',
  'host_not_allowed',
  'request_timeout',
  'uri_too_long',
  'header_too_large',
  'internal_error',
  'starting_up',
] as const;

/**
 * Every stable error code the API answers with (API.md, "Error codes"): the server throws and
 * maps them to HTTP statuses (src/kernel/http/errors/status-by-code.ts), OpenAPI lists them as
 * the Problem's `code` enum, and the web shows each one's message in the user's language (a test
 * keeps en, pl and ru complete).
 */
export const ERROR_CODES = [...DOMAIN_ERROR_CODES, ...HTTP_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
