import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import {
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPES,
  auditActionLabel,
  auditSubjectLabel,
} from './audit-labels';

/**
 * The API's one registry of audit actions and subject types. Its source is read rather than
 * imported: the portal never depends on the API's code, only on what it records.
 */
const registry = readFileSync(
  fileURLToPath(new URL('../../../../api/src/modules/audit/audit.actions.ts', import.meta.url)),
  'utf8',
);

function listed(name: string): string[] {
  const body = new RegExp(`export const ${name} = \\[([^\\]]*)\\] as const`).exec(registry)?.[1];
  if (!body) throw new Error(`${name} not found in audit.actions.ts`);
  return [...body.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

const CODE = /\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z_]+\b|[a-z][A-Z]/;

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('audit words', () => {
  const actions = listed('AUDIT_ACTIONS');
  const subjects = listed('AUDIT_SUBJECT_TYPES');

  it('words every action and subject type the API records, in English and Spanish', () => {
    expect(actions.length).toBeGreaterThan(50);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...actions].sort());
    expect([...AUDIT_SUBJECT_TYPES].sort()).toEqual([...subjects].sort());
    for (const locale of ['en', 'es'] as const) {
      overwriteGetLocale(() => locale);
      const other = auditActionLabel('no.such_action');
      for (const action of actions) {
        const label = auditActionLabel(action);
        expect(`${action}: ${label}`).not.toMatch(new RegExp(`: .*(${CODE.source})`));
        expect(label).not.toBe(other);
      }
      for (const subject of subjects) {
        const label = auditSubjectLabel(subject);
        expect(`${subject}: ${label}`).not.toMatch(new RegExp(`: .*(${CODE.source})`));
        expect(label).not.toBe(auditSubjectLabel('NoSuchRecord'));
      }
    }
  });

  it('an action or record the portal does not know yet reads as words, never its code', () => {
    overwriteGetLocale(() => 'es');
    expect(auditActionLabel('document.shred')).toBe('Otra acción');
    expect(auditSubjectLabel('Shredder')).toBe('Otro registro');
  });
});
