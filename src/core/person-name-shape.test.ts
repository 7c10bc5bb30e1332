import { describe, expect, it } from 'vitest';
import {
  isKnownGivenName,
  isKnownSurname,
  looksLikePersonName,
  ownGivenNames,
} from './person-name-shape.js';

const none = ownGivenNames([]);

describe('looksLikePersonName', () => {
  it.each([
    ['Meta DS', '[msg][out] Alex Morgan - asked for a referral to Meta DS infra'],
    ['Barcelona', 'Jose Alvarez sent us a voice note on whatsapp from Barcelona'],
    ['Launch Messaging', 'Launch Messaging review with the team'],
    ['Booking', 'Booking confirmed for the offsite'],
    ['Brand Mgr', 'call with Brand Mgr re the rebrand'],
    ['Thank-You Msg', 'Thank-You Msg sent today'],
    ['Ngl', 'Ngl that went well'],
    ['Letter', 'Letter posted to the council'],
    ['Lochaber Agri Forum', 'Lochaber Agri Forum on Thursday - Wei Chen was on the panel'],
    ['Careers Service', 'Careers Service emailed me about the fair'],
  ])('reads "%s" as no person’s name', (written, line) => {
    expect(looksLikePersonName(written, { line, ownGiven: none })).toBe(false);
  });

  it.each([
    ['Kwabena Owusu', 'Akwaaba! Met Kwabena Owusu at the GhanaNurses UK dinner'],
    ['Ananya Iyer', 'chatted to Ananya Iyer about PM roles'],
    ['Gurpreet Sandhu', 'Kindly note, Gurpreet Sandhu from Deloitte called me'],
    ['Fergus Grant', 'Fergus Grant asked me for an intro'],
    ['Seonag Mackinnon', 'Seonag Mackinnon from the crofting commission rang'],
    ['Mrs Henderson', 'thanked Mrs Henderson for the reference'],
    ['Tunde Bakare', 'Met Mr Tunde Bakare at the business breakfast'],
    ['Oisín Byrne', "linkedin msg from Oisín Byrne, he's hiring"],
    ['Priyanka', 'met Priyanka at the pydata thing'],
    ['Bethlehem Assefa', 'WhatsApp from Bethlehem Assefa about her tax return'],
    ['Meron Tadesse', 'Meron Tadesse (from church) told me about an opening at TfL'],
    ['Isatu Conteh', 'Isatu Conteh whatsapp me the MdM job link'],
    ['Adaeze Nwosu', 'meeting wit Aunty Margaret and Adaeze Nwosu about the NHS bid'],
  ])('reads "%s" as a person’s name', (written, line) => {
    expect(looksLikePersonName(written, { line, ownGiven: none })).toBe(true);
  });

  it('takes who the line says they are as a person ("her colleague bea")', () => {
    const context = { line: 'met yusuf and his colleague bea', ownGiven: none, related: true };
    expect(looksLikePersonName('bea', context)).toBe(true);
  });

  it("counts the given names of the user's own people", () => {
    const line = 'coffee with Seonag about the grant';
    expect(looksLikePersonName('Seonag', { line, ownGiven: none })).toBe(false);
    const own = ownGivenNames(['Seonag Mackinnon', 'Chidi Eze']);
    expect(looksLikePersonName('Seonag', { line, ownGiven: own })).toBe(true);
  });

  it('knows given names with or without their accents, in any case', () => {
    expect(isKnownGivenName('KOFI', none)).toBe(true);
    expect(isKnownGivenName('Chloé', none)).toBe(true);
    expect(isKnownGivenName('Launch', none)).toBe(false);
  });
});

describe('isKnownSurname', () => {
  it.each(["O'Callaghan", 'o’brien', 'McCarthy', 'MacLeod', 'Fitzgerald', 'Jones'])(
    'knows "%s" as a surname',
    (word) => {
      expect(isKnownSurname(word)).toBe(true);
    },
  );

  it.each(['Macro', 'Mcafee', 'Fitz', "O'K", 'Launch'])('does not take "%s" for one', (word) => {
    expect(isKnownSurname(word)).toBe(false);
  });

  it('lets a line name someone new by such a surname', () => {
    const line = "emailed Deirdre O'Callaghan a thank you";
    expect(looksLikePersonName("Deirdre O'Callaghan", { line, ownGiven: none })).toBe(true);
  });
});

describe('names of Southern Africa, Rwanda, Fiji, the Philippines and Tunisia', () => {
  it.each([
    'Boitumelo Seretse',
    'Keabetswe Kgari',
    'Ilisapeci Waqa',
    'Marites Gabutero',
    'Hichem Trabelsi',
  ])('takes "%s", named in a line, for someone new', (name) => {
    const line = `coffee with ${name} yesterday`;
    expect(looksLikePersonName(name, { line, ownGiven: none })).toBe(true);
  });

  it('knows a Rwandan surname after a French given name', () => {
    expect(isKnownSurname('Nshimiyimana')).toBe(true);
    expect(isKnownSurname('Ybañez')).toBe(true);
    expect(isKnownGivenName('Tumelo', none)).toBe(true);
  });

  it('leaves out words a note uses, and titles', () => {
    expect(isKnownGivenName('Gift', none)).toBe(false);
    expect(isKnownSurname('Uy')).toBe(false);
    expect(isKnownSurname('Ratu')).toBe(false);
    expect(isKnownSurname('Go')).toBe(false);
  });
});
