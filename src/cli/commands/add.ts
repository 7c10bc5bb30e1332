// `kith add <name>`: adds one person to the network.
import type { Command } from 'commander';
import { isAppError } from '../../core/errors.js';
import type { Person } from '../../core/person.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { printJson, printLines } from '../io.js';
import { addPersonFlags, personInputFromFlags, type PersonFlags } from '../person-flags.js';
import { quoteArg } from '../render.js';
import type { Session } from '../session.js';

export function registerAdd(program: Command, session: Session): void {
  const command = program
    .command('add')
    .description('add a person to your network')
    .argument('<name>', 'their name, such as "Ana Lopez"');
  addPersonFlags(command, 'add')
    .option('--anyway', 'add them even if someone with this name at this company is already there')
    .addHelpText(
      'after',
      `
Examples:
  kith add "Ana Lopez" --company Acme --title "Product Manager"
  kith add "Ben Ng" --email ben@example.com --tag jobsearch --met "PyData meetup, October"
  kith add "Lee Park" --needs "a designer for a side project" --offers "intros to climate startups"`,
    )
    .action(async (name: string, flags: PersonFlags & { anyway?: boolean }) => {
      const kith = session.operations();
      const input = { name, ...personInputFromFlags(flags) };
      const person = await kith
        .addPerson(input, { allowDuplicate: flags.anyway })
        .catch(async (error: unknown) => {
          if (!isAppError(error) || error.code !== 'CONFLICT') throw error;
          const same = await kith.findSamePeople({ name, company: flags.company });
          throw new ExitWith(exitCodes.conflict, alreadyThere(same, name));
        });
      if (flags.json) return printJson(session.io, person);
      printLines(session.io, [
        `Added ${person.name} (#${person.id}). Log your last conversation: kith log ${quoteArg(`coffee with ${person.name} yesterday`)}`,
      ]);
    });
}

/** Who is already there, where to see them, and how to add a second person of that name anyway. */
function alreadyThere(same: Person[], name: string): string {
  const lines = same.map(
    (p) =>
      `${p.name}${p.company ? ` at ${p.company}` : ''} is already in your network: kith show ${p.id}`,
  );
  lines.push(`Nothing was added. If this is someone else: kith add ${quoteArg(name)} … --anyway`);
  return lines.join('\n');
}
