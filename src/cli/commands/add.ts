// `kith add <name>`: adds one person to the network.
import type { Command } from 'commander';
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
    .addHelpText(
      'after',
      `
Examples:
  kith add "Ana Lopez" --company Acme --title "Product Manager"
  kith add "Ben Ng" --email ben@example.com --tag jobsearch --met "PyData meetup, October"
  kith add "Lee Park" --needs "a designer for a side project" --offers "intros to climate startups"`,
    )
    .action(async (name: string, flags: PersonFlags) => {
      const { addPerson } = await import('../../services/add-person.js');
      const person = await addPerson(await session.deps(), {
        name,
        ...personInputFromFlags(flags),
      });
      if (flags.json) return printJson(session.io, person);
      printLines(session.io, [
        `Added ${person.name} (#${person.id}). Log your last conversation: kith log ${quoteArg(`coffee with ${person.name} yesterday`)}`,
      ]);
    });
}
