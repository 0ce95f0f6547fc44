import type { ErrorCode } from '../../../contract/error-codes.ts';

/** The one place where stable error codes become HTTP statuses (API.md, "Error codes"). */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  already_set_up: 409,
  duplicate: 409,
  last_admin: 409,
  version_conflict: 412,
  rate_limited: 429,
  override_forbidden: 403,
  deal_closed: 409,
  stage_in_use: 409,
  lead_limit_reached: 409,
  lead_not_qualified: 409,
  invalid_transition: 409,
  stage_gate_unmet: 422,
  override_reason_required: 422,
  lost_reason_required: 422,
  lost_reason_invalid: 422,
  disqualification_reason_invalid: 422,
  stage_not_in_pipeline: 422,
  invalid_metric: 422,
  form_field_required: 422,
  product_invalid: 422,
  price_missing: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  host_not_allowed: 421,
  request_timeout: 408,
  uri_too_long: 414,
  header_too_large: 431,
  internal_error: 500,
  starting_up: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? 'Error';
}
