// Phrases that sound desperate or over-apologetic, grouped by the coaching each one needs.
import type { PhraseGroup } from './phrase-rule.js';

/** Offers to take any work at all: desperate, but they do say what is wanted (a job, any job). */
export const anyWorkPhrases: PhraseGroup = {
  severity: 'high',
  why: 'Offering to take anything tells the reader you have no direction, which makes it harder for them to help.',
  rewrite:
    'Name the kind of role you want: “I’m looking for junior analyst roles in retail or logistics.”',
  patterns: [
    /\bany (?:kind of |sort of |type of )?(?:job|role|position|work|opportunity|vacancy)(?: (?:at all|whatsoever)|(?=, any))/gi,
    /\bany (?:kind|sort|type) of (?:job|role|position|work)\b/gi,
    /\bliterally any\b/gi,
    /\bany (?:job|role|position|work|shifts?|hours) you (?:have|might have|can offer|can give|could give|could offer)\b/gi,
    /\b(?:i'?ll|i will|i'?d|i would|willing to|happy to|ready to)\s+(?:literally |honestly |happily |gladly |absolutely )?(?:do|take|accept)\s+(?:absolutely |literally |just )?(?:anything|whatever)\b/gi,
    /\bwhatever it takes\b/gi,
    /\banything at all\b/gi,
    /\b(?:work|working|start)\s+for free\b/gi,
    /\bany salary\b/gi,
  ],
};

