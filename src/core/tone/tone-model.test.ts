import { describe, expect, it } from 'vitest';
import { extractFeatures } from './model-features.js';
import { combineFindings } from './model-findings.js';
import { analyseText } from './nlp.js';
import { featureSet, featureVersion, parseToneModel, scoreMessage } from './tone-model.js';
import type { CategoryModel, ToneModel } from './tone-model.js';
import { toneModelWeights } from './tone-model-weights.js';
import { toneCategories } from './tone-report.js';
import type { ToneCategory, ToneContext, ToneFinding } from './tone-report.js';

function featuresOf(text: string, context: ToneContext = {}): string[] {
  return featureSet(extractFeatures(text, analyseText(text), context));
}

/** A model that knows only the weights given; every other category scores low and stays quiet. */
function tinyModel(entries: Partial<Record<ToneCategory, Partial<CategoryModel>>>): ToneModel {
  const categories = {} as Record<ToneCategory, CategoryModel>;
  for (const category of toneCategories) {
    categories[category] = {
      threshold: 0.5,
      veto: 0.1,
      weights: { bias: -5 },
      ...entries[category],
    };
  }
  return { features: featureVersion, trainedOn: 1, categories };
}

describe('loading the shipped weights', () => {
  it('accepts the generated file, with an entry for every category', () => {
    const model = parseToneModel(toneModelWeights);
    expect(model.trainedOn).toBeGreaterThan(800);
    for (const category of toneCategories) {
      expect(model.categories[category].threshold).toBeGreaterThan(0);
      expect(model.categories[category].threshold).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(model.categories.desperation.weights).length).toBeGreaterThan(100);
  });

  it('refuses weights trained on another feature set, naming the script that retrains', () => {
    expect(() => parseToneModel({ features: featureVersion + 1, categories: {} })).toThrow(
      /train-tone-model/,
    );
  });

  it('refuses weights that miss a category', () => {
    const model = tinyModel({}) as unknown as { categories: Record<string, unknown> };
    delete model.categories['vague-ask'];
    expect(() => parseToneModel(model)).toThrow(/vague-ask/);
  });
});

describe('what the model reads', () => {
  it('marks words inside a negation, so "not asking you to refer me" is not "refer me"', () => {
    const features = featuresOf("I'm not asking you to refer me.");
    expect(features).toContain('u:not_refer');
    expect(features).not.toContain('u:refer');
  });

  it('reads names and numbers as what they are, not which', () => {
    const features = featuresOf('I met Priya at Monzo for 15 minutes.', { recipientName: 'Ana' });
    expect(features).toContain('u:<name>');
    expect(features).toContain('u:<num>');
    expect(features).not.toContain('u:priya');
  });

  it('counts apologies, but not sympathy for the reader', () => {
    expect(featuresOf('Sorry to hear about the restructure.')).toContain('apologies:0');
    expect(featuresOf('Sorry, sorry again for the delay.')).toContain('apologies:2');
  });

  it('weighs whose message it is: a note all about the sender has a high self share', () => {
    expect(featuresOf('I am a designer. I love my work and I run my studio.')).toContain(
      'self-share:4:many',
    );
    expect(featuresOf('How did you and your team choose your stack?')).toContain(
      'self-share:0:few',
    );
  });

  it('reads the self share with how much is said and to whom, so a short note to a contact differs', () => {
    const logistics = "Hi Jo, I'm in London next week for my conference. I'm free Tuesday.";
    expect(featuresOf(logistics, { stage: 'contact' })).toEqual(
      expect.arrayContaining(['self-share:3:few', 'self-share:3:known', 'u:<day>']),
    );
    expect(featuresOf('im a dev, im new to leeds and i love it', { stage: 'stranger' })).toEqual(
      expect.arrayContaining(['self-share:3:weak', 'self-count:1']),
    );
  });

  it('marks words to a weak tie apart, since the same ask weighs more there', () => {
    expect(featuresOf('Could you refer me?', { stage: 'stranger' })).toContain('weak:refer');
    expect(featuresOf('Could you refer me?', { stage: 'ally' })).not.toContain('weak:refer');
  });
});

describe('the way into a field', () => {
  it('reads "get into" apart from getting a thing, so "help me get an interview" does not speak for it', () => {
    const into = featuresOf('Hi Jo, could you help me get into UX?');
    expect(into).toContain('b:me_get-into');
    expect(into).not.toContain('b:me_get');
    expect(featuresOf('Hi Jo, could you help me get an interview?')).toContain('b:me_get');
    expect(featuresOf('Hi Jo, could you get me in at Monzo?')).toContain('b:get_me');
  });
});

