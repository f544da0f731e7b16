/**
 * Readability formulas: the guidance tests and the portal's public-page test (e2e/public-reading)
 * hold every word a family reads to Flesch-Kincaid grade 8 (English) and Fernández-Huerta 60
 * (Spanish). Pure: text in, a number out. Words are runs of letters (with inner
 * apostrophes); a number counts as one word with one syllable per digit, a conservative
 * stand-in for saying it aloud ("2027" is "twenty twenty-seven").
 */

const WORD = /[\p{L}]+(?:['’][\p{L}]+)*|\d+(?:[.,]\d+)*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function sentences(text: string): number {
  // A sentence ends at . ! ? or a colon before a list, never inside a number ("2.5").
  const parts = text.split(/[.!?:;]+(?=\s|$)/).filter((part) => /[\p{L}\d]/u.test(part));
  return Math.max(1, parts.length);
}

function digitSyllables(word: string): number | undefined {
  return /^\d/.test(word) ? word.replace(/\D/g, '').length : undefined;
}

/**
 * English syllables by the usual vowel-group heuristic (silent final e, -ed, -es).
 *
 * @example
 * englishSyllables('meeting'); // 2
 */
export function englishSyllables(raw: string): number {
  const digits = digitSyllables(raw);
  if (digits !== undefined) return digits;
  let word = raw.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length === 0) return 0;
  if (word.length <= 3) return 1;
  word = word.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  word = word.replace(/^y/, '');
  const groups = word.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Spanish syllables: one per strong vowel (a e o, or an accented í ú) or weak-only group.
 *
 * @example
 * spanishSyllables('escuela'); // 3
 */
export function spanishSyllables(raw: string): number {
  const digits = digitSyllables(raw);
  if (digits !== undefined) return digits;
  const word = raw.toLowerCase().replace(/y$/, 'i');
  let count = 0;
  for (const group of word.match(/[aeiouáéíóúü]+/g) ?? []) {
    // "qu" and "gu" before e/i: the u is silent and joins the next vowel anyway.
    const strong = group.match(/[aeoáéóíú]/g)?.length ?? 0;
    count += strong === 0 ? 1 : strong;
  }
  return Math.max(1, count);
}

/**
 * Flesch–Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59.
 *
 * @example
 * fleschKincaidGrade('Write to the school. Ask for a meeting.') <= 8; // true
 */
export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  const syllables = list.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 0.39 * (list.length / sentences(text)) + 11.8 * (syllables / list.length) - 15.59;
}

/**
 * Fernández-Huerta reading ease, in its corrected form (Fernández Huerta 1959; the sentence
 * term corrected as textstat and Law 2011 do): 206.84 − 60 × (syllables/words) − 1.02 ×
 * (words/sentences). Its scale follows Flesch's reading ease: 60–70 is "normal", the level of
 * 7th–8th grade, so 60 is the equivalent of Flesch-Kincaid grade 8.
 *
 * @example
 * fernandezHuerta('Escriba a la escuela. Pida una reunión.') >= 60; // true
 */
export function fernandezHuerta(text: string): number {
  const list = words(text);
  const syllables = list.reduce((sum, word) => sum + spanishSyllables(word), 0);
  return 206.84 - 60 * (syllables / list.length) - 1.02 * (list.length / sentences(text));
}
