import type { LetterTemplateId } from '../../src/letters/index.js';

/** A complete set of facts: every template can be filled from it. */
export const fullFacts = {
  date: '2026-11-23',
  state: 'CA',
  parent: {
    name: 'María José Núñez',
    address: '12 Calle Peñasco\nFresno, CA 93701',
    phone: '(559) 555-0142',
    email: 'maria@example.org',
  },
  student: {
    name: 'Sofía Núñez',
    dateOfBirth: '2016-02-29',
    grade: '4',
    school: 'Escuela Primaria Año Nuevo',
    address: '12 Calle Peñasco, Fresno, CA 93701',
  },
  district: {
    name: 'Fresno Unified School District',
    recipient: 'Dra. Begoña Ibáñez, Directora de Educación Especial',
    address: '2309 Tulare St\nFresno, CA 93721',
  },
  decision: 'El distrito se negó a evaluar a Sofía para dislexia.',
  decisionDate: '2026-10-02',
  meetingDate: '2026-11-10',
  objections: [
    'Reducir la terapia del habla de 60 a 30 minutos por semana.',
    '¿Por qué se eliminó el apoyo en lectura?',
    '¡Nadie explicó la evaluación de lingüística!',
  ],
  evaluationDate: '2026-09-15',
  evaluationDescription: 'evaluación psicoeducativa',
  concerns: ['Lectura y ortografía por debajo del nivel de grado', 'Ansiedad antes de la escuela'],
  availability: ['Lunes 7 de diciembre, 3:00 p. m.'],
  violations: ['No se prestaron los servicios del IEP (34 CFR 300.323(c)(2)).'],
  supportingFacts: [
    'Desde el 1 de septiembre no hubo terapia del habla.',
    'El distrito no respondió a tres correos.',
  ],
  problem: 'Sofía no recibe los servicios de su IEP y su lectura empeora.',
  proposedResolution: [
    'Servicios compensatorios de terapia del habla.',
    'Un calendario de servicios por escrito.',
  ],
};

/** The accented characters every Spanish rendering must keep. */
export const spanishSample = [
  'María José Núñez',
  'Begoña Ibáñez',
  '¿Por qué',
  '¡Nadie',
  'lingüística',
];

export const templates: readonly LetterTemplateId[] = [
  'iep_objection',
  'pwn_request',
  'records_request',
  'iee_request',
  'evaluation_request',
  'iep_meeting_request',
  'facilitation_request',
  'mediation_request',
  'state_complaint',
  'due_process_complaint',
];
