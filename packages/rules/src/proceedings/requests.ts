import { EVALUATION_REQUEST_RESPONSE } from '../states/index.js';
import { after, computed, durationParams, lastEvent, msg, noFixedDeadline } from './build.js';
import type { Deadline, ProceedingDefinition } from './types.js';

/** Written request for prior written notice (34 CFR 300.503). */
export const pwnRequest: ProceedingDefinition = {
  kind: 'pwn_request',
  summary: 'A written request that the district explain a proposal or refusal in prior written notice',
  basis: ['34 CFR 300.503'],
  states: ['draft', 'requested', 'answered', 'closed'],
  initial: 'draft',
  events: {
    request_sent: { to: 'requested', summary: 'the parent sent the request' },
    request_received: { to: 'requested', summary: 'the district received the request' },
    pwn_received: { to: 'answered', summary: 'the district sent prior written notice' },
    withdrawn: { to: 'closed', summary: 'the parent withdrew the request' },
  },
  deadlines(ctx) {
    if (lastEvent(ctx, 'request_sent', 'request_received') === undefined) return [];
    return [
      noFixedDeadline({
        id: 'district_response',
        basis: ['34 CFR 300.503(a)'],
        confidence: 'high',
        message: msg('deadline.pwn.district_response'),
      }),
    ];
  },
};

/** Request to inspect and review education records (34 CFR 300.613). */
export const recordsRequest: ProceedingDefinition = {
  kind: 'records_request',
  summary: 'A request to inspect and review the child’s education records',
  basis: ['34 CFR 300.613', '34 CFR 99.10'],
  states: ['draft', 'requested', 'fulfilled', 'closed'],
  initial: 'draft',
  events: {
    request_sent: { to: 'requested', summary: 'the parent sent the request' },
    request_received: { to: 'requested', summary: 'the district received the request' },
    meeting_scheduled: { to: 'requested', summary: 'an IEP meeting or resolution session is set for this date' },
    hearing_scheduled: { to: 'requested', summary: 'a due process hearing is set for this date' },
    records_provided: { to: 'fulfilled', summary: 'the district made the records available' },
    withdrawn: { to: 'closed', summary: 'the parent withdrew the request' },
  },
  deadlines(ctx) {
    const request = lastEvent(ctx, 'request_received') ?? lastEvent(ctx, 'request_sent');
    if (request === undefined) return [];
    const fromReceipt = request.type === 'request_received';
    const basis = ['34 CFR 300.613(a)'];
    const by45 = request.day + 45;
    // Access must come before any IEP meeting, hearing or resolution session after the request.
    const next = ctx.events.find(
      (e) => (e.type === 'meeting_scheduled' || e.type === 'hearing_scheduled') && e.day > request.day,
    );
    if (next !== undefined && next.day - 1 < by45) {
      return [
        computed(ctx, {
          id: 'records_access',
          basis,
          confidence: 'medium',
          message: msg('deadline.records_access.before', { before: next.type === 'hearing_scheduled' ? 'hearing' : 'meeting', date: next.date, fromSent: !fromReceipt }),
        }, next.day - 1, 'days'),
      ];
    }
    return [computed(ctx, { id: 'records_access', basis, confidence: 'medium', message: msg('deadline.records_access', { fromSent: !fromReceipt }) }, by45, 'days')];
  },
};

/** Request for an independent educational evaluation at public expense (34 CFR 300.502). */
export const ieeRequest: ProceedingDefinition = {
  kind: 'iee_request',
  summary: 'A request for an independent educational evaluation at public expense',
  basis: ['34 CFR 300.502'],
  states: ['draft', 'requested', 'funded', 'contested', 'denied', 'completed', 'closed'],
  initial: 'draft',
  events: {
    request_sent: { to: 'requested', summary: 'the parent sent the request' },
    request_received: { to: 'requested', summary: 'the district received the request' },
    district_agreed: { to: 'funded', summary: 'the district agreed to pay for the evaluation' },
    district_filed_due_process: { to: 'contested', summary: 'the district filed due process to defend its evaluation' },
    district_denied: { to: 'denied', summary: 'the district refused without filing due process' },
    iee_completed: { to: 'completed', summary: 'the independent evaluation was completed' },
    withdrawn: { to: 'closed', summary: 'the parent withdrew the request' },
  },
  deadlines(ctx) {
    const request = lastEvent(ctx, 'request_received') ?? lastEvent(ctx, 'request_sent');
    if (request === undefined) return [];
    const clock = ctx.state.ieeResponse;
    if (clock.value !== null) {
      const source = clock.source ?? '';
      return [after(ctx, { id: 'district_response', basis: [source, '34 CFR 300.502(b)(2)'], confidence: clock.confidence, message: msg('deadline.iee.district_response.state', { state: ctx.state.code, ...durationParams(clock.value), source, fromSent: request.type !== 'request_received' }) }, request, clock.value)];
    }
    return [
      noFixedDeadline({
        id: 'district_response',
        basis: ['34 CFR 300.502(b)(2)'],
        confidence: 'medium',
        message: msg('deadline.iee.district_response'),
      }),
    ];
  },
};

