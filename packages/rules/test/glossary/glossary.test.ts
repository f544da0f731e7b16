import { describe, expect, it } from 'vitest';
import { decodeAcronym, GLOSSARY } from '../../src/index.js';
import { fernandezHuerta, fleschKincaidGrade } from '../guidance/readability.js';

describe('the glossary', () => {
  it('has the terms the front door links to, each once', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'iep',
      'iee',
      'pwn',
      'fape',
      'lre',
      'esy',
      'sea',
      'lea',
      'ocr',
      'section-504',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('reads at grade 8 or below in English and 60 or above (Fernández-Huerta) in Spanish', () => {
    for (const term of GLOSSARY) {
      expect(fleschKincaidGrade(term.definition.en), term.definition.en).toBeLessThanOrEqual(8);
      expect(fernandezHuerta(term.definition.es), term.definition.es).toBeGreaterThanOrEqual(60);
    }
  });

  it('cites federal law for every term the federal rules define (facilitation is a state program)', () => {
    for (const term of GLOSSARY.filter((t) => t.id !== 'facilitation')) {
      expect(term.basis.length, term.id).toBeGreaterThan(0);
      for (const citation of term.basis) expect(citation).toMatch(/^(\d+ CFR|\d+ U\.S\.C\.) /);
    }
  });

  it('uses the reviewed Spanish legal terms (rules-corrections-2026-12.md)', () => {
    const byId = new Map(GLOSSARY.map((t) => [t.id, t]));
    expect(byId.get('pwn')!.name.es).toBe('Notificación previa por escrito');
    expect(byId.get('ocr')!.name.es).toBe('Oficina para Derechos Civiles');
    expect(byId.get('due-process')!.definition.es).toContain('funcionario de audiencias imparcial');
    expect(byId.get('facilitation')!.definition.es).toContain('facilitador');
  });
});

describe(decodeAcronym.name, () => {
  it.each([
    ['PWN', 'pwn'],
    ['iep', 'iep'],
    [' 504 ', 'section-504'],
    ['Oficina para Derechos Civiles', 'ocr'],
    ['Least restrictive environment', 'lre'],
  ])('%s → %s', (text, id) => {
    expect(decodeAcronym(text)?.id).toBe(id);
  });

  it('answers null for a word it does not know, or nothing', () => {
    expect(decodeAcronym('XYZ')).toBeNull();
    expect(decodeAcronym('  ')).toBeNull();
  });
});
