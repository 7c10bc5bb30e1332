// French in a one-line log, put into English before it is read: "café avec Dev ce matin",
// "Rachel m'a écrit sur LinkedIn", "Yusuf m'a présentée à Clara Hughes par mail le 23/11",
// "relancé Aisha Khan, rien depuis vendredi". Short words English has too ("de", "à", "le", "la",
// "pour", "et") are swapped only in a line that is French by a word no English note uses.
import { applySwaps, englishOrdinal, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
};
const dayWord = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const dayOf = (french: string) => days[french.toLowerCase()] ?? french;

const months: Record<string, string> = {
  janvier: 'January',
  février: 'February',
  fevrier: 'February',
  mars: 'March',
  avril: 'April',
  mai: 'May',
  juin: 'June',
  juillet: 'July',
  août: 'August',
  aout: 'August',
  septembre: 'September',
  octobre: 'October',
  novembre: 'November',
  décembre: 'December',
  decembre: 'December',
};
const monthWord =
  '(janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const monthOf = (french: string) => months[french.toLowerCase()] ?? french;

/** What someone did to the user, "m'a …", with the feminine "-e" the user writes of herself. */
const toMe: readonly Swap[] = [
  [word("m['’]a (?:mise?|mis) en (?:relation|contact) avec"), 'put me in touch with'],
  [
    word("m['’]a présentée? (?:(par mail|par e-?mail|sur linkedin|sur whatsapp) )?à"),
    (_m: string, how?: string) => `introduced me ${how ? `${how} ` : ''}to`,
  ],
  [word("m['’]a présentée?"), 'introduced me'],
  [word("m['’]a (?:appelée?|téléphoné)"), 'rang me'],
  [word("m['’]a écrit"), 'wrote to me'],
  [word("m['’]a (?:envoyée?|filée?|transmise?|passée?)"), 'sent me'],
  [word("m['’]a renvoyée?"), 'sent me back'],
  [word("m['’]a demandée?"), 'asked me'],
  [word("m['’]a remerciée?"), 'thanked me'],
  [word("m['’]a proposée? de me présenter à"), 'offered to introduce me to'],
  [word('(?:veut|va|voudrait) me présenter à'), 'will introduce me to'],
  [word("m['’]a proposée? de"), 'offered to'],
  [word("m['’]a contactée?"), 'contacted me'],
  [word("m['’]a (?:dit|raconté) que"), 'told me that'],
  [word("m['’]a (?:dit|raconté)"), 'told me'],
  [word("m['’]a parlé d['’]"), 'told me about '],
  [word("m['’]a parlé de"), 'told me about'],
  [word("m['’]a relancée?"), 'chased me'],
  [word("m['’]a recommandée?"), 'recommended me'],
];

