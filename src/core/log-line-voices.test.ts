// How a one-line log reads voices it was not first written for: a note dictated to a phone, an
// Australian site worker's, a German speaker's order and a service leaver's shorthand.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';
import { mendVoices } from './log-line-voices.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const known = ['lena fox', 'omar haddad', 'ben ng', 'priya shah', 'zoe martin'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    mayBePerson: (name) => known.includes(name.toLowerCase()),
    isWorkplace: (name) => ['deel', 'gitlab'].includes(name.toLowerCase()),
  });

describe('voices put plainly', () => {
  it.each([
    ['lunch with ben ng full stop he was kind', 'lunch with ben ng. he was kind'],
    ['he went through it comma really helpful', 'he went through it, really helpful'],
    ['on the twenty third he rang', 'on the 23rd he rang'],
    ['coffee with omar on the twenty seventh', 'coffee with omar on the 27th'],
    ['thank you four the mock interview', 'thank you for the mock interview'],
    ['there hiring in procurement', "they're hiring in procurement"],
    ['asked about there bi team', 'asked about their bi team'],
    ['smoko this arvo', 'smoko this afternoon'],
    ['gave Omar Haddad a bell', 'rang Omar Haddad'],
    ['flicked Lena a text', 'sent Lena a text'],
    ['flicked me the job ad', 'sent me the job ad'],
    ['1400hrs call', '1400 call'],
    ["He'll send JD NLT Fri", "He'll send the JD by Fri"],
    ['Tel con w/ Omar', 'call w/ Omar'],
    ["Req'd 15 mins", 'requested 15 mins'],
    ['Met Maj (Retd) Colin Hargreaves', 'Met Colin Hargreaves'],
    ['drinks w/ former CO Lt Col James Fairbairn', 'drinks w/ my former CO James Fairbairn'],
    ['Zoe has me on the phone about a contract told', 'Zoe told me on the phone about a contract'],
    ['she will me to her manager introduce', 'she will introduce me to her manager'],
    ['because she has it asked for', 'because she asked for it'],
    [
      'at the summit on Wednesday Lukas Becker from Zalando met',
      'met Lukas Becker from Zalando at the summit on Wednesday',
    ],
    ['from Lena Fox today a LinkedIn message received', 'a LinkedIn message from Lena Fox today'],
    ['he went through my cv', 'he reviewed my cv'],
    ['to say cheers for the ref', 'to say thanks for the ref'],
  ])('%s', (line, expected) => {
    expect(mendVoices(line)).toBe(expected);
  });

  it('leaves ordinary lines alone', () => {
    for (const line of [
      'coffee with Lena, there is a role at Deel',
      'the first call went well',
      'old boss ian rang',
      'four of us had lunch with Omar',
    ])
      expect(mendVoices(line)).toBe(line);
  });
});

describe('lines in these voices read', () => {
  it('reads a dictated line with its day in words and its stop said aloud', () => {
    const parsed = read(
      'lunch with ben ng on the twenty third he is going to intro me to his manager full stop',
    );
    expect(parsed.personNames).toEqual(['Ben Ng']);
    expect(parsed.occurredOn).toBe('2026-11-23');
    expect(parsed.channel).toBe('meeting');
    expect(parsed.kind).toBe('give');
  });

  it('reads "there hiring" as news of a role', () => {
    const parsed = read('rang priya shah at deel there hiring in procurement she says');
    expect(parsed.kind).toBe('give');
    expect(parsed.direction).toBe('mutual');
  });

  it('reads smoko and brekkie as meetings, and "fri arvo" as Friday', () => {
    expect(read('smoko with Omar Haddad this arvo').channel).toBe('meeting');
    expect(read('brekkie w Lena Fox Sat').occurredOn).toBe('2026-11-28');
    expect(read('few beers w Omar Haddad fri arvo').occurredOn).toBe('2026-11-27');
  });

  it('reads a text flicked to someone as a message', () => {
    const parsed = read('flicked Lena Fox a text Tues to say cheers for the ref');
    expect(parsed.personNames).toEqual(['Lena Fox']);
    expect(parsed.channel).toBe('message');
    expect(parsed.kind).toBe('thanks');
    expect(parsed.occurredOn).toBe('2026-11-24');
  });

  it("reads a German speaker's verb last", () => {
    const met = read('at the Berlin Data Summit on Wednesday Lukas Becker from Zalando met');
    expect(met.personNames).toEqual(['Lukas Becker']);
    expect(met.channel).toBe('event');
    expect(met.occurredOn).toBe('2026-11-25');
    const received = read(
      'from Lena Fox today a LinkedIn message received, she thanks me for the article',
    );
    expect(received.personNames).toEqual(['Lena Fox']);
    expect(received.channel).toBe('message');
    expect(received.direction).toBe('inbound');
  });

  it('reads a rank as no part of a name, and a deadline as no date', () => {
    const met = read(
      'Met Maj (Retd) Colin Hargreaves at the CTP employment fair 1030 Thu. Now at BAE.',
    );
    expect(met.personNames).toEqual(['Colin Hargreaves']);
    expect(met.occurredOn).toBe('2026-11-26');
    const call = read(
      "1400hrs call w/ Omar Haddad re ops mgr role at Deel. He'll send JD NLT Fri.",
    );
    expect(call.occurredOn).toBe('2026-11-30');
    expect(call.kind).toBe('give');
    expect(read('0730 brew w/ Lena Fox at Deel HQ').channel).toBe('meeting');
    expect(read('Tel con w/ Omar Haddad 1600').channel).toBe('call');
  });
});

describe('a message named first', () => {
  it('is how they got in touch, whatever gathering it was about', () => {
    const parsed = read(
      'text from zoe martin two days ago asking if i could speak at there meetup',
    );
    expect(parsed.channel).toBe('message');
    expect(parsed.kind).toBe('ask');
    expect(parsed.direction).toBe('inbound');
    expect(read('voicemail from Lena Fox about the careers fair').channel).toBe('call');
    expect(read('met Lena Fox at the careers fair').channel).toBe('event');
  });
});
