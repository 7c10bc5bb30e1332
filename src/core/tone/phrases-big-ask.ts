// Phrases that ask a lot of the reader: referrals, jobs, interviews, an unasked-for CV.
import type { PhraseGroup } from './phrase-rule.js';

/** Verbs for handing something on to someone else, in every tense. */
const handOnVerbs =
  'pass(?:es|ed|ing)?|flag(?:s|ged|ging)?|mention(?:s|ed|ing)?|forward(?:s|ed|ing)?|drop(?:s|ped|ping)?|hand(?:s|ed|ing)?|put(?:s|ting)?|giv(?:e|es|ing)|gave|share(?:s|d)?|sharing';
/** Words for the reader's workplace, so "your place" and "your practice" count like "your company". */
const workplace =
  '(?:company|team|firm|organisation|organization|org|agency|lab|department|place|office|practice|studio|shop|school|hospital|business|end)';

/** An offer ("happy to send over my CV") is the sender's own step, not a favour asked. */
const notAnOffer = "(?<!(?:happy|glad|pleased) to |\\bi can |\\bi'?ll |\\bi will |\\bcan )";

const cv = '(?:cv|c\\.v\\.|r[eé]sum[eé]|resume|portfolio|application)(?![\\w\\u00C0-\\u024F])';

export const bigAskPhrases: readonly PhraseGroup[] = [
  {
    severity: 'high',
    why: 'A referral puts their reputation on the line; someone who barely knows you can rarely say yes.',
    rewrite:
      'Ask for something small first: “Could I ask you two questions about how your team hires?” Referrals come later, once they know you.',
    patterns: [
      /\brefer(?:s|ring)? me\b/gi,
      // Passive asks want the same thing: "could I be referred", "happy to be put forward".
      /\bbe (?:referred|recommended|put forward|put up) (?:for|to|by you|internally)\b/gi,
      /\b(?:give|get|make|provide|offer|submit|put in|put through|write) (?:me )?(?:an? )?(?:internal )?referral\b/gi,
      /\breferral for me\b/gi,
      /\bsubmit(?:ting)? me (?:as a referral|for)\b/gi,
      /\bput in a (?:good )?word\b/gi,
      /\bput (?:my name|me) forward\b/gi,
      /\b(?:pass|passing|send|sending|give|giving|mention|mentioning)\s+(?:on\s+|along\s+)?my name\b/gi,
      // Handing on their name or details, in any tense: "flag my name to", "passed my details along to".
      // Not an offer ("happy to share my profile with…") nor a warm intro ("Ana passed my name to you").
      new RegExp(
        `${notAnOffer}\\b(?:${handOnVerbs})\\s+(?:on\\s+|along\\s+|forward\\s+)?my\\s+(?:name|details|profile|contact details)\\s+(?:on\\s+|along\\s+|forward\\s+)?(?:to|with|for)\\b(?!\\s+you\\b)`,
        'gi',
      ),
      /\bput my name (?:in|down) (?:for|with)\b/gi,
      new RegExp(`\\bget my (?:name|${cv}|profile|details) in front of\\b`, 'gi'),
      /\bput a (?:good )?word in\b/gi,
      /\b(?:do|need|want|ask (?:you )?for|hoping for|after) (?:a |an )?(?:internal )?referral\b/gi,
      /\bvouch for me\b/gi,
      /\brecommend me (?:for|to)\b/gi,
      // A reference stakes their name on the sender as a referral does: "would you be my referee?"
      /\b(?:be|being|act as|stand as) (?:a |my )?(?:referee|reference)\b(?! (?:for|on) (?:him|her|them)\b)/gi,
      /\b(?:write|give|provide) me (?:a |an )?(?:reference|testimonial|recommendation)\b/gi,
      /\b(?:putting|put|putting down|listing) you (?:down )?as (?:a |my )?referee\b/gi,
      new RegExp(
        `${notAnOffer}\\b(?:pass|forward|send|shar|hand|circulat|flag|mention|highlight|put)(?:e|es|ed|ing|s|ged|ging|ting)?\\s+(?:on\\s+|along\\s+|over\\s+|forward\\s+)?(?:my|the attached|this|the)\\s+${cv}`,
        'gi',
      ),
      /\b(?:pass|forward|send|share)\s+(?:it|this|them)\s+(?:on\s+|along\s+)?to\s+(?:your|the)\s+(?:\w+\s+)?(?:hiring|recruit\w*|hr|talent|people)\b/gi,
    ],
  },
  {
    severity: 'high',
    why: 'Asking someone who hardly knows you for a job or an interview is a big request to make of a first message.',
    rewrite:
      'Ask about the work instead: “What does a strong candidate for your team look like?” Let the job come up later.',
    patterns: [
      /\b(?:hire|employ|take on) me\b|\btake me on\b/gi,
      /\bgive me (?:a|an) (?:job|role|position|interview|internship)\b/gi,
      /\b(?:get|land|secure|offer|find) me (?:a|an) (?:job|role|position|interview|internship|placement|start|trial)\b/gi,
      /\b(?:give|offer) me (?:a|my) (?:start|first start|trial|shot)\b/gi,
      /\b(?:arrange|set up|get|secure|organi[sz]e|schedule|line up|land) (?:me )?(?:an? )?(?:interview|trial shift|job)\b/gi,
      /\bget me (?:in|into|through the door|a foot in)\b/gi,
      // "Add our bakery to the supplier list": whatever the firm makes, the place on the list is theirs to give.
      /\b(?:put|add|get) (?:me|us|(?:my|our) (?:[\w-]+ )?(?:firm|company|business|name|agency|practice|[\w-]+)) (?:on|onto|to) (?:your|the) (?:[\w-]+ ){0,2}(?:roster|list|shortlist|books|panel|bench|database|pool|framework)\b/gi,
      /\b(?:pass|send|forward|give) me (?:any|some|your) (?:[\w-]+ )?(?:briefs|work|projects|clients|leads|jobs|contracts)\b/gi,
      /\bconsider me for\b/gi,
      /\b(?:love|like) to be considered\b/gi,
      /\bany (?:open |available )?(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)) (?:at|on|in|with) your\b/gi,
      /\b(?:does|do) your (?:company|team|firm|organisation|organization|agency|lab|department) have (?:any )?(?:open |available )?(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies))\b/gi,
      /\benquir\w* about (?:any )?(?:vacancies|openings|open roles|positions|jobs)\b/gi,
      new RegExp(
        `\\banything (?:at all )?(?:going |available |open |suitable |for me )?(?:at|in|on|with) your ${workplace}\\b`,
        'gi',
      ),
      new RegExp(
        `\\b(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies)|work|shifts?)\\s+(?:going|available|open|free)\\s+(?:at|in|on|with) your ${workplace}\\b`,
        'gi',
      ),
      /\b(?:help|helping) me (?:get|land|secure|find) (?:a |an )?(?:job|role|position|internship|placement|opening) (?:at|in|on|with) your\b/gi,
      /\b(?:help|helping) me (?:get|land|secure) (?:an )?interview\b/gi,
      /\b(?:help|helping) me get (?:in|into) (?:at |with )?your\b/gi,
      /\bfoot in the door (?:at|with|on) your\b/gi,
      /\bget me in front of (?:the|your) (?:hiring manager|recruiters?|hiring team|boss|manager|founder|ceo)\b/gi,
      /\b(?:job|work experience|placement|internship)\s+(?:\w+\s+){0,2}(?:at|in|on|with) your (?:company|team|firm|lab|organisation|organization|department|group|agency)\b/gi,
      /\bany (?:job|role|position|work|shift)s? you (?:have|might have|can offer|can give|could give|could offer)\b/gi,
      /\b(?:introduce|connect|put) me (?:in touch )?(?:to|with) (?:your|the) (?:ceo|founder|boss|manager|hiring manager|head of \w+|director|vp|cto|cfo|recruiters?|hr|hiring team|talent team)\b/gi,
      /\b(?:send|throw|pass|push|steer)\s+(?:[\w-]+\s+){0,4}?(?:work|projects?|clients?|business|leads|contracts?|jobs?|briefs?)\s+my way\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: 'Sending a CV to someone who has not asked for it reads as a job application, which is a big ask in a first note.',
    rewrite:
      'Hold the CV back and offer it only if they ask: “Happy to share more about my background if useful.”',
    patterns: [
      new RegExp(
        `\\b(?:i'?ve |i have )?(?:attached|enclosed|attaching)\\s+(?:is\\s+)?my\\s+${cv}`,
        'gi',
      ),
      new RegExp(`\\b(?:find|here'?s|here is)\\s+my\\s+${cv}(?:\\s+attached)?`, 'gi'),
      new RegExp(`\\b(?:my\\s+)?${cv}\\s+(?:is\\s+)?(?:attached|enclosed)`, 'gi'),
      /\b(?:available|can start) (?:immediately|tomorrow|right away|straight away)\b/gi,
    ],
  },
];

/**
 * Saying "I need a job" to someone who hardly knows you asks them for one without saying so.
 * Only a first message counts: in a follow-up the ask has already been made.
 */
export const jobPleaPhrases: readonly PhraseGroup[] = [
  {
    severity: 'medium',
    why: 'Telling someone who barely knows you that you need a job quietly hands them the job of finding you one.',
    rewrite:
      'Ask for something they can give easily: “Could I ask how people usually get into your team?”',
    patterns: [
      /\bi (?:(?:just|really|so|desperately|urgently|honestly|badly|still) )*need (?:(?:a|any|some|paid) )?(?:job|role|position|work|employment)\b(?![\w-]|\s+(?:done|doing|sorted|finished|experience|that|which|where|with|who)\b)/gi,
      /\bi (?:(?:just|really|desperately|urgently|honestly) )*need to (?:find|get|land) (?:a |any )?(?:job|work|role)\b/gi,
    ],
  },
];
