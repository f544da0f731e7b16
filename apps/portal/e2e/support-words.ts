import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request, type Page } from '@playwright/test';

/**
 * Checks that a page shows words, not internal codes (issue #12): no `snake_case` ids
 * (`due_process`, `complaint_filed`), no audit action codes (`document.list`), no developer
 * notation (`{firstDay, lastDay}`), no placeholder left unfilled (`{date}`).
 */

/** `[a-z]+_[a-z_]+`: a domain id, an event, a rule, a field name. */
const SNAKE = /\b[a-z]+_[a-z_]+\b/g;
/** The audit trail's `<area>.<verb>` actions (apps/api/src/modules/audit/audit.actions.ts). */
const DOTTED =
  /\b(?:auth|member|family|student|calendar|calendar_feed|intake|case|case_records|proceeding|deadline|letter|binder|document|meeting|communication|service|service_session|note|task)\.[a-z_]+\b/g;
/** `{firstDay, lastDay}`, `{date}`: braces never belong in words. */
const BRACES = /\{[^}\n]{0,60}\}/g;
/** Addresses people are shown (their own, a member's) are not codes. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The page's visible text, without what people typed (field values are not page words). */
async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Every internal code in a text, e.g. ['due_process', 'document.list']. */
export function internalCodes(text: string): string[] {
  const cleaned = text.replace(EMAIL, ' ');
  return [
    ...(cleaned.match(SNAKE) ?? []),
    ...(cleaned.match(DOTTED) ?? []),
    ...(cleaned.match(BRACES) ?? []),
  ];
}

/** Fails naming the page and each code its visible text shows. */
export async function expectNoInternalCodes(page: Page, name: string): Promise<void> {
  const codes = internalCodes(await visibleText(page));
  expect([...new Set(codes)], `internal codes on ${name} (${page.url()})`).toEqual([]);
}

/**
 * Common English words that are not Spanish words too: one of them in a Spanish page's text
 * (outside names and citations) means English reached a Spanish reader.
 */
const ENGLISH_WORDS = new Set(
  (
    'the and of to for with from this that these those was were is are be been being will would ' +
    'your you our their they which when what who where why how has have had not or by on at it ' +
    'its an if into than then there here about after before until within without between ' +
    'due date deadline deadlines days day received sent filed complaint hearing meeting request ' +
    'requested district parent parents process opened recorded event events case cases step ' +
    'period end response decision review notice prior written school child children advocate ' +
    'letter letters records shared internal sign out home help next back save choose enter ' +
    'status stage new started changed corrected updated uploaded added removed logged ' +
    'other party resolution waived withdrawn scheduled held settlement agreement meeting ' +
    'should could must may can only also more most some any each every all none nothing ' +
    'week month year today yesterday tomorrow overdue upcoming unknown calendar'
  ).split(/\s+/),
);

/** Proper names and citations, which stay as they are in every language. */
export interface SpanishScanOptions {
  /** Names of people, organizations, schools and districts on the page. */
  properNames: readonly string[];
}

/** Legal citations: "34 CFR 300.510(b)(1)", "20 U.S.C. 1415(c)(2)(B)(i)", "Tex. Educ. Code 29.004". */
const CITATION =
  /\b\d+\s+(?:CFR|C\.F\.R\.|U\.S\.C\.)\s+[\d.]+(?:\([\w]+\))*|\b(?:Tex|Cal|Educ|Code|Stat|Admin|Regs)\.?\b/g;

function englishCatalog(): string[] {
  const dir = join(import.meta.dirname, '..', 'messages');
  const files = [
    join(dir, 'en.json'),
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name, 'en.json')),
  ];
  const strings: string[] = [];
  for (const file of files) {
    const en = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const es = JSON.parse(readFileSync(file.replace(/en\.json$/, 'es.json'), 'utf8')) as Record<
      string,
      string
    >;
    for (const [key, value] of Object.entries(en)) {
      if (key.startsWith('$') || value === es[key]) continue;
      // The longest run of literal words between placeholders, if long enough to be telling.
      const longest = value
        .split(/\{[^}]*\}/)
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0];
      if (longest && longest.length >= 12 && /\s/.test(longest)) strings.push(longest);
    }
  }
  return strings;
}

