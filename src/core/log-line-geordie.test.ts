// How a one-line log reads Geordie ("howay man", "gannin", "put us forward" for me, "ta'd"), the
// English of someone whose first language has no articles ("sent me dataset", "week ago",
// "wrote "dyakuyu" to Chidi"), and names common in Britain and Ireland that faker's lists lack.
import { describe, expect, it } from 'vitest';
import { isKnownGivenName } from './person-name-shape.js';
import { keepsAsWritten, mendsTo, read } from '../../test/log-line-table.js';

describe('Geordie put plainly', () => {
  mendsTo([
    ["howay man, kate's put us forward for the rota job", "kate's put me forward for the rota job"],
    ['gannin for a cuppa wi her the morra', 'going for a cuppa with her tomorrow'],
    ["ta'd sam on linkedin", 'thanked sam on linkedin'],
    [
      'rang dev yesterda, chatted bout the ops job',
      'rang dev yesterday, chatted about the ops job',
    ],
    ['ta message from kate', 'thank-you message from kate'],
    ['dev intro’d us to his boss', 'dev intro’d me to his boss'],
    ['she needs two references off us', 'she needs two references from me'],
  ]);

  describe('leaves English as it was', () => {
    keepsAsWritten([
      'they invited us both to the launch',
      'a bout of flu, so no coffee',
      'Howay Ltd rang about a contract',
      'the US team wants a deck',
    ]);
  });
});

describe('what those lines mean', () => {
  it('reads a thank-you and who it was for', () => {
    const thanked = read("ta'd Kate Morrison on linkedin for puttin us forward");
    expect([thanked.personNames, thanked.kind, thanked.direction]).toEqual([
      ['Kate Morrison'],
      'thanks',
      'outbound',
    ]);
  });

  it('reads a pep talk and advices as talk, not a thing given', () => {
    expect(read('lunch w Tom at Arup wed, gave us a right pep talk').kind).toBe('catch-up');
    expect(read('video call with Dev, he gave me advices how to prepare for interview').kind).toBe(
      'catch-up',
    );
  });

  it.each([
    'email from Priya, her team want to talk to us for a podcast',
    'Kate Morrison emailed, needs a reference off us by Friday',
    'Emily wants us to fill in a survey on career changers',
  ])('"%s" is the contact asking', (line) => {
    const parsed = read(line);
    expect([parsed.kind, parsed.direction]).toEqual(['ask', 'inbound']);
  });

  it('reads news that every role has gone as a catch-up', () => {
    expect(read("Rachel rang, Booking's analyst roles are all filled now").kind).toBe('catch-up');
  });

  it('reads "howay man" as no one', () => {
    expect(read('haway man, Joanne Bennett put us forward for a job').personNames).toEqual([
      'Joanne Bennett',
    ]);
  });

  it('reads "n" as "and" between two names in lower case', () => {
    expect(read('coffee w kate n dev yesterday').personNames).toEqual(['Kate', 'Dev']);
  });

  it('dates a note opened by a short weekday and what was done', () => {
    const parsed = read('fri went to the careers fair, met Gareth Price');
    expect([parsed.occurredOn, parsed.channel]).toEqual(['2026-11-27', 'event']);
  });
});

describe('English without articles', () => {
  it.each([
    ['Aisha sent me dataset for practice', 'give'],
    ['Siobhan sent me Stripe prep doc on Sunday', 'give'],
    ['Maria promised to forward my portfolio to her lead', 'give'],
    ['sent Tom Wright by email the deck he asked, 11/11', 'give'],
    ['wrote "dyakuyu" to Chidi on whatsapp for the intro', 'thanks'],
  ])('"%s" is a %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it('reads "week ago" as a week ago, and "on email" as by email', () => {
    expect(read('messaged Marcus on linkedin week ago').occurredOn).toBe('2026-11-23');
    const wrote = read('Benjamin wrote me on email in Wednesday');
    expect([wrote.channel, wrote.occurredOn]).toEqual(['email', '2026-11-25']);
  });
});

describe('names common in Britain and Ireland', () => {
  it.each(['Niamh', 'Siobhan', 'Aoife', 'Geoff', 'Cerys', 'Eoin', 'Orla', 'Mairead'])(
    '"%s" is a given name',
    (name) => {
      expect(isKnownGivenName(name)).toBe(true);
    },
  );

  it.each(['honey', 'cliff', 'chip', 'cash'])('"%s", an English word, is not added', (word) => {
    expect(isKnownGivenName(word)).toBe(false);
  });

  it('takes a new full name after "a canny fella" as who was met', () => {
    expect(read('met a canny lass Siobhan Hegarty at the careers fair').personNames).toEqual([
      'Siobhan Hegarty',
    ]);
  });
});
