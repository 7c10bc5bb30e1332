// Classes of meaning the thirteenth and fourteenth held-out sets showed the rules misreading: each
// catches new wordings and leaves its near-misses alone. Rules only, so a refitted model cannot
// hide a rule that stopped reading.
import { describe, expect, it } from 'vitest';
import { analyseText } from './nlp.js';
import { findRuleFindings } from './rule-findings.js';
import type { ToneCategory, ToneContext } from './tone-report.js';

function ruled(written: string, context: ToneContext): ToneCategory[] {
  const text = written.replace(/\u2019/g, "'");
  const found = findRuleFindings(text, analyseText(text), context);
  return [...new Set(found.filter((f) => f.severity !== 'low').map((f) => f.category))];
}

const stranger: ToneContext = { stage: 'stranger', intent: 'first-contact' };
const acquaintance: ToneContext = { stage: 'acquaintance', intent: 'ask-advice' };

describe('a plea for anything leaves the reader to find what and where', () => {
  it.each<[string, ToneContext]>([
    [
      'Hi Priya, I have been out of work since May and I am scared. Is there anything at all at Arriva I could do?',
      acquaintance,
    ],
    ['Hi Priya, I really need a job. Anything. The rent is due on the 1st.', acquaintance],
    [
      'Hi Priya, congrats on the move! Any chance you could get me in too? I hate my job.',
      { stage: 'acquaintance', intent: 'congratulate' },
    ],
    [
      'Hi Priya, I need a foot in the door anywhere in publishing. I will work evenings.',
      acquaintance,
    ],
    ['Hi Priya, the shop has been empty for weeks. Anything helps right now.', acquaintance],
    ['Hi, 50 applications, no replies. What am I doing wrong? Please help.', stranger],
  ])('%s', (text, context) => {
    expect(ruled(text, context)).toContain('vague-ask');
  });

  it('leaves a plea that names the work it wants to the desperation it shows', () => {
    const text = 'Hi Priya, I am open to any position at all, I will take anything.';
    expect(ruled(text, acquaintance)).not.toContain('vague-ask');
  });

  it('does not read "anything at all" in an offer or a thanks as an ask', () => {
    const text =
      'Hi Priya, thanks for anything at all you can tell me about the Leeds office. Could I ask two questions by email?';
    expect(ruled(text, acquaintance)).not.toContain('vague-ask');
  });
});

describe('a bare request to connect asks for the connection, not for something unnamed', () => {
  it.each([
    'Hello, I found your profile and would like to add you to my professional network.',
    'Hi Tom, we are both in logistics. Let’s connect.',
    'Hi Tom, I hope you are well. I am growing my network in retail. Looking forward to connecting.',
  ])('%s', (text) => {
    expect(ruled(text, { stage: 'stranger', intent: 'first-contact' })).not.toContain('vague-ask');
  });

  it('still reads “let’s connect and see where it goes” as vague', () => {
    const text =
      'Hi Tom, your talk on cold chains at the Birmingham expo was sharp. Let’s connect and see where it goes.';
    expect(ruled(text, stranger)).toContain('vague-ask');
  });
});

describe('an introduction or a place on a list asked in other words is a big ask of a stranger', () => {
  it.each<[string, ToneContext]>([
    [
      'Hi Ms Oduya, I run a small payroll firm in Leeds. I’d like an introduction to your finance director.',
      { stage: 'stranger', intent: 'request-intro' },
    ],
    [
      'Ms Oduya, I see you and Dr Lamb co-wrote the tidal paper. Would you set up a call between us?',
      { stage: 'stranger', intent: 'request-intro' },
    ],
    [
      'Hi Ms Oduya, could you add our brewery to the approved supplier list for your pubs?',
      stranger,
    ],
  ])('%s', (text, context) => {
    expect(ruled(text, context)).toContain('big-ask-weak-tie');
  });

  it('does not read a list the sender keeps as a place asked of the reader', () => {
    const text =
      'Hi Ms Oduya, I loved your talk on tidal power. Could I add your paper to our reading list for the course?';
    expect(ruled(text, stranger)).not.toContain('big-ask-weak-tie');
  });
});

describe('a list of the sender’s merits asks nothing, so a note of only that has no ask', () => {
  it('reads a self-pitch with no request as a missing ask', () => {
    const text =
      'Hi Ms Oduya, I am a passionate, driven and results-focused engineer with ten years in rail. I am a fast learner and a natural leader.';
    expect(ruled(text, stranger)).toContain('vague-ask');
  });

  it('leaves a self-pitch that ends in a clear ask', () => {
    const text =
      'Hi Ms Oduya, I am a passionate, driven and results-focused engineer with ten years in rail. Could I ask you two questions about the signalling team by email?';
    expect(ruled(text, stranger)).not.toContain('vague-ask');
  });
});
