// Checks the tone of an outgoing networking message and coaches on what to change, with exact spans.
import { invalidInput } from '../errors.js';
import { asksForWork, findBigAsks, findVagueAsks } from './check-ask.js';
import { findSelfFocus } from './check-focus.js';
import { findTooLong } from './check-length.js';
import { findNoPersonalisation } from './check-personal.js';
import { findInsistence } from './check-insistence.js';
import { findApologies, findDesperation, findSalesPitch } from './check-pressure.js';
import { findSelfPitch } from './check-self-pitch.js';
import { looksEnglish } from './language.js';
import { analyseText } from './nlp.js';
import { scoreFindings, verdictFor } from './score.js';
import type { ToneContext, ToneFinding, ToneReport } from './tone-report.js';

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

  const findings = collectFindings(normalised, analysis, context).map((f) => ({
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

function collectFindings(
  text: string,
  analysis: ReturnType<typeof analyseText>,
  context: ToneContext,
): ToneFinding[] {
  const bigAsks = findBigAsks(text, analysis, context);
  const pitch = [...findSalesPitch(text, analysis), ...findSelfPitch(text)];
  const asksElsewhere =
    [...bigAsks, ...pitch].some((f) => f.severity !== 'low') || asksForWork(text, context);
  const findings = [
    ...findDesperation(text, analysis, context),
    ...findInsistence(text),
    ...pitch,
    ...findApologies(text),
    ...findTooLong(text, analysis, context),
    ...bigAsks,
    ...findVagueAsks(text, analysis, context, asksElsewhere),
    ...findSelfFocus(text, analysis, context),
    ...findNoPersonalisation(text, analysis.sentences, context),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
