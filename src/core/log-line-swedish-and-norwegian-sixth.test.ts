// Sixth readings of Swedish and Norwegian in a note: Swedish "la till X på linkedin" (connected),
// "tipsade Owen om" (the user told him), "höra m", "kan tänka sig att rekommendera mig internt",
// "ville ha tips på", "frysta anställningar", "är borta", "sen dess", "i telefon", "45 min", "på
// meet", "i dm", "feedback på", "specen på", "the" on a compound ("meta-eventet"), "showreelen",
// "-jobb", "-fakturan", "-listan", "röstbrevlåda", "taggade", "annons"; Norwegian from the north
// ("æ", "dæm", "dæmmes", "takka", "prata", "purra"), "la til X på LinkedIn", "lurte på om æ har",
// "vil ha meg med i", "sette meg i kontakt med", "sa ja til å", "sende X videre til", "ba på mail
// om", "ba ham", "hun ba om til", "sendte X sms", "å følge opp", "telefonsvareren", "CTOen",
// "-rapporten", "-kvelden", "-stillinger", "momsnummeret", "kontaktforespørsel", "utlysningen".
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Swedish, sixth reading', () => {
  it.each([
    [
      'la till Lee Jordan från Skyscanner på linkedin',
      'connected with Lee Jordan from Skyscanner on linkedin',
    ],
    ['Ana la till mig på linkedin', 'Ana added me on linkedin'],
    ['tipsade Owen om en fotograf', 'told Owen about a fotograf'],
    [
      'fika med Lee, han lovade höra m sin chef om mig',
      'coffee with Lee, he promised to ask their manager about me',
    ],
    ['hon kan tänka sig att rekommendera mig internt', 'she could refer me internt'],
    ['Dan ringde, ville ha tips på lokaler', 'Dan rang, asked me for advice on lokaler'],
    [
      'aisha karim smsade igår, cazoo har frysta anställningar, rollen är borta',
      'aisha karim texted yesterday, cazoo has frozen hiring, the role is gone',
    ],
    ['mejlade Rebecca, inget besked sen dess', 'emailed Rebecca, no reply yet since then'],
    ['pratade i telefon med Fatima, 45 min', 'talked on the phone with Fatima, 45 minutes'],
    ['alex gick igenom mitt cv på meet', 'alex went over my cv on Google Meet'],
    [
      'skickade Alex feedback på meta-eventet han körde, via dm',
      'sent Alex feedback on the meta event he ran, by DM',
    ],
    [
      'siobhan skickade specen på event marketing manager-rollen i dm',
      'siobhan sent the job spec for the event marketing manager role by DM',
    ],
    ['mejlade showreelen till Emma som hon bett om', 'emailed the showreel to Emma as they asked'],
    ['katie tipsade om ett producentjobb', 'katie told me about a producent job'],
    [
      'ringde Mark om oktoberfakturan, röstbrevlåda igen',
      'rang Mark about oktober invoice, voicemail again',
    ],
    ['mejlade Hannah checklistan', 'emailed Hannah the checklist'],
    ['José taggade mig i Glovos annons', 'José tagged me in Glovos job ad'],
  ])('"%s"', (line, english) => {
    expect(mendSwedish(line)).toBe(english);
  });

  readsAs([
    [
      'la till Lee Jordan från Skyscanner på linkedin',
      ['Lee Jordan'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'daniel okoro ringde i lördags, ville ha tips på lokaler till barclays offsite',
      ['Daniel Okoro'],
      '2026-11-28',
      'call',
      'ask',
      'inbound',
    ],
    [
      'mejlade showreelen till emma clark igår som hon bett om',
      ['Emma Clark'],
      '2026-11-29',
      'email',
      'give',
      'outbound',
    ],
    [
      'skickade Alex Morgan feedback på meta-eventet han körde, via dm',
      ['Alex Morgan'],
      today,
      'message',
      'give',
      'outbound',
    ],
    [
      'aisha karim smsade igår, cazoo har frysta anställningar, rollen är borta',
      ['Aisha Karim'],
      '2026-11-29',
      'message',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('Norwegian, sixth reading', () => {
  it.each([
    [
      'la til Hannah Schmidt på LinkedIn etter webinaret',
      'connected with Hannah Schmidt on LinkedIn after webinaret',
    ],
    ['Yusuf lurer på om æ kan snakke på meetupen', 'Yusuf asked if I would speak at the meetup'],
    ['José ringte, lurte på om æ har tall på laks', 'José rang, asked if I have tall on laks'],
    ['takka Zoe på sms for mock-intervjuet', 'thanked Zoe by text for mock-intervjuet'],
    ['purra Priya om referansen hun lovte', 'chased Priya about the reference she promised'],
    ['prata med Ana Lopez på Spotify-kontoret', 'talked with Ana Lopez at Spotify office'],
    [
      'gratulerte Daniel med ny rolle, kommentar på posten hans',
      'congratulated Daniel with new role, commented on his post',
    ],
    ['Katie ringte, vil ha meg med i en podcast', 'Katie rang, wants me on a podcast'],
    ['Admiral vil ha meg inn på et prosjekt', 'Admiral wants me on a project'],
    ['ringte Mark, la igjen beskjed på telefonsvareren', 'rang Mark, left a voicemail'],
    ['hun vil sette meg i kontakt med Lars', 'she offered to put me in touch with Lars'],
    ['Chidi sa ja til å refere meg internt', 'Chidi agreed to refer me internally'],
    ['Lucy kan sende CVen min videre til sjefen', 'Lucy can pass my CV on to boss'],
    ['Elizabeth ba på mail om arbeidsprøver', 'Elizabeth asked by email for arbeidsprøver'],
    [
      'sendte Owen et utkast, ba ham lese gjennom',
      'sent Owen an utkast, asked him to read through',
    ],
    [
      'sendte Emma CVen hun ba om til Lloyds-kontrakten',
      "sent Emma CV they asked for, for Lloyd's contract",
    ],
    ['sendte Niamh sms og avtalte kaffe neste uke', 'texted Niamh and arranged coffee next week'],
    ['ringte Margret for å følge opp søknaden', 'rang Margret to follow up on the application'],
    [
      'Wei takket for at æ delte datasettet, teams-chat',
      'Wei thanked me for sharing the dataset, Teams chat',
    ],
    ['hun skal intro meg til CTOen dæmmes', 'she will intro me to their CTO'],
    ['spurte dæm om tall', 'asked them about tall'],
    ['Sam sendte meg deliveroo-rapporten', 'Sam sent me deliveroo report'],
    ['Starling-demokvelden i går, møtte Marcus', 'Starling-demo evening yesterday, met Marcus'],
    ['Emma trenger momsnummeret mitt', 'Emma needs my VAT number'],
    ['Lars sendte meg en kontaktforespørsel', 'Lars sent me a connection request'],
    ['Ole sendte meg utlysningen på mail', 'Ole sent me the job ad by email'],
    ['sendte meg ei liste over growth-stillinger', 'sent me a liste over growth roles'],
  ])('"%s"', (line, english) => {
    expect(mendNorwegian(line)).toBe(english);
  });

  readsAs([
    [
      'takka Zoe Martin (Just Eat) på sms for mock-intervjuet',
      ['Zoe Martin'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'Katie Morris på BBC ringte 5/11, vil ha meg med i en podcast om fiskeri og klima',
      ['Katie Morris'],
      '2026-11-05',
      'call',
      'ask',
      'inbound',
    ],
    [
      'Elizabeth Taylor (Deloitte) ba på mail om arbeidsprøver fra ESG-prosjektene mine',
      ['Elizabeth Taylor'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'Gareth Price ringte i forgårs, Admiral vil ha meg inn på et prosjekt om flomrisiko',
      ['Gareth Price'],
      '2026-11-28',
      'call',
      'give',
      'inbound',
    ],
    [
      'Emma Clark trenger momsnummeret mitt til kontrakten',
      ['Emma Clark'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});
