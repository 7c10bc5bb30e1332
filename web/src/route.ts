// The app's routes as data: parsing a location hash and writing one back.
import type { DraftIntent } from './api.js';
import { isDraftIntent } from '../../src/core/words/intents.js';
import { playbookSorts, type PlaybookSort } from '../../src/core/playbook-words.js';

export type Route =
  | { name: 'today' }
  | { name: 'people'; query: string; offset: number }
  | { name: 'new-person' }
  | { name: 'person'; id: number }
  | { name: 'edit-person'; id: number }
  | {
      name: 'compose';
      id: number;
      intent: DraftIntent | null;
      /** The number of today's plan action this message answers, so logging it marks it done. */
      action?: number | null;
      /** What to share or congratulate them on, filled in from a give-first action. */
      topic?: string | null;
    }
  | { name: 'progress' }
  | { name: 'profile' }
  | { name: 'import' }
  | { name: 'duplicates' }
  | { name: 'onboarding' }
  | { name: 'account' }
  | { name: 'groups' }
  | { name: 'group'; id: string }
  | { name: 'playbook'; groupId: string | null; sort: PlaybookSort }
  | { name: 'playbook-entry'; entryId: string }
  | { name: 'playbook-templates' }
  | { name: 'not-found' };

/** Reads "#/today", "#/people?q=ana&offset=50", "#/people/12/compose?intent=reconnect&action=3"… */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter((part) => part !== '');
  const [first, second, third] = parts;
  if (first === undefined || (first === 'today' && second === undefined)) return { name: 'today' };
  if (first === 'people' && second === undefined) {
    const offset = Number(params.get('offset') ?? 0);
    return {
      name: 'people',
      query: params.get('q') ?? '',
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }
  if (first === 'people' && second === 'new' && parts.length === 2) return { name: 'new-person' };
  if (first === 'people' && second !== undefined && /^\d+$/.test(second)) {
    if (parts.length === 2) return { name: 'person', id: Number(second) };
    if (third === 'edit' && parts.length === 3) return { name: 'edit-person', id: Number(second) };
    if (third === 'compose' && parts.length === 3) {
      const intent = params.get('intent');
      const action = params.get('action');
      const topic = params.get('topic')?.trim().slice(0, 200) ?? '';
      return {
        name: 'compose',
        id: Number(second),
        intent: intent !== null && isDraftIntent(intent) ? intent : null,
        action: action !== null && /^[1-9]\d{0,5}$/.test(action) ? Number(action) : null,
        topic: topic === '' ? null : topic,
      };
    }
  }
  if (first === 'progress' && parts.length === 1) return { name: 'progress' };
  if (first === 'profile' && parts.length === 1) return { name: 'profile' };
  if (first === 'import' && parts.length === 1) return { name: 'import' };
  if (first === 'duplicates' && parts.length === 1) return { name: 'duplicates' };
  if (first === 'onboarding' && parts.length === 1) return { name: 'onboarding' };
  if (first === 'account' && parts.length === 1) return { name: 'account' };
  if (first === 'groups' && parts.length === 1) return { name: 'groups' };
  if (
    first === 'groups' &&
    second !== undefined &&
    /^[\w-]{1,64}$/.test(second) &&
    parts.length === 2
  )
    return { name: 'group', id: second };
  if (first === 'playbook') return parsePlaybookRoute(parts.slice(1), params);
  return { name: 'not-found' };
}

/** "#/playbook", "#/playbook/groups/:id?sort=votes", "#/playbook/entries/:id", "#/playbook/templates". */
function parsePlaybookRoute(parts: string[], params: URLSearchParams): Route {
  const [what, id, ...rest] = parts;
  const sort = playbookSorts.find((one) => one === params.get('sort')) ?? 'newest';
  const plainId = id !== undefined && /^[\w-]{1,64}$/.test(id) && rest.length === 0;
  if (what === undefined) return { name: 'playbook', groupId: null, sort };
  if (what === 'templates' && id === undefined) return { name: 'playbook-templates' };
  if (what === 'groups' && plainId) return { name: 'playbook', groupId: id, sort };
  if (what === 'entries' && plainId) return { name: 'playbook-entry', entryId: id };
  return { name: 'not-found' };
}

/** The hash for a route, for links: hrefFor({ name: 'person', id: 3 }) is "#/people/3". */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'today':
      return '#/today';
    case 'people': {
      const params = new URLSearchParams();
      if (route.query !== '') params.set('q', route.query);
      if (route.offset > 0) params.set('offset', String(route.offset));
      const search = params.toString();
      return `#/people${search ? `?${search}` : ''}`;
    }
    case 'new-person':
      return '#/people/new';
    case 'person':
      return `#/people/${route.id}`;
    case 'edit-person':
      return `#/people/${route.id}/edit`;
    case 'compose': {
      const params = new URLSearchParams();
      if (route.intent) params.set('intent', route.intent);
      if (route.action) params.set('action', String(route.action));
      if (route.topic) params.set('topic', route.topic);
      const search = params.toString();
      return `#/people/${route.id}/compose${search ? `?${search}` : ''}`;
    }
    case 'progress':
      return '#/progress';
    case 'profile':
      return '#/profile';
    case 'import':
      return '#/import';
    case 'duplicates':
      return '#/duplicates';
    case 'onboarding':
      return '#/onboarding';
    case 'account':
      return '#/account';
    case 'groups':
      return '#/groups';
    case 'group':
      return `#/groups/${encodeURIComponent(route.id)}`;
    case 'playbook': {
      const search = route.sort === 'newest' ? '' : `?sort=${route.sort}`;
      return route.groupId
        ? `#/playbook/groups/${encodeURIComponent(route.groupId)}${search}`
        : `#/playbook${search}`;
    }
    case 'playbook-entry':
      return `#/playbook/entries/${encodeURIComponent(route.entryId)}`;
    case 'playbook-templates':
      return '#/playbook/templates';
    case 'not-found':
      return '#/';
  }
}

export function personHref(id: number): string {
  return hrefFor({ name: 'person', id });
}

/** Goes to a route; the hashchange event re-renders the app. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** Rewrites the address without a new history entry or a re-render (for the search box). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(null, '', hrefFor(route));
}
