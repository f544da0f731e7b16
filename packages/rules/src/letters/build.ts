import { getState } from '../states/index.js';
import { parseLang, type Lang } from '../intake/lang.js';
import type { LetterDocument } from './document.js';
import {
  parseLetterTemplateId,
  requiredLetterFacts,
  validateLetterFacts,
  type LetterFacts,
  type LetterTemplateId,
} from './facts.js';
import { templateContext, type TemplateContext } from './templates/common.js';
import { hearingRecipient, stateAgencyLines, stateComplaintRecipient } from './recipients.js';
import {
  dueProcessComplaint,
  stateComplaint,
  type ComplaintRecipients,
} from './templates/complaints.js';
import {
  evaluationRequest,
  facilitationRequest,
  ieeRequest,
  iepMeetingRequest,
  iepObjection,
  mediationRequest,
  pwnRequest,
  recordsRequest,
  type TemplateOutput,
} from './templates/requests.js';

/**
 * What the portal shows about a template before it is filled: its title and purpose in both
 * languages, the facts it needs and the law it relies on.
 *
 * @example
 * ```ts
 * const info = letterTemplates.find((t) => t.id === 'iee_request');
 * info?.title.es; // 'Solicitud de una evaluación educativa independiente a costo público'
 * ```
 */
export interface LetterTemplateInfo {
  readonly id: LetterTemplateId;
  readonly title: Readonly<Record<Lang, string>>;
  readonly purpose: Readonly<Record<Lang, string>>;
  readonly requiredFacts: readonly string[];
  /** Citations, and in the reader's language what is not a citation. */
  readonly basis: Readonly<Record<Lang, readonly string[]>>;
}

/** A citation reads the same in both languages; anything else is written in each. */
type BasisEntry = string | Readonly<Record<Lang, string>>;

function basisIn(entries: readonly BasisEntry[], lang: Lang): string[] {
  return entries.map((entry) => (typeof entry === 'string' ? entry : entry[lang]));
}

interface TemplateDefinition {
  readonly title: Readonly<Record<Lang, string>>;
  readonly purpose: Readonly<Record<Lang, string>>;
  readonly basis: readonly BasisEntry[];
  build(ctx: TemplateContext): TemplateOutput;
}

function recipientsFor(facts: LetterFacts): ComplaintRecipients {
  const state = getState(facts.state, 'state');
  return {
    stateName: state.name,
    agency: stateAgencyLines(state),
    complaintOffice: stateComplaintRecipient(state.code),
    hearing: hearingRecipient(state.code),
  };
}

