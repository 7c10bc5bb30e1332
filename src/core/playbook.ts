// A group's shared playbook: what members post (kinds and their labels), how it is ordered, the
// limits on what they write, and how a saved template is filled in for one person. Pure.
import { z } from 'zod';
import { markBlank } from './words/blanks.js';
import { playbookKinds } from './playbook-words.js';

export {
  isPlaybookKind,
  playbookKindLabels,
  playbookKinds,
  playbookSortLabels,
  playbookSorts,
  type PlaybookKind,
  type PlaybookSort,
} from './playbook-words.js';

/** The placeholder a name becomes, and what Compose fills with the person's first name. */
export const namePlaceholder = markBlank('name');

const title = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'give it a short title, such as "Asking for 15 minutes worked"')
  .max(120, 'keep the title under 120 characters');
const body = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'write what worked')
  .max(5000, 'keep it under 5,000 characters');

export const playbookEntryInputSchema = z.object({
  kind: z.enum(playbookKinds, { error: `must be one of ${playbookKinds.join(', ')}` }),
  title,
  body,
});
export type PlaybookEntryInput = z.output<typeof playbookEntryInputSchema>;

export const playbookCommentInputSchema = z.object({
  body: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'write a comment first')
    .max(2000, 'keep a comment under 2,000 characters'),
});

export const playbookTemplateInputSchema = z.object({ title, body });

export const playbookStripInputSchema = z.object({
  text: z
    .string({ error: 'is required' })
    .max(10_000, 'is too long to check; paste at most 10,000 characters'),
});

/** A saved template written to one person: each [name] becomes their first name. */
export function fillTemplate(text: string, firstName: string): string {
  return firstName.trim() === '' ? text : text.split(namePlaceholder).join(firstName.trim());
}
