// How a one-line log reads English after Samoan ("ananafi", "aso nei", "vaiaso ua tuanai", "Aso
// Lua", "Faraile", "fa'afetai tele lava", "Susuga Robert", "Uso Dev", "Tina Margaret") and a
// pharmacy dispenser's Luton English with Urdu and Punjabi ("parso", "jummah", "shukriya",
// "jazakallah", "aunty margret", "uncle robert").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Samoan words, put plainly', () => {
  mendsTo([
    ['coffee with Dev ananafi', 'coffee with Dev yesterday'],
    ['rang Olivia aso nei', 'rang Olivia today'],
    ['she will call taeao', 'she will call tomorrow'],
    ['Sarah accepted my connection vaiaso ua tuanai', 'Sarah accepted my connection last week'],
    ['Maria reviewed my CV Aso Gafua', 'Maria reviewed my CV monday'],
    ['Olivia rang Aso Lua', 'Olivia rang tuesday'],
    ['lunch with Zoe Aso Lulu', 'lunch with Zoe wednesday'],
    ['met Yusuf at the quiz night Aso Tofi', 'met Yusuf at the quiz night thursday'],
    ['Sam rang me Faraile', 'Sam rang me friday'],
    ['coffee with Chloe Aso Toonai', 'coffee with Chloe saturday'],
    ["fa'afetai tele lava to Robert for the reference", 'thanked Robert for the reference'],
    ['emailed Susuga Robert my CV', 'emailed Robert my CV'],
    ['coffee with Uso Dev', 'coffee with Dev'],
    ['Tina Margaret called me', 'Margaret called me'],
    ['Tamā Benjamin called me', 'Benjamin called me'],
    ['Siobahn Murphy ring vaiaso ua tuanai', 'Siobahn Murphy rang last week'],
  ]);

  keepsAsWritten(['Tina Turner tribute night', 'Tina rang me', 'had a good yarn with Tama Rangi']);
});

describe('Urdu and Punjabi words in a Luton note, put plainly', () => {
  mendsTo([
    ['lunch with Kate parso', 'lunch with Kate the day before yesterday'],
    ['followed up with Sam on jummah', 'followed up with Sam on friday'],
    ['emailed Gareth to say shukriya for the tour', 'emailed Gareth to say thanks for the tour'],
    ["aunty margret intro'd me to her lead", "margret intro'd me to her lead"],
    ['saw uncle robert at the gurdwara', 'saw robert at the gurdwara'],
  ]);

  keepsAsWritten(['my uncle rang about the job']);
});

describe('Samoan and Luton notes, read', () => {
  readsAs([
    [
      'Tina Margaret call me Aso Lua about NHS community engagement role, she send me job spec after',
      ['Margaret'],
      '2026-11-24',
      'call',
      'give',
      'inbound',
    ],
    [
      "Hannah Schmidt send fa'afetai on linkedin for my talk at church youth night",
      ['Hannah Schmidt'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
    [
      'Tamā Benjamin from Accenture call me Aso Tofi, programme officer role not open anymore',
      ['Benjamin'],
      '2026-11-26',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'hannah schmitt sent me her old data governance notes on teams, shukriya',
      ['Hannah Schmitt'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'connected with Tom Hughes, nhs england project manager, on linkedin',
      ['Tom Hughes'],
      '2026-11-30',
      'social',
      'catch-up',
      'mutual',
    ],
    [
      'yusuf from trainline messaged to say jazakallah for the nhs app guide i sent him',
      ['Yusuf'],
      '2026-11-30',
      'message',
      'thanks',
      'inbound',
    ],
  ]);
});
