// The commands' questions asked of a Kith server over its HTTP API, with a personal API token.
// Each operation is one route; the answers have the services' own types, so the renderers are shared.
import type { Person } from '../core/person.js';
import type { DraftResult } from '../services/draft-for-person.js';
import type { LogLineOutcome } from '../services/log-line.js';
import type { ProfileView } from '../services/profile.js';
import type { PersonPage } from '../services/show-person.js';
import type { TodayView } from '../services/today.js';
import type { PeoplePage } from '../store/people-search.repo.js';
import type { FileToWrite, Operations } from './operations.js';
import type { RemoteClient, RemoteRequest } from './remote-client.js';

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
    draftForPerson: (body) => json<DraftResult>({ method: 'POST', path: '/api/drafts', body }),
    prepareExport: (query) => download(client, { path: '/api/export', query: { ...query } }),
    prepareBackup: () => download(client, { path: '/api/backup' }),
  };
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
