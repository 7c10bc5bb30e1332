// The typed client for the playbook routes: a group's entries, the stripping check, comments,
// votes, and my templates, with those templates written to one person for Compose.
import type { PlaybookEntryInput, PlaybookSort } from '../../src/core/playbook.js';
import type { StripProposal } from '../../src/core/playbook-strip.js';
import type { GroupSummary } from '../../src/services/groups.js';
import type {
  PlaybookComment,
  PlaybookEntry,
  PlaybookEntryDetail,
} from '../../src/services/playbook-entries.js';
import type { VoteState } from '../../src/services/playbook-talk.js';
import type { PlaybookTemplate, TemplateForPerson } from '../../src/services/playbook-templates.js';
import { request } from './api.js';

export type {
  GroupSummary,
  PlaybookComment,
  PlaybookEntry,
  PlaybookEntryDetail,
  PlaybookEntryInput,
  PlaybookTemplate,
  StripProposal,
  TemplateForPerson,
  VoteState,
};

const at = (id: string) => encodeURIComponent(id);

export function getPlaybookGroups(): Promise<{ groups: GroupSummary[] }> {
  return request('GET', '/api/playbook');
}

export function proposeStrip(text: string): Promise<StripProposal> {
  return request('POST', '/api/playbook/strip', { text });
}

export function listEntries(groupId: string, sort: PlaybookSort): Promise<PlaybookEntry[]> {
  return request('GET', `/api/playbook/groups/${at(groupId)}/entries?sort=${sort}`);
}

export function postEntry(groupId: string, entry: PlaybookEntryInput): Promise<PlaybookEntry> {
  return request('POST', `/api/playbook/groups/${at(groupId)}/entries`, entry);
}

export function getEntry(entryId: string): Promise<PlaybookEntryDetail> {
  return request('GET', `/api/playbook/entries/${at(entryId)}`);
}

export function deleteEntry(entryId: string): Promise<void> {
  return request('DELETE', `/api/playbook/entries/${at(entryId)}`);
}

export function vote(entryId: string, on: boolean): Promise<VoteState> {
  return request(on ? 'PUT' : 'DELETE', `/api/playbook/entries/${at(entryId)}/vote`);
}

export function addComment(entryId: string, body: string): Promise<PlaybookComment> {
  return request('POST', `/api/playbook/entries/${at(entryId)}/comments`, { body });
}

export function deleteComment(commentId: string): Promise<void> {
  return request('DELETE', `/api/playbook/comments/${at(commentId)}`);
}

export function saveAsTemplate(entryId: string): Promise<PlaybookTemplate> {
  return request('POST', `/api/playbook/entries/${at(entryId)}/template`);
}

export function listTemplates(): Promise<PlaybookTemplate[]> {
  return request('GET', '/api/playbook/templates');
}

export function editTemplate(
  templateId: string,
  template: { title: string; body: string },
): Promise<PlaybookTemplate> {
  return request('PUT', `/api/playbook/templates/${at(templateId)}`, template);
}

export function deleteTemplate(templateId: string): Promise<void> {
  return request('DELETE', `/api/playbook/templates/${at(templateId)}`);
}

export function templatesFor(personId: number): Promise<TemplateForPerson[]> {
  return request('GET', `/api/playbook/people/${personId}/templates`);
}
