// The typed client for Kith's HTTP API: one function per route, problems thrown as ApiError.
import type {
  Channel,
  Direction,
  Interaction,
  InteractionKind,
} from '../../src/core/interaction.js';
import type { NewPerson, Person, PersonListItem, PersonPatch } from '../../src/core/person.js';
import type { BrandInput, Profile, ProfileInput } from '../../src/core/profile.js';
import type { FollowUpStatus } from '../../src/core/follow-up.js';
import type {
  Severity,
  ToneCategory,
  ToneFinding,
  ToneReport,
} from '../../src/core/tone/check-tone.js';
import type { Draft, DraftIntent } from '../../src/core/words/drafts.js';
import type { SuggestedQuestions } from '../../src/core/words/questions.js';
import type {
  OfferCategory,
  OfferCategoryInfo,
  OfferItem,
} from '../../src/core/words/offer-catalogue.js';
import type { RelationshipStage } from '../../src/core/words/stages.js';
import type { Brand } from '../../src/services/brand.js';
import type { KeepInTouchInput } from '../../src/services/keep-in-touch.js';
import type { MarkResult, PlanMark } from '../../src/services/plan-action.js';
import type { PersonCoach } from '../../src/services/person-coach.js';
import type { ExportFormat } from '../../src/services/export.js';
import type { ProfileView } from '../../src/services/profile.js';
import type { RestoreResult } from '../../src/services/restore.js';
import type { Stats, TierChoice } from '../../src/services/stats.js';
import type { TodayView } from '../../src/services/today.js';
import type { DuplicateReview } from '../../src/services/find-duplicates.js';
import type {
  ImportPhase,
  ImportProgress,
  ImportReport,
} from '../../src/services/import-records.js';
import type { MergeOutcome } from '../../src/services/merge-two.js';
import type { Mention, PersonChoice } from '../../src/core/person-mention.js';
import type { MovedInteraction } from '../../src/services/move-interaction.js';
import type { UnmergeOutcome } from '../../src/services/unmerge.js';
import type { SourceFormat } from '../../src/formats/contact.js';
import { csrfHeader, csrfHeaderValue } from '../../src/core/request-headers.js';

export type {
  Channel,
  Direction,
  Interaction,
  InteractionKind,
  NewPerson,
  Person,
  PersonListItem,
  PersonPatch,
};
export type { Profile, ProfileInput, ProfileView };
export type { KeepInTouchInput, MarkResult, PersonCoach, PlanMark, Stats, TierChoice, TodayView };
export type { ExportFormat, RestoreResult };
/** One action of today's plan, with its number, kind label, status and the intent to write. */
export type PlanAction = TodayView['actions'][number];
export type { Brand, BrandInput, OfferCategory, OfferCategoryInfo, OfferItem };
export type { Draft, DraftIntent, FollowUpStatus, RelationshipStage, SuggestedQuestions };
export type { Severity, ToneCategory, ToneFinding, ToneReport };

/** One problem with one field of a request, as the server names it ("emails.1", "name"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failed request, carrying the server's plain-words detail and any field problems. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly problems: FieldProblem[];

  constructor(options: {
    status: number;
    code: string;
    detail: string;
    problems?: FieldProblem[];
  }) {
    super(options.detail);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.detail = options.detail;
    this.problems = options.problems ?? [];
  }
}

export interface PeoplePage {
  /** What a list shows of each person; getPerson gives every field. */
  people: PersonListItem[];
  total: number;
  /** True when a search stopped counting: there may be more than `total` matches. */
  capped: boolean;
}

export interface PersonWithTimeline extends PersonCoach {
  person: Person;
  /** The newest interactions, newest first; `interactionCount` says how many there are in all. */
  timeline: Interaction[];
  interactionCount: number;
  stage: RelationshipStage;
  /** Where the capped follow-up sequence stands for the newest message that expects a reply. */
  followUp: FollowUpStatus;
}

export interface DraftRequest {
  personId: number;
  intent: DraftIntent;
  /** For request-intro: the person asked to make the introduction. */
  connectorId?: number;
  /** For introduce: the second person. */
  otherPersonId?: number;
  /** For congratulate and share: their news, or the article or link. */
  topic?: string;
  stage?: RelationshipStage;
  variantCount?: number;
  polish?: boolean;
  /** Someone involved is marked do not contact, and the user wants a draft all the same. */
  acknowledgeDoNotContact?: boolean;
}

