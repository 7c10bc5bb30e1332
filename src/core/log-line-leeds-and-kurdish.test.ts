// How a one-line log reads a former print-shop supervisor's West Yorkshire English ("frid", "ta
// very much", "Siobhan at stripe txt yest", "networking do") and English after Sorani Kurdish
// ("duene", "emro", "hefteyi raburdu", "Seshemme", "Heyni", "zor spas", "Kak Dev", "mamosta
// Robert", "Margaret xan", "phone Owen", "I like Gareth post").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Sorani Kurdish words, put plainly', () => {
  mendsTo([
    ['Kak Thomas from Arup called me duene', 'Thomas from Arup called me yesterday'],
    ['coffee with Chloé emro', 'coffee with Chloé today'],
    ['want to meet again beyani', 'want to meet again tomorrow'],
    ['coffee with mamosta Robert hefteyi raburdu', 'coffee with Robert last week'],
    ['email to Rachel on Dushemme', 'email to Rachel on monday'],
    ['teams call with Lucy Seshemme', 'teams call with Lucy tuesday'],
    ['reminder email to Mark Chwarshemme', 'reminder email to Mark wednesday'],
    ['call with Thomas Penjshemme', 'call with Thomas thursday'],
    ['drinks with Zoe Heyni', 'drinks with Zoe friday'],
    ['coffee with Ana on Shemme', 'coffee with Ana on saturday'],
    ['sent Ana the photos Yekshemme', 'sent Ana the photos sunday'],
    ['zor spas to Siobhan for the referral', 'thanked Siobhan for the referral'],
    ['Margaret xan called me', 'Margaret called me'],
    ['Dan Fletcher phone me', 'Dan Fletcher phoned me'],
    ['phone Owen Davies about the referral', 'Phoned Owen Davies about the referral'],
    ['sunday I like Gareth post', "sunday I liked Gareth's post"],
    ['Yusuf from trainline comment on my post', 'Yusuf from Trainline commented on my post'],
  ]);

  keepsAsWritten(['coffee with Kawa Rashid in Ealing', 'met Heyni Shah at the fair']);
});

describe('West Yorkshire words, put plainly', () => {
  mendsTo([
    ["txt mark ta very much for t' link", 'texted mark thanks for the link'],
    [
      'sent Dev a card to say ta for all his help',
      'sent Dev a card to say thanks for all his help',
    ],
    [
      'Siobhan at stripe txt yest, the job has gone',
      'Siobhan at stripe texted yest, the job has gone',
    ],
  ]);
});

describe('West Yorkshire and Kurdish notes, read', () => {
  readsAs([
    [
      "messaged lucy frid chasing t' AZ referral, she's not heard owt",
      ['Lucy'],
      '2026-11-27',
      'message',
      'follow-up',
      'outbound',
    ],
    [
      "print & packaging networking do at t' Queens hotel weds, met Sandra Holt, estimator at a Harrogate printers",
      ['Sandra Holt'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Sam message me on viber, he ask for my CV for his friend company',
      ['Sam'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'Heyni I say zor spas to Kak Dev on whatsapp for the mock interview',
      ['Dev'],
      '2026-11-27',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'phone Kak Benjamin at Accenture Penjshemme, he say the engineering role is gone, they not hiring now',
      ['Benjamin'],
      '2026-11-26',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'take a coffee with Kawa Rashid in Ealing 14/11, talk about Mace graduate roles',
      ['Kawa Rashid'],
      '2026-11-14',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});
