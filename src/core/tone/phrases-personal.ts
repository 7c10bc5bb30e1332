// Signs that a message was written for one person, and the generic openings that say it was not.
import type { PhraseGroup } from './phrase-rule.js';

export const genericGreetingPhrases: readonly PhraseGroup[] = [
  {
    severity: 'high',
    why: 'A form-letter greeting tells the reader this went to many people, so they feel no reason to answer.',
    rewrite:
      'Use their name: “Hi Ana,” — it takes a minute to find and changes how the whole note reads.',
    patterns: [
      /^\s*(?:dear\s+)?(?:sir\s*(?:\/|or|and)\s*madam|madam\s*(?:\/|or)\s*sir|sirs?|madam)\b/gi,
      /^\s*to whom it may concern\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: 'An opening that could go to anyone makes the reader wonder whether you wrote it for them.',
    rewrite: 'Open with their name and one line about why them: “Hi Ana, I enjoyed your talk on…”',
    patterns: [
      /^\s*(?:dear|hi|hello|hey)\s+(?:hiring manager|recruiter|recruitment team|friend|all|everyone|team|folks|there|sir|colleague)\b/gi,
      /^\s*(?:greetings|salutations)\b/gi,
      // A mail-merge field left in: "Hi {first_name}", "Dear [Name]".
      /\{\{?\s*\w+\s*\}?\}|\[(?:first )?name\]/gi,
    ],
  },
];

/** Openings that may carry a name, e.g. "Hi Ana," or "Morning Dave —"; the name must be capitalised. */
export const namedGreetingPattern =
  /^\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening)|thanks|thank you|congrats|congratulations|happy birthday|happy \w+ day)[\s,]+(?:(?:mr|mrs|ms|mx|miss|dr|prof|professor)\.?\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)(?=\s*(?:[,!.:;—–-]|\s+and\s|$|[^\p{L}\p{N}\s]))/imu;

