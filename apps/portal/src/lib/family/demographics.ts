/**
 * The demographic questions every intake form asks (the annual report's Section III), each
 * optional and each with "prefer not to say". The choices are the organization's own lists;
 * the answers travel as the list codes, which the API checks against those lists.
 */

export const DECLINED = 'declined';

export interface DemographicChoice {
  code: string;
  label: { en: string; es: string };
}
export interface DemographicLists {
  disabilityCategories: DemographicChoice[];
  raceEthnicity: DemographicChoice[];
  languages: DemographicChoice[];
}

/** The lists a form needs, from the API's `reportLists`. */
export function demographicLists(
  lists: readonly { name: string; items: readonly DemographicChoice[] }[],
): DemographicLists {
  const items = (name: string) => [...(lists.find((l) => l.name === name)?.items ?? [])];
  return {
    disabilityCategories: items('disabilityCategories'),
    raceEthnicity: items('raceEthnicity'),
    languages: items('languages'),
  };
}

/** Form values as text, so a refused form shows what was chosen (lists joined by commas). */
export type DemographicValues = Record<
  | 'dateOfBirth'
  | 'dateOfBirthDeclined'
  | 'disabilityCategories'
  | 'raceCategories'
  | 'parentLanguage',
  string
>;

export interface DemographicAnswers {
  dateOfBirth: string | null;
  dateOfBirthDeclined: boolean;
  disabilityCategories: string[];
  raceCategories: string[] | null;
  parentLanguage: string | null;
}
