// Groups over HTTP in server mode, on both dialects: start one, invite by link, join signed in or
// by signing up, share people, see who the group knows and the coach's figures; never a private
// field in any group answer. The one-person default has no group routes at all.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import { useApp } from '../../test/app.js';
import {
  buildServerModeApp,
  fromKithPage,
  sessionOf,
  signUpOwnerAndMember,
  type ServerModeApp,
} from '../../test/server-mode.js';

const password = 'correct horse battery';
/** Every private field of the member's people carries this word; no group answer may. */
const marker = 'quagmirenote';

describeEachDialect('groups over HTTP', ({ store }) => {
  let served: ServerModeApp;
  let owner: string;
  let member: string;
  let coach: string;
  let groupId: string;
  const bodies: string[] = [];
  beforeAll(async () => {
    served = await buildServerModeApp(store(), { now: () => new Date('2026-11-30T12:00:00Z') });
    ({ owner, member } = await signUpOwnerAndMember(served, store(), {
      owner: 'owner@example.org',
      member: 'member@example.org',
    }));
  });
  afterAll(async () => served.app.close());

  /** A request as the holder of `cookie`; every answer is kept for the private-field check. */
  const call = async (cookie: string | null, options: InjectOptions & { url: string }) => {
    const response = await served.app.inject({
      ...options,
      headers: cookie ? { ...fromKithPage, cookie } : {},
    });
    if (/group|sharing/.test(options.url)) bodies.push(response.body);
    return response;
  };

  it('starts a group and invites by a link that a signed-in account uses once', async () => {
    const made = await call(owner, {
      method: 'POST',
      url: '/api/groups',
      payload: { name: 'Leeds job club' },
    });
    expect(made.statusCode).toBe(201);
    groupId = made.json<{ id: string }>().id;
    const link = await call(owner, {
      method: 'POST',
      url: `/api/groups/${groupId}/invitations`,
      payload: { role: 'member' },
    });
    expect(link.statusCode).toBe(201);
    const { url } = link.json<{ url: string }>();
    expect(url).toMatch(/^http:\/\/localhost:80\/join-group\?invitation=group\./);
    const invitation = decodeURIComponent(url.split('invitation=')[1] ?? '');
    const joined = await call(member, {
      method: 'POST',
      url: '/api/groups/join',
      payload: { invitation },
    });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ id: groupId, role: 'member', members: 2 });
    const again = await call(member, {
      method: 'POST',
      url: '/api/groups/join',
      payload: { invitation },
    });
    expect(again.statusCode).toBe(403);
    const byMember = await call(member, {
      method: 'POST',
      url: `/api/groups/${groupId}/invitations`,
      payload: { role: 'member' },
    });
    expect(byMember.statusCode).toBe(403);
  });

  it("lets a newcomer sign up through the owner's coach link and join in one step", async () => {
    const link = await call(owner, {
      method: 'POST',
      url: `/api/groups/${groupId}/invitations`,
      payload: { role: 'coach', email: 'coach@example.org' },
    });
    const invitation = decodeURIComponent(
      link.json<{ url: string }>().url.split('invitation=')[1]!,
    );
    const signedUp = await call(null, {
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'coach@example.org', password, groupInvitation: invitation },
    });
    expect(signedUp.statusCode).toBe(201);
    coach = sessionOf(signedUp);
    const groups = await call(coach, { method: 'GET', url: '/api/groups' });
    expect(groups.json()).toMatchObject([{ id: groupId, role: 'coach', members: 3 }]);
  });

  it('shows the owner what the member shares, by company, and refuses the coach', async () => {
    const add = (name: string, company: string, title: string) =>
      call(member, {
        method: 'POST',
        url: '/api/people',
        payload: {
          name,
          company,
          title,
          emails: [`${marker}@example.org`],
          phones: ['+44 7700 900456'],
          notes: `private ${marker}`,
        },
      });
    const ana = (await add('Ana Ruiz', 'Stripe', 'Product')).json<{ id: number }>();
    const cy = (await add('Cy Named', 'Monzo', 'Design')).json<{ id: number }>();
    await call(member, {
      method: 'POST',
      url: '/api/interactions',
      payload: { personId: ana.id, occurredOn: '2026-11-27', channel: 'call', summary: marker },
    });
    const shared = await call(member, {
      method: 'PUT',
      url: `/api/people/${cy.id}/sharing`,
      payload: { level: 'name' },
    });
    expect(shared.json()).toEqual({ personId: cy.id, level: 'name' });
    expect(
      (await call(member, { method: 'GET', url: `/api/people/${ana.id}/sharing` })).json(),
    ).toEqual({ personId: ana.id, level: 'company' });

    const seen = await call(owner, { method: 'GET', url: `/api/groups/${groupId}/network` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      companies: [
        {
          company: 'Monzo',
          lines: [{ line: 'Cy Named, Monzo (Design)', member: 'member@example.org' }],
        },
        { company: 'Stripe', lines: [{ line: 'I know someone at Stripe (Product)' }] },
      ],
    });
    const asCoach = await call(coach, { method: 'GET', url: `/api/groups/${groupId}/network` });
    expect(asCoach.statusCode).toBe(403);
    expect(asCoach.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("gives owners and coaches the figures, members a refusal, and other groups' ids a 404", async () => {
    const board = await call(coach, { method: 'GET', url: `/api/groups/${groupId}/dashboard` });
    expect(board.statusCode).toBe(200);
    const { members } = board.json<{ members: Array<{ label: string; actions: number[] }> }>();
    expect(members.find((m) => m.label === 'member@example.org')?.actions).toEqual([
      0, 0, 0, 0, 0, 0, 1, 0,
    ]);
    expect(
      (await call(member, { method: 'GET', url: `/api/groups/${groupId}/dashboard` })).statusCode,
    ).toBe(403);
    const theirs = (
      await call(member, { method: 'POST', url: '/api/groups', payload: { name: 'Just me' } })
    ).json<{ id: string }>();
    for (const url of [`/api/groups/${theirs.id}`, `/api/groups/${theirs.id}/dashboard`]) {
      expect((await call(owner, { method: 'GET', url })).statusCode).toBe(404);
    }
  });

  it('keeps the last owner, and lets a member leave', async () => {
    const detail = await call(owner, { method: 'GET', url: `/api/groups/${groupId}` });
    const members = detail.json<{
      members: Array<{ accountId: string; you: boolean; role: string }>;
    }>().members;
    const me = members.find((m) => m.you)!;
    const leaving = await call(owner, {
      method: 'DELETE',
      url: `/api/groups/${groupId}/members/${me.accountId}`,
    });
    expect(leaving.statusCode).toBe(409);
    const demoted = await call(owner, {
      method: 'PUT',
      url: `/api/groups/${groupId}/members/${me.accountId}`,
      payload: { role: 'coach' },
    });
    expect(demoted.statusCode).toBe(409);
    const memberId = members.find((m) => m.role === 'member')!.accountId;
    const left = await call(member, {
      method: 'DELETE',
      url: `/api/groups/${groupId}/members/${memberId}`,
    });
    expect(left.statusCode).toBe(204);
  });

  it('never puts a private note, email, phone or interaction in any group answer', () => {
    expect(bodies.length).toBeGreaterThan(10);
    // The phone in any form it could be written ("+447700900456", "07700 900456"), and never a bare
    // "7700", which a random id now and then holds.
    const phone = /7700\W?900\W?456/;
    expect(bodies.filter((body) => body.includes(marker) || phone.test(body))).toEqual([]);
  });
});

describe('groups in the one-person default', () => {
  const app = useApp();

  it('has no group routes: groups need server mode', async () => {
    for (const [method, url] of [
      ['GET', '/api/groups'],
      ['POST', '/api/groups'],
      ['PUT', '/api/sharing'],
    ] as const) {
      const response = await app().inject({ method, url, headers: fromKithPage, payload: {} });
      expect(response.statusCode).toBe(404);
    }
    const doc = (await app().inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths).filter((path) => /group|sharing/.test(path))).toEqual([]);
  });
});
