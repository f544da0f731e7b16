import { m } from '$lib/paraglide/messages';

const NAMES: Record<string, () => string> = {
  contactTopics: m.orgsettings_list_contactTopics,
  outreachKinds: m.orgsettings_list_outreachKinds,
  ageBands: m.reports_list_ageBands,
  disabilityCategories: m.reports_list_disabilityCategories,
  raceEthnicity: m.reports_list_raceEthnicity,
  languages: m.reports_list_languages,
};

/** A report list's name in the reader's language; null for a name the portal does not know. */
export function reportListName(name: string): string | null {
  return NAMES[name]?.() ?? null;
}