/** A parent's request for an initial evaluation (34 CFR 300.301(b)). */
export const evaluationRequest: ProceedingDefinition = {
  kind: 'evaluation_request',
  summary: 'A parent’s written request for an initial evaluation',
  basis: ['34 CFR 300.301(b)', '34 CFR 300.503(a)'],
  states: ['draft', 'requested', 'consent_requested', 'refused', 'closed'],
  initial: 'draft',
  events: {
    request_sent: { to: 'requested', summary: 'the parent sent the request' },
    request_received: { to: 'requested', summary: 'the district received the request' },
    consent_requested: { to: 'consent_requested', summary: 'the district asked for consent to evaluate' },
    refusal_notice_received: { to: 'refused', summary: 'the district refused in prior written notice' },
    withdrawn: { to: 'closed', summary: 'the parent withdrew the request' },
  },
  deadlines(ctx): Deadline[] {
    const request = lastEvent(ctx, 'request_received') ?? lastEvent(ctx, 'request_sent');
    if (request === undefined) return [];
    const rule = EVALUATION_REQUEST_RESPONSE[ctx.state.code];
    if (rule === undefined) {
      return [
        noFixedDeadline({
          id: 'district_response',
          basis: ['34 CFR 300.301(b)', '34 CFR 300.503(a)(2)'],
          confidence: 'medium',
          message: msg('deadline.evaluation_request.none', { state: ctx.state.code }),
        }),
      ];
    }
    return [after(ctx, { id: 'district_response', basis: [rule.source, '34 CFR 300.503(a)(2)'], confidence: rule.confidence, message: msg('deadline.evaluation_request.state', { state: ctx.state.code, ...durationParams(rule.duration), source: rule.source }) }, request, rule.duration)];
  },
};

/** A written request for an IEP meeting (34 CFR 300.322, 300.324). */
export const iepMeetingRequest: ProceedingDefinition = {
  kind: 'iep_meeting_request',
  summary: 'A written request for an IEP meeting',
  basis: ['34 CFR 300.322', '34 CFR 300.324(b)'],
  states: ['draft', 'requested', 'scheduled', 'held', 'refused', 'closed'],
  initial: 'draft',
  events: {
    request_sent: { to: 'requested', summary: 'the parent sent the request' },
    request_received: { to: 'requested', summary: 'the district received the request' },
    meeting_scheduled: { to: 'scheduled', summary: 'the meeting is set for this date' },
    meeting_held: { to: 'held', summary: 'the meeting took place' },
    refusal_notice_received: { to: 'refused', summary: 'the district refused in prior written notice' },
    withdrawn: { to: 'closed', summary: 'the parent withdrew the request' },
  },
  deadlines(ctx) {
    if (lastEvent(ctx, 'request_sent', 'request_received') === undefined) return [];
    return [
      noFixedDeadline({
        id: 'district_response',
        basis: ['34 CFR 300.322(a)'],
        confidence: 'medium',
        message: msg('deadline.iep_meeting_request.district_response'),
      }),
    ];
  },
};

/** State-offered IEP facilitation. */
export const facilitation: ProceedingDefinition = {
  kind: 'facilitation',
  summary: 'An IEP meeting led by a neutral facilitator, where the state offers one',
  basis: [],
  states: ['draft', 'requested', 'scheduled', 'held', 'declined', 'closed'],
  initial: 'draft',
  events: {
    requested: { to: 'requested', summary: 'facilitation was requested' },
    scheduled: { to: 'scheduled', summary: 'the facilitated meeting is set for this date' },
    held: { to: 'held', summary: 'the facilitated meeting took place' },
    declined: { to: 'declined', summary: 'the district or the state declined' },
    withdrawn: { to: 'closed', summary: 'the request was withdrawn' },
  },
  deadlines(ctx) {
    if (lastEvent(ctx, 'requested') === undefined) return [];
    const offered = ctx.state.facilitation;
    const answer = offered.status === 'unknown' ? 'unknown' : offered.value === true ? 'yes' : 'no';
    return [
      noFixedDeadline({
        id: 'facilitation_response',
        basis: offered.source === null ? [] : [offered.source],
        confidence: offered.confidence,
        message: msg('deadline.facilitation_response', { state: ctx.state.code, offered: answer, confidence: offered.confidence }),
      }),
    ];
  },
};

/** Mediation (34 CFR 300.506). */
export const mediation: ProceedingDefinition = {
  kind: 'mediation',
  summary: 'Voluntary, confidential mediation paid for by the state',
  basis: ['34 CFR 300.506'],
  states: ['draft', 'requested', 'scheduled', 'agreement', 'no_agreement', 'closed'],
  initial: 'draft',
  events: {
    requested: { to: 'requested', summary: 'mediation was requested' },
    session_scheduled: { to: 'scheduled', summary: 'a session is set for this date' },
    session_held: { to: 'scheduled', summary: 'a session took place' },
    agreement_signed: { to: 'agreement', summary: 'a written, binding agreement was signed' },
    ended_without_agreement: { to: 'no_agreement', summary: 'mediation ended without agreement' },
    withdrawn: { to: 'closed', summary: 'a party withdrew' },
  },
  deadlines(ctx) {
    if (lastEvent(ctx, 'requested') === undefined) return [];
    return [
      noFixedDeadline({
        id: 'mediation_session',
        basis: ['34 CFR 300.506(b)(5)'],
        confidence: 'medium',
        message: msg('deadline.mediation_session'),
      }),
    ];
  },
};
