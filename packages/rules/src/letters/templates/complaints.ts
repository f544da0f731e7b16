import type { LetterBlock } from '../document.js';
import {
  heading,
  letterHead,
  districtLines,
  lines,
  list,
  paragraph,
  signature,
  unknownFact,
  type TemplateContext,
} from './common.js';
import type { HearingRecipient } from '../recipients.js';
import type { TemplateOutput } from './requests.js';

/** Where a complaint goes and who gets copies, as the states table knows it. */
export interface ComplaintRecipients {
  readonly stateName: string;
  /** The State educational agency's name lines (no notes), or null when unknown. */
  readonly agency: readonly string[] | null;
  /** The state complaint's recipient lines (office and address), or null when unknown. */
  readonly complaintOffice: readonly string[] | null;
  /** Where a due process complaint is filed. */
  readonly hearing: HearingRecipient;
}

function need<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('internal: required letter fact missing after validation');
  return value;
}

/** The child's identifying facts: name, residence (or homeless contact), school. */
function childBlock(ctx: TemplateContext): LetterBlock[] {
  const { student } = ctx.facts;
  const { t } = ctx;
  const residence =
    student.address === undefined
      ? t(
          `Contact information (child who is homeless): ${need(student.homelessContact)}`,
          `Información de contacto (niño o niña sin hogar): ${need(student.homelessContact)}`,
        )
      : t(
          `Address of residence: ${lines(student.address).join(', ')}`,
          `Domicilio: ${lines(student.address).join(', ')}`,
        );
  return [
    heading(t('The child', 'El niño o la niña')),
    list([
      t(`Name: ${student.name}`, `Nombre: ${student.name}`),
      ...(student.dateOfBirth === undefined
        ? []
        : [
            t(
              `Date of birth: ${ctx.date(student.dateOfBirth)}`,
              `Fecha de nacimiento: ${ctx.date(student.dateOfBirth)}`,
            ),
          ]),
      residence,
      t(`School: ${need(student.school)}`, `Escuela: ${need(student.school)}`),
      ...(student.grade === undefined
        ? []
        : [t(`Grade: ${student.grade}`, `Grado: ${student.grade}`)]),
      t(
        `School district: ${ctx.facts.district.name}`,
        `Distrito escolar: ${ctx.facts.district.name}`,
      ),
    ]),
  ];
}

/** The State educational agency by name, or described where its name is unknown. */
function agencyLines(ctx: TemplateContext, to: ComplaintRecipients): readonly string[] {
  return (
    to.agency ?? [
      ctx.t(
        `${to.stateName} state educational agency`,
        `Agencia estatal de educación de ${to.stateName}`,
      ),
    ]
  );
}

/**
 * Services in the IEP that the district never delivered. Not delivering them is a failure to
 * implement the IEP (34 CFR 300.323(c)(2); FAPE is services "provided in conformity with" the
 * IEP, 300.17(d)), not a proposal or refusal to change anything, so it is worded on its own.
 */
function undeliveredServices(ctx: TemplateContext, intro: string): LetterBlock[] {
  const services = ctx.facts.servicesNotDelivered;
  if (services === undefined) return [];
  return [paragraph(intro), list(services, true)];
}

/** "cc:" with the district's name, the person it is addressed to and its address. */
function districtCopy(ctx: TemplateContext): LetterBlock {
  const { district } = ctx.facts;
  return {
    type: 'address',
    lines: [
      ctx.t(`cc: ${district.name}`, `Copia: ${district.name}`),
      ...(district.recipient === undefined ? [] : [district.recipient]),
      ...lines(district.address),
    ],
  };
}

/**
 * State complaint with every element of 34 CFR 300.153(b): (1) a statement that a public
 * agency violated a requirement of Part B, (2) the facts, (3) the complainant's signature and
 * contact information, (4) the child's name and address (or homeless contact), school, the
 * problem with its facts, and a proposed resolution; plus the copy to the district that
 * 300.153(d) requires. Addressed to the office the states table names for state complaints,
 * else to the State educational agency (300.153(a)).
 */
