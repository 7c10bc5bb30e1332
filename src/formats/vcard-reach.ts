// How to reach a person, from a card: emails (mailto: URIs too), phones (tel: URIs too) and web
// addresses, with the LinkedIn profile set apart. Also the list helpers the other field readers use.
import type { Card } from './vcard-card.js';
import type { VCardProperty } from './vcard-property.js';

/** Kith keeps at most this many emails and phones per person (src/core/person.ts). */
const maxContacts = 20;

const linkedinProfile = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/]+\/?$/i;

export function readEmails(card: Card): string[] {
  // 4.0 may write `mailto:ana@example.com?subject=Hi`: the query belongs to the URI, not the address.
  const emails = readList(card, 'EMAIL', (value) =>
    /^mailto:/i.test(value) ? value.slice(7).replace(/\?.*$/, '') : value,
  );
  const kept: string[] = [];
  for (const { value, property } of emails) {
    if (value.includes('@')) kept.push(value);
    else report(card, property, `"${value}" is not an email address; it was left out.`);
  }
  return capped(
    card,
    'EMAIL',
    unique(kept, (email) => email.toLowerCase()),
    maxContacts,
  );
}

/** 4.0 writes `tel:+1-555-0100;ext=12`: keep the number and the extension. */
export function readPhones(card: Card): string[] {
  const phones = readList(card, 'TEL', (value) => {
    const uri = /^tel:([^;]*)(.*)$/i.exec(value);
    if (!uri) return value;
    const extension = /;ext=([^;]+)/i.exec(uri[2] ?? '')?.[1];
    return extension ? `${uri[1] ?? ''} ext. ${extension}` : (uri[1] ?? '');
  });
  return capped(
    card,
    'TEL',
    unique(
      phones.map(({ value }) => value),
      (phone) => phone,
    ),
    maxContacts,
  );
}

export function readUrls(card: Card): { linkedinUrl: string | null; urls: string[] } {
  const all = readList(card, 'URL', (value) => value).map(({ value }) => value);
  const social = readList(card, 'X-SOCIALPROFILE', (value) => value).map(({ value }) => value);
  const linkedinUrl = [...all, ...social].find((url) => linkedinProfile.test(url)) ?? null;
  const urls = unique(
    all.filter((url) => url !== linkedinUrl),
    (url) => url,
  );
  return { linkedinUrl, urls };
}

export interface Listed {
  value: string;
  property: VCardProperty;
}

export function readList(card: Card, name: string, clean: (value: string) => string): Listed[] {
  return card
    .properties(name)
    .map((property) => ({ value: clean(card.value(property)).trim(), property }))
    .filter(({ value }) => value !== '');
}

export function capped(card: Card, field: string, values: string[], max: number): string[] {
  if (values.length <= max) return values;
  card.report({
    line: card.line,
    field,
    message: `This card lists ${values.length} values for ${field}; the first ${max} were kept.`,
    severity: 'warning',
  });
  return values.slice(0, max);
}

function report(card: Card, property: VCardProperty, message: string): void {
  card.report({ line: property.line, field: property.name, message, severity: 'warning' });
}

export function unique(values: string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
