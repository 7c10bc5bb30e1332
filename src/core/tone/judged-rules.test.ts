// Rules that judge what a sentence does (asks for something costly, sells, apologises, talks
// about the sender, says nothing specific): each catches new wordings and leaves near-misses alone.
import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone.js';
import type { ToneCategory, ToneContext } from './check-tone.js';

/** Categories flagged above low severity: the ones a coach would ask the sender to fix. */
function flagged(text: string, context?: ToneContext): ToneCategory[] {
  const report = checkTone(text, context);
  return [...new Set(report.findings.filter((f) => f.severity !== 'low').map((f) => f.category))];
}

const stranger: ToneContext = { stage: 'stranger', intent: 'first-contact' };
const acquaintance: ToneContext = { stage: 'acquaintance' };

describe('a big ask is a request whose object is costly', () => {
  it.each<[string, string, ToneContext]>([
    [
      'a mentor for months',
      'Hi Jo, I loved your talk at Config. Would you mentor me for the next six months?',
      stranger,
    ],
    [
      'a long manuscript to read',
      'Hi Jo, we have never met, but could you read my 80-page manuscript and tell me if it works?',
      stranger,
    ],
    [
      'an investment',
      'Hi Jo, great to meet you at the demo day. Would you consider investing in my app?',
      acquaintance,
    ],
    [
      'a place in their lab',
      'Hi Jo, your paper on soil was superb. Could you offer me a place in your lab next year?',
      stranger,
    ],
    [
      'an introduction to someone senior',
      'Hi Jo, I see you know the CEO of Monzo. Could you introduce me so I can pitch my idea?',
      stranger,
    ],
    [
      'a referral in a note that opens with thanks',
      'Hi Jo, thanks for accepting my request! Could you refer me for the backend role?',
      { stage: 'stranger', intent: 'thank-you' },
    ],
  ])('flags %s from a weak tie', (_name, text, context) => {
    expect(flagged(text, context)).toContain('big-ask-weak-tie');
  });

  it.each<[string, string, ToneContext]>([
    [
      'a short call in the next few weeks',
      'Hi Jo, I enjoyed your talk at Config. Would you be open to a 20-minute call in the next few weeks?',
      stranger,
    ],
    [
      'a coffee one morning next week',
      'Hi Jo, we spoke after the panel at the Bristol meetup. Could I buy you a coffee one morning next week?',
      acquaintance,
    ],
    [
      'a mentoring scheme they are thanked for',
      'Hi Jo, thank you for the hour you spent mentoring me last month. It changed how I plan my week.',
      { stage: 'acquaintance', intent: 'thank-you' },
    ],
    [
      'a long read the sender says they are not asking for',
      "Hi Jo, I'm not asking you to read my whole thesis. Could I ask one question about chapter two?",
      stranger,
    ],
  ])('leaves %s alone', (_name, text, context) => {
    expect(flagged(text, context)).not.toContain('big-ask-weak-tie');
  });

  it('only nudges when the reader already knows the sender', () => {
    const text = 'Hi Jo, would you consider investing in my app?';
    expect(flagged(text, { stage: 'contact' })).not.toContain('big-ask-weak-tie');
    expect(flagged(text, { stage: 'stranger' })).toContain('big-ask-weak-tie');
  });
});

