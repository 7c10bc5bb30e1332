// Finds a sales pitch by what the note does, not by stock phrases: it presents the sender's own
// product or service, claims what it does for buyers, and calls the reader to try, book or buy.
import type { TextAnalysis } from './nlp.js';
import { isNegated } from './meaning.js';
import type { ToneFinding } from './tone-report.js';

/**
 * The sender's own product, service or business: "our governance toolkit", "I run a two-person
 * consultancy", "I've built a fare-alert app", "that's literally what I do".
 */
const ownOffer =
  /\b(?:(?:my|our) (?:own )?|i(?:'ve| have)? (?:run|own|built|created|launched|founded|made|set up) (?:a|an|my|our) )(?:[\w-]+ ){0,2}?(?:agency|startup|start-up|app|tool|toolkit|kit|product|platform|service|software|saas|plug-?in|system|consultancy|business|studio|programme|program|course|solution|package)s?\b|\bi (?:built|created|launched|founded|made) \p{Lu}[\p{L}\d]+|\bthat(?:'s| is) (?:exactly |literally |precisely )?what (?:i|we) do\b|\b(?:launched|started|set up) (?:my|our) own\b|\bi (?:write|build|design|make|create|run|offer|sell|provide) [^.?!]{0,40}\bthat (?:convert|sell|work|rank)\b/iu;

/** A claim about what the offer does for the people who buy it. */
const benefit =
  /\b(?:cuts?|saves?|doubles?|triples?|halves?|boosts?|grows?|increases?|automates?|generates?|delivers?|books?|wins?|win back|gets?) [^.?!]{0,40}?\b(?:in half|\d+\s?%|\d+x|\d+ (?:hours?|days?|weeks?)|hours|time|revenue|sales|leads|reviews|bookings|appointments|meetings|customers|clients|conversions?|in one click)\b|\b\d+x\b|\bthat convert\b|\balready profitable\b|\bat no cost\b|\b(?:could|would|will) (?:really |genuinely |all )?benefit from\b|\bused by \d+\+? (?:firms|companies|teams|clients|businesses|organisations)\b/i;

/** A call to try, book, buy or back it. */
const callToBuy =
  /\b(?:free )?trial(?: account)?\b|\bdemo\b|\b(?:book|set|sign) you (?:in|up)\b|\breply (?:['"‘“]?\w+['"’”]?)(?= and|,|\.|!|$)|\bslots? (?:open|free|left)\b|\bshow you (?:how it works|some samples|how (?:we|it|i))\b|\bdiscovery (?:session|call)\b|\bsign(?:ing)? up\b|\binvest(?:ing|or)?\b|\bthe deck\b|\bwould your (?:team|business|company) benefit\b|\bsend (?:you )?(?:a |the )?(?:quote|details|pricing|prices)\b|\bwalk you through\b|\b(?:try|test) it(?: out)?\b|\bi can start (?:on )?(?:mon|tues|wednes|thurs|fri)day|\bi can start (?:tomorrow|next week|immediately|right away)\b/i;

const why =
  'The note presents your offer, claims what it does and asks them to try it: that reads as a sales pitch, and most people stop reading at the offer.';
const rewrite =
  'Lead with their situation and one useful, free idea; mention what you do in a line, and save the offer for when they ask.';

/**
 * Two of the three moves make a pitch: the sender's own offer with a claim or a call to buy, or a
 * claim with a call to buy. One alone ("I run a small studio") is just saying what you do.
 */
export function findOfferPitch(text: string, analysis: TextAnalysis): ToneFinding[] {
  const offer = meant(text, analysis, ownOffer);
  const claim = meant(text, analysis, benefit);
  const call = meant(text, analysis, callToBuy);
  const moves = [offer, claim, call].filter((m) => m !== null);
  if (moves.length < 2 || (!offer && !(claim && call))) return [];
  const start = Math.min(...moves.map((m) => m.start));
  const end = Math.max(...moves.map((m) => m.end));
  return [
    {
      category: 'sales-pitch',
      severity: moves.length === 3 ? 'high' : 'medium',
      start,
      end,
      excerpt: text.slice(start, end),
      why,
      rewrite,
    },
  ];
}

/** Whether the note presents the sender's own product, service or business, said and not negated. */
export function namesOwnOffer(text: string, analysis: TextAnalysis): boolean {
  return meant(text, analysis, ownOffer) !== null;
}

function meant(
  text: string,
  analysis: TextAnalysis,
  pattern: RegExp,
): { start: number; end: number } | null {
  const m = pattern.exec(text);
  if (!m || isNegated(text, analysis, m.index)) return null;
  return { start: m.index, end: m.index + m[0].length };
}
