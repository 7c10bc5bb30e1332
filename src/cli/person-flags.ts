// The flags `add` and `edit` share, and how they become the input the person services expect.
import type { Command } from 'commander';

export interface PersonFlags {
  /** Only `edit` has it: `add` takes the name as its argument. */
  name?: string;
  email?: string[];
  phone?: string[];
  company?: string;
  title?: string;
  location?: string;
  linkedin?: string;
  tag?: string[];
  met?: string;
  interest?: string[];
  needs?: string;
  offers?: string;
  notes?: string;
  doNotContact?: boolean;
  json?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Adds the person flags; `edit` also gets a way to take someone off the do-not-contact list. */
export function addPersonFlags(command: Command, mode: 'add' | 'edit'): Command {
  const clear = mode === 'edit' ? ' ("" clears)' : '';
  if (mode === 'edit') command.option('--name <name>', 'their name as it should be written');
  command
    .option('--email <address>', `an email address; repeat for more${clear}`, collect)
    .option('--phone <number>', `a phone number; repeat for more${clear}`, collect)
    .option('--company <name>', `where they work${clear}`)
    .option('--title <title>', `their role${clear}`)
    .option('--location <place>', `where they are${clear}`)
    .option('--linkedin <url>', `their LinkedIn profile address${clear}`)
    .option('--tag <tag>', `a tag such as jobsearch; repeat or use commas${clear}`, collect)
    .option('--met <how>', `how you met${clear}`)
    .option('--interest <topic>', `something they care about; repeat for more${clear}`, collect)
    .option('--needs <text>', `what they are looking for, so you can help${clear}`)
    .option('--offers <text>', `what they could help with${clear}`)
    .option('--notes <text>', `anything else worth remembering${clear}`)
    .option('--do-not-contact', 'keep them out of suggestions and reminders');
  if (mode === 'edit') command.option('--no-do-not-contact', 'put them back into suggestions');
  return command.option('--json', 'print the saved person as JSON');
}

/** Only the flags that were given, named as the services name them; "" empties a field or list. */
export function personInputFromFlags(flags: PersonFlags): Record<string, unknown> {
  const list = (values: string[] | undefined, split = false) =>
    values?.flatMap((v) => (split ? v.split(',') : [v])).filter((v) => v.trim() !== '');
  const input: Record<string, unknown> = {
    name: flags.name,
    emails: list(flags.email),
    phones: list(flags.phone),
    company: flags.company,
    title: flags.title,
    location: flags.location,
    linkedinUrl: flags.linkedin,
    tags: list(flags.tag, true),
    howWeMet: flags.met,
    interests: list(flags.interest),
    needs: flags.needs,
    offers: flags.offers,
    notes: flags.notes,
    doNotContact: flags.doNotContact,
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** The flag names behind the given input fields, for "Updated Ana Lopez: --title, --company". */
export const personFlagNames: Record<string, string> = {
  name: 'name',
  emails: 'email',
  phones: 'phone',
  company: 'company',
  title: 'title',
  location: 'location',
  linkedinUrl: 'LinkedIn',
  tags: 'tags',
  howWeMet: 'how you met',
  interests: 'interests',
  needs: 'needs',
  offers: 'offers',
  notes: 'notes',
  doNotContact: 'contact preference',
};
