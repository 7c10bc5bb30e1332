// Round 135: a Newcastle manager's Geordie, a Lahore-born accountant's English with Urdu, a
// Seoul-born designer's English with Korean, a retired teacher's careful English, a Brighton
// developer's shorthand and emoji, a Kinshasa-born coordinator's English with French and Lingala.
// "eoje", "oneul" and "-ssi" in small letters are read; "mbote" is a greeting, "Maman" and "frère"
// before a name courtesies, "a liké" and "pour me remercier" French; "has very kindly passed" is
// the contact's doing, "my friend at Admiral rang" theirs too, "telephoned Wei … to catch up" the
// user's; lunch "at the Market Hall" is a meal, a "coffee morning" and a "jobs evening" gatherings;
// "a Saturday school" and work "in January" on offer are no day of the line.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Korean days and courtesies, Lingala greetings and French verbs, read', () => {
  readsAs([
    [
      "coffee w Dev-ssi eoje, he'll intro me to his design lead ^^",
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'chased dev-ssi about intro to his design lead, nothing yet',
      ['Dev'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'call w alex eoje, good portfolio advice',
      ['Alex'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'mbote Papa Robert, café ce matin près de la gare, il va me présenter à son partner chez KPMG',
      ['Robert'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
    [
      "hier j'ai appelé frère Dev re the northwind ops coordinator role",
      ['Dev'],
      '2026-11-29',
      'call',
      'catch-up',
      'outbound',
    ],
    ['Siobhan a liké mon post sur le port', ['Siobhan'], today, 'social', 'catch-up', 'inbound'],
    [
      'Daniel Okoro messaged pour me remercier pour le CV template',
      ['Daniel Okoro'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      "Maman Margaret m'a envoyé le job spec, NHS Digital programme support officer",
      ['Margaret'],
      today,
      'other',
      'give',
      'inbound',
    ],
  ]);
});

describe('a careful hand and a Geordie one, read', () => {
  readsAs([
    [
      'Telephoned Wei Chen on Saturday 28th November to wish him well and to catch up generally.',
      ['Wei Chen'],
      '2026-11-28',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Owen Davies has kindly put me in touch with the examinations office at Admiral.',
      ['Owen Davies'],
      today,
      'other',
      'intro',
      'inbound',
    ],
    [
      'My friend at Admiral rang yesterday evening with news of a temporary filing post.',
      [],
      '2026-11-29',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Had coffee with Kate Morrison and her friend Ifeoma Obi, who runs a Saturday school in Telford, on Sunday 22nd November.',
      ['Kate Morrison', 'Ifeoma Obi'],
      '2026-11-22',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'A Mr Terence Holloway telephoned from the Sixth Form College this morning offering three weeks of invigilation in January.',
      ['Terence Holloway'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Met Niamh Kelly for lunch at the Market Hall on Friday 6th November.',
      ['Niamh Kelly'],
      '2026-11-06',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Spoke with David Morgan at the church coffee morning on Sunday 15th November.',
      ['David Morgan'],
      '2026-11-15',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Wrote a short note on LinkedIn to congratulate Ben Ng on his promotion.',
      ['Ben Ng'],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
    [
      'followed Oliver Grant (monzo design director) on linkedin',
      ['Oliver Grant'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'Tony Reed off the old shop floor asked us fer a reference',
      ['Tony Reed'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Hays jobs evenin at St James Park wed, had a natter wi Olivia',
      ['Olivia'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'called olivia hays, any news on contract? still waiting',
      ['Olivia Hays'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('the mends', () => {
  mendsTo([
    ['coffee w Dev-ssi eoje ^^', 'coffee w Dev yesterday'],
    ['met anna-ssi oneul ㅋㅋ', 'met anna today'],
    ['mbote! Alexandra Reid replied', 'Alexandra Reid replied'],
    ['rang frère Dev', 'rang Dev'],
    ['Em Clark liked me post aboot leavin retail', 'Em Clark liked my post about leavin retail'],
  ]);
});

describe('what stays as it was', () => {
  keepsAsWritten([
    'met Kate Morrison off the record',
    'lunch with Rebecca Mbote',
    'coffee morning planning with Sarah',
  ]);
});
