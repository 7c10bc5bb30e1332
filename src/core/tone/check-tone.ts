// Checks the tone of an outgoing networking message and coaches on what to change, with exact spans.
import { invalidInput } from '../errors.js';
import { looksEnglish } from './language.js';
import { extractFeatures } from './model-features.js';
import { combineFindings } from './model-findings.js';
import { analyseText } from './nlp.js';
import { judgeRules } from './rule-findings.js';
import { scoreFindings, verdictFor } from './score.js';
import { parseToneModel, scoreMessage } from './tone-model.js';
import type { ToneModel } from './tone-model.js';
import { toneModelWeights } from './tone-model-weights.js';
import type { ToneContext, ToneReport } from './tone-report.js';

export { toneCategories } from './tone-report.js';
export type {
  Severity,
  ToneCategory,
  ToneContext,
  ToneFinding,
  ToneReport,
} from './tone-report.js';

/** Longer texts are checked up to here; a networking note is far shorter, so this bounds the work. */
export const maxCheckedChars = 5_000;

let shippedModel: ToneModel | undefined;

/** The shipped weights, checked once on first use. */
function toneModel(): ToneModel {
  shippedModel ??= parseToneModel(toneModelWeights);
  return shippedModel;
}

export function checkTone(text: string, context: ToneContext = {}): ToneReport {
  if (typeof text !== 'string' || text.trim() === '') {
    throw invalidInput([{ field: 'text', message: 'write the message before checking its tone' }]);
  }
  const notes: string[] = [];
  let checked = text;
  if (text.length > maxCheckedChars) {
    checked = text.slice(0, maxCheckedChars);
    notes.push(
      `Only the first ${maxCheckedChars.toLocaleString('en')} characters were checked; the message is ${text.length.toLocaleString('en')} characters long.`,
    );
  }
  // Curly apostrophes become straight ones so phrase lists match; the length is unchanged,
  // so every span still points into the original text.
  const normalised = checked.replace(/[\u2018\u2019\u02BC]/g, "'");
  const analysis = analyseText(normalised);

  if (!looksEnglish(normalised, analysis.words)) {
    notes.push(
      'This check is written for English; the message looks like another language, so it was not scored.',
    );
    return {
      score: null,
      verdict: 'Not checked: the tone check reads English only.',
      findings: [],
      notes,
      wordCount: analysis.wordCount,
    };
  }

  const rules = judgeRules(normalised, analysis, context);
  const model = toneModel();
  const scores = scoreMessage(model, extractFeatures(normalised, analysis, context));
  const findings = combineFindings(normalised, rules, scores, model, context).map((f) => ({
    ...f,
    excerpt: text.slice(f.start, f.end),
  }));
  const score = scoreFindings(findings);
  return {
    score,
    verdict: verdictFor(score, findings),
    findings,
    notes,
    wordCount: analysis.wordCount,
  };
}