/** Words and phrases no English note uses: swapped wherever they stand. */
const frenchWords: readonly Swap[] = [
  [/[«»]/gu, '"'],
  ...toMe,
  // Days and times: "hier", "ce matin", "vendredi dernier", "le 19/11", "en janvier".
  [word(`${dayWord} dernier`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [
    word(`(?:le |ce )?${dayWord}(?: matin| soir| après-midi)?`),
    (_m: string, day: string) => dayOf(day),
  ],
  [
    word(`(\\d{1,2})(?:er)? ${monthWord}`),
    (_m: string, d: string, m: string) => `${d} ${monthOf(m)}`,
  ],
  [word(`en ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [word('avant-hier'), 'the day before yesterday'],
  [word('hier soir'), 'last night'],
  [word('hier'), 'yesterday'],
  [word("aujourd['’]hui"), 'today'],
  [word('ce matin'), 'this morning'],
  [word('cet après-midi|cet aprem'), 'this afternoon'],
  [word('la semaine dernière'), 'last week'],
  [/(?<![\p{L}'’-])le (?=\d{1,2}\/\d{1,2})/giu, 'on '],
  // "lunch with Benjamin le 6", "le 20": on that day of this month.
  [
    /(?<![\p{L}'’-])le (\d{1,2})(?![\d/:.,h%€£]|\s*(?:h|heures?|%|ans)\b)/giu,
    (_m: string, day: string) => `on the ${englishOrdinal(Number(day))}`,
  ],
  [word('rien depuis'), 'nothing since'],
  [word('depuis'), 'since'],
  [word('pas (?:encore )?de (?:réponse|nouvelles)'), 'no reply'],
  [word('toujours rien'), 'still nothing'],
  // Ways of talking.
  [word('(?:un )?café avec'), 'coffee with'],
  // "café ce matin", "…, café hier": a coffee opening the note or a clause, said with its day.
  [
    /(?<=^|[,;] )(?:un )?café(?= (?:this|yesterday|today|last|on|with|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu,
    'coffee',
  ],
  [word('près (?:de la|du|de|des)'), 'near'],
  [word('(?:un )?(?:déj|déjeuner|dej) avec'), 'lunch with'],
  [word('(?:un )?dîner avec'), 'dinner with'],
  [word('(?:un )?(?:verre|apéro) avec'), 'drinks with'],
  [word('(?:un )?(?:appel|coup de fil) avec'), 'call with'],
  [word('(?:une )?visio avec'), 'video call with'],
  [word('par (?:mail|e-?mail)'), 'by email'],
  [word('par (?:téléphone|tel)'), 'by phone'],
  [word('sur (linkedin|whatsapp|slack|teams|insta|instagram)'), 'on $1'],
  [word('mail de remerciement'), 'thank-you email'],
  [word('messagerie'), 'voicemail'],
  [word('laissé un (?:msg|message)'), 'left a message'],
  [word("qqn|quelqu['’]un"), 'someone'],
  [word('de chez'), 'at'],
  // What the user did.
  [
    /(?:[Jj]['’]ai )?mis (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) en (?:contact|relation) avec/gu,
    'put $1 in touch with',
  ],
  [word("j['’]ai appelé|appelé"), 'rang'],
  [word("j['’]ai (?:envoyé|transmis)|envoyé|transmis"), 'sent'],
  [word("j['’]ai mailé|mailé"), 'emailed'],
  [word("j['’]ai relancé|relancé|relance"), 'chased'],
  [word("j['’]ai remercié|remercié"), 'thanked'],
  [word("j['’]ai présenté|présenté"), 'introduced'],
  [word("j['’]ai partagé|partagé"), 'shared'],
  [word("j['’]ai vu|vu"), 'saw'],
  [word("j['’]ai croisé|croisé"), 'bumped into'],
  [word('demandé à'), 'asked'],
  // "a liké mon post", "a aimé ma photo": what a contact did to the user's post; "pour me
  // remercier" (to thank me), "pour demander si" (to ask whether).
  [word('a (?:liké|likée|aimé|aimée)'), 'liked'],
  [word('a commenté'), 'commented on'],
  [word('pour me remercier'), 'to thank me'],
  [word('pour (?:lui |leur )?demander si'), 'to ask if'],
  [word('pour (?:lui |leur )?demander'), 'to ask'],
  [word('merci à'), 'thanked'],
  [word('avec'), 'with'],
  [word('chez'), 'at'],
  [word('super utile'), 'so useful'],
];

/** Words English has too, swapped only in a line that is French by the words above. */
const sharedWords: readonly Swap[] = [
  // "Liz de Deloitte", "Thomas d'Arup": from, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) de (?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) d['’](?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) et (?=\p{Lu})/gu, ' and '],
  // "head of brand de Trainline": at, after a role.
  [/(?<![\p{L}'’-])de (?=\p{Lu})/gu, 'at '],
  // "envoyé à Maria", "mail à Siobhan": to.
  [/(?<![\p{L}'’-])à (?=\p{Lu})/gu, 'to '],
  [word('pour'), 'for'],
  [word('mon|ma|mes'), 'my'],
  [word('son|sa|ses|leur|leurs'), 'their'],
  [/(?<![\p{L}'’-])l['’](?=\p{L})/giu, 'the '],
  [word('le|la|les'), 'the'],
  [word('un|une'), 'a'],
  [word('et'), 'and'],
];

const frenchMarker =
  /(?<![\p{L}'’-])(?:\d{1,2} (?:janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|le \d{1,2}(?=[\s,]|$)|m['’]a|j['’]ai|hier|aujourd['’]hui|avant-hier|ce matin|avec|chez|relancé|envoyé|appelé|mailé|partagé|remercié|présenté|merci|remercier|demander|liké|likée|aimé|aimée|déj|visio|café avec|par mail|semaine dernière|rien depuis|pas de réponse|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?![\p{L}'’-])/iu;

/** The line with its French put into English; a line with none comes back as it was. */
export function mendFrench(line: string): string {
  return frenchMarker.test(line) ? applySwaps(applySwaps(line, frenchWords), sharedWords) : line;
}
