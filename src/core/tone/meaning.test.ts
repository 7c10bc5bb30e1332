// The tone check judges what a sentence does: negated asks, someone else's offers, pressure
// spread across sentences, hardship in plain words, CV buzzwords, bare nudges and sign-offs.
import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone.js';
import type { ToneCategory, ToneContext } from './check-tone.js';

/** Categories flagged above low severity: the ones a coach would ask the sender to fix. */
function flagged(text: string, context?: ToneContext): ToneCategory[] {
  const report = checkTone(text, context);
  return [...new Set(report.findings.filter((f) => f.severity !== 'low').map((f) => f.category))];
}

const stranger: ToneContext = { stage: 'stranger', intent: 'first-contact' };
const followUp: ToneContext = { stage: 'contact', intent: 'follow-up' };

describe('negation', () => {
  it('does not call a referral the sender says they are not asking for a big ask', () => {
    const text =
      "Hi Ana, to be clear, I'm not asking you to refer me or pass my CV on — I'd just value 15 minutes on how your team runs critiques.";
    expect(flagged(text, stranger)).not.toContain('big-ask-weak-tie');
  });

  it('still flags a referral asked for after a negative clause', () => {
    const text = "Hi Ana, I haven't got a job yet, so could you refer me for the design role?";
    expect(flagged(text, stranger)).toContain('big-ask-weak-tie');
  });

  it('does not call "I am not out of options" desperate', () => {
    const text =
      "Hi Ana, I'm not out of options, but your route into research ops interests me most. Could I ask how you made it?";
    expect(flagged(text, stranger)).not.toContain('desperation');
  });
});

describe('whose offer it is', () => {
  it('does not call a question about their guarantee, from a thesis writer, a sales pitch', () => {
    const text =
      "Hi Ana, how did your team settle on a lifetime guarantee? I'm writing my thesis on discount retailers and would value 15 minutes.";
    expect(flagged(text, stranger)).not.toContain('sales-pitch');
  });

  it('does not call a discount someone else is giving a pitch', () => {
    const text =
      'Hi Ana, the Leeds design festival is giving a 40% discount to freelancers this year. Thought of you straight away.';
    expect(flagged(text, { stage: 'contact', intent: 'share' })).not.toContain('sales-pitch');
  });

  it('still calls the sender’s own discount a pitch', () => {
    const text =
      "Hi Ana, this week I'm giving a 40% discount on my logo packages. Want me to send a quote?";
    expect(flagged(text, { stage: 'acquaintance' })).toContain('sales-pitch');
  });
});

describe('pressure across sentences', () => {
  it('flags a guilt-trip follow-up whose pressure no single sentence carries', () => {
    const text =
      "Hi Ana, following up again. I haven't heard anything from you since last month. I need an answer ASAP.";
    const report = checkTone(text, followUp);
    const finding = report.findings.find((f) => f.why.startsWith('Together'));
    expect(finding?.category).toBe('desperation');
    expect(finding?.severity).toBe('high');
    expect(finding?.why).toContain('“following up again”');
    expect(finding?.why).toContain('“ASAP”');
  });

  it('leaves a single "following up again" alone', () => {
    const text =
      'Hi Ana, following up again on the mentoring scheme. Would Thursday at 4 suit you for a quick call?';
    expect(flagged(text, followUp)).not.toContain('desperation');
  });
});

describe('desperation in words no list names as desperate', () => {
  it.each([
    "Hi Ana, I've been out of work eight months, my family depends on me and I'm at my wits' end. Could we talk?",
    'Hi Ana, honestly I cannot cope any more with this search. Could we talk on Friday?',
    "Hi Ana, the bills are piling up and I'm about to lose my flat. Is there a role on your team?",
  ])('flags %s', (text) => {
    expect(flagged(text, { stage: 'acquaintance' })).toContain('desperation');
  });
});

describe('a self-pitch in CV words', () => {
  it('calls a run of buzzwords a pitch and quotes them', () => {
    const text =
      "Hi Ana, I'm a results-driven, highly motivated, passionate self-starter and the perfect fit for your team, available to start immediately.";
    const finding = checkTone(text, stranger).findings.find((f) => f.category === 'sales-pitch');
    expect(finding?.severity).toBe('high');
    expect(finding?.why).toContain('“results-driven”');
  });

  it('leaves one honest adjective alone', () => {
    const text =
      "Hi Ana, I'm a motivated junior analyst and loved your post on survey weighting. Could I ask how you chose your sample sizes?";
    expect(flagged(text, stranger)).not.toContain('sales-pitch');
  });
});

describe('nudges and sign-offs', () => {
  it('calls a bare "any news?" a vague ask', () => {
    expect(flagged('Hi Tom, any news?', followUp)).toContain('vague-ask');
  });

  it('leaves a nudge that names what it follows up on', () => {
    const text = 'Hi Tom, any news from Priya about the analyst role? No rush at all.';
    expect(flagged(text, followUp)).not.toContain('vague-ask');
  });

  it('never quotes a sign-off as the vague ask', () => {
    const text =
      "Hi Tom, I hope the conference went well. I'm still keen to hear about the design systems work.\n\nBest,\nMaya";
    const vague = checkTone(text, followUp).findings.filter((f) => f.category === 'vague-ask');
    expect(vague.map((f) => f.excerpt).join(' ')).not.toContain('Maya');
    expect(vague.every((f) => !f.rewrite.includes('UX'))).toBe(true);
  });

  it('does not ask a gentle follow-up that offers a time for a clearer ask', () => {
    const text =
      "Hi Tom, just following up on my note about the mentoring scheme. I'm free Thursday at 4 or Friday morning if a call is easier.\n\nBest,\nMaya";
    expect(flagged(text, followUp)).toEqual([]);
  });

  it('does not ask a thank-you note with no intent given for an ask', () => {
    const text =
      'Hi Tom, thank you for the time on Tuesday. Your advice on pricing my first contract made the whole thing less daunting.';
    expect(flagged(text)).toEqual([]);
  });
});

describe('explanations fit the stage', () => {
  it('says "does not know you yet" about exclamation marks only to a stranger', () => {
    const text = 'Hi Tom!!! Any chance of a call on Thursday at 4??? Would be great!!';
    const whyFor = (context: ToneContext): string =>
      checkTone(text, context)
        .findings.filter((f) => f.category === 'desperation')
        .map((f) => f.why)
        .join(' ');
    expect(whyFor({ stage: 'stranger' })).toContain('does not know you yet');
    expect(whyFor({ stage: 'contact' })).not.toContain('does not know you yet');
  });

  it('does not say a contact barely knows the sender when noting a referral', () => {
    const text = 'Hi Tom, could you refer me for the analyst role on your team?';
    const findings = checkTone(text, { stage: 'contact' }).findings;
    const bigAsk = findings.find((f) => f.category === 'big-ask-weak-tie');
    expect(bigAsk?.why).not.toMatch(/barely knows|hardly knows/);
  });
});
