import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rawCenters from '../../src/parent-centers/parent-centers.json';
import { parseParentCenterDirectory } from '../../src/parent-centers/schema.js';
import {
  NATIONAL_PARENT_CENTER_DIRECTORY,
  RulesInputError,
  languages,
  listStates,
  parentCentersFor,
  renderRulesMessage,
  type ParentCentersAnswer,
  type RulesMessage,
} from '../../src/index.js';
import { fernandezHuerta, fleschKincaidGrade } from '../guidance/readability.js';

const TODAY = '2026-12-01';
const ALL: ParentCentersAnswer[] = listStates().map((s) =>
  parentCentersFor(s.code, { today: TODAY }),
);
const AZ_ENTRY = (rawCenters as Record<string, unknown>[]).find((e) => e['state'] === 'AZ')!;

/** The raw data with one entry changed. */
function withEntry(change: (entry: Record<string, unknown>) => void): unknown[] {
  const entry: Record<string, unknown> = { ...AZ_ENTRY };
  change(entry);
  return [entry];
}

describe('the directory data: every entry carries its source and confidence', () => {
  const directory = parseParentCenterDirectory(rawCenters);

  it('reads every row of the research file', () => {
    expect(directory.centers.length + directory.notFound.size).toBe(
      (rawCenters as unknown[]).length,
    );
    expect(directory.centers.length).toBeGreaterThan(50);
  });

  it.each(directory.centers.map((c) => [c.state, c.name, c] as const))(
    '%s %s has a source, a source date and a confidence',
    (_s, _n, c) => {
      expect(c.source).toMatch(/^https?:\/\/\S+$/);
      expect(c.sourceDate.trim()).not.toBe('');
      expect(['confirmed', 'probable', 'unconfirmed']).toContain(c.confidence);
    },
  );

  it('keeps the research note of every state searched without finding a center', () => {
    expect([...directory.notFound.keys()].sort()).toEqual(['IN', 'LA', 'MS', 'ND', 'NE', 'WV']);
  });

  it.each(['source', 'source_date', 'confidence'])('rejects a center without its %s', (field) => {
    const raw = withEntry((e) => delete e[field]);
    expect(() => parseParentCenterDirectory(raw)).toThrow(RulesInputError);
    expect(() => parseParentCenterDirectory(raw)).toThrow(`parentCenters[0].${field}: expected`);
  });

  it.each([
    ['an empty source', (e: Record<string, unknown>) => (e['source'] = ' ')],
    ['a null source', (e: Record<string, unknown>) => (e['source'] = null)],
    ['a confidence outside the grades', (e: Record<string, unknown>) => (e['confidence'] = 'high')],
    ['an unknown state', (e: Record<string, unknown>) => (e['state'] = 'ZZ')],
    ['a type other than PTI or CPRC', (e: Record<string, unknown>) => (e['type'] = 'PIRC')],
    ['an unknown field', (e: Record<string, unknown>) => (e['phone'] = '555-0100')],
    [
      'a "not found" row that names a center',
      (e: Record<string, unknown>) => (e['confidence'] = 'not found'),
    ],
  ])('rejects %s', (_what, change) => {
    expect(() => parseParentCenterDirectory(withEntry(change))).toThrow(RulesInputError);
  });

  it('rejects data that is not a list of entries', () => {
    expect(() => parseParentCenterDirectory({})).toThrow('parentCenters: expected an array');
    expect(() => parseParentCenterDirectory([null])).toThrow(
      'parentCenters[0]: expected an object',
    );
  });
});

