import {
  DEFAULT_REPORT_LISTS,
  DEFAULT_REPORT_RULES,
  type ReportList,
  type ReportListItem,
  type ReportListName,
  type ReportRules,
} from '@continuum/rules';
import { CommonErrors } from '../../platform/errors/domain-error';
import { requireOneOf } from '../../platform/errors/validate';
import type { OrganizationSettings } from '../identity/organization.entity';
import { DECLINED } from '../parent-center/parent-center.entities';

/**
 * The annual report's lists and counting rules as an organization uses them: the rules
 * package's defaults (the reference's likely version), with each list the organization saved
 * replacing its default and each saved rule overriding its default.
 */
export function reportSettingsOf(settings: OrganizationSettings | null | undefined): {
  lists: Record<ReportListName, ReportList>;
  rules: ReportRules;
} {
  const lists = { ...DEFAULT_REPORT_LISTS };
  for (const name of Object.keys(lists) as ReportListName[]) {
    const saved = settings?.reportLists?.[name];
    if (saved) lists[name] = { ...lists[name], items: saved };
  }
  return { lists, rules: { ...DEFAULT_REPORT_RULES, ...(settings?.reportRules ?? {}) } };
}

/** What an org admin sends for one item of a list: its words, and its code when it has one. */
export interface ReportListItemDraft {
  code?: string | null;
  en: string;
  es: string;
}

const REPORT_LIST_MAX = 60;
const LABEL_MAX = 120;
const CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const AGE_BAND = /^(\d{1,2})-(\d{1,2})$/;
/** The report adds these two rows to every demographic table; a list item may not take them. */
const RESERVED_CODES = new Set(['declined', 'unknown']);

export function isReportListName(name: string): name is ReportListName {
  return Object.prototype.hasOwnProperty.call(DEFAULT_REPORT_LISTS, name);
}

/**
 * An edited list, checked item by item before anything is saved. Items keep their codes (records
 * store codes, so renaming an item keeps its records counted); a new item's code comes from its
 * English words. An age band's code is its range, which the report counts by.
 */
export function parseReportList(
  name: ReportListName,
  drafts: ReportListItemDraft[],
): ReportListItem[] {
  if (drafts.length === 0)
    throw CommonErrors.invalidInput('items', 'REPORT_LIST_EMPTY', 'Keep at least one item.');
  if (drafts.length > REPORT_LIST_MAX)
    throw CommonErrors.invalidInput(
      'items',
      'LIST_TOO_LONG',
      `Keep at most ${REPORT_LIST_MAX} items of up to ${LABEL_MAX} characters each.`,
      { max: REPORT_LIST_MAX, length: LABEL_MAX },
    );
  const codes = new Set<string>();
  const words = new Set<string>();
  const bands: { row: number; lo: number; hi: number }[] = [];
  return drafts.map((draft, index) => {
    const row = index + 1;
    const label = { en: draft.en?.trim() ?? '', es: draft.es?.trim() ?? '' };
    for (const language of ['en', 'es'] as const) {
      if (label[language].length === 0 || label[language].length > LABEL_MAX)
        throw CommonErrors.invalidInput(
          `items.${index}.${language}`,
          'REPORT_LIST_ITEM_LABEL_REQUIRED',
          `Item ${row}: enter its words in ${language === 'en' ? 'English' : 'Spanish'} (1 to ${LABEL_MAX} characters).`,
          { row, max: LABEL_MAX },
        );
    }
    const given = draft.code?.trim().toLowerCase() ?? '';
    let code: string;
    if (name === 'ageBands') {
      const match = AGE_BAND.exec(given);
      const [lo, hi] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
      const overlaps = bands.some((b) => lo <= b.hi && b.lo <= hi);
      if (!match || lo > hi || hi > 30 || overlaps)
        throw CommonErrors.invalidInput(
          `items.${index}.code`,
          'REPORT_LIST_AGE_BAND_INVALID',
          `Item ${row}: enter the ages as from-to in whole years, such as 6-9, not overlapping another band.`,
          { row },
        );
      bands.push({ row, lo, hi });
      code = `${lo}-${hi}`;
    } else if (given !== '' && CODE.test(given) && !RESERVED_CODES.has(given)) {
      code = given;
    } else {
      code = codeFromWords(label.en, codes);
    }
    const key = label.en.toLowerCase();
    if (codes.has(code) || words.has(key))
      throw CommonErrors.invalidInput(
        `items.${index}.en`,
        'REPORT_LIST_DUPLICATE',
        `Item ${row} repeats another item. Keep each item once.`,
        { row },
      );
    codes.add(code);
    words.add(key);
    return { code, label };
  });
}

function codeFromWords(words: string, taken: Set<string>): string {
  const base =
    words
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 36) || 'item';
  let code = RESERVED_CODES.has(base) ? `${base}_1` : base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}_${n}`;
  return code;
}

/** Ethnicity, asked apart from race by some forms; the report folds it into its race rows. */
export const ETHNICITIES = ['hispanic_latino', 'not_hispanic_latino', DECLINED] as const;

/**
 * Checks demographic answers against the organization's lists, so the report can count every
 * one: a code of the list, or `declined` ("prefer not to say") alone; empty means not asked.
 */
export function demographicsOf(settings: OrganizationSettings | null | undefined) {
  const { lists } = reportSettingsOf(settings);
  const codes = (name: ReportListName) => [...lists[name].items.map((i) => i.code), DECLINED];
  const many = (name: ReportListName, values: string[], field: string): string[] => {
    const chosen = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    for (const value of chosen) requireOneOf(value, codes(name), field);
    if (chosen.includes(DECLINED) && chosen.length > 1)
      throw CommonErrors.invalidInput(
        field,
        'DEMOGRAPHIC_DECLINED_ALONE',
        'Choose “prefer not to say” alone, or choose the answers that apply.',
      );
    return chosen;
  };
  return {
    language(value: string | null | undefined, field: string): string | null {
      const code = value?.trim();
      return code ? requireOneOf(code, codes('languages'), field) : null;
    },
    disabilities: (values: string[], field: string) => many('disabilityCategories', values, field),
    races: (values: string[], field: string) => many('raceEthnicity', values, field),
    ethnicity(value: string | null | undefined, field: string): string | null {
      const code = value?.trim();
      return code ? requireOneOf(code, ETHNICITIES, field) : null;
    },
  };
}
