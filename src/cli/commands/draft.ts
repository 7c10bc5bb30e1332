// `kith draft <person> --intent <intent>`: a short, give-first message for one person, checked for tone.
import type { Command } from 'commander';
import { AppError, invalidInput, isAppError } from '../../core/errors.js';
import type { Person } from '../../core/person.js';
import type { DraftIntent } from '../../core/words/drafts.js';
import { relationshipStages } from '../../core/words/stages.js';
import { acknowledgeField } from '../../core/words/timeline-checks.js';
import { printJson, printLines } from '../io.js';
import { renderDraft } from '../render-words.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';
import { intentHelp, parseChoice, parseIntentFlag, withFlagNames } from '../words-flags.js';

interface DraftFlags {
  intent?: string;
  connector?: string;
  with?: string;
  topic?: string;
  stage?: string;
  variants?: string;
  polish?: boolean;
  anyway?: boolean;
  json?: boolean;
}

const flagNames: Record<string, string> = {
  personId: 'person',
  intent: '--intent',
  connectorId: '--connector',
  otherPersonId: '--with',
  topic: '--topic',
  stage: '--stage',
  variantCount: '--variants',
};

export function registerDraft(program: Command, session: Session): void {
  program
    .command('draft')
    .description('draft a short message to someone, with blanks for what Kith does not know')
    .argument('<person>', 'who it is about: a name or an id, such as "Ana Lopez" or 12')
    .option('--intent <intent>', 'what the message is for (the list is below)')
    .option('--connector <person>', 'for request-intro: who you ask to make the introduction')
    .option('--with <person>', 'for introduce: the second person')
    .option('--topic <text>', 'the article, news or link it is about, for share and congratulate')
    .option(
      '--stage <stage>',
      `how well you know them: ${relationshipStages.join(', ')} (default: from your timeline)`,
    )
    .option('--variants <n>', 'show 1 to 5 ways to say each part')
    .option('--polish', 'let your model polish the wording (KITH_LLM_URL and KITH_LLM_MODEL)')
    .option('--anyway', 'draft even though someone involved is marked do not contact')
    .option('--json', 'print the draft and its tone check as JSON')
    .addHelpText(
      'after',
      `
Intents:
${intentHelp()}

Examples:
  kith draft "Ana Lopez" --intent ask-advice
  kith draft Ana --intent request-intro --connector "Ben Ng"
  kith draft Ana --intent introduce --with "Lee Park"
  kith draft 12 --intent share --topic "the State of Data report" --variants 3
  KITH_LLM_URL=http://localhost:11434 KITH_LLM_MODEL=llama3.2 kith draft Ana --intent reconnect --polish`,
    )
    .action(async (ref: string, flags: DraftFlags) => {
      const intent = parseIntentFlag(flags.intent, 'draft');
      const stage =
        flags.stage === undefined
          ? undefined
          : parseChoice(flags.stage, '--stage', relationshipStages);
      const variantCount = flags.variants === undefined ? undefined : parseVariants(flags.variants);
      const kith = session.operations();
      const person = await kith.resolvePerson(ref);
      const connector =
        flags.connector === undefined ? undefined : await kith.resolvePerson(flags.connector);
      const other = flags.with === undefined ? undefined : await kith.resolvePerson(flags.with);
      const result = await kith
        .draftForPerson({
          personId: person.id,
          intent,
          connectorId: connector?.id,
          otherPersonId: other?.id,
          topic: flags.topic,
          stage,
          variantCount,
          polish: flags.polish ?? false,
          acknowledgeDoNotContact: flags.anyway ?? false,
        })
        .catch((error: unknown) => {
          throw withAnywayHint(withFlagNames(error, flagNames));
        });
      if (flags.json) return printJson(session.io, result);
      printLines(
        session.io,
        renderDraft({
          result,
          sentTo: sentTo(intent, person, connector, other),
          showVariants: variantCount !== undefined && variantCount > 1,
        }),
      );
    });
}

/** Who the message goes to: the connector for request-intro, both people for introduce. */
function sentTo(
  intent: DraftIntent,
  person: Person,
  connector: Person | undefined,
  other: Person | undefined,
): Person[] {
  if (intent === 'request-intro') return connector ? [connector] : [];
  if (intent === 'introduce' && other) return [person, other];
  return [person];
}

/** A do-not-contact refusal says how to go ahead on the command line. */
function withAnywayHint(error: unknown): unknown {
  if (!isAppError(error) || !error.problems.some((p) => p.field === acknowledgeField)) return error;
  return new AppError(error.code, `${error.message} To draft it anyway, add --anyway.`, {
    problems: error.problems,
    cause: error,
  });
}

function parseVariants(text: string): number {
  const count = parseWholeNumber(text, '--variants', '3');
  if (count < 1 || count > 5) {
    throw invalidInput([{ field: '--variants', message: `must be 1 to 5 (got ${count})` }]);
  }
  return count;
}
