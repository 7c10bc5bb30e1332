// What a group sees: each member's people at the level they chose (company only by default), who
// to ask, and the coach's figures; never a note, an interaction, an email or a phone number.
import { expect, it } from 'vitest';
import { backupAccount } from '../../src/services/backup.js';
import { showGroupDashboard } from '../../src/services/group-dashboard.js';
import { mergeTwo } from '../../src/services/merge-two.js';
import { restoreBackup } from '../../src/services/restore.js';
import { showGroupNetwork } from '../../src/services/group-network.js';
import { saveProfile } from '../../src/services/profile.js';
import { setSharing, setSharingInBulk, showSharing } from '../../src/services/person-sharing.js';
import { describeEachDialect } from '../dialects.js';
import { contact, person } from './coach-builders.js';
import { emailAccount, groupWith } from './group-builders.js';

const now = '2026-11-30T12:00:00Z'; // a Monday

describeEachDialect('what a group sees', ({ store }) => {
  it('lists company lines by default, names only when opted in, nothing hidden, and never private fields', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const member = await emailAccount(store(), now, 'member');
    const coach = await emailAccount(store(), now, 'coach');
    await saveProfile(member, { name: 'Mo Member' });
    const group = await groupWith(owner, [
      { deps: member, role: 'member' },
      { deps: coach, role: 'coach' },
    ]);
    const secret = {
      emails: ['ana@stripe.example'],
      phones: ['+44 7700 900123'],
      notes: 'private note: wants to leave',
      howWeMet: 'secret conference',
      needs: 'private needs',
    };
    const ana = await person(member, 'Ana Ruiz', {
      company: 'Stripe',
      title: 'Product',
      ...secret,
    });
    const ben = await person(member, 'Ben Ode', { company: 'Stripe', title: 'Product', ...secret });
    const cy = await person(member, 'Cy Named', { company: 'Monzo', title: 'Design', ...secret });
    const dee = await person(member, 'Dee Hidden', { company: 'Wise', ...secret });
    await person(coach, 'Coach Contact', { company: 'CoachCo' });
    await contact(member, ana, { on: '2026-11-20', summary: 'private chat about layoffs' });
    expect(await showSharing(member, ana.id)).toEqual({ personId: ana.id, level: 'company' });
    await setSharing(member, { personId: cy.id, level: 'name' });
    await setSharing(member, { personId: dee.id, level: 'hidden' });

    const seen = await showGroupNetwork(owner, group.id);
    expect(seen.companies).toEqual([
      {
        company: 'Monzo',
        lines: [{ line: 'Cy Named, Monzo (Design)', member: 'Mo Member', yours: false, people: 1 }],
      },
      {
        company: 'Stripe',
        lines: [
          {
            line: 'I know someone at Stripe (Product)',
            member: 'Mo Member',
            yours: false,
            people: 2,
          },
        ],
      },
    ]);
    const text = JSON.stringify(seen);
    for (const hidden of [
      'Ana',
      'Ben',
      'Dee',
      'Wise',
      'private',
      'secret',
      '7700',
      'stripe.example',
      'CoachCo',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(ben.id).toBeGreaterThan(0);
    await expect(showGroupNetwork(coach, group.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sets a level for everyone with a tag, or for everyone, in one go', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const group = await groupWith(owner, []);
    const alum = await person(owner, 'Al Umni', { company: 'Acme', tags: ['alumni'] });
    const other = await person(owner, 'Oz Other', { company: 'Beta' });
    expect(await setSharingInBulk(owner, { level: 'name', tag: '#Alumni' })).toEqual({
      people: 1,
      level: 'name',
    });
    expect((await showSharing(owner, alum.id)).level).toBe('name');
    expect((await showSharing(owner, other.id)).level).toBe('company');
    expect(
      (await showGroupNetwork(owner, group.id)).companies.map((c) => c.lines[0]?.line),
    ).toEqual(['Al Umni, Acme', 'I know someone at Beta']);
    expect(await setSharingInBulk(owner, { level: 'hidden' })).toMatchObject({ people: 2 });
    expect((await showGroupNetwork(owner, group.id)).companies).toEqual([]);
    await expect(setSharingInBulk(owner, { level: 'everyone' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'level' }],
    });
  });

  it("keeps each person's level through a backup and a restore, following the people's new ids", async () => {
    const source = await emailAccount(store(), now, 'source');
    const named = await person(source, 'Nia Named', { company: 'Acme' });
    const hidden = await person(source, 'Hal Hidden', { company: 'Beta' });
    await person(source, 'Dee Default', { company: 'Gamma' });
    await setSharing(source, { personId: named.id, level: 'name' });
    await setSharing(source, { personId: hidden.id, level: 'hidden' });
    const backup = await backupAccount(source);
    expect(backup.tables.person_sharing).toEqual([
      { person_id: named.id, level: 'name', updated_at: now.replace('Z', '.000Z') },
      { person_id: hidden.id, level: 'hidden', updated_at: now.replace('Z', '.000Z') },
    ]);
    const target = await emailAccount(store(), now, 'target');
    await restoreBackup(target, { document: backup });
    const restored = (await backupAccount(target)).tables.people ?? [];
    const levels: Record<string, string> = {};
    for (const row of restored) {
      levels[String(row.name)] = (await showSharing(target, Number(row.id))).level;
    }
    expect(levels).toEqual({
      'Nia Named': 'name',
      'Hal Hidden': 'hidden',
      'Dee Default': 'company',
    });
  });

  it('keeps a merged person as private as either side was', async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const shown = await person(owner, 'Ana Ruiz', { company: 'Stripe' });
    const hidden = await person(owner, 'Ana R.', { company: 'Stripe' });
    await setSharing(owner, { personId: shown.id, level: 'name' });
    await setSharing(owner, { personId: hidden.id, level: 'hidden' });
    await mergeTwo(owner, { a: shown.id, b: hidden.id });
    expect((await showSharing(owner, shown.id)).level).toBe('hidden');
  });

  it("refuses to share another account's person, and leaves it as it was", async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const other = await emailAccount(store(), now, 'other');
    const theirs = await person(other, 'Their Person', { company: 'Theirs' });
    await expect(setSharing(owner, { personId: theirs.id, level: 'name' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(showSharing(owner, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await showSharing(other, theirs.id)).level).toBe('company');
  });

  it("shows coaches each member's weekly actions, reply rate and streak, and no contact", async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const coach = await emailAccount(store(), now, 'coach');
    const member = await emailAccount(store(), now, 'member');
    await saveProfile(member, { name: 'Mo Member', timeZone: 'UTC' });
    const group = await groupWith(owner, [
      { deps: coach, role: 'coach' },
      { deps: member, role: 'member' },
    ]);
    const ana = await person(member, 'Ana Ruiz', { company: 'Stripe', notes: 'private note' });
    await contact(
      member,
      ana,
      { on: '2026-11-16', expectsReply: true, summary: 'asked about roles' },
      { on: '2026-11-18', direction: 'inbound', summary: 'she answered' },
      { on: '2026-11-24', expectsReply: true },
      { on: '2026-11-30' },
      { on: '2026-09-01' },
    );
    const board = await showGroupDashboard(coach, group.id);
    expect(board.weeks).toEqual([
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    const mo = board.members.find((m) => m.accountId === member.accountId);
    expect(mo).toMatchObject({
      label: 'Mo Member',
      role: 'member',
      actions: [0, 0, 0, 0, 0, 2, 1, 1],
      asked: 2,
      answered: 1,
      replyRate: 0.5,
      streakWeeks: 0,
    });
    expect(board.members.map((m) => m.role)).toEqual(['owner', 'coach', 'member']);
    const text = JSON.stringify(board);
    for (const hidden of ['Ana', 'Stripe', 'private', 'asked about', 'she answered']) {
      expect(text).not.toContain(hidden);
    }
    await expect(showGroupDashboard(member, group.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("counts the streak as the member's own Progress page does: weeks in a row at their goal", async () => {
    const owner = await emailAccount(store(), now, 'owner');
    const member = await emailAccount(store(), now, 'member');
    await saveProfile(member, { name: 'Mo Member', timeZone: 'UTC', weeklyGoal: 2 });
    const group = await groupWith(owner, [{ deps: member, role: 'member' }]);
    const ana = await person(member, 'Ana Ruiz');
    // Two done actions in each of the two weeks before this one, one so far this week.
    const done = ['2026-11-16', '2026-11-17', '2026-11-23', '2026-11-25', '2026-11-30'];
    await store()
      .db.insertInto('plan_actions')
      .values(
        done.map((day) => ({
          account_id: member.accountId,
          plan_on: day,
          n: 1,
          person_id: ana.id,
          kind: 'keep-in-touch',
          why: '',
          minutes: 5,
          intent: 'check-in',
          offer: null,
          status: 'done',
          status_on: `${day}T09:00:00Z`,
          interaction_id: null,
          created_at: `${day}T08:00:00Z`,
        })),
      )
      .execute();
    const board = await showGroupDashboard(owner, group.id);
    expect(board.members.find((m) => m.accountId === member.accountId)).toMatchObject({
      streakWeeks: 2,
      weeklyGoal: 2,
    });
  });
});
