import { describe, expect, it } from 'vitest';
import {
  COMMON_FACTS,
  DETAIL_FACTS,
  detailFields,
  factFieldId,
  factFieldIdForError,
  factsToValues,
  valuesToFacts,
} from './facts-form';

const ALL = [...COMMON_FACTS, ...DETAIL_FACTS];

describe('facts form', () => {
  it('both complaints ask for services never delivered, as a list (a failure to implement, not a refusal)', () => {
    for (const template of ['state_complaint', 'due_process_complaint'] as const) {
      const field = detailFields(template, [], {}).find((f) => f.path === 'servicesNotDelivered');
      expect(field?.kind).toBe('list');
    }
    expect(detailFields('pwn_request', [], {}).map((f) => f.path)).not.toContain(
      'servicesNotDelivered',
    );
    const facts = valuesToFacts({ servicesNotDelivered: 'Speech therapy\nReading support' }, ALL);
    expect(facts.servicesNotDelivered).toEqual(['Speech therapy', 'Reading support']);
  });

  it('turns nested facts into one value per field, lists one item per line', () => {
    const values = factsToValues(
      {
        date: '2026-11-23',
        parent: { name: 'María González', address: '12 Oak St\nOakland, CA' },
        student: { name: 'Sofía González', school: 'Garfield Elementary' },
        district: { name: 'Oakland Unified' },
        concerns: ['Reading', 'Speech'],
      },
      ALL,
    );
    expect(values['parent.name']).toBe('María González');
    expect(values['parent.address']).toBe('12 Oak St\nOakland, CA');
    expect(values['student.school']).toBe('Garfield Elementary');
    expect(values.concerns).toBe('Reading\nSpeech');
    expect(values['district.recipient']).toBe('');
  });

  it('builds the nested facts draftLetter takes, leaving blank answers out', () => {
    const facts = valuesToFacts(
      {
        date: ' 2026-11-23 ',
        'parent.name': 'María González',
        'parent.phone': '   ',
        'parent.address': '12 Oak St\r\n\r\nOakland, CA  ',
        'student.name': 'Sofía González',
        'district.name': 'Oakland Unified',
        records: 'IEP\n\n  Evaluations \n',
        problem: '',
      },
      ALL,
    );
    expect(facts).toEqual({
      date: '2026-11-23',
      parent: { name: 'María González', address: '12 Oak St\nOakland, CA' },
      student: { name: 'Sofía González' },
      district: { name: 'Oakland Unified' },
      records: ['IEP', 'Evaluations'],
    });
  });

  it('keeps the three people objects even when empty, so the API names the missing name', () => {
    expect(valuesToFacts({}, ALL)).toEqual({ parent: {}, student: {}, district: {} });
  });

  it('asks for a template’s own facts, its required ones and any already known', () => {
    const records = detailFields('records_request', [], {}).map((field) => field.path);
    expect(records).toEqual(['meetingDate', 'records']);
    const withKnown = detailFields('records_request', ['decision'], { problem: 'Late' }).map(
      (field) => field.path,
    );
    expect(withKnown).toEqual(['decision', 'meetingDate', 'records', 'problem']);
  });

  it('points API errors at the field they name', () => {
    expect(factFieldId('student.school')).toBe('fact-student-school');
    expect(factFieldIdForError('facts.student.school', ALL)).toBe('fact-student-school');
    expect(factFieldIdForError('objections[2]', ALL)).toBe('fact-objections');
    expect(factFieldIdForError('facts.unknown', ALL)).toBeUndefined();
  });
});
