import {
  execute,
  LettersParentCaseLettersDocument,
  type LettersParentCaseLettersQuery,
} from '@continuum/graphql-client';

export type ParentLetter = LettersParentCaseLettersQuery['caseLetters'][number];

/**
 * The letters a parent may read in each of their cases, by case id. The API returns only
 * the final ones (shared with the family), so nothing here filters.
 */
export async function finalLettersByCase(
  fetch: typeof globalThis.fetch,
  caseIds: readonly string[],
): Promise<Record<string, ParentLetter[]>> {
  const lists = await Promise.all(
    caseIds.map((caseId) => execute(fetch, LettersParentCaseLettersDocument, { caseId })),
  );
  return Object.fromEntries(
    caseIds.map((caseId, index) => [caseId, lists[index]!.data.caseLetters]),
  );
}
