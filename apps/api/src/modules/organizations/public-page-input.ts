import { getState } from '@continuum/rules';
import type { OrganizationEntity } from '../identity/organization.entity';
import { OrganizationsErrors, SLUG_MAX, SLUG_MIN } from './organizations.errors';
import type { UpdateOrganizationPublicPageInput } from './organizations.model';

export type PublicPageColumns = Pick<
  OrganizationEntity,
  | 'slug'
  | 'publicPageEnabled'
  | 'statesServed'
  | 'countiesServed'
  | 'languages'
  | 'contactPhone'
  | 'contactEmail'
  | 'website'
  | 'address'
  | 'brandColor'
>;

// The same shape the database's CHECK holds (migration 1764590000000), so the API names the
// field before the database refuses the row.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the separators people write; at least seven digits, so "n/a" is not a number.
const PHONE = /^\+?[0-9 ().-]+(?: ?(?:ext\.?|x) ?[0-9]{1,6})?$/i;
const COLOR = /^#[0-9a-f]{6}$/i;
const MAX_STATES = 60;
const MAX_COUNTIES = 200;
const COUNTY_LENGTH = 100;
const MAX_LANGUAGES = 20;

// Intl knows the ISO 639-1 languages: a code it cannot name is not one.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Trimmed text, or null when empty: an empty field clears the value. */
function optionalText(value: string, field: string, max: number): string | null {
  const text = value.trim();
  if (text.length > max) throw OrganizationsErrors.tooLong(field, max);
  return text === '' ? null : text;
}

function slugOf(value: string): string | null {
  const slug = value.trim().toLowerCase();
  if (slug === '') return null;
  if (!SLUG.test(slug) || slug.length < SLUG_MIN || slug.length > SLUG_MAX)
    throw OrganizationsErrors.slugInvalid();
  return slug;
}

function statesOf(values: string[]): string[] {
  if (values.length > MAX_STATES) throw OrganizationsErrors.stateInvalid();
  const codes = values.map((value) => {
    try {
      return getState(value.trim().toUpperCase()).code;
    } catch {
      throw OrganizationsErrors.stateInvalid();
    }
  });
  return [...new Set(codes)];
}

function countiesOf(values: string[]): string[] {
  const counties = values.map((value) => value.trim()).filter((value) => value !== '');
  if (counties.length > MAX_COUNTIES || counties.some((c) => c.length > COUNTY_LENGTH))
    throw OrganizationsErrors.tooMany('countiesServed', MAX_COUNTIES, COUNTY_LENGTH);
  return [...new Set(counties)];
}

function languagesOf(values: string[]): string[] {
  const codes = values.map((value) => value.trim().toLowerCase()).filter((value) => value !== '');
  if (codes.length === 0) throw OrganizationsErrors.languagesRequired();
  if (
    codes.length > MAX_LANGUAGES ||
    codes.some((code) => !/^[a-z]{2}$/.test(code) || languageNames.of(code) === undefined)
  )
    throw OrganizationsErrors.languageInvalid();
  return [...new Set(codes)];
}

function phoneOf(value: string): string | null {
  const phone = optionalText(value, 'contactPhone', 40);
  if (phone !== null && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 7))
    throw OrganizationsErrors.phoneInvalid();
  return phone;
}

function emailOf(value: string): string | null {
  const email = optionalText(value, 'contactEmail', 254);
  if (email !== null && !EMAIL.test(email)) throw OrganizationsErrors.emailInvalid();
  return email;
}

/** An https address a browser opens as given: no credentials, a host with a dot. */
function websiteOf(value: string): string | null {
  const text = optionalText(value, 'website', 300);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw OrganizationsErrors.websiteInvalid();
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.'))
    throw OrganizationsErrors.websiteInvalid();
  return url.href;
}

function colorOf(value: string): string | null {
  const color = value.trim().toLowerCase();
  if (color === '') return null;
  if (!COLOR.test(color)) throw OrganizationsErrors.colorInvalid();
  return color;
}

/**
 * The page as it will be after the changes: a field the input leaves out keeps its current
 * value. Checked in the input's field order, so the first error names the first bad field.
 * A published page needs its address.
 */
export function applyPublicPageInput(
  current: PublicPageColumns,
  input: UpdateOrganizationPublicPageInput,
): PublicPageColumns {
  const next: PublicPageColumns = {
    slug: input.slug == null ? current.slug : slugOf(input.slug),
    publicPageEnabled: input.enabled ?? current.publicPageEnabled,
    statesServed: input.statesServed == null ? current.statesServed : statesOf(input.statesServed),
    countiesServed:
      input.countiesServed == null ? current.countiesServed : countiesOf(input.countiesServed),
    languages: input.languages == null ? current.languages : languagesOf(input.languages),
    contactPhone: input.contactPhone == null ? current.contactPhone : phoneOf(input.contactPhone),
    contactEmail: input.contactEmail == null ? current.contactEmail : emailOf(input.contactEmail),
    website: input.website == null ? current.website : websiteOf(input.website),
    address: input.address == null ? current.address : optionalText(input.address, 'address', 500),
    brandColor: input.brandColor == null ? current.brandColor : colorOf(input.brandColor),
  };
  if (next.publicPageEnabled && next.slug === null) throw OrganizationsErrors.slugRequired();
  return next;
}
