// Signs that a message has a clear purpose: a concrete question, a time offered, an offer, a delivery.

/**
 * Asks that name what is wanted: a yes or no to something stated, a length of time, a question
 * about the reader's own work. The rules judge such a note's ask specific.
 */
export const specificAskPatterns: readonly RegExp[] = [
  /\b(?:are|were) you (?:open|free|available|up for|willing|able)\b/gi,
  /\bdo you (?:have|know|mind)\b/gi,
  /\b(?:please|kindly) (?:\w+ )?(?:send|share|let me know (?:who|whether|if you|when|what|which|how))\b/gi,
  /\blet me know (?:who|whether|which|when you|what time)\b/gi,
  /\b\d+[- ]?(?:minute|min)s?\b/gi,
  /\b(?:ask(?:ing)?|beg(?:ging)?|invite|inviting) you to\b/gi,
  /\b(?:i'?d|i would) (?:like|love) to ask\b/gi,
  /\blet me know if you'?d (?:like|want)\b/gi,
  /\b(?:asking|ask|about|on) (?:whether|if) (?:you|your)\b/gi,
  /\b(?:need|want|like|love|hoping) to know (?:whether|if|when|how|what|which|who)\b/gi,
  /\bwonder(?:ing|ed)?\b[^.?!]{0,60}?\b(?:whether|if)\b/gi,
  // An indirect question is still a question: "wondered how you structure…", "grateful to know how…".
  /\b(?:wonder(?:ed|ing)?|to know|to hear|to learn|to understand|to ask)\s+(?:how|what|which|why|where|who|whether)\s+(?:you|your)\b/gi,
  // A demand with a deadline is pushy, but it is not vague: the reader knows what is wanted.
  /\b(?:get back to me|need (?:an answer|to know|a reply|a decision))\b[^.?!]{0,30}?\b(?:today|tomorrow|by|this week|asap|before)\b/gi,
  // A question folded into a request is still a question: "any thoughts you have on whether…".
  /\b(?:appreciate|value|welcome|love|like|grateful for) (?:your|a|any) (?:advice|views?|take|thoughts|perspective|opinion|pointers)(?: (?:you|that you) (?:have|might have|could share|can share|could offer))? (?:on|about) (?:whether|how|what|which|if|where|when|who)\b/gi,
  /\b(?:grateful for|appreciate|love|like|value) (?:a|an) (?:short |quick |brief |\d+-minute )?(?:call|chat|coffee|conversation|meeting)\b/gi,
  // "Just checking the invoice reached you" is a yes or no about a thing named.
  /\bchecking (?:that |whether |if )?(?:you (?:got|received|saw|had)|(?:the|my|your|our) [\w\s'-]{1,40}?(?:reached|arrived|came through|went through|landed|got to you))\b/gi,
];

/** Signs of a concrete request the reader can answer: any question, or a specific ask. */
export const clearAskPatterns: readonly RegExp[] = [
  /\?/g,
  /\b(?:could|would|can|will) (?:you|we|i ask)\b/gi,
  ...specificAskPatterns,
];

/** Give-first offers, which are a fine purpose for a message on their own. */
export const offerPatterns: readonly RegExp[] = [
  /\b(?:happy|glad|delighted) to (?:help|share|send|read|review|introduce|connect|walk you|look|return)\b/gi,
  /\b(?:i'?d|i would) be (?:happy|glad|delighted) to (?:help|share|send|read|review|introduce|connect)\b/gi,
  /\bwant me to\b/gi,
  /\bif (?:it'?s|that'?s|that would be|it would be|it) (?:still )?(?:useful|helpful|helps)\b/gi,
  /\bif i can (?:ever )?(?:help|return the favou?r)\b/gi,
  /\bif\b[^.?!]{0,80}?\bwould (?:help|be useful|be helpful)\b/gi,
];

/** A follow-up that hands over what was promised needs no new ask. */
export const deliveryPatterns: readonly RegExp[] = [
  /\bhere'?s\b/gi,
  /\bhere (?:is|are)\b/gi,
  /\bas promised\b/gi,
  /\b(?:i'?ve|i have) (?:attached|put|added|uploaded|shared|sent|updated|saved|dropped)\b/gi,
  /\bas (?:we )?(?:discussed|agreed)\b/gi,
  /\b(?:attached|enclosed)\b/gi,
  /\b(?:link|notes|slides|summary|list) (?:below|attached)\b/gi,
];

/** A time the reader can simply accept: "I'm free Thursday at 4", "Friday afternoon is open". */
export const timeOfferPatterns: readonly RegExp[] = [
  // "I'm about on Thursday" offers a time; "I'm about to graduate" does not.
  /\b(?:i'?m|i am|i'?ll be) (?:free|around|available|in town|about(?! to\b))\b/gi,
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:at \d|morning|afternoon|evening|lunch(?:time)?|after \d|before \d)/gi,
  /\b(?:morning|afternoon|evening|lunchtime|slot) (?:is|are) (?:open|free)\b/gi,
];

/** The sender says what happens next, which closes the loop without a new ask. */
export const nextStepPatterns: readonly RegExp[] = [
  /\bi'?ll (?:try you|write again|be in touch|follow up|leave it|let you know|send|keep (?:you|reading|following))\b/gi,
  /\b(?:i will|i'm going to) (?:send|let you know|be in touch|follow up)\b/gi,
];

/**
 * A request to connect and nothing more: "I'd like to add you to my professional network",
 * "Let's connect.", "Would you like to connect here?". The connection is what is asked, and it
 * can be accepted as it stands; "let's connect and see where it goes" asks for more, unnamed.
 */
export const connectionRequestPatterns: readonly RegExp[] = [
  /\badd you to my (?:professional )?network\b/gi,
  /\blet'?s connect\s*[.!]/gi,
  /\b(?:like|love|glad|keen|happy) to connect(?: here| on linkedin)?\s*[.!?]/gi,
  /\blooking forward to connecting\s*[.!]/gi,
];
