// Small pure helpers that turn service results into the lines `kith` prints.
import type { Interaction } from '../core/interaction.js';
import { goalLabels } from '../core/goals.js';
import { channelNouns } from '../core/interaction-words.js';
import type { Person } from '../core/person.js';
import { machineTimeZone } from '../core/dates.js';
import { weeklyGoalOf } from '../core/profile.js';
import { dateOrderLabels } from '../core/date-order.js';
import type { findPeople } from '../services/find-people.js';
import type { LoggedLine } from '../services/log-line.js';
import type { ProfileView } from '../services/profile.js';
import type { PersonPage } from '../services/show-person.js';
import { renderCoachBlock } from './render-coach.js';
import { renderTable } from './render-table.js';
import { formatCount } from './whole-number.js';

export type PeoplePage = Awaited<ReturnType<typeof findPeople>>;

/** Quotes a value for a command the user can copy: `Ana` stays bare, `Ana Lopez` gets quotes. */
export function quoteArg(value: string): string {
  return /^[\p{L}\p{N}@._+-]+$/u.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** "Product Manager @ Acme", "Product Manager", "@ Acme" or "". */
export function describeRole(person: Pick<Person, 'title' | 'company'>): string {
  if (person.title && person.company) return `${person.title} @ ${person.company}`;
  return person.title ?? (person.company ? `@ ${person.company}` : '');
}

export function describeTags(tags: string[]): string {
  return tags.map((tag) => `#${tag}`).join(' ');
}

export function renderPeoplePage(
  page: PeoplePage,
  options: { offset: number; query?: string },
): string[] {
  if (page.people.length === 0) {
    if (options.query) return [`Nobody matches "${options.query}". Try fewer or different words.`];
    if (page.total > 0) return [`No one on this page; you have ${page.total} people in all.`];
    return [
      'Your network is empty so far. Add someone you know: kith add "Ana Lopez" --company Acme',
      'Or explore with sample data first: KITH_HOME=/tmp/kith-demo kith demo',
    ];
  }
  const rows = page.people.map((p) => [
    String(p.id),
    p.name,
    describeRole(p),
    describeTags(p.tags),
  ]);
  const first = options.offset + 1;
  const last = options.offset + page.people.length;
  const lines = [...renderTable([['ID', 'NAME', 'ROLE', 'TAGS'], ...rows], [8, 32, 44, 40]), ''];
  // Capped: a search counted what it read, and more may follow while its pages are full.
  const more = last < page.total || page.capped;
  lines.push(`Showing ${first}–${last} of ${formatCount(page.total)}${page.capped ? '+' : ''}.`);
  if (more)
    lines.push(
      `Next page: kith people${options.query ? ` ${quoteArg(options.query)}` : ''} --offset ${last}`,
    );
  return lines;
}

/** The person page; `today` is the user's date, for the due dates in the coach block. */
export function renderPersonPage(page: PersonPage, options: { today: string }): string[] {
  const { person, timeline, interactionCount } = page;
  const headline = [describeRole(person), person.location].filter(Boolean).join(' · ');
  const fields: Array<[string, string | null]> = [
    ['Email', person.emails.join(', ')],
    ['Phone', person.phones.join(', ')],
    ['LinkedIn', person.linkedinUrl],
    ['Tags', describeTags(person.tags)],
    ['How we met', person.howWeMet],
    ['Interests', person.interests.join(', ')],
    ['Needs', person.needs],
    ['Offers', person.offers],
    ['Notes', person.notes],
    ['Contact', person.doNotContact ? 'Do not contact' : null],
    ['Added', person.createdAt.slice(0, 10)],
  ];
  const lines = [`${person.name} (#${person.id})`];
  if (headline) lines.push(headline);
  lines.push('', ...renderTable(fields.filter((f): f is [string, string] => Boolean(f[1]))), '');
  lines.push(...renderCoachBlock(page, options.today), '');
  if (interactionCount === 0) {
    lines.push(
      `Nothing logged yet. Log your last conversation: kith log ${quoteArg(`coffee with ${person.name} yesterday`)}`,
    );
    return lines;
  }
  lines.push(`Timeline, newest first (${interactionCount} in all):`);
  lines.push(
    ...renderTable(timeline.map(timelineRow), [10, 8, 8, 9, 70, 30, 12]).map((line) => `  ${line}`),
  );
  if (interactionCount > timeline.length)
    lines.push(`  … and ${interactionCount - timeline.length} older.`);
  return lines;
}

function timelineRow(entry: Interaction): string[] {
  return [
    entry.occurredOn,
    entry.channel,
    entry.direction,
    entry.kind,
    entry.summary,
    describeTags(entry.tags),
    // The id is what `kith log --move <id> --to <person>` takes.
    `id ${entry.id}`,
  ];
}

export function renderProfile(profile: ProfileView): string[] {
  if (!profile.onboarded) {
    return [
      'No profile yet. Tell Kith who you are and what you are working toward:',
      '  kith profile --name "Your Name" --goal job-search --roles "Product Analyst" --minutes 60',
    ];
  }
  const fields: Array<[string, string]> = [
    ['Goal', goalLabels[profile.goal]],
    ['Roles', profile.targetRoles.join(', ') || '—'],
    ['Companies', profile.targetCompanies.join(', ') || '—'],
    ['Industries', profile.targetIndustries.join(', ') || '—'],
    ['Time', `${profile.weeklyMinutes} minutes a week`],
    [
      'Week goal',
      `${weeklyGoalOf(profile)} actions a week${profile.weeklyGoal > 0 ? '' : ' (from your time)'}`,
    ],
    ['Time zone', profile.timeZone || `${machineTimeZone()} (this machine's)`],
    ['Dormant', `after ${profile.dormantYears} years without two-way contact`],
    [
      'Dates',
      `${dateOrderLabels[profile.dateOrderInUse]}${profile.dateOrder ? '' : " (this machine's)"}`,
    ],
  ];
  return [
    profile.name,
    ...(profile.headline ? [profile.headline] : []),
    '',
    ...renderTable(fields),
  ];
}

/** "Logged a meeting with Ana Lopez on 2026-11-24 (new person added)". */
export function renderLogged(result: LoggedLine): string {
  const [first] = result.interactions;
  const names = joinNames(result.people.map((p) => p.name));
  const created = result.created.length;
  const note =
    created === 0
      ? ''
      : created === 1 && result.people.length === 1
        ? ' (new person added)'
        : ` (new: ${joinNames(result.created.map((p) => p.name))})`;
  if (!first) return 'Nothing was logged.';
  return `Logged ${channelNouns[first.channel]} with ${names} on ${first.occurredOn}${note}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
