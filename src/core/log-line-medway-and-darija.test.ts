// How a one-line log reads a former warehouse team leader's Medway English ("Fursdy", "fanks",
// "bell from Yusuf", "a natter down the Pentagon") and English after Moroccan Darija and French
// ("lbare7", "lyoum", "nhar larbe3", "simana li dazet", "chokran", "Si Robert", "Lalla Margaret",
// "khoya Yusuf", "relanced", "rendez-vous", "she proposed me a meeting"), and the plain English
// both sets showed Kith missing.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Darija words, put plainly', () => {
  mendsTo([
    ['coffee with Dev lbare7', 'coffee with Dev yesterday'],
    ['drinks with José lbareh', 'drinks with José yesterday'],
    ['Margaret called me lyoum', 'Margaret called me today'],
    ['meeting Kate ghedda', 'meeting Kate tomorrow'],
    ["skype with Priya Shah l'simana li fatet", 'skype with Priya Shah last week'],
    ['met Kevin at the ops meetup simana li dazet', 'met Kevin at the ops meetup last week'],
    ['video with Alex nhar tnin', 'video with Alex monday'],
    ['call from Hannah nhar tlat', 'call from Hannah tuesday'],
    ['rendez-vous with Si Robert at KPMG nhar larbe3', 'meeting with Robert at KPMG wednesday'],
    ['met Sam at the dbt meetup nhar lkhmis', 'met Sam at the dbt meetup thursday'],
    ['whatsapp from chidi nhar jjem3a', 'whatsapp from chidi friday'],
    ['lunch with Ben Ng nhar ssebt', 'lunch with Ben Ng saturday'],
    ['whatsapp call with khoya Chidi nhar l7ed', 'whatsapp call with Chidi sunday'],
    [
      'chokran to Ana for the spotify referral, sent her a text',
      'thanked Ana for the spotify referral, sent her a text',
    ],
    ['Ana sent the link, chokran bzaf', 'Ana sent the link'],
    ['thanked Lalla Margaret by email', 'thanked Margaret by email'],
    ['I relanced Olivia about the contract', 'I chased Olivia about the contract'],
    ['relance Aisha Khan about the referral', 'chased Aisha Khan about the referral'],
    [
      'she proposed me a meeting with somebody in her team',
      'she offered me a meeting with somebody in her team',
    ],
    ['Hannah told me SAP closed the role, safi', 'Hannah told me SAP closed the role'],
  ]);

  keepsAsWritten(['Si Jones rang', 'sebt ana the deck']);
});

describe('Medway words, put plainly', () => {
  mendsTo([
    ['met Tracy at the jobs fair Fursdy', 'met Tracy at the jobs fair thursday'],
    ['texted Kate to say fanks for the tips', 'texted Kate to say thanks for the tips'],
    ['bell from Yusuf last night', 'call from Yusuf last night'],
    ['gave Kate a bell', 'gave Kate a call'],
    ['natter with Sam down the Pentagon', 'chat in person with Sam down the Pentagon'],
    ['dan rang sun, just a natter', 'dan rang sun, just a chat'],
  ]);

  keepsAsWritten(['Marcus Bell rang', 'coffee with Marcus Bell']);
});

describe('Medway and Darija notes, read', () => {
  readsAs([
    [
      'bell with Kate friday, she gave me proper good tips on supply chain interviews',
      ['Kate'],
      '2026-11-27',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'had a natter with me old boss Pauline Fry in Strood this arvo',
      ['Pauline Fry'],
      '2026-11-30',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'nothing from Olivia since 18/11, relanced her by phone',
      ['Olivia'],
      '2026-11-30',
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'Lalla Margaret called me lyoum, she proposed me a meeting with somebody in her team',
      ['Margaret'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
  ]);
});

describe('Plain English both sets showed', () => {
  readsAs([
    // Asking after someone's job search is a check-in.
    [
      'chidi sent me whatsapp to ask how is the search going',
      ['Chidi'],
      '2026-11-30',
      'message',
      'catch-up',
      'inbound',
    ],
    // "any news?" after what the note was about chases it.
    [
      'texted Dev re the Northwind referral, any news?',
      ['Dev'],
      '2026-11-30',
      'message',
      'follow-up',
      'outbound',
    ],
    // Work a contact has for the user, however it is called, is a give.
    [
      'Dan Fletcher has a paid freelance mission for me, 3 weeks of freight data',
      ['Dan Fletcher'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    // A CV sent because they asked for it answers them, however the sending is written.
    [
      'mail to Rachel Lowe with my updated CV, she asked it',
      ['Rachel Lowe'],
      '2026-11-30',
      'email',
      'give',
      'outbound',
    ],
    // Awards gone to, and a forum a note opens with, are gatherings.
    [
      'went to the supply chain awards at the Bridgewood Fri night with Mark and Marcus',
      ['Mark', 'Marcus'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'the London Supply Chain Forum lundi, I met Thomas and Gareth there',
      ['Thomas', 'Gareth'],
      '2026-11-23',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});
