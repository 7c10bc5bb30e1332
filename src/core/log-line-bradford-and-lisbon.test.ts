// How a one-line log reads West Yorkshire English ("dev will intro me to neil roberts", "bankin")
// and English after European Portuguese ("ontem", "he pretends to intro me", "look to my sql
// test", "sent to chidi eze the article", "the Sam from deliveroo").
import { describe, expect, it } from 'vitest';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const read = (line: string) => parseLogLine(line, { today, dateOrder: 'DMY' });

describe('West Yorkshire English', () => {
  it('reads an introduction to someone named in small letters as an intro, theirs alone', () => {
    expect(
      read('dev said he’d intro me to neil roberts, delivery manager at northwind'),
    ).toMatchObject({ personNames: ['Dev'], kind: 'intro', direction: 'inbound' });
    expect(read('coffee w dev, he’ll put me in touch with sarah jones')).toMatchObject({
      personNames: ['Dev'],
      kind: 'intro',
    });
    expect(read('coffee w dev, he’ll intro me to his boss')).toMatchObject({
      personNames: ['Dev'],
      kind: 'give',
    });
  });

  it('reads "will" after a name, before what is to be done, as no surname', () => {
    // Who "dev" is, alone in small letters, the user's people decide (see the service's tests).
    expect(read('dev will intro me to his lead').personNames).not.toContain('Dev Will');
    expect(read('met will smith at the meetup').personNames).toEqual(['Will Smith']);
  });
});

describe('English after European Portuguese', () => {
  it('reads "ontem", "anteontem" and "hoje" as days', () => {
    expect(read('video call José Álvarez ontem, explained me glovo pricing').occurredOn).toBe(
      '2026-11-29',
    );
    expect(read('coffee with Rui Santos anteontem').occurredOn).toBe('2026-11-28');
    expect(read('rang Kate Morrison hoje').occurredOn).toBe(today);
  });

  it('reads the false friends and the Portuguese order', () => {
    expect(read('coffee with dev friday, he pretends to intro me to his lead')).toMatchObject({
      occurredOn: '2026-11-27',
      kind: 'give',
    });
    expect(read('Sam said he will look to my sql test')).toMatchObject({
      kind: 'give',
      direction: 'inbound',
    });
    expect(read('i have sent to chidi eze the article about fx pricing')).toMatchObject({
      personNames: ['Chidi Eze'],
      kind: 'give',
      direction: 'outbound',
    });
    expect(read('lunch with the Sam from deliveroo tuesday').personNames).toEqual(['Sam']);
  });

  it('reads two people emailed to be joined as an introduction', () => {
    expect(
      read('emailed kate morrison + Duarte Lima (my old GM) to connect them, he wants to move'),
    ).toMatchObject({ kind: 'intro', direction: 'outbound' });
  });
});
