// Tagalog in a one-line log, put into English before it is read. Filipinos in the UK write notes in
// Taglish, switching mid-line ("nag-coffee kami ni Dev kahapon", "tinawagan ko si Kate", "ni-intro
// ako ni Margaret kay Dr Helen Price", "nag-email si Emily nung Biyernes", "salamat po kay ate
// Margaret sa referral"). Tagalog marks who did what with small words before a name: "si" names
// the one the line is about, "ni" the one who did it (or whose it is), "kay" the one it was done
// to; "ako" and "ko" are the user. So the whole phrase of verb and markers is put into English at
// once ("tinawagan ako ni Anna" is "Anna rang me", "tinawagan ko si Anna" is "rang Anna"), then
// the days and times, the ways of talking and the courtesies ("ate", "kuya", "po"). Short words
// English has too ("sa", "at", "may", "na") are swapped only in a line that is Tagalog by a word
// no English note uses.

import { applySwaps, englishOrdinal, type Swap, wholeWord } from './log-line-tokens.js';

/**
 * A whole word or phrase in small letters only, unless told otherwise: "Ng", "Ang", "May" and
 * "Kay" are people's names (a note's first letter is put in small letters before these are read).
 */
const word = (text: string, flags = 'gu') => wholeWord(text, flags);

/** The days Tagalog and Cebuano take from Spanish, Monday to Saturday; Sunday is each its own. */
export const spanishDays: Readonly<Record<string, string>> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miyerkules: 'Wednesday',
  miyerkoles: 'Wednesday',
  huwebes: 'Thursday',
  biyernes: 'Friday',
  sabado: 'Saturday',
};
const days: Record<string, string> = { ...spanishDays, linggo: 'Sunday' };
const dayWord = '(lunes|martes|miyerkule?s|miyerkoles|huwebes|biyernes|sabado)';
const dayOf = (tagalog: string) => days[tagalog.toLowerCase()] ?? tagalog;

/**
 * A person as a Taglish line names them after "si", "ni" or "kay": a name of one to three words
 * (the first may be in small letters, as after a marker it can only be a name), and the firm in
 * brackets or after "from" that a note often puts after it ("Kate M (Sky)", "Lucy from AZ").
 */
const who = String.raw`([\p{L}][\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \([^)]*\)| (?:from|ng) \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)?)?)`;

/** "email", "message", "text", "DM", "whatsapp", "chat", "call": the ways a note says it wrote. */
const wrote =
  '(email|e-mail|message|msg|text|dm|DM|whatsapp|viber|messenger|chat|call|zoom|linkedin)';
const wroteEnglish: Record<string, string> = {
  email: 'emailed',
  'e-mail': 'emailed',
  message: 'messaged',
  msg: 'messaged',
  text: 'texted',
  dm: "DM'd",
  whatsapp: 'whatsapped',
  viber: 'messaged on viber',
  messenger: 'messaged on messenger',
  chat: 'messaged',
  call: 'rang',
  zoom: 'had a zoom with',
  linkedin: 'messaged on linkedin',
};
const wroteAs = (verb: string) => wroteEnglish[verb.toLowerCase()] ?? `${verb}ed`;

/** Meetings as a note says them, done together ("kami ni Dev"): "coffee with Dev". */
const together =
  '(coffee|kape|lunch|dinner|drinks|breakfast|brunch|video call|vid call|video|call|zoom|teams|meeting|chat|usap|kwentuhan|kumustahan)';
const togetherEnglish: Record<string, string> = {
  kape: 'coffee',
  chat: 'chatted',
  usap: 'talked',
  kwentuhan: 'chatted',
  kumustahan: 'caught up',
};
const togetherAs = (what: string) => togetherEnglish[what.toLowerCase()] ?? what;

