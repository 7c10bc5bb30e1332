// Turns drafts, tone reports, the brand, questions and sent messages into the lines `kith` prints.
import { shortDate } from '../core/dates.js';
import type { Interaction } from '../core/interaction.js';
import type { Person } from '../core/person.js';
import type { ToneFinding, ToneReport } from '../core/tone/check-tone.js';
import type { DraftIntent } from '../core/words/drafts.js';
import type { SuggestedQuestions } from '../core/words/questions.js';
import { intentExpectsReply } from '../core/words/sent.js';
import type { Brand } from '../services/brand.js';
import type { DraftResult } from '../services/draft-for-person.js';
import type { PersonPage } from '../services/show-person.js';
import { quoteArg } from './render.js';
import { renderTable } from './render-table.js';

/** 1-based line and column (in characters) of `offset` in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: [...before.slice(lineStart)].length + 1,
  };
}

function excerptOf(finding: ToneFinding): string {
  const flat = finding.excerpt.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= 60 ? flat : `${chars.slice(0, 59).join('')}…`;
}

/** Each finding as `line:col  severity  category  "excerpt"`, then why and a suggested rewrite. */
export function renderFindings(text: string, findings: readonly ToneFinding[]): string[] {
  const rows = findings.map((finding) => {
    const { line, column } = positionOf(text, finding.start);
    return [`${line}:${column}`, finding.severity, finding.category, `"${excerptOf(finding)}"`];
  });
  const heads = renderTable(rows, [12, 6, 24, 64]);
  const indent = ' '.repeat(Math.max(...rows.map((row) => (row[0] ?? '').length)) + 2);
  return findings.flatMap((finding, i) => [
    ...(i > 0 ? [''] : []),
    heads[i] ?? '',
    `${indent}${finding.why}`,
    `${indent}Try: ${finding.rewrite}`,
  ]);
}

/** "Score: 85/100. Good to send…" and any notes about the check itself. */
export function renderScore(report: ToneReport, label = 'Score'): string[] {
  const score =
    report.score === null ? report.verdict : `${label}: ${report.score}/100. ${report.verdict}`;
  return [score, ...report.notes.map((note) => `Note: ${note}`)];
}

/** The full tone check of `text`: findings first, then the score and verdict. */
export function renderToneReport(text: string, report: ToneReport): string[] {
  const count = report.findings.length;
  const findings =
    count === 0
      ? report.score === null
        ? []
        : ['Nothing to change: no tone problems found.']
      : [
          `${count} ${count === 1 ? 'thing' : 'things'} to look at before sending:`,
          '',
          ...renderFindings(text, report.findings),
        ];
  return [...findings, ...(findings.length > 0 ? [''] : []), ...renderScore(report)];
}

export interface DraftView {
  result: DraftResult;
  /** Who `kith sent` should log it against: the person, the connector, or both people introduced. */
  sentTo: readonly Person[];
  showVariants: boolean;
}

export function renderDraft({ result, sentTo, showVariants }: DraftView): string[] {
  const { draft, tone, polished, notice } = result;
  const lines: string[] = [];
  if (notice) lines.push(notice, '');
  if (draft.warning) lines.push(`Warning: ${draft.warning}`, '');
  if (draft.reason) lines.push(`Note: ${draft.reason}`, '');
  lines.push(`Subject: ${draft.subject}`);
  for (const [index, part] of draft.parts.entries()) {
    const isPolished = index === 0 && polished !== null;
    lines.push(
      '',
      `── ${part.label}${isPolished ? ' (polished by your model)' : ''} ──`,
      `To: ${part.to}`,
      '',
      isPolished ? polished : part.body,
    );
    const others = showVariants ? (draft.variants[index] ?? []).slice(1) : [];
    const total = others.length + 1;
    for (const [n, variant] of others.entries()) {
      lines.push('', `Another way to say it (${n + 2} of ${total}):`, '', variant);
    }
  }
  lines.push('');
  if (draft.blanks.length > 0) {
    lines.push(`Fill in before sending: ${draft.blanks.map((b) => `[${b}]`).join(', ')}`, '');
  }
  const main = polished ?? draft.parts[0]?.body ?? '';
  const mainLabel = draft.parts.length > 1 ? `Tone of "${draft.parts[0]?.label ?? ''}"` : 'Tone';
  if (tone.findings.length > 0) lines.push(...renderFindings(main, tone.findings), '');
  lines.push(...renderScore(tone, mainLabel));
  const names = sentTo.length > 0 ? sentTo.map((p) => quoteArg(p.name)) : ['<who you sent it to>'];
  lines.push(
    '',
    ...names.map((name) => `When you've sent it: kith sent ${name} --intent ${draft.intent}`),
  );
  return lines;
}

