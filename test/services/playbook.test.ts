// The shared playbook: only a group's members and coaches read it, a post is checked again for the
// poster's people, votes count once, saving makes a copy in the saver's own account, and templates
// reach Compose filled in and tone-checked.
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../src/services/deps.js';
import { createGroup } from '../../src/services/groups.js';
import {
  deletePlaybookEntry,
  listPlaybook,
  postPlaybookEntry,
  showPlaybookEntry,
} from '../../src/services/playbook-entries.js';
import { proposePlaybookStrip } from '../../src/services/playbook-strip.js';
import {
  commentOnEntry,
  deletePlaybookComment,
  takeBackVote,
  voteForEntry,
} from '../../src/services/playbook-talk.js';
import {
  editTemplate,
  myTemplates,
  removeTemplate,
  saveEntryAsTemplate,
  templatesForPerson,
} from '../../src/services/playbook-templates.js';
import { insertMember } from '../../src/store/groups.repo.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

async function join(store: Store, groupId: string, role: 'member' | 'coach'): Promise<Deps> {
  const deps = await freshAccount(store, now);
  await insertMember(store, {
    account_id: deps.accountId,
    group_id: groupId,
    role,
    joined_at: now,
  });
  return deps;
}

/** A group with its owner, one member and one coach; the owner knows Ana Ruiz, with a private note. */
async function club(store: Store) {
  const owner = await freshAccount(store, now);
  const group = await createGroup(owner, { name: 'Leeds job club' });
  const member = await join(store, group.id, 'member');
  const coach = await join(store, group.id, 'coach');
  await person(owner, 'Ana Ruiz', {
    company: 'Stripe',
    emails: ['ana@stripe.example'],
    phones: ['+44 7700 900123'],
    notes: 'going through a divorce, keep it light',
  });
  return { owner, member, coach, group };
}

const message = {
  kind: 'message-that-got-a-reply',
  title: 'Asking for fifteen minutes',
  body: 'Hi [name], I enjoyed your talk on payments. Could I ask you two questions about the team?',
};

