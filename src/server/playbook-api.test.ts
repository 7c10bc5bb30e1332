// The shared playbook over HTTP in server mode, on both dialects: strip, post, read, vote, comment,
// save, and the templates in Compose; another group's members see none of it.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroup } from '../services/groups.js';
import { insertMember } from '../store/groups.repo.js';
import { describeEachDialect } from '../../test/dialects.js';
import {
  buildServerModeApp,
  fromKithPage,
  signUpOwnerAndMember,
  signUpWith,
  lastSecret,
  type ServerModeApp,
} from '../../test/server-mode.js';

const now = new Date('2026-11-30T12:00:00Z');

describeEachDialect('the playbook API', ({ store }) => {
  let served: ServerModeApp;
  let owner: string;
  let member: string;
  let outsider: string;
  let groupId: string;
  beforeAll(async () => {
    served = await buildServerModeApp(store(), { now: () => now, rateLimits: false });
    ({ owner, member } = await signUpOwnerAndMember(served, store(), {
      owner: 'owner@example.org',
      member: 'member@example.org',
    }));
    const invited = await call(owner, 'POST', '/api/invitations', {});
    expect(invited.statusCode).toBe(201);
    outsider = await signUpWith(
      served,
      'outsider@example.org',
      lastSecret(served.lines, 'invitation'),
    );
    const ownerId = await accountIdOf(owner);
    const group = await createGroup(
      { store: store(), accountId: ownerId, now: () => now },
      {
        name: 'Leeds job club',
      },
    );
    groupId = group.id;
    await insertMember(store(), {
      account_id: await accountIdOf(member),
      group_id: groupId,
      role: 'member',
      joined_at: now.toISOString(),
    });
  });
  afterAll(async () => served.app.close());

  function call(cookie: string, method: InjectOptions['method'], url: string, payload?: object) {
    return served.app.inject({
      method,
      url,
      headers: { ...fromKithPage, cookie },
      ...(payload ? { payload } : {}),
    });
  }

  async function accountIdOf(cookie: string): Promise<string> {
    return (await call(cookie, 'GET', '/api/account')).json<{ id: string }>().id;
  }

  it('strips, posts, and shows the post to members only', async () => {
    const added = await call(owner, 'POST', '/api/people', {
      name: 'Ana Ruiz',
      emails: ['ana@stripe.example'],
      notes: 'private: moving to Lisbon',
    });
    expect(added.statusCode).toBe(201);
    const strip = await call(owner, 'POST', '/api/playbook/strip', {
      text: 'Hi Ana, could I ask two questions about the payments team?',
    });
    expect(strip.json()).toMatchObject({
      text: 'Hi [name], could I ask two questions about the payments team?',
      replacements: [{ kind: 'name', original: 'Ana' }],
    });
    const refused = await call(owner, 'POST', `/api/playbook/groups/${groupId}/entries`, {
      kind: 'message-that-got-a-reply',
      title: 'Two questions',
      body: 'Hi Ana, could I ask two questions?',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ problems: [{ field: 'body' }] });
    expect(refused.json<{ detail: string }>().detail).toContain('"Ana"');

    const posted = await call(owner, 'POST', `/api/playbook/groups/${groupId}/entries`, {
      kind: 'message-that-got-a-reply',
      title: 'Two questions',
      body: strip.json<{ text: string }>().text,
    });
    expect(posted.statusCode).toBe(201);
    const entryId = posted.json<{ id: string }>().id;

    const seen = await call(member, 'GET', `/api/playbook/groups/${groupId}/entries?sort=votes`);
    expect(seen.json()).toMatchObject([{ id: entryId, mine: false, votes: 0 }]);
    expect(seen.body).not.toContain('Lisbon');
    expect(
      (await call(outsider, 'GET', `/api/playbook/groups/${groupId}/entries`)).statusCode,
    ).toBe(404);
    expect((await call(outsider, 'GET', `/api/playbook/entries/${entryId}`)).statusCode).toBe(404);
    expect((await call(outsider, 'GET', '/api/playbook')).json()).toEqual({ groups: [] });
    expect((await call(member, 'GET', '/api/playbook')).json()).toMatchObject({
      groups: [{ id: groupId, name: 'Leeds job club', role: 'member', members: 2 }],
    });
  });

  it('votes once, comments, saves a copy, and offers it in Compose with its tone check', async () => {
    const posted = await call(owner, 'POST', `/api/playbook/groups/${groupId}/entries`, {
      kind: 'question',
      title: 'What surprised you?',
      body: 'Hi [name], what surprised you most in your first year on the team?',
    });
    const entryId = posted.json<{ id: string }>().id;
    for (let i = 0; i < 2; i += 1) {
      const vote = await call(member, 'PUT', `/api/playbook/entries/${entryId}/vote`);
      expect(vote.json()).toEqual({ votes: 1, voted: true });
    }
    const comment = await call(member, 'POST', `/api/playbook/entries/${entryId}/comments`, {
      body: 'Got me a long reply.',
    });
    expect(comment.statusCode).toBe(201);
    const saved = await call(member, 'POST', `/api/playbook/entries/${entryId}/template`);
    expect(saved.statusCode).toBe(201);
    expect(
      (await call(member, 'POST', `/api/playbook/entries/${entryId}/template`)).statusCode,
    ).toBe(200);
    const detail = await call(member, 'GET', `/api/playbook/entries/${entryId}`);
    expect(detail.json()).toMatchObject({
      entry: { votes: 1, voted: true, comments: 1 },
      comments: [{ body: 'Got me a long reply.', mine: true }],
      savedTemplateId: saved.json<{ id: string }>().id,
    });

    const priya = await call(member, 'POST', '/api/people', { name: 'Priya Natarajan' });
    const personId = priya.json<{ id: number }>().id;
    const compose = await call(member, 'GET', `/api/playbook/people/${personId}/templates`);
    expect(compose.statusCode).toBe(200);
    expect(compose.json()).toMatchObject([
      {
        text: 'Hi Priya, what surprised you most in your first year on the team?',
        tone: { verdict: expect.any(String) as string, findings: expect.any(Array) as unknown[] },
      },
    ]);
    expect(
      (await call(owner, 'GET', `/api/playbook/people/${personId}/templates`)).statusCode,
    ).toBe(404);
    const unvote = await call(member, 'DELETE', `/api/playbook/entries/${entryId}/vote`);
    expect(unvote.json()).toEqual({ votes: 0, voted: false });
    expect((await call(member, 'DELETE', `/api/playbook/entries/${entryId}`)).statusCode).toBe(403);
  });

  it('stores and shows SQL-looking and script-looking input as text', async () => {
    const hostile = {
      kind: 'tip',
      title: "Robert'); DROP TABLE playbook_entries;--",
      body: "<script>alert(\"x\")</script><img src=x onerror=alert(1)> ' OR '1'='1",
    };
    const posted = await call(member, 'POST', `/api/playbook/groups/${groupId}/entries`, hostile);
    expect(posted.statusCode).toBe(201);
    const entryId = posted.json<{ id: string }>().id;
    const read = await call(owner, 'GET', `/api/playbook/entries/${entryId}`);
    expect(read.json()).toMatchObject({ entry: { title: hostile.title, body: hostile.body } });
    const saved = await call(owner, 'POST', `/api/playbook/entries/${entryId}/template`);
    const templateId = saved.json<{ id: string }>().id;
    const edited = await call(owner, 'PUT', `/api/playbook/templates/${templateId}`, {
      title: '"; DELETE FROM playbook_templates; --',
      body: '<b>Hi [name]</b>',
    });
    expect(edited.json()).toMatchObject({ title: '"; DELETE FROM playbook_templates; --' });
    const mine = await call(owner, 'GET', '/api/playbook/templates');
    expect(mine.json()).toMatchObject([{ id: templateId, body: '<b>Hi [name]</b>' }]);
    expect((await call(member, 'DELETE', `/api/playbook/templates/${templateId}`)).statusCode).toBe(
      404,
    );
    expect((await call(owner, 'DELETE', `/api/playbook/templates/${templateId}`)).statusCode).toBe(
      204,
    );
    expect((await call(member, 'DELETE', `/api/playbook/entries/${entryId}`)).statusCode).toBe(204);
  });

  it('names the field when a post is out of shape', async () => {
    const bad = await call(member, 'POST', `/api/playbook/groups/${groupId}/entries`, {
      kind: 'brag',
      title: '',
      body: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ problems: Array<{ field: string }> }>().problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['kind', 'title']),
    );
  });
});
