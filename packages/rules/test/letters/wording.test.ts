import { describe, expect, it } from 'vitest';
import {
  buildLetter,
  letterTemplates,
  renderMarkdown,
  type LetterTemplateId,
} from '../../src/letters/index.js';
import { RulesInputError } from '../../src/errors.js';
import { fullFacts, templates } from '../guidance/fixtures.js';

const NOT_DELIVERED = {
  ...fullFacts,
  decision: undefined,
  decisionDate: undefined,
  servicesNotDelivered: [
    'Speech therapy, 60 minutes a week, since September 1',
    'Reading support, 30 minutes a day',
  ],
};

describe('34 CFR 300.323(c)(2): services never delivered are a failure to implement, not a proposal or refusal', () => {
  it.each(['state_complaint', 'due_process_complaint'] as const)(
    '%s in English names the services and calls it a failure to carry out the IEP',
    (template) => {
      const md = renderMarkdown(buildLetter(template, NOT_DELIVERED, 'en'));
      expect(md).toContain(
        "The district has not delivered these services that my child's IEP requires.",
      );
      expect(md).toContain('not a proposal or a refusal');
      expect(md).toContain('300.323(c)(2)');
      expect(md).toContain('1. Speech therapy, 60 minutes a week, since September 1');
      expect(md).toContain('2. Reading support, 30 minutes a day');
      // Nothing calls the missed services something the district "proposed or refused".
      expect(md).not.toContain('proposed or refused');
    },
  );

  it.each(['state_complaint', 'due_process_complaint'] as const)(
    '%s in Spanish says the same',
    (template) => {
      const md = renderMarkdown(buildLetter(template, NOT_DELIVERED, 'es'));
      expect(md).toContain(
        'El distrito no ha prestado estos servicios que exige el IEP de mi hijo(a).',
      );
      expect(md).toContain('no de una propuesta ni de una negativa');
      expect(md).not.toContain('propuso o rechazó');
    },
  );

  it('34 CFR 300.507(a)(1): the due process complaint grounds the hearing on the provision of FAPE', () => {
    const md = renderMarkdown(buildLetter('due_process_complaint', NOT_DELIVERED, 'en'));
    expect(md).toContain('free appropriate public education');
    expect(md).toContain('300.507(a)(1)');
    expect(md).toContain('300.17(d)');
  });

  it('a proposal or refusal is still worded as one, next to services not delivered', () => {
    const md = renderMarkdown(
      buildLetter(
        'due_process_complaint',
        { ...fullFacts, servicesNotDelivered: ['Speech therapy'] },
        'en',
      ),
    );
    expect(md).toContain('The district proposed or refused the following on October 2, 2026');
    expect(md).toContain('The district has not delivered these services');
  });

  it('without the fact, no failure-to-implement wording appears', () => {
    const md = renderMarkdown(buildLetter('due_process_complaint', fullFacts, 'en'));
    expect(md).not.toContain('has not delivered');
  });

  it.each([
    ['a string', 'speech', 'servicesNotDelivered'],
    ['a number in the list', ['speech', 7], 'servicesNotDelivered[1]'],
  ])('servicesNotDelivered as %s is a RulesInputError naming it', (_label, value, field) => {
    let caught: unknown;
    try {
      buildLetter('state_complaint', { ...fullFacts, servicesNotDelivered: value }, 'en');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesInputError);
    expect((caught as RulesInputError).field).toBe(field);
  });
});

describe('rules-corrections-2026-12 (Spanish terms): Spanish letters use the reviewed terms', () => {
  it('prior written notice is "notificación previa por escrito", never "aviso previo"', () => {
    for (const template of [
      'pwn_request',
      'iep_objection',
      'evaluation_request',
      'records_request',
    ] as const) {
      const md = renderMarkdown(buildLetter(template, fullFacts, 'es'));
      expect(md, template).not.toMatch(/avisos? previos? por escrito/);
    }
    expect(renderMarkdown(buildLetter('pwn_request', fullFacts, 'es'))).toContain(
      'Solicitud de notificación previa por escrito',
    );
    const info = letterTemplates.find((t) => t.id === 'pwn_request');
    expect(info?.title.es).toBe('Solicitud de notificación previa por escrito');
  });

  it('the hearing officer is a "funcionario de audiencias imparcial"; the facilitator a "facilitador"', () => {
    const dueProcess = letterTemplates.find((t) => t.id === 'due_process_complaint');
    expect(dueProcess?.purpose.es).toContain('funcionario de audiencias imparcial');
    for (const info of letterTemplates) {
      expect(`${info.title.es} ${info.purpose.es}`).not.toMatch(/oficial de audiencias/);
    }
    expect(renderMarkdown(buildLetter('facilitation_request', fullFacts, 'es'))).toContain(
      'Un facilitador neutral ayuda al equipo',
    );
  });

  it.each(templates)(
    '%s in Spanish carries no English basis text',
    (template: LetterTemplateId) => {
      const doc = buildLetter(template, fullFacts, 'es');
      for (const entry of doc.basis) {
        // A citation ("34 CFR 300.503(b)") reads the same in both languages; anything else is Spanish.
        if (/^\d+ CFR [\d.]+(\([a-z0-9]+\))*$/.test(entry)) continue;
        expect(entry).not.toMatch(/\b(the|of|and|program|where|offered|State)\b/);
      }
      const info = letterTemplates.find((t) => t.id === template);
      expect(info?.basis.es).toEqual(doc.basis);
    },
  );

  it("the facilitation letter's basis is written in each language", () => {
    expect(buildLetter('facilitation_request', fullFacts, 'es').basis).toEqual([
      'Programa estatal de facilitación de reuniones del IEP (donde se ofrece)',
    ]);
    expect(buildLetter('facilitation_request', fullFacts, 'en').basis).toEqual([
      'State IEP facilitation program (where offered)',
    ]);
  });
});
