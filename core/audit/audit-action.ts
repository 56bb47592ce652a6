/**
 * The events the audit trail keeps: what a data protection officer asks about. A name says what
 * happened, in the past tense; the subject and detail say to what.
 */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_in_throttled',
  'sign_out',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'user_created',
  'user_changed',
  'sso_settings_changed',
  'sso_user_linked',
  'export_downloaded',
  'report_adopted',
  'organisation_imported',
  'sick_leave_imported',
  'measured_imported',
  'measured_changed',
  'round_opened',
  'round_closed',
  'round_released',
  'instrument_published',
  'audit_trail_exported',
  'retention_changed',
  'answers_deleted',
  'api_token_issued',
  'api_token_revoked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  municipalityId: string | null;
  actorUserId: string | null;
  /** The e-mail (typed, for a failed sign-in), or 'system' for what jobs do. */
  actor: string;
  action: AuditAction;
  subject?: string;
  address?: string;
  detail?: Record<string, unknown>;
}
