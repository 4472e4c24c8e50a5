import type { ErrorCode } from '#domain/errors.ts';

/**
 * The one catalogue of errors: each stable code with its HTTP status. Titles and details are
 * localised from `errors.<code>` in src/i18n; the problem `type` is a URL served by the API itself.
 */
export const errorCatalogue: Record<ErrorCode | 'invalid_json' | 'route_not_found' | 'reason_too_short', { status: number }> = {
  validation_failed: { status: 400 },
  invalid_json: { status: 400 },
  unknown_reference: { status: 422 },
  rule_not_met: { status: 422 },
  reason_too_short: { status: 422 },
  not_found: { status: 404 },
  route_not_found: { status: 404 },
  already_exists: { status: 409 },
  idempotency_conflict: { status: 409 },
  andon_already_open: { status: 409 },
  target_retired: { status: 409 },
  illegal_transition: { status: 409 },
  relist_refused: { status: 409 },
  already_reviewed: { status: 409 },
  work_order_closed: { status: 409 },
  work_order_type_mismatch: { status: 409 },
  root_cause_rejected: { status: 422 },
  not_independent: { status: 422 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  storage_unavailable: { status: 503 },
  matching_unavailable: { status: 503 },
  internal_error: { status: 500 },
  unauthenticated: { status: 401 },
  invalid_credentials: { status: 401 },
  login_throttled: { status: 429 },
  forbidden: { status: 403 },
  csrf_failed: { status: 403 },
  actor_mismatch: { status: 403 },
  actor_required: { status: 422 },
  password_change_required: { status: 403 },
  password_rejected: { status: 422 },
  last_admin: { status: 409 },
};

export type ProblemCode = keyof typeof errorCatalogue;

export const problemTypeBase = '/api/v1/problems/';

export function problemType(code: ProblemCode): string {
  return `${problemTypeBase}${code.replaceAll('_', '-')}`;
}
