// How a one-line log reads South Wales English ("he was on about a role going", "fri down the
// Bay", ", diolch") and Singapore English ("email ana back", "ytd whatsapp zoe", "she say can refer
// me", "send him already"): plain verbs opening a line before a name in small letters, read as done.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('South Wales English', () => {
  it('reads "on about a role going" as news of an open role', () => {
    expect(
      read('coffee w rhys sat, he was on about an analyst job going at the council'),
    ).toMatchObject({
      personNames: ['Rhys'],
      occurredOn: '2026-11-28',
      kind: 'give',
      direction: 'mutual',
    });
    // Work going well is no opening.
    expect(read('coffee w rhys sat, said a big rebrand going well').kind).toBe('catch-up');
  });

  it('reads a short weekday before where it happened, or before what they said', () => {
    expect(read('lunch w Owen fri down the Bay').occurredOn).toBe('2026-11-27');
    expect(read('pint w gareth thu up the Taff, good chat').occurredOn).toBe('2026-11-26');
    expect(read('Megan at the careers breakfast thu say her team hiring').occurredOn).toBe(
      '2026-11-26',
    );
  });

  it('reads thanks closing a line as the user thanking for what came, not as the line', () => {
    expect(read('Sian emailed me the spec for the ops role, diolch')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('Wei Chen sent me a paper on pricing models, thanks Wei!').kind).toBe('give');
    // Thanks the user gave is still thanks.
    expect(read('thanked Chidi on linkedin for the mock interview, diolch butt').kind).toBe(
      'thanks',
    );
  });

  it('reads "said she\'d have a look at my cv" as an offer', () => {
    expect(read("priya said she'd have a look at my cv, tidy")).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('reads a role "been pulled" as gone, and "just a chat" about a role as talk', () => {
    expect(read('sam texted to say the ocado job been pulled').kind).toBe('catch-up');
    expect(read('Carys rang me re a project support role, just a chat')).toMatchObject({
      kind: 'catch-up',
      direction: 'inbound',
    });
  });

  it('reads following someone from a company on LinkedIn as social', () => {
    expect(read('followed robert singh from kpmg on linkedin')).toMatchObject({
      personNames: ['Robert Singh'],
      channel: 'social',
    });
  });

  it('reads a name before "post" without its apostrophe as whose post it was', () => {
    expect(read('liked yusefs post about the timetable project')).toMatchObject({
      personNames: ['Yusef'],
      channel: 'social',
    });
    expect(read('like and comment on zoe post abt her promotion').personNames).toEqual(['Zoe']);
  });
});

describe('Singapore English', () => {
  it('reads a plain verb opening the line before a name in small letters as done', () => {
    expect(read('email ana back w the case study she ask for')).toMatchObject({
      personNames: ['Ana'],
      channel: 'email',
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('chase dev again abt the intro, still nothing leh')).toMatchObject({
      personNames: ['Dev'],
      kind: 'follow-up',
    });
    expect(read('ytd whatsapp zoe say thank u for the mock interview')).toMatchObject({
      personNames: ['Zoe'],
      occurredOn: '2026-11-29',
      channel: 'message',
      kind: 'thanks',
    });
    expect(read('linkedin msg marcus and rob singh my portfolio').personNames).toEqual([
      'Marcus',
      'Rob Singh',
    ]);
    expect(read('email lucy follow up re the referral').personNames).toEqual(['Lucy']);
    // "mark" after a verb of getting in touch is Mark, not the verb.
    expect(read('call mark evans tue abt the role')).toMatchObject({
      personNames: ['Mark Evans'],
      direction: 'outbound',
    });
  });

  it('leaves a plain verb before a word that is no name as it is', () => {
    expect(read('email recruiter about the role').personNames).toEqual([]);
    expect(read('call will be on teams').personNames).toEqual([]);
  });

  it('reads a name in small letters opening the line, then a plain verb, as done', () => {
    expect(read('emma clark ask for my portfolio, email it to her already')).toMatchObject({
      personNames: ['Emma Clark'],
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('benjamin ask for my resume, send him already').kind).toBe('give');
  });

  it('reads "say can refer me" and "help me refer" as an offer', () => {
    expect(read('sam say can refer me for the rewards role')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('kopi w kate ytd, she say will help me refer to her lead')).toMatchObject({
      personNames: ['Kate'],
      occurredOn: '2026-11-29',
      channel: 'meeting',
      kind: 'give',
    });
    expect(
      read('met Ben Yeo at the conference, his agency need strategist, can fast track me').kind,
    ).toBe('give');
  });

  it('reads "need someone do" as hiring, and "many tips" as talk', () => {
    expect(read('devendra tell me northwind need someone do their branding')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('kopi w Wei Ling sat, she give me many tips on cv format').kind).toBe('catch-up');
  });

  it('reads "she go thru my cv" as a review, and "this Georgina Price" as her', () => {
    expect(read('zoom w niamh ytd, she go thru my cv line by line').kind).toBe('give');
    expect(read('this Georgina Price email me out of the blue').personNames).toEqual([
      'Georgina Price',
    ]);
  });

  it('reads a 12-month FTC as a role', () => {
    expect(read('Ravi from Hays emailed me abt a 12 mth FTC').kind).toBe('give');
  });
});
