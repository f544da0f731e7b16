import { describe, expect, it } from 'vitest';
import { buildLetter, renderMarkdown, type LetterBlock } from '../../src/letters/index.js';
import {
  hearingRecipient,
  readRecipients,
  stateComplaintRecipient,
} from '../../src/letters/recipients.js';
import { getState, listStates } from '../../src/states/index.js';
import { fullFacts } from '../guidance/fixtures.js';

const UNKNOWN_EN = "unknown — check your state's procedural safeguards notice";
const UNKNOWN_ES = 'desconocido — consulte el aviso de garantías procesales de su estado';

function letterIn(
  state: string,
  template: 'state_complaint' | 'due_process_complaint',
  lang: 'en' | 'es',
) {
  return buildLetter(template, { ...fullFacts, state }, lang);
}

/** The recipient block: the third block of every letter (sender, date, recipient). */
function recipientLines(blocks: readonly LetterBlock[]): readonly string[] {
  const block = blocks[2];
  if (block?.type !== 'address') throw new Error('the third block is not the recipient');
  return block.lines;
}

/** Every "cc:"/"Copia:" block. */
function copyBlocks(blocks: readonly LetterBlock[]): string[][] {
  return blocks
    .filter((b): b is Extract<LetterBlock, { type: 'address' }> => b.type === 'address')
    .filter((b) => /^(cc|Copia):/.test(b.lines[0] ?? ''))
    .map((b) => [...b.lines]);
}

// What the dataset's notes look like: citations (statutes, codes, CFR), sections, numbered
// rules ("52.500", "91-40-51"), parenthesized remarks and the notes' own words (limits, days).
const CITATION =
  /§|\bCFR\b|\bC\.F\.R\b|\bU\.S\.C\b|\d+[.:]\d|\d+-\d+-|\b(?:AAC|IAC|NAC|KAR|K\.A\.R|ARM|ARSD|COMAR|OAR|WAC|RSA|RSMo|NYCRR|MUSER|HAR|HRS|TCA|NRS|CMR|LAC|DCMR|Ann|Stat|Regs?)\b|\bCode\b/;
const NOTE_WORDS =
  /\b(?:days?|within|limit|years?|lookback|appeal|confirm|formerly|only|must|may)\b/i;

describe('rules-corrections-2026-12 (Letters): a due process complaint goes to the state hearing body', () => {
  it.each([
    ['CA', ['California Office of Administrative Hearings', 'Special Education Division']],
    [
      'MA',
      [
        'Bureau of Special Education Appeals',
        'Massachusetts Division of Administrative Law Appeals',
      ],
    ],
    ['PA', ['Pennsylvania Office for Dispute Resolution']],
    [
      'NJ',
      [
        'New Jersey Department of Education',
        'Office of Special Education Policy and Dispute Resolution',
      ],
    ],
  ])(
    '%s: addressed to the hearing body, with copies to the district and the state',
    (state, body) => {
      for (const lang of ['en', 'es'] as const) {
        const doc = letterIn(state, 'due_process_complaint', lang);
        expect(recipientLines(doc.blocks)).toEqual([
          lang === 'en'
            ? 'Due process hearing requests'
            : 'Solicitudes de audiencia de debido proceso',
          ...body,
        ]);
        const copies = copyBlocks(doc.blocks);
        // 34 CFR 300.508(a)(1): the other party gets the complaint, at its own address.
        expect(copies[0]).toEqual([
          lang === 'en'
            ? 'cc: Fresno Unified School District'
            : 'Copia: Fresno Unified School District',
          'Dra. Begoña Ibáñez, Directora de Educación Especial',
          '2309 Tulare St',
          'Fresno, CA 93721',
        ]);
        const md = renderMarkdown(doc);
        expect(md).toContain('300.508(a)(1)');
        // The district is no longer the addressee: the hearing body is.
        expect(recipientLines(doc.blocks)).not.toContain('Fresno Unified School District');
      }
    },
  );

  it('34 CFR 300.508(a)(2): the State educational agency gets a copy, unless it is the addressee', () => {
    const ca = copyBlocks(letterIn('CA', 'due_process_complaint', 'en').blocks);
    expect(ca[1]).toEqual(['cc: California Department of Education', 'Special Education Division']);
    // Texas's hearings are run by TEA itself: one letter to TEA, a copy to the district only.
    const tx = letterIn('TX', 'due_process_complaint', 'en');
    expect(recipientLines(tx.blocks)).toEqual([
      'Due process hearing requests',
      'Texas Education Agency',
    ]);
    expect(copyBlocks(tx.blocks).map((lines) => lines[0])).toEqual([
      'cc: Fresno Unified School District',
    ]);
  });

  it.each(['AL', 'CT', 'ID', 'KY', 'NM', 'VT', 'WY'])(
    '%s has no hearing body in the data: the recipient says unknown, in the letter language',
    (state) => {
      const name = getState(state).name;
      expect(getState(state).hearingBody.value).toBeNull();
      expect(recipientLines(letterIn(state, 'due_process_complaint', 'en').blocks)).toEqual([
        `Office that takes due process complaints in ${name}`,
        UNKNOWN_EN,
      ]);
      const es = letterIn(state, 'due_process_complaint', 'es');
      expect(recipientLines(es.blocks)).toEqual([
        `Oficina que recibe las quejas de debido proceso en ${name}`,
        UNKNOWN_ES,
      ]);
      // The district still gets its copy.
      expect(copyBlocks(es.blocks)[0]?.[0]).toBe('Copia: Fresno Unified School District');
    },
  );

  it('a state whose data names only hearing officers and who keeps their list (VA) answers unknown', () => {
    expect(getState('VA').hearingBody.value).toContain('hearing officers');
    expect(hearingRecipient('VA')).toEqual({ kind: 'unknown' });
  });

  it('New York: the board of education of the district appoints the hearing officer, so the complaint goes to the district', () => {
    const doc = letterIn('NY', 'due_process_complaint', 'en');
    expect(recipientLines(doc.blocks)).toEqual([
      'Dra. Begoña Ibáñez, Directora de Educación Especial',
      'Fresno Unified School District',
      '2309 Tulare St',
      'Fresno, CA 93721',
    ]);
    expect(copyBlocks(doc.blocks).map((lines) => lines[0])).toEqual([
      'cc: New York State Education Department',
    ]);
  });

  it('each hand-read hearing office still rests on the words of the dataset, graded medium or high', () => {
    for (const [code, entry] of Object.entries(readRecipients.hearingOffices)) {
      const field = getState(code).hearingBody;
      expect(field.status, code).toBe('state');
      expect(['high', 'medium'], code).toContain(field.confidence);
      expect(field.value, code).toContain(entry.evidence);
      expect(hearingRecipient(code).kind, code).not.toBe('unknown');
    }
  });

  it('each hand-read complaint office still rests on the words of the dataset', () => {
    for (const [code, entry] of Object.entries(readRecipients.complaintOffices)) {
      expect(getState(code).stateComplaintOffice.value, code).toContain(entry.evidence);
      expect(stateComplaintRecipient(code), code).toEqual(entry.lines);
    }
  });
});