/** A name said to the reader mid-sentence or up front: "…, Ravi." or "Beth, thank you." */
export const vocativePatterns: readonly RegExp[] = [
  /,\s+(?:(?:mr|mrs|ms|mx|dr|prof)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)\s*[!.:?—–]/gu,
  /^\s*(\p{Lu}[\p{Ll}'’-]+)\s*[,—–:]/gu,
];

/** Capitalised words after a greeting that are not names. */
export const notNames = new Set([
  'there',
  'all',
  'team',
  'everyone',
  'folks',
  'sir',
  'madam',
  'friend',
  'hiring',
  'recruiter',
  'colleague',
  'colleagues',
  'guys',
  'you',
  'again',
  'so',
  'for',
  'i',
  'hi',
  'hello',
  'hey',
  'dear',
  'greetings',
  'thanks',
  'cheers',
  'morning',
  'congrats',
  'congratulations',
  'please',
  'sorry',
  'yes',
  'no',
  'ok',
  'okay',
  'well',
  'also',
  'today',
  'tomorrow',
]);

/** References only someone who knows the reader could write. */
export const personalReferencePatterns: readonly RegExp[] = [
  /\byour\s+(?:[\w'-]+\s+){0,3}?(?:talk|post|article|paper|podcast|episode|interview|book|thread|comment|newsletter|blog|video|film|album|exhibition|installation|show|presentation|keynote|panel|session|workshop|write-?up|piece|essay|editorial|column|guide|answer|question|tweet|research|report|study|thesis|dissertation|project|pilot|campaign|initiative|launch|promotion|funding|round|new role|move|story|journey|tutorials?|course|library|repo|code|app|tool|design|feedback|advice|help|intro(?:duction)?|referral|review|reply|note|training|work on|work at|work with|portfolio)\b/gi,
  /\b(?:we|you and i) (?:met|spoke|chatted|talked|both|worked|were both|sat|shared)\b/gi,
  /\b(?:met|saw|heard|seeing|meeting|see) you (?:at|in|on|speak|last|yesterday|today)\b/gi,
  // "It was great to see you" looks back at a meeting; "would be great to catch up" only
  // proposes one, which could be said to anyone.
  /(?<!\bbe )\b(?:great|good|lovely|nice) (?:to see|seeing|to meet|meeting|to catch up|catching up) (?:you|with you)?\b/gi,
  // Thanks for something they did is personal; thanks for connecting or reading is not, nor
  // "thanks for your time", which fits any meeting with anyone.
  /\b(?:thanks?|cheers) (?:you |so much |again )*for (?:(?:the|your|our)\b(?! time\b)|(?!taking|reading|connecting|accepting|considering)\w+ing\b)/gi,
  /\b(?:thought of you|made me think of you|reminded me of (?:you|your))\b/gi,
  /\b(?:as promised|as discussed|as you (?:asked|suggested|mentioned)|you (?:mentioned|said|suggested|asked|told me|recommended|shared|sent|wrote|posted|gave|built|made))\b/gi,
  /\b\w+ (?:suggested|recommended) (?:i|that i) (?:get in touch|reach out|contact|write)\b/gi,
  /\b(?:mutual|fellow|both (?:in|at|from)|alumni|alum)\b/gi,
  /\b(?:i|we) (?:read|saw|heard|loved|enjoyed|listened to|watched|noticed|follow(?:ed)?|came across) (?:your|that you|you)\b(?! (?:profile|name))/gi,
  // "Congratulations on your work anniversary" is what the platform suggests to everyone.
  /\bcongrat(?:s|ulations)? on\b(?! (?:your |the )?(?:work anniversary|birthday)\b)/gi,
  /\b(?:great|fantastic|wonderful|brilliant|amazing|exciting|lovely) news\b/gi,
  /\b(?:happy|belated) (?:birthday|work anniversary|anniversary)\b/gi,
  /\bit'?s been (?:a while|ages|too long)|long time no (?:see|speak|talk)\b/gi,
  // A question about how they or their team do something only they can answer.
  /\b(?:how|why|when|whether)\s+(?:did |does |do )?(?:your (?:team|company|firm|lab|org\w*|group|practice|studio|school|department|agency))\s+(?!do\b|are\b|think\b|feel\b)\w+/gi,
  /\byour (?:[\w'-]+ ){0,2}(?:programme|program|scheme|process|approach|method|framework|playbook)\b/gi,
  // Something shared: the same panel, course or team as the reader.
  /\b(?:same|one) (?:[\w'-]+ ){0,2}as you\b/gi,
  // What their organisation did or does: "the case study your team published", "your firm came up".
  /\byour (?:team|company|firm|lab|organisation|organization|group|practice|studio|school|department|agency|charity|shop|restaurant|paper)\s+(?:has\s+|just\s+|recently\s+)?(?:published|offers|runs|built|launched|released|came|won|opened|wrote|made|ran|started|uses|sells|makes|hosts|hosted|sponsored)\b/gi,
];

/**
 * A reference to their work that never says which ("I read your post", "your research") fits
 * anyone; it counts when the words after it name it: its topic, where, when, or a name.
 */
export const unnamedReference =
  /^(?:[\s,]*(?:and|but|so|which|too|as well|for (?:years|a while|ages|some time|a long time))\b|\s*[,.!?]?\s*(?:great|amazing|brilliant|fascinating|inspiring|impressive|loved it|really|very)\b|\s*[.!?]|\s*$)/i;

/** Capitalised words that name nothing about the reader: days, months, platforms, titles. */
export const commonCapitals = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'linkedin',
  'twitter',
  'zoom',
  'teams',
  'english',
  'mr',
  'mrs',
  'ms',
  'dr',
  'best',
  'regards',
  'cheers',
  'hope',
]);

/** Praise and openers that fit anyone, so they say nothing specific about the reader. */
export const genericPraisePatterns: readonly RegExp[] = [
  /\b(?:came across|found|saw|viewed|looked at) your (?:profile|page|background)\b/gi,
  /\byour (?:\w+ )?(?:profile|background|career(?: path)?|journey|experience|company|industry|field)\b[^.?!]{0,30}\b(?:impressive|inspiring|amazing|incredible|great things|stands out|caught my eye)\b/gi,
  /\b(?:impressive|inspiring|amazing|incredible|great) (?:profile|background|career|journey|experience)\b/gi,
  // "your work at Pentagram" names something; "your work" alone does not.
  /\b(?:admire|admirer of|big fan of|inspired by) your (?:work|career|journey|profile|success)\b(?! (?:at|on|with|for) \p{Lu})/giu,
  /\b(?:doing|does) great things\b/gi,
  /\b\w+s? like you\b/gi,
  /\b(?:all things|everything) \w+\b/gi,
  /\bhope you(?:'re| are) (?:doing )?well\b/gi,
  /\b(?:like-minded|fellow) professionals\b/gi,
];
