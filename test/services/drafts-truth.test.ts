// Scenario tests for drafts that tell the truth: each names the draft a user would not have sent.
import { expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { checkMessage } from '../../src/services/check-message.js';
import { draftForPerson } from '../../src/services/draft-for-person.js';
import { describeEachDialect } from '../dialects.js';
import { contact, freshAccount, onboard, person } from './coach-builders.js';

const now = '2026-11-30T15:00:00Z';

describeEachDialect('drafts tell the truth', ({ store }) => {
  const everything = (result: Awaited<ReturnType<typeof draftForPerson>>) =>
    [result.draft.subject, ...result.draft.variants.flat()].join('\n');

  it('a follow-up "on my note" to someone who replied that day becomes a thank-you, with the reason', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ana = await person(deps, 'Ana Lopez');
    await contact(
      deps,
      ana,
      { on: '2026-11-30', kind: 'ask', summary: 'Asked about data roles' },
      { on: '2026-11-30', direction: 'inbound', summary: 'Replied, happy to talk' },
    );
    const result = await draftForPerson(deps, { personId: ana.id, intent: 'follow-up-1' });
    expect(result.draft.intent).toBe('thank-you');
    expect(result.draft.reason).toBe(
      'Ana wrote back today, so this is a thank-you rather than a follow-up.',
    );
    expect(everything(result)).not.toMatch(/follow(ing)? up|my note/i);
    expect(result.draft.parts[0]?.body).toContain('your email today');
  });

  it('a follow-up to someone who has not replied still follows the note, and names it', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ana = await person(deps, 'Ana Lopez');
    await contact(
      deps,
      ana,
      { on: '2026-10-01', channel: 'call', direction: 'mutual' },
      { on: '2026-11-20', kind: 'ask', summary: 'Email — data roles' },
    );
    const result = await draftForPerson(deps, { personId: ana.id, intent: 'follow-up-1' });
    expect(result.draft.intent).toBe('follow-up-1');
    expect(result.draft.reason).toBeNull();
    expect(result.draft.parts[0]?.body).toContain('my email last week about data roles');
  });

  it('"it\'s been a while!" is not said to someone met 25 days ago; the reconnect says it is a catch-up', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ben = await person(deps, 'Ben Okafor', { howWeMet: 'at the Leeds data meetup' });
    await contact(deps, ben, { on: '2026-11-05', channel: 'meeting', direction: 'mutual' });
    const result = await draftForPerson(deps, { personId: ben.id, intent: 'reconnect' });
    expect(result.draft.intent).toBe('reconnect');
    expect(result.draft.reason).toMatch(
      /^You were last in touch with Ben a few weeks ago, so this is a catch-up/,
    );
    expect(everything(result)).not.toMatch(/been a while|too long|long time/i);
    expect(result.draft.subject).toBe('Catching up');
  });

  it('a reconnect after a long gap still says so', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ben = await person(deps, 'Ben Okafor');
    await contact(deps, ben, { on: '2025-02-10', channel: 'call', direction: 'mutual' });
    const result = await draftForPerson(deps, { personId: ben.id, intent: 'reconnect' });
    expect(result.draft.reason).toBeNull();
    expect(result.draft.parts[0]?.body).toContain("It's been a while!");
    expect(result.draft.parts[0]?.body).toContain('our call back in 2025');
  });

  it('"I see you know Rachel" is not said when nothing logged links them; a stored link is used', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const rachel = await person(deps, 'rachel lowe', {
      company: 'Booking.com',
      title: 'Product Analyst',
    });
    const chidi = await person(deps, 'Chidi Eze', { company: 'Monzo' });
    const unlinked = await draftForPerson(deps, {
      personId: rachel.id,
      intent: 'request-intro',
      connectorId: chidi.id,
    });
    const note = unlinked.draft.variants[0] ?? [];
    for (const body of note) expect(body).not.toMatch(/(see|believe|think) you|you know \S+ \S+,/i);
    expect(note[0]).toContain('Do you know Rachel Lowe (Product Analyst at Booking.com)?');
    expect(note[0]).toContain('If you do, would you be open to asking Rachel');

    await contact(deps, chidi, {
      on: '2026-11-20',
      channel: 'call',
      direction: 'mutual',
      summary: 'Call — said Rachel Lowe runs the analytics guild',
    });
    const linked = await draftForPerson(deps, {
      personId: rachel.id,
      intent: 'request-intro',
      connectorId: chidi.id,
    });
    expect(linked.draft.parts[0]?.body).toContain('I believe you know Rachel Lowe');
  });

  it("a recap uses the logged call, not the user's own emails the day after", async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const priya = await person(deps, 'Priya Shah');
    await contact(
      deps,
      priya,
      { on: '2026-11-25', channel: 'call', direction: 'mutual', summary: 'Call — product metrics' },
      { on: '2026-11-29', channel: 'email', summary: 'Sent my CV' },
      { on: '2026-11-29', channel: 'email', summary: 'Sent the portfolio link' },
    );
    const recap = await draftForPerson(deps, { personId: priya.id, intent: 'recap' });
    const body = recap.draft.parts[0]?.body ?? '';
    expect(body).toContain('Thanks for our call a few days ago.');
    expect(body).toContain('- We talked about product metrics.');
    expect(everything(recap)).not.toMatch(/emails|yesterday/);

    const thanks = await draftForPerson(deps, { personId: priya.id, intent: 'thank-you' });
    expect(thanks.draft.parts[0]?.body).toContain(
      'Your point about product metrics was especially helpful.',
    );
    expect(thanks.draft.blanks).not.toContain('the most useful thing they said');
  });

  it('a cold first message to someone who emailed first becomes a reply', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const sam = await person(deps, 'Sam Patel');
    await contact(deps, sam, { on: '2026-11-27', direction: 'inbound', summary: 'Email from Sam' });
    const result = await draftForPerson(deps, { personId: sam.id, intent: 'first-contact-cold' });
    expect(result.draft.intent).toBe('thank-you');
    expect(result.draft.reason).toBe(
      'Sam wrote to you first a few days ago, so this is a reply that thanks them rather than a cold first message.',
    );
    expect(result.draft.parts[0]?.body).toContain('your email a few days ago');
  });

  it('a person marked do-not-contact gets a refusal, and a draft only with a warning the user accepted', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const kate = await person(deps, 'Kate Morrison', { doNotContact: true });
    const refused = await draftForPerson(deps, { personId: kate.id, intent: 'reconnect' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isAppError(refused) && refused.code).toBe('CONFLICT');
    expect(String(refused)).toContain('You marked Kate Morrison as do not contact');

    const accepted = await draftForPerson(deps, {
      personId: kate.id,
      intent: 'reconnect',
      acknowledgeDoNotContact: true,
    });
    expect(accepted.draft.warning).toBe(
      "You marked Kate Morrison as do not contact. Send this only if you're sure they'd welcome it.",
    );
    expect(accepted.tone.verdict).not.toMatch(/send it/i);
  });

  it('an intro request through a do-not-contact connector is refused too', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ana = await person(deps, 'Ana Lopez');
    const ben = await person(deps, 'Ben Okafor', { doNotContact: true });
    await expect(
      draftForPerson(deps, { personId: ana.id, intent: 'request-intro', connectorId: ben.id }),
    ).rejects.toThrow('You marked Ben Okafor as do not contact');
  });

  it('says "fill in the blanks first", never "send it", while a blank remains', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const ana = await person(deps, 'Ana Lopez');
    const result = await draftForPerson(deps, { personId: ana.id, intent: 'thank-you' });
    expect(result.draft.blanks.length).toBeGreaterThan(0);
    expect(result.tone.verdict).toMatch(/^Fill in the blanks first: \[/);
    expect(result.tone.verdict).not.toMatch(/send it/i);
    const filled = checkMessage({ text: 'Hi Ana,\n\nThank you for the call.\n\nSam' });
    expect(filled.verdict).not.toMatch(/blanks/);
    const open = checkMessage({ text: 'Hi Ana,\n\nThank you for [what they did].\n\nSam' });
    expect(open.verdict).toMatch(/^Fill in the blanks first: \[what they did\]/);
  });

  it('shows a name stored in lower case as it is written, and a title with its article', async () => {
    const deps = await freshAccount(store(), now);
    await onboard(deps);
    const sam = await person(deps, "sam o'neil", { title: 'Product Analyst' });
    const other = await person(deps, 'anke van der berg', { title: 'engineer' });
    const result = await draftForPerson(deps, {
      personId: sam.id,
      intent: 'introduce',
      otherPersonId: other.id,
    });
    const [toSam, toAnke, joint] = result.draft.parts;
    expect(toSam?.body).toMatch(/^Hi Sam,/);
    expect(toSam?.body).toContain('they work as an engineer');
    expect(toAnke?.body).toContain('they work as a Product Analyst');
    expect(joint?.body).toContain("Sam, meet Anke van der Berg (engineer). Anke, meet Sam O'Neil");
  });
});