export interface DraftResult {
  draft: Draft;
  /** The tone check of the first part (or of the polished text, when there is one). */
  tone: ToneReport;
  /** The user's model's rewrite of the first part, when polishing was asked for and worked. */
  polished: string | null;
  /** Something the user should know, such as no model being set up. */
  notice: string | null;
}

export interface SentInput {
  personId: number;
  intent: DraftIntent;
  channel?: Channel;
  summary?: string;
  /** For an introduction: the other person, logged in the same request. */
  otherPersonId?: number;
}

export interface ToneContextInput {
  stage?: RelationshipStage;
  intent?: string;
  recipientName?: string;
  goal?: Profile['goal'];
}

export interface InteractionInput {
  personId: number;
  occurredOn?: string;
  channel: Channel;
  direction?: Direction;
  kind?: InteractionKind;
  summary?: string;
  tags?: string[];
}

export type { Mention, MovedInteraction, PersonChoice };

export interface LoggedLine {
  status: 'logged';
  interactions: Interaction[];
  people: Person[];
  /** People the line named whom Kith did not know yet; the server added them. */
  created: Person[];
  /** Each name in the line and the person it became, with how it was matched. */
  mentions: Mention[];
  /** Which reading was taken where the line could mean another date. */
  notes: string[];
}

/** Nothing was logged yet: a name needs a choice (`ambiguous`), or a guess wants a yes (`confirm`). */
export interface LineQuestion {
  status: 'ambiguous' | 'confirm';
  mentions: Mention[];
}

/** The user's answers to a LineQuestion: people chosen by id, and names that are someone new. */
export interface LineAnswers {
  pick?: number[];
  createNew?: string[];
  /** Ask before using a nickname, a typo or adding someone new; off once the user has answered. */
  askFirst?: boolean;
}

export interface DemoLoaded {
  people: number;
  interactions: number;
}

export function getProfile(): Promise<ProfileView> {
  return request<ProfileView>('GET', '/api/profile');
}

export function saveProfile(input: ProfileInput): Promise<ProfileView> {
  return request<ProfileView>('PUT', '/api/profile', input);
}

export function listPeople(options: {
  query?: string;
  limit?: number;
  offset?: number;
}): Promise<PeoplePage> {
  const params = new URLSearchParams();
  if (options.query) params.set('query', options.query);
  if (options.limit !== undefined) params.set('limit', String(options.limit));
  if (options.offset !== undefined) params.set('offset', String(options.offset));
  const search = params.toString();
  return request<PeoplePage>('GET', `/api/people${search ? `?${search}` : ''}`);
}

export function addPerson(
  input: NewPerson,
  options: { allowDuplicate?: boolean } = {},
): Promise<Person> {
  return request<Person>('POST', '/api/people', { ...input, ...options });
}

/** People already there with the same name and company: shown when adding one is refused. */
export function samePeople(name: string, company: string | null): Promise<{ people: Person[] }> {
  const params = new URLSearchParams({ name });
  if (company) params.set('company', company);
  return request<{ people: Person[] }>('GET', `/api/people/same?${params.toString()}`);
}

export function getPerson(id: number): Promise<PersonWithTimeline> {
  return request<PersonWithTimeline>('GET', `/api/people/${id}`);
}

export function editPerson(id: number, patch: PersonPatch): Promise<Person> {
  return request<Person>('PATCH', `/api/people/${id}`, patch);
}

export function removePerson(id: number): Promise<void> {
  return request<void>('DELETE', `/api/people/${id}`);
}

export function logInteraction(input: InteractionInput): Promise<Interaction> {
  return request<Interaction>('POST', '/api/interactions', input);
}

export function logLine(
  line: string,
  answers: LineAnswers = {},
): Promise<LoggedLine | LineQuestion> {
  return request<LoggedLine | LineQuestion>('POST', '/api/interactions/line', { line, ...answers });
}

export function moveInteraction(id: number, personId: number): Promise<MovedInteraction> {
  return request<MovedInteraction>('PATCH', `/api/interactions/${id}`, { personId });
}

export function removeInteraction(id: number): Promise<void> {
  return request<void>('DELETE', `/api/interactions/${id}`);
}

export function draftMessage(input: DraftRequest): Promise<DraftResult> {
  return request<DraftResult>('POST', '/api/drafts', input);
}

