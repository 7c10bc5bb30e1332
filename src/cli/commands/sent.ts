// `kith sent <person> --intent <intent>`: logs a drafted message as sent and says when to follow up.
import type { Command } from 'commander';
import { channels } from '../../core/interaction.js';
import { userToday } from '../../services/deps.js';
import { printJson, printLines } from '../io.js';
import { renderSent } from '../render-words.js';
import type { Session } from '../session.js';
import { parseChoice, parseIntentFlag } from '../words-flags.js';

interface SentFlags {
  intent?: string;
  channel?: string;
  summary?: string;
  json?: boolean;
}

export function registerSent(program: Command, session: Session): void {
  program
    .command('sent')
    .description('log a message you sent; an ask gets a follow-up date')
    .argument('<person>', 'who you sent it to: a name or an id, such as "Ana Lopez" or 12')
    .option('--intent <intent>', 'what it was for, as in kith draft --help, such as ask-advice')
    .option('--channel <channel>', `how you sent it: ${channels.join(', ')} (default email)`)
    .option(
      '--summary <text>',
      'a few words on what it said (default: what it was for, such as "Asked for advice")',
    )
    .option('--json', 'print the logged message and the follow-up plan as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith sent "Ana Lopez" --intent ask-advice
  kith sent Ben --intent request-intro --channel message --summary "asked for an intro to Ana"
  kith sent 12 --intent thank-you --json`,
    )
    .action(async (ref: string, flags: SentFlags) => {
      const { logSent } = await import('../../services/log-sent.js');
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const { showPerson } = await import('../../services/show-person.js');
      const intent = parseIntentFlag(flags.intent, 'sent');
      const channel =
        flags.channel === undefined ? undefined : parseChoice(flags.channel, '--channel', channels);
      const deps = await session.deps();
      const person = await resolvePerson(deps, { ref });
      const interaction = await logSent(deps, {
        personId: person.id,
        intent,
        channel,
        summary: flags.summary,
      });
      const page = await showPerson(deps, { id: person.id, limit: 10 });
      if (flags.json) return printJson(session.io, { interaction, followUp: page.followUp });
      printLines(
        session.io,
        renderSent(interaction, page, { intent, today: await userToday(deps) }),
      );
    });
}