describeEachDialect('the shared playbook', ({ store }) => {
  it('proposes a stripped copy from the poster’s own people, never from their notes', async () => {
    const { owner } = await club(store());
    const proposal = await proposePlaybookStrip(owner, {
      text: 'Hi Ana, thanks for replying so fast! Write to ana@stripe.example if Stripe is hiring.',
    });
    expect(proposal.text).toBe(
      'Hi [name], thanks for replying so fast! Write to [email] if [company] is hiring.',
    );
    expect(JSON.stringify(proposal)).not.toContain('divorce');
  });

  it('refuses a post that still names one of the poster’s people, naming what remains', async () => {
    const { owner, group } = await club(store());
    const refused = await postPlaybookEntry(owner, {
      groupId: group.id,
      entry: { ...message, body: 'Ana replied in a day. Her number: 07700 900123.' },
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', problems: [{ field: 'body' }] });
    expect((refused as Error).message).toMatch(/body: still has "07700 900123", "Ana" from your/);
    expect(await listPlaybook(owner, { groupId: group.id })).toEqual([]);
  });

  it('shows the playbook to members and coaches, and to no one outside the group', async () => {
    const { owner, member, coach, group } = await club(store());
    const posted = await postPlaybookEntry(owner, { groupId: group.id, entry: message });
    expect(posted).toMatchObject({
      title: message.title,
      mine: true,
      votes: 0,
      author: 'A member',
    });
    expect((await listPlaybook(member, { groupId: group.id })).map((e) => e.id)).toEqual([
      posted.id,
    ]);
    expect((await listPlaybook(coach, { groupId: group.id }))[0]?.mine).toBe(false);

    const other = await createGroup(await freshAccount(store(), now), { name: 'Elsewhere' });
    const outsider = await join(store(), other.id, 'member');
    const attempts = [
      () => listPlaybook(outsider, { groupId: group.id }),
      () => showPlaybookEntry(outsider, { entryId: posted.id }),
      () => voteForEntry(outsider, { entryId: posted.id }),
      () => commentOnEntry(outsider, { entryId: posted.id, comment: { body: 'hi' } }),
      () => saveEntryAsTemplate(outsider, { entryId: posted.id }),
      () => postPlaybookEntry(outsider, { groupId: group.id, entry: message }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Nor does a post to the other group show in this one.
    await postPlaybookEntry(outsider, { groupId: other.id, entry: { ...message, title: 'Other' } });
    expect((await listPlaybook(member, { groupId: group.id })).map((e) => e.title)).toEqual([
      message.title,
    ]);
  });

  it('counts one vote per member, takes it back, and orders by votes when asked', async () => {
    const { owner, member, coach, group } = await club(store());
    const first = await postPlaybookEntry(owner, { groupId: group.id, entry: message });
    const later = await postPlaybookEntry(
      { ...member, now: () => new Date('2026-11-30T13:00:00Z') },
      { groupId: group.id, entry: { kind: 'tip', title: 'Give first', body: 'Offer something.' } },
    );
    expect(await voteForEntry(member, { entryId: first.id })).toEqual({ votes: 1, voted: true });
    expect(await voteForEntry(member, { entryId: first.id })).toEqual({ votes: 1, voted: true });
    expect(await voteForEntry(coach, { entryId: first.id })).toEqual({ votes: 2, voted: true });
    const newest = await listPlaybook(owner, { groupId: group.id });
    expect(newest.map((e) => e.id)).toEqual([later.id, first.id]);
    const voted = await listPlaybook(owner, { groupId: group.id, sort: 'votes' });
    expect(voted.map((e) => [e.id, e.votes])).toEqual([
      [first.id, 2],
      [later.id, 0],
    ]);
    expect(await takeBackVote(member, { entryId: first.id })).toEqual({ votes: 1, voted: false });
  });

  it('keeps comments with the entry, and lets only their authors delete them', async () => {
    const { owner, member, group } = await club(store());
    const entry = await postPlaybookEntry(owner, { groupId: group.id, entry: message });
    const comment = await commentOnEntry(member, {
      entryId: entry.id,
      comment: { body: 'This worked for me too.' },
    });
    expect(comment).toMatchObject({ body: 'This worked for me too.', mine: true });
    const seen = await showPlaybookEntry(owner, { entryId: entry.id });
    expect(seen.comments).toEqual([{ ...comment, mine: false }]);
    expect(seen.entry.comments).toBe(1);
    await expect(deletePlaybookComment(owner, { commentId: comment.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await deletePlaybookComment(member, { commentId: comment.id });
    expect((await showPlaybookEntry(owner, { entryId: entry.id })).comments).toEqual([]);
  });

  it('lets only the author delete an entry, and its votes and comments go with it', async () => {
    const { owner, member, group } = await club(store());
    const entry = await postPlaybookEntry(owner, { groupId: group.id, entry: message });
    await voteForEntry(member, { entryId: entry.id });
    await commentOnEntry(member, { entryId: entry.id, comment: { body: 'Nice' } });
    await expect(deletePlaybookEntry(member, { entryId: entry.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await deletePlaybookEntry(owner, { entryId: entry.id });
    expect(await listPlaybook(member, { groupId: group.id })).toEqual([]);
    const left = await store()
      .db.selectFrom('playbook_votes')
      .select('entry_id')
      .where('entry_id', '=', entry.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('saves a copy into the saver’s own templates that outlives the entry, once', async () => {
    const { owner, member, group } = await club(store());
    const entry = await postPlaybookEntry(owner, { groupId: group.id, entry: message });
    const saved = await saveEntryAsTemplate(member, { entryId: entry.id });
    expect(saved.created).toBe(true);
    expect(saved.template).toMatchObject({
      title: message.title,
      body: message.body,
      source: { entryId: entry.id, groupId: group.id, groupName: 'Leeds job club' },
    });
    expect((await saveEntryAsTemplate(member, { entryId: entry.id })).created).toBe(false);
    expect(await myTemplates(owner)).toEqual([]);
    await deletePlaybookEntry(owner, { entryId: entry.id });
    expect(await myTemplates(member)).toEqual([saved.template]);

    const edited = await editTemplate(member, {
      templateId: saved.template.id,
      template: { title: 'Mine now', body: 'Hi [name], two questions?' },
    });
    expect(edited).toMatchObject({ title: 'Mine now', body: 'Hi [name], two questions?' });
    await expect(
      editTemplate(owner, { templateId: saved.template.id, template: { title: 'x', body: 'y' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeTemplate(owner, { templateId: saved.template.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await removeTemplate(member, { templateId: saved.template.id });
    expect(await myTemplates(member)).toEqual([]);
  });

  it('fills a saved template for one person and gives it the same tone check as a draft', async () => {
    const { owner, member, group } = await club(store());
    const entry = await postPlaybookEntry(owner, {
      groupId: group.id,
      entry: {
        kind: 'message-that-got-a-reply',
        title: 'Too much',
        body: 'Hi [name], sorry to bother you, I know you are very busy. I desperately need a job, any job. Please reply ASAP!!!',
      },
    });
    await saveEntryAsTemplate(member, { entryId: entry.id });
    const priya = await person(member, 'Priya Natarajan', { company: 'Globex' });
    const [filled] = await templatesForPerson(member, { personId: priya.id });
    expect(filled?.text).toMatch(/^Hi Priya, sorry to bother you/);
    expect(filled?.tone.findings.length).toBeGreaterThan(0);
    await expect(templatesForPerson(owner, { personId: priya.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps SQL-looking and script-looking text as text', async () => {
    const { owner, member, group } = await club(store());
    const hostile = {
      kind: 'tip',
      title: "'); DROP TABLE playbook_entries; --",
      body: "<script>alert(1)</script> <img src=x onerror=alert(2)> %00 ' OR 1=1 --",
    };
    const entry = await postPlaybookEntry(owner, { groupId: group.id, entry: hostile });
    const comment = await commentOnEntry(member, {
      entryId: entry.id,
      comment: { body: '"; DELETE FROM playbook_votes; <b>bold</b>' },
    });
    const seen = await showPlaybookEntry(member, { entryId: entry.id });
    expect(seen.entry).toMatchObject({ title: hostile.title, body: hostile.body });
    expect(seen.comments[0]?.body).toBe(comment.body);
  });
});

describe('the playbook outside server mode', () => {
  it('is a list of kinds and labels the web app and API read from one place', async () => {
    const { playbookKinds, playbookKindLabels } = await import('../../src/core/playbook.js');
    expect(playbookKinds.map((kind) => playbookKindLabels[kind].label)).toEqual([
      'A message that got a reply',
      'A question that opened a conversation',
      'An event worth going to',
      'A tip',
    ]);
  });
});
