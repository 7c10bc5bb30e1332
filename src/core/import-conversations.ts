// LinkedIn messages and invitations as contacts with people: who, when, which way, and about what.
import { isIsoDate } from './dates.js';
import type { ImportProblem, ImportSource } from './import-contact.js';
import { isMe, type Me, type Participant } from './import-me.js';
import type { Channel, Direction } from './interaction.js';
import { fingerprint, type OccurrenceCounter } from './source-key.js';

/** What the import reads of a LinkedIn message: the formats' MessageRecord satisfies it. */
export interface ImportMessage {
  source: ImportSource;
  conversationId: string | null;
  fromName: string;
  fromUrl: string | null;
  toNames: string[];
  toUrls: Array<string | null>;
  sentOn: string;
  /** Only old exports say who sent what; later ones leave it to the user's name or profile. */
  direction?: 'incoming' | 'outgoing';
  subject: string;
  content: string;
}

/** What the import reads of a LinkedIn invitation: the formats' InvitationRecord satisfies it. */
export interface ImportInvitation {
  source: ImportSource;
  fromName: string;
  toName: string;
  sentOn: string;
  direction: 'incoming' | 'outgoing';
  message: string;
  inviterUrl: string | null;
  inviteeUrl: string | null;
}

/** One contact with someone, before it is known who they are in the network. */
export interface PlannedContact {
  with: Participant;
  occurredOn: string;
  channel: Channel;
  direction: Direction;
  summary: string;
  key: string;
  source: ImportSource;
}

/** Interaction summaries are at most this long (the interaction form's own limit). */
const summaryLimit = 5000;

/** Everyone in one message: the sender first, then the recipients. */
export function participantsOf(message: ImportMessage): Participant[] {
  return [
    { name: message.fromName, url: message.fromUrl },
    ...message.toNames.map((name, i) => ({ name, url: message.toUrls[i] ?? null })),
  ];
}

/**
 * A message the user sent is an outbound contact with each other recipient; a message they received
 * is an inbound contact with its sender only (the other recipients of a group message heard from
 * the sender, not from the user). The user is never one of the people contacted.
 */
export function messageContacts(
  messages: readonly ImportMessage[],
  me: Me | null,
  counter: OccurrenceCounter,
): { contacts: PlannedContact[]; problems: ImportProblem[] } {
  const contacts: PlannedContact[] = [];
  const problems: ImportProblem[] = [];
  const mine = (p: Participant) => me !== null && isMe(me, p);
  for (const message of messages) {
    // Without knowing who the user is, only a message that says its own direction can be read.
    if (!me && !message.direction) continue;
    if (!validDate(message.source, message.sentOn, problems)) continue;
    const [sender, ...recipients] = participantsOf(message);
    if (!sender) continue;
    const outbound = message.direction ? message.direction === 'outgoing' : mine(sender);
    const others = outbound ? recipients.filter((p) => !mine(p)) : [sender];
    const summary = clip(message.source, [message.subject, message.content], problems);
    const base = fingerprint(message.source.format, [
      message.conversationId,
      message.fromName,
      message.fromUrl,
      message.toNames,
      message.sentOn,
      message.subject,
      message.content,
    ]);
    for (const person of others.filter((p) => p.name.trim() !== '' || p.url)) {
      contacts.push({
        with: person,
        occurredOn: message.sentOn,
        channel: 'message',
        direction: outbound ? 'outbound' : 'inbound',
        summary: summary || 'A LinkedIn message',
        key: counter.next(message.source.file, `${base}:${person.url ?? person.name}`),
        source: message.source,
      });
    }
  }
  return { contacts, problems };
}

/** An invitation is a contact with the other person, outbound when the user sent it. */
export function invitationContacts(
  invitations: readonly ImportInvitation[],
  counter: OccurrenceCounter,
): { contacts: PlannedContact[]; problems: ImportProblem[] } {
  const contacts: PlannedContact[] = [];
  const problems: ImportProblem[] = [];
  for (const invitation of invitations) {
    if (!validDate(invitation.source, invitation.sentOn, problems)) continue;
    const outgoing = invitation.direction === 'outgoing';
    const other: Participant = outgoing
      ? { name: invitation.toName, url: invitation.inviteeUrl }
      : { name: invitation.fromName, url: invitation.inviterUrl };
    if (other.name.trim() === '' && !other.url) continue;
    const said = clip(invitation.source, [invitation.message], problems);
    const what = outgoing
      ? 'I invited them to connect on LinkedIn'
      : 'They invited me to connect on LinkedIn';
    const key = fingerprint(invitation.source.format, [
      invitation.fromName,
      invitation.toName,
      invitation.sentOn,
      invitation.direction,
      invitation.message,
    ]);
    contacts.push({
      with: other,
      occurredOn: invitation.sentOn,
      channel: 'social',
      direction: outgoing ? 'outbound' : 'inbound',
      summary: said ? `${what}: "${said}"` : what,
      key: counter.next(invitation.source.file, key),
      source: invitation.source,
    });
  }
  return { contacts, problems };
}

function validDate(source: ImportSource, day: string, problems: ImportProblem[]): boolean {
  if (isIsoDate(day)) return true;
  problems.push({
    file: source.file,
    line: source.line,
    field: 'date',
    message: `"${day}" is not a date Kith can read, so this row was left out.`,
    severity: 'error',
  });
  return false;
}

function clip(source: ImportSource, parts: string[], problems: ImportProblem[]): string {
  const text = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' — ');
  if (text.length <= summaryLimit) return text;
  problems.push({
    file: source.file,
    line: source.line,
    field: 'content',
    message: `is ${text.length} characters long; the first ${summaryLimit} are kept as the summary.`,
    severity: 'warning',
  });
  return `${text.slice(0, summaryLimit - 1)}…`;
}
