// Nigerian Pidgin in a one-line log, put into English before it is read: "Alexandra email me say
// dem dey hire", "she don review my CV", "Ben say he go intro me to Halima wey dey Google Health",
// "Owen and Gareth carry me go lunch", "Mark for Tesco text me". Words English has too ("go",
// "don", "for", "am", "fit", "one") are swapped only in a line that is Pidgin by a word no English
// note uses in that sense.

import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

/** What "don" makes of the verb after it: "don review" has reviewed, "don go" is gone. */
const done: Record<string, string> = {
  go: 'gone',
  come: 'come',
  send: 'sent',
  call: 'called',
  ring: 'rang',
  text: 'texted',
  email: 'emailed',
  review: 'reviewed',
  finish: 'finished',
  forward: 'forwarded',
  do: 'done',
  see: 'seen',
  reply: 'replied',
  tell: 'told',
  give: 'given',
  intro: "intro'd",
  refer: 'referred',
  fill: 'filled',
  close: 'closed',
  hire: 'hired',
  apply: 'applied',
  talk: 'talked',
  share: 'shared',
};

/** Pidgin's own words, which say the line is Pidgin. */
const pidginMarker =
  /(?<![\p{L}'’-])(?:dey|wey|dem|abeg|sabi|wetin|una|e be like|sharp sharp|carry (?:me|us) go|gist(?:ing|ed)?|don (?:go|come|send|call|review|finish|forward|do|see|reply|tell|give|intro|refer|fill|close|hire|apply)|wan|(?:he|she|they) go (?:recommend|refer|intro|introduce|link|push|put|connect)|no catch|him boss|her boss say|say (?:make|dem|e|she|he)|tire)(?![\p{L}'’-])/iu;

const swaps: readonly Swap[] = [
  // "Chidi from Wise say he go link me": said, after a name or where they work.
  [/(?<=\p{Lu}[\p{L}&.'’-]*) say(?= )/gu, ' said'],
  [word('e be like say'), 'it seems'],
  [word('e be like'), 'it seems'],
  [word('carry (me|us) go'), 'took $1 to'],
  [word('gist(?:ing)?'), 'chatting'],
  [word('gisted'), 'chatted'],
  // "abeg can she put in a word": the user asked if she can.
  [/\babeg,? (can|could|will) (she|he|they)\b/giu, 'asked if $2 $1'],
  [/^abeg,? remember:?\s*/iu, ''],
  [word('abeg'), 'please'],
  [word('sharp sharp'), 'quickly'],
  [word('sabi'), 'know'],
  [word('wetin'), 'what'],
  [word('dem dey hire'), 'they are hiring'],
  [word('dey (?:hire|recruit)'), 'are hiring'],
  [word('dey find'), 'are looking for'],
  // "Tesco BI team dey look for someone", "he dey push my name", "she go recommend me": are
  // looking, is putting forward, will.
  [word('dey look(?:ing)? for'), 'are looking for'],
  [word('dey push (my name|me)'), 'is putting $1 forward'],
  [
    /(?<![\p{L}'’-])(he|she|they|dem) go (?=(?:recommend|refer|intro|introduce|send|link|push|put|help|call|ring|forward|connect|pass)\b)/giu,
    '$1 will ',
  ],
  [word('wan make (?:I|i)'), 'wants me to'],
  [/(?<![\p{L}'’-])(?:wey )?dey (?=\p{Lu})/gu, 'at '],
  [word('wey dey'), 'who is'],
  [word('dey'), 'is'],
  [word('wey'), 'who'],
  [word('dem'), 'they'],
  [word('una'), 'you'],
  [
    /(?<![\p{L}'’-])don (\p{L}+)/giu,
    (_m: string, verb: string) => done[verb.toLowerCase()] ?? `has ${verb}`,
  ],
  [word('wan'), 'wants to'],
  [word('him boss'), 'his boss'],
  [word('no catch'), "didn't catch"],
  [word('never hear (?:anything|anytin|anything back)'), 'heard nothing'],
  [word('fit'), 'can'],
  [word('make (?:i|she|he|we)'), 'so I'],
  [word('tire'), ''],
  // "remind am", "I catch am after": him or her, after a verb.
  [
    /(?<=(?:remind|call|catch|tell|see|look|text|email|ask|help|send|give|meet|thank|check) )am\b/giu,
    'them',
  ],
  // "met one Ngozi Adeleke": a certain Ngozi, someone new.
  [/(?<![\p{L}'’-])one (?=\p{Lu}\p{Ll}+ \p{Lu})/gu, 'a '],
  [word('one (?=recruiter|lady|guy|man|woman|person)'), 'a'],
];

/** "Mark for Tesco text me": where someone works, before what they did, in any line. */
const workingFor =
  /(?<=(?:^|[\s(])\p{Lu}[\p{L}'’-]+) for (?=\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2} (?:text|email|call|ring|message|whatsapp|dm|send|tell|ask|video call)(?:ed|s)? me\b)/gu;

/** The line with its Pidgin put into English; a line with none comes back as it was. */
export function mendPidgin(line: string): string {
  const out = line.replace(workingFor, ' at ');
  return pidginMarker.test(out) ? applySwaps(out, swaps) : out;
}
