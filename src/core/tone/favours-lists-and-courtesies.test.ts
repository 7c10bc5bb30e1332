// Classes of meaning the twelfth held-out set and a practice set showed the rules missing: each
// catches new wordings and leaves its near-misses alone. Rules only, so a refitted model cannot
// hide a rule that stopped reading.
import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone.js';
import { analyseText } from './nlp.js';
import { findRuleFindings } from './rule-findings.js';
import type { ToneCategory, ToneContext } from './tone-report.js';

function ruled(written: string, context: ToneContext): ToneCategory[] {
  // The check reads straight apostrophes, as checkTone hands them to the rules.
  const text = written.replace(/\u2019/g, "'");
  const found = findRuleFindings(text, analyseText(text), context);
  return [...new Set(found.filter((f) => f.severity !== 'low').map((f) => f.category))];
}

const stranger: ToneContext = { stage: 'stranger', intent: 'first-contact' };
const acquaintance: ToneContext = { stage: 'acquaintance', intent: 'request-intro' };
const contact: ToneContext = { stage: 'contact', intent: 'request-intro' };

describe('an introduction asked by a stranger vouches for someone the reader never met', () => {
  it.each([
    'Hi Odile, I read your paper on flood maps and the validation section was superb. Could you introduce me to the Delft team who built the model?',
    'Hi Odile, I noticed you know Judge Amadi. Would you be willing to introduce me?',
    'Hi Odile, I loved your piece on urban foxes. Would you consider introducing me to the author you interviewed?',
  ])('%s', (text) => {
    expect(ruled(text, { stage: 'stranger', intent: 'request-intro' })).toContain(
      'big-ask-weak-tie',
    );
  });

  it('asks an acquaintance for an introduction to a peer without warning', () => {
    const text =
      'Hi Odile, good to see you at the guild evening. Could you introduce me to the carpenter who did your shopfront? I want to ask about oak prices.';
    expect(ruled(text, acquaintance)).not.toContain('big-ask-weak-tie');
  });

  it('reads an acquaintance asked for an introduction to their manager or MD as a big ask', () => {
    for (const text of [
      'Hi Odile, good to meet you at the awards. Could you introduce me to the estates manager at your head office?',
      'Hi Odile, nice chatting at the Rotary lunch. Could you introduce me to your MD?',
    ])
      expect(ruled(text, acquaintance)).toContain('big-ask-weak-tie');
  });

  it('leaves a contact asked for the same introduction to a nudge', () => {
    const text = 'Hi Odile, could you introduce me to the estates manager at your head office?';
    expect(ruled(text, contact)).not.toContain('big-ask-weak-tie');
  });
});

describe('favours that stake the reader’s name or hand over a place', () => {
  it.each([
    'Hi Bram, we chatted briefly at the Ghent design week. Would you be my referee for the museum role?',
    'Hi Bram, I was hoping you could write me a reference for the Master’s, even though I wasn’t in your class.',
    'Hi Bram, I see you run procurement at the council. Could you add my firm to your approved supplier list?',
    'Hi Bram, congratulations on the new CTO role! Could you put me on the shortlist for the lead developer job?',
    'Hi Bram, good to meet you at the trade night. Could you take me on as an improver?',
    'Hi Bram, as you’re at Deloitte, would you mind submitting me as a referral for the audit role?',
    'Hi Bram, your team at Siyavula is the one I most admire. Is there any chance of a place for me?',
    'Hi Bram, we connected a while back. Would you be up for reviewing my business plan? It runs to 40 pages.',
  ])('%s', (text) => {
    expect(ruled(text, stranger)).toContain('big-ask-weak-tie');
  });

  it('leaves the same reference asked of a close friend alone', () => {
    const text = 'Bram, would you be a referee for the Shelter job? They will email you next week.';
    expect(ruled(text, { stage: 'ally', intent: 'ask-advice' })).not.toContain('big-ask-weak-tie');
  });
});

