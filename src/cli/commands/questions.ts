// `kith questions <person>`: questions and conversation starters that fit one person.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import { renderQuestions } from '../render-words.js';
import type { Session } from '../session.js';

export function registerQuestions(program: Command, session: Session): void {
  program
    .command('questions')
    .description(
      'questions to ask someone, from their work, interests and your last talk, and what to offer first',
    )
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
      const { offersForPerson } = await import('../../services/offers-for-person.js');
      const { questionsForPerson } = await import('../../services/questions-for-person.js');
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const deps = await session.deps();
      const person = await resolvePerson(deps, { ref });
      const [questions, giveFirst] = await Promise.all([
        questionsForPerson(deps, { id: person.id }),
        offersForPerson(deps, { id: person.id }),
      ]);
      if (flags.json) return printJson(session.io, { ...questions, giveFirst });
      printLines(session.io, [
        ...renderQuestions(person, questions),
        '',
        'Something to offer first:',
        ...(giveFirst.offerCount === 0
          ? [
              '  Note what you can give, and Kith will match it to them: kith brand --offer "feedback:CV reviews"',
            ]
          : giveFirst.matches.map((match) => `  - ${match.offer.detail} (${match.reason})`)),
      ]);
    });
}
