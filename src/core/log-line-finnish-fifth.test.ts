// The fifth reading of Finnish in a one-line log, as a seventh and an eighth writer write it: the
// spoken "kaa" for "kanssa" ("olivian kaa", with Olivia), names in small letters with "to" or "from"
// on lines with no other Finnish word ("texted katelle", "priya monzolta rang"), a slip of "-ille"
// ("hannahlle"), firms after a name ("maria glovosta", "kate az:lta"), spoken past forms of English
// verbs ("forwardas", "intros me"), days and months said in Finnish ("viime perjantaina",
// "marraskuun 3.", "4. marraskuuta", "kolme päivää sitten"), and what went to whom first
// ("owenille follow up", "lucylle cv", "gemmalle meni"). English lines stay as written.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFinnish } from './log-line-finnish.js';

describe('Finnish as a seventh and an eighth writer write it, put into English', () => {
  it.each([
    // "kaa", spoken "kanssa": with whom, after a name, a list or "sen … -n".
    [
      'teams call olivian kaa 5.11., went through my portfolio',
      'teams call with olivia 5/11, went through my portfolio',
    ],
    ['coffee gareth pricen kaa last fri', 'coffee with gareth price last fri'],
    [
      'drinks gareth pricen ja his colleague Ana Lopezin kaa 3.11.',
      'drinks with gareth price and his colleague Ana Lopez 3/11',
    ],
    ['coffee sen team leadin kaa eilen', 'coffee with their team lead yesterday'],
    // Names in small letters with "to" or "from" make a line Finnish on their own.
    ['texted katelle last mon about the meetup', 'texted kate last mon about the meetup'],
    ['linkedin kiitos owenille for the referral', 'linkedin thanks to owen for the referral'],
    [
      'whatsapp danielille eilen, asked about the barclays role',
      'whatsapped daniel yesterday, asked about the barclays role',
    ],
    ['mailed emmalle ja zoelle the slides', 'mailed emma and zoe the slides'],
    // Firms after a name: "-lta", "-sta", "az:lta"; "-sta" is no "-nen" surname there.
    [
      'priya monzolta rang tiistaina, they have a support lead opening',
      'priya from monzo rang on Tuesday, they have a support lead opening',
    ],
    ['kate az:lta meilas eilen', 'kate from az emailed me yesterday'],
    ['maria glovosta soitti mulle eilen', 'maria from glovo rang me yesterday'],
    ['connection request ana lopez:ltä torstaina', 'connection request from ana lopez on Thursday'],
    [
      'Ruth Ames wisen data tiimistä soitti eilen',
      'Ruth Ames from the wise data team rang me yesterday',
    ],
    ['muistutin deviä stripen referralista', 'reminded dev about the stripe referral'],
    // English verbs with a Finnish past ending.
    [
      'aisha forwardas me the dbt job by email, eilen',
      'aisha forwarded me the dbt job by email, yesterday',
    ],
    [
      "zoe intros me eilen to monzo's head of ops",
      "zoe introduced me yesterday to monzo's head of ops",
    ],
    // Days, months and silences.
    ['laitoin viestin chidille kolme päivää sitten', 'messaged chidi 3 days ago'],
    ['meilasin katelle pari viikkoa sitten', 'emailed kate a couple of weeks ago'],
    ['tapasin devin marraskuun 3.', 'met dev 3 November'],
    ['soitin owenille 4. marraskuuta', 'rang owen 4 November'],
    ['juttelin zoen kanssa viime perjantaina', 'chatted with zoe last Friday'],
    ['meilasin devendralle, ei vastausta sitten 12.11.', 'emailed devendra, no reply since 12/11'],
    // What went to whom, and what came from whom.
    ['sain katelta viestin: monzo hakee ops leadia', 'kate messaged me: monzo are hiring ops lead'],
    ['owenille follow up kahvin jälkeen', 'followed up with owen after coffee'],
    ['owenille follow up, ei vastausta', 'followed up with owen, no reply'],
    ['lucylle cv sen pyynnöstä', 'sent my cv to lucy at their request'],
    ['gemmalle meni my cv by email eilen', 'sent gemma my cv by email yesterday'],
    ['daniel barclaysilta: soitin eilen', 'rang daniel from barclays, yesterday'],
    ['kiitoskortti Lucy Patelille eilen', 'sent a thank-you card to Lucy Patel yesterday'],
    // Words no name: "toisilleen", "onko … mennyt läpi", "laittaa mut eteenpäin".
    [
      'esittelin katen ja owenin toisilleen eilen',
      'introduced kate and owen to each other yesterday',
    ],
    [
      'kysyin chidiltä onko mun referral mennyt läpi',
      'asked chidi whether my referral has gone through',
    ],
    ['kahvit zoen kanssa, se laittaa mut eteenpäin', "coffee with zoe, they'll pass me on"],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English lines as written', () => {
    for (const line of [
      'Siobhan says she intros me to the ops lead next week',
      'coffee with Kaa Nguyen on Friday',
      'emailed Michelle about the role',
      'lunch at Delta with Sam',
      'posted on the team page',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('Finnish as a seventh and an eighth writer write it, read', () => {
  readsAs([
    [
      'teams call olivian kaa 5.11., went through my portfolio',
      ['Olivia'],
      '2026-11-05',
      'video',
      'give',
      'mutual',
    ],
    [
      'coffee gareth pricen kaa last fri',
      ['Gareth Price'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'texted katelle last mon about the meetup',
      ['Kate'],
      '2026-11-23',
      'message',
      'catch-up',
      'outbound',
    ],
    [
      'priya monzolta rang tiistaina, they have a support lead opening',
      ['Priya'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    ['maria glovosta soitti mulle eilen', ['Maria'], '2026-11-29', 'call', 'catch-up', 'inbound'],
    [
      'laitoin viestin chidille kolme päivää sitten',
      ['Chidi'],
      '2026-11-27',
      'message',
      'catch-up',
      'outbound',
    ],
    [
      'meilasin katelle pari viikkoa sitten',
      ['Kate'],
      '2026-11-16',
      'email',
      'catch-up',
      'outbound',
    ],
    ['soitin owenille 4. marraskuuta', ['Owen'], '2026-11-04', 'call', 'catch-up', 'outbound'],
    ['tapasin devin marraskuun 3.', ['Dev'], '2026-11-03', 'meeting', 'catch-up', 'mutual'],
    [
      'sain katelta viestin: monzo hakee ops leadia',
      ['Kate'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    ['owenille follow up eilen', ['Owen'], '2026-11-29', 'other', 'follow-up', 'outbound'],
    ['lucylle cv sen pyynnöstä', ['Lucy'], '2026-11-30', 'other', 'give', 'outbound'],
    [
      'whatsapp danielille eilen, asked about the barclays role',
      ['Daniel'],
      '2026-11-29',
      'message',
      'ask',
      'outbound',
    ],
    [
      'aisha forwardas me the dbt job by email, eilen',
      ['Aisha'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      "zoe intros me eilen to monzo's head of ops",
      ['Zoe'],
      '2026-11-29',
      'other',
      'intro',
      'inbound',
    ],
    [
      'kiitoskortti Lucy Patelille eilen',
      ['Lucy Patel'],
      '2026-11-29',
      'other',
      'thanks',
      'outbound',
    ],
  ]);
  it('reads today as the table does', () => {
    expect(today).toBe('2026-11-30');
  });
});
