// Voices put plainly before a one-line log is read: a site worker's phone notes ("smoko w", "had
// a yarn", "voice male", "gav robson the site manager asked…"), a retired official's tidy
// sentences ("the Revd Alan Pargeter", "my old Permanent Secretary, Sir Michael Pryor,"), a
// lawyer's attendance notes ("Telephone attendance on…", "Email received from…"), a Polish
// speaker's English ("wrote email to", "called to me", "thanked to") and Gen-Z fillers ("ngl").

/** A first name and a surname, in either case, that is no pronoun or joining word. */
const name = String.raw`(?!(?:he|she|they|we|i|and|but|so|then|who|which|said|says|called|named|from|at|in|of|with|on|for)\b)\p{L}[\p{L}'’-]+ (?!(?:and|but|who|which|said|says|at|from|the)\b)\p{L}[\p{L}'’-]+`;

/** Roles a note puts between a name and what they did ("nadia ferreira the qs emailed me"). */
const roleNoun = String.raw`(?:manager|qs|super|supervisor|foreman|estimator|sparky|sparkie|director|engineer|lead|boss|recruiter|chair|secretary|clerk|partner|buyer|planner)`;

const siteWords: readonly [RegExp, string][] = [
  [/\bsmoke[ -]?oh\b/giu, 'smoko'],
  // "pints w sam", "matcha w lucy": "w" after a meal or a break is "with", never an initial.
  [
    /\b(smoko|yarn|pints?|beers?|brews?|matcha|chat|bevvies|bevvy|lunch|coffee) w (?=\p{L})/giu,
    '$1 with ',
  ],
  [/\bvoice ?males?\b/giu, 'voicemail'],
  [/\blinked in\b/giu, 'LinkedIn'],
  [/\b([Ee])-mail/gu, '$1mail'],
  // "olivia brown from hays rung this morning": "rung" after who rang, not after "has".
  [
    /(?<!\b(?:have|has|had|having|been|be|was|were|will|['’]ve|['’]s|['’]d) )\brung(?= (?:me|us|him|her|them|this|today|yesterday|back|earlier|at|on|about|re|to|last|in)\b)/giu,
    'rang',
  ],
  // "followed up lucy patel re…": whom the user followed up with, "with" left out.
  [
    /\bfollowed up (?!(?:with|on|about|re|again|by|the|my|a|an|her|his|their|our|it|that|this|w)\b)(?=\p{L})/giu,
    'followed up with ',
  ],
  // "met a bloke craig whitaker", "a new fella jack hennessy": who they are says nothing of who.
  [
    new RegExp(
      String.raw`\b(?:a|an|some) (?:new |young |nice )?(?:bloke|fella|guy|chap|lady|woman|sheila|lad|girl) (?=${name}(?! (?:called|named)\b))`,
      'giu',
    ),
    '',
  ],
];

/** Titles of rank or office before a name, how the user addresses them: "the Revd", "Professor". */
const titleWords: readonly [RegExp, string][] = [
  [/\b(?:the )?(?:Revd|Rev|Reverend)\.? (?=\p{Lu}\p{Ll})/gu, ''],
  [/\bProfessor (?=\p{Lu}\p{Ll})/gu, 'Prof '],
];

/** A lawyer's attendance notes and a formal writer's phrasings for the way they talked. */
const formalWords: readonly [RegExp, string | ((...parts: string[]) => string)][] = [
  [/^(?:file |attendance )?note:\s*/iu, ''],
  [/\btelephone attendance (?:on|with) /giu, 'call with '],
  [/^(?:telephone attendance|attendance)\s*[:-]\s*/iu, ''],
  [/\battended (?:on|upon) (?=\p{Lu})/gu, 'met '],
  [/\bAttended (?:on|upon) (?=\p{Lu})/gu, 'Met '],
  [/\b(?:an? )?(email|e-mail|letter|message|text) received from\b/giu, '$1 from'],
  [
    /^(?:an? )?(letter|note|email|message|card) of thanks (?:sent )?to /iu,
    'sent a $1 of thanks to ',
  ],
  [
    /^(?:an? )?chaser (email|message|text|letter) to (.+?)(?= re\b| about\b|;|,|$)/iu,
    'chased $2 by $1',
  ],
  [/\bconference call\b/giu, 'call'],
  [/\bundert(?:ook|akes) to\b/giu, 'offered to'],
  // "to the General Counsel", "his Senior Partner": a post, written with capitals, is no name.
  [
    /\b(the|his|her|their) ((?:\p{Lu}\p{Ll}+ ){0,2}(?:Counsel|Partner|Executive|Secretary|Registrar|Chairman|Chairwoman))\b/gu,
    (_, owner: string, post: string) => `${owner} ${post.toLowerCase()}`,
  ],
  // "last year's accounts": what a thing is, not when the line happened.
  [
    /\b([Ll])ast year['’]s (?=\p{L})/gu,
    (_, l: string) => `${l === 'L' ? 'The' : 'the'} previous year's `,
  ],
  // "Returned Priya Desai's dissertation with comments": her work, sent back to her.
  [/\b(Returned|returned) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s (?=\p{Ll})/gu, 'sent $2 the '],
  [/\bconversation by (?:tele)?phone with\b/giu, 'call with'],
];

/** A Polish speaker's English, put as English says it. */
const polishWords: readonly [RegExp, string][] = [
  [/\bwrote (?:an? )?(email|e-mail|message|text|sms) to\b/giu, 'sent an $1 to'],
  [/\bwrote (me|him|her|them|us) on\b/giu, 'messaged $1 on'],
  [/\bwrote me\b(?! back)/giu, 'wrote to me'],
  [/\b(called|phoned|rang|wrote|texted) to (me|us)\b/giu, '$1 $2'],
  [/\b(thanked|reminded|asked|called|phoned|emailed) to (?=\p{Lu})/gu, '$1 '],
  [/\bproposed to (introduce|refer|recommend|send|help)\b/giu, 'offered to $1'],
  [/\bthey search (?:a|an|for a|for an)\b/giu, 'they are hiring a'],
  [/\b(?:I )?was on (?:a |the )?(coffee|lunch|dinner|drinks) with\b/giu, 'had $1 with'],
  [/\b(?:I )?was on the (meetup|conference|fair|webinar|workshop)\b/giu, 'went to the $1'],
];

/** Gen-Z fillers that say how the user felt, not who or how: "ngl", "lowkey", "…, fr". */
const fillers: readonly [RegExp, string][] = [
  [/(?<![\p{L}])(?:ngl|tbh|lowkey|highkey|istg|deadass)(?![\p{L}])\s*/giu, ''],
  [/,? (?:fr|lol|lmao|no cap)(?=[.,;!?]|$)/giu, ''],
  [/\babt\b/giu, 'about'],
  [/\bty (msg|message|text|note|email|dm)\b/giu, 'thank you $1'],
  // "she roasted my portfolio (nicely)", "checked my portfolio": looked over, as a favour.
  [
    /\b(?:roasted|checked|critiqued|tore apart|ripped apart) my (cv|portfolio|case study|application|resume|deck)\b/giu,
    'reviewed my $1',
  ],
  [/\brly\b/giu, 'really'],
];

/**
 * "An old colleague from the Home Office, Bernadette Quill, rang", "Lunched with my old Permanent
 * Secretary, Sir Michael Pryor, at…", "video call w a estimator from balfour, nathan cole, he…":
 * someone described and then named between commas is the name, and who they are goes.
 */
function nameAfterDescription(line: string): string {
  // Where they are from goes from the description, which the reader then takes as it always has
  // ("An old colleague, Bernadette Quill, rang"); a title or a rank before the name goes too.
  const described = (lead: string) =>
    new RegExp(
      String.raw`${lead}((?:an?|my|our|the) (?:(?![,;])[^,;]){1,40}?) (?:from|at|of|in) [^,;]{2,40}?, (?:Sir |Dame |Lord |Lady )?(${name}),`,
      'giu',
    );
  return line
    .replace(described('^()'), '$1$2, $3,')
    .replace(described(String.raw`\b(with |to |w )`), '$1$2, $3,')
    .replace(
      new RegExp(
        String.raw`\b(with|to) (?:my|our) [^,;]{2,60}?, (?:Sir|Dame|Lord|Lady) (${name}),\s*`,
        'gu',
      ),
      '$1 $2 ',
    )
    .replace(
      // "A Mr Hugh Fenwick, chair of the Thames Valley Housing Trust, telephoned": the post goes.
      new RegExp(
        String.raw`(\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+), (?:the |a |an )?(?:[\p{L}-]+ )?(?:${roleNoun}|chairman|chairwoman|trustee|ceo|founder|head)\b[^,;]{0,60}, (?=\p{Ll})`,
        'gu',
      ),
      '$1 ',
    )
    .replace(
      // "gav robson the site manager on the wetherby job asked…", "yarn w liam hartley the contracts
      // manager at the servo": the role is an aside.
      new RegExp(
        String.raw`(^|\bwith )(${name}) (the (?:[\p{L}-]+ ){0,2}${roleNoun}(?: (?:on|at|from) the [\p{L}-]+ (?:job|site))?)\b,?`,
        'iu',
      ),
      '$1$2 ($3)',
    );
}

/** The line with these voices put plainly; everything else is left as written. */
export function mendTradesAndBoards(line: string): string {
  let out = line;
  for (const list of [siteWords, titleWords, formalWords, polishWords, fillers])
    for (const [pattern, plain] of list)
      out = typeof plain === 'string' ? out.replace(pattern, plain) : out.replace(pattern, plain);
  return nameAfterDescription(out).replace(/ {2,}/g, ' ').trim();
}
