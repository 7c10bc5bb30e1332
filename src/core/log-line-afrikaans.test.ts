// How a one-line log reads English with Afrikaans ("het Kate gebel gister oor die rol", "Kate het my
// gebel vanoggend", "gestuur vir Wei die artikel", "coffee met marcus Vrydag oor starling se finance
// function"), and what it leaves to the Dutch reader and to English.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendAfrikaans } from './log-line-afrikaans.js';

describe('Afrikaans in a note, put into English', () => {
  it.each([
    [
      'het Kate gebel gister oor die analytics lead rol',
      'rang Kate yesterday about the analytics lead role',
    ],
    [
      'Kate het my gebel vanoggend, Sky has a 6 month contract',
      'Kate rang me today, Sky has a 6 month contract',
    ],
    ['gestuur vir Wei die artikel oor open banking', 'sent Wei the article about open banking'],
    ['siobhan het die stripe job spec vir my ge-email', 'siobhan emailed me the stripe job spec'],
    [
      'Devendra het my interview tips ge-email vir die Northwind finance role',
      'Devendra emailed me interview tips for the Northwind finance role',
    ],
    [
      "ek het Devendra gevra vir 'n referral by Northwind",
      'asked Devendra for a referral at Northwind',
    ],
    ['gister het ek Priya gebel oor die rol', 'yesterday I rang Priya about the role'],
    [
      'katie morris gister by die BBC money talk ontmoet',
      'met katie morris yesterday at the BBC money talk',
    ],
    [
      'Zoe ontmoet by die Just Eat growth meetup gisteraand',
      'met Zoe at the Just Eat growth meetup yesterday',
    ],
    [
      'coffee met marcus Vrydag oor starling se finance function',
      "coffee with marcus on Friday about starling's finance function",
    ],
    [
      'het Claire Dunn by Wise gebel die 12de oor hul finance ops team',
      'rang Claire Dunn at Wise on the 12th about their finance ops team',
    ],
    [
      'Siobhan het my bedank op linkedin vir die intro',
      'Siobhan thanked me on linkedin for the intro',
    ],
    [
      'sent Gareth die IFRS 17 notes wat hy gevra het',
      'sent Gareth the IFRS 17 notes he asked for',
    ],
    [
      'het Gareth gebel eergister oor actuarial vs finance',
      'rang Gareth the day before yesterday about actuarial vs finance',
    ],
    [
      'met Pieter van der Merwe at the Reading fintech meetup gisteraand',
      'met Pieter van der Merwe at the Reading fintech meetup yesterday',
    ],
    [
      'at the Fintech Finance Forum 4/11 met Isabel Cruz van Adyen',
      'at the Fintech Finance Forum 4/11 met Isabel Cruz van Adyen',
    ],
    [
      "stuur vir Emily Clarke 'n whatsapp to say congrats on the promotion",
      'sent Emily Clarke a whatsapp to say congrats on the promotion',
    ],
    [
      "video met José oor Glovo se finance team, hy het 'n role vir my",
      "video with José about Glovo's finance team, he has a role for me",
    ],
    ['Ben het my gebel Vrydag', 'Ben rang me on Friday'],
    ['bedank Dev vir die koffie gister', 'thanked Dev for the coffee yesterday'],
  ])('"%s"', (line, plain) => {
    expect(mendAfrikaans(line)).toBe(plain);
  });

  it('leaves English and Dutch to their own readers', () => {
    for (const line of [
      'met Pieter van der Merwe at the Reading fintech meetup',
      'Kate met Dev for coffee and sent my CV by email',
      'Kate Morrison gebeld vorige week ivm de analytics lead job',
      'koffie gedronken met Ana gisteren',
      'Niamh heeft me voorgesteld aan haar VP marketing',
    ])
      expect(mendAfrikaans(line)).toBe(line);
  });
});

describe('English with Afrikaans, read', () => {
  readsAs([
    ['het Kate gebel gister oor die rol', ['Kate'], '2026-11-29', 'call', 'catch-up', 'outbound'],
    ['Ben het my gebel Vrydag', ['Ben'], '2026-11-27', 'call', 'catch-up', 'inbound'],
    [
      'siobhan het die stripe job spec vir my ge-email',
      ['Siobhan'],
      today,
      'email',
      'give',
      'inbound',
    ],
    ["ek het Devendra gevra vir 'n referral", ['Devendra'], today, 'other', 'ask', 'outbound'],
    [
      'katie morris gister by die BBC money talk ontmoet',
      ['Katie Morris'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'Siobhan het my bedank op linkedin vir die intro',
      ['Siobhan'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    ['sent Gareth die notes wat hy gevra het', ['Gareth'], today, 'other', 'give', 'outbound'],
  ]);
});
