// Round 136: a Belfast supervisor's Northern Irish English, a Johannesburg engineer's South
// African English, an Istanbul-born architect's English with Turkish, a Kingston-born nurse's
// Jamaican English, a payroll officer's voice-to-text notes, a Munich-born scientist's English
// with German. Turkish days written with capitals and their own letters ("Perşembe", "Salı") and
// "hanım" mark a Turkish line; "çay with" is tea, a "Danke-Mail" a thank-you email; a phone's
// dictation ("comma", "full stop", "by male", "cold me") is put right; "wee catch up" and "likkle
// catch up" say what a call was; a voice note after a name is theirs; a comment posted or a tag
// "under" a post is social, a chat "on the train" in person; a day something was promised for is
// no day of the line.
import { describe } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';

describe('Turkish days and German thanks, read', () => {
  readsAs([
    [
      'Chidi abi reviewed my CV on a video call Perşembe, very honest feedback',
      ['Chidi'],
      '2026-11-26',
      'video',
      'give',
      'mutual',
    ],
    [
      'lunch with Gareth and Owen from Admiral Salı',
      ['Gareth', 'Owen'],
      '2026-11-24',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Teams call with Elizabeth hanım Cuma, she offered to review my portfolio',
      ['Elizabeth'],
      '2026-11-27',
      'video',
      'give',
      'mutual',
    ],
    [
      'çay with Yusuf abi at Kings Cross, he told me Trainline wants a UX researcher',
      ['Yusuf'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Danke-Mail gestern to Frau Okafor for the Tour of NHS Digital.',
      ['Frau Okafor'],
      '2026-11-29',
      'email',
      'thanks',
      'outbound',
    ],
    [
      'Nudged Dev per WhatsApp about the Intro to his Lead, he promised it for 10/11.',
      ['Dev'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('dictation, voice notes and what a call was, read', () => {
  readsAs([
    [
      'cold Kate at sky about the payroll analyst job comma she said its still open',
      ['Kate'],
      today,
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'Daniel Okoro cold me about a maternity cover in their payroll team',
      ['Daniel Okoro'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      "hannah schmidt from SAP male'd my cv back with her comments on it",
      ['Hannah Schmidt'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'emailed rachel lowe my updated cv full stop',
      ['Rachel Lowe'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      "called priya shah last week, wee catch up about booking's offsite",
      ['Priya Shah'],
      '2026-11-23',
      'call',
      'catch-up',
      'outbound',
    ],
    ['rang Sam back tonight, likkle catch up', ['Sam'], today, 'call', 'catch-up', 'outbound'],
    [
      'Katie Morris voice note on whatsapp asking if I could help with her payslips',
      ['Katie Morris'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'left Katie Morris a voice note about the role',
      ['Katie Morris'],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
    // Whose post it was is the user's people's to answer (a firm owns posts too), so the
    // parser alone names no one.
    [
      "Posted a comment on Frau Desai's Monzo blog post about fraud detection.",
      [],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'chatted on the train with Naledi Khumalo, she works at Sky Betting',
      ['Naledi Khumalo'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});
