// The commands' questions asked of a Kith server over its HTTP API, with a personal API token.
// Each operation is one route; the answers have the services' own types, so the renderers are shared.
import { AppError } from '../core/errors.js';
import type { Person } from '../core/person.js';
import type { ImportFilesInput } from '../services/import-files.js';
import type { ImportProgress, ImportReport } from '../services/import-records.js';
import type { DraftResult } from '../services/draft-for-person.js';
import type { LogLineOutcome } from '../services/log-line.js';
import type { ProfileView } from '../services/profile.js';
import type { MarkResult } from '../services/plan-action.js';
import type { PersonPage } from '../services/show-person.js';
import type { TodayView } from '../services/today.js';
import type { PeoplePage } from '../store/people-search.repo.js';
import type { FileToWrite, Operations } from './operations.js';
import {
  problemError,
  type ProblemBody,
  type RemoteClient,
  type RemoteRequest,
} from './remote-client.js';

export function remoteOperations(client: RemoteClient): Operations {
  const { json } = client;
  return {
    server: client.target.url,
    findPeople: (query) => json<PeoplePage>({ path: '/api/people', query }),
    resolvePerson: (ref) => json<Person>({ path: '/api/people/resolve', query: { ref } }),
    showPerson: (id) => json<PersonPage>({ path: `/api/people/${id}` }),
    userToday: async () => (await json<ProfileView>({ path: '/api/profile' })).today,
    addPerson: (input, { allowDuplicate }) =>
      json<Person>({ method: 'POST', path: '/api/people', body: { ...input, allowDuplicate } }),
    findSamePeople: async (query) =>
      (await json<{ people: Person[] }>({ path: '/api/people/same', query })).people,
    logLine: (body) =>
      json<LogLineOutcome>({ method: 'POST', path: '/api/interactions/line', body }),
    getToday: ({ minutes, refresh }) =>
      json<TodayView>({
        method: refresh ? 'POST' : 'GET',
        path: refresh ? '/api/today/refresh' : '/api/today',
        query: { minutes },
      }),
    markPlanAction: ({ n, mark, ...body }) =>
      json<MarkResult>({ method: 'POST', path: `/api/today/actions/${n}/${mark}`, body }),
    draftForPerson: (body) => json<DraftResult>({ method: 'POST', path: '/api/drafts', body }),
    prepareExport: (query) => download(client, { path: '/api/export', query: { ...query } }),
    prepareBackup: () => download(client, { path: '/api/backup' }),
    importFiles: (input) => upload(client, input),
  };
}

/**
 * Sends the files as one multipart form and reads the answer as it streams: a line per progress
 * step, then the report, or the problem that stopped the import (which then changed nothing).
 * The server applies its own size limit.
 */
async function upload(client: RemoteClient, input: ImportFilesInput): Promise<ImportReport> {
  const form = new FormData();
  for (const file of input.files)
    form.append('files', new Blob([Buffer.from(file.bytes)]), file.name);
  const response = await client.send({
    method: 'POST',
    path: '/api/imports',
    query: { dryRun: input.dryRun ? 'true' : 'false', me: input.me },
    form,
    accept: 'application/x-ndjson',
  });
  let report: ImportReport | undefined;
  for await (const line of readLines(response)) {
    const item = JSON.parse(line) as ImportLine;
    if (item.type === 'progress') input.onProgress?.(item);
    else if (item.type === 'report') report = item.report;
    else {
      const status = typeof item.problem.status === 'number' ? item.problem.status : 500;
      throw problemError(client.target.url, { ...response, status, statusText: '' }, item.problem);
    }
  }
  if (!report) throw new AppError('UNAVAILABLE', 'The server stopped before the import finished.');
  return report;
}

type ImportLine =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'report'; report: ImportReport }
  | { type: 'problem'; problem: ProblemBody };

async function* readLines(response: Response): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = response.body?.getReader();
  let pending = '';
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    pending += decoder.decode(read.value, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    yield* lines.filter((line) => line.trim() !== '');
  }
  pending += decoder.decode();
  if (pending.trim() !== '') yield pending;
}

/**
 * Asks for the file first, so a refusal is reported before anything is written; then streams it
 * to the sink a piece at a time, so a large backup never sits whole in memory.
 */
async function download(client: RemoteClient, request: RemoteRequest): Promise<FileToWrite> {
  const response = await client.send(request);
  return {
    write: async (sink) => {
      const decoder = new TextDecoder('utf-8');
      const reader = response.body?.getReader();
      for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
        const text = decoder.decode(read.value, { stream: true });
        if (text !== '') await sink(text);
      }
      const rest = decoder.decode();
      if (rest !== '') await sink(rest);
      return null;
    },
  };
}
