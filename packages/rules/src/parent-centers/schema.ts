import { RulesInputError } from '../errors.js';
import { listStates } from '../states/index.js';

/**
 * The two kinds of federally funded Parent Center (IDEA Part D): a Parent Training and
 * Information Center (PTI) serves a state or a region of it; a Community Parent Resource Center
 * (CPRC) serves a community the PTI may not reach.
 *
 * @example
 * ```ts
 * const type: ParentCenterType = 'PTI';
 * ```
 */
export type ParentCenterType = 'PTI' | 'CPRC';

/**
 * How firmly a source supports a directory entry, as the research graded it: `confirmed` (a
 * source read names it a PTI or CPRC), `probable` (a source implies it), `unconfirmed` (the
 * organization exists and helps families, but no source read gives it the designation).
 *
 * @example
 * ```ts
 * const confidence: ParentCenterConfidence = 'probable';
 * ```
 */
export type ParentCenterConfidence = 'confirmed' | 'probable' | 'unconfirmed';

/**
 * One Parent Center of the directory, with its source beside it. The texts (`serves`,
 * `languages`, `note`) are the research's English words for staff, not for a parent's page.
 *
 * @example
 * ```ts
 * const center: ParentCenter = parentCentersFor('AZ').centers[0]!;
 * center.name;       // 'Raising Special Kids'
 * center.sourceYear; // 2020
 * ```
 */
export interface ParentCenter {
  state: string;
  name: string;
  type: ParentCenterType;
  /** As the source gives it, often a bare host name (`raisingspecialkids.org`). */
  website: string | null;
  serves: string | null;
  languages: string | null;
  /** The URL of the page the entry was read from. */
  source: string;
  /** The source's date in the research's words: `2020-09-27`, `2015`, `undated (current site)`. */
  sourceDate: string;
  /** The latest year `sourceDate` names, or `null` when it names none. */
  sourceYear: number | null;
  confidence: ParentCenterConfidence;
  note: string | null;
}

/** The directory once read: the centers, and the states the research searched without finding one. */
export interface ParentCenterDirectory {
  centers: ParentCenter[];
  /** The research's note per state it searched and found no center for (`confidence: "not found"`). */
  notFound: Map<string, string>;
}

interface Check<T> {
  readonly expected: string;
  readonly test: (value: unknown) => value is T;
}

const text: Check<string> = {
  expected: 'a non-empty string',
  test: (v): v is string => typeof v === 'string' && v.trim() !== '',
};
const isNull: Check<null> = { expected: 'null', test: (v): v is null => v === null };
const nullable = <T>(c: Check<T>): Check<T | null> => ({
  expected: `${c.expected} or null`,
  test: (v): v is T | null => v === null || c.test(v),
});
const oneOf = <T extends string>(values: readonly T[]): Check<T> => ({
  expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
  test: (v): v is T => (values as readonly unknown[]).includes(v),
});
const stateCode: Check<string> = {
  expected: 'a state code of the 50 states or DC',
  test: (v): v is string => typeof v === 'string' && listStates().some((s) => s.code === v),
};

/** A research row that names a center: its source, source date and confidence are required. */
const CENTER = {
  state: stateCode,
  name: text,
  type: oneOf<ParentCenterType>(['PTI', 'CPRC']),
  website: nullable(text),
  serves: nullable(text),
  languages: nullable(text),
  source: text,
  source_date: text,
  confidence: oneOf<ParentCenterConfidence>(['confirmed', 'probable', 'unconfirmed']),
  note: nullable(text),
} as const;

/** A research row that records a search which found no center: only the state and a note. */
const NOT_FOUND = {
  state: stateCode,
  name: isNull,
  type: isNull,
  website: isNull,
  serves: isNull,
  languages: isNull,
  source: isNull,
  source_date: isNull,
  confidence: oneOf(['not found']),
  note: text,
} as const;

type Schema = Readonly<Record<string, Check<unknown>>>;
type Infer<S extends Schema> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

function conform<S extends Schema>(
  schema: S,
  raw: Record<string, unknown>,
  field: string,
): Infer<S> {
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      throw new RulesInputError(
        `${field}.${key}`,
        raw[key],
        'not a field of a Parent Center entry',
      );
    }
  }
  for (const [key, check] of Object.entries(schema)) {
    if (!check.test(raw[key])) {
      throw new RulesInputError(`${field}.${key}`, raw[key], `expected ${check.expected}`);
    }
  }
  return raw as Infer<S>;
}

/** The latest year a source date names: "undated (2021-2024; ...)" gives 2024. */
function latestYear(sourceDate: string): number | null {
  const years = [...sourceDate.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * Reads the directory data (`parent-centers.json`, the research's own shape) and checks every
 * row against its schema: a named center must carry its source, source date and confidence; a
 * "not found" row names nothing. Throws {@link RulesInputError} naming the row and field.
 */
export function parseParentCenterDirectory(
  raw: unknown,
  field = 'parentCenters',
): ParentCenterDirectory {
  if (!Array.isArray(raw)) throw new RulesInputError(field, raw, 'expected an array of entries');
  const directory: ParentCenterDirectory = { centers: [], notFound: new Map() };
  raw.forEach((row: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new RulesInputError(at, row, 'expected an object');
    }
    const entry = row as Record<string, unknown>;
    if (entry['confidence'] === 'not found') {
      const { state, note } = conform(NOT_FOUND, entry, at);
      directory.notFound.set(state, note);
      return;
    }
    const c = conform(CENTER, entry, at);
    directory.centers.push({
      state: c.state,
      name: c.name,
      type: c.type,
      website: c.website,
      serves: c.serves,
      languages: c.languages,
      source: c.source,
      sourceDate: c.source_date,
      sourceYear: latestYear(c.source_date),
      confidence: c.confidence,
      note: c.note,
    });
  });
  return directory;
}
