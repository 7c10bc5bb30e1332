// Round 142: a Suva-raised hotel manager's English with iTaukei Fijian. "nanoa" is yesterday and
// "nikua" today; "Vukelulu", "Lotulevu", "Vakaraubuka", "Vakarauwai", "Sigatabu", "Moniti" and
// "Tusiti" are the days ("ena Vakaraubuka", on Friday); "e na macawa sa oti" is last week;
// "vinaka" and "vinaka vakalevu" are thanks, said to the reader when they close a note; "talanoa"
// is a chat, "kerekere" a request; "bula!" and "isa.." opening a note are said to its reader.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFijian } from './log-line-fijian.js';

describe('Fijian in English notes, read', () => {
  readsAs([
    [
      "bula! lunch w/ Olivia Brown nanoa, she'll put me forward for a GM role",
      ['Olivia Brown'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'rang Kate Morrison Vukelulu, long talanoa about the resort contract',
      ['Kate Morrison'],
      '2026-11-25',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'coffee with Siobhan Murphy e na Sigatabu',
      ['Siobhan Murphy'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'call with Anna Kowalski Moniti, just a catch up',
      ['Anna Kowalski'],
      '2026-11-23',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      "drinks with Ben Ng Tusiti, he'll intro me to his lead",
      ['Ben Ng'],
      '2026-11-24',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'met Sam Patel Lotulevu at the Auckland hotel awards',
      ['Sam Patel'],
      '2026-11-26',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Maria Gonzalez rang e na macawa sa oti about a rebrand',
      ['Maria Gonzalez'],
      '2026-11-23',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Zoe Martin emailed nikua asking for my rate card',
      ['Zoe Martin'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'video talanoa w/ Wei Chen on the 12th, good advice on pricing',
      ['Wei Chen'],
      '2026-11-12',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'sent Emma Clark a big vinaka vakalevu for the intro',
      ['Emma Clark'],
      today,
      'other',
      'thanks',
      'outbound',
    ],
    [
      'Lucy Patel said vinaka on whatsapp for the menu notes',
      ['Lucy Patel'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Owen Davies sent the brief for the Nadi refit, vinaka!',
      ['Owen Davies'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'kerekere to Mark Evans for 20 mins on hotel procurement',
      ['Mark Evans'],
      today,
      'other',
      'ask',
      'outbound',
    ],
    [
      'isa.. Rachel Lowe says the Suva role is filled',
      ['Rachel Lowe'],
      today,
      'other',
      'catch-up',
      'inbound',
    ],
    [
      "whatsapp'd Chidi Eze to say bula, been ages",
      ['Chidi Eze'],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
  ]);
});

describe('Fiji Hindi in English notes, read', () => {
  // "didi" (elder sister) after a name is a courtesy, as "bhai" and "ji" are.
  readsAs([
    [
      'kal Sunita Prasad didi ne whatsapp kiya',
      ['Sunita Prasad'],
      '2026-11-29',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'Anjali didi ne call kiya re the Nadi resort job',
      ['Anjali'],
      today,
      'call',
      'give',
      'inbound',
    ],
  ]);
});

describe('English notes with no Fijian, kept as written', () => {
  it.each([
    'coffee with Dev on Friday, he will intro me to his lead',
    'Bula Smith rang me about the Nadi role',
    'volunteered with Vinaka Fiji on Sat, met Ana there',
    'Ben spoke at the Talanoa Dialogue session',
    'Isa, coffee with her at the Hilton',
    'isa, sent my CV to Rachel',
  ])('keeps "%s"', (line) => {
    expect(mendFijian(line)).toBe(line);
  });
});
