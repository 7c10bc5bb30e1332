// Round 140: a Montréal civil engineer's English with Québécois French. "y" and "a" opening a
// clause are he and she ("y m'a offert", "a m'a donné"); "pis" is and, "faque" so, "à matin" this
// morning; "m'a courriellé", "m'a fait un call", "m'a fait suivre", "m'a refilé" are what a contact
// did; "follow-upé" and "booké" are English verbs; "un mandat" is a contract and "embauche" hiring;
// a "5 à 7" is a networking night and a "colloque" a conference; "sur Meet" is a video call;
// "remerciements à" thanks; "y voulait savoir si je donnerais une présentation" asks; "a me les
// avait demandés" is a give; "fait une demande de référence à" asks for a referral; "m'a donné des
// conseils" is advice and no give.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendFrench } from './log-line-french.js';

describe('Québécois verbs and clauses in English notes, read', () => {
  readsAs([
    [
      "Kate Morrison m'a courriellé hier, elle aurait un contrat pour moi",
      ['Kate Morrison'],
      '2026-11-29',
      'email',
      'give',
      'inbound',
    ],
    [
      "j'ai follow-upé Owen Davies re le devis, toujours rien",
      ['Owen Davies'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      "dîner avec Priya Shah à matin, a m'a donné plein de conseils sur le marché",
      ['Priya Shah'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "souper avec Ben Ng jeudi passé, y m'a offert un petit mandat d'inspection",
      ['Ben Ng'],
      '2026-11-26',
      'meeting',
      'give',
      'mutual',
    ],
    [
      "Gareth Price m'a fait un call mardi dernier pour me dire que le poste est gelé",
      ['Gareth Price'],
      '2026-11-24',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'remerciements à Zoe Martin par courriel pour la reco',
      ['Zoe Martin'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      "Olivia Brown m'a fait suivre un lien vers un poste chez Arup",
      ['Olivia Brown'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Thomas Wright veut savoir si je donnerais une présentation à leur 5 à 7',
      ['Thomas Wright'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      "Rachel Lowe m'a demandé de parler à leur colloque en janvier",
      ['Rachel Lowe'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'rencontré Yusuf pis Zoe Martin au 5@7 de Poly le 24',
      ['Yusuf', 'Zoe Martin'],
      '2026-11-24',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      "Sam d'Ocado pis moi on s'est parlé sur Meet, y m'a donné des tips",
      ['Sam'],
      today,
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'envoyé mes plans à Kate Morrison, a me les avait demandés',
      ['Kate Morrison'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'fait une demande de référence à Owen Davies la semaine passée',
      ['Owen Davies'],
      '2026-11-23',
      'other',
      'ask',
      'outbound',
    ],
    [
      'voicemail laissé à Emma Clark re la facture',
      ['Emma Clark'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('Québécois verbs and clauses put into English', () => {
  it.each([
    [
      "Zoe m'a courriellé à matin, faque j'ai booké un call",
      'Zoe emailed me this morning, so booked a call',
    ],
    ["on s'est vus pour un café, Kate pis moi", 'we met for coffee, Kate and me'],
    ['Arup embauche du monde icitte', 'Arup is hiring people here'],
    ['commenté le post de Priya Shah', "commented on Priya Shah's post"],
    [
      'Ben Ng a commenté mon post, je lui ai envoyé le rapport',
      'Ben Ng commented on my post, I sent them the rapport',
    ],
    [
      "Rachel Lowe m'a demandé de parler à leur colloque",
      'Rachel Lowe asked me to speak at their conference',
    ],
    // "il y a" and "y'a" are "there is", never "he".
    [
      'café avec Léa hier, il y a un poste chez Arup',
      'coffee with Léa yesterday, there is a role at Arup',
    ],
    // "comment ils recrutent" tells how a firm hires, no role.
    [
      "call avec Alex hier, il m'a expliqué comment ils recrutent",
      'call with Alex yesterday, il explained to me comment ils recrutent',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendFrench(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  keepsAsWritten([
    'Meet with Sophie on the 25th, a good chat about infra',
    "commented on Emily's post about demand forecasting",
    'video call with Devendra, he gave me tips',
    'Tim said a 5@7 would be fun',
  ]);
});
