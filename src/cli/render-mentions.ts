// How the one-line log says which person each name became, and asks when it could not tell.
import { isGuess, type Mention, type PersonChoice } from '../core/person-mention.js';
import type { LoggedLine } from '../services/log-line.js';
import { quoteArg } from './render.js';

/** "Devendra Mistry — you wrote "Dev"", and a way out when a guess or a new person was wrong. */
export function renderMatchNotes(logged: LoggedLine): string[] {
  const notes = logged.mentions.flatMap((mention) => (mention.note ? [`  ${mention.note}`] : []));
  // Someone new was added only because nobody was close; a guess may be wrong, so say how to undo it.
  const guessed = logged.mentions.filter((m) => m.outcome === 'matched' && isGuess(m));
  const interaction = logged.interactions.find((i) =>
    guessed.some((m) => m.person?.id === i.personId),
  );
  if (interaction)
    notes.push(`Not who you meant? Move it: kith log --move ${interaction.id} --to <person>`);
  return notes;
}

/** Nothing was logged: which names need a choice, who they could be, and the commands that choose. */
export function renderChoices(line: string, mentions: readonly Mention[]): string {
  const lines: string[] = [];
  const open = mentions.filter((m) => m.outcome === 'several' || m.outcome === 'nobody');
  for (const mention of open) {
    lines.push(
      mention.outcome === 'several'
        ? `"${mention.written}" could be more than one person:`
        : `Nobody called "${mention.written}" is in your network yet, but someone is close:`,
    );
    lines.push(...mention.candidates.slice(0, 8).map((c) => `  ${describeChoice(c)}`));
    if (mention.candidates.length > 8)
      lines.push(`  … and ${mention.candidates.length - 8} more; write the full name to narrow it`);
  }
  const [first] = open;
  const id = first?.candidates[0]?.id ?? 1;
  const each = open.length > 1 ? ' (one --pick for each name)' : '';
  lines.push(
    `Nothing was logged. Choose who you meant by id${each}: kith log ${quoteArg(line)} --pick ${id}`,
  );
  if (open.some((m) => m.outcome === 'nobody'))
    lines.push(`Or, if they are someone new: kith log ${quoteArg(line)} --new`);
  return lines.join('\n');
}

function describeChoice(choice: PersonChoice): string {
  return `#${choice.id} ${choice.name}${choice.company ? `, ${choice.company}` : ''} (${choice.why})`;
}
