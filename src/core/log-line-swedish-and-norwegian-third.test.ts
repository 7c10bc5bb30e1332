// Third readings of Swedish and Norwegian in a note, from writers who write more of a line in
// their own language: Swedish "hörde av sig", "undrar om jag kan kika på", "tyst sen 12/11", "28
// okt"; Norwegian as Bergen writes it ("eg", "ho", "CVen min"), "takket på sms for", "15. des";
// with what they leave to the Danish reader.
import { describe, expect, it } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';
import { mendNorwegian } from './log-line-norwegian.js';
import { mendSwedish } from './log-line-swedish.js';

describe('Swedish, third reading, put into English', () => {
  it.each([
    [
      'Kate hörde av sig på linkedin, undrar om jag kan kika på deras app',
      'Kate got in touch on linkedin, asked if I could look at their app',
    ],
    ['följde upp med Sam, tyst sen 12/11', 'followed up with Sam, quiet since 12/11'],
    [
      'påminde Ana om fakturan, förfallen sen 3/11',
      'reminded Ana about the invoice, overdue since 3/11',
    ],
    ['Kate mejlade 28 okt om rollen', 'Kate emailed 28 Oct about the role'],
    ['mejlade Dev om en brief i januari', 'emailed Dev about a brief in januari'],
    [
      'aw med Ana och några från Sky i tors',
      'drinks with Ana and some people from Sky on Thursday',
    ],
    ['Lee kopplade ihop mig med Ana på Sky', 'Lee put me in touch with Ana at Sky'],
    ['Ana på Bupa behöver mitt org.nr', 'Ana at Bupa needs my company number'],
    ['Yusuf lovade att föra fram mitt namn', 'Yusuf promised to put my name forward'],
    ['Dev delade en guide med mig på linkedin', 'Dev shared a guide with me on linkedin'],
    [
      'ringde Lee och bad honom läsa igenom min pitch',
      'rang Lee and asked him to read through my pitch',
    ],
    [
      'mejlade Ana wireframesen hon bad om till appen',
      'emailed Ana the wireframes they asked for, for appen',
    ],
    ['skickade ett tackkort till Lee', 'sent a thank-you card to Lee'],
    ['Em vill ses nästa gång jag är i London', 'Em wants to meet up next time I is in London'],
    ['katie frågade om jag vill vara med i en podd', 'katie asked if I could join a podcast'],
  ])('"%s"', (line, english) => {
    expect(mendSwedish(line)).toBe(english);
  });

  it.each([
    // Danish writes "bad om" and "de slides" too: the Danish reader reads them.
    'sendte Aisha de slides hun bad om',
    'Maria bad mig udfylde en survey',
  ])('keeps "%s"', (line) => {
    expect(mendSwedish(line)).toBe(line);
  });
});

describe('Norwegian, third reading, put into English', () => {
  it.each([
    [
      'Gareth spurte om eg kan snakke på meetupen deres',
      'Gareth asked if I would speak at their meetup',
    ],
    ['sendte Rachel CV som ho ba om', 'sent Rachel my CV as they asked'],
    ['Wei og eg på Zoom, han gikk gjennom CVen min', 'Wei and I on Zoom, he reviewed my CV'],
    ['Marcus takket på sms for feedback', 'Marcus thanked me by sms for feedback'],
    ['Margaret sendte meg en rolle, frist 15. des', 'Margaret sent me a role, deadline 15 Dec'],
    ['fulgte opp med Olivia, ikke noe nytt', 'followed up with Olivia, nothing new'],
    [
      'WhatsApp fra Lee, vil ha navnet på recruiteren min',
      'WhatsApp from Lee, wants the name of my recruiter',
    ],
    ['Liz sendte melding, takk for kaffen', 'Liz sent message, thanks for the coffee'],
  ])('"%s"', (line, english) => {
    expect(mendNorwegian(line)).toBe(english);
  });

  it.each([
    // "eg" in English is for example; "ho" alone says nothing.
    'eg Monzo and Wise are hiring',
    'coffee with Ho Chen yesterday',
  ])('keeps "%s"', (line) => {
    expect(mendNorwegian(line)).toBe(line);
  });
});

describe('Swedish and Norwegian notes, read', () => {
  readsAs([
    [
      'Priya Shah hörde av sig, undrar om jag kan kika på deras app',
      ['Priya Shah'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'följde upp med Rachel Lowe, tyst sen 12/11',
      ['Rachel Lowe'],
      today,
      'other',
      'follow-up',
      'outbound',
    ],
    [
      'Kate Morrison mejlade 28 okt, Sky har en contract role',
      ['Kate Morrison'],
      '2026-10-28',
      'email',
      'give',
      'inbound',
    ],
    [
      'Margaret Okafor sendte meg en PM-rolle, frist 15. des',
      ['Margaret Okafor'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Marcus Bell takket på sms for feedback på decket',
      ['Marcus Bell'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'WhatsApp fra Gareth Price, vil ha navnet på recruiteren min',
      ['Gareth Price'],
      today,
      'message',
      'ask',
      'inbound',
    ],
    [
      'Aisha Khan wants a cover letter off me by next fri',
      ['Aisha Khan'],
      today,
      'other',
      'ask',
      'inbound',
    ],
  ]);
});
