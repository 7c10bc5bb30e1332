import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkTone, maxCheckedChars, toneCategories } from './check-tone.js';
import type { ToneCategory, ToneContext } from './check-tone.js';

/** Categories flagged above low severity: the ones a coach would ask the sender to fix. */
function flagged(text: string, context?: ToneContext): ToneCategory[] {
  const report = checkTone(text, context);
  return [...new Set(report.findings.filter((f) => f.severity !== 'low').map((f) => f.category))];
}

describe('checkTone', () => {
  it.each<[string, string, ToneContext, ToneCategory]>([
    [
      'a plea for any job',
      'Hi Jo, I am desperate and will take any job at all. Please, please reply.',
      { stage: 'stranger' },
      'desperation',
    ],
    [
      'a run of exclamation marks',
      'Hi Jo!!! Loved your talk on pricing!!! Could we talk for 15 minutes?',
      { stage: 'stranger' },
      'desperation',
    ],
    [
      'a discount and a demo',
      'Hi Jo, our platform helps agencies like yours grow revenue. Book a demo this week for 20% off.',
      { stage: 'stranger' },
      'sales-pitch',
    ],
    [
      'an apology for writing',
      'Hi Jo, sorry to bother you. Could I ask how you moved from teaching into UX at Monzo?',
      { stage: 'stranger' },
      'over-apologising',
    ],
    [
      'a reminder of how busy they are',
      'Hi Jo, I know you must be swamped, but could I ask one question about your podcast?',
      { stage: 'stranger' },
      'over-apologising',
    ],
    [
      'a referral asked of a stranger',
      'Hi Jo, I saw you work at Wise. Would you be able to refer me for the backend role?',
      { stage: 'stranger' },
      'big-ask-weak-tie',
    ],
    [
      'a request to pass on a CV',
      'Hi Jo, we met briefly at the meetup. Could you pass my CV to your hiring manager?',
      { stage: 'acquaintance' },
      'big-ask-weak-tie',
    ],
    [
      'picking their brain',
      'Hi Jo, I would love to pick your brain about product management.',
      { stage: 'stranger' },
      'vague-ask',
    ],
    [
      'a message with no ask at all',
      'Hi Jo, I am a data analyst and I saw that you work at Tesco. I am interested in retail.',
      { stage: 'stranger', intent: 'first-contact' },
      'vague-ask',
    ],
    [
      'a letter all about the sender',
      'Hi Jo, I am a designer. I love my work and my clients. I built my own studio and I run my own blog. I think my portfolio is strong. Could we talk?',
      { stage: 'stranger' },
      'self-focus',
    ],
    [
      'a form-letter greeting',
      'Dear Sir/Madam, could I ask a few questions about graduate roles?',
      { stage: 'stranger' },
      'no-personalisation',
    ],
    [
      'nothing specific to the reader',
      'Hello, I am a student interested in law. Could we have a 15-minute call next week?',
      { stage: 'stranger' },
      'no-personalisation',
    ],
  ])('flags %s', (_case, text, context, category) => {
    expect(flagged(text, context)).toContain(category);
  });

  it.each<[string, string, ToneContext]>([
    [
      'a warm, specific first message',
      'Hi Priya, I enjoyed your talk on accessibility testing at Front-End North. Would you be open to a 15-minute call about how you made the case for it at your company?',
      { stage: 'stranger', intent: 'first-contact' },
    ],
    [
      'a thank-you with no ask',
      'Hi Daniel, thanks again for the coffee on Tuesday. Your advice on health-tech made a lot of sense.',
      { stage: 'contact', intent: 'thank-you' },
    ],
    [
      'a referral asked of an ally',
      'Hey Mo, there is a backend role open on your team. Would you be willing to refer me? Happy to send a summary you can paste in.',
      { stage: 'ally', goal: 'job-search' },
    ],
    [
      'sympathy that says sorry',
      'Hi Dana, I was so sorry to hear about the restructure. If it would help, I am happy to share my list of recruiters.',
      { stage: 'acquaintance', intent: 'reconnect' },
    ],
    [
      'a follow-up that delivers what was promised',
      'Hi Harvey, great meeting you at the trade show. Here is the supplier list I promised.',
      { stage: 'acquaintance', intent: 'follow-up' },
    ],
    [
      'a congratulation full of enthusiasm',
      'Hi Ryan, congrats on the new job!!! So happy for you!!',
      { stage: 'ally', intent: 'congratulate' },
    ],
  ])('finds nothing worth fixing in %s', (_case, text, context) => {
    expect(flagged(text, context)).toEqual([]);
  });

  it('counts the recipient’s name anywhere in the text as personal', () => {
    const text = 'Thanks for running the session today, Rob. It was exactly what I needed.';
    expect(flagged(text, { intent: 'thank-you', recipientName: 'Rob Stone' })).toEqual([]);
  });

  it('says the note names nobody when the recipient’s name is missing', () => {
    const report = checkTone('Hello, could I ask you two questions about audit careers?', {
      stage: 'stranger',
      recipientName: 'Joanna',
    });
    const finding = report.findings.find((f) => f.category === 'no-personalisation');
    expect(finding?.why).toContain('Joanna');
  });

  it.each<[string, ToneContext, boolean]>([
    ['first-contact', { intent: 'first-contact' }, true],
    ['recap', { intent: 'recap' }, false],
    ['introduce', { intent: 'introduce' }, false],
  ])('judges a 140-word %s by the limit for its intent', (_intent, context, tooLong) => {
    const text = `Hi Ana, ${'we agreed to draft the plan and share it with the team by Friday. '.repeat(10)}`;
    expect(flagged(text, context).includes('too-long')).toBe(tooLong);
  });

  it('gives spans that point at the exact words in the original text, curly quotes included', () => {
    const text = 'Hi Jo, I’m so sorry to bother you!!! I’m desperate. Could you refer me?';
    const report = checkTone(text, { stage: 'stranger' });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
      expect(finding.why.length).toBeGreaterThan(0);
      expect(finding.rewrite.length).toBeGreaterThan(0);
    }
    expect(report.findings.map((f) => f.excerpt)).toContain('desperate');
  });

  it('scores a clean message 100 and floors a very poor one at or above 0', () => {
    const clean = checkTone(
      'Hi Grace, I read your article on pricing for illustrators. How do you handle unlimited revisions?',
      { stage: 'stranger', intent: 'ask-advice' },
    );
    expect(clean.score).toBe(100);
    expect(clean.verdict).toBe('Warm and clear — send it.');
    const poor = checkTone(
      'Dear Sir/Madam, sorry to bother you!!! I am desperate, please please refer me. Book a demo for 50% off. Let me know if anything comes up.',
      { stage: 'stranger' },
    );
    expect(poor.score).toBeGreaterThanOrEqual(0);
    expect(poor.score).toBeLessThan(30);
    expect(poor.verdict).toMatch(/^Hold off/);
  });

  it.each(['', '   ', '\n\t'])('refuses an empty message %j with INVALID_INPUT', (text) => {
    expect(() => checkTone(text)).toThrow(AppError);
    expect(() => checkTone(text)).toThrow(/write the message/);
  });

  it('checks only the first 5,000 characters of an enormous text and says so', () => {
    const text = 'Hi Ana, could I ask one question about your talk? '.repeat(400);
    const report = checkTone(text, { intent: 'recap' });
    expect(report.notes.join(' ')).toMatch(/first 5,000 characters/);
    for (const finding of report.findings) expect(finding.end).toBeLessThanOrEqual(maxCheckedChars);
  });

  it.each([
    [
      'Spanish',
      'Hola Ana, me encantó tu charla sobre datos abiertos. ¿Tienes quince minutos la semana que viene?',
    ],
    [
      'German',
      'Hallo Jonas, dein Vortrag über Barrierefreiheit war großartig. Hast du nächste Woche Zeit für ein kurzes Gespräch?',
    ],
    ['Chinese', '你好，我很喜欢你在会议上的演讲。我们可以下周聊聊吗？'],
  ])('does not score a message in %s and says the check is for English', (_language, text) => {
    const report = checkTone(text);
    expect(report.score).toBeNull();
    expect(report.findings).toEqual([]);
    expect(report.notes.join(' ')).toMatch(/English/);
  });

  it('exports every category it can report', () => {
    expect(toneCategories).toHaveLength(8);
  });
});
