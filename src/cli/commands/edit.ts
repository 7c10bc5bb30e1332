// `kith edit <person>`: changes only the fields whose flags are given; "" clears a field.
import type { Command } from 'commander';
import { UsageError } from '../failure.js';
import { printJson, printLines } from '../io.js';
import {
  addPersonFlags,
  personFlagNames,
  personInputFromFlags,
  type PersonFlags,
} from '../person-flags.js';
import { quoteArg } from '../render.js';
import type { Session } from '../session.js';

export function registerEdit(program: Command, session: Session): void {
  const command = program
    .command('edit')
    .description('change what Kith knows about a person')
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12');
  addPersonFlags(command, 'edit')
    .addHelpText(
      'after',
      `
Lists such as --email and --tag are replaced by what you give; --tag "" empties the list.

Examples:
  kith edit "Ana Lopez" --title "Head of Data" --company Acme
  kith edit 12 --name "Joanne Bennett"  rename them; their timeline stays
  kith edit 12 --tag jobsearch --tag data
  kith edit 12 --notes ""              clear the notes
  kith edit 12 --no-do-not-contact`,
    )
    .action(async (ref: string, flags: PersonFlags) => {
      const { editPerson } = await import('../../services/edit-person.js');
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const patch = personInputFromFlags(flags);
      const changed = Object.keys(patch);
      if (changed.length === 0) {
        throw new UsageError(
          `Nothing to change. Give at least one flag, for example: kith edit ${quoteArg(ref)} --title "Head of Data"`,
        );
      }
      const deps = await session.deps();
      const person = await resolvePerson(deps, { ref });
      const saved = await editPerson(deps, { id: person.id, patch });
      if (flags.json) return printJson(session.io, saved);
      const fields = changed.map((field) => personFlagNames[field] ?? field).join(', ');
      const renamed = saved.name === person.name ? '' : ` (was ${person.name})`;
      printLines(session.io, [`Updated ${saved.name} (#${saved.id})${renamed}: ${fields}.`]);
    });
}
