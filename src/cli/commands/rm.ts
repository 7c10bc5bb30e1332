// `kith rm <person>`: removes a person and their timeline, only when --yes says so.
import type { Command } from 'commander';
import { UsageError } from '../failure.js';
import { printJson, printLines } from '../io.js';
import type { Session } from '../session.js';

export function registerRm(program: Command, session: Session): void {
  program
    .command('rm')
    .description('remove a person and everything logged with them')
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12')
    .option('--yes', 'really remove them; without it, rm only says what it would remove')
    .option('--json', 'print what was removed as JSON')
    .addHelpText(
      'after',
      `
Removing cannot be undone. Without --yes, nothing is removed.

Examples:
  kith rm 12            see what would be removed
  kith rm 12 --yes`,
    )
    .action(async (ref: string, flags: { yes?: boolean; json?: boolean }) => {
      const { removePerson } = await import('../../services/remove-person.js');
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const { showPerson } = await import('../../services/show-person.js');
      const deps = await session.deps();
      const person = await resolvePerson(deps, { ref });
      const { interactionCount } = await showPerson(deps, { id: person.id, limit: 1 });
      const what = `${person.name} (#${person.id}) and ${count(interactionCount)}`;
      if (!flags.yes) {
        throw new UsageError(
          `This would remove ${what}. Nothing was removed.\nTo go ahead: kith rm ${person.id} --yes`,
        );
      }
      await removePerson(deps, { id: person.id });
      if (flags.json)
        return printJson(session.io, {
          removed: { id: person.id, name: person.name, interactions: interactionCount },
        });
      printLines(session.io, [`Removed ${what}.`]);
    });
}

function count(interactions: number): string {
  return interactions === 1 ? '1 logged interaction' : `${interactions} logged interactions`;
}