export function logSent(input: SentInput): Promise<Interaction> {
  return request<Interaction>('POST', '/api/drafts/sent', input);
}

export function checkTone(
  text: string,
  context: ToneContextInput = {},
  signal?: AbortSignal,
): Promise<ToneReport> {
  return request<ToneReport>('POST', '/api/tone', { text, context }, signal);
}

export function getQuestions(personId: number): Promise<SuggestedQuestions> {
  return request<SuggestedQuestions>('GET', `/api/people/${personId}/questions`);
}

export function getBrand(): Promise<Brand> {
  return request<Brand>('GET', '/api/brand');
}

export function saveBrand(input: BrandInput): Promise<Brand> {
  return request<Brand>('PUT', '/api/brand', input);
}

export function saveOffers(offers: OfferItem[]): Promise<Brand> {
  return request<Brand>('PUT', '/api/offers', { offers });
}

export function loadDemo(options: { people?: number } = {}): Promise<DemoLoaded> {
  return request<DemoLoaded>('POST', '/api/demo', options);
}

export interface GiveFirst {
  matches: Array<{ offer: OfferItem; reason: string; score: number }>;
  offerCount: number;
}

export function getGiveFirst(personId: number): Promise<GiveFirst> {
  return request<GiveFirst>('GET', `/api/people/${personId}/offers`);
}

export function getDemoStatus(): Promise<{ people: number }> {
  return request<{ people: number }>('GET', '/api/demo');
}

export function removeDemo(): Promise<{ removed: number; profileReset: boolean }> {
  return request<{ removed: number; profileReset: boolean }>('DELETE', '/api/demo');
}

/** Today's plan, kept for the day; `minutes` makes the open part again for that much time. */
export function getToday(options: { minutes?: number } = {}): Promise<TodayView> {
  const search = options.minutes === undefined ? '' : `?minutes=${options.minutes}`;
  return request<TodayView>('GET', `/api/today${search}`);
}

/** A fresh plan for today; done, skipped and snoozed actions stay as they are. */
export function refreshToday(): Promise<TodayView> {
  return request<TodayView>('POST', '/api/today/refresh');
}

export interface MarkOptions {
  /** For snooze: how many days. */
  days?: number;
  /** For done: how the message went, a note for the timeline, and what was actually sent. */
  channel?: Channel;
  summary?: string;
  intent?: DraftIntent;
}

export function markAction(
  n: number,
  mark: PlanMark,
  options: MarkOptions = {},
): Promise<MarkResult> {
  return request<MarkResult>('POST', `/api/today/actions/${n}/${mark}`, options);
}

export function getStats(): Promise<Stats> {
  return request<Stats>('GET', '/api/stats');
}

export function getTiers(): Promise<{ tiers: TierChoice[] }> {
  return request<{ tiers: TierChoice[] }>('GET', '/api/tiers');
}

export function setKeepInTouch(personId: number, input: KeepInTouchInput): Promise<PersonCoach> {
  return request<PersonCoach>('PUT', `/api/people/${personId}/keep-in-touch`, input);
}

/** Where an export downloads from: a plain link, so the file streams straight to disk. */
export function exportUrl(format: ExportFormat): string {
  return `/api/export?format=${format}`;
}

/** Where the full backup downloads from. */
export const backupUrl = '/api/backup';

/**
 * Restores a backup file, sent as it is (the browser streams it; nothing is parsed here). Without
 * `force` the server only fills an empty network and answers 409 otherwise.
 */
