// How a one-line log reads English after Romanian ("ieri", "doamna Olivia", "the Kate from Sky",
// "I met there Joanne", "yesterday rang me Olivia", "put me in contact with") and an introduction
// named as a thing ("intro to her colleague Raj Mehta").
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Romanian', () => {
  it.each([
    ['called Alex Morgan ieri', 'called Alex Morgan yesterday'],
    ['texted Siobhan azi', 'texted Siobhan today'],
    ['thanked doamna Margaret on linkedin', 'thanked Margaret on linkedin'],
    ['the Kate from Sky told me to apply', 'Kate from Sky told me to apply'],
    // Not a name: "the Guardian from" keeps its article.
    ['read the Guardian from cover to cover', 'read the Guardian from cover to cover'],
    ['I met there Joanne Bennett', 'I met Joanne Bennett'],
    ['yesterday rang me Olivia only to thank me', 'yesterday Olivia rang me only to thank me'],
    [
      'emailed again Benjamin Carter about the spec',
      'emailed Benjamin Carter again about the spec',
    ],
    ['wrote again to Hannah Schmidt on linkedin', 'wrote to Hannah Schmidt again on linkedin'],
    [
      'Niamh Kelly has put me ieri in contact with Aoife Byrne',
      'Niamh Kelly put me in touch with Aoife Byrne yesterday',
    ],
  ])('"%s"', (line, mended) => {
    expect(mendDialects(line)).toBe(mended);
  });

  it('reads "ieri" as yesterday', () => {
    expect(read('Yusuf rang me ieri, just to see how is going the job search')).toMatchObject({
      personNames: ['Yusuf'],
      channel: 'call',
      direction: 'inbound',
      occurredOn: '2026-11-29',
    });
  });

  it('reads "the Kate from Sky" as Kate', () => {
    expect(read('the Kate from Sky told me to apply until friday').personNames).toEqual(['Kate']);
  });

  it('reads a second message as a follow-up', () => {
    expect(read("second message to Aisha Karim, she didn't reply about the chat")).toMatchObject({
      personNames: ['Aisha Karim'],
      kind: 'follow-up',
    });
  });
});

describe('an introduction named as a thing', () => {
  // The service knows who is in the network; someone it does not know, whom an intro leads to, is
  // set aside.
  const known = new Set(['Elizabeth Taylor', 'Daniel']);
  const readKnown = (line: string) =>
    parseLogLine(line, { today, dateOrder: 'DMY', mayBePerson: (name) => known.has(name) });

  it('leaves out whom "intro to" leads to once someone is named', () => {
    expect(
      readKnown('Elizabeth Taylor emailed 28 oct, intro to her colleague Raj Mehta from Deloitte')
        .personNames,
    ).toEqual(['Elizabeth Taylor']);
  });

  it('leaves out whom an intro made on a call leads to', () => {
    expect(
      readKnown('call with Daniel wednesday, he introduced me on the call to Mihai Ionescu')
        .personNames,
    ).toEqual(['Daniel']);
  });
});
