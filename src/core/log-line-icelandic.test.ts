// How a one-line log reads English with Icelandic ("hringdi í Kötu í gær", "sendi Priyu CVið sem
// hún bað um", "Kristín þakkaði mér fyrir kaffið", "hitti Önnu á meetupinu í síðustu viku"), the
// same typed without Icelandic letters ("thakkadi Dev fyrir mock interviewid"), and "og" between
// two names in a line of no other Nordic word.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendIcelandic } from './log-line-icelandic.js';

describe('Icelandic in a note, put into English', () => {
  it.each([
    ['hringdi í Kötu í gær út af Sky stöðunni', 'rang Kata yesterday about Sky role'],
    ['sendi Priyu CVið sem hún bað um', 'sent Priya my CV she asked for'],
    ['sendi Rachel uppfærða CV-ið mitt', 'sent Rachel my updated CV'],
    ['Hannah fékk CV-ið mitt sem hún bað um', 'sent Hannah my CV she asked for'],
    ['Kristín þakkaði mér fyrir kaffið', 'Kristín thanked me for the coffee'],
    ['thakkadi Dev fyrir mock interviewid', 'thanked Dev for the mock interview'],
    [
      'hitti Önnu Kowalski á Data Lab meetupinu í síðustu viku',
      'met Anna Kowalski at Data Lab meetup last week',
    ],
    [
      'Mark Evans hringdi í mig, Tesco er með BI analyst stöðu í Dundee',
      'Mark Evans rang me, Tesco has a BI analyst role in Dundee',
    ],
    [
      'fylgdi eftir við Emmu um referral, hún svarar ekki',
      'followed up with Emma about referral, no reply',
    ],
    [
      'Fatima Zahra bað um ritgerðina mína um fish stock models',
      'Fatima Zahra asked for my paper about fish stock models',
    ],
    [
      'coffee with Maria Gonzalez og Ana Lopez 2/11',
      'coffee with Maria Gonzalez and Ana Lopez 2/11',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendIcelandic(line)).toBe(plain);
  });

  it('leaves English, and Danish and Norwegian words, to their own readers', () => {
    for (const line of [
      'met Kate at the Sky office and then rang Dev',
      'emailed the team a link for a meetup',
      'their team wants a data engineer, eg someone with dbt',
      'ringede til Kate om Sky rollen, sendte mit cv',
      'Kate Morrison og Joanne til middag på Wallfish',
    ])
      expect(mendIcelandic(line)).toBe(line.replace(' og Joanne', ' and Joanne'));
  });
});

describe('English with Icelandic, read', () => {
  readsAs([
    [
      'hringdi í Devendru í gær, spjall um Northwind',
      ['Devendra'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Helga Sigurðardóttir spurði hvort ég gæti talað á Women in Events kvöldinu í jan',
      ['Helga Sigurðardóttir'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Jón Þór hringdi frá Hafró, vantar einhvern í gagnavinnslu í vor',
      ['Jón Þór'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'coffee w Aisha á föstudaginn, talaði um PM roles',
      ['Aisha'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'þakkaði Hönnu og Yusuf fyrir mock panelið',
      ['Hanna', 'Yusuf'],
      today,
      'other',
      'thanks',
      'outbound',
    ],
    [
      'Wei sendi mér takk á whatsapp fyrir R pakkann',
      ['Wei'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
  ]);
});

describe('Second readings of Estonian, Danish and isiZulu, and English heard in the same sets', () => {
  readsAs([
    ['tänasin Owenit emailis mock interview eest', ['Owen'], today, 'email', 'thanks', 'outbound'],
    [
      'kohv Lucy Pateliga Manchesteris eile',
      ['Lucy Patel'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    ['Owenilt sain Admirali pricing analyst JD', ['Owen'], today, 'other', 'give', 'inbound'],
    ['Olivia (Hays) mangler stadig mine referencer', ['Olivia'], today, 'other', 'ask', 'inbound'],
    [
      'Emily Clarke fulgte mig paa LinkedIn',
      ['Emily Clarke'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'ngim-email-ile u-Olivia ngimbuza ukuthi i-contract ifike kuphi',
      ['Olivia'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      "Sam from Deliveroo sent me a link to a junior analyst role, I didn't even ask him",
      ['Sam'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      "lunch with Emma on Friday and she intro'd me to her manager",
      ['Emma'],
      '2026-11-27',
      'meeting',
      'intro',
      'mutual',
    ],
    [
      'drinks fri with Carl Jennings',
      ['Carl Jennings'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Connor messaged to say Capita are taking on grads',
      ['Connor'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Wei Chen video on Wednesday, ML eng vs analyst',
      ['Wei Chen'],
      '2026-11-25',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      "Hamza asked if I'd do a lightning talk at their meetup",
      ['Hamza'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Owen emailed: the pricing team is taking on a junior analyst in Feb',
      ['Owen'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'Careers centre appt with Gill Roberts fri',
      ['Gill Roberts'],
      '2026-11-27',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Darren Whitfield accepted me connection',
      ['Darren Whitfield'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
  ]);
});