describe('asks that leave the reader to spot the chance or choose the person', () => {
  it.each<[string, ToneContext]>([
    [
      'Hi Mina, good to meet you at the guild evening. Could you introduce me to anyone you know who might need a plasterer?',
      acquaintance,
    ],
    ['Hi Mina, I’ve just moved to Leeds. Could you connect me with people you know?', stranger],
    [
      'Thanks for the lunch, Mina. If you come across anything that might suit me, do let me know.',
      { stage: 'contact', intent: 'thank-you' },
    ],
    [
      'Thank you for the chat, Mina. Please tell me the moment anything opens up.',
      { stage: 'acquaintance', intent: 'thank-you' },
    ],
    [
      'Dear Sir or Madam, I am a chemist seeking work in industry. I would be grateful for any opportunities you may have.',
      stranger,
    ],
    [
      'Hi Mina, I’m a new graduate. Do you have any words of wisdom for someone starting out?',
      stranger,
    ],
  ])('%s', (text, context) => {
    expect(ruled(text, context)).toContain('vague-ask');
  });

  it.each<[string, ToneContext]>([
    [
      'Hi Mina, could you connect me with someone on the data team at Ocado? I’d like to ask how they run on-call.',
      contact,
    ],
    [
      'Hi Mina, any tips on pricing a loft conversion in Leeds? I’m quoting one on Friday.',
      { stage: 'contact', intent: 'ask-advice' },
    ],
    [
      'Thanks for putting in a word for me, Mina. The interview is on Friday.',
      { stage: 'contact', intent: 'thank-you' },
    ],
  ])('leaves a named ask or a favour already done alone: %s', (text, context) => {
    expect(ruled(text, context)).not.toContain('vague-ask');
  });
});

describe('a list of the sender’s news shares its first subject', () => {
  const news: ToneContext = { stage: 'contact', intent: 'reconnect' };

  it.each([
    'Hi Noor! Big year: I finished my MBA, got promoted to head of operations, ran my first marathon and bought a flat in Leith. Hope you’re well!',
    'Hi Noor, quick update on me: I’ve finished my diploma, built my first dashboard, presented at the regional conference and been shortlisted twice.',
  ])('%s', (text) => {
    expect(ruled(text, news)).toContain('self-focus');
  });

  it('does not count one action continued after "and" as a list', () => {
    const text =
      'Hi Noor, saw your post about the token bug. I hit the same thing last month and wrote a small script to fix it. Want the link?';
    expect(ruled(text, news)).not.toContain('self-focus');
  });
});

describe('thanks and congratulations for what anyone could be thanked for', () => {
  const courtesy = (intent: string): ToneContext => ({
    stage: 'acquaintance',
    intent,
    recipientName: 'Ola',
  });

  it.each<[string, string]>([
    ['Congrats on the work anniversary, Ola! Here’s to many more.', 'congratulate'],
    [
      'Congratulations on your work anniversary, Ola! Wishing you a great year ahead.',
      'congratulate',
    ],
    [
      'Hi Ola, thank you for accepting my connection request. Looking forward to staying in touch.',
      'thank-you',
    ],
  ])('%s', (text, intent) => {
    expect(ruled(text, courtesy(intent))).toContain('no-personalisation');
  });

  it('keeps a congratulation that names what they did', () => {
    const text =
      'Congrats on your first year running the Leith bakery, Ola! The sourdough is the best in town.';
    expect(ruled(text, courtesy('congratulate'))).not.toContain('no-personalisation');
  });
});

describe('a short note of names and nouns is still read as English', () => {
  it('checks a two-line congratulation', () => {
    const text = 'Dear Dr Okafor, congratulations on your recent achievement. Well deserved!';
    const report = checkTone(text, { stage: 'stranger', intent: 'congratulate' });
    expect(report.score).not.toBeNull();
    expect(report.findings.map((f) => f.category)).toContain('no-personalisation');
  });

  it('still leaves a note in Spanish unchecked', () => {
    const report = checkTone(
      'Hola Marta, muchas gracias por la charla de ayer en Madrid. Me encantaría seguir en contacto contigo pronto.',
    );
    expect(report.score).toBeNull();
  });
});