const TEMPLATES: Readonly<Record<LetterTemplateId, TemplateDefinition>> = {
  iep_objection: {
    title: {
      en: 'Written objections to the IEP meeting',
      es: 'Objeciones por escrito a la reunión del IEP',
    },
    purpose: {
      en: 'Put your disagreement with an IEP meeting on the record and ask for prior written notice.',
      es: 'Dejar por escrito su desacuerdo con una reunión del IEP y pedir una notificación previa por escrito.',
    },
    basis: ['34 CFR 300.503', '34 CFR 300.322', '34 CFR 300.324'],
    build: iepObjection,
  },
  pwn_request: {
    title: {
      en: 'Request for prior written notice',
      es: 'Solicitud de notificación previa por escrito',
    },
    purpose: {
      en: "Get the district's decision and its reasons in writing.",
      es: 'Obtener por escrito la decisión del distrito y sus razones.',
    },
    basis: ['34 CFR 300.503(a)', '34 CFR 300.503(b)', '34 CFR 300.503(c)'],
    build: pwnRequest,
  },
  records_request: {
    title: {
      en: 'Request to inspect and review education records',
      es: 'Solicitud para revisar el expediente educativo',
    },
    purpose: {
      en: "See your child's records before a meeting or hearing (45 days at most).",
      es: 'Ver el expediente de su hijo(a) antes de una reunión o audiencia (45 días como máximo).',
    },
    basis: ['34 CFR 300.613(a)', '34 CFR 300.613(b)', '34 CFR 300.617', '34 CFR 99.10'],
    build: recordsRequest,
  },
  iee_request: {
    title: {
      en: 'Request for an independent educational evaluation at public expense',
      es: 'Solicitud de una evaluación educativa independiente a costo público',
    },
    purpose: {
      en: "Ask for an outside evaluation, paid by the district, when you disagree with the district's evaluation.",
      es: 'Pedir una evaluación externa, pagada por el distrito, cuando no está de acuerdo con la evaluación del distrito.',
    },
    basis: ['34 CFR 300.502(a)(2)', '34 CFR 300.502(b)', '34 CFR 300.502(e)'],
    build: ieeRequest,
  },
  evaluation_request: {
    title: {
      en: 'Request for a full and individual initial evaluation',
      es: 'Solicitud de una evaluación inicial completa e individual',
    },
    purpose: {
      en: 'Ask the district in writing to evaluate your child for special education.',
      es: 'Pedir por escrito al distrito que evalúe a su hijo(a) para educación especial.',
    },
    basis: ['34 CFR 300.301(b)', '34 CFR 300.301(c)', '34 CFR 300.503', '34 CFR 300.504'],
    build: evaluationRequest,
  },
  iep_meeting_request: {
    title: { en: 'Request for an IEP meeting', es: 'Solicitud de una reunión del IEP' },
    purpose: {
      en: 'Ask in writing for an IEP meeting with an agenda.',
      es: 'Pedir por escrito una reunión del IEP con una agenda.',
    },
    basis: ['34 CFR 300.322', '34 CFR 300.324'],
    build: iepMeetingRequest,
  },
  facilitation_request: {
    title: {
      en: 'Request for a facilitated IEP meeting',
      es: 'Solicitud de una reunión del IEP con facilitador',
    },
    purpose: {
      en: 'Ask for a neutral facilitator at the next IEP meeting, where the state offers one.',
      es: 'Pedir un facilitador neutral para la próxima reunión del IEP, donde el estado lo ofrece.',
    },
    basis: [
      {
        en: 'State IEP facilitation program (where offered)',
        es: 'Programa estatal de facilitación de reuniones del IEP (donde se ofrece)',
      },
    ],
    build: (ctx) => {
      if (ctx.facts.state === undefined) {
        return facilitationRequest(ctx, { agency: null, offered: null });
      }
      const state = getState(ctx.facts.state, 'state');
      return facilitationRequest(ctx, {
        agency: stateAgencyLines(state)?.join(', ') ?? null,
        offered: state.facilitation.value,
      });
    },
  },
  mediation_request: {
    title: { en: 'Request for mediation', es: 'Solicitud de mediación' },
    purpose: {
      en: 'Ask the district to resolve the disagreement with a neutral mediator, paid by the state.',
      es: 'Pedir al distrito resolver el desacuerdo con un mediador neutral, pagado por el estado.',
    },
    basis: ['34 CFR 300.506'],
    build: (ctx) =>
      mediationRequest(
        ctx,
        ctx.facts.state === undefined
          ? null
          : (stateAgencyLines(getState(ctx.facts.state, 'state'))?.join(', ') ?? null),
      ),
  },
  state_complaint: {
    title: { en: 'State complaint', es: 'Queja ante el estado' },
    purpose: {
      en: 'Report a violation of special education law to the state; decision within 60 days.',
      es: 'Denunciar ante el estado una violación de la ley de educación especial; decisión en 60 días.',
    },
    basis: [
      '34 CFR 300.151',
      '34 CFR 300.152',
      '34 CFR 300.153(b)',
      '34 CFR 300.153(c)',
      '34 CFR 300.153(d)',
    ],
    build: (ctx) => stateComplaint(ctx, recipientsFor(ctx.facts)),
  },
  due_process_complaint: {
    title: { en: 'Due process complaint', es: 'Queja de debido proceso' },
    purpose: {
      en: 'Ask for a hearing before a neutral hearing officer.',
      es: 'Pedir una audiencia ante un funcionario de audiencias imparcial.',
    },
    basis: [
      '34 CFR 300.507',
      '34 CFR 300.508(a)',
      '34 CFR 300.508(b)',
      '34 CFR 300.510(a)',
      '34 CFR 300.518',
    ],
    build: (ctx) => dueProcessComplaint(ctx, recipientsFor(ctx.facts)),
  },
};

/**
 * Every letter template with its titles, purpose, required facts and basis, in continuum
 * order.
 *
 * @example
 * ```ts
 * letterTemplates.map((t) => t.id); // ['iep_objection', 'pwn_request', ...]
 * ```
 */
export const letterTemplates: readonly LetterTemplateInfo[] = (
  Object.keys(TEMPLATES) as LetterTemplateId[]
).map((id) => ({
  id,
  title: TEMPLATES[id].title,
  purpose: TEMPLATES[id].purpose,
  requiredFacts: requiredLetterFacts[id],
  basis: { en: basisIn(TEMPLATES[id].basis, 'en'), es: basisIn(TEMPLATES[id].basis, 'es') },
}));

/**
 * Fills a letter template from a case's facts. Validates everything first and throws
 * `RulesInputError` naming the field: an unknown template (`template`), a language other than
 * `en`/`es` (`lang`), a missing or malformed fact (`student.school`, `meetingDate`), an
 * unknown state (`state`).
 *
 * @example
 * ```ts
 * const doc = buildLetter('records_request', {
 *   date: '2026-11-23',
 *   parent: { name: 'María López', address: '12 Oak St\nFresno, CA 93701' },
 *   student: { name: 'Ana López', school: 'Roosevelt Elementary' },
 *   district: { name: 'Fresno Unified School District' },
 *   meetingDate: '2026-12-10',
 * }, 'es');
 * renderMarkdown(doc); // '# ...' a Spanish letter asking to see Ana's records before Dec. 10
 * ```
 */
export function buildLetter(
  template: LetterTemplateId,
  facts: unknown,
  lang: Lang,
): LetterDocument {
  const id = parseLetterTemplateId(template);
  const language = parseLang(lang);
  const valid = validateLetterFacts(id, facts);
  if (valid.state !== undefined) getState(valid.state, 'state');
  const definition = TEMPLATES[id];
  const output = definition.build(templateContext(valid, language));
  return {
    template: id,
    lang: language,
    date: valid.date,
    title: output.title,
    blocks: output.blocks,
    basis: basisIn(definition.basis, language),
  };
}
