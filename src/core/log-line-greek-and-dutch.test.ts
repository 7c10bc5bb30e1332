// How a one-line log reads English after Greek ("kyria Margaret", "efharisto", "before two days",
// "she told me for a role") and after Dutch ("Sam mailed me", "I spoke Olivia", "she comes back
// to me", "asks or I know", "dank je"): what someone did told in the present, read in the past.
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('English after Greek', () => {
  it('reads "kyria" and "kyrie" before a name as a courtesy', () => {
    expect(read('kyria Margaret called me today about the product role')).toMatchObject({
      personNames: ['Margaret'],
      channel: 'call',
      direction: 'inbound',
    });
  });

  it('reads "efharisto" as thanks', () => {
    expect(read('efharisto to Alexandra Reid on linkedin for the advice')).toMatchObject({
      personNames: ['Alexandra Reid'],
      kind: 'thanks',
      direction: 'outbound',
    });
  });

  it('reads "before a week" as a week ago', () => {
    expect(read('email to Thomas Wright before a week about Arup').occurredOn).toBe('2026-11-23');
    expect(read('Gareth rang before two days').occurredOn).toBe('2026-11-28');
  });

  it('leaves out "na\'nai kala"', () => {
    expect(read("Dimitra Vlachou sent me on sunday her notes, na'nai kala")).toMatchObject({
      personNames: ['Dimitra Vlachou'],
      occurredOn: '2026-11-29',
    });
  });

  it('reads "told me for a role" as news of it, and "they filled it" as a role gone', () => {
    expect(read('lunch with Emma on wed, she told me for a role at Lloyds').kind).toBe('give');
    expect(read('Mark Evans called me, the role is gone, they filled it').kind).toBe('catch-up');
  });

  it('reads "they hire" as hiring', () => {
    expect(read('whatsapp from Priya, they hire product people')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });

  it('reads "nothing from Yusuf since the 20th" as his silence, and a message sent again as a chase', () => {
    expect(read('nothing from Yusuf since the 20th, sent again message on linkedin')).toMatchObject(
      { personNames: ['Yusuf'], kind: 'follow-up', direction: 'outbound' },
    );
  });
});

describe('English after Dutch', () => {
  it('reads "mailed" and "a mail" as email', () => {
    expect(read('Sam mailed me the spec for the analyst job at Ocado')).toMatchObject({
      personNames: ['Sam'],
      channel: 'email',
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('sent Thomas a short mail about the bid').channel).toBe('email');
  });

  it('reads "spoke Olivia" as spoke to her, but not "spoke Dutch"', () => {
    expect(read('I spoke Mark and Marcus at the Data & Ops meetup wed')).toMatchObject({
      personNames: ['Mark', 'Marcus'],
      channel: 'event',
      occurredOn: '2026-11-25',
    });
    expect(read('coffee with Pieter, we spoke Dutch all afternoon').personNames).toEqual([
      'Pieter',
    ]);
  });

  it('reads what someone did, told in the present, in the past', () => {
    expect(read('Rachel Lowe comes back to me, the role is already filled')).toMatchObject({
      kind: 'catch-up',
      direction: 'inbound',
    });
    expect(read('Kate says the Sky role goes to an internal candidate')).toMatchObject({
      kind: 'catch-up',
      direction: 'inbound',
    });
    expect(read('Chidi Eze rang, Wise looks for somebody, he refers me')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('lunch with Robert on 20/11, he sees a role for me and puts me forward').kind).toBe(
      'give',
    );
  });

  it('reads "asks or I know" as asked if, and "asks my cv" as asked for it', () => {
    expect(read('Jose from Glovo asks or I know good planners')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
    expect(read('Thomas Wright asks my cv for an Arup bid')).toMatchObject({
      kind: 'ask',
      direction: 'inbound',
    });
    // "asked my neighbour pete" asks someone, not for something.
    expect(read('asked my neighbour pete if his company takes on freelancers').personNames).toEqual(
      ['Pete'],
    );
  });

  it('reads "dank je" as thanks and "whatsappt" as a message', () => {
    expect(read('whatsapp to Chidi: dank je for the tip about Wise').kind).toBe('thanks');
    expect(read('Pieter Jansen whatsappt me the number of their manager').channel).toBe('message');
  });

  it('reads "referral is in" as given', () => {
    expect(read('whatsapp from Chidi sat: referral is in')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
  });
});