describe('scoring', () => {
  const text = 'Hi Jo, hope you are well. Could you refer me for the role?';
  const model = tinyModel({ 'big-ask-weak-tie': { weights: { bias: -1, 'u:refer': 3 } } });

  it('turns the weights of the features present into a probability', () => {
    const scores = scoreMessage(model, extractFeatures(text, analyseText(text), {}));
    const bigAsk = scores.find((s) => s.category === 'big-ask-weak-tie');
    expect(bigAsk?.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 5);
    expect(scores.find((s) => s.category === 'vague-ask')?.probability).toBeLessThan(0.01);
  });

  it('points at the sentence that weighed most', () => {
    const scores = scoreMessage(model, extractFeatures(text, analyseText(text), {}));
    const sentence = scores.find((s) => s.category === 'big-ask-weak-tie')?.sentence;
    expect(sentence && text.slice(sentence.start, sentence.end)).toBe(
      'Could you refer me for the role?',
    );
  });

  it('counts a feature once however many sentences repeat it', () => {
    const twice = 'Could you refer me? Could you refer me?';
    const scores = scoreMessage(model, extractFeatures(twice, analyseText(twice), {}));
    expect(scores.find((s) => s.category === 'big-ask-weak-tie')?.probability).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      5,
    );
  });
});

describe('joining rules and model', () => {
  const text = 'Hi Jo. Could you refer me for the role?';
  const ruleFinding: ToneFinding = {
    category: 'big-ask-weak-tie',
    severity: 'high',
    start: 7,
    end: 39,
    excerpt: text.slice(7, 39),
    why: 'rule',
    rewrite: 'rule',
  };

  function joined(
    weights: Record<string, number>,
    context: ToneContext,
    rules: ToneFinding[],
    cleared: ToneCategory[] = [],
  ) {
    const model = tinyModel({ 'big-ask-weak-tie': { weights, threshold: 0.8, veto: 0.2 } });
    const scores = scoreMessage(model, extractFeatures(text, analyseText(text), context));
    return combineFindings(
      text,
      { findings: rules, cleared: new Set(cleared) },
      scores,
      model,
      context,
    );
  }

  it('keeps a rule finding the model finds plausible', () => {
    expect(joined({ bias: 0 }, {}, [ruleFinding]).map((f) => f.why)).toEqual(['rule']);
  });

  it('sets aside a rule finding the model judges unlikely', () => {
    expect(joined({ bias: -4 }, {}, [ruleFinding])).toEqual([]);
  });

  it('adds its own finding when sure, quoting the sentence that caused it', () => {
    const [finding] = joined({ bias: -1, 'u:refer': 4 }, { stage: 'stranger' }, []);
    expect(finding?.excerpt).toBe('Could you refer me for the role?');
    expect(finding?.severity).toBe('medium');
    expect(finding?.why).toContain('“Could you refer me for the role?”');
  });

  it('speaks to the stage: "does not know you yet" only to a stranger', () => {
    const weights = { bias: -1, 'u:refer': 4 };
    expect(joined(weights, { stage: 'stranger' }, [])[0]?.why).toContain('does not know you yet');
    expect(joined(weights, { stage: 'acquaintance' }, [])[0]?.why).not.toContain(
      'does not know you yet',
    );
    expect(joined(weights, { stage: 'acquaintance' }, [])[0]?.why).toContain('met only briefly');
  });

  it('defers to the rules where they judged the category absent', () => {
    const sure = { bias: -1, 'u:refer': 4 };
    expect(joined(sure, { stage: 'stranger' }, [], ['big-ask-weak-tie'])).toEqual([]);
  });

  it('keeps a run of exclamation marks however unlikely the model finds desperation', () => {
    const marks: ToneFinding = { ...ruleFinding, category: 'desperation', start: 5, end: 6 };
    const loud = 'Hi Jo!!! Could you refer me?';
    const run = { ...marks, start: 5, end: 8, excerpt: loud.slice(5, 8) };
    const model = tinyModel({ desperation: { weights: { bias: -8 }, veto: 0.2 } });
    const scores = scoreMessage(model, extractFeatures(loud, analyseText(loud), {}));
    const rules = { findings: [run], cleared: new Set<ToneCategory>() };
    expect(combineFindings(loud, rules, scores, model, {})).toEqual([run]);
  });

  it('adds nothing when a rule already reported the category', () => {
    const findings = joined({ bias: -1, 'u:refer': 4 }, {}, [ruleFinding]);
    expect(findings.map((f) => f.why)).toEqual(['rule']);
  });
});
