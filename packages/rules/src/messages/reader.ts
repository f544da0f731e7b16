import { formatLongDate, type Lang } from '../intake/lang.js';

/**
 * A note as a message: a catalog key and language-neutral parameters (ISO dates, amounts and
 * units, state codes, event types, citations verbatim). JSON-serializable: the API stores it
 * and renders it in the reader's language with {@link renderRulesMessage}.
 *
 * @example
 * ```ts
 * const m: RulesMessage = { key: 'deadline.resolution_period_end', params: { amended: false } };
 * ```
 */
export interface RulesMessage {
  key: string;
  params: Record<string, string | number | boolean | null>;
}

/** Thrown inside a template when a parameter is missing or of the wrong type. */
export class MissingParam extends Error {}

const UNITS: Record<Lang, Record<string, readonly [string, string]>> = {
  en: {
    days: ['day', 'days'],
    months: ['month', 'months'],
    years: ['year', 'years'],
    business_days: ['business day', 'business days'],
    school_days: ['school day', 'school days'],
  },
  es: {
    days: ['día', 'días'],
    months: ['mes', 'meses'],
    years: ['año', 'años'],
    business_days: ['día hábil', 'días hábiles'],
    school_days: ['día escolar', 'días escolares'],
  },
};

const CONFIDENCE: Record<Lang, Record<string, string>> = {
  en: { high: 'high', medium: 'medium', low: 'low', unknown: 'unknown' },
  es: { high: 'alta', medium: 'media', low: 'baja', unknown: 'desconocida' },
};

/**
 * Reads a message's parameters for a template, rendering each kind of value in the reader's
 * language. Any missing or mistyped parameter throws {@link MissingParam}: the message then
 * renders as `null` (a message stored by an older version with other parameters).
 */
export class Reader {
  constructor(
    readonly lang: Lang,
    private readonly params: RulesMessage['params'],
  ) {}

  /** True when the parameter is present and not null. */
  has(name: string): boolean {
    const v = this.params[name];
    return v !== undefined && v !== null;
  }

  /** A string parameter, verbatim (citations, codes). */
  text(name: string): string {
    const v = this.params[name];
    if (typeof v !== 'string') throw new MissingParam(name);
    return v;
  }

  /** A whole number. */
  num(name: string): number {
    const v = this.params[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new MissingParam(name);
    return v;
  }

  /** A boolean; absent or null reads as false. */
  flag(name: string): boolean {
    const v = this.params[name];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw new MissingParam(name);
    return v;
  }

  /** An ISO date as the reader writes it: "March 1, 2027" / "1 de marzo de 2027". */
  date(name: string): string {
    const v = this.text(name);
    try {
      return formatLongDate(v, this.lang);
    } catch {
      throw new MissingParam(name);
    }
  }

  /** An amount and unit: "10 school days" / "10 días escolares". */
  duration(amountName = 'amount', unitName = 'unit'): string {
    const amount = this.num(amountName);
    const words = UNITS[this.lang][this.text(unitName)];
    if (words === undefined) throw new MissingParam(unitName);
    return `${amount} ${amount === 1 ? words[0] : words[1]}`;
  }

  /** A confidence grade in words. */
  confidence(name = 'confidence'): string {
    const word = CONFIDENCE[this.lang][this.text(name)];
    if (word === undefined) throw new MissingParam(name);
    return word;
  }

  /** One of the given choices, or throws. */
  choice<T extends string>(name: string, choices: readonly T[]): T {
    const v = this.text(name);
    if (!(choices as readonly string[]).includes(v)) throw new MissingParam(name);
    return v as T;
  }
}
