// How a one-line log reads English after Bulgarian ("vchera", "zavchera", "petak", "minalata
// sedmica", "g-zha Okafor", "ring me", "she tell me", "he agree to", "sends me", "asks if i
// speak", "Mistry from northwind offer to intro me", "met again Margaret") and the Black Country's
// English ("ow bist", "yisterdee", "last wick", "monzo am tekkin on", "he gid me", "they'm hirin",
// "bin filled", "thank yow"), with the news and chases their writers told.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Bulgarian and Black Country words, put plainly', () => {
  mendsTo([
    ['coffee with Kate vchera', 'coffee with Kate yesterday'],
    ['Olivia ring me zavchera', 'Olivia rang me the day before yesterday'],
    ['lunch with Priya petak', 'lunch with Priya friday'],
    ['yusuf coffee minalata sedmica', 'yusuf coffee last week'],
    ['chased g-zha Okafor about the referral', 'chased Okafor about the referral'],
    ['she tell me SAP froze hiring', 'she told me SAP froze hiring'],
    ['he agree to refer me', 'he agreed to refer me'],
    ['Priya sends me the link', 'Priya sent me the link'],
    ['Mistry from northwind offer to intro me', 'Mistry from northwind offered to intro me'],
    ['met again Margaret Okafor', 'met Margaret Okafor'],
    ['ow bist. coffee wi jo yisterdee', 'coffee with jo yesterday'],
    ['coffee last wick', 'coffee last week'],
    ['monzo am tekkin on PMO folk', 'monzo are taking on PMO folk'],
    ['he gid me some names', 'he gave me some names'],
    ["sez they'm hiring", "sez they're hiring"],
    ["the contract's bin filled", "the contract's been filled"],
    ['emailed a thank yow', 'emailed a thank you'],
  ]);

  keepsAsWritten(['the bin was full', 'i am looking for roles', 'Petak Novak rang me']);
});

describe('Bulgarian and Black Country notes, read', () => {
  readsAs([
    [
      'Olivia from Hays ring me zavchera about HR advisor contract in salford',
      ['Olivia'],
      '2026-11-28',
      'call',
      'give',
      'inbound',
    ],
    [
      'Priya from monzo sends me on whatsapp link for talent partner job',
      ['Priya'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'wrote to Katie at BBC, just to ask how is the team after restructure',
      ['Katie'],
      today,
      'email',
      'catch-up',
      'outbound',
    ],
    [
      'thomas from arup ask if i can speak at their inclusion lunch on 10/12',
      ['Thomas'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Dan Fletcher want me for HR support on his client, 3 days a week',
      ['Dan Fletcher'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'priya shah msg me on linkedin, booking open people ops coordinator',
      ['Priya Shah'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'chloe from criteo asks if i speak at their women in data meetup',
      ['Chloe'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Chidi Eze, i send him article about engineering onboarding',
      ['Chidi Eze'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'rang Kate re her intro, she say is coming this week',
      ['Kate'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    [
      'Kate and Katie both at women in data event vchera, chat with both',
      ['Kate', 'Katie'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'priya messaged, monzo am tekkin on PMO folk in the new year',
      ['Priya'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'bumped into tom wright at the meetup, he sez arup got a project coordinator openin',
      ['Tom Wright'],
      today,
      'event',
      'give',
      'mutual',
    ],
    [
      'alex dropped me a DM sayin theres summat goin at their place',
      ['Alex'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'rob singh rang 26/11 re a KPMG infrastructure coordinator job, just talked it thru',
      ['Rob Singh'],
      '2026-11-26',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'went to the women in construction awards do friday wi siobhan murphy n fatima zahra',
      ['Siobhan Murphy', 'Fatima Zahra'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'video call wi alex morgan 13/11, he gid me some names to try',
      ['Alex Morgan'],
      '2026-11-13',
      'video',
      'give',
      'mutual',
    ],
    [
      'alexandra at bupa emailed askin if id survey their new clinic in walsall, paid job',
      ['Alexandra'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'Bev Walsh from the jobcentre rang me bout a PM traineeship',
      ['Bev Walsh'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'the admiral fella emailed askin for me availability for a site walk',
      ['the admiral fella'],
      today,
      'email',
      'ask',
      'inbound',
    ],
  ]);
});
