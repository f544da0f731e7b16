import type { LetterBlock } from '../document.js';
import {
  heading,
  letterHead,
  lines,
  list,
  paragraph,
  signature,
  type TemplateContext,
} from './common.js';
import type { TemplateOutput } from './requests.js';

/** The state agency a complaint goes to, as the states table knows it. */
export interface ComplaintAgency {
  /** The state educational agency's name, or null when unknown. */
  readonly name: string | null;
  /** The office that takes state complaints, in the reference's words, or null. */
  readonly office: string | null;
  readonly stateName: string;
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

/**
 * State complaint with every element of 34 CFR 300.153(b): (1) a statement that a public
 * agency violated a requirement of Part B, (2) the facts, (3) the complainant's signature and
 * contact information, (4) the child's name and address (or homeless contact), school, the
 * problem with its facts, and a proposed resolution; plus the copy to the district that
 * 300.153(d) requires.
 */
export function stateComplaint(ctx: TemplateContext, agency: ComplaintAgency): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('State complaint', 'Queja ante el estado');
  const agencyName =
    agency.name ??
    t(
      `${agency.stateName} state educational agency`,
      `Agencia estatal de educación de ${agency.stateName}`,
    );
  const blocks: LetterBlock[] = [
    ...letterHead(ctx, {
      name: agencyName,
      attention: t(
        'State complaints (34 CFR 300.151–300.153)',
        'Quejas estatales (34 CFR 300.151–300.153)',
      ),
    }),
  ];
  if (agency.office !== null) {
    blocks.push(
      paragraph(t(`Complaint office: ${agency.office}`, `Oficina de quejas: ${agency.office}`)),
    );
  }
  blocks.push(
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
    {
      type: 'address',
      lines: [
        t(`cc: ${facts.district.name}`, `Copia: ${facts.district.name}`),
        ...(facts.district.recipient === undefined ? [] : [facts.district.recipient]),
        ...lines(facts.district.address),
      ],
    },
  );
  return { title, blocks };
}

/**
 * Due process complaint with every element of 34 CFR 300.508(b): (1) the child's name,
 * (2) address of residence, (3) school, (4) homeless contact where that applies, (5) the
 * problem relating to the proposed or refused initiation or change, with its facts, and
 * (6) a proposed resolution; sent to the district with a copy to the State (300.508(a)).
 */
export function dueProcessComplaint(ctx: TemplateContext, agency: ComplaintAgency): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('Due process complaint', 'Queja de debido proceso');
  const agencyName =
    agency.name ??
    t(
      `${agency.stateName} state educational agency`,
      `Agencia estatal de educación de ${agency.stateName}`,
    );
  const blocks: LetterBlock[] = [
    ...letterHead(ctx, {
      name: facts.district.name,
      attention: facts.district.recipient ?? t('Superintendent', 'Superintendente'),
      address: facts.district.address,
    }),
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
    paragraph(
      t(
        `I am sending a copy of this complaint to ${agencyName} (34 CFR 300.508(a)).`,
        `Envío una copia de esta queja a ${agencyName} (34 CFR 300.508(a)).`,
      ),
    ),
    { type: 'address', lines: [t(`cc: ${agencyName}`, `Copia: ${agencyName}`)] },
  );
  return { title, blocks };
}