describe('a sales pitch is the sender’s offer with a claim or a call to buy', () => {
  it.each<[string, string]>([
    [
      'a product, what it saves and a trial',
      'Hi Jo, I built Rotaly, a scheduling tool that saves managers five hours a week. Shall I set you up with a trial?',
    ],
    [
      'an agency’s claim and a demo',
      'Hi Jo, my agency helps dental practices double their reviews in 60 days. Do you have time for a quick look?',
    ],
    [
      'a service with slots open',
      'Hi Jo, that is exactly what I do. I have a couple of slots open this month — shall we talk?',
    ],
  ])('flags %s', (_name, text) => {
    expect(flagged(text, { stage: 'stranger' })).toContain('sales-pitch');
  });

  it.each<[string, string]>([
    [
      'saying what the sender does and nothing more',
      'Hi Jo, I run a small design studio in Leeds and loved your talk on type. How did you pick the speakers?',
    ],
    [
      'a free checklist offered with no strings',
      'Hi Jo, I read that Greenleaf is expanding. I helped two co-ops through the same licensing, and I would be glad to share the checklist — no strings.',
    ],
    [
      'their product, asked about',
      'Hi Jo, how did your team decide to offer a free trial of your app? I am writing my thesis on pricing.',
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(flagged(text, { stage: 'stranger' })).not.toContain('sales-pitch');
  });
});

describe('over-apologising is more than one apology', () => {
  it.each<[string, string]>([
    [
      'sorry twice, for anything',
      'Hi Jo, sorry I rambled on the call. Sorry too that my questions were so basic.',
    ],
    [
      'an apology and guilt said aloud',
      'Hi Jo, I am so sorry I have been terrible at keeping in touch — I feel really bad about it. How have you been?',
    ],
  ])('flags %s', (_name, text) => {
    expect(flagged(text, { stage: 'contact', intent: 'reconnect' })).toContain('over-apologising');
  });

  it.each<[string, string]>([
    [
      'one sorry for a late reply',
      'Hi Jo, sorry for the slow reply. Thursday at 3 works well for me.',
    ],
    [
      'sympathy, which is not an apology',
      'Hi Jo, I was sorry to hear about the restructure. Sorry for your loss of such a good team, too.',
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(flagged(text, { stage: 'contact', intent: 'follow-up' })).not.toContain(
      'over-apologising',
    );
  });
});

describe('self-focus is the sender as the subject, clause after clause', () => {
  it.each<[string, string]>([
    [
      'a list of the sender’s achievements before one question',
      "Hi Jo, I'm moving from retail into analytics. I've done the Google certificate, I've built my own dashboards, and I'm learning SQL. Could I ask how you made the jump?",
    ],
    [
      'a note that only tells the sender’s plans',
      "Hi Jo, I've just moved to Leeds and I'm an architect. I'm keen to meet people in my field and I'm free most evenings. I'd love a coffee on Friday if you're around.",
    ],
    [
      'CV adjectives about the sender',
      'Dear Jo, I am a results-driven, highly motivated self-starter and the perfect fit for your team.',
    ],
  ])('flags %s', (_name, text) => {
    expect(flagged(text, stranger)).toContain('self-focus');
  });

  it.each<[string, string]>([
    [
      'one line about the sender among lines about the reader',
      "Hi Jo, I enjoyed your talk on accessibility at Front-End North. I'm a QA engineer, and your point about screen readers stuck with me. Would you be open to a 15-minute call?",
    ],
    [
      'an offer of help, which is about the reader',
      "Hi Jo, I saw your team is launching a Spanish app. I'm a copywriter and I've written flows for two bilingual apps. If an extra pair of hands would help, I'd be glad to.",
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(flagged(text, stranger)).not.toContain('self-focus');
  });
});

describe('personal means a specific reference to the reader, not their name or praise', () => {
  it.each<[string, string, ToneContext]>([
    [
      'praise that fits anyone',
      'Hi Jo, I came across your impressive profile and would love to hear about your experience. Do you have 15 minutes next week?',
      { stage: 'stranger' },
    ],
    [
      'great things in their industry',
      "Hi Jo, I noticed your company is doing great things in your industry. I'd love to learn more. Do you have time for a call?",
      stranger,
    ],
    [
      'a mail-merge field left in',
      'Hi {first_name}, would you have 15 minutes next week to talk about product roles?',
      { stage: 'stranger' },
    ],
    [
      'the platform’s anniversary prompt',
      'Congratulations on your work anniversary! Wishing you continued success.',
      { stage: 'acquaintance', intent: 'congratulate' },
    ],
  ])('flags %s', (_name, text, context) => {
    expect(flagged(text, context)).toContain('no-personalisation');
  });

  it.each<[string, string, ToneContext]>([
    [
      'a named detail they would recognise',
      'Hi Jo, I read that Greenleaf is expanding into Northern Ireland. Would a licensing checklist help?',
      stranger,
    ],
    [
      'a question about how their team works',
      'Hi Jo, how did your team settle on a lifetime guarantee? Could I ask two questions by email?',
      stranger,
    ],
    [
      'admiring work that is named',
      "Hi Jo, I'm a big fan of your work at Pentagram. Could I ask how you plan a rebrand?",
      stranger,
    ],
  ])('leaves %s alone', (_name, text, context) => {
    expect(flagged(text, context)).not.toContain('no-personalisation');
  });
});

describe('a clear ask can be indirect or pushy', () => {
  it.each<[string, string, ToneContext]>([
    [
      'an indirect question',
      "Hi Jo, I'm a new teacher and wondered how you structure your Year 9 reading lessons.",
      stranger,
    ],
    [
      'a demand with a deadline',
      'Hi Jo, please get back to me today about the intro.',
      { stage: 'acquaintance', intent: 'follow-up' },
    ],
  ])('does not call %s vague', (_name, text, context) => {
    expect(flagged(text, context)).not.toContain('vague-ask');
  });

  it('still calls an open-ended wish vague', () => {
    expect(flagged('Hi Jo, would be great to chat at some point about stuff.', stranger)).toContain(
      'vague-ask',
    );
  });
});
