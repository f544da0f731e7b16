import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_WORDS, errorWords } from './errors';

function catalog(locale: 'en' | 'es'): Record<string, string> {
  const file = fileURLToPath(new URL(`../../../messages/words/${locale}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

const CODE = /\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b|\{\w+\}/;

describe('words for the API’s error keys', () => {
  // ERROR_WORDS is a Record over the schema's ErrorKey enum: the compiler already fails when
  // the API adds a key without an entry. This checks each entry's words exist in both
  // catalogs (Paraglide would otherwise fall back to English without a word).
  it('every key has its own words in English and in Spanish', () => {
    const en = catalog('en');
    const es = catalog('es');
    const missing: string[] = [];
    for (const key of Object.keys(ERROR_WORDS)) {
      const message = `words_error_${key.toLowerCase()}`;
      if (!en[message]) missing.push(`${key}: no English words`);
      if (!es[message]) missing.push(`${key}: no Spanish words`);
      else if (es[message] === en[message]) missing.push(`${key}: Spanish is the English`);
    }
    expect(missing).toEqual([]);
  });

  it('writes every key with its parameters and no code or placeholder left', () => {
    const params = {
      max: 200,
      min: 1,
      length: 100,
      minutes: 15,
      megabytes: 50,
      version: 3,
      title: 'IEP 2026',
      en: 'Please answer this question.',
      es: 'Por favor, conteste esta pregunta.',
    };
    for (const locale of ['en', 'es'] as const)
      for (const key of Object.keys(ERROR_WORDS)) {
        const words = errorWords(key, params, locale);
        expect(`${key}: ${words}`).not.toMatch(new RegExp(`: .*(${CODE.source})`));
      }
    expect(errorWords('PASSWORD_TOO_SHORT', { min: 12 }, 'es')).toBe(
      'Elija una contraseña de al menos 12 caracteres. Una frase corta funciona bien.',
    );
    expect(errorWords('CASE_NOTES_TOO_LONG', { max: 20000 }, 'en')).toBe(
      'Keep the notes under 20,000 characters.',
    );
    expect(errorWords('INTAKE_ANSWER_INVALID', params, 'es')).toBe(
      'Revise esta respuesta: Por favor, conteste esta pregunta.',
    );
  });

  it('says how long a sign-in must wait, in seconds for a short back-off and minutes for a long one', () => {
    expect(errorWords('TOO_MANY_ATTEMPTS', { seconds: 4, minutes: 1 }, 'en')).toBe(
      'Too many failed sign-ins. For your security, wait before you try again (seconds left: 4). You can also reset your password.',
    );
    expect(errorWords('TOO_MANY_ATTEMPTS', { seconds: 4, minutes: 1 }, 'es')).toBe(
      'Demasiados intentos fallidos. Por su seguridad, espere antes de volver a intentarlo (segundos restantes: 4). También puede restablecer su contraseña.',
    );
    expect(errorWords('TOO_MANY_ATTEMPTS', { seconds: 300, minutes: 5 }, 'es')).toContain(
      'minutos restantes: 5',
    );
  });

  it('knows no words for a key it has not heard of', () => {
    expect(errorWords('FROM_A_NEWER_API', {}, 'es')).toBeNull();
    expect(errorWords(undefined, {}, 'es')).toBeNull();
  });
});