/** Words and phrases no English note uses: swapped wherever they stand. */
const tagalogWords: readonly Swap[] = [
  // Courtesies after a marker, where only a name can follow: "ni ate Margaret", "kay kuya Dev",
  // "si tita Rowena"; and the particles that say nothing of what happened ("po", "daw").
  [
    /(?<=(?:^|[\s,(])(?:si|ni|kay|sina|nina|kina|kasama) )(?:ate|kuya|tita|tito|manang|manong) (?=\p{L})/gu,
    '',
  ],
  // "ate Margaret sent me the job spec…, deadline daw 18/12": opening a line that has a Tagalog
  // particle in it, "ate" is a courtesy ("ate Margaret"), not the English verb ("ate Nando's").
  // ("kuya", "tita" and "tito" before a name are courtesies in any line: see the dialects.)
  [
    /^ate (?=\p{Lu}\p{Ll}+ (?!with\b).*(?<![\p{L}'’-])(?:po|daw|raw|niya|kasi|pala|sabi)(?![\p{L}'’-]))/u,
    '',
  ],
  [/ ?(?<![\p{L}'’-])(?:po|daw|raw|ba|nga|naman)(?![\p{L}'’-])/gu, ''],
  // "sa dati kong manager": my old manager, no one's name.
  [word('(?:sa )?dati kong'), 'my old'],
  // Two people at once: "sina Priya Shah at Rachel", "si Rowena at si Kate".
  [word(`(?:kasama )?(?:sina|nina|kina) ${who} at ${who}`), 'with $1 and $2'],
  [/ at si (?=\p{L})/gu, ' and '],
  // Meetings both had: "nag-coffee kami ni Dev", "video call kami ni Margaret", "nag-usap kami ni
  // Joanne", "lunch kasama si Rowena".
  [
    word(`(?:nag-?)?${together} (?:kami|tayo) (?:ni|nina|kasama si) ${who}`),
    (_m: string, what: string, name: string) => `${togetherAs(what)} with ${name}`,
  ],
  [
    word(`${together} (?:kay|kasama si|kasama) ${who}`),
    (_m: string, what: string, name: string) => `${togetherAs(what)} with ${name}`,
  ],
  [word(`(?:nag-?)?${together} kami`), (_m: string, what: string) => togetherAs(what)],
  // Calls: "tinawagan ko si Kate" (rang her), "tinawagan ako ni Anna", "tumawag si Rachel" (rang me).
  [word(`tinawagan ko(?: ulit)? si ${who}`), 'rang $1'],
  [word(`tinawagan ako ni ${who}`), '$1 rang me'],
  [word(`tumawag (?:sakin |sa akin )?si ${who}`), '$1 rang me'],
  [word(`tumawag ako kay ${who}`), 'rang $1'],
  [word('tinawagan ko'), 'rang'],
  [word('tinawagan ako'), 'was called'],
  [word('tumawag'), 'rang'],
  // Writing: "nag-email ako kay Mr Carter" (emailed him), "nag-email si Emily" (she emailed me),
  // "nag-DM sakin si Leah", "nag-thank you ako sa LinkedIn kay Priya" (thanked her).
  [
    word(
      `nag-?(?:thank (?:u|you)|thanks?|salamat) ako((?: sa [\\p{L}]+)?) (?:kay|sa) ${who}`,
      'gu',
    ),
    'thanked $2$1',
  ],
  [word(`nag-?(?:thank (?:u|you)|thanks?|salamat) (?:si )?${who}`), '$1 thanked me'],
  [word('nag-?(?:thank (?:u|you)|thanks?) ako'), 'thanked'],
  [
    word(`nag-?${wrote}( ulit)? ako((?: sa [\\p{L}]+)?) (?:kay|sa) ${who}`),
    (_m: string, verb: string, again = '', on = '', name: string) =>
      `${wroteAs(verb)} ${name}${on}${again ? ' again' : ''}`,
  ],
  [
    word(`nag-?${wrote} (?:sakin |sa akin )?si ${who}`),
    (_m: string, verb: string, name: string) => `${name} ${wroteAs(verb)} me`,
  ],
  [
    word(`nag-?${wrote}( ulit)? ako`),
    (_m: string, verb: string, again = '') => `${wroteAs(verb)}${again ? ' again' : ''}`,
  ],
  [word(`nag-?(?:like|react) (?:ako )?(?:ng|sa) (\\p{L}+) ni ${who}`), "liked $2's $1"],
  [word('nag-?like(?: ako)?'), 'liked'],
  [word(`nag-?connect (?:sakin |sa akin )?si ${who}`), '$1 connected with me'],
  // "nag-connect ako kay Jennifer Dizon sa LinkedIn", "ni-follow ko na si Chloe": the user did.
  [word(`nag-?connect ako (?:kay|kina|sa) ${who}`), 'connected with $1'],
  [word(`(?:ni|in)-?follow ko(?: na)? (?:si|kay) ${who}`), 'followed $1'],
  [word(`nag-?comment ako sa (job )?post ni ${who}`), "commented on $2's $1post"],
  [word('nag-?comment ako sa'), 'commented on'],
  [word(`nag-?iwan ako ng voicemail (?:kay|sa) ${who}`), 'left $1 a voicemail'],
  [word('nag-?iwan ako ng voicemail'), 'left a voicemail'],
  // Done to or by someone with the verb borrowed from English: "ni-intro ako ni Lucy kay Dr Raj
  // Menon" (Lucy introduced me to him), "ni-email ni Priya yung JD" (she emailed me the JD),
  // "ni-refer ako ni Owen" (he referred me), "ni-intro ko si Wei kay Chidi", "in-email ko yung CV ko
  // kay Rachel", "tinext ko si Sam", "pinadala ko kay Emily".
  [word(`(?:ni|in)-?intro ako ni ${who} (?:kay|sa)`), '$1 introduced me to'],
  [word(`(?:ni|in)-?intro ako ni ${who}`), '$1 introduced me'],
  [word(`(?:ni|in)-?intro ko si ${who} (?:kay|sa)`), 'introduced $1 to'],
  [word(`(?:ni|in)-?refer ako ni ${who}`), '$1 referred me'],
  [
    word(`(?:ni|in)-?${wrote} ako ni ${who}`),
    (_m: string, verb: string, name: string) => `${name} ${wroteAs(verb)} me`,
  ],
  [
    word(`(?:ni|in)-?${wrote} ni ${who}`),
    (_m: string, verb: string, name: string) => `${name} ${wroteAs(verb)} me`,
  ],
  [
    word(`(?:ni|in|t?in)-?${wrote} ko (?:si|kay) ${who}`),
    (_m: string, verb: string, name: string) => `${wroteAs(verb)} ${name}`,
  ],
  [word(`(?:ni|in)-?${wrote} ko`), (_m: string, verb: string) => wroteAs(verb)],
  [word(`tinext ko si ${who}`), 'texted $1'],
  [word('tinext ko'), 'texted'],
  [word(`(?:pinadala|sinend|pinasa|binigay) ko(?: na)? (?:kay|kina) ${who}`), 'sent $1'],
  [word('(?:pinadala|sinend|pinasa|binigay) ko(?: na)?'), 'sent'],
  [word(`binigay (?:niya|nila)(?: yung| ang)? (\\p{L}+) (?:niya|nila)`), 'gave me their $1'],
  // Seeing and meeting: "nakita ko si Dan", "nakilala ko si Grace", "nakausap ko ulit si Maria".
  [word(`nakita ko si ${who}`), 'saw $1'],
  [word(`nakilala ko si ${who}`), 'met $1'],
  [word(`nakausap ko(?: ulit)? si ${who}`), 'talked to $1'],
  [word('nakita ko'), 'saw'],
  [word('nakilala ko'), 'met'],
  [word('nakausap ko'), 'talked to'],
  // Following up and thanking: "follow up ulit kay kuya Dev", "salamat po kay ate Margaret sa
  // referral", "salamat daw sabi ni Ben Ng" (he said thanks), "salamat daw sa pag-refer ko".
  [word(`follow(?:ed)?[- ]?up(?: ulit)? (?:kay|sa) ${who}`), 'followed up with $1'],
  [word(`salamat (?:kay|sa) ${who} sa`), 'thanked $1 for the'],
  [word(`salamat (?:kay|sa) ${who}`), 'thanked $1'],
  [word(`salamat sabi ni ${who}`), '$1 said thanks'],
  [word('salamat sa pag-?(\\p{L}+) ko'), 'thanked me for my $1'],
  [word('salamat sa'), 'thanks for'],
  [word('salamat'), 'thanks'],
  // Saying and asking: "sabi ni Niamh", "sabi niya", "sinabi ni Hannah na", "hinihingi yung notes
  // ko" (asking for them), "gusto niyang makita", "pwede ba ako mag-speak" (asked if I could).
  [word(`(?:sabi|sinabi) ni ${who}(?: na)?`), '$1 said'],
  [word('(?:sabi|sinabi) (?:niya|nila)(?: na)?'), 'they said'],
  [word('na hiningi (?:niya|nila)'), 'that they asked for'],
  [word('na hinahanap (?:niya|nila)'), 'that they were looking for'],
  [word('(?:hinihingi|hiningi|humihingi)(?: niya| nila)?'), 'asking for'],
  [word('humingi ng'), 'ask for a'],
  [word('gusto (?:niyang|nilang) makita'), 'wants to see'],
  [word('gusto (?:niya|nila) akong i-?(\\p{L}+)'), 'wants to $1 me'],
  [word('gusto (?:niya|nila) ako'), 'they want me'],
  [/(?<![\p{L}'’-])pwede (?:ba )?ako (?:mag-?)?/gu, 'asked if I could '],
  [/(?<![\p{L}'’-])kung pwede (?:ba )?ako (?:mag-?)?/gu, 'asking if I could '],
  [word('kung pwede (?:niya|nila) ako i-?(\\p{L}+)'), 'asking if they could $1 me'],
  [word('kung may'), 'if there are'],
  // Introductions to come: "ipapakilala niya ako kay Conor Walsh", "ipapakilala niya ako sa lead
  // niya", "pumayag siya i-refer ako", "ipapasa nila CV ko".
  [word('ipapakilala (?:niya|nila) ako (?:kay|sa|kina)'), "they'll introduce me to"],
  [word('ipapakilala (?:niya|nila) ako'), "they'll introduce me"],
  [word('pumayag (?:siya|sila) (?:na )?i-?(\\p{L}+) ako'), 'agreed to $1 me'],
  [word('ipapasa (?:niya|nila)'), "they'll pass on"],
  [word('ni-?refer (?:niya|nila) ako'), 'they referred me'],
  // News: "may opening daw sa team niya" (there is), "hiring daw sila", "wala pa rin" (nothing
  // yet), "wala na daw yung BI role" (it is gone), "na-fill na yung contract role" (filled).
  [word('wala na (?:yung|ang) (.+?) role'), 'the $1 role is gone'],
  [word('na-?fill na (?:yung|ang) ((?:[\\p{L}-]+ ){0,4}?role)'), '$1 already filled'],
  [
    word('(filled|closed|taken|gone) na (?:yung|ang|the) ((?:[\\p{L}-]+ ){0,4}?role)'),
    '$2 already $1',
  ],
  [word('wala pa(?: rin)? since'), 'nothing since'],
  [word('wala pa(?: rin)?'), 'nothing yet'],
  [word('wala pang sagot|walang sagot|walang reply'), 'no reply'],
  [word('wala'), 'no'],
  [word('hiring (?:sila|siya)'), "they're hiring"],
  [word('may bagong'), "there's a new"],
  // The days and times: "kagabi", "noong Huwebes", "nung isang linggo", "noong ika-20", "nung
  // 12th" (Filipino English's "kahapon" and "kanina" are read with the dialects).
  [word('kamakalawa'), 'the day before yesterday'],
  [word('kagabi'), 'last night'],
  [word('kaninang umaga'), 'this morning'],
  [word('bukas'), 'tomorrow'],
  [word('(?:noong|nung) (?:isang|nakaraang) linggo|last linggo'), 'last week'],
  [word('(?:noong|nung) isang araw'), 'the other day'],
  [word('(?:noong|nung) linggo', 'giu'), 'last Sunday'],
  [
    word(`(?:noong|nung|last) ${dayWord}`, 'giu'),
    (_m: string, day: string) => `last ${dayOf(day)}`,
  ],
  [word(dayWord, 'giu'), (day: string) => dayOf(day)],
  [
    word('(?:noong|nung) ika-?(\\d{1,2})'),
    (_m: string, d: string) => `on the ${englishOrdinal(d)}`,
  ],
  [
    /(?<![\p{L}'’-])(?:noong|nung) (\d{1,2})(?![\d/\p{L}])/gu,
    (_m: string, d: string) => `on the ${englishOrdinal(d)}`,
  ],
  [word('noong|nung'), 'on'],
  // Ways of talking and the rest: "sa LinkedIn" (on), "sakin" (me), "kwentuhan", "chika".
  [word('sakin|sa akin'), 'me'],
  [word('nagkwentuhan|kwentuhan|kumustahan'), 'chatted'],
  [word('nag-?usap'), 'talked'],
  [word('ulit'), 'again'],
  [word('lang'), 'just'],
  [word('pero'), 'but'],
  [word('baka'), 'in case'],
  [word('kasama'), 'with'],
  [word('kape'), 'coffee'],
  [word('ang bait|mabait'), 'kind'],
  [word('na interested ako'), "saying I'm interested"],
];

/** Words English has too, swapped only in a line that is Tagalog by the words above. */
const sharedWords: readonly Swap[] = [
  // "yung CV ko" (my CV), "team niya" (their team), "sa team nila".
  [word('(?:yung|ang) ((?:\\p{L}+ ){0,2}\\p{L}+) ko'), 'my $1'],
  [/(?<![\p{L}'’-])([\p{L}\d-]+) ko(?![\p{L}'’-])/gu, 'my $1'],
  [word('(?:yung|ang) ((?:\\p{L}+ ){0,2}\\p{L}+) (?:niya|nila)'), 'their $1'],
  [/(?<![\p{L}'’-])([\p{L}\d-]+) (?:niya|nila)(?![\p{L}'’-])/gu, 'their $1'],
  // "ng post ni Robert" (Robert's post), "kami ni Carlo" (with Carlo), before "ni" is dropped.
  [word(`ng ([\\p{L}-]+) ni ${who}`), "$2's $1"],
  [/(?<![\p{L}\d'’/-])(?:kami|kayo|sila) ni (?=\p{Lu})/gu, 'with '],
  [word('(?:si|ni) (?=\\p{L})'), ''],
  [word('kina'), 'to'],
  [word('sa pag-?(\\p{L}+)'), 'for $1'],
  [word('pag-?(\\p{L}+)'), '$1'],
  [word('sa isang'), 'at a'],
  [/(?<![\p{L}'’-])ng (?=\p{Lu})/gu, 'from '],
  [word('ng'), 'a'],
  [word('yung|ang'), 'the'],
  [/(?<![\p{L}'’-])may (?=\d)/gu, "there's a "],
  [word('may'), "there's"],
  [word('ako'), 'I'],
  [word('siya|sila'), 'they'],
  [word('kami'), 'we'],
  [word('na'), 'that'],
  [word('(?:nag|mag|i|na)-(\\p{L}+)'), '$1'],
  [word('kung'), 'if'],
  [word('para'), 'to'],
  [word('din|rin'), 'too'],
];

/** Words of Tagalog that may open a note or be written with a capital: verbs, times, days. */
const tagalogMarker =
  /(?<![\p{L}'’-])(?:kahapon|kagabi|kanina|kamakalawa|noong|nung|tinawagan|tumawag|tinext|pinadala|sinend|nakita|nakilala|nakausap|ipapakilala|hinihingi|hiningi|salamat|sabi|sinabi|(?:nag|ni|pag|mag)-\p{L}+|in-(?:email|text|message|intro)|huwebes|biyernes|miyerkules|sabado|kape|pumayag|ipapasa|binigay)(?![\p{L}'’-])/iu;
/**
 * Tagalog in small letters only: "Kay", "Nina" and "Daw" (Burmese for Mrs) may be people or
 * courtesies; "filled na yung role" says the role is already filled. "ng" alone and "lang" are
 * not enough: "ben ng" and "sophie lang" are people.
 */
const tagalogMarkerLower =
  /(?<![\p{L}'’-])(?:kay|kina|sina|nina|ako|siya|sila|daw|yung|niya|nila|kami|sakin|wala|kayo|ulit|ng [\p{L}-]+ ni|(?:filled|closed|taken|gone) na)(?![\p{L}'’-])/u;

/** The line with its Tagalog put into English; a line with none comes back as it was. */
export function mendTagalog(text: string): string {
  // "Tinawagan ko si Kate", "Nag-email si Emily": a Tagalog word opening a note, in small letters
  // as the phrases below are written (a name after it keeps its capital).
  const line = tagalogMarker.test(text.split(' ')[0] ?? '')
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
  return tagalogMarker.test(line) || tagalogMarkerLower.test(line)
    ? applySwaps(applySwaps(line, tagalogWords), sharedWords)
    : line;
}