describe('parentCentersFor', () => {
  it('Arizona: Raising Special Kids, its PTI, confirmed, with its source', () => {
    const az = parentCentersFor('az', { today: TODAY });
    expect(az.hasConfirmedCenter).toBe(true);
    expect(az.message).toBeNull();
    expect(az.centers).toHaveLength(1);
    expect(az.centers[0]).toMatchObject({
      name: 'Raising Special Kids',
      type: 'PTI',
      confidence: 'confirmed',
      website: 'raisingspecialkids.org',
      sourceDate: '2020-09-27',
      sourceYear: 2020,
    });
    expect(az.centers[0]?.source).toContain('raisingspecialkids.org');
  });

  it('a state searched without a center (Indiana) answers with the national directory', () => {
    const answer = parentCentersFor('IN');
    expect(answer).toMatchObject({ state: 'IN', centers: [], hasConfirmedCenter: false });
    expect(answer.message).toEqual({
      key: 'parent_centers.none_confirmed',
      params: { state: 'IN' },
    });
    expect(answer.searchNote).toContain('Indiana');
    expect(answer.nationalDirectory.url).toBe('https://www.parentcenterhub.org/find-your-center/');
    expect(renderRulesMessage(answer.message!, 'en')).toBe(
      'We could not confirm a Parent Center for Indiana. Look for one in the national directory of Parent Centers.',
    );
    expect(renderRulesMessage(answer.message!, 'es')).toBe(
      'No pudimos confirmar un Centro de Padres en Indiana. Busque uno en el directorio nacional de Centros de Padres.',
    );
  });

  it('the District of Columbia takes its article', () => {
    const dc = parentCentersFor('DC');
    expect(renderRulesMessage(dc.message!, 'en')).toMatch(
      /^We could not confirm a Parent Center for the District of Columbia\./,
    );
    expect(renderRulesMessage(dc.message!, 'es')).toMatch(
      /^No pudimos confirmar un Centro de Padres en el Distrito de Columbia\./,
    );
  });

  it('a state with only unconfirmed entries (Kansas) lists them, with their notice, and still points to the national directory', () => {
    const ks = parentCentersFor('KS', { today: TODAY });
    expect(ks.hasConfirmedCenter).toBe(false);
    expect(ks.message?.key).toBe('parent_centers.none_confirmed');
    expect(ks.centers.map((c) => [c.name, c.confidence, c.sourceIsOld])).toEqual([
      ['Families Together, Inc.', 'unconfirmed', true],
    ]);
    expect(renderRulesMessage(ks.centers[0]!.notice!, 'en')).toBe(
      'We could not confirm that this group is an official Parent Center. It may still be able to help. ' +
        'Our source for it is from 1991 or earlier, so details may have changed. Contact the center to check.',
    );
  });

  it('answers for all 50 states and DC, each with the national directory; a state without a confirmed center says so', () => {
    expect(ALL).toHaveLength(51);
    expect(ALL.map((a) => a.state)).toContain('DC');
    for (const answer of ALL) {
      expect(answer.nationalDirectory).toBe(NATIONAL_PARENT_CENTER_DIRECTORY);
      expect(answer.hasConfirmedCenter).toBe(
        answer.centers.some((c) => c.confidence === 'confirmed'),
      );
      expect(answer.message === null).toBe(answer.hasConfirmedCenter);
      for (const c of answer.centers) expect(c.state).toBe(answer.state);
    }
    const unconfirmed = ALL.filter((a) => !a.hasConfirmedCenter).map((a) => a.state);
    // The research's gaps: no center found, or only probable or unconfirmed ones.
    expect(unconfirmed.sort()).toEqual(
      [
        'DC',
        'IA',
        'IN',
        'KS',
        'KY',
        'LA',
        'MI',
        'MS',
        'ND',
        'NE',
        'NH',
        'NV',
        'OK',
        'PA',
        'RI',
        'UT',
        'VT',
        'WA',
        'WV',
        'WY',
      ].sort(),
    );
  });

  it('orders PTIs before CPRCs, and confirmed before probable before unconfirmed within each', () => {
    const rank = { confirmed: 0, probable: 1, unconfirmed: 2 } as const;
    for (const answer of ALL) {
      const keys = answer.centers.map((c) => (c.type === 'PTI' ? 0 : 10) + rank[c.confidence]);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
    // Arkansas's research rows are PTI confirmed, PTI unconfirmed, CPRC confirmed; Alaska's and
    // New Mexico's list the PTI before the CPRC.
    expect(parentCentersFor('AR').centers.map((c) => `${c.type} ${c.confidence}`)).toEqual([
      'PTI confirmed',
      'PTI unconfirmed',
      'CPRC confirmed',
    ]);
    expect(parentCentersFor('FL').centers.map((c) => `${c.type} ${c.confidence}`)).toEqual([
      'PTI unconfirmed',
      'CPRC confirmed',
    ]);
    expect(parentCentersFor('NM').centers.map((c) => c.name)).toEqual([
      'Parents Reaching Out',
      'Education for Parents of Indigenous Children with Special Needs (EPICS)',
    ]);
  });

  it('marks a source old from five years before today, and leaves the age unjudged without today', () => {
    expect(parentCentersFor('AZ', { today: '2025-12-31' }).centers[0]).toMatchObject({
      sourceIsOld: true,
    });
    expect(parentCentersFor('AZ', { today: '2024-12-31' }).centers[0]).toMatchObject({
      sourceIsOld: false,
      notice: null,
    });
    expect(parentCentersFor('AZ').centers[0]).toMatchObject({ sourceIsOld: null, notice: null });
    // An undated source (Colorado's PEAK) gets the no-date notice even when confirmed.
    const peak = parentCentersFor('CO', { today: TODAY }).centers[0]!;
    expect(peak).toMatchObject({ confidence: 'confirmed', sourceYear: null, sourceIsOld: null });
    expect(renderRulesMessage(peak.notice!, 'es')).toBe(
      'Nuestra fuente no tiene fecha, así que los datos pueden haber cambiado. Comuníquese con el centro para confirmarlo.',
    );
  });

  it('rejects an unknown state and a bad date', () => {
    expect(() => parentCentersFor('ZZ')).toThrow(RulesInputError);
    expect(() => parentCentersFor('AZ', { today: '2026-13-01' })).toThrow(RulesInputError);
  });
});

describe('the directory’s words for a parent', () => {
  const messages: RulesMessage[] = [
    ...ALL.flatMap((a) => (a.message === null ? [] : [a.message])),
    ...ALL.flatMap((a) => a.centers.flatMap((c) => (c.notice === null ? [] : [c.notice]))),
    { key: 'parent_centers.type', params: { type: 'PTI' } },
    { key: 'parent_centers.type', params: { type: 'CPRC' } },
    { key: 'parent_centers.national_directory', params: {} },
  ];

  it('covers every kind of notice', () => {
    const kinds = new Set(
      messages.map((m) =>
        JSON.stringify({ ...m.params, state: null, sourceYear: m.params['sourceYear'] === null }),
      ),
    );
    expect(kinds.size).toBeGreaterThan(6);
  });

  it.each(languages)(
    'every message renders in %s with no code, no {param} and no snake_case',
    (lang) => {
      for (const m of messages) {
        const text = renderRulesMessage(m, lang);
        expect(text, JSON.stringify(m)).not.toBeNull();
        expect(text).not.toMatch(
          /\{|\}|\b[a-z]+_[a-z_]+\b|\b(?:PTI|CPRC|null|undefined|true|false)\b/,
        );
      }
    },
  );

  it('a notice reads at or below grade 8 in English (Flesch-Kincaid) and at or above 60 in Spanish (Fernández-Huerta)', () => {
    for (const m of messages.filter(
      (m) => m.key !== 'parent_centers.type' && m.key !== 'parent_centers.national_directory',
    )) {
      const en = renderRulesMessage(m, 'en')!;
      const es = renderRulesMessage(m, 'es')!;
      expect(fleschKincaidGrade(en), en).toBeLessThanOrEqual(8);
      expect(fernandezHuerta(es), es).toBeGreaterThanOrEqual(60);
    }
  });

  it('a confirmed center with a recent source has no notice to render', () => {
    expect(
      renderRulesMessage(
        {
          key: 'parent_centers.notice',
          params: { confidence: 'confirmed', sourceYear: 2025, old: false },
        },
        'en',
      ),
    ).toBeNull();
  });
});

describe('the directory is pure and documented', () => {
  const dir = join(__dirname, '../../src/parent-centers');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');
  const exported = new Set([...index.matchAll(/(?:type )?(\w+)(?=[,\s}])/g)].map((m) => m[1]));
  const decls = files.flatMap((f) =>
    [
      ...readFileSync(join(dir, f), 'utf8').matchAll(
        /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:function|const|interface|type) (\w+)/g,
      ),
    ].map((m) => ({ name: m[2] ?? '', doc: m[1] ?? '' })),
  );

  it('finds the public API', () => {
    expect(decls.filter((d) => exported.has(d.name)).map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'parentCentersFor',
        'ParentCentersAnswer',
        'NATIONAL_PARENT_CENTER_DIRECTORY',
      ]),
    );
  });

  it.each(decls.filter((d) => exported.has(d.name)).map((d) => [d.name, d.doc] as const))(
    '%s has TSDoc with an @example',
    (_name, doc) => expect(doc).toContain('@example'),
  );

  it.each(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const))(
    '%s imports no I/O and reads no clock',
    (_file, text) => {
      expect(text).not.toMatch(
        /from ['"](node:)?(fs|fs\/promises|path|child_process|http|https)['"]/,
      );
      expect(text).not.toMatch(/Date\.now\(|new Date\(/);
    },
  );
});