/**
 * Fails when a Spanish page shows English: a common English word or a string of the app's
 * English catalog in its text, outside the proper names given and legal citations. Text the
 * page itself marks as English is allowed only where the portal may show it: the language
 * switch's "English", and a deadline note the rules' catalog has no Spanish words for yet
 * (`data-english-fallback`, shown with `lang="en"`).
 */
export async function expectNoEnglish(
  page: Page,
  name: string,
  options: SpanishScanOptions,
): Promise<{ englishFallbacks: number }> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const marked = page.locator('body [lang="en"]');
  const unexpected = await marked.evaluateAll((elements) =>
    elements
      .filter(
        (element) =>
          !element.closest('.language-switch') && !element.closest('[data-english-fallback]'),
      )
      .map((element) => (element as HTMLElement).innerText.slice(0, 80)),
  );
  expect(unexpected, `text marked English on ${name}`).toEqual([]);
  const englishFallbacks = await page.locator('body [data-english-fallback]').count();

  const text = await page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('.language-switch, [data-english-fallback], script, style, [hidden]')
      .forEach((element) => element.remove());
    return copy.textContent ?? '';
  });
  let rest = text.replace(EMAIL, ' ').replace(CITATION, ' ');
  for (const properName of [...options.properNames].sort((a, b) => b.length - a.length))
    rest = rest.split(properName).join(' ');

  const catalog = englishCatalog().filter((english) => rest.includes(english));
  expect(catalog, `English catalog strings on ${name}`).toEqual([]);
  const words = (rest.match(/\p{L}+/gu) ?? []).filter((word) =>
    ENGLISH_WORDS.has(word.toLowerCase()),
  );
  expect([...new Set(words)], `English words on ${name}`).toEqual([]);
  return { englishFallbacks };
}

/** Sofía González's case at Riverside (apps/api/src/seed/demo-seed.ts), María's. */
export const MARIA_CASE_ID = '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000301';

/**
 * Gives María's case more of what a case gathers, written by her advocate in Spanish as a
 * Spanish-speaking family's advocate would: a meeting, a required service with a missed
 * session, a shared note, a contact, a task. Each adds a timeline entry of its own kind, so
 * the pages scanned show every kind of sentence, not just the seed's two.
 */
export async function fillMariasCase(baseURL: string): Promise<void> {
  const api = await request.newContext({ baseURL });
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.post('/graphql', {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, query.slice(0, 60)).toBeUndefined();
    return body.data as T;
  };
  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  try {
    await call('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }', {
      e: 'marcus.lee@riverside.example',
      p: 'continuum-demo',
    });
    const caseId = MARIA_CASE_ID;
    await call('mutation($i: LogMeetingInput!) { logMeeting(input: $i) { id } }', {
      i: { caseId, heldOn: day(20), kind: 'iep', proposed: 'Menos minutos de terapia del habla' },
    });
    const { addServiceRequirement } = await call<{ addServiceRequirement: { id: string } }>(
      'mutation($i: AddServiceRequirementInput!) { addServiceRequirement(input: $i) { id } }',
      {
        i: {
          caseId,
          service: 'Terapia del habla',
          minutes: 60,
          frequency: 'WEEKLY',
          startDate: day(40),
        },
      },
    );
    await call('mutation($i: LogServiceSessionInput!) { logServiceSession(input: $i) { id } }', {
      i: {
        requirementId: addServiceRequirement.id,
        date: day(8),
        minutes: 30,
        status: 'MISSED',
        reason: 'La terapeuta faltó',
      },
    });
    await call('mutation($i: AddNoteInput!) { addNote(input: $i) { id } }', {
      i: { caseId, body: 'Traiga el último IEP a la reunión.', visibility: 'SHARED' },
    });
    await call('mutation($i: LogCommunicationInput!) { logCommunication(input: $i) { id } }', {
      i: { caseId, occurredOn: day(5), mode: 'phone', summary: 'Llamada con la escuela' },
    });
    await call('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: { caseId, title: 'Pedir el expediente completo' },
    });
  } finally {
    await api.dispose();
  }
}
