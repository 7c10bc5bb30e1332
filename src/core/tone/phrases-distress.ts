// Hardship said in the sender's own words: the situations behind desperation, not the word itself.
import type { PhraseGroup } from './phrase-rule.js';

const count =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|many|several|a few)';

/**
 * Each pattern names a situation (a long search, dependants, money, exhaustion, a last resort)
 * rather than a phrase, so "out of work eight months" and "nine months since the layoff" both count.
 */
export const distressPhrases: readonly PhraseGroup[] = [
  {
    severity: 'medium',
    why: 'Your situation is real, but leading with it turns a networking note into a plea; people help more readily when you sound steady.',
    rewrite:
      'Keep the hardship for a warmer conversation and open with what you are working towards: “I’m moving into … and would value your view on …”',
    patterns: [
      new RegExp(
        `\\b(?:out of work|unemployed|jobless|without (?:a job|work)|job[- ]?hunting|looking for work)\\b[^.!?]{0,25}?\\b${count} (?:months|years)\\b`,
        'gi',
      ),
      new RegExp(
        `\\b${count} (?:months|years) (?:since|of|without) (?:the |my |a )?(?:layoff|lay-off|redundancy|job loss|unemployment|work|a job|income|job hunt(?:ing)?)\\b`,
        'gi',
      ),
      /\b(?:family|kids|children|wife|husband|partner|mum|mother|dad|father|parents)\b[^.!?]{0,20}?\b(?:depends?|depending|relies|rely|relying|counting|counts) on me\b/gi,
      /\b(?:rent|mortgage|bills?|debts?)\b[^.!?]{0,15}?\b(?:due|overdue|piling up|mounting|behind|unpaid|won'?t pay (?:itself|themselves))\b/gi,
      /\b(?:lose|losing) (?:my|our|the) (?:flat|house|home|place)\b/gi,
      /\b(?:i'?m|i am|we'?re|we are) (?:\w+ )?(?:broke|skint|penniless|in debt)\b/gi,
      // Money running out in any tense, whatever it was: savings, severance, redundancy pay.
      /\b(?:savings|money|pay|payout|severance|cash|funds) (?:is |are |have |has |will )?(?:all |nearly |almost )?(?:gone|runs? out|ran out|running out|dried up|drying up|dries up)\b/gi,
    ],
  },
  {
    severity: 'high',
    why: 'Telling them you are at the end of your strength puts the weight of it on them, and makes a kind “no” feel impossible.',
    rewrite:
      'Ask once, plainly, for one small thing: “Would you have 15 minutes next week? No worries if not.”',
    patterns: [
      /\b(?:at|reached) (?:my|the) wits'? end\b/gi,
      /\bend of my (?:rope|tether)\b/gi,
      /\b(?:falling apart|going under|drowning|barely (?:holding|keeping) (?:it|myself|things) together|running on empty|at rock bottom|hit rock bottom)\b/gi,
      /\b(?:can'?t|cannot|can no longer) (?:go on|cope|keep going|take (?:it|much more|any more)|face (?:another|more|it))\b/gi,
      /\b(?:i'?m|i am|feeling|feel) (?:\w+ )?(?:panick?ing|panicked|in despair|despairing|hopeless|worthless|a failure|like a failure)\b/gi,
      /\blost all (?:my )?(?:confidence|hope|motivation)\b/gi,
      /\b(?:last resort|out of (?:options|ideas))\b/gi,
      /\b(?:(?:don'?t|do not) know who else to (?:ask|turn to|write to)|you'?re (?:my|the) only (?:hope|chance|person))\b/gi,
      /\bplead(?:ing)?(?: with you)?\b/gi,
    ],
  },
];
