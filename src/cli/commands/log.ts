// `kith log`: logs an interaction from one line of text, or from flags when the line is not enough.
import type { Command } from 'commander';
import { channels, directions, interactionKinds } from '../../core/interaction.js';
import type { LoggedLine } from '../../services/log-line.js';
import { exitCodes } from '../exit-codes.js';
import { ExitWith } from '../exit-with.js';
import { UsageError } from '../failure.js';
import { printJson, printLines } from '../io.js';
import { quoteArg, renderLogged } from '../render.js';
import { renderChoices, renderMatchNotes } from '../render-mentions.js';
import type { Session } from '../session.js';
import { parseWholeNumber } from '../whole-number.js';

interface LogFlags {
  person?: string;
  channel?: string;
  direction?: string;
  kind?: string;
  date?: string;
  summary?: string;
  pick?: string[];
  new?: boolean;
  move?: string;
  to?: string;
  json?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function registerLog(program: Command, session: Session): void {
  program
    .command('log')
    .description('log a conversation in one line, or with --person and flags')
    .argument(
      '[line]',
      'what happened, such as "coffee with Ana Lopez about data roles yesterday"; - reads it from stdin',
    )
    .option('--person <person>', 'who it was with: a name or an id (switches to the flag form)')
    .option('--channel <channel>', `how: ${channels.join(', ')}`)
    .option(
      '--direction <direction>',
      `who started it: ${directions.join(', ')} (default outbound)`,
    )
    .option('--kind <kind>', `what kind: ${interactionKinds.join(', ')} (default catch-up)`)
    .option(
      '--date <date>',
      'when: 2026-11-03, 03/11/2026 in your date order (kith profile --date-order), "3 Nov" or "yesterday" (default today)',
    )
    .option('--summary <text>', 'what it was about')
    .option(
      '--pick <id>',
      'the person a name in the line means, when it could be several; repeat for more',
      collect,
    )
    .option(
      '--new',
      'the names in the line are people new to Kith, even if they look like someone known',
    )
    .option(
      '--move <interaction>',
      'move a logged interaction (its id) to another person; use with --to',
    )
    .option('--to <person>', 'who a moved interaction belongs to: a name or an id')
    .option('--json', 'print what was logged as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith log "coffee with Ana Lopez about data roles #jobsearch yesterday"
  kith log "Ben Ng emailed me about the analyst opening on Tuesday"
  kith log --person "Ana Lopez" --channel call --kind give --date 20/11/2026 --summary "shared the PM reading list"
  echo "lunch with Lee" | kith log -
  kith log "call with Sam yesterday" --pick 12     when "Sam" could be several people
  kith log --move 31 --to "Joanne Bennett"          put an interaction on the right timeline`,
    )
    .action(async (line: string | undefined, flags: LogFlags) => {
      if (flags.move !== undefined || flags.to !== undefined) return moveOne(session, line, flags);
      const text = line === '-' ? await readStdin(session) : line;
      const result =
        flags.person === undefined
          ? await logFromLine(session, text, flags)
          : await logFromFlags(session, text, flags);
      if (flags.json) return printJson(session.io, result);
      const [person] = result.people;
      const next = person
        ? `See their timeline: kith show ${result.created.length > 0 ? person.id : quoteArg(person.name)}`
        : '';
      printLines(session.io, [
        renderLogged(result),
        ...renderMatchNotes(result),
        ...result.notes,
        ...(next ? [next] : []),
      ]);
    });
}

async function logFromLine(
  session: Session,
  line: string | undefined,
  flags: LogFlags,
): Promise<LoggedLine> {
  const extra = (['channel', 'direction', 'kind', 'date', 'summary'] as const).filter(
    (key) => flags[key] !== undefined,
  );
  if (extra.length > 0) {
    throw new UsageError(
      `--${extra.join(', --')} go${extra.length === 1 ? 'es' : ''} with --person. Try: kith log --person "Ana Lopez" --${extra[0] ?? 'channel'} …`,
    );
  }
  if (line === undefined) {
    throw new UsageError(
      'Write what happened in one line, for example: kith log "coffee with Ana Lopez yesterday"',
    );
  }
  const pick = (flags.pick ?? []).map((id) => parseWholeNumber(id, '--pick', '12'));
  const outcome = await session.operations().logLine({ line, pick, createNew: flags.new });
  if (outcome.status === 'logged') return outcome;
  if (flags.json) printJson(session.io, outcome);
  throw new ExitWith(exitCodes.conflict, flags.json ? '' : renderChoices(line, outcome.mentions));
}

async function logFromFlags(
  session: Session,
  line: string | undefined,
  flags: LogFlags,
): Promise<LoggedLine> {
  const { resolvePerson } = await import('../../services/resolve-person.js');
  const { logInteraction } = await import('../../services/log-interaction.js');
  const { readUserDate } = await import('../../services/read-date.js');
  const deps = await session.deps();
  const person = await resolvePerson(deps, { ref: flags.person ?? '' });
  // --date takes what the one-line log takes, read by the same rules.
  const read =
    flags.date === undefined
      ? undefined
      : await readUserDate(deps, { text: flags.date, field: 'occurredOn' });
  const input: Record<string, unknown> = {
    personId: person.id,
    channel: flags.channel,
    direction: flags.direction,
    kind: flags.kind,
    occurredOn: read?.date,
    // With --person, a bare line is the summary: kith log --person Ana "talked about data roles".
    summary: flags.summary ?? line,
  };
  const defined = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  const interaction = await logInteraction(deps, defined);
  return {
    interactions: [interaction],
    people: [person],
    created: [],
    mentions: [],
    notes: read?.note ? [read.note] : [],
  };
}

/** `kith log --move 31 --to "Joanne Bennett"`: one interaction to another timeline, nothing lost. */
async function moveOne(session: Session, line: string | undefined, flags: LogFlags): Promise<void> {
  if (flags.move === undefined || flags.to === undefined || line !== undefined) {
    throw new UsageError(
      'Move one interaction with both --move and --to and nothing else, for example: kith log --move 31 --to "Joanne Bennett"',
    );
  }
  const id = parseWholeNumber(flags.move, '--move', '31');
  const { resolvePerson } = await import('../../services/resolve-person.js');
  const { moveInteraction } = await import('../../services/move-interaction.js');
  const deps = await session.deps();
  const to = await resolvePerson(deps, { ref: flags.to });
  const moved = await moveInteraction(deps, { id, toPersonId: to.id });
  if (flags.json) return printJson(session.io, moved);
  const { from } = moved;
  printLines(session.io, [
    `Moved "${moved.interaction.summary}" (${moved.interaction.occurredOn}) from ${from.name} to ${to.name}.`,
    ...(moved.fromLeft === 0
      ? [
          `${from.name} (#${from.id}) has nothing else logged. If they were added by mistake: kith rm ${from.id} --yes`,
        ]
      : []),
  ]);
}

async function readStdin(session: Session): Promise<string> {
  if (!session.io.stdin)
    throw new UsageError(
      'Nothing to read: "-" reads the line from standard input, which is not available here.',
    );
  return session.io.stdin();
}
