// Round 141: a Québec City data analyst's short notes, often all French, with slang. English verbs
// left bare after "m'a" are what a contact did ("m'a call", "m'a add", "m'a follow", "m'a DM",
// "m'a référé"); "follow-uppé", "pitché", "j'ai intro Zoe à Priya" and "add Mathieu sur linkedin"
// are what the user did; "Monzo engage des analystes" and "y cherche un freelance" are hiring,
// "a gelé le poste" no role; "y m'ont parlé", "y veulent mon avis" are they; "pour checker si",
// "pour y demander", "pour me demander si" ask; "pour jaser", "pour prendre des nouvelles" talk;
// "courriel d'Owen" and "texto de Mark" come from them; "rien depuis le 14", "la facture du 2
// nov" and "le 15.11" are read for their dates; a name written small opens "olivia de hays m'a
// call"; "rappelé Olivia", "boîte vocale", "coloc", "webinaire" and "panel à" are read too.
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, readsAs, today } from '../../test/log-line-table.js';
import { mendFrench } from './log-line-french.js';

describe('Québécois slang in short notes, read', () => {
  readsAs([
    [
      "Kate Morrison m'a call hier pour un mandat de 3 mois",
      ['Kate Morrison'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      "Owen Davies m'a add sur LinkedIn à matin",
      ['Owen Davies'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      "Gareth Price m'a référé pour un poste chez Sky",
      ['Gareth Price'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'lunch avec Ben Ng lundi passé, y cherche un analyste pour son équipe',
      ['Ben Ng'],
      '2026-11-23',
      'meeting',
      'give',
      'mutual',
    ],
    [
      "Rachel Lowe m'a dit qu'Aviva engage des data engineers",
      ['Rachel Lowe'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      "j'ai follow-uppé Zoe Martin re la proposition, rien encore",
      ['Zoe Martin'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'texto de Priya Shah pour me remercier du dashboard',
      ['Priya Shah'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      "j'ai intro Ben Ng à Kate Morrison par courriel",
      ['Ben Ng', 'Kate Morrison'],
      today,
      'email',
      'intro',
      'outbound',
    ],
    [
      'relancé Owen Davies pour la facture du 3 nov',
      ['Owen Davies'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'demande de connexion envoyée à Gareth Price le 12.11',
      ['Gareth Price'],
      '2026-11-12',
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'souper avec Ben Ng pis sa coloc Julie Tremblay avant-hier',
      ['Ben Ng', 'Julie Tremblay'],
      '2026-11-28',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      "appel avec Zoe Martin pis son boss Marc Gagnon, y m'ont parlé d'un mandat chez Desjardins",
      ['Zoe Martin', 'Marc Gagnon'],
      today,
      'call',
      'give',
      'mutual',
    ],
    [
      "Kate Morrison m'a call mardi pour me demander si j'peux l'aider sur son rapport",
      ['Kate Morrison'],
      '2026-11-24',
      'call',
      'ask',
      'inbound',
    ],
    [
      'follow-up à Owen Davies sur la soumission, pas de news',
      ['Owen Davies'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      "courriel d'Olivia Brown avec des tips pour mon cv",
      ['Olivia Brown'],
      today,
      'email',
      'catch-up',
      'inbound',
    ],
    [
      'pitché mon offre à Gareth Price par courriel hier',
      ['Gareth Price'],
      '2026-11-29',
      'email',
      'ask',
      'outbound',
    ],
    [
      "Kate Morrison voulait mon portfolio, j'lui ai envoyé à matin",
      ['Kate Morrison'],
      today,
      'other',
      'give',
      'outbound',
    ],
  ]);
});

describe('Québécois slang put into English', () => {
  it.each([
    ["Rachel m'a DM sur insta pour jaser data", 'Rachel DMed me on insta to chat data'],
    ["Ben m'a follow sur linkedin", 'Ben followed me on linkedin'],
    [
      'rappelé Olivia Brown re le mandat, boîte vocale',
      'called Olivia Brown back re the contract, voicemail',
    ],
    [
      'add Julie Tremblay (BA chez Intact) sur linkedin',
      'connected with Julie Tremblay (BA at Intact) on linkedin',
    ],
    ["rachel de aviva m'a call pour un contrat", 'rachel from aviva called me for a contract'],
    ["Owen m'a appelé, Aviva a gelé le poste", 'Owen rang me, Aviva has frozen the role'],
    [
      'courriel à Zoe pour checker si Intact engage des analystes',
      'an email to Zoe to ask if Intact is hiring des analystes',
    ],
    [
      'texté Ben pour y demander 20 min pour jaser de Coveo',
      'texted Ben to ask 20 min to chat about Coveo',
    ],
    ["Léa m'a call à matin pour prendre des nouvelles", 'Léa called me this morning to catch up'],
    [
      "une recruteuse de Beneva, Julie Roy, m'a call",
      'a recruiter at Beneva, Julie Roy, called me',
    ],
    ['relancé Marc, rien depuis le 9', 'chased Marc, nothing since the 9th'],
    [
      'webinaire de Shopify hier, Léa pis Marc étaient là',
      'webinar at Shopify yesterday, Léa and Marc were there',
    ],
    ['panel à DataFest: Ben Ng pis Julie Roy', 'panel at DataFest: Ben Ng and Julie Roy'],
    [
      'courriel de Marc pis sa partner Léa, y veulent mon avis sur leur deck',
      'email from Marc and their partner Léa, they want my advice on their deck',
    ],
    // A role named by its firm is no hiring without "des", "un": "Monzo engage encore" is kept.
    ["Priya m'a dit que Monzo engage encore", 'Priya told me that Monzo engage encore'],
    // "le webinaire" a user thanks for is no event of the line.
    [
      'courriel à Caroline pour la remercier pour le webinaire',
      'an email to Caroline to thank her for the webinaire',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendFrench(line)).toBe(plain);
  });
});

describe('English kept as written', () => {
  keepsAsWritten([
    'Ben called me, he wants to engage a consultant',
    'add Julie to the follow-up list',
    'pitched the panel idea to Marc on a call',
  ]);
  it.each([
    'follow-up with Sam on the referral, no news',
    'olivia from hays called me about a contract',
    'webinar with Canva yesterday, Maria and Anna were there',
  ])('keeps "%s" in English', (line) => {
    expect(mendFrench(line)).toBe(line);
  });
});