export function stateComplaint(ctx: TemplateContext, to: ComplaintRecipients): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('State complaint', 'Queja ante el estado');
  const blocks: LetterBlock[] = [
    ...letterHead(ctx, [
      t('State complaints', 'Quejas estatales'),
      ...(to.complaintOffice ?? agencyLines(ctx, to)),
    ]),
    heading(
      t(
        `State complaint about ${facts.district.name}`,
        `Queja ante el estado contra ${facts.district.name}`,
      ),
      1,
    ),
    paragraph(
      t(
        'I file this complaint under 34 CFR 300.151 through 300.153.',
        'Presento esta queja según 34 CFR 300.151 a 300.153.',
      ),
    ),
    heading(t('1. Statement of the violation', '1. Declaración de la violación')),
    paragraph(
      t(
        `${facts.district.name} has violated the following requirements of Part B of the Individuals with Disabilities Education Act or its regulations:`,
        `${facts.district.name} ha violado los siguientes requisitos de la Parte B de la Ley de Educación para Personas con Discapacidades (IDEA) o de sus reglamentos:`,
      ),
    ),
    list(need(facts.violations), true),
    ...undeliveredServices(
      ctx,
      t(
        "The district has not delivered these services that my child's IEP requires. This is a failure to carry out the IEP as written (34 CFR 300.323(c)(2)), not a proposal or a refusal by the district:",
        'El distrito no ha prestado estos servicios que exige el IEP de mi hijo(a). Se trata de no cumplir el IEP tal como está escrito (34 CFR 300.323(c)(2)), no de una propuesta ni de una negativa del distrito:',
      ),
    ),
    heading(t('2. The facts', '2. Los hechos')),
    list(need(facts.supportingFacts), true),
    ...childBlock(ctx).map((block, index) =>
      index === 0 ? heading(t('3. The child', '3. El niño o la niña')) : block,
    ),
    heading(t('4. The problem', '4. El problema')),
    paragraph(need(facts.problem)),
    heading(t('5. Proposed resolution', '5. Solución propuesta')),
    paragraph(
      t(
        'To the extent known to me, I ask that the state order:',
        'En la medida en que lo sé, pido que el estado ordene:',
      ),
    ),
    list(need(facts.proposedResolution), true),
    paragraph(
      t(
        'The state may order corrective action, including compensatory services or monetary reimbursement (34 CFR 300.151(b)). I understand the state must issue a written decision within 60 days after it receives this complaint, unless the time is extended (34 CFR 300.152).',
        'El estado puede ordenar medidas correctivas, incluidos servicios compensatorios o reembolso económico (34 CFR 300.151(b)). Entiendo que el estado debe emitir una decisión por escrito dentro de los 60 días después de recibir esta queja, salvo que se extienda el plazo (34 CFR 300.152).',
      ),
    ),
    heading(t('6. Signature and contact information', '6. Firma e información de contacto')),
    signature(ctx, true),
    paragraph(
      t(
        `I am sending a copy of this complaint to ${facts.district.name} at the same time as I file it (34 CFR 300.153(d)).`,
        `Envío una copia de esta queja a ${facts.district.name} al mismo tiempo que la presento (34 CFR 300.153(d)).`,
      ),
    ),
    districtCopy(ctx),
  ];
  return { title, blocks };
}

/** The due process complaint's recipient block: the hearing office, the district, or unknown. */
function hearingHead(ctx: TemplateContext, to: ComplaintRecipients): string[] {
  const { t } = ctx;
  switch (to.hearing.kind) {
    case 'office':
      return [
        t('Due process hearing requests', 'Solicitudes de audiencia de debido proceso'),
        ...to.hearing.lines,
      ];
    case 'district':
      return districtLines(ctx, t('Superintendent', 'Superintendente'));
    case 'unknown':
      return [
        t(
          `Office that takes due process complaints in ${to.stateName}`,
          `Oficina que recibe las quejas de debido proceso en ${to.stateName}`,
        ),
        unknownFact(ctx),
      ];
  }
}

/**
 * Due process complaint with every element of 34 CFR 300.508(b): (1) the child's name,
 * (2) address of residence, (3) school, (4) homeless contact where that applies, (5) the
 * nature of the problem, with its facts, and (6) a proposed resolution. It goes to the body
 * that runs hearings in the state (rules-corrections-2026-12.md, "Letters"; "unknown" where
 * the states table has none), with copies to the district, the other party (300.508(a)(1)),
 * and to the State educational agency (300.508(a)(2)). The problem may be a proposal or
 * refusal (300.503(a)) or services the IEP requires that were never delivered.
 */