export const desperationPhrases: readonly PhraseGroup[] = [
  {
    severity: 'high',
    why: 'Saying you are desperate puts the weight of your situation on them; people help more readily when you sound steady.',
    rewrite:
      'Say what you are aiming for instead: “I’m moving into [the work you want] and would value your view on…”',
    patterns: [/\bdesperat(?:e|ely|ion)\b/gi, /\b(?:my|the) (?:last|only) (?:hope|chance)\b/gi],
  },
  {
    severity: 'high',
    why: 'Pleading makes it hard for the reader to say no kindly, so many will not answer at all.',
    rewrite:
      'Ask once, plainly, and give them an easy out: “Would you have 15 minutes next week? No worries if not.”',
    patterns: [
      /\bbeg(?:ging)?(?: of)? you\b/gi,
      /\bi beg\b/gi,
      /\bbegging\b/gi,
      /\bplease,?\s+please\b/gi,
      /\bpretty please\b/gi,
      /\bplease,? (?:just )?help me\b/gi,
      /\bi need your help\b/gi,
    ],
  },
  anyWorkPhrases,
  {
    severity: 'medium',
    why: 'Money worries and long rejection streaks are real, but leading with them turns a networking note into a plea.',
    rewrite:
      'Keep your circumstances for a later, warmer conversation; open with what you are working towards.',
    patterns: [
      /\brunning out of (?:options|money|savings|time|hope)\b/gi,
      /\bbills to pay\b/gi,
      /\bend of my (?:rope|tether)\b/gi,
      /\b(?:don'?t|do not) know where else to (?:turn|go)\b/gi,
      /\b(?:getting|feeling|i'?m|i am) (?:pretty |really |so |quite )?hopeless\b/gi,
      /\bat (?:my |a )?breaking point\b/gi,
      /\bsavings (?:are|have) (?:all )?(?:gone|run out|run dry|dried up)\b/gi,
      /\b(?:can'?t|cannot|struggling to) (?:afford|pay) (?:my |the )?(?:rent|bills|mortgage)\b/gi,
      /\b(?:getting|becoming) (?:very |really |so |too )?(?:hard|difficult|tough) for me\b/gi,
      /\bcan'?t keep going\b/gi,
      /\b(?:tough|difficult|dire|bad) (?:spot|place|situation)(?: financially)?\b/gi,
      /\bnobody (?:will|wants to|replies|answers|gets back)\b/gi,
      /\bno one (?:will|wants to|replies|answers|gets back)\b/gi,
      /\bi'?m (?:really |honestly |really )?struggling\b/gi,
      /\bgive me a (?:chance|break)\b/gi,
      /\bunpaid work\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: 'Stacked intensifiers read as pressure; a calm request is easier to say yes to.',
    rewrite: 'Say it once: “I’d really like to be considered for…”',
    patterns: [
      /\breally,? really\b/gi,
      /\bmore than anything\b/gi,
      /\b(?:need|want) this (?:job|role|internship|position) so\b/gi,
      /\breally need (?:a|this|the) (?:job|role|internship|position|break)\b/gi,
      // "I need work done on the kitchen" or "I need work experience" is not a plea.
      /\bi (?:really |urgently )?need (?:a job|work|this job|this internship)(?: urgently)?\b(?![\w-]|\s+(?:done|doing|sorted|finished|experience)\b)/gi,
      /\bneed(?:s)? (?:a job |work |this )?urgently\b/gi,
      /\bneed to hear back\b/gi,
      /\bi (?:just |really |so |desperately )*need this (?:to (?:work out|happen|come through)|job|role|internship|position|chance)\b/gi,
      /\bnothing else (?:lined up|going|on the table|left)\b/gi,
      /\bi (?:really |urgently |just )?need (?:an answer|a reply|a response|a decision|your answer)\b/gi,
      /\bmy last (?:two|three|four|five|few|several|\d+) (?:messages|emails|notes)\b/gi,
    ],
  },
  {
    severity: 'low',
    why: 'Counting your applications can sound discouraged; the reader does not need the tally to help.',
    rewrite: 'Drop the count and say what you have learned about the roles you want.',
    patterns: [
      /\bapplied (?:to|for) (?:over |more than |around |about |nearly |almost )?\d{2,}\b/gi,
      /\brejected (?:from|by|for) (?:every|all)\b/gi,
    ],
  },
];

export const apologyPhrases: readonly PhraseGroup[] = [
  {
    severity: 'medium',
    why: 'Apologising for writing tells them your message is a burden; a clear, short note already respects their time.',
    rewrite: 'Cut the apology and open with why you are writing to them: “I’m writing because…”',
    patterns: [
      // "Sorry to hear / see / say" is sympathy or regret, not apologising for writing.
      /\b(?:so |very |really |terribly )?sorry to (?!hear|see|say|learn|read|miss|lose|report)\w+/gi,
      // "Sorry for the delay" is courtesy and "sorry for your loss" is sympathy; both are left alone.
      /\b(?:so |very |really )?sorry (?:again )?for (?!(?:the |my |any )?(?:delay|late|slow)|your loss)(?:\w+ing\b|(?:the|this|my) (?:[\w-]+ )?(?:message|email|note|intrusion|interruption|ping|dm|inmail|request|question|bother|nudge|chase|reminder)\b)/gi,
      /\bsorry (?:again )?for (?:running over|taking up|keeping you|taking so much)\b/gi,
      /\bsorry again\b/gi,
      /\bsorry if (?:this|i'?m|i am|i'?ve)\b/gi,
      /\bapologi[sz]e (?:in advance |again |for )?(?:for )?(?:bother|disturb|intrud|contact|reach|writ|messag|tak|troubl|the intrusion|the interruption|this)\w*/gi,
      // Apologising for a slow reply is ordinary courtesy, so delays are left alone.
      /\bapologies (?:for|if|in advance)\b(?! (?:the |my |any )?(?:delay|late|slow|confusion))/gi,
      /\bforgive (?:me|the|my)\b/gi,
      /\bif (?:it'?s|it is) not too much (?:trouble|bother|of an imposition)\b/gi,
      /\b(?:please )?excuse (?:the|my|this) (?:[\w-]+ )?(?:email|message|note|intrusion|interruption|dm|approach)\b/gi,
      /\bpardon the (?:intrusion|interruption)\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: 'Reminding them how busy they are makes your note feel like an imposition before they have read it.',
    rewrite: 'Show respect for their time by being brief and making the ask small instead.',
    patterns: [
      /\b(?:i (?:\w+ )?(?:know|get|understand|appreciate|realis\w*|realiz\w*|imagine)|i'?m sure)(?: that)? (?:how (?:\w+ )?(?:busy|swamped|slammed)|you(?:'re| are| must be) (?:\w+ )?(?:busy|swamped|slammed|snowed under|flat out|stretched|overloaded|inundated|juggling))/gi,
      /\bknow how (?:\w+ )?(?:busy|swamped) you\b/gi,
      /\byou must be (?:\w+ )?(?:busy|swamped|slammed|inundated)\b/gi,
      /\b(?:the )?last thing you need\b/gi,
      /\byou (?:must|probably) get (?:asked|this|messages|lots|so many|a lot|loads)\b/gi,
      /\bi'?m sure you get (?:tons|lots|loads|a lot|hundreds|so many|plenty|dozens)\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: 'Asking permission to ask makes the request sound bigger than it is.',
    rewrite: 'Just ask, kindly and directly: “Would you be open to…?”',
    patterns: [
      /\bi hate to (?:ask|bother|trouble|impose|intrude|chase|take up|disturb|pester|interrupt|add to)\b/gi,
      /\bi feel (?:terrible|awful|bad|guilty|silly|rude|cheeky) (?:(?:even|just|for|about) )?(?:asking|bothering|reaching|writing|messaging|emailing|contacting|for)\b/gi,
      /\bi don'?t want to (?:bother|impose|take up|waste|intrude|trouble|pester|disturb)\b/gi,
      /\bhope (?:i'?m not|i am not|this isn'?t|this is not|i'?m not being) (?:\w+ )?(?:bother|intrud|impos|overstep|disturb|forward|out of line|presumptuous|rude|cheeky|a nuisance)\w*/gi,
      /\b(?:didn'?t|did not) mean to (?:take|keep|bother|impose)\b/gi,
      /\bout of line\b/gi,
      /\b(?:please )?(?:feel free to|just|please) ignore (?:this|me|my)\b/gi,
      /\b(?:probably |maybe )?(?:a |an )?(?:silly|stupid|dumb|naive) question\b/gi,
    ],
  },
];
