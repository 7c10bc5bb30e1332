// `kith questions <person>`: questions and conversation starters that fit one person.
import type { Command } from 'commander';
import { questionsForPerson } from '../../services/questions-for-person.js';
import { resolvePerson } from '../../services/resolve-person.js';
import { printJson, printLines } from '../io.js';
import { renderQuestions } from '../render-words.js';
import type { Session } from '../session.js';

export function registerQuestions(program: Command, session: Session): void {
  program
    .command('questions')
    .description('questions to ask someone, from their work, interests and your last talk')
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12')
    .option('--json', 'print the questions as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith questions "Ana Lopez"
  kith questions 12 --json`,
    )
    .action(async (ref: string, flags: { json?: boolean }) => {
      const deps = await session.deps();
      const person = await resolvePerson(deps, { ref });
      const questions = await questionsForPerson(deps, { id: person.id });
      if (flags.json) return printJson(session.io, questions);
      printLines(session.io, renderQuestions(person, questions));
    });
}
