// How a one-line log reads English after Lao ("mua van", "mue ni", "athit laew", "van angkhan",
// "khop jai", "bor have", "LINE me", "Ai Dev", "Euay Priya", "Than Robert") and a garden
// designer's Suffolk English ("rung", "Toosday", "a mardle", "hev", "they want it sorted").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Lao words, put plainly', () => {
  mendsTo([
    ['coffee with Dev mua van', 'coffee with Dev yesterday'],
    ['Aisha messaged me mue ni', 'Aisha messaged me today'],
    ['coffee with Niamh athit laew', 'coffee with Niamh last week'],
    ['call with Ben van chan', 'call with Ben monday'],
    ['lunch with Sam van angkhan', 'lunch with Sam tuesday'],
    ['met Alex at the meetup van phut', 'met Alex at the meetup wednesday'],
    ['drinks with Chidi van pahat', 'drinks with Chidi thursday'],
    ['lunch with Sam van suk', 'lunch with Sam friday'],
    ['met Emily at the meetup van sao', 'met Emily at the meetup saturday'],
    ['khop jai lai lai to Maria for the intro', 'thanked Maria for the intro'],
    ['Dev will intro me to his friend at Hilton jao', 'Dev will intro me to his friend at Hilton'],
    ['he said Arup bor have front office role now', 'he said Arup have no front office role now'],
    ['Mark said they are bor hiring until spring', 'Mark said they are not hiring until spring'],
    ['Katie LINE me today', 'Katie messaged me today'],
    ['coffee with Ai Dev', 'coffee with Dev'],
    ['Euay Priya sent me a link', 'Priya sent me a link'],
    ['call with Than Robert', 'call with Robert'],
    ['Pa Margaret rang me', 'Margaret rang me'],
  ]);

  keepsAsWritten(['more AI than Robert expected', 'a van for the move']);
});

describe('Suffolk words, put plainly', () => {
  mendsTo([
    ['Dev rung me Toosday', 'Dev rang me tuesday'],
    ['Lee rung, just a mardle', 'Lee rang, just a chat'],
    ['ONS hev gone with another designer', 'ONS have gone with another designer'],
    ['at the Satdy fair', 'at the saturday fair'],
  ]);

  mendsTo([
    ["I've rung her twice", 'I rang her twice'],
    ["I've emailed her the deck", 'I emailed her the deck'],
    ['the phone has rung all day', 'the phone rang all day'],
  ]);
});

describe('Lao and Suffolk notes, read', () => {
  readsAs([
    [
      'coffee with Ai Dev mua van, he say he will intro me to his friend at Hilton jao',
      ['Dev'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'Than Thomas reply my email, say Arup bor have front office role now',
      ['Thomas'],
      '2026-11-30',
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'Katie from BBC LINE me mue ni, she ask can I help find hotel for filming in Lao',
      ['Katie'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'Hannah from SAP connect with me on LinkedIn after meetup',
      ['Hannah'],
      '2026-11-30',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'send Aisha Karim the reception checklist she ask for',
      ['Aisha Karim'],
      '2026-11-30',
      'other',
      'give',
      'outbound',
    ],
    [
      'Lee from Skyscanner rung Toosday, just a mardle, nothing doing',
      ['Lee'],
      '2026-11-24',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'emailed Marcus Bell to chase the Starling office job, last heard the 13th',
      ['Marcus Bell'],
      '2026-11-30',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'Anna Kowalski rung yisterday, wants me to send over some designs for their roof',
      ['Anna Kowalski'],
      '2026-11-29',
      'call',
      'ask',
      'inbound',
    ],
    [
      "whatsapp from Sam O'Neil with photos of the yard at Deliveroo's new office, they want it sorted",
      ["Sam O'Neil"],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
    [
      'Dev sent over the Northwind floor plans on whatsapp',
      ['Dev'],
      '2026-11-30',
      'message',
      'give',
      'inbound',
    ],
  ]);
});
