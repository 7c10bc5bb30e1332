// What every importer yields: contacts, LinkedIn messages and invitations as the files describe them,
// plus problems as data. Pure types: parsers turn bytes into these; services turn these into people.

/** The formats Kith reads, each recognised by content, not by file name. */
export const sourceFormats = [
  'vcard',
  'google-csv',
  'outlook-csv',
  'kith-csv',
  'linkedin-connections',
  'linkedin-messages',
  'linkedin-invitations',
] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** Where a record came from: for problems, for provenance after a merge, and for re-imports. */
export interface SourceRef {
  format: SourceFormat;
  /** The file name as the user gave it (inside a zip: "export.zip/Connections.csv"). */
  file: string;
  /** 1-based line where the record starts in the decoded text. */
  line: number;
}

/** One contact as a file describes it, before it meets the network. */
export interface ContactRecord {
  source: SourceRef;
  /** The display name; never empty (falls back to the organisation or the email when a card has no name). */
  name: string;
  givenName: string | null;
  familyName: string | null;
  /** As written in the file; normalising (lower-casing, E.164) happens on import. */
  emails: string[];
  phones: string[];
  company: string | null;
  title: string | null;
  location: string | null;
  linkedinUrl: string | null;
  /** Labels, groups and categories, as words ("My Contacts" and "Starred" dropped). */
  tags: string[];
  notes: string | null;
  /** YYYY-MM-DD when the file says when the user connected (LinkedIn "Connected On"). */
  connectedOn: string | null;
  /** Other web addresses the card lists. */
  urls: string[];
  birthday: string | null;
  /** Kith's own fields, present only when the file carries them (a Kith vCard export's X-KITH-*). */
  howWeMet?: string | null;
  interests?: string[];
  needs?: string | null;
  offers?: string | null;
  doNotContact?: boolean;
}

/** One LinkedIn message (messages.csv): who wrote it to whom, and when. */
export interface MessageRecord {
  source: SourceRef;
  conversationId: string | null;
  fromName: string;
  fromUrl: string | null;
  /** The other participants, by name and (where given) profile URL, in the same order. */
  toNames: string[];
  toUrls: Array<string | null>;
  /** YYYY-MM-DD in UTC, as LinkedIn writes it. */
  sentOn: string;
  /** YYYY-MM-DDTHH:MM:SS when the file gives a time, ending in Z when it says UTC: orders a day's messages. */
  sentAt?: string;
  /** Only the ≤2018 Messages.csv says who sent what; later files leave it to the user's name or URL. */
  direction?: 'incoming' | 'outgoing';
  subject: string;
  content: string;
}

/** One LinkedIn invitation (Invitations.csv). */
export interface InvitationRecord {
  source: SourceRef;
  fromName: string;
  toName: string;
  sentOn: string;
  direction: 'incoming' | 'outgoing';
  message: string;
  inviterUrl: string | null;
  inviteeUrl: string | null;
}

/** Something a file got wrong: where, which field, and what to do. Good rows still import. */
export interface ParseProblem {
  file: string;
  line: number;
  field: string | null;
  message: string;
  /** An error drops the record; a warning keeps it and says what was guessed or skipped. */
  severity: 'error' | 'warning';
}

export interface ParseResult<T> {
  records: T[];
  problems: ParseProblem[];
}

/** Everything one import found, whatever mix of files it was given. */
export interface ParsedImport {
  contacts: ContactRecord[];
  messages: MessageRecord[];
  invitations: InvitationRecord[];
  problems: ParseProblem[];
  /** What each file was recognised as, for the preview: "Connections.csv: LinkedIn connections (412 rows)". */
  files: Array<{ file: string; format: SourceFormat | null; rows: number }>;
}
