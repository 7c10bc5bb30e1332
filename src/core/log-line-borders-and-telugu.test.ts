// How a one-line log reads a former knitwear mill supervisor's Borders Scots ("setterday",
// "mununday", "the 28th o october", "the rotas he asked fae") and English after Telugu ("ninna",
// "monna", "ivvala", "ee roju", "poyina vaaram", "Somavaram" to "Aadivaram", "dhanyavadalu",
// "Robert garu", "he only told", "kindly asked", "requested Hannah for a chat").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Borders words, put plainly', () => {
  mendsTo([
    ['hawick jobs fair on setterday', 'hawick jobs fair on saturday'],
    ['alexandra rang me on mununday', 'alexandra rang me on monday'],
    ['sent owen a card on the 28th o october', 'sent owen a card on the 28th of october'],
    ['sent marcus the rotas he asked fae', 'sent marcus the rotas he asked for'],
  ]);
});

describe('Telugu words, put plainly', () => {
  mendsTo([
    ['coffee with Dev anna ninna', 'coffee with Dev anna yesterday'],
    [
      'call with sam monna, good discussion',
      'call with sam the day before yesterday, good discussion',
    ],
    ['Olivia called me ivvala', 'Olivia called me today'],
    [
      'put me forward for his client project ee roju',
      'put me forward for his client project today',
    ],
    ['google meet with Ben Ng poyina vaaram', 'google meet with Ben Ng last week'],
    ['Ana google meet Somavaram', 'Ana google meet monday'],
    ['siobhan call Mangalavaram', 'siobhan call tuesday'],
    ['teams call with Chidi on Budhavaram', 'teams call with Chidi on wednesday'],
    ['drinks with Sam on Guruvaram', 'drinks with Sam on thursday'],
    ['intro on email Sukravaram', 'intro on email friday'],
    ['met Sunita at the event Shanivaram', 'met Sunita at the event saturday'],
    ['whatsapp call with Lee Aadivaram', 'whatsapp call with Lee sunday'],
    ['dhanyavadalu to Priya for the referral', 'thanked Priya for the referral'],
    [
      'thanked Margaret garu for the mock interview, dhanyavadalu',
      'thanked Margaret garu for the mock interview',
    ],
    ['robert garu replied, he only told to wait', 'robert garu replied, he told to wait'],
    ['Sam whatsapp, he itself sent 2 BA roles', 'Sam whatsapp, he sent 2 BA roles'],
    ['kindly asked Robert on email to refer me', 'asked Robert on email to refer me'],
    [
      'kindly requested Hannah on linkedin for 15 min chat',
      'asked Hannah on linkedin for 15 min chat',
    ],
    ['commented congrats on Fatima Zahra new job post', "Commented on Fatima Zahra's post"],
  ]);

  keepsAsWritten(['Monna Lisa called', 'requested a callback']);
});

describe('Borders and Telugu notes, read', () => {
  readsAs([
    [
      'robert garu replied to my mail, he only told to revert back after new year',
      ['Robert'],
      '2026-11-30',
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'kindly asked Robert garu on email to refer me for KPMG BA consultant',
      ['Robert'],
      '2026-11-30',
      'email',
      'ask',
      'outbound',
    ],
    [
      'sent owen a thank yow card on the 28th o october',
      ['Owen'],
      '2026-10-28',
      'other',
      'thanks',
      'outbound',
    ],
  ]);
});
