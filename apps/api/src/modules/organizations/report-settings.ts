import {
  DEFAULT_REPORT_LISTS,
  DEFAULT_REPORT_RULES,
  type ReportList,
  type ReportListName,
  type ReportRules,
} from '@continuum/rules';
import type { OrganizationSettings } from '../identity/organization.entity';

/**
 * The annual report's lists and counting rules as an organization uses them: the rules
 * package's defaults (the reference's likely version), with each list the organization saved
 * replacing its default and each saved rule overriding its default.
 */
export function reportSettingsOf(settings: OrganizationSettings | null | undefined): {
  lists: Record<ReportListName, ReportList>;
  rules: ReportRules;
} {
  const lists = { ...DEFAULT_REPORT_LISTS };
  for (const name of Object.keys(lists) as ReportListName[]) {
    const saved = settings?.reportLists?.[name];
    if (saved) lists[name] = { ...lists[name], items: saved };
  }
  return { lists, rules: { ...DEFAULT_REPORT_RULES, ...(settings?.reportRules ?? {}) } };
}
