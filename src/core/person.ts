// A person in the user's network, and the rules for what a valid one looks like.
import { z } from 'zod';

export interface Person {
  id: number;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  title: string | null;
  location: string | null;
  linkedinUrl: string | null;
  tags: string[];
  howWeMet: string | null;
  interests: string[];
  needs: string | null;
  offers: string | null;
  notes: string | null;
  doNotContact: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a list of people shows of each one: enough to recognise and pick them. A page or a search
 * answers with these; the person page and `kith people --all` give every field.
 */
export type PersonListItem = Pick<
  Person,
  'id' | 'name' | 'company' | 'title' | 'location' | 'tags' | 'doNotContact'
>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const listOf = (item: z.ZodType<string>, max: number) =>
  z.array(item).max(max, `can hold at most ${max} entries`).optional();

/** Tags are lower-case words without the leading '#': "#JobSearch" is stored as "jobsearch". */
export const tagSchema = z
  .string()
  .trim()
  .transform((tag) => tag.replace(/^#+/, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, 'a tag cannot be empty')
      .max(40, 'a tag must be at most 40 characters')
      .regex(/^[\p{L}\p{N}_-]+$/u, 'a tag holds letters, digits, - and _ only'),
  );

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('must be an email address such as ana@example.com'));

export const phoneSchema = z
  .string()
  .trim()
  .regex(
    /^\+?[\d\s().\-/]{3,30}(\s*(x|ext\.?)\s*\d{1,6})?$/i,
    'must be a phone number such as +1 555 010 2030',
  );

export const linkedinUrlSchema = z
  .string()
  .trim()
  .regex(
    /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/]+\/?$/i,
    'must be a LinkedIn profile address such as https://www.linkedin.com/in/ana-lopez',
  );

export const personFields = {
  name: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'cannot be empty; give at least a first name')
    .max(200, 'must be at most 200 characters'),
  emails: listOf(emailSchema, 20),
  phones: listOf(phoneSchema, 20),
  company: optionalText(200),
  title: optionalText(200),
  location: optionalText(200),
  linkedinUrl: linkedinUrlSchema
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  tags: listOf(tagSchema, 50),
  howWeMet: optionalText(2000),
  interests: listOf(z.string().trim().min(1).max(100), 50),
  needs: optionalText(2000),
  offers: optionalText(2000),
  notes: optionalText(20000),
  doNotContact: z.boolean().optional(),
};

export const newPersonSchema = z.object(personFields);
export type NewPerson = z.output<typeof newPersonSchema>;

export const personPatchSchema = z.object(personFields).partial();
export type PersonPatch = z.output<typeof personPatchSchema>;

/** A stored person with every optional field filled in with its empty value. */
export function completePerson(input: NewPerson): Omit<Person, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: input.name,
    emails: unique(input.emails ?? []),
    phones: unique(input.phones ?? []),
    company: input.company ?? null,
    title: input.title ?? null,
    location: input.location ?? null,
    linkedinUrl: input.linkedinUrl ?? null,
    tags: unique(input.tags ?? []),
    howWeMet: input.howWeMet ?? null,
    interests: unique(input.interests ?? []),
    needs: input.needs ?? null,
    offers: input.offers ?? null,
    notes: input.notes ?? null,
    doNotContact: input.doNotContact ?? false,
  };
}

function unique(values: string[]): string[] {
  // Most lists hold one value or none: no set needed to see they have no repeats.
  return values.length < 2 ? [...values] : [...new Set(values)];
}
