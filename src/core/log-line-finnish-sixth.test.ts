// The sixth reading of Finnish in a one-line log, as an Espoo-born accountant writes it: verbs of
// what a contact did ("kyseli", "kutsui mut … puhumaan", "esittelee mut", "ilmotti") and of the
// user ("kyselin perään", "törmäsin Marcukseen"), words for why and how ("kuten pyys", "peruttu",
// "Haysin kautta", "uus tuttava", "paneeli"), "to" and "ke:" as days, a firm's officer ("Trainlinen
// CFO:lle"), whom the user asked or chased named first ("Lucy Patelilta kyselin perään"), and whom
// the user met before where ("joanne kahvilla", "Priya Desai ja mä lounaalla"). English stays.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFinnish } from './log-line-finnish.js';

describe('Finnish as an Espoo-born accountant writes it, put into English', () => {
  it.each([
    // What a contact did: "kyseli", "kutsui mut … puhumaan", "esittelee mut", "ilmotti".
    [
      'Rachel soitti to, kyseli mun palkkatoiveita',
      'Rachel rang me on Thursday, asked me about my salary expectations',
    ],
    [
      'Mikko soitti, kyseli haluisinko puhua niiden meetupissa',
      "Mikko rang me, asked me if I'd like to speak at their meetup",
    ],
    ['Fatima kutsui mut Ofcomin paneeliin puhumaan', 'Fatima asked me to speak at the Ofcom panel'],
    ['Tuomas sano et esittelee mut tiimille', 'Tuomas said that will introduce me to team'],
    ['Jukka ilmotti et rooli on täytetty', 'Jukka told me that role is already filled'],
    // What the user did: "kyselin perään", "törmäsin" with whom "into".
    [
      'Lucy Patelilta kyselin perään referralia, ei vielä mitään',
      'chased Lucy Patel for referral, nothing yet',
    ],
    [
      'London Fintech Weekillä 12/11 törmäsin Marcukseen ja Benjaminiin',
      'at the London Fintech Week 12/11 ran into Marcus and Benjamin',
    ],
    // Why and how: "kuten pyys", "peruttu", "kautta", "uus tuttava", "paneeli".
    [
      'marcukselle cv ja suosituskirjeet perjantaina kuten pyys',
      'sent my cv and reference letters to marcus on Friday as they asked',
    ],
    ['Emmalle lähetin kommentit takaisin kuten pyysi', 'sent Emma comments back as they asked'],
    [
      'Mark Evans soitti 12.11., Tescon BI-rooli peruttu budjettisyistä',
      'Mark Evans rang me 12/11, the Tesco BI role is cancelled for budget reasons',
    ],
    [
      'Olivialta soitto: interim controller keikka Haysin kautta, 4kk',
      'call from Olivia: interim controller gig via Hays, 4-month',
    ],
    [
      'Laura Nieminen laitto linkkarissa tiedon avoimesta finance manager -paikasta',
      'Laura Nieminen sent me on LinkedIn word about the open finance manager role',
    ],
    [
      'Helsinki Fintech Meetup ke: Sam + uus tuttava Petra',
      'Helsinki Fintech Meetup on Wednesday: Sam + new contact Petra',
    ],
    [
      'paneeli ke Margaret Okaforin ja Fatiman kanssa',
      'panel on Wednesday with Margaret Okafor and Fatima',
    ],
    ['Yusufille kiitos-tekstari eilen', 'sent a thank-you text to Yusuf yesterday'],
    // "to" first, before a Finnish word of how or a gathering, is Thursday.
    ['to kahvit Garethin kanssa', 'on Thursday coffee with Gareth'],
    [
      'to Fintech meetupissa juttelin Emilyn kanssa',
      'on Thursday at the Fintech meetup chatted with Emily',
    ],
    // A firm's officer, or theirs, with "to".
    [
      'Yusuf lupas esitellä mut Trainlinen CFO:lle',
      'Yusuf offered to introduce me to the Trainline CFO',
    ],
    [
      'joanne kahvilla ke, lupas esitellä mut heidän CFO:lle',
      'coffee with joanne on Wednesday, offered to introduce me to their CFO',
    ],
    // Whom the user met, then where.
    ['Priya Desai ja mä lounaalla 4.11.', 'lunch with Priya Desai 4/11'],
    // Lines now Finnish by "maili", "kuulunu", "perään", "paikalla".
    ['Daniel Okorolle perään maili, ei kuulunu mitään', 'to Daniel Okoro chasing email, no reply'],
    ['Nooralle follow-up maili', 'followed up by email with Noora'],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English lines as written', () => {
    for (const line of [
      'to Kate: coffee next week',
      'invited Sam to the panel',
      'ran into Marcus at the meetup',
      'Ben from HR called about the CFO role',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('Finnish as an Espoo-born accountant writes it, read', () => {
  readsAs([
    [
      'Rachel Lowe soitti to, kyseli mun palkkatoiveita Booking.comin roolia varten',
      ['Rachel Lowe'],
      '2026-11-26',
      'call',
      'ask',
      'inbound',
    ],
    [
      'Fatima Zahra kutsui mut Ofcomin fintech-sääntelypaneeliin puhumaan',
      ['Fatima Zahra'],
      '2026-11-30',
      'other',
      'ask',
      'inbound',
    ],
    [
      'London Fintech Weekillä 12/11 törmäsin Marcus Bellin ja Benjamin Carterin kanssa',
      ['Marcus Bell', 'Benjamin Carter'],
      '2026-11-12',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Lucy Patelilta kyselin perään referralia, ei vielä mitään',
      ['Lucy Patel'],
      '2026-11-30',
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Yusuf Demir lupas esitellä mut Trainlinen CFO:lle',
      ['Yusuf Demir'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Daniel Okorolle perään maili Barclaysin risk analyst paikasta, ei kuulunu mitään',
      ['Daniel Okoro'],
      '2026-11-30',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'Priya Desai ja mä lounaalla 4.11.',
      ['Priya Desai'],
      '2026-11-04',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
  it('reads today as the table does', () => {
    expect(today).toBe('2026-11-30');
  });
});
