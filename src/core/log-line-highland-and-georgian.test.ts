// How a one-line log reads English after Georgian ("gushin", "guushints tsin", "dghes", "madloba",
// "batono Thomas", "kalbatono Margaret", "sam texts me", "Marcus Bell follows me", "Aisha Khan
// likes my project", "wants see my redesigns") and Highland English ("yestreen", "fired dev a wee
// thank you email", "efter").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Georgian and Highland words, put plainly', () => {
  mendsTo([
    ['coffee with Kate gushin', 'coffee with Kate yesterday'],
    ['coffee guushints tsin in clifton', 'coffee the day before yesterday in clifton'],
    ['dghes rang Dan', 'today rang Dan'],
    ['batono Thomas emailed', 'Thomas emailed'],
    ['followed up kalbatono Margaret', 'followed up with Margaret'],
    ['madloba Dev for the mock interview', 'thanked Dev for the mock interview'],
    ['sam texts me', 'sam texted me'],
    ['Marcus Bell follows me on linkedin', 'Marcus Bell followed me on linkedin'],
    ['Aisha Khan likes my project', 'Aisha Khan liked my project'],
    ['video wi Eilidh yestreen', 'video with Eilidh yesterday'],
    ['fired dev a wee thank you email', 'sent dev a wee thank you email'],
    ['the report he was efter', 'the report he was after'],
  ]);

  keepsAsWritten(['fired up about the new role', 'Batono is a surname here']);
});

describe('Georgian and Highland notes, read', () => {
  readsAs([
    [
      'priya sent me link on linkedin gushin',
      ['Priya'],
      '2026-11-29',
      'message',
      'give',
      'inbound',
    ],
    [
      'batono Thomas thanks me by email for feedback on his portfolio',
      ['Thomas'],
      today,
      'email',
      'thanks',
      'inbound',
    ],
    [
      'Mark Evans wants see my dashboard redesigns, needs them by thursday',
      ['Mark Evans'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    ['aisha texted, wants link to my portfolio', ['Aisha'], today, 'message', 'ask', 'inbound'],
    [
      'Katie from BBC rang me, they need UX for iplayer kids pilot, freelance',
      ['Katie'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Jo Bennett comments on my linkedin post about accesibility',
      ['Jo Bennett'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    ['Marcus Bell follows me on linkedin', ['Marcus Bell'], today, 'social', 'catch-up', 'inbound'],
    [
      'fired dev a wee thank you email for the mock interview',
      ['Dev'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      'yestreen had a blether wi Devendra on the phone aboot managin engineers',
      ['Devendra'],
      '2026-11-29',
      'call',
      'catch-up',
      'mutual',
    ],
  ]);
});
