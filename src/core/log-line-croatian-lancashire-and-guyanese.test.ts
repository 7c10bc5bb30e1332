// How a one-line log reads English after Croatian ("jučer", "prekjučer", "sinoć", "u subotu",
// "kava", "hvala", "bok to Siobhan"), Lancashire English ("sat'day", "on t'12th", "mithered",
// "a week last friday", "closes while the 18th") and Guyanese English ("ring meh", "she gon intro
// meh", "fuh", "tek").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Croatian and Lancashire words, put plainly', () => {
  mendsTo([
    ['rang Kate jučer', 'rang Kate yesterday'],
    ['Aisha sent me the spec jucer navečer', 'Aisha sent me the spec yesterday'],
    ['Ben Ng sent the link prekjučer', 'Ben Ng sent the link the day before yesterday'],
    ['data night sinoć, met Wei', 'data night yesterday, met Wei'],
    ['Olivia rang me in utorak', 'Olivia rang me in tuesday'],
    ['video with Ana u subotu', 'video with Ana saturday'],
    ['četvrtak call with Sam', 'thursday call with Sam'],
    ['kava with Dev', 'coffee with Dev'],
    ['hvala puno to Maria for the comments', 'thanked Maria for the comments'],
    ['took Ana Lopez for lunch sunday', 'had lunch with Ana Lopez sunday'],
    [
      'lunch with Chloé at Criteo, she will refer me, hvala',
      'lunch with Chloé at Criteo, she will refer me',
    ],
    ["emailed t'spec, closes while t'18th", 'emailed the spec, closes by the 18th'],
    ['bok to Siobhan on li', 'messaged Siobhan on li'],
    ['reminded Yusuf na linkedinu about the intro', 'reminded Yusuf on linkedin about the intro'],
    ["coffee wi kate sat'day", 'coffee with kate saturday'],
    ["coffee wi siobhan on t'12th", 'coffee with siobhan on the 12th'],
    ['mithered sam again re the referral', 'chased sam again re the referral'],
    ['met Ben a week last friday', 'met Ben the friday before last'],
    ['over a brew marcus bell asked if i was free', 'brew with marcus bell asked if i was free'],
  ]);

  keepsAsWritten([
    "don't chase Ana yet",
    'Bok Lee emailed me',
    'over the moon, Kate rang',
    'coffee with Dev, we had a week last year',
  ]);
});

describe('Croatian, Lancashire and Guyanese notes, read', () => {
  readsAs([
    [
      'Devendra thanked me in subota for the article',
      ['Devendra'],
      '2026-11-28',
      'other',
      'thanks',
      'inbound',
    ],
    ['video w Luka Perić jučer', ['Luka Perić'], '2026-11-29', 'video', 'catch-up', 'mutual'],
    [
      "rang kev howarth sat'day re hsbc hr systems team",
      ['Kev Howarth'],
      '2026-11-28',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'bumped into benjamin carter at the open evenin a week last friday',
      ['Benjamin Carter'],
      '2026-11-20',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'mithered sam patel again re the ocado referral',
      ['Sam Patel'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'olivia from hays ring meh again, she want meh right to work docs',
      ['Olivia'],
      today,
      'call',
      'ask',
      'inbound',
    ],
    [
      'tek Kate Morrison an Yusuf fuh drinks sunday gone',
      ['Kate Morrison', 'Yusuf'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Dave Kershaw from the old site emailed to say well done on the course',
      ['Dave Kershaw'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'jose alvarez emailed me an intro to Carla Ruiz, glovo logistics head',
      ['Jose Alvarez', 'Carla Ruiz'],
      today,
      'email',
      'intro',
      'inbound',
    ],
  ]);
});