export async function restoreBackup(
  file: Blob,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  let response: Response;
  try {
    response = await fetch(`/api/restore?force=${options.force === true}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ownPage },
      body: file,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'UNAVAILABLE', detail: notAnswering });
  }
  if (!response.ok) throw await readProblem(response);
  return (await response.json()) as RestoreResult;
}

// Imports, the duplicate review list and merges.

export type { DuplicateReview, ImportPhase, ImportProgress, ImportReport, SourceFormat };
export type { MergeOutcome, UnmergeOutcome };
/** One problem an import found: the file, the line, the field, and whether the row was left out. */
export type ImportProblem = ImportReport['problems'][number];

export interface ImportOptions {
  /** Only preview: the same counts and problems, nothing written. */
  dryRun: boolean;
  /** The user's name or LinkedIn profile address, to tell which LinkedIn messages they sent. */
  me?: string;
  onProgress?: (progress: ImportProgress) => void;
}

type ImportLine =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'report'; report: ImportReport }
  | { type: 'problem'; problem: ProblemBody & { status?: unknown } };

/**
 * Uploads files to preview or import them, reading the server's progress lines as they arrive.
 * A refusal comes back either as the whole answer (a file too big) or as the last line.
 */
export async function importFiles(
  files: readonly File[],
  options: ImportOptions,
): Promise<ImportReport> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const params = new URLSearchParams({ dryRun: String(options.dryRun) });
  const me = options.me?.trim();
  if (me) params.set('me', me);
  let response: Response;
  try {
    response = await fetch(`/api/imports?${params.toString()}`, {
      method: 'POST',
      headers: { accept: 'application/x-ndjson', ...ownPage },
      body: form,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'UNAVAILABLE', detail: notAnswering });
  }
  if (!response.ok) throw await readProblem(response);
  let report: ImportReport | null = null;
  for await (const line of readLines(response)) {
    const event = JSON.parse(line) as ImportLine;
    if (event.type === 'progress') options.onProgress?.(event);
    else if (event.type === 'report') report = event.report;
    else throw problemError(event.problem, Number(event.problem.status) || 500);
  }
  if (report) return report;
  // The same files twice add nothing, so trying again after a dropped answer is always safe.
  throw new ApiError({
    status: 0,
    code: 'UNAVAILABLE',
    detail:
      'The answer stopped before the import finished. Please try again: anything already imported won’t be added twice.',
  });
}

/** The body's lines as they arrive, without the newlines. */
async function* readLines(response: Response): AsyncGenerator<string> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    yield* lines.filter((line) => line.trim() !== '');
  }
  if (pending.trim() !== '') yield pending;
}

export function listDuplicates(): Promise<{ reviews: DuplicateReview[] }> {
  return request<{ reviews: DuplicateReview[] }>('GET', '/api/duplicates');
}

/** They are two people: the pair leaves the list and is never suggested again. */
export function rejectDuplicate(id: number): Promise<{ id: number; status: 'rejected' }> {
  return request<{ id: number; status: 'rejected' }>('POST', `/api/duplicates/${id}/reject`);
}

/** Merges `b` into `a`: `a` stays, with every value of both; `undoMerge` takes it back. */
export function mergePeople(input: { a: number; b: number }): Promise<MergeOutcome> {
  return request<MergeOutcome>('POST', '/api/merges', input);
}

export function undoMerge(mergeId: number): Promise<UnmergeOutcome> {
  return request<UnmergeOutcome>('DELETE', `/api/merges/${mergeId}`);
}

/** A message for the user: the server's detail without its "field: " prefix, or plain words. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return capitalise(error.detail.replace(/^[\w.]+: /, ''));
  return 'Something went wrong. Please try again.';
}

/** Field problems keyed by the top-level field ("emails.1" counts for "emails"). */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!(error instanceof ApiError)) return byField;
  for (const problem of error.problems) {
    const [field = problem.field, index] = problem.field.split('.');
    const entry = index !== undefined && /^\d+$/.test(index) ? `Entry ${Number(index) + 1}: ` : '';
    const message = `${entry}${capitalise(problem.message)}.`.replace(/\.\.$/, '.');
    byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
  }
  return byField;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sent with every call: it tells the server the request comes from Kith's own page (see csrf.ts). */
const ownPage: Record<string, string> = { [csrfHeader]: csrfHeaderValue };

const notAnswering =
  "Kith's server isn't answering. Check that it is still running, then try again.";

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? ownPage : { 'content-type': 'application/json', ...ownPage },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    // A request the page cancelled (a newer keystroke took over) is not a failure to report.
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'UNAVAILABLE', detail: notAnswering });
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  problems?: unknown;
}

async function readProblem(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  return problemError(body, response.status);
}

function problemError(body: ProblemBody, status: number): ApiError {
  const problems = Array.isArray(body.problems)
    ? (body.problems as unknown[]).filter(isFieldProblem)
    : [];
  // Only a problem's own detail is shown; anything else (a proxy's HTML, a crash) gets plain words.
  const detail =
    typeof body.detail === 'string' && body.detail !== ''
      ? body.detail
      : status >= 500
        ? 'Something went wrong on our side. Please try again in a moment.'
        : 'That request did not work. Please try again.';
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  return new ApiError({ status, code, detail, problems });
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}
