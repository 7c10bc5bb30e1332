// Strong keys that say two records are one person: an email, a phone in E.164, a LinkedIn profile.
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js';
import { z } from 'zod';

/**
 * An email as a key: trimmed and lower-cased, nothing more. Providers disagree on dots and
 * "+tags" (Gmail ignores both, most others do not), and googlemail.com is not always gmail.com,
 * so folding those would merge different people's addresses. Null when it is not an email.
 */
export function normaliseEmail(raw: string): string | null {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return emailPattern.test(email) ? email : null;
}

/**
 * The rule a person's email field uses (`z.email()` checks against this pattern), tested
 * directly: an import checks tens of thousands of emails, and a parse result made for each one
 * cost a third more.
 */
const emailPattern = z.regexes.email;

/** The part after the @, for "same email domain" evidence. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * Mail providers anyone can sign up with: sharing one says nothing about two people being
 * one. Only the big ones; a missing one only means a review that did not need to be asked.
 */
const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

export function isFreeMailDomain(domain: string): boolean {
  return freeMailDomains.has(domain);
}

export interface PhoneKey {
  /** E.164, with ";ext=N" when there is an extension: two extensions of one switchboard are two people. */
  key: string;
  /** How to show and store it: "+44 7700 900123". */
  display: string;
}

/**
 * A phone as a key, read with `region` (ISO 3166 alpha-2) for numbers written without a country
 * code. Null when it cannot be a phone number there, such as "555-0102" with no region.
 */
export function normalisePhone(raw: string, region?: string | null): PhoneKey | null {
  const known = readPhones.get(slotOf(raw, region));
  if (known === null) return null;
  if (known?.display !== undefined) return { key: known.key, display: known.display };
  const phone = parsePhone(raw, region);
  const read = phone && {
    key: keyOf(phone),
    display: `${phone.formatInternational()}${phone.ext ? ` ext. ${phone.ext}` : ''}`,
  };
  keep(raw, region, read);
  return read && { ...read };
}

/** Only the key of a phone, for indexing stored people without formatting each number for display. */
export function phoneKey(raw: string, region?: string | null): string | null {
  const known = readPhones.get(slotOf(raw, region));
  if (known !== undefined) return known?.key ?? null;
  const phone = parsePhone(raw, region);
  const read = phone && { key: keyOf(phone) };
  keep(raw, region, read);
  return read?.key ?? null;
}

/**
 * Phones already read, by region and text as written. Reading one costs 30 to 130 µs, and an
 * import reads each stored person's phones and then each record's, often the same numbers again.
 */
const readPhones = new Map<string, { key: string; display?: string } | null>();
const phonesKept = 100_000;

function slotOf(raw: string, region?: string | null): string {
  return `${region ?? ''}\u0000${raw}`;
}

function keep(
  raw: string,
  region: string | null | undefined,
  read: PhoneKey | { key: string } | null,
) {
  if (readPhones.size >= phonesKept) {
    // The oldest first: a Map iterates in insertion order.
    const oldest = readPhones.keys().next().value;
    if (oldest !== undefined) readPhones.delete(oldest);
  }
  readPhones.set(slotOf(raw, region), read);
}

function parsePhone(raw: string, region?: string | null): PhoneNumber | null {
  const country = region && isRegion(region) ? (region as CountryCode) : undefined;
  const phone = parsePhoneNumberFromString(raw.trim(), country);
  return phone?.isPossible() ? phone : null;
}

function keyOf(phone: PhoneNumber): string {
  return `${phone.number}${phone.ext ? `;ext=${phone.ext}` : ''}`;
}

/** True for a two-letter country code the phone rules know, such as GB or US. */
export function isRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/** The region of a locale such as 'en-GB' ('GB'), or null when it names none ('en'). */
export function regionFromLocale(locale: string): string | null {
  try {
    // Only a region the locale names: 'en' alone says nothing about where the user's phones are.
    const region = new Intl.Locale(locale).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

/** This machine's region from its locale: the default for reading phones when the profile has none. */
export function machineRegion(): string | null {
  return regionFromLocale(Intl.DateTimeFormat().resolvedOptions().locale);
}

/**
 * A LinkedIn profile address as a key: `linkedin.com/in/<slug>`, whatever the protocol, www or
 * country subdomain (uk.linkedin.com), query, fragment, case or trailing slash. Null otherwise.
 */
export function normaliseLinkedinUrl(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  const match =
    /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/([^?#\s]+?)\/*(?:[?#].*)?$/.exec(
      text,
    );
  if (!match) return null;
  const [, kind, path = ''] = match;
  let slug = path;
  try {
    // Non-Latin slugs come percent-encoded in exports and plain in browsers' address bars.
    slug = decodeURIComponent(path);
  } catch {
    // Keep a malformed escape as written: it is still the same text the next time.
  }
  return slug === '' ? null : `linkedin.com/${kind}/${slug}`;
}

/** The address Kith stores for a profile key: the https form LinkedIn itself shows. */
export function linkedinUrlOf(key: string): string {
  return `https://www.${key}`;
}
