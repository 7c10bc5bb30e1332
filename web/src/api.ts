// The typed client for Kith's HTTP API: one function per route, problems thrown as ApiError.
import type {
  Channel,
  Direction,
  Interaction,
  InteractionKind,
} from '../../src/core/interaction.js';
import type { NewPerson, Person, PersonPatch } from '../../src/core/person.js';
import type { Profile, ProfileInput } from '../../src/core/profile.js';

export type { Channel, Direction, Interaction, InteractionKind, NewPerson, Person, PersonPatch };
export type { Profile, ProfileInput };

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
  people: Person[];
  total: number;
}

export interface PersonWithTimeline {
  person: Person;
  /** The newest interactions, newest first; `interactionCount` says how many there are in all. */
  timeline: Interaction[];
  interactionCount: number;
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

export interface LoggedLine {
  interactions: Interaction[];
  people: Person[];
  /** People the line named whom Kith did not know yet; the server added them. */
  created: Person[];
}

export interface DemoLoaded {
  people: number;
  interactions: number;
}

export function getProfile(): Promise<Profile> {
  return request<Profile>('GET', '/api/profile');
}

export function saveProfile(input: ProfileInput): Promise<Profile> {
  return request<Profile>('PUT', '/api/profile', input);
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

export function addPerson(input: NewPerson): Promise<Person> {
  return request<Person>('POST', '/api/people', input);
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

export function logLine(line: string): Promise<LoggedLine> {
  return request<LoggedLine>('POST', '/api/interactions/line', { line });
}

export function removeInteraction(id: number): Promise<void> {
  return request<void>('DELETE', `/api/interactions/${id}`);
}

export function loadDemo(options: { people?: number } = {}): Promise<DemoLoaded> {
  return request<DemoLoaded>('POST', '/api/demo', options);
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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'UNAVAILABLE',
      detail: "Kith's server isn't answering. Check that it is still running, then try again.",
    });
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
  const problems = Array.isArray(body.problems)
    ? (body.problems as unknown[]).filter(isFieldProblem)
    : [];
  // Only a problem's own detail is shown; anything else (a proxy's HTML, a crash) gets plain words.
  const detail =
    typeof body.detail === 'string' && body.detail !== ''
      ? body.detail
      : response.status >= 500
        ? 'Something went wrong on our side. Please try again in a moment.'
        : 'That request did not work. Please try again.';
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  return new ApiError({ status: response.status, code, detail, problems });
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}
