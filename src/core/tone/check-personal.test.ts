import { describe, expect, it } from 'vitest';
import { findNoPersonalisation } from './check-personal.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

function flagged(text: string, context: ToneContext): boolean {
  return findNoPersonalisation(text, analyseText(text), context).some((f) => f.severity !== 'low');
}

const contact: ToneContext = { stage: 'contact', recipientName: 'Nadia' };

describe('a note that names nothing past its greeting, whatever the tie', () => {
  it.each<[string, ToneContext]>([
    ['Hi Nadia, anything new on your end?', { ...contact, intent: 'follow-up' }],
    ['Hey Nadia — just nudging my last message, let me know your thoughts.', contact],
    ['Shall we catch up sometime soon, Nadia?', { ...contact, intent: 'reconnect' }],
    ['Congratulations, Nadia! Hope all is well.', { ...contact, intent: 'congratulate' }],
    ['Hi Nadia, many thanks for your time yesterday. Cheers, Omar', { stage: 'acquaintance' }],
    ['Nadia, thank you for your time today!', { stage: 'ally', intent: 'thank-you' }],
  ])('says nothing of its reader: %s', (text, context) => {
    expect(flagged(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    ['Hi Nadia, any news on the Leeds analyst role?', { ...contact, intent: 'follow-up' }],
    ['Shall we catch up over lunch near Kings Cross, Nadia?', { ...contact, intent: 'reconnect' }],
    ['Congratulations on the move to Ocado, Nadia!', { ...contact, intent: 'congratulate' }],
    ['Hi Nadia, thanks for the tip about the dbt meetup. Best, Omar', { stage: 'acquaintance' }],
    ['Hi Nadia, thanks for your time today, the pricing advice was gold.', contact],
  ])('is tied to its reader by what it names: %s', (text, context) => {
    expect(flagged(text, context)).toBe(false);
  });
});

describe('things every reader or sender has are not named by saying whose they are', () => {
  it.each<[string, ToneContext]>([
    ['Hi Nadia, just checking if you had a chance to look at my CV. Thanks!', contact],
    ['Hi Nadia, hope all is well with you and the family. Any news on your end?', contact],
    ['Hey Nadia, thought you might like this article: (link)', { ...contact, intent: 'share' }],
    ['Hi Nadia, sharing this in case it is of interest. Hope you are well!', contact],
  ])('says nothing of its reader: %s', (text, context) => {
    expect(flagged(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    ['Hi Nadia, did you get a chance to look at my CV for the Arup role?', contact],
    ['Congratulations on your new role at Monzo, Nadia!', contact],
    ['Hey Nadia, this article on rural GP rotas made me think of your study.', contact],
  ])('is tied to its reader by what it names: %s', (text, context) => {
    expect(flagged(text, context)).toBe(false);
  });
});

describe('thanks or congratulations for what anyone could be thanked or congratulated for', () => {
  it.each<[string, ToneContext]>([
    [
      "Hi Nadia, thank you so much for your help. It really meant a lot and I'm very grateful.",
      { ...contact, intent: 'thank-you' },
    ],
    [
      'Hi Nadia, thanks for taking the time to speak with me. Your insights were really valuable and I learned a lot.',
      { stage: 'acquaintance', intent: 'thank-you', recipientName: 'Nadia' },
    ],
    [
      'Congrats on the new position, Nadia! Exciting times. Best of luck.',
      { ...contact, intent: 'congratulate' },
    ],
    [
      'Hi Nadia, congratulations on the milestone! Your hard work is really paying off. Keep it up!',
      { ...contact, intent: 'congratulate' },
    ],
  ])('says nothing of its reader: %s', (text, context) => {
    expect(flagged(text, context)).toBe(true);
  });

  it.each<[string, ToneContext]>([
    [
      'Thanks again for the referral, Nadia. I had the first interview today and it went well!',
      { ...contact, intent: 'thank-you' },
    ],
    [
      "Hi Nadia, thanks for sharing the open role. I'm going to apply this week.",
      { ...contact, intent: 'thank-you' },
    ],
    [
      'Congrats on the new job, Nadia!! So happy for you!',
      { stage: 'ally', intent: 'congratulate' },
    ],
    [
      'Congratulations on your first marathon, Nadia! Sub-four in Berlin is seriously impressive.',
      { ...contact, intent: 'congratulate' },
    ],
  ])('says what was theirs, what came of it, or is between close friends: %s', (text, context) => {
    expect(flagged(text, context)).toBe(false);
  });
});
