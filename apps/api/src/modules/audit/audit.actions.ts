/** Every action the audit trail records, `<area>.<verb>`. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.switch_organization',
  'member.invite',
  'member.invite_resend',
  'member.invite_revoke',
  'member.invite_accept',
  'member.role_change',
  'member.remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
