// What a one-line log says will happen, kept apart from what happened: "lunch with Ana, she'll intro
// me to her lead" logs a lunch, not an introduction, and "will follow up next week" is no follow-up.

/**
 * Words that start a plan, up to the end of their clause: "she'll", "he'd", "will", "going to",
 * but not "as she'd asked", where "'d" is "had" and what was sent answers it,
 * "can't make the data panel", "asking him to speak at our careers evening",
 * "wants to", "free for a call", "can do a call". Not "may" (a month) and not "offered to" (an offer is a give made now). "will" counts
 * only in lower case and not right after a word that leads to a name, so "lunch with Will" stays.
 */
const planStart =
  /\b(?:(?:i|he|she|they|we|you|who)['’](?:ll|d(?<!\b(?:as|like|because|since|cos|bc) \w+['’]d(?= (?:asked|wanted|requested|said|mentioned|promised|told|suggested)\b)))|(?<!\b(?:with|and|to|from|met|saw|called|&) )will|would|going to|gonna|(?:is|are|am|['’]s|['’]re) coming (?:to|over|down|up|back|here|home)|promised to|plans? to|planning to|wants? to|hoping to|hopes? to|might|intends? to|(?:free|available|around) for|can do (?:a|an|coffee|lunch|drinks|a call)|happy to (?:chat|talk|meet|call|grab|hop on|jump on|do a)|(?:can['’]?t|cannot) (?:make|do|attend)(?= (?:the |our |their |his |her |\d+ \w+ )?(?:[\w-]+ ){0,2}(?:panel|workshop|event|meetup|fair|webinar|conference|summit)\b)|(?:happy )?to (?:speak at|run|host|present at))\b/giu;

/** A clause after the first that names a time to come is a plan as a whole: ", follow-up call next week". */
const futureTime =
  /\b(?:next (?:week|wk|month|year|time|mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|tmrw|tmw|later this (?:week|month)|in (?:a few|a couple of|two|2|three|3) (?:days|weeks|months)|in a (?:week|month)|the week after|in the new year)\b/i;

/**
 * "he offered me a trial shift tomorrow", "asked her for a coffee next week": an offer or an ask
 * made now, of something to come, is no plan.
 */
const offeredNow = /\boffered (?:me|us)\b|\basked (?:(?:him|her|them|[\w'’-]+) )?for (?:a|an)\b/i;

/** Clause breaks: a comma, a semicolon, or a dash between spaces. */
const clauseBreak = /(,|;| [-–—] )/;

/** The line without what it says will happen, for reading the kind, channel and direction. */
export function withoutPlans(text: string): string {
  const parts = text.split(clauseBreak);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i] ?? '';
    const separator = parts[i - 1] ?? '';
    if (i > 0 && futureTime.test(clause) && !offeredNow.test(clause)) continue;
    const kept = cutAtPlan(clause);
    if (kept.trim() === '' && i > 0) continue;
    out += separator + kept;
  }
  return out.trim();
}

function cutAtPlan(clause: string): string {
  planStart.lastIndex = 0;
  const found = planStart.exec(clause);
  if (!found) return clause;
  // "will" is a name when written with a capital ("coffee with Ana and Will"): the pattern is
  // case-blind for "She'll", so the capital is checked here.
  if (found[0] === 'Will') return clause;
  return clause.slice(0, found.index);
}

/**
 * Clauses after the first that say what will happen, as [start, end) in `text`: those naming a
 * time to come, or holding a day read as a plan ("…, interview with Deloitte on 8 Dec"). Nobody
 * named there was in touch yet.
 */
export function laterPlanClauses(
  text: string,
  plannedDays: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const parts = text.split(clauseBreak);
  let at = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const start = at;
    at += part.length;
    if (i === 0 || i % 2 === 1) continue;
    const holdsPlan = plannedDays.some((day) => day.start >= start && day.start < at);
    if (holdsPlan || futureTime.test(part)) spans.push([start, at]);
  }
  return spans;
}
