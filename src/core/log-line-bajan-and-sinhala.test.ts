// How a one-line log reads a former hotel front-office manager's Bajan English ("de recruiter",
// "fuh", "lef'", "las' week", "gi' me", "t'anked", "ole", "to lime", "a quick lime") and English
// after Sinhala ("iye", "ada morning", "heta", "giya sathiye", "Sanduda" to "Irida", "bohoma
// sthuthi", "Dev aiya", "Sam malli", "Zoe nangi", "Lee machang", "Emma miss", "on imo").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Bajan words, put plainly', () => {
  mendsTo([
    ['rang me back re de NHS role', 'rang me back re the NHS role'],
    ['thanked Kate fuh de mock interview', 'thanked Kate for the mock interview'],
    ["lef' Mark Evans a voicemail", 'left Mark Evans a voicemail'],
    ["Lee followed me on linkedin las' week", 'Lee followed me on linkedin last week'],
    ["Siobhan gi' me feedback", 'Siobhan gave me feedback'],
    ["t'anked Grace fuh looking over my letter", 'thanked Grace for looking over my letter'],
    ["emailed Tom to say t'anks", 'emailed Tom to say thanks'],
    ['ole colleague from the Hilton', 'old colleague from the Hilton'],
    ['she want to lime soon', 'she wants to chat soon'],
    ['rang back, jus a quick lime', 'rang back, jus a quick chat'],
  ]);

  keepsAsWritten(['coffee with Maria de Souza', 'lunch with Ole Hansen']);
});

describe('Sinhala words, put plainly', () => {
  mendsTo([
    ['iye had coffee with Chidi', 'yesterday had coffee with Chidi'],
    ['ada morning Dev called', 'this morning Dev called'],
    ['Emma emailed ada, she will intro me', 'Emma emailed today, she will intro me'],
    ['she will call back heta', 'she will call back tomorrow'],
    ['coffee with Lucy giya sathiye', 'coffee with Lucy last week'],
    ['Gareth called on Sanduda', 'Gareth called on monday'],
    ['Maria on zoom Angaharuwada', 'Maria on zoom tuesday'],
    ['emailed Anna on badada', 'emailed Anna on wednesday'],
    ['met Nuwan on Brahaspathinda', 'met Nuwan on thursday'],
    ['Dan whatsapp-ed on Brahas', 'Dan whatsapped on thursday'],
    ['zoom with Benjamin on Sikurada', 'zoom with Benjamin on friday'],
    ['chased Sam on senasurada', 'chased Sam on saturday'],
    ['called Chloé on irida', 'called Chloé on sunday'],
    ['bohoma sthuthi to Margaret for the letter', 'thanked Margaret for the letter'],
    ['bohoma sthuthi sent to Ana on whatsapp', 'thanked Ana on whatsapp'],
  ]);

  keepsAsWritten(['coffee with Ada Lovelace']);
});

describe('Bajan and Sinhala notes, read', () => {
  readsAs([
    [
      "t'anked Kate Morrison on linkedin sat fuh de mock interview she did do wid me",
      ['Kate Morrison'],
      '2026-11-30',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'followed Chloé Dubois on linkedin',
      ['Chloé Dubois'],
      '2026-11-30',
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'Sam malli from Ocado sent the link for junior SDET job on whatsapp, sthuthi malli',
      ['Sam'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'Elizabeth miss replied on linkedin Brahaspathinda, deloitte has no graduate testing roles this year',
      ['Elizabeth'],
      '2026-11-26',
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'Dilani Wickramasinghe akka sent the BT test analyst job spec on imo',
      ['Dilani Wickramasinghe'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'Sanduda Katie from BBC messaged asking me to test their new podcast app beta',
      ['Katie'],
      '2026-11-23',
      'message',
      'ask',
      'inbound',
    ],
  ]);
});
