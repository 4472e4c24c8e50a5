/** A field that failed validation: where it is (a JSON path) and why, as a stable code with parameters. */
export interface FieldIssue {
  path: (string | number)[];
  /** Stable message key (e.g. `reason_required`); localised at the edge. */
  code: string;
  params?: Record<string, unknown>;
  /** Already-localised message (from schema validation), used as is. */
  message?: string;
}

/** Every failure a caller must know about has one of these stable codes. */
export const errorCodes = [
  'validation_failed',
  'unknown_reference',
  'not_found',
  'already_exists',
  'idempotency_conflict',
  'andon_already_open',
  'target_retired',
  'rule_not_met',
  'illegal_transition',
  'relist_refused',
  'root_cause_rejected',
  'not_independent',
  'already_reviewed',
  'work_order_closed',
  'work_order_type_mismatch',
  'payload_too_large',
  'unsupported_media_type',
  'storage_unavailable',
  'matching_unavailable',
  'internal_error',
  'unauthenticated',
  'invalid_credentials',
  'login_throttled',
  'forbidden',
  'csrf_failed',
  'actor_mismatch',
  'actor_required',
  'password_change_required',
  'password_rejected',
  'last_admin',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A typed failure with a stable code; mapped once, at the edge, to problem+json or a CLI message. */
export class AndonError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'AndonError';
  }
}

/** A reference in the request body that names nothing (e.g. an unknown target ref). */
export function unknownReference(path: string, value: unknown): AndonError {
  return new AndonError('unknown_reference', { field: path, value: String(value) }, [
    { path: [path], code: 'unknown_reference', params: { value: String(value) } },
  ]);
}

export function notFound(entity: string, id: string): AndonError {
  return new AndonError('not_found', { entity, id });
}

/** The caller may not do this (a missing permission, or a field it may not set), naming the field when there is one. */
export function forbidden(params: Record<string, unknown> = {}, field?: string): AndonError {
  return new AndonError('forbidden', params, field ? [{ path: [field], code: 'forbidden_field', params: { field } }] : []);
}
