// How a one-line log reads a former housing officer's North Wales English with Welsh ("wsnos
// dwytha", "diolch yn fawr cariad", "diolch Dev") and English after Slovak ("v piatok", "vo
// štvrtok", "minulý týždeň", "predvčerom", "ďakujem", "pán Evans"), and the plain English both
// sets showed Kith missing.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Slovak and Czech words, put plainly', () => {
  mendsTo([
    ['v piatok lunch with Chidi', 'friday lunch with Chidi'],
    [
      'Priya from Monzo sent job spec on linkedin v utorok',
      'Priya from Monzo sent job spec on linkedin tuesday',
    ],
    ['met Peter at the data meetup vo štvrtok', 'met Peter at the data meetup thursday'],
    [
      'wei and chidi at cambridge ML meetup vo stvrtok',
      'wei and chidi at cambridge ML meetup thursday',
    ],
    ['lunch with Benjamin Carter v stredu', 'lunch with Benjamin Carter wednesday'],
    ['dinner with Ana Lopez v sobotu', 'dinner with Ana Lopez saturday'],
    ['teams call with Alexandra v pondelok', 'teams call with Alexandra monday'],
    ['v nedeľu thanked Dev for mock interview', 'sunday thanked Dev for mock interview'],
    ['coffee with Ana ve čtvrtek', 'coffee with Ana thursday'],
    ['call with Sam v pátek', 'call with Sam friday'],
    [
      'Lee Jordan sent me the spec predvčerom',
      'Lee Jordan sent me the spec the day before yesterday',
    ],
    ['Yusuf rang me minuly tyzden', 'Yusuf rang me last week'],
    ['minulý týždeň sent Wei the paper', 'last week sent Wei the paper'],
    ['Robert emailed minulý týden', 'Robert emailed last week'],
    ['pán Carter thanked me for the notes', 'Carter thanked me for the notes'],
    ['ďakujem to Elizabeth for putting me forward', 'thanked Elizabeth for putting me forward'],
    ['Lee sent the link, ďakujem', 'Lee sent the link'],
    ['Katie texted, ďakujem for the survey data', 'Katie texted, thanks for the survey data'],
  ]);

  keepsAsWritten(['coffee with Ana Sobota', 'Sobota rang', 'met Patek at the meetup']);
});

describe('North Wales and Slovak notes, read', () => {
  readsAs([
    [
      'drinks with Owen and Gareth from Admiral in Cardiff wsnos dwytha',
      ['Owen', 'Gareth'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'sent Dev my CV like he asked, diolch Dev',
      ['Dev'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    [
      'Hannah Schmidt put me in touch with Sioned Hughes at Menter Iaith, diolch yn fawr cariad',
      ['Hannah Schmidt', 'Sioned Hughes'],
      '2026-11-30',
      'other',
      'intro',
      'inbound',
    ],
    [
      'wrote email to pán Evans, ďakujem for the mock interview',
      ['Evans'],
      '2026-11-30',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'Aisha Khan from Unilever, coffee in Cambridge v sobotu',
      ['Aisha Khan'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Plain English both sets showed', () => {
  readsAs([
    // Thanks closing a line of something else is a courtesy; alone, it is the thanks.
    [
      'sent Liz the dashboard examples she asked for, thanks for the interest',
      ['Liz'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    ['emailed Kate, thanks Kate', ['Kate'], '2026-11-30', 'email', 'thanks', 'outbound'],
    // A contact asking for the user's time, or to have them speak, asks something of them.
    [
      'aisha messaged, can I send her my availability',
      ['Aisha'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'Alex messaged on linkedin, asks if I am free for a call',
      ['Alex'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'message from Aisha, asked about my availability next week',
      ['Aisha'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'whatsapp from Ffion Davies, can I help at their event on saturday',
      ['Ffion Davies'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    // A team's new position, and work said to be paid, are given.
    [
      'Kate Morrison emailed, Sky analytics team has new position, spec attached',
      ['Kate Morrison'],
      '2026-11-30',
      'email',
      'give',
      'inbound',
    ],
    [
      'Fatima Zahra rang me about a policy project in Cardiff, 3 months paid',
      ['Fatima Zahra'],
      '2026-11-30',
      'call',
      'give',
      'inbound',
    ],
    [
      'Chloe Dubois dm’d me about a Welsh language project at Criteo, paid!',
      ['Chloe Dubois'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    // An introduction made by email is an email, wherever the new contact works.
    [
      "Robert Singh introduced me to Carwyn Ellis at KPMG's Cardiff office by email",
      ['Robert Singh', 'Carwyn Ellis'],
      '2026-11-30',
      'email',
      'intro',
      'inbound',
    ],
  ]);
});