describe('rules-corrections-2026-12 (Letters): a recipient block prints a name or an address, never the dataset notes', () => {
  const cases = listStates().flatMap((state) =>
    (['state_complaint', 'due_process_complaint'] as const).flatMap((template) =>
      (['en', 'es'] as const).map((lang) => [state.code, template, lang] as const),
    ),
  );

  it.each(cases)(
    '%s %s (%s): recipient and copy blocks carry no citation and no note',
    (state, template, lang) => {
      const doc = letterIn(state, template, lang);
      const printed = [...recipientLines(doc.blocks), ...copyBlocks(doc.blocks).flat()]
        // The district's lines are the family's facts, not the dataset.
        .filter(
          (line) =>
            !line.includes('Fresno') && !line.includes('Tulare') && !line.includes('Begoña'),
        )
        .filter((line) => line !== UNKNOWN_EN && line !== UNKNOWN_ES);
      expect(printed.length).toBeGreaterThan(0);
      for (const line of printed) {
        expect(line, line).not.toMatch(CITATION);
        expect(line, line).not.toContain('(');
        expect(line, line).not.toMatch(NOTE_WORDS);
        expect(line.length, line).toBeLessThanOrEqual(80);
      }
    },
  );

  it("the state complaint no longer prints the dataset's complaint-office text in its body", () => {
    const md = renderMarkdown(letterIn('CA', 'state_complaint', 'en'));
    expect(md).not.toContain('Procedural Safeguards Referral Service');
    expect(md).not.toContain('56500.2');
    expect(md).not.toContain('Complaint office:');
    const doc = letterIn('CA', 'state_complaint', 'en');
    expect(recipientLines(doc.blocks)).toEqual([
      'State complaints',
      'California Department of Education',
      'Special Education Division',
    ]);
  });

  it('Alabama: the dataset gives the complaint address, and the letter prints it', () => {
    expect(recipientLines(letterIn('AL', 'state_complaint', 'es').blocks)).toEqual([
      'Quejas estatales',
      'State Superintendent of Education',
      'Special Education Services',
      'Alabama State Department of Education',
      'P.O. Box 302101',
      'Montgomery, AL 36130-2101',
    ]);
  });

  it('34 CFR 300.153(a): with no complaint office in the data, the state complaint goes to the State educational agency by name', () => {
    expect(getState('AR').stateComplaintOffice.value).toBeNull();
    expect(recipientLines(letterIn('AR', 'state_complaint', 'en').blocks)).toEqual([
      'State complaints',
      'Arkansas Department of Education',
      'Division of Elementary and Secondary Education, Office of Special Education',
    ]);
  });

  it('mediation and facilitation letters name the state agency without its acronym or remarks', () => {
    const mediation = renderMarkdown(
      buildLetter('mediation_request', { ...fullFacts, state: 'HI' }, 'en'),
    );
    expect(mediation).toContain('cc: Hawaii State Department of Education');
    expect(mediation).not.toContain('single SEA');
    const facilitation = renderMarkdown(
      buildLetter('facilitation_request', { ...fullFacts, state: 'OH' }, 'en'),
    );
    expect(facilitation).not.toContain('(DEW)');
    expect(facilitation).not.toContain('formerly');
  });
});
