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
  // "Meta DS", "Barcelona": nobody is close and it does not read as a name, so only ask who.
  const strays = open.filter((m) => m.outcome === 'nobody' && m.candidates.length === 0);
  if (strays.length === open.length) return renderStrays(line, strays);
  for (const mention of open) {
    if (strays.includes(mention)) {
      lines.push(`Who is "${mention.written}"? Kith could not tell whether it is a person.`);
      continue;
    }
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

/** Every open name is a word that reads as no person's name: ask who, and how to add them. */
function renderStrays(line: string, strays: readonly Mention[]): string {
  const names = strays.map((m) => `"${m.written}"`).join(' and ');
  return [
    `Who is ${names}? Nothing was logged: nobody in your network is called that, and Kith could not tell whether it is a person.`,
    `If it is a person you met, add them: kith log ${quoteArg(line)} --new`,
    'If you meant someone you know, write their name in the line.',
  ].join('\n');
}

function describeChoice(choice: PersonChoice): string {
  return `#${choice.id} ${choice.name}${choice.company ? `, ${choice.company}` : ''} (${choice.why})`;
}
