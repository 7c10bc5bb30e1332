// Signs of pressure that build across sentences: repeating, counting the silence, deadlines, guilt.

/** Each kind is one way to lean on the reader; two kinds together make a note feel like a demand. */
export const insistenceCues = {
  repeating: [
    /\b(?:following up|chasing|writing|checking in|nudging|messaging|emailing|asking|trying)(?: (?:you|this|on this))? (?:again|once more|one more time)\b/gi,
    /\bme again\b/gi,
    /\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:message|email|note|time (?:i'?ve|i have) (?:written|asked|messaged))\b/gi,
    /\bmy last (?:two|three|four|five|few|several|\d+) (?:messages|emails|notes)\b/gi,
  ],
  silence: [
    /\b(?:haven'?t|have not|still haven'?t|never) (?:heard|had (?:a|any) (?:reply|response|answer)|got (?:a|any) (?:reply|response|answer)|received (?:a|any) (?:reply|response))\b/gi,
    /\b(?:no|still no) (?:reply|response|answer|word)(?: yet| so far| from you)?\b(?=[\s.,!?—-])/gi,
    /\bstill waiting\b/gi,
    /\bit'?s been (?:over |more than |almost |nearly )?(?:\d+|a|two|three|four|ten|several) (?:days|weeks|months)\b/gi,
  ],
  urgency: [
    /\bASAP\b/gi,
    /\bas soon as (?:possible|you can)\b/gi,
    /\burgent(?:ly)?\b/gi,
    /\b(?:by|before) (?:the )?end of (?:the )?(?:day|today)\b/gi,
    /\b(?:back to me|reply|respond|answer|know) (?:today|tonight|right away|immediately)\b/gi,
    /\bcan'?t wait any longer\b/gi,
    /\b(?:need|want) (?:an answer|a reply|a response|to hear back|to know)\b(?! (?:whether|if|which|what|how|when|who)\b)/gi,
  ],
  guilt: [
    /\bdisappoint(?:ed|ing|ment)\b/gi,
    /\bi thought you (?:were|would|'d|said|cared)\b/gi,
    /\byou (?:said|promised) you'?d\b/gi,
    /\bkeep(?:s)? (?:your|their) word\b|\bkept (?:your|their) word\b/gi,
    /\bleave me hanging\b|\bleft me hanging\b/gi,
    /\b(?:ignor(?:e|ed|ing) me|ghost(?:ed|ing) me)\b/gi,
    /\b(?:my whole|everything) (?:\w+ )?depends on (?:this|you|it)\b/gi,
  ],
  marks: [/[?!]{3,}/g],
} as const;

export type InsistenceKind = keyof typeof insistenceCues;
