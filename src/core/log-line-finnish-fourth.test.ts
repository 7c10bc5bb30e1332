// The fourth reading of Finnish in a one-line log, as a sixth writer writes it: spoken past forms
// ("meilas", "vinkkas", "puhu"), names and firms in small letters with their endings ("virtaselle",
// "laineen", "northwindilta", "lizin kanssa deloittelta"), "to" (Thursday) before a Finnish word,
// deadlines ("pe mennessä") and silences ("ei vastausta 12.11. jälkeen"), "molemmat", lists of
// names with "ja" and commas, the channels "whatsappii" and "teamsissa", and whom first ("annalle
// laitoin"). Lines in English stay as written.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendFinnish } from './log-line-finnish.js';

describe('Finnish as a sixth writer writes it, put into English', () => {
  it.each([
    // Spoken past forms: "meilas" meilasi, "vinkkas" vinkkasi, "puhu" puhui.
    ['gareth mailas tiistaina', 'gareth emailed me on Tuesday'],
    [
      'olivia meilas eilen niiden planner paikan speksin',
      'olivia emailed me yesterday their planner role spec',
    ],
    [
      'kate vinkkas linkkarissa et tescolle haetaan planneria',
      'kate told me about on LinkedIn that tescolle are hiring planner',
    ],
    [
      'owen puhu supply chain eventissä ke, juteltiin sen jälkeen',
      'owen spoke supply chain at the event on Wednesday, we chatted afterwards',
    ],
    ['yusuf kysy kuulumisia whatsapissa', 'yusuf asked how I was doing on WhatsApp'],
    ['dev kysy mun portfoliota', 'dev asked for my portfoliota'],
    // Names and firms in small letters, with their endings.
    ['soitin liisa virtaselle eilen', 'rang liisa virtanen yesterday'],
    ['juttelin pekka korhosen kanssa teamsissa', 'chatted with pekka korhonen on Teams'],
    ['tapasin anna laineen messuilla ti', 'met anna laine at the fair on Tuesday'],
    ['lounas katen kanssa tescolta eilen', 'lunch with kate from tesco yesterday'],
    [
      'maria gonzalez northwindilta meilas ti',
      'maria gonzalez from northwind emailed me on Tuesday',
    ],
    // "to" before a Finnish word is Thursday; deadlines and silences are no date of the line.
    ['kiitin deviä to meilillä', 'thanked dev on Thursday by email'],
    ['chidi pyys mun kommentit perjantaihin mennessä', 'chidi asked for my comments by Friday'],
    [
      'meilasin sam patelille, ei vastausta 12.11. jälkeen',
      'emailed sam patel, no reply since 12/11',
    ],
    // "molemmat" and "kans" are no names; lists of names.
    ['dev ja zoe molemmat tykkäs mun postauksesta', 'dev and zoe both liked my post'],
    ['kahvit aishan, chidin ja owenin kanssa to', 'coffee with aisha, chidi and owen on Thursday'],
    [
      'laitoin emmalle ja zoe martinille sen raportin',
      'sent to emma and zoe martin their the report',
    ],
    // Channels, whom first, and a nudge.
    ['lucy laitto whatsappii et ne rekrytään', 'lucy whatsapped me that they are hiring'],
    ['juttelin whatsapissa katen kanssa eilen', 'chatted on WhatsApp with kate yesterday'],
    ['rachelille laitoin ne tiedostot joita se pyys', 'sent rachel the files they asked for'],
    ['dm owenille, kysyin voisko se referata mut', "DM'd owen, asked if they could refer me"],
    ['ryhmä teams katen ja devin kanssa eilen', 'teams with kate and dev yesterday'],
    ['kommentoin ana lopezin postausta ke', "commented on ana lopez's post on Wednesday"],
    [
      'meili chidille ti, kysyin onks siitä roolista kuulunu mitään',
      'sent an email to chidi on Tuesday, chased for news on about the role',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendFinnish(line)).toBe(plain);
  });

  it('leaves English lines as written', () => {
    for (const line of [
      'sent it to on LinkedIn by mistake',
      'coffee with Meili Zhang on Friday',
      'rang Jo about the role',
      'emailed Laura Hill at Accenture',
    ])
      expect(mendFinnish(line)).toBe(line);
  });
});

describe('Finnish as a sixth writer writes it, read', () => {
  readsAs([
    ['gareth mailas tiistaina', ['Gareth'], '2026-11-24', 'email', 'catch-up', 'inbound'],
    [
      'kate vinkkas linkkarissa et tescolle haetaan planneria',
      ['Kate'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'owen puhu supply chain eventissä ke, juteltiin sen jälkeen',
      ['Owen'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    ['kiitin deviä to meilillä', ['Dev'], '2026-11-26', 'email', 'thanks', 'outbound'],
    ['chidi pyys mun kommentit perjantaihin mennessä', ['Chidi'], today, 'other', 'ask', 'inbound'],
    [
      'meilasin sam patelille, ei vastausta 12.11. jälkeen',
      ['Sam Patel'],
      today,
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'dev ja zoe molemmat tykkäs mun postauksesta',
      ['Dev', 'Zoe'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'kahvit aishan, chidin ja owenin kanssa to',
      ['Aisha', 'Chidi', 'Owen'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'tapasin anna laineen messuilla ti',
      ['Anna Laine'],
      '2026-11-24',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'juttelin pekka korhosen kanssa teamsissa',
      ['Pekka Korhonen'],
      today,
      'video',
      'catch-up',
      'mutual',
    ],
    ['lucy laitto whatsappii et ne rekrytään', ['Lucy'], today, 'message', 'give', 'inbound'],
    [
      'rachelille laitoin ne tiedostot joita se pyys',
      ['Rachel'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'meili chidille ti, kysyin onks siitä roolista kuulunu mitään',
      ['Chidi'],
      '2026-11-24',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'laitoin emmalle ja zoe martinille sen raportin',
      ['Emma', 'Zoe Martin'],
      today,
      'other',
      'give',
      'outbound',
    ],
  ]);
});
