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
/** "1er nov", "12 nov.", "2 déc": a month cut short after a day, as Québécois notes write it. */
const shortMonths: Record<string, string> = {
  janv: 'January',
  févr: 'February',
  fevr: 'February',
  avr: 'April',
  juil: 'July',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  déc: 'December',
  dec: 'December',
};
const shortMonthWord = '(janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c)';
const shortMonthOf = (french: string) =>
  shortMonths[french.toLowerCase()] ??
  shortMonths[french.toLowerCase().replace('é', 'e')] ??
  french;
/** "il a", "elle offre": the pronoun before what a contact did. */
const pronoun = (french: string) => (french.toLowerCase() === 'il' ? 'he' : 'she');

/** What someone did to the user, "m'a …", with the feminine "-e" the user writes of herself. */
const toMe: readonly Swap[] = [
  [word("m['’]a (?:mise?|mis) en (?:relation|contact) avec"), 'put me in touch with'],
  // "m'a intro à Sophie", "m'a intro par courriel à Laura": the Québécois "intro" is "présenté";
  // the one the user met is no person of the line, only who introduced them.
  [
    word(
      "m['’]a (?:présentée?|intro(?:duite?)?) (?:(par mail|par e-?mail|par courriel|sur linkedin|sur whatsapp) )?à",
    ),
    (_m: string, how?: string) => `introduced me ${how ? `${how} ` : ''}to`,
  ],
  [word("m['’]a (?:présentée?|intro(?:duite?)?)"), 'introduced me'],
  // "m'a rappelé" (called me back), "m'a texté" (texted me), "m'a pingé", "m'a suivi sur
  // LinkedIn" (followed me), "m'a écrit un courriel" (emailed me), "m'a offert un contrat".
  [word("m['’]a rappelée?"), 'called me back'],
  // English verbs a Québécois note leaves bare after "m'a": "m'a call à matin" (called me), "m'a
  // add sur LinkedIn" (added me), "m'a follow" (followed me), "m'a DM sur insta" (messaged me),
  // "m'a référé pour le poste" (referred me).
  [word("m['’]a call(?:ée?)?"), 'called me'],
  [word("m['’]a add(?:ée?)?"), 'added me'],
  [word("m['’]a follow(?:ée?)?"), 'followed me'],
  [/(?<![\p{L}'’-])m['’]a DM(?:ée?)?(?![\p{L}'’-])/giu, 'DMed me'],
  [word("m['’]a (?:référée?|referrée?)"), 'referred me'],
  [word("m['’]a (?:appelée?|téléphoné)"), 'rang me'],
  // "m'a fait un call" (called me), "m'a courriellé" (emailed me), "m'a fait suivre" (forwarded
  // me), "m'a fait parvenir" and "m'a refilé" (sent me), "m'a donné" (gave me).
  [word("m['’]a (?:fait|passé) un (?:call|appel|coup de fil)"), 'rang me'],
  [word("m['’]a courriell?ée?"), 'emailed me'],
  [word("m['’]a fait suivre"), 'forwarded me'],
  [word("m['’]a (?:fait parvenir|refilée?)"), 'sent me'],
  // "m'a donné ses conseils", "m'a donné plein de tips": advice, talk and no give.
  [
    word(
      "m['’]a donnée? (?:des |ses |leurs |plein de |quelques |de bons )?(?:conseils|tips|trucs|astuces|pistes)",
    ),
    'gave me advice',
  ],
  [word("m['’]a donnée?"), 'gave me'],
  [word("m['’]a expliqué"), 'explained to me'],
  [word("m['’]a textée?"), 'texted me'],
  [word("m['’]a pingée?"), 'pinged me'],
  [word("m['’]a suivie?(?= sur| on)"), 'followed me'],
  [word("m['’]a (?:écrit|envoyée?) (?:un|le) (?:courriel|e-?mail|mail)"), 'emailed me'],
  [word("m['’]a (?:offerte?|proposée?) de me présenter à"), 'offered to introduce me to'],
  [word("m['’]a offerte?"), 'offered me'],
  [word("m['’]a écrit"), 'wrote to me'],
  [word("m['’]a (?:envoyée?|filée?|transmise?|passée?)"), 'sent me'],
  [word("m['’]a renvoyée?"), 'sent me back'],
  [word("m['’]a demandée? si"), 'asked me if'],
  // "m'a demandé mon taux journalier": asked me for something of mine.
  [word("m['’]a demandée? (?:mon|ma|mes)"), 'asked me for my'],
  [word("m['’]a demandée? de"), 'asked me to'],
  [word("m['’]a demandée?"), 'asked me'],
  [word("m['’]a remerciée?"), 'thanked me'],
  [word("m['’]a proposée? de me présenter à"), 'offered to introduce me to'],
  [word('(?:veut|va|voudrait) me présenter à'), 'will introduce me to'],
  [word("m['’]a proposée? de"), 'offered to'],
  // "il va m'intro à son lead", "elle offre de me connecter avec…", "elle va me référer au head
  // of product", "pour m'offrir un contrat": what a contact will do or offers to do for the user.
  [word("(?:va|veut|voudrait) m['’]intro(?:duire)? à"), 'will intro me to'],
  [
    word("(?:offre|propose|a offert|a proposé) de m['’]intro(?:duire)? à"),
    'offered to intro me to',
  ],
  [
    word(
      '(?:offre|propose|a offert|a proposé) de me (?:connecter|mettre en (?:contact|relation)) avec',
    ),
    'offered to connect me with',
  ],
  [
    word("(va|veut|peut|voudrait) me (?:référer|recommander)(?: (au|à la|à l['’]|aux|à))?"),
    (_m: string, verb: string, to?: string) =>
      `${verb.toLowerCase() === 'va' ? 'will' : 'offered to'} refer me${to ? (to === 'à' ? ' to' : ' to the') : ''}`,
  ],
  [word("(?:pour )?m['’]offrir"), 'to offer me'],
  [word("m['’]offre"), 'offers me'],
  [word("m['’]a contactée?"), 'contacted me'],
  [word("m['’]a (?:dit|raconté) que"), 'told me that'],
  [/(?<![\p{L}'’-])m['’]a (?:dit|raconté) qu['’](?=\p{L})/giu, 'told me that '],
  // "y m'ont parlé d'un poste": they told me about it.
  [/(?<![\p{L}'’-])m['’]ont parlé d['’](?=\p{L})/giu, 'told me about '],
  [word("m['’]ont parlé de"), 'told me about'],
  [word("m['’]ont (?:dit|raconté)"), 'told me'],
  [word("m['’]a (?:dit|raconté)"), 'told me'],
  [/(?<![\p{L}'’-])m['’]a parlé d['’](?=\p{L})/giu, 'told me about '],
  [word("m['’]a parlé de"), 'told me about'],
  [word("m['’]a relancée?"), 'chased me'],
  [word("m['’]a recommandée?"), 'recommended me'],
];

/** Words and phrases no English note uses: swapped wherever they stand. */
const frenchWords: readonly Swap[] = [
  [/[«»]/gu, '"'],
  // Québécois "y" (he) and "a" (she) opening a clause: "y m'a offert un contrat", "faque y
  // cherche", "a m'a dit"; "il y a", "on y va" and "y'a" keep theirs.
  [
    /(?<=^|[,;:] |[-–—] |(?:faque|pis|mais|et|que) )y(?= (?:m['’]ont|veulent|voulaient|vont|cherchent|ont|sont)(?![\p{L}'’-]))/gu,
    'they',
  ],
  [/(?<=^|[,;:] |[-–—] |(?:faque|pis|mais|et|que) )y(?= \p{L})/gu, 'he'],
  [
    /(?<=^|[,;:] |[-–—] |(?:faque|pis|mais|et|que) )a(?= m['’]| me | veut | voulait | va )/gu,
    'she',
  ],
  // "elle me les avait demandés", "il me l'avait demandé": sent because they asked, a give.
  [
    word("(?:il|elle|ils|elles|he|she) me (?:les |l['’])?avai(?:en)?t demandée?s?"),
    'they had asked for it',
  ],
  [word('comme (?:demandé|convenu)e?s?'), 'as requested'],
  [word("qu['’](?:il|elle) m['’]avait promise?"), 'they had promised me'],
  ...toMe,
  // "il y a un poste", "y'a un contrat": there is.
  [/(?<![\p{L}'’-])(?:il y a|y['’] ?a)(?= (?:un|une|des|du|de la)(?![\p{L}'’-]))/giu, 'there is'],
  // Québécois: "pis" (and), "faque" (so), "à matin" (this morning), "icitte" (here).
  [word('pis'), 'and'],
  [word('faque'), 'so'],
  [word('à matin'), 'this morning'],
  [word('icitte'), 'here'],
  // English verbs with a French ending: "booké", "follow-upé Marcus", "j'ai courriellé Sam".
  [word("(?:j['’]ai )?follow-?upp?ée?(?: avec)?"), 'followed up with'],
  // "follow-up à Sam sur la référence": a chase, written as the noun.
  [/(?<=^|[,;] )(?:fait (?:un|le) )?[Ff]ollow-?up (?:à|avec)(?= \p{Lu})/gu, 'followed up with'],
  // "pitché mon offre à Joanne" (pitched), "j'ai intro Zoe à Priya" (introduced them to each other).
  [word("(?:j['’]ai )?pitchée?"), 'pitched'],
  [
    word(
      "(?:[Jj]['’]ai )?intro(?:duite?)?(?= \\p{Lu}[^,;]* à (?:(?:mon|ma|son|sa) \\p{Ll}+ )?\\p{Lu})",
      'gu',
    ),
    'introduced',
  ],
  // "add Mathieu sur linkedin": connected with; "m'a add" is read with what a contact did.
  [
    /(?<=^|[,;] )(?:[Jj]['’]ai )?[Aa]dd(?:ée?)?(?= \p{Lu}[^,;]*sur (?:[Ll]inked ?[Ii]n)(?!\p{L}))/gu,
    'connected with',
  ],
  // "si j'peux l'aider": if I can help them.
  [/(?<![\p{L}'’-])j['’]peux(?![\p{L}'’-])/giu, 'I can'],
  [word("l['’]aider"), 'help them'],
  [word("(?:j['’]ai )?bookée?"), 'booked'],
  [word("(?:j['’]ai )?courriell?ée?"), 'emailed'],
  [word("(?:j['’]ai )?cédulée?"), 'scheduled'],
  // "on s'est vu pour un café", "on s'est parlé sur Meet": we met, we talked.
  [
    word("on s['’]est (?:vue?s?|rencontrée?s?)( pour (?:un|le) café)?"),
    (_m: string, coffee?: string) => (coffee ? 'we met for coffee' : 'we met'),
  ],
  [word("on s['’]est (?:parlée?s?|appelée?s?)"), 'we talked'],
  [word("(?:j['’]ai )?parlé avec"), 'talked with'],
  // "au 5@7 de l'OIQ": the after-work networking drinks Québec calls a "5 à 7", an event.
  [/(?<![\p{L}\d])(?:5 ?[@à] ?7|cinq à sept)(?![\p{L}\d])/gu, 'networking night'],
  [word('colloque|conférence'), 'conference'],
  [word('(?:un |le )?souper avec'), 'dinner with'],
  [word('(?:une )?vidéo avec'), 'video call with'],
  // "webinaire de Canva hier, Maria pis Anna étaient là": an event and who was there.
  [/(?<=^|[,;] |au |à un |à la )(?:un |le )?[Ww]ebinaires?(?![\p{L}'’-])/gu, 'webinar'],
  [word('étaient là'), 'were there'],
  // "sur Meet", "Meet avec Sophie": Google Meet, a video call.
  [/(?<=^|sur |on )Meet(?![\p{L}'’-])/gu, 'Google Meet'],
  [word('au t[ée]l(?:éphone)?'), 'on the phone'],
  // "chez Tim avec Mathieu à matin": at Tim Hortons, a coffee.
  [/(?<![\p{L}'’-])chez Tim(?: Hortons|(?= avec| à matin| ce matin))/gu, 'coffee at Tim Hortons'],
  [/^(?:une )?rencontre(?= avec| au| à| chez)/giu, 'meeting'],
  // "en commentaire sur LinkedIn", "dans un commentaire LinkedIn": a comment, social.
  [word('en commentaire'), 'in a comment'],
  [word('(?:un )?commentaires? (linkedin|instagram|insta)'), 'a $1 comment'],
  [word('commentaires?'), 'comment'],
  [
    /(?<![\p{L}'’-])(?:le|la) (post|publication) d['’e] ?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu,
    "$2's post",
  ],
  [word('(?:a )?commenté'), 'commented on'],
  // Thanks: "remerciements à Yusuf", "merci pour la bière".
  [word('remerciements à'), 'thanked'],
  [word('merci pour'), 'thanks for'],
  // A contact asking: "y voulait savoir si je donnerais une présentation à leur lunch & learn".
  [word('(?:voulait|veut|voudrait) savoir si'), 'wanted to know if'],
  [
    word('je (?:donnerais|ferais) une (?:présentation|conférence)(?: (?:à|au))?'),
    'I would give a talk at',
  ],
  [word('(?:en )?(?:lui|leur) demandant'), 'asking them for'],
  // "fait une demande de référence à Patel": asked Patel for a referral.
  [
    /(?:[Jj]['’]ai )?(?:fait une )?demande de (?:référence|recommandation|referral) à (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu,
    'asked $1 for a referral',
  ],
  [word('(?:je (?:lui|leur) ai )?demandé (?:des )?conseils?'), 'asked for advice'],
  [word('des (?:conseils|tips|trucs)'), 'advice'],
  [word("j['’]ai demandé à"), 'asked'],
  [word('de me présenter à'), 'to introduce me to'],
  [
    word(
      '(?:un |le |ce )?(?:(?:vm|voicemail|message vocal) laissé|laissé un (?:vm|voicemail|message vocal)) à',
    ),
    'left a voicemail for',
  ],
  [word('pour me commander'), 'to commission'],
  [word('aurait'), 'has'],
  [word('devait me revenir(?= le \\d)'), 'was due to get back to me by'],
  [word('a pensé à (?:moi|me)'), 'thought of me'],
  [word("(?:pensait|pense) que ça m['’]intéresserait"), 'thought I would like it'],
  // Days and times: "hier", "ce matin", "vendredi dernier", "le 19/11", "en janvier".
  // "jeudi passé" (last Thursday), "vendredi prochain" (next Friday, a plan and not the line's day).
  [word(`${dayWord} (?:dernier|passé)`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`${dayWord} prochain`), (_m: string, day: string) => `next ${dayOf(day)}`],
  [
    word(`(?:le |ce )?${dayWord}(?: matin| soir| après-midi)?`),
    (_m: string, day: string) => dayOf(day),
  ],
  [
    word(`(\\d{1,2})(?:er)? ${monthWord}`),
    (_m: string, d: string, m: string) => `${d} ${monthOf(m)}`,
  ],
  [
    word(`(\\d{1,2})(?:er)? ${shortMonthWord}\\.?`),
    (_m: string, d: string, m: string) => `${d} ${shortMonthOf(m)}`,
  ],
  [word(`en ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [word('avant-hier'), 'the day before yesterday'],
  [word('hier soir'), 'last night'],
  [word('hier'), 'yesterday'],
  [word("aujourd['’]hui"), 'today'],
  [word('ce matin'), 'this morning'],
  [word('cet après-midi|cet aprem'), 'this afternoon'],
  [word('la semaine (?:dernière|passée)'), 'last week'],
  [word('la semaine prochaine'), 'next week'],
  // "rien depuis le 14": a silence since that day, no date of the line.
  [
    word('(rien )?depuis le (\\d{1,2})'),
    (_m: string, nothing: string | undefined, day: string) =>
      `${nothing ? 'nothing ' : ''}since the ${englishOrdinal(Number(day))}`,
  ],
  // "la facture impayée du 2 nov": the date of the invoice, no date of the line.
  [word('une facture impayée'), 'an unpaid invoice'],
  [word('(?:la )?factures? impayées?'), 'the unpaid invoice'],
  [word('une facture'), 'an invoice'],
  [word('(?:la )?factures?'), 'the invoice'],
  [/(?<=invoice )du (?=\d{1,2}(?:er)? \p{L})/gu, 'of '],
  [/(?<![\p{L}'’-])le (?=\d{1,2}\/\d{1,2})/giu, 'on '],
  // "le 15.11": a day and month with a dot.
  [/(?<![\p{L}'’-])le (\d{1,2})\.(\d{1,2})(?![\d.])/giu, 'on $1/$2'],
  // "lunch with Benjamin le 6", "le 20": on that day of this month.
  [
    /(?<![\p{L}'’-])le (\d{1,2})(?![\d/h%€£]|[:.,]\d|\s*(?:h|heures?|%|ans)\b)/giu,
    (_m: string, day: string) => `on the ${englishOrdinal(Number(day))}`,
  ],
  [word('rien depuis'), 'nothing since'],
  [word('depuis'), 'since'],
  [word('pas (?:encore )?de (?:réponse|nouvelles|news)'), 'no reply'],
  [word('toujours rien'), 'still nothing'],
  // "rien de neuf", "…, rien": nothing came of a chase.
  [word('rien de (?:neuf|nouveau)'), 'nothing new'],
  [word('rien de spécial'), 'nothing special'],
  [/(?<=[,;] )rien(?=\s*(?:$|[.,;!]))/giu, 'nothing'],
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
  [word('par (?:mail|e-?mail|courriel)'), 'by email'],
  // Québécois: "courriel" (email), "texto" (a text), "texté" (texted), "jasé" (chatted), "on se
  // parle" (we'll talk), "laissé un vm" or "un message vocal" (a voicemail: a call).
  [word('par texto'), 'by text'],
  [/(?<![\p{L}'’-])(?:un |le )?courriel (?:reçu )?(?:de |d['’])(?=\p{Lu})/gu, 'email from '],
  [/(?<![\p{L}'’-])(?:un |le )?texto (?:reçu )?(?:de |d['’])(?=\p{Lu})/gu, 'text from '],
  [word('(?:un |le )?courriels?'), 'an email'],
  [word('(?:un |le )?textos?'), 'a text'],
  [word("(?:j['’]ai |a )?textée?"), 'texted'],
  [word('(?:je me suis )?connectée? avec'), 'connected with'],
  [word('on a jasé'), 'we chatted'],
  [word("(?:j['’]ai )?jasée?"), 'chatted'],
  [word('on se parle'), 'we will talk'],
  [word('reçue?'), 'received'],
  [word('laissé un (?:message vocal|msg vocal|vm)'), 'left a voicemail'],
  [word('laissé un vocal'), 'left a voice note'],
  [word('(?:une |la )?demande de connexion'), 'a connection request'],
  [word('par (?:téléphone|tel)'), 'by phone'],
  [word('sur (linkedin|whatsapp|slack|teams|insta|instagram)'), 'on $1'],
  [word('mail de remerciement'), 'thank-you email'],
  [word('messagerie'), 'voicemail'],
  [word('laissé un (?:msg|message)'), 'left a message'],
  [word("qqn|quelqu['’]un"), 'someone'],
  [/(?<=someone )d['’](?=\p{Lu})/gu, 'from '],
  [word('(?:mon|ma) (?:chum|blonde|amie?|pote)'), 'my friend'],
  [word('(?:un|une) amie?'), 'a friend'],
  [word('(?:un|une) recrut(?:eur|euse)'), 'a recruiter'],
  [word('(?:le |la )?recrut(?:eur|euse)'), 'the recruiter'],
  [word('colocs?'), 'roommate'],
  // "au meetup", "au salon de l'emploi": an event.
  [
    word("(?:le |au )?salon (?:de l['’]emploi|de l['’]embauche|carrière|de recrutement)"),
    'at the job fair',
  ],
  // A contact telling of a role: "Just Eat cherche un PM", "Starling cherche qqn", "Leeds Data Co
  // recrute", "Glovo ouvre un poste", "Arup a un contrat": is hiring, has a role.
  // Only a named firm hires: "son neveu cherche un job" and "comment ils recrutent" are no role.
  [
    /(?<=\p{Lu}[\p{L}\p{N}.&'’-]* )cherche(?= (?:un|une|des|qqn|someone|quelqu['’]un)(?![\p{L}'’-])(?! (?:job|emploi|travail|boulot|stage|poste)))/gu,
    'is hiring',
  ],
  // "Skyscanner embauche des analystes", "Glovo cherche du monde"; "comment Northwind recrute"
  // (how it hires) tells of no role.
  [
    /(?<=\p{Lu}[\p{L}\p{N}.&'’-]* )(?<!comment \S+ )(?:recrute|embauche|cherche du monde|engage(?= (?:des|un|une|du|qqn)(?![\p{L}'’-])))(?![\p{L}'’-])/gu,
    'is hiring',
  ],
  // "y cherche un freelance", "elle cherche qqn": a contact hiring, said of him or her.
  [
    /(?<=(?:^|[,;:] )(?:il|elle|he|she) )cherche(?= (?:un|une|des|qqn|someone|quelqu['’]un)(?![\p{L}'’-])(?! (?:job|emploi|travail|boulot|stage|poste)))/gu,
    'is hiring',
  ],
  // "NHS Digital a gelé le poste": the role is gone, news and no give.
  [
    word('a (gelé|annulé|fermé|comblé|pourvu)'),
    (_m: string, state: string) =>
      `has ${({ gelé: 'frozen', annulé: 'cancelled', fermé: 'closed', comblé: 'filled', pourvu: 'filled' } as Record<string, string>)[state.toLowerCase()] ?? state}`,
  ],
  // "au cas où ils cherchent du monde": in case they are hiring; "connaît du monde": people.
  [word('au cas où'), 'in case'],
  [
    /(?<![\p{L}'’-]|comment )(?:ils|elles|y|they) (?:cherchent|embauchent|recrutent|engagent)(?: du monde)?(?![\p{L}'’-])/gu,
    'they are hiring',
  ],
  [word('du monde'), 'people'],
  [
    word('(portfolio|liste|exemples) de (projets|rôles|postes|rapports)'),
    (_m: string, what: string, of: string) =>
      `${({ portfolio: 'portfolio', liste: 'list', exemples: 'examples' } as Record<string, string>)[what.toLowerCase()] ?? what} of ${({ projets: 'projects', rôles: 'roles', postes: 'roles', rapports: 'reports' } as Record<string, string>)[of.toLowerCase()] ?? of}`,
  ],
  [word('(?:des )?exemples de mes'), 'examples of my'],
  [word('pour savoir si'), 'to ask if'],
  // "pour checker si Accenture engage": to ask whether.
  [word('pour (?:checker|vérifier) si'), 'to ask if'],
  [word('checker'), 'check'],
  [word('ouvre (?:un|une|des) (?:postes?|rôles?)'), 'is hiring a role'],
  [
    word('a (?:un|une) (poste|contrat|rôle|opportunité|mandat)'),
    (_m: string, what: string) =>
      `has a ${({ poste: 'role', contrat: 'contract', rôle: 'role', opportunité: 'opportunity', mandat: 'contract' } as Record<string, string>)[what.toLowerCase()] ?? what}`,
  ],
  [word('(?:une )?opportunité de contrat'), 'a contract opportunity'],
  // "un mandat", "un petit mandat d'analyse": a consultant's contract; "contrat de 6 mois".
  [
    word('(un|le|ce) (?:petit )?mandat'),
    (_m: string, a: string) => (a.toLowerCase() === 'un' ? 'a contract' : 'the contract'),
  ],
  [/(?<=^|[,;:] )(?:contrat|mandat)(?![\p{L}'’-])/gu, 'a contract'],
  [word('mandats?'), 'contract'],
  [word('opportunités?'), 'opportunity'],
  [word('postes?'), 'role'],
  // "un contrat PM", but "son contrat type" (their standard contract) is a document, kept.
  [
    word('(un|le|ce) contrat'),
    (_m: string, a: string) => (a.toLowerCase() === 'un' ? 'a contract' : 'the contract'),
  ],
  // "le poste chez Bupa est pourvu": no role after all.
  [
    word('est (pourvu|comblé|fermé|gelé|annulé)e?'),
    (_m: string, state: string) =>
      `is ${({ pourvu: 'filled', comblé: 'filled', fermé: 'closed', gelé: 'frozen', annulé: 'cancelled' } as Record<string, string>)[state.toLowerCase()] ?? state}`,
  ],
  [word('projets?'), 'project'],
  [/(?<![\p{L}'’-])l['’]entrevue(?![\p{L}'’-])/giu, 'the interview'],
  [word('entrevues?'), 'interview'],
  [word('de (\\d+) mois'), 'of $1 months'],
  [word('(\\d+) mois'), '$1 months'],
  [word('de chez'), 'at'],
  // What the user did.
  [
    /(?:[Jj]['’]ai )?mis (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) en (?:contact|relation) avec/gu,
    'put $1 in touch with',
  ],
  // "je lui ai envoyé ce matin", "je leur ai partagé le rapport": to them.
  [
    word(
      "(?:je |j['’])(?:lui|leur) ai (?:envoyée?s?|transmise?s?)(?= (?:le|la|les|l['’]|un|une|des|mon|ma|mes)\\b)",
    ),
    'I sent them',
  ],
  [
    word("(?:je (?:le |la |les |l['’])?|j['’])(?:lui|leur) ai (?:envoyée?s?|transmise?s?)"),
    'I sent it to them',
  ],
  [word("je (?:le |la |les |l['’])?(?:lui|leur) ai partagée?s?"), 'I shared with them'],
  [word("j['’]ai appelé|appelé"), 'rang'],
  [word("j['’]ai (?:envoyée?s?|transmise?s?)|envoyée?s?|transmise?s?"), 'sent'],
  // "rappelé Olivia re le contrat": rang them again.
  [
    /(?<![\p{L}'’-])(?:[Jj]['’]ai )?[Rr]appelée? (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu,
    'called $1 back',
  ],
  [word('(?:la |sa |une )?boîte vocale'), 'voicemail'],
  [word("j['’]ai mailé|mailé"), 'emailed'],
  [word("j['’]ai relancé|relancé|relance"), 'chased'],
  [word("j['’]ai remercié|remercié"), 'thanked'],
  [word("j['’]ai présenté|présenté"), 'introduced'],
  [word("j['’]ai partagé|partagé"), 'shared'],
  [word("j['’]ai vu|vu"), 'saw'],
  [word("j['’]ai croisé|croisé"), 'bumped into'],
  [word("j['’]ai rencontrée?|rencontrée?"), 'met'],
  // "suivi avec Lee" (followed up with Lee), "fait un suivi avec".
  [word("(?:j['’]ai )?(?:fait (?:un|le) )?suivi avec"), 'followed up with'],
  // "demandé le lien à Patel": asked Patel for the link.
  [
    /(?<![\p{L}'’-])demandé (le |la |l['’]|les |un |une |mon |ma |mes |son |sa |ses )([\p{L}-]+) à (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu,
    'asked $3 for $1$2',
  ],
  [word('demandé à'), 'asked'],
  // "il a revu mon CV": reviewed, for the user.
  [word('a (?:revu|relu)'), 'reviewed'],
  // "qu'il m'avait demandé", "qu'elle cherchait": sent because they asked, a give.
  [
    word(
      "qu['’](?:il|elle|ils|elles) (?:m['’]avai(?:en)?t demandée?|avai(?:en)?t demandée?|cherchai(?:en)?t|voulai(?:en)?t)",
    ),
    'that they had asked for',
  ],
  // "veut voir mon portfolio", "veut que je parle à leur meetup": a contact asking the user.
  [word('(?:veut|voudrait) voir'), 'wants to see'],
  // "voulait mon cv", "y veulent mon avis": a contact asking for something of the user's.
  [
    word('(veut|veulent|voulait|voulaient|voudrait) (?:mon|ma|mes)'),
    (_m: string, verb: string) =>
      (({ veut: 'wants my', voudrait: 'wants my', veulent: 'want my' }) as Record<string, string>)[
        verb.toLowerCase()
      ] ?? 'wanted my',
  ],
  [/(?<=(?:wants?|wanted) my )avis(?![\p{L}'’-])/gu, 'advice'],
  [word('(?:veut|voudrait) (?:un|une) (?:devis|soumission)'), 'wants a quote'],
  [/(?<=(?:^|\s)to )parler (?:à|au)(?![\p{L}'’-])/gu, 'speak at'],
  [word('(?:de )?parler (?:à|au)'), 'to speak at'],
  [word('(?:veut|voudrait) (?:jaser|parler)'), 'wants to chat'],
  [
    word("(?:veut|voudrait) que je (parle|présente)(?: (à|au|de|d['’]))?"),
    (_m: string, verb: string, to?: string) =>
      `wants me to ${verb.toLowerCase() === 'parle' ? 'speak' : 'present'}${to ? (({ à: ' at', au: ' at the' } as Record<string, string>)[to] ?? ' about') : ''}`,
  ],
  [word('(?:veut|voudrait) que je'), 'wants me to'],
  // "pour booker un café", "pour prendre un café", "pour un coffee chat": to ask for a meeting.
  [
    word('pour (?:booker|prendre|céduler|planifier|organiser|caler|fixer) (?:un|une)'),
    'to ask for a',
  ],
  [
    word(
      'pour (?:un|une)(?= (?:café|coffee|call|appel|lunch|dîner|verre|jasette|zoom|visio|informational|info call))',
    ),
    'to ask for a',
  ],
  [word('café virtuel'), 'virtual coffee'],
  [/(?<=ask for a )café/gu, 'coffee'],
  [word('pour (?:avoir|demander) (?:mon|ton) avis'), 'to ask for my advice'],
  [word('pour (?:avoir|demander) (?:son|leur) avis'), 'to ask for their advice'],
  // "a liké mon post", "a aimé ma photo": what a contact did to the user's post; "pour me
  // remercier" (to thank me), "pour demander si" (to ask whether).
  [word('a (?:liké|likée|aimé|aimée)'), 'liked'],
  [word('a commenté'), 'commented on'],
  [word('pour me remercier'), 'to thank me'],
  // "pour la remercier du referral": to thank her for the referral.
  [
    word('pour (la|le|les|lui|leur) remercier'),
    (_m: string, who: string) =>
      `to thank ${({ la: 'her', le: 'him', les: 'them', lui: 'them', leur: 'them' } as Record<string, string>)[who.toLowerCase()] ?? 'them'}`,
  ],
  [
    /(?<=to thank (?:her|him|them|me) )(?:du|pour le|pour la|pour l['’])(?![\p{L}'’-])/gu,
    'for the',
  ],
  [/(?<=to thank (?:her|him|them|me) )(?:de|d['’]|pour)(?![\p{L}'’-])/gu, 'for '],
  [word('pour (?:lui |leur |y )?demander si'), 'to ask if'],
  [word('pour (?:lui |leur |y )?demander'), 'to ask'],
  [word('pour me demander si'), 'to ask me if'],
  [word('pour me demander'), 'to ask me'],
  // "pour jaser de Stripe": to chat about it; "pour prendre des nouvelles": to catch up.
  [word('pour jaser (?:de|du|des)'), 'to chat about'],
  [word('pour jaser'), 'to chat'],
  [word('pour prendre (?:des |de (?:mes|ses|tes) )?nouvelles'), 'to catch up'],
  [word('merci à'), 'thanked'],
  [word('avec'), 'with'],
  [word('chez'), 'at'],
  [word('après'), 'after'],
  [word('dans'), 'in'],
  [word('sur'), 'on'],
  [word('appel'), 'call'],
  [word('petit merci'), 'quick thanks'],
  [word('super utile'), 'so useful'],
];

/** Words English has too, swapped only in a line that is French by the words above. */
const sharedWords: readonly Swap[] = [
  // "Liz de Deloitte", "Thomas d'Arup": from, after a name.
  [/(?<=\b(?:role|contract|project|opportunity)) de (?=\p{L})/gu, ' of '],
  [/(?<=\p{Lu}[\p{L}'’-]*) de (?:l['’]|la )(?=\p{Lu})/gu, ' from the '],
  [/(?<=\p{Lu}[\p{L}'’-]*) de (?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) d['’](?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) et (?=\p{Lu})/gu, ' and '],
  // "olivia de hays m'a call", "zoe de just eat m'a DM": a name written small opening the line,
  // then where they work, before what they did to the user.
  [
    /^(\p{Ll}[\p{L}'’-]*) de (?=\p{L}[\p{L}\d&'’ -]{0,30}? (?:called|rang|DMed|texted|emailed|told|sent|offered|asked|added|followed|referred|wrote to|pinged|contacted|thanked) me(?![\p{L}]))/u,
    '$1 from ',
  ],
  // "head of brand de Trainline": at, after a role.
  [/(?<![\p{L}'’-])de (?=\p{Lu})/gu, 'at '],
  // "envoyé à Maria", "mail à Siobhan": to.
  // "un poste PM à Barcelone": in, after a role; "à hannah", "à leur guild": to.
  [/(?<=\b(?:role|job|contract|office|hiring)\b[^,;]{0,30}) à (?=\p{Lu})/gu, ' in '],
  // "panel à ProductTank", "atelier à la Halle": at, after an event.
  [/(?<=\b(?:panel|webinar|meetup|conference|atelier|workshop)) à (?=\p{Lu})/giu, ' at '],
  [/(?<![\p{L}'’-])à (?=\p{L})/gu, 'to '],
  // "au Product Tank", "au Women in Data": at an event by its name; "au meetup": at the meetup.
  [/(?<![\p{L}'’-])au (?=\p{Lu})/gu, 'at '],
  [word('au(?! café)'), 'at the'],
  // "il a un rôle pour moi", "elle veut voir…": he, she, before what a contact has, will do or
  // wants; before "sent me" the pronoun is kept, as the lines of a meeting read best with it.
  [
    /(?<![\p{L}'’-])(il|elle)(?= (?:will|offered|offers|reviewed|has|wants|is|told|texted|emailed|called|rang)\b)/giu,
    pronoun,
  ],
  [word('moi'), 'me'],
  [word('pour'), 'for'],
  [word('mon|ma|mes'), 'my'],
  [word('son|sa|ses|leur|leurs'), 'their'],
  [/(?<![\p{L}'’-])l['’](?=\p{L})/giu, 'the '],
  [word('le|la|les'), 'the'],
  [word('un|une'), 'a'],
  [word('et'), 'and'],
];

const frenchMarker =
  /(?<![\p{L}'’-])(?:\d{1,2} (?:janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|le \d{1,2}(?=[\s,]|$)|m['’]a|j['’]ai|hier|aujourd['’]hui|avant-hier|ce matin|avec|chez|relancé|envoyée?s?|appelé|mailé|partagé|remercié|présenté|merci|remercier|demander|liké|likée|aimé|aimée|déj|visio|café avec|par mail|semaine dernière|rien depuis|pas de réponse|textée?|textos?|courriels?|jasée?|passée|rencontrée?|rappelée?|suivie?|commenté|entrevues?|recrute|recrut(?:eur|euse)|référer|vocal|connexion|qqn|quelqu['’]un|pingée?|nouvelles|veut|voudrait|cherche|offre|m['’]intro|m['’]offrir|laissé|prochaine?|opportunité|reçue?|après|dans|sur (?:linkedin|whatsapp|slack|teams|insta|instagram|messenger)|\d{1,2}er|pis|faque|icitte|à matin|on s['’]est|follow-?upp?ée?|follow-?up à|pitchée?|pas de news|webinaire|bookée?|courriell?ée?|demande|avis|souper|mandats?|embauche|colloque|conférence|remerciements|commentaire|vidéo|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?![\p{L}'’-])/iu;

/** The line with its French put into English; a line with none comes back as it was. */
export function mendFrench(line: string): string {
  return frenchMarker.test(line) ? applySwaps(applySwaps(line, frenchWords), sharedWords) : line;
}
