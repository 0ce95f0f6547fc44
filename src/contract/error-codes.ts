/**
 * Every stable error code the API answers with (API.md, "Error codes"): the server throws and
 * maps them to HTTP statuses (src/kernel/http/errors/status-by-code.ts), OpenAPI lists them as
 * the Problem's `code` enum, and the web shows each one's message in the user's language (a test
 * keeps en, pl and ru complete).
 */
export const ERROR_CODES = [
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
  'stage_not_in_pipeline',
  'invalid_metric',
  'form_field_required',
  // Answered by the HTTP layer itself, never thrown by a use case.
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