export function dueProcessComplaint(ctx: TemplateContext, to: ComplaintRecipients): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('Due process complaint', 'Queja de debido proceso');
  const [agencyFirst = '', ...agencyRest] = agencyLines(ctx, to);
  const agency = [agencyFirst, ...agencyRest].join(', ');
  const head = hearingHead(ctx, to);
  // The hearing office may be the agency itself (TX, UT): no second copy to the same office.
  const agencyIsRecipient =
    to.hearing.kind === 'office' && to.agency !== null && head.includes(agencyFirst);
  const blocks: LetterBlock[] = [
    ...letterHead(ctx, head),
    heading(
      t(
        `Due process complaint: ${facts.student.name} v. ${facts.district.name}`,
        `Queja de debido proceso: ${facts.student.name} contra ${facts.district.name}`,
      ),
      1,
    ),
    paragraph(
      t(
        'I request an impartial due process hearing under 34 CFR 300.507 and 300.511. This complaint contains the information 34 CFR 300.508(b) requires.',
        'Solicito una audiencia imparcial de debido proceso según 34 CFR 300.507 y 300.511. Esta queja contiene la información que exige 34 CFR 300.508(b).',
      ),
      true,
    ),
    ...childBlock(ctx),
    heading(t('The problem', 'El problema')),
  ];
  if (facts.decision !== undefined) {
    blocks.push(
      paragraph(
        t(
          `The district proposed or refused the following${facts.decisionDate === undefined ? '' : ` on ${ctx.date(facts.decisionDate)}`}: ${facts.decision}`,
          `El distrito propuso o rechazó lo siguiente${facts.decisionDate === undefined ? '' : ` el ${ctx.date(facts.decisionDate)}`}: ${facts.decision}`,
        ),
      ),
    );
  }
  blocks.push(
    ...undeliveredServices(
      ctx,
      t(
        "The district has not delivered these services that my child's IEP requires. This is a failure to carry out the IEP, not a proposal or a refusal: my child is not receiving a free appropriate public education, which means services provided as the IEP sets them out (34 CFR 300.17(d), 300.323(c)(2)). A hearing may be requested on the provision of a free appropriate public education (34 CFR 300.507(a)(1), 300.503(a)).",
        'El distrito no ha prestado estos servicios que exige el IEP de mi hijo(a). Se trata de no cumplir el IEP, no de una propuesta ni de una negativa: mi hijo(a) no recibe una educación pública gratuita y apropiada, que son los servicios prestados tal como los fija el IEP (34 CFR 300.17(d), 300.323(c)(2)). Se puede pedir una audiencia sobre la prestación de una educación pública gratuita y apropiada (34 CFR 300.507(a)(1), 300.503(a)).',
      ),
    ),
    paragraph(need(facts.problem)),
    heading(t('Facts', 'Hechos')),
    list(need(facts.supportingFacts), true),
    heading(t('Proposed resolution', 'Solución propuesta')),
    paragraph(t('To the extent known to me, I ask for:', 'En la medida en que lo sé, pido:')),
    list(need(facts.proposedResolution), true),
    heading(t('Other requests', 'Otras solicitudes')),
    list([
      t(
        'While this complaint is pending, my child must remain in the current educational placement unless the district and I agree otherwise (34 CFR 300.518).',
        'Mientras esta queja esté pendiente, mi hijo(a) debe permanecer en su ubicación educativa actual, salvo que el distrito y yo acordemos otra cosa (34 CFR 300.518).',
      ),
      t(
        'Please tell me about any free or low-cost legal and other relevant services available in the area (34 CFR 300.507(b)).',
        'Por favor, infórmeme sobre servicios legales gratuitos o de bajo costo y otros servicios disponibles en la zona (34 CFR 300.507(b)).',
      ),
      t(
        'Please contact me to schedule the resolution meeting, which must be held within 15 days of the district receiving this complaint unless we agree in writing to waive it or to use mediation (34 CFR 300.510(a)).',
        'Por favor, comuníquese conmigo para programar la reunión de resolución, que debe realizarse dentro de los 15 días después de que el distrito reciba esta queja, salvo que acordemos por escrito renunciar a ella o usar la mediación (34 CFR 300.510(a)).',
      ),
    ]),
    signature(ctx, true),
  );
  const copies: LetterBlock[] = [];
  if (to.hearing.kind !== 'district') {
    blocks.push(
      paragraph(
        t(
          `I am sending a copy of this complaint to ${facts.district.name}, the other party (34 CFR 300.508(a)(1)), at the same time as I file it.`,
          `Envío una copia de esta queja a ${facts.district.name}, la otra parte (34 CFR 300.508(a)(1)), al mismo tiempo que la presento.`,
        ),
      ),
    );
    copies.push(districtCopy(ctx));
  }
  if (!agencyIsRecipient) {
    blocks.push(
      paragraph(
        t(
          `I am also sending a copy to ${agency} (34 CFR 300.508(a)(2)).`,
          `También envío una copia a ${agency} (34 CFR 300.508(a)(2)).`,
        ),
      ),
    );
    copies.push({
      type: 'address',
      lines: [t(`cc: ${agencyFirst}`, `Copia: ${agencyFirst}`), ...agencyRest],
    });
  }
  blocks.push(...copies);
  return { title, blocks };
}
