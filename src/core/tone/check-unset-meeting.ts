// Finds a meeting put off to no particular time: "we should grab a coffee one of these days".
import { meetingNouns, namesSomething } from './check-open-ask.js';
import type { SentenceSpan, TextAnalysis, WordToken } from './nlp.js';

/** Words that put a meeting at any time at all, which is to say at none. */
const openTime =
  /\b(?:some ?time|some point|some stage|one of these days|one day|(?<!as )soon(?:-ish)?(?! as)|whenever)\b/i;
/**
 * A meeting in verbs rather than nouns: "catch up", "meet up", "get together", and doing anything
 * at all together ("reconnect", "do something together", "work together"): joint plans with no
 * time and no subject are the same agreeable nothing.
 */
const meetingVerb =
  /\b(?:catch(?:ing)? up|meet(?:ing)? up|get together|grab|meet|reconnect(?:ing)?|(?:do|doing) something together|(?:work|working|team|teaming) (?:together|up)|collaborat\w+)\b/i;
/**
 * Anything in the note that pins a time down: a weekday ("most Thursdays"), a part of the day,
 * a week or month to come, or a number (a date, "3pm", "15 minutes").
 */
const namedTime =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:morning|afternoon|evening|lunchtime|tomorrow|tonight|weekend)s?\b|\b(?:this|next) (?:week|month)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d/i;

/**
 * The first sentence that proposes a meeting with only an open time ("sometime", "one of these
 * days", "soon") and names no topic beyond the meeting, in a note that pins no time down
 * anywhere. The reader can agree to it without anything ever being arranged.
 */
export function findUnsetMeeting(
  text: string,
  analysis: TextAnalysis,
  end: number,
): SentenceSpan | undefined {
  if (namedTime.test(text.slice(0, end))) return undefined;
  return analysis.sentences
    .filter((s) => s.start < end)
    .find((s) => {
      const written = text.slice(s.start, Math.min(s.end, end));
      const time = openTime.exec(written);
      if (!time) return false;
      const timeStart = s.start + time.index;
      const timeEnd = timeStart + time[0].length;
      const words = analysis.words.filter((w) => w.start >= s.start && w.start < s.end);
      const verb = meetingVerb.exec(written);
      const verbStart = s.start + (verb?.index ?? 0);
      const verbEnd = verb ? verbStart + verb[0].length : verbStart;
      const meets = words.some((w) => w.pos !== 'VERB' && meetingNouns.has(w.normal)) || !!verb;
      // The meeting and its open time ("one of these days") are what the sentence already holds;
      // wink-nlp may tag "reconnect" a noun, but it is the meeting, not a subject for it.
      const within = (w: WordToken, from: number, to: number): boolean =>
        w.start >= from && w.start < to;
      const unnamed = (w: WordToken): boolean =>
        meetingNouns.has(w.normal) ||
        within(w, timeStart, timeEnd) ||
        within(w, verbStart, verbEnd);
      return meets && !namesSomething(text, analysis, s, unnamed);
    });
}
