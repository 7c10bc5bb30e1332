// Round 138: a Montréal-born product manager's English with Québécois French. "texté" and "m'a
// texté" are texts, "courriel" an email, "m'a rappelé" a call back, "m'a suivi sur LinkedIn" a
// follow, "laissé un vm" a voicemail; "jeudi passé" and "la semaine passée" are last week,
// "vendredi prochain" a plan; "1er nov" and "12 nov." are dates; "mon chum" is a friend; "m'a
// intro à" names only the introducer; "cherche un PM", "recrute", "a un contrat" tell of a role.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendFrench } from './log-line-french.js';

describe('Québécois French in English notes, read', () => {
  readsAs([
    [
      'texté Olivia Brown re le poste de data lead chez Hays',
      ['Olivia Brown'],
      today,
      'message',
      'catch-up',
      'outbound',
    ],
    [
      "Gareth Price m'a texté hier, il veut voir mon deck",
      ['Gareth Price'],
      '2026-11-29',
      'message',
      'ask',
      'inbound',
    ],
    ["Kate Morrison m'a rappelé ce matin", ['Kate Morrison'], today, 'call', 'catch-up', 'inbound'],
    ["Owen Davies m'a suivi sur LinkedIn", ['Owen Davies'], today, 'social', 'catch-up', 'inbound'],
    [
      'Ben Ng a commenté mon post sur le product discovery',
      ['Ben Ng'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'rencontré Priya Shah au Mind the Product mardi',
      ['Priya Shah'],
      '2026-11-24',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "suivi avec Rachel Lowe par courriel re l'entrevue, toujours rien",
      ['Rachel Lowe'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'laissé un vm à Emma Clark jeudi passé',
      ['Emma Clark'],
      '2026-11-26',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'texté Zoe Martin pour la remercier du lunch',
      ['Zoe Martin'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      "Thomas Wright m'a écrit un courriel: Arup recrute un PM senior",
      ['Thomas Wright'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      "Olivia Brown m'a appelé, elle a un contrat de 6 mois pour moi",
      ['Olivia Brown'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'café avec Ben Ng hier, il va me référer au VP product chez Monzo',
      ['Ben Ng'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'envoyé une demande de connexion à Owen Davies',
      ['Owen Davies'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'appel avec Kate Morrison 1er nov, rien de spécial',
      ['Kate Morrison'],
      '2026-11-01',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'envoyé mon CV à Ben Ng la semaine passée',
      ['Ben Ng'],
      '2026-11-23',
      'other',
      'ask',
      'outbound',
    ],
    [
      "envoyé à Ben Ng le deck qu'il m'avait demandé",
      ['Ben Ng'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'texté Priya Shah pour booker un café vendredi prochain',
      ['Priya Shah'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'brunch avec mon chum Gareth dimanche',
      ['Gareth'],
      '2026-11-29',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "Emma Clark m'a écrit un courriel le 12 nov., elle veut que je parle à leur meetup",
      ['Emma Clark'],
      '2026-11-12',
      'email',
      'ask',
      'inbound',
    ],
  ]);
});

describe('Québécois French put into English', () => {
  it.each([
    ['texté Kate hier', 'texted Kate yesterday'],
    ["Zoe m'a texté: Monzo recrute un designer", 'Zoe texted me: Monzo is hiring a designer'],
    ['vu Owen jeudi passé', 'saw Owen last Thursday'],
    ['courriel de Rachel, on a jasé', 'email from Rachel, we chatted'],
    // The one met through an intro is no person of the line: only the introducer is.
    ["Yusuf m'a intro par courriel à Laura Finch", 'Yusuf introduced me by email to Laura Finch'],
    [
      'Starling cherche qqn pour un contrat de 3 mois',
      'Starling is hiring someone for a contract of 3 months',
    ],
    ['son neveu cherche un job', 'their neveu cherche a job'],
    ['envoyé un merci par texto après le meetup', 'sent a merci by text after the meetup'],
  ])('"%s"', (line, plain) => {
    expect(mendFrench(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  keepsAsWritten([
    'texted Kate about the Sky role',
    'drinks with my chum Owen on Friday',
    'Ben is recruiting a PM, offered to refer me',
  ]);
  it.each(['left a voicemail for Emma on the 1st', 'Maria followed me on LinkedIn last week'])(
    'keeps "%s" in English',
    (line) => {
      expect(mendFrench(line)).toBe(line);
    },
  );
});
