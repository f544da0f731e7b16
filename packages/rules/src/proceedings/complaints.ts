import { after, lastEvent, msg, noFixedDeadline } from './build.js';
import type { Deadline, ProceedingDefinition } from './types.js';

/** A state complaint to the state educational agency (34 CFR 300.151-300.153). */
export const stateComplaint: ProceedingDefinition = {
  kind: 'state_complaint',
  summary: 'A written complaint to the state education agency that the district broke the law',
  basis: ['34 CFR 300.151', '34 CFR 300.152', '34 CFR 300.153'],
  states: ['draft', 'filed', 'investigating', 'extended', 'decided', 'closed'],
  initial: 'draft',
  events: {
    violation_occurred: { to: 'draft', summary: 'the violation complained of happened' },
    complaint_filed: { to: 'filed', summary: 'the complaint was sent to the state' },
    complaint_received: { to: 'investigating', summary: 'the state received the complaint' },
    extension_granted: { to: 'extended', summary: 'the 60-day limit was extended (300.152(b)(1))' },
    decision_issued: { to: 'decided', summary: 'the state issued its written decision' },
    withdrawn: { to: 'closed', summary: 'the complaint was withdrawn' },
  },
  deadlines(ctx) {
    const out: Deadline[] = [];
    const violation = lastEvent(ctx, 'violation_occurred');
    if (violation !== undefined) {
      const limit = ctx.state.stateComplaintLimitation;
      out.push(
        after(ctx, {
          id: 'filing_limit',
          basis: ['34 CFR 300.153(c)'],
          confidence: limit.confidence,
          message: msg('deadline.state_complaint.filing_limit'),
        }, violation, { amount: 1, unit: 'years' }),
      );
    }
    const received = lastEvent(ctx, 'complaint_received') ?? lastEvent(ctx, 'complaint_filed');
    if (received !== undefined) {
      const spec = {
        id: 'complaint_decision',
        basis: ['34 CFR 300.152(a)'],
        confidence: 'medium' as const,
        message: msg('deadline.complaint_decision', { fromSent: received.type !== 'complaint_received' }),
      };
      const extended = lastEvent(ctx, 'extension_granted');
      out.push(
        extended !== undefined && extended.day >= received.day
          ? noFixedDeadline({ ...spec, basis: ['34 CFR 300.152(a)', '34 CFR 300.152(b)(1)'], message: msg('deadline.complaint_decision.extended', { date: extended.date }) })
          : after(ctx, spec, received, { amount: 60, unit: 'days' }),
      );
    }
    return out;
  },
};

/** A complaint to the U.S. Department of Education Office for Civil Rights (Section 504). */
export const ocrComplaint: ProceedingDefinition = {
  kind: 'ocr_complaint',
  summary: 'A disability discrimination complaint to the Office for Civil Rights',
  basis: ['34 CFR 100.7(b)', '34 CFR 104.61'],
  states: ['draft', 'filed', 'opened', 'resolved', 'dismissed', 'closed'],
  initial: 'draft',
  events: {
    discrimination_occurred: { to: 'draft', summary: 'the discrimination or retaliation happened' },
    complaint_filed: { to: 'filed', summary: 'the complaint was sent to OCR' },
    complaint_opened: { to: 'opened', summary: 'OCR opened an investigation' },
    resolved: { to: 'resolved', summary: 'OCR resolved the complaint' },
    dismissed: { to: 'dismissed', summary: 'OCR dismissed the complaint' },
    withdrawn: { to: 'closed', summary: 'the complaint was withdrawn' },
  },
  deadlines(ctx) {
    const occurred = lastEvent(ctx, 'discrimination_occurred');
    if (occurred === undefined) return [];
    return [
      after(ctx, {
        id: 'filing_limit',
        basis: ['34 CFR 100.7(b)', '34 CFR 104.61'],
        confidence: 'medium',
        message: msg('deadline.ocr.filing_limit'),
      }, occurred, { amount: 180, unit: 'days' }),
    ];
  },
};
