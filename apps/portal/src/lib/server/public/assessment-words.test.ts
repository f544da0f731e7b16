import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The reading-grade formulas the rules package checks its own words with.
import {
  fernandezHuerta,
  fleschKincaidGrade,
} from '../../../../../../packages/rules/test/guidance/readability';

function catalog(locale: 'en' | 'es'): [string, string][] {
  const path = new URL(`../../../../messages/assessment/${locale}.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return (
    Object.entries(messages)
      // "{question} {message}" joins words checked where they are written (the rules' messages).
      .filter(([key, text]) => key !== '$schema' && text.replace(/\{[a-z]+\}|\s/g, '') !== '')
      // A placeholder reads as one short word (a state, a date, a number).
      .map(([key, text]) => [key, text.replace(/\{[a-z]+\}/g, 'Texas')])
  );
}

/**
 * The formulas mean little on a label of one or two words ("(optional)" scores grade 20), so
 * each sentence-long message is scored alone, and every message together as the passage a
 * reader goes through.
 */
const sentences = (locale: 'en' | 'es') =>
  catalog(locale).filter(([, text]) => text.split(/\s+/).length >= 6);
const passage = (locale: 'en' | 'es') =>
  catalog(locale)
    .map(([, text]) => (/[.:!?]$/.test(text) ? text : `${text}.`))
    .join(' ');

describe('the assessment speaks plainly', () => {
  it('has the same messages in both languages', () => {
    const keys = (locale: 'en' | 'es') =>
      Object.keys(
        JSON.parse(
          readFileSync(
            new URL(`../../../../messages/assessment/${locale}.json`, import.meta.url),
            'utf8',
          ),
        ) as object,
      );
    expect(keys('es')).toEqual(keys('en'));
    expect(catalog('es').map(([key]) => key)).toEqual(catalog('en').map(([key]) => key));
  });

  it('reads at grade 8 or below as a whole, in both languages', () => {
    expect(fleschKincaidGrade(passage('en'))).toBeLessThanOrEqual(8);
    expect(fernandezHuerta(passage('es'))).toBeGreaterThanOrEqual(60);
  });

  it.each(sentences('en'))('Flesch-Kincaid grade ≤ 8 (English): %s', (_, text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it.each(sentences('es'))('Fernández-Huerta ≥ 60 (Spanish): %s', (_, text) => {
    expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(60);
  });
});
