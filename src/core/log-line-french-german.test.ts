// How a one-line log reads French and German mixed into English (ADR 0069, round 31).
import { describe, expect, it } from 'vitest';
import { read, today } from '../../test/log-line-fields.js';
import { parseLogLine } from './log-line.js';
import { mendFrench } from './log-line-french.js';
import { mendGerman } from './log-line-german.js';

describe('French in a one-line log', () => {
  it.each([
    ['café avec Dev ce matin', [['Dev'], today, 'meeting', 'mutual']],
    ['déj avec Priya de Monzo hier', [['Priya'], '2026-11-29', 'meeting', 'mutual']],
    ["le 19/11 Rachel m'a écrit sur LinkedIn", [['Rachel'], '2026-11-19', 'message', 'inbound']],
    ["Olivia (Hays) m'a appelée ce matin", [['Olivia'], today, 'call', 'inbound']],
    ['visio avec Siobhan (Stripe) mercredi', [['Siobhan'], '2026-11-25', 'video', 'mutual']],
    ["j'ai appelé Gareth hier", [['Gareth'], '2026-11-29', 'call', 'outbound']],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads an introduction, thanks and a chase', () => {
    const intro = parseLogLine("Yusuf m'a présentée à Clara Hughes par mail le 23/11", { today });
    expect([intro.personNames[0], intro.kind, intro.direction, intro.occurredOn]).toEqual([
      'Yusuf',
      'intro',
      'inbound',
      '2026-11-23',
    ]);
    const thanks = parseLogLine("Aisha de Cazoo m'a remerciée pour les contacts", { today });
    expect([thanks.kind, thanks.direction]).toEqual(['thanks', 'inbound']);
    const chase = parseLogLine('relancé Aisha Khan pour le poste Dove, rien depuis vendredi', {
      today,
    });
    expect([chase.personNames, chase.kind, chase.occurredOn]).toEqual([
      ['Aisha Khan'],
      'follow-up',
      today,
    ]);
  });

  it('leaves an English line alone', () => {
    for (const line of ['sent Ana the deck, merci', 'a la carte lunch with Dan']) {
      expect(mendFrench(line)).toBe(line);
    }
  });
});

describe('German in a one-line log', () => {
  it.each([
    ['Kaffee mit Chidi Dienstag', [['Chidi'], '2026-11-24', 'meeting', 'mutual']],
    ['Gareth angerufen gestern', [['Gareth'], '2026-11-29', 'call', 'outbound']],
    [
      'Telefonat mit Margaret Okafor vorgestern',
      [['Margaret Okafor'], '2026-11-28', 'call', 'mutual'],
    ],
    [
      'Videocall mit Maria Gonzalez am 13.11.',
      [['Maria Gonzalez'], '2026-11-13', 'video', 'mutual'],
    ],
    [
      'Olivia hat heute Morgen angerufen: Hays has a contract',
      [['Olivia'], today, 'call', 'inbound'],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads an introduction, thanks and a chase, the verb brought forward', () => {
    const intro = parseLogLine(
      'Joanne hat mich am 6.11. mit Mike Dunn von Octopus Energy bekannt gemacht',
      {
        today,
      },
    );
    expect([intro.personNames[0], intro.kind, intro.direction, intro.occurredOn]).toEqual([
      'Joanne',
      'intro',
      'inbound',
      '2026-11-06',
    ]);
    const thanks = parseLogLine('Lucy am Samstag auf LinkedIn für den Videocall gedankt', {
      today,
    });
    expect([thanks.personNames, thanks.kind, thanks.direction, thanks.occurredOn]).toEqual([
      ['Lucy'],
      'thanks',
      'outbound',
      '2026-11-28',
    ]);
    const chase = parseLogLine('Nachgehakt bei Marcus wegen des Angebots, per Mail Mittwoch', {
      today,
    });
    expect([chase.personNames, chase.kind, chase.channel]).toEqual([
      ['Marcus'],
      'follow-up',
      'email',
    ]);
  });

  it('leaves an English line alone', () => {
    for (const line of ['met Dan at the Die Hard screening', 'sent an update to Priya']) {
      expect(mendGerman(line)).toBe(line);
    }
  });
});
