import { getState } from '@continuum/rules';
import type { PublicOrganizationFieldsFragment } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { usableBrandColor } from './brand-color';

/** What an organization's public page and its embedded version show, in the reader's words. */
export interface OrganizationView {
  slug: string;
  name: string;
  kind: string;
  states: string[];
  counties: string[];
  languages: string[];
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  address: string | null;
  /** The brand color when white text on it passes WCAG AA, else null (the portal's own). */
  color: string | null;
}

function stateName(code: string): string {
  try {
    return getState(code).name;
  } catch {
    return code;
  }
}

/** A language's name in the reader's language, as a list item starts it ("Español", "Spanish"). */
export function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function organizationView(
  organization: PublicOrganizationFieldsFragment,
  locale: Locale,
): OrganizationView {
  return {
    slug: organization.slug,
    name: organization.name,
    kind:
      organization.kind === 'advocacy_practice'
        ? m.orgpage_kind_advocacy_practice({}, { locale })
        : m.orgpage_kind_parent_center({}, { locale }),
    states: organization.statesServed.map(stateName),
    counties: organization.countiesServed,
    languages: organization.languages.map((code) => languageName(code, locale)),
    contactPhone: organization.contactPhone ?? null,
    contactEmail: organization.contactEmail ?? null,
    website: organization.website ?? null,
    address: organization.address ?? null,
    color: usableBrandColor(organization.brandColor),
  };
}

/** `(555) 010-2400` as a `tel:` address: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;
}