/** What Kith needs from you to finish a suggestion, and the command that fills each blank in. */
const blankFlags: Record<string, string> = {
  'your name': 'kith profile --name "Sam Rivera"',
  'one line on what you do': 'kith profile --headline "Data analyst moving into product"',
  'who you help': 'kith brand --who "small nonprofits"',
  'how you help them': 'kith brand --how "turn messy data into clear decisions"',
  'your top strengths': 'kith brand --strength "SQL" --strength "explaining numbers simply"',
  'what you are curious about lately': 'kith brand --interest "climate tech"',
};

export function renderBrand(brand: Brand): string[] {
  const { profile, suggestion } = brand;
  const statement = profile.valueStatement || suggestion.statement;
  const intro = profile.intro || suggestion.intro30s;
  const lines = [
    profile.valueStatement ? 'Your value statement:' : 'Your value statement (a suggestion):',
    `  ${statement}`,
    '',
    profile.intro ? 'Your 30-second introduction:' : 'Your 30-second introduction (a suggestion):',
    `  ${intro}`,
    '',
    'Other ways to say it:',
    ...suggestion.alternatives.map((alternative) => `  - ${alternative}`),
  ];
  const shown = [statement, intro, ...suggestion.alternatives].join('\n');
  const blanks = suggestion.blanks.filter((blank) => shown.includes(`[${blank}]`));
  if (blanks.length > 0) {
    lines.push(
      '',
      'A few of your own words will finish these; Kith never guesses them:',
      ...renderTable(
        blanks.map((blank) => [`[${blank}]`, blankFlags[blank] ?? 'kith brand --help']),
        [40, 90],
      ).map((line) => `  ${line}`),
    );
  }
  lines.push('', ...renderOffers(brand));
  return lines;
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

function renderOffers(brand: Brand): string[] {
  const { offers } = brand.profile;
  if (offers.length > 0) {
    return [
      'What you can offer:',
      ...renderTable(
        offers.map((offer) => [offer.category, offer.detail]),
        [20, 100],
      ).map((line) => `  ${line}`),
    ];
  }
  return [
    'What you can offer: nothing saved yet. You have more to give than you think. Some starters:',
    ...renderTable(
      brand.suggestedOffers.map((offer) => [offer.category, offer.detail]),
      [20, 100],
    ).map((line) => `  ${line}`),
    '',
    'The kinds of value anyone can give:',
    ...brand.catalogue.map(
      (info) => `  ${info.category}: ${info.title}. ${firstSentence(info.explanation)}`,
    ),
    '',
    'Save yours, in your own words: kith brand --offer "feedback:a read of a CV or portfolio"',
  ];
}

export function renderQuestions(person: Person, questions: SuggestedQuestions): string[] {
  const groups: Array<[string, string[]]> = [
    ['For an informational conversation:', questions.informational],
    ['To start a conversation:', questions.starters],
    ['To keep it going:', questions.followUps],
  ];
  const lines = [`Questions for ${person.name}`];
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    lines.push('', title, ...items.map((item) => `  - ${item}`));
  }
  return lines;
}

export function renderSent(
  interaction: Interaction,
  page: PersonPage,
  options: { intent: DraftIntent; today: string },
): string[] {
  const { person, followUp } = page;
  const { intent, today } = options;
  const lines = [
    `Logged: ${interaction.summary} (${interaction.channel} to ${person.name}, ${shortDate(interaction.occurredOn, today)}).`,
  ];
  const reassurance = 'Silence is normal, not a no.';
  if (followUp.state === 'waiting' && followUp.step === 1 && intentExpectsReply(intent)) {
    lines.push(
      `If you haven't heard back by ${shortDate(followUp.dueOn, today)}, Kith will suggest a short follow-up. ${reassurance}`,
    );
  } else if (followUp.state === 'waiting' && followUp.step === 2 && intent === 'follow-up-1') {
    lines.push(
      `If there's still no answer by ${shortDate(followUp.dueOn, today)}, Kith will suggest one last short note. ${reassurance}`,
    );
  } else if (followUp.state === 'resting' && intent === 'follow-up-2') {
    lines.push(
      `That was the last nudge, so Kith won't suggest another. ${reassurance} Replies often come weeks later.`,
    );
  }
  lines.push(`See their timeline: kith show ${quoteArg(person.name)}`);
  return lines;
}
