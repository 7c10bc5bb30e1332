import { describe, expect, it } from 'vitest';
import { findBigAsks, findVagueAsks } from './check-ask.js';
import { analyseText } from './nlp.js';
import type { ToneContext } from './tone-report.js';

const contact: ToneContext = { stage: 'contact', intent: 'request-intro' };

function bigAsk(text: string, context: ToneContext = contact): boolean {
  return findBigAsks(text, analyseText(text), context).some((f) => f.severity !== 'low');
}

function vague(text: string, context: ToneContext): boolean {
  return findVagueAsks(text, analyseText(text), context, false).some((f) => f.severity !== 'low');
}

describe('a contact who says they met once is, for a big favour, a weak tie', () => {
  it.each([
    'Hi Yvonne, I know we only met once, but could you refer me for the analyst role?',
    'Hi Jordan, following up on our quick chat at the meetup. Could you refer me for the frontend role?',
    'Since we clicked, could you put me forward to your director for the head of content role?',
    'Hi Ingrid, great to meet you at the meetup on Tuesday. Would you review my 40-page business plan?',
  ])('is a big ask: %s', (text) => {
    expect(bigAsk(text)).toBe(true);
  });

  it.each([
    'Hi Ruth, could you refer me for the analyst role? Thanks for all your help this year.',
    'Hi Jacob, since we met at the meetup I finished the course. Would you still pass my CV to the hiring manager, as you suggested?',
  ])('is a fair ask of a contact, or takes up their own offer: %s', (text) => {
    expect(bigAsk(text)).toBe(false);
  });
});

describe('an introduction to no one in particular is a vague ask, even between friends', () => {
  const ally: ToneContext = { stage: 'ally', intent: 'request-intro' };
  it.each([
    'Hi Zara, could you introduce me to anyone in your network who might be hiring?',
    'Hey Priya, could you introduce me to people you know? Whoever you think!',
    'Hey Sean, any news on that thing we talked about?',
  ])('names no one: %s', (text) => {
    expect(vague(text, ally)).toBe(true);
  });

  it.each([
    'Hi Zara, could you introduce me to Tom Reyes, who runs data at Ocado?',
    'Hey Sean, any news on the Leeds analyst role we talked about?',
  ])('names whom or what: %s', (text) => {
    expect(vague(text, ally)).toBe(false);
  });
});
