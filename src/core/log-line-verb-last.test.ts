// How a one-line log reads a note written with the verb last, as Turkish, Korean and Persian put
// it ("Rachel my updated CV sent", "Dev my CV reviewed", "Margaret with coffee drank wednesday",
// "Hannah Schmidt my CV I sent 2/11"), and leaves a clause in English order as it is.
import { describe, expect, it } from 'vitest';
import { mendVerbLast } from './log-line-verb-last.js';
import { parseLogLine } from './log-line.js';

// 2026-11-30 is a Monday.
const today = '2026-11-30';
const workplaces = ['booking', 'unilever', 'barclays', 'revolut', 'bbc', 'nhs digital', 'sap'];
const read = (line: string) =>
  parseLogLine(line, {
    today,
    dateOrder: 'DMY',
    isWorkplace: (name) => workplaces.includes(name.toLowerCase()),
  });

describe('a clause whose verb comes last', () => {
  it.each([
    // What the user sent goes to whom the clause opens with.
    [
      'Rachel my updated CV sent, for Booking analyst job',
      'sent Rachel my updated CV, for Booking analyst job',
    ],
    [
      'Emma Clark Lloyds my portfolio sent, for analytics team',
      'sent Emma Clark Lloyds my portfolio, for analytics team',
    ],
    // What a contact did to the user's work was done by them.
    [
      'Aisha my CV reviewed, very detailed comments',
      'Aisha reviewed my CV, very detailed comments',
    ],
    [
      'Anna Revolut my dashboard post liked on linkedin',
      'Anna Revolut liked my dashboard post on linkedin',
    ],
    // "sent me": they sent it.
    [
      'Daniel Barclays credit risk vacancy by email forwarded me 10/11',
      'Daniel Barclays forwarded me credit risk vacancy by email 10/11',
    ],
    ['Kate sky senior analyst job spec emailed me', 'Kate emailed me sky senior analyst job spec'],
    // An email sent, and to whom.
    [
      'Aisha Unilever to email sent, 20 min chat asking',
      'sent an email to Aisha Unilever, 20 min chat asking',
    ],
    ['Thomas Arup second email sent friday', 'sent second email to Thomas Arup friday'],
    // What was shared, and with whom.
    [
      'Margaret NHS digital with coffee drank wednesday',
      'had coffee with Margaret NHS digital wednesday',
    ],
    ['Katie BBC with zoom talked thursday', 'talked with Katie BBC on zoom thursday'],
    ['Ana and Sam Patel with dinner ate saturday', 'had dinner with Ana and Sam Patel saturday'],
    // Whom first, then "I" and the verb.
    [
      'Hannah Schmidt my CV I sent 2/11 for SAP research role',
      'sent Hannah Schmidt my CV 2/11 for SAP research role',
    ],
    ['Priya Desai and Chidi I introduced by email', 'introduced Priya Desai and Chidi by email'],
    [
      'Yesterday Anna Revolut my portfolio link I sent',
      'Yesterday sent Anna Revolut my portfolio link',
    ],
  ])('"%s"', (line, mended) => {
    expect(mendVerbLast(line)).toBe(mended);
  });

  it.each([
    // English order, and clauses that have their verb already.
    'sent Rachel my CV',
    'Rachel sent me the spec',
    'Aisha reviewed my CV',
    'coffee with Margaret wednesday',
    'Yesterday Zoe Just Eat asked my survey template so I emailed it',
    'Lee Skyscanner asked me on whatsapp can I shared my python notebook',
    'Kate Sky, Katie Morris BBC to her I introduced',
    'Marcus Starling, I asked on linkedin for 15 min advice call',
    'Sam and I met them',
    "Ana from spotify dm'd me on insta and then sent me the moodboard",
    'Devendra Mistry sent over the career ladder doc I asked for',
    'Emily Clarke from ONS sent me the Lambeth youth stats',
    'Thursday I met Lucy Patel for lunch',
    'At the ICE event on the 21st I met Sarah Whitfield',
    'Kindly note I emailed Siobhan Murphey to thank her',
    'Dev thanked me for the intro',
    'Olivia chased me for the form',
  ])('leaves "%s" as it is', (line) => {
    expect(mendVerbLast(line)).toBe(line);
  });
});

describe('the line it makes is read as meant', () => {
  it('reads a CV sent to a contact named first as an ask to her', () => {
    expect(read('Rachel hanım my updated CV sent, for Booking analyst job')).toMatchObject({
      personNames: ['Rachel'],
      kind: 'ask',
      direction: 'outbound',
    });
  });

  it('reads a CV reviewed on a call both had as a give both ways', () => {
    expect(read('Dev sunbae my CV reviewed on video call thursday')).toMatchObject({
      personNames: ['Dev'],
      channel: 'video',
      kind: 'give',
      direction: 'mutual',
      occurredOn: '2026-11-26',
    });
  });

  it('reads a meal shared as a meeting with both people', () => {
    expect(read('Ana hanım and Sam Patel with dinner ate saturday')).toMatchObject({
      personNames: ['Ana', 'Sam Patel'],
      channel: 'meeting',
      direction: 'mutual',
      occurredOn: '2026-11-28',
    });
  });

  it('reads a job link sent to the user as an inbound give', () => {
    expect(
      read('Daniel bey Barclays credit risk vacancy by email forwarded me 10/11'),
    ).toMatchObject({
      channel: 'email',
      kind: 'give',
      direction: 'inbound',
      occurredOn: '2026-11-10',
    });
  });
});

describe('someone known at a workplace, after the verb', () => {
  const readKnowing = (line: string) =>
    parseLogLine(line, {
      today,
      dateOrder: 'DMY',
      mayBePerson: (name) => ['liz', 'thomas', 'aisha'].includes(name.toLowerCase()),
      isWorkplace: (name) => ['deloitte', 'arup', 'unilever'].includes(name.toLowerCase()),
    });

  it('reads "Liz Deloitte" as Liz at Deloitte, not someone new called that', () => {
    const parsed = readKnowing(
      'Liz hanım Deloitte follow up email sent friday, her intro promise about',
    );
    expect(parsed.personNames).toEqual(['Liz']);
    expect(parsed.people[0]?.company).toBe('Deloitte');
    expect(parsed).toMatchObject({
      channel: 'email',
      direction: 'outbound',
      occurredOn: '2026-11-27',
    });
  });

  it('keeps a full name whose second word is no workplace', () => {
    expect(readKnowing('sent an email to Thomas Wright').personNames).toEqual(['Thomas Wright']);
  });
});
