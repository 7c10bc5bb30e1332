// A line that opens with a person's name is about them, whatever follows it; a word beside them
// that reads as no one is left out and said; a day after something done is what it was about.
import { expect, it } from 'vitest';
import { logLine } from '../../src/services/log-line.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const now = '2026-11-30T12:00:00Z';

describeEachDialect('one-line log: names opening the line', ({ store }) => {
  it('logs on someone known whose name opens the line, with their firm or an odd verb after', async () => {
    const deps = await freshAccount(store(), now);
    const dan = await person(deps, 'Dan Fletcher');
    const daniel = await person(deps, 'Daniel Okoro', { company: 'Barclays' });
    const sam = await person(deps, "Sam O'Neil", { company: 'Deliveroo' });
    const fwd = await logLine(deps, { line: 'Dan Fletcher fwd a contracting gig on email' });
    expect(fwd).toMatchObject({ status: 'logged', created: [], people: [{ id: dan.id }] });
    const firm = await logLine(deps, {
      line: "Daniel Okoro Barclays. Call Thurs 1500. Radbroke site ops, he'll keep an eye out.",
    });
    expect(firm).toMatchObject({ status: 'logged', created: [], people: [{ id: daniel.id }] });
    const slip = await logLine(deps, { line: "Sam O'Neill deliveroo replied on LI, no roles atm" });
    expect(slip).toMatchObject({ status: 'logged', created: [], people: [{ id: sam.id }] });
  });

  it('adds someone new by a full name opening a note, not the firm after it', async () => {
    const deps = await freshAccount(store(), now);
    const back = await logLine(deps, {
      line: 'Nia Roberts Cardiff Council fleet mgr emailed back 18/11. Nothing till new financial yr.',
    });
    expect(back).toMatchObject({
      status: 'logged',
      created: [{ name: 'Nia Roberts' }],
      interactions: [{ occurredOn: '2026-11-18', channel: 'email', direction: 'inbound' }],
    });
    const firm = await logLine(deps, {
      line: 'Mark Jenkins Wincanton msgd me on LinkedIn Sun after the CTP fair.',
    });
    expect(firm).toMatchObject({ status: 'logged', created: [{ name: 'Mark Jenkins' }] });
    const three = await logLine(deps, { line: 'Mei Ling Tan emailed me the brief' });
    expect(three).toMatchObject({ status: 'logged', created: [{ name: 'Mei Ling Tan' }] });
  });

  it('leaves out a word beside someone known that reads as no one, and says so', async () => {
    const deps = await freshAccount(store(), now);
    const dan = await person(deps, 'Dan Fletcher');
    const logged = await logLine(deps, {
      line: "Dan Fletcher said he'd look over my CV before it goes to Wincanton.",
    });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: dan.id }] });
    expect(logged.status === 'logged' ? logged.notes : []).toContainEqual(
      expect.stringContaining('Left out "Wincanton"'),
    );
    // Alone, the same word still asks who it is.
    const alone = await logLine(deps, { line: 'coffee with Wincanton yesterday' });
    expect(alone).toMatchObject({ status: 'ambiguous' });
  });

  it('reads a day being arranged or asked about as no day of the line', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Elizabeth Taylor');
    await person(deps, 'Ben Ng');
    await person(deps, 'Chloé Dubois');
    const day = async (line: string) => {
      const logged = await logLine(deps, { line });
      return logged.status === 'logged' ? logged.interactions[0]?.occurredOn : logged.status;
    };
    expect(await day('Elizabeth Taylor emailed asking my availability next wk')).toBe('2026-11-30');
    expect(await day("Ben Ng emailed. Can't do Thurs.")).toBe('2026-11-30');
    expect(await day('Ben Ng rang, moved it to Weds.')).toBe('2026-11-30');
    expect(await day('emailed Chloé Dubois thx for the call on Fri')).toBe('2026-11-30');
    await expect(logLine(deps, { line: 'coffee with Ben Ng next week' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('adds the name, not the firm or role after it, and asks who a bloke from a firm is', async () => {
    const deps = await freshAccount(store(), now);
    const call = await logLine(deps, {
      line: 'call w/ tess ng canva thurs re freelance motion work',
    });
    expect(call).toMatchObject({ status: 'logged', created: [{ name: 'Tess Ng' }] });
    const lower = await logLine(deps, { line: 'robert singh kpmg lunch on 6 Nov' });
    expect(lower).toMatchObject({ status: 'logged', created: [{ name: 'Robert Singh' }] });
    await expect(
      logLine(deps, { line: 'bloke from admiral liked my post abt the pitch' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reads a video made or sold as no video call', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Anna Kowalski', { company: 'Revolut' });
    const channel = async (line: string) => {
      const logged = await logLine(deps, { line });
      return logged.status === 'logged' ? logged.interactions[0]?.channel : logged.status;
    };
    expect(await channel('anna kowalski emailed the brief for their brand vid')).toBe('email');
    expect(await channel('Anna Kowalski - video Weds, KYC ops')).toBe('video');
    expect(await channel('vid call w/ anna kowalski re the data vids')).toBe('video');
  });

  it('reads "wa\'d", "popped in to see" and a kind word before "email from"', async () => {
    const deps = await freshAccount(store(), now);
    await person(deps, 'Zoe Martin', { company: 'Just Eat' });
    await person(deps, 'Margaret Okafor');
    const first = async (line: string) => {
      const logged = await logLine(deps, { line });
      return logged.status === 'logged' ? logged.interactions[0] : undefined;
    };
    expect(await first("wa'd zoe martin that ad breakdown vid")).toMatchObject({
      channel: 'message',
      direction: 'outbound',
    });
    expect(await first('Popped in to see Zoe Martin at the office')).toMatchObject({
      channel: 'meeting',
    });
    expect(
      await first("Lovely email from Margaret Okafor thanking me for Thursday's workshop"),
    ).toMatchObject({ channel: 'email', direction: 'inbound' });
  });

  it('reads who did it in a passive sentence opening with "Was"', async () => {
    const deps = await freshAccount(store(), now);
    const mark = await person(deps, 'Mark Evans', { company: 'Tesco' });
    const logged = await logLine(deps, {
      line: 'Was sent the job description by Mark Evans (Tesco) by email on 20/11/2026.',
    });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: mark.id }],
      interactions: [{ occurredOn: '2026-11-20', channel: 'email', direction: 'inbound' }],
    });
  });

  it('logs everyone a line opens with, joined by "and" or commas', async () => {
    const deps = await freshAccount(store(), now);
    const hannah = await person(deps, 'Hannah Schmidt');
    const wei = await person(deps, 'Wei Chen');
    const logged = await logLine(deps, {
      line: 'Hannah Schmidt, Wei Chen and I met for drinks at 18:00 on Friday 20/11/2026.',
    });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: hannah.id }, { id: wei.id }],
      interactions: [{ occurredOn: '2026-11-20', channel: 'meeting' }, {}],
    });
  });

  it('asks before adding someone at a firm where a person has their given name', async () => {
    const deps = await freshAccount(store(), now);
    const hannah = await person(deps, 'Hannah Schmidt', { company: 'SAP' });
    await person(deps, 'Emma Clark', { company: 'Lloyds' });
    const slip = await logLine(deps, { line: 'A pleasant video call with Hannah Smith (SAP)' });
    expect(slip).toMatchObject({
      status: 'ambiguous',
      mentions: [{ written: 'Hannah Smith', outcome: 'nobody', candidates: [{ id: hannah.id }] }],
    });
    const forced = await logLine(deps, {
      line: 'A pleasant video call with Hannah Smith (SAP)',
      createNew: ['Hannah Smith'],
    });
    expect(forced).toMatchObject({ status: 'logged', created: [{ name: 'Hannah Smith' }] });
    // A workplace named elsewhere in the line, and another given name: someone new.
    const other = await logLine(deps, { line: 'Met Imogen Clarke at the Lloyds careers evening' });
    expect(other).toMatchObject({ status: 'logged', created: [{ name: 'Imogen Clarke' }] });
  });

  it('reads a slip before a full name someone has as no part of it', async () => {
    const deps = await freshAccount(store(), now);
    const kate = await person(deps, 'Kate Morrison', { company: 'Sky' });
    const logged = await logLine(deps, {
      line: 'Telephones Kate Morrison regarding the Sky Arts trustee advertisement',
    });
    expect(logged).toMatchObject({ status: 'logged', created: [], people: [{ id: kate.id }] });
  });

  it('reads "tel" as a call, never as a name', async () => {
    const deps = await freshAccount(store(), now);
    const lee = await person(deps, 'Lee Jordan');
    const logged = await logLine(deps, { line: 'Tel w/ Lee Jordan 1330 re lone worker policy' });
    expect(logged).toMatchObject({
      status: 'logged',
      created: [],
      people: [{ id: lee.id }],
      interactions: [{ channel: 'call' }],
    });
  });
});
