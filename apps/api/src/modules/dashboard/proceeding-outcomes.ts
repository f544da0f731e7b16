import type { ProceedingKind } from '@continuum/rules';

/**
 * The states of each proceeding kind that say how it ended (packages/rules' state machines):
 * an agreement or none, a decision, a request answered or refused, and `closed` (withdrawn or
 * closed without one). The states in between (requested, scheduled, filed, ...) are work still
 * under way and are not outcomes. proceeding-outcomes.spec.ts checks each against the rules.
 */
export const PROCEEDING_OUTCOMES: Readonly<Record<ProceedingKind, readonly string[]>> = {
  pwn_request: ['answered', 'closed'],
  records_request: ['fulfilled', 'closed'],
  iee_request: ['funded', 'denied', 'completed', 'closed'],
  evaluation_request: ['consent_requested', 'refused', 'closed'],
  evaluation: ['eligibility_decided', 'closed'],
  iep: ['closed'],
  iep_meeting_request: ['held', 'refused', 'closed'],
  facilitation: ['held', 'declined', 'closed'],
  mediation: ['agreement', 'no_agreement', 'closed'],
  state_complaint: ['decided', 'closed'],
  due_process: ['settled', 'decided', 'final', 'closed'],
  expedited_due_process: ['decided', 'final', 'closed'],
  discipline: ['manifestation_reviewed', 'closed'],
  ocr_complaint: ['resolved', 'dismissed', 'closed'],
};

/** The pairs as the SQL takes them (`jsonb_to_recordset`). */
export function outcomePairs(): { kind: string; state: string }[] {
  return Object.entries(PROCEEDING_OUTCOMES).flatMap(([kind, states]) =>
    states.map((state) => ({ kind, state })),
  );
}
