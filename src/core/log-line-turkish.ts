// Turkish in a one-line log put into English before it is read. A Turkish speaker's notes switch
// language mid-line ("Kate'i aradım re the pricing role", "dev'le kahve içtik dün", "rachel'a
// güncel cv'mi gönderdim", "chidi linkedin'den yazdı"): Turkish marks whom a name is to, with or
// from by an ending after an apostrophe ("Kate'i", "rachel'a", "dev'le", "owen'dan"), and puts
// the verb last, its person in its ending ("aradım", I rang; "aradı", they rang). Each clause
// with such a verb becomes English in the order every later rule reads: what the user did first,
// then whom to ("rang Kate re the pricing role"); what a contact did, in place ("chidi on
// linkedin messaged me"). A line is read so only when it is Turkish by a word or an ending no
// English note uses.

import { isKnownGivenName, isKnownSurname } from './person-name-shape.js';
import {
  applySwaps,
  englishOrdinal,
  keyboardLetters,
  type Swap,
  wholeWord,
} from './log-line-tokens.js';

const word = (text: string) => wholeWord(text, 'giu');

/** The dotted and dotless letters a laptop keyboard drops: "ı" or "i", "ş" or "s". */
const { loose } = keyboardLetters({
  ı: ['i'],
  ş: ['s'],
  ğ: ['g'],
  ü: ['u'],
  ö: ['o'],
  ç: ['c'],
});

/** The days, Monday to Sunday, and the months, as Turkish writes them. */
const days: Record<string, string> = {
  pazartesi: 'Monday',
  salı: 'Tuesday',
  çarşamba: 'Wednesday',
  perşembe: 'Thursday',
  cuma: 'Friday',
  cumartesi: 'Saturday',
  pazar: 'Sunday',
};
const months: Record<string, string> = {
  ocak: 'January',
  şubat: 'February',
  mart: 'March',
  nisan: 'April',
  mayıs: 'May',
  haziran: 'June',
  temmuz: 'July',
  ağustos: 'August',
  eylül: 'September',
  ekim: 'October',
  kasım: 'November',
  aralık: 'December',
};
/** A Turkish word as written with or without its own letters, back to its key in `table`. */
const keyOf = (table: Record<string, string>, written: string) =>
  Object.keys(table).find((key) => new RegExp(`^${loose(key)}$`, 'iu').test(written));
const dayWords = Object.keys(days).map(loose).join('|');
const monthWords = Object.keys(months).map(loose).join('|');

/** Endings on a number of the month: "19'unda", "20'si", "3'ünde". */
const dayOfMonthEnding = String.raw`['’]?(?:s?[ıiuü]|s?[ıiuü]nda|s?[ıiuü]nde|[ıiuü]nda|[ıiuü]nde|s?[ıiuü]n|da|de|ta|te)`;

/** Words and phrases no English note uses, put into English wherever they stand. */
const turkishWords: readonly Swap[] = [
  // Days and dates: "dün", "geçen hafta", "salı", "18 kasım", "19'unda", "20'sinden beri".
  [word(loose('evvelsi gün|önceki gün|dünden önceki gün')), 'the day before yesterday'],
  [word(`${loose('dün')} ${loose('akşam')}|${loose('dün')}`), 'yesterday'],
  [word(`${loose('bugün')}|bu sabah|${loose('bugünkü')}`), 'today'],
  [word(loose('geçen haftaki')), 'the earlier'],
  [word(loose('geçen hafta')), 'last week'],
  [word(loose('iki hafta önce')), '2 weeks ago'],
  [
    word(`(\\d+|iki|üç) ${loose('gün önce')}`),
    (_m: string, n: string) => `${n === 'iki' ? 2 : n === 'üç' ? 3 : n} days ago`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])(\d{1,2})${dayOfMonthEnding}(?:n)?den beri(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, day: string) => `since the ${englishOrdinal(day)}`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])(\d{1,2}) (${monthWords})(?:['’]?(?:da|de|ta|te|ında|inde))?(?![\p{L}'’-])`,
      'giu',
    ),
    (m: string, day: string, month: string) => {
      const key = keyOf(months, month);
      return key ? `${day} ${months[key] ?? ''}` : m;
    },
  ],
  [
    new RegExp(String.raw`(?<![\p{L}\d'’/.-])(\d{1,2})${dayOfMonthEnding}(?![\p{L}\d'’/-])`, 'gu'),
    (_m: string, day: string) => `on the ${englishOrdinal(day)}`,
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}\d'’/-])(${dayWords})(?: ${loose('günü')}|['’]?(?:ya|ye|yı|yi|dan|den))?(?![\p{L}\d'’/-])`,
      'giu',
    ),
    (m: string, day: string) => {
      const key = keyOf(days, day);
      return key ? (days[key] ?? m) : m;
    },
  ],
  // Silence and waiting: "hala ses yok", "cevap yok", "henüz dönüş yok".
  [
    word(
      `(?:(?:${loose('hala|hâlâ|henüz')}|still) )?(?:ses|cevap|haber|${loose('dönüş')}) (?:yok|gelmedi)|${loose('hala|hâlâ')} yok`,
    ),
    'still no reply',
  ],
  // Said of a role: "test lead arıyorlarmış" (they are hiring one), "SDET açılıyormuş" (one is
  // opening), "QA rolü dolmuş" (it has been filled), "açığı varmış" (there is an opening).
  [word(loose('arıyorlarmış|arıyorlar|arıyormuş')), 'they are hiring'],
  [word(loose('açılıyormuş|açılıyor|açılacakmış|açılacak')), 'is opening'],
  [word(loose('açığı varmış|açığı var|açık varmış')), 'opening, they are hiring'],
  [word(loose('dolmuş|doldu|dolduruldu')), 'has been filled'],
  [word(loose('görmek istiyor|görmek istiyo|görmek istedi')), 'wants to see'],
  [word(loose('istemişlerdi')), 'as they asked'],
  [word(loose('eski müdürüm|eski patronum')), 'my old boss'],
  [word(loose('gözden geçirdi|gözden geçirmiş')), 'reviewed'],
  [word(loose('ilgilenir diye')), 'in case they are interested'],
  [word(loose('alım yapıyor mu diye|alım var mı diye')), 'asking if they are hiring'],
  [word(loose('referral verebilirmiş|referral verebilir')), 'could give a referral'],
  [word(loose('ne oldu diye|ne durumda diye|ne oldu')), 'chasing'],
  [word(loose('yazısını|yazıyı|yazısı')), 'the article'],
  [word(loose('yazımı')), 'my article'],
  [word(loose('postuma')), 'my post'],
  [word(loose('portfolyomu|portföyümü')), 'my portfolio'],
  [word(loose('dökümanları|dokümanları')), 'the documents'],
  [word(loose('mesajla|mesaj ile')), 'by message'],
  [word(loose('(?:abi|abla)(?:yi|yı|ye|ya|yle|yla)?')), ''],
  // "quiz night'ında", "women in tech night'ta": at that night.
  [
    /(?<![\p{L}'’-])((?:[\p{L}\d&.-]+['’](?:ın|in|un|ün|nın|nin) )?(?:[\p{L}\d&.-]+ ){0,3}?)night['’](?:ında|inda|ta|te|inde)(?![\p{L}'’-])/giu,
    'at the $1night',
  ],
  // "mail'le attım": emailed, one verb.
  [
    /(?<![\p{L}'’-])(?:e-?)?mail['’](?:le|ile|la) (?=(?:attım|attim|gönderdim|gonderdim|yolladım|yolladim)(?![\p{L}'’-]))/giu,
    'mail ',
  ],
  // "Gareth'le oweni gördüm": Gareth and Owen, both seen.
  [
    /(?<![\p{L}'’-])(\p{L}+)['’](?:y?le|y?la) (\p{L}+?)['’]?(?:yi|yı|i|ı)(?= )/gu,
    (m: string, first: string, second: string) =>
      isKnownGivenName(second) ? `${first}'i ve ${second}'i` : m,
  ],
  // "cv'mi gözden geçirdi", "cv'mi görmek istiyor": what was reviewed or wanted, after the verb.
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])([\p{L}]+['’]?(?:mi|mı|mu|mü|imi|ımı)) (${loose('gözden geçirdi|gözden geçirmiş|görmek istiyor|görmek istiyo')})(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, what: string, verb: string) =>
      `${/^g[öo]zden/iu.test(verb) ? 'reviewed' : 'wants to see'} ${what}`,
  ],
  [word(loose('postumu (beğenmiş|beğendi|likelamış|likeladı|likelemiş|likeledi)')), '$1'],
  [word(loose('bir haftadır|bi haftadır|bi haftadir')), 'for a week'],
  [word(loose('arkadaşı')), 'friend'],
  [word(loose('kabul ettim')), 'accepted'],
  [word(loose('yöneten')), 'who runs'],
  [word(loose('linki de var|link de var')), 'link included'],
  [word(loose('postuna')), 'post'],
  // Small words between: "konusunda" about, "bi" a, "ve" and ("icin" and "hakkında" go before
  // what they govern, once the verbs are read: forBefore).
  [word(`${loose('konusunda')}`), 'about'],
  [word(`${loose('ilgili')}`), 'about'],
  [word('bi|bir'), 'a'],
  [word(loose('tavsiye|öneri|önerileri|tavsiyeler')), 'advice'],
  [word(loose('iş ilanı|ilan|ilanı|ilanını|ilanın')), 'job ad'],
  [word('iş|işi|işini|işe'), 'work'],
  [word('ve'), 'and'],
  [word(`${loose('başvuru')}(?:lar)?`), 'applications'],
  [word(`${loose('kapanıyo|kapanıyor|kapanacak|kapanıyormuş')}`), 'close'],
  [word(loose('mülakat|mülakatı|görüşme|görüşmesi')), 'interview'],
  [word(loose('teşekkürler|teşekkür ederim|sağol|sağ ol')), 'thanks'],
  [word(`${loose('çok')} (?:${loose('faydalıydı|yararlıydı|iyiydi|iyi geçti')})`), 'very useful'],
  [word('maalesef|maalsef'), 'sadly'],
  [word('ama'), 'but'],
  // What was asked or promised: "refer edebilir mi diye", "tanıştırırım dedi".
  [
    word(loose('refer (?:edebilir|eder) (?:mı|mi)(?:sin)? diye|refer (?:edebilir|eder) mi')),
    'asking if they could refer me',
  ],
  [
    word(loose('(?:tanıştırabilir|tanıştırır) (?:mı|mi)(?:sin)? diye')),
    'asking if they could introduce me',
  ],
  [word(loose('refer (?:edebilirim|ederim)(?: dedi)?')), 'offered to refer me'],
  [
    word(
      loose(
        '(?:tanıştırırım|tanıştırabilirim) dedi|(?:tanıştırabileceğini|tanıştıracağını) söyledi',
      ),
    ),
    'offered to introduce me to',
  ],
  [word(loose('istemişti|sormuştu|o istedi|kendisi istedi')), 'as they asked'],
  [
    /(?<![\p{L}'’-])(?:(\p{Ll}+) )?(\p{L}+)['’](?:ta|te|da|de|e|a|ye|ya) (?:konuşur|konusur|katılır|katilir|katılır) (?:musun|mısın|misin|mısın) diye(?![\p{L}'’-])/giu,
    (_m: string, before: string | undefined, where: string) =>
      `asking if I'd speak at their ${before ? `${before} ` : ''}${where}`,
  ],
  [/(?<![\p{L}'’-])yorumda (.+?) (?:yazdım|yazdim)(?![\p{L}'’-])/giu, 'commented "$1"'],
  [word(loose('tekrar|yine|bir daha')), 'again'],
  [word(loose('tam ona göre|tam ona gore|tam ona uygun')), 'perfect for them'],
  // "lee'den 20'sinden beri ses yok": no reply from Lee, said first.
  [
    /^((?:\p{L}+ )?\p{L}+)['’](?:den|dan|ten|tan|nden|ndan) (?:(since the \S+) )?still no reply(?![\p{L}'’-])/iu,
    (_m: string, who: string, since?: string) =>
      `still no reply from ${who}${since ? ` ${since}` : ''}`,
  ],
  [
    /(?<![\p{L}\d'’-])((?:\p{L}+ ){0,2}\p{L}+)['’](?:ya|ye|a|e) ((?:\S+ ){0,3}?\S+) (?:lazım|lazim)(?:mış|mis|mıs|miş)?(?![\p{L}'’-])/giu,
    '$1 needs a $2',
  ],
  [word(loose('lazımmış|lazım')), 'they are hiring'],
  [
    word(`${loose('kahveye')} (?:${loose('çağırdım|davet ettim')})`),
    'asked them to meet for a coffee',
  ],
  [word(loose('konferansında|konferansta|konferansa')), 'at the conference'],
  [word(loose('etkinlikte|etkinliğinde|etkinliğe')), 'at the event'],
  [
    /(?<![\p{L}'’-])(?:güncel|guncel) (\p{L}+)['’]?(?:mi|mı|mu|mü|imi|ımı)(?![\p{L}'’-])/giu,
    'my updated $1',
  ],
  [
    /(?<![\p{L}'’-])(\p{L}+)['’](?:ına|ine|una|üne|na|ne) intro (?:yapcakmış|yapacakmış|yapacak|yapcak|yapcakmis|yapacakmis)(?: beni)?(?![\p{L}'’-])/giu,
    'will intro me to their $1',
  ],
  [word(loose('güncel')), 'updated'],
  // "cazoo rolü iptal etmişler": the role at Cazoo is off ("Cazoo role" would read as someone).
  [
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?:(\p{L}+) )?(${loose('rolü|rolu|rol|işi|pozisyon|pozisyonu')}) ${loose('iptal')} (?:${loose('etmişler|edilmiş|edildi|etti|ettiler')})(?![\p{L}'’-])`,
      'giu',
    ),
    (_m: string, firm?: string) => `the ${firm ? `${firm} ` : ''}role is off`,
  ],
  [word(`${loose('iptal')} (?:${loose('etmişler|edilmiş|edildi|etti|ettiler')})`), 'is off'],
  // "cv'mi", "portfolio'mu": the user's own.
  [
    /(?<![\p{L}'’-])([\p{L}]+)['’](?:mi|mı|mu|mü|imi|ımı|umu|ümü|me|ma|ime|ıma)(?![\p{L}'’-])/gu,
    'my $1',
  ],
  [/(?<![\p{L}'’-])(cv|portfolio|portföy)(?:mi|mı|imi|ımı|yi)(?![\p{L}'’-])/giu, 'my $1'],
  // How: "linkedin'den", "whatsapp'tan", "maille", "mailde", "telefonda".
  [
    /(?<![\p{L}'’-])(linkedin|whatsapp|teams|zoom|slack|instagram|insta|twitter|x)['’]?(?:den|dan|ten|tan|de|da|te|ta|ta ki|teki|taki)(?![\p{L}'’-])/giu,
    'on $1',
  ],
  [
    /(?<![\p{L}'’-])(?:e-?)?mail['’]?(?:de|den|le|ile|la)(?![\p{L}'’-])|(?<![\p{L}'’-])(?:mail ile|e-?posta ile|e-?postayla)(?![\p{L}'’-])/giu,
    'by email',
  ],
  [word(`${loose('telefonda')}|telefonla`), 'on the phone'],
  [word(loose('görüntülü arama|görüntülü')), 'video call'],
];

/** Nouns put into English once the verbs they go with have been read: "kahve", "yemek". */
const turkishNouns: readonly Swap[] = [
  [word(`kahve(?:ye|de)?`), 'coffee'],
  [word(`${loose('öğle yemeği|öğlen yemeği')}|yemek`), 'lunch'],
  [word('beni|bana'), 'me'],
  [word(loose('rolü|rolu|rol|rolünü|rolden|rolüne|rolde')), 'role'],
  [word(loose('rolleri|roller')), 'roles'],
  [word(loose('ekibi|ekibini|ekibinde|ekibine|ekip|ekibin|ekibinin')), 'team'],
  [word(loose('pozisyon|pozisyonu|pozisyonun|pozisyonunu')), 'position'],
  [word('linki|linkini'), 'link'],
  [/(?<![\p{L}\d'’-])(\d+) (?:aylık|aylik|ayl[ıi]k)(?![\p{L}'’-])/giu, '$1-month'],
  [/(?<![\p{L}\d'’-])(\d+) (?:haftalık|haftalik)(?![\p{L}'’-])/giu, '$1-week'],
  [word(loose('için|icin')), 'for'],
  [word(loose('teşekkür')), 'thanks'],
  [word(loose('hakkında|üzerine')), 'about'],
];

/** Endings after an apostrophe, by what they make of the name before them. */
const endings = {
  with: 'le|la|yle|yla|ile|ıle|nle|nla|iyle|ıyla|uyla|üyle',
  from: 'den|dan|ten|tan|nden|ndan',
  of: 'nin|nın|nun|nün|in|ın|un|ün|ının|inin|unun',
  in: 'ında|inde|unda|ünde|de|da|te|ta|nde|nda',
  atFirm: 'deki|daki|teki|taki',
  to: 'ya|ye|na|ne|a|e',
  whom: 'yı|yi|yu|yü|nı|ni|nu|nü|ı|i|u|ü',
} as const;
type Case = keyof typeof endings;
const caseOf = (ending: string): Case | undefined =>
  (Object.keys(endings) as Case[]).find((name) =>
    new RegExp(`^(?:${endings[name]})$`, 'iu').test(ending),
  );
const anyEnding = Object.values(endings).join('|');
/** A word with a case ending after an apostrophe: "kate'i", "lowe'dan", "jet2'deki". */
const endedWord = new RegExp(
  String.raw`(?<![\p{L}'’-])(\p{L}[\p{L}\d.&-]*)['’](${anyEnding})(?![\p{L}'’-])`,
  'giu',
);

/** The same without the apostrophe, on a given name Kith knows: "oweni", "kateyle", "devle". */
const bareEndings: ReadonlyArray<readonly [string, Case]> = [
  ['yle', 'with'],
  ['yla', 'with'],
  ['le', 'with'],
  ['la', 'with'],
  ['dan', 'from'],
  ['den', 'from'],
  ['ya', 'to'],
  ['ye', 'to'],
  ['yı', 'whom'],
  ['yi', 'whom'],
];

/** What the user did, last in a clause, and how English says it before whom: "aradım", "rang". */
const userVerbs: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:teşekkür|thank you|tesekkur) (?:maili|mail|e-?maili)(?: (?:attım|gönderdim|yolladım))?',
    'emailed thanks to',
  ],
  [
    '(?:teşekkür|thank you|tesekkur) (?:mesajı|notu|note|mesaj)(?: (?:attım|gönderdim|yolladım))?',
    'sent a thank-you message to',
  ],
  ['(?:takip|follow ?up) (?:maili|mail) (?:attım|gönderdim|yolladım)', 'sent a follow-up email to'],
  [
    '(?:takip|follow ?up) (?:mesajı|mesaj) (?:attım|gönderdim|yolladım)',
    'sent a follow-up message to',
  ],
  [
    '(?:mail|e-?mail|e-?posta) (?:attım|yolladım|gönderdim|çektim)|maille (?:gönderdim|yolladım|attım)|mailledim',
    'emailed',
  ],
  ['(?:mesaj|dm|text|msg) (?:attım|yolladım|gönderdim|çektim)|mesajlaştım', 'messaged'],
  ['connection request (?:attım|yolladım|gönderdim)', 'sent a connection request to'],
  ['bağlantı isteği (?:attım|yolladım|gönderdim)', 'sent a connection request to'],
  ['whatsapp (?:attım|yolladım|gönderdim)', 'whatsapped'],
  ['(?:nasıl olduğunu|nasılsın diye) sordum', 'checked in with'],
  ['takip etmeye başladım', 'started following'],
  ['like attım|(?:like|beğen)(?:ledim|dim)', 'liked'],
  ['voicemail bıraktım|sesli mesaj bıraktım', 'left a voicemail for'],
  ['(?:teşekkür|tesekkur) ettim', 'thanked'],
  ['(?:takip|follow ?up) ettim', 'followed up with'],
  ['chase ettim|dürttüm|nudge (?:attım|ettim)|hatırlattım', 'chased'],
  ['refer ettim', 'referred'],
  ['tanıştırdım|intro (?:yaptım|ettim)', 'introduced'],
  ['davet ettim|çağırdım', 'invited'],
  ['yorum (?:yazdım|yaptım)', 'commented on'],
  ['(?:sordum|yazdım) again|again (?:sordum|yazdım)', 'followed up with'],
  ['aradım', 'rang'],
  ['yazdım', 'messaged'],
  ['sordum', 'asked'],
  ['rica ettim|istedim', 'asked for'],
  ['ilettim|forwardladım|forward ettim', 'sent'],
  ['(?:feedback|geri bildirim|yorum) (?:verdim|yolladım|gönderdim)', 'gave feedback to'],
  ['verdim', 'gave'],
  ['gönderdim|yolladım|attım|paylaştım', 'sent'],
  ['konuştum|görüştüm', 'talked with'],
  ['tanıştım|buluştum|gördüm', 'met'],
];
/** What was done together, in the first person plural: "konuştuk", "karşılaştık". */
const ourVerbs: ReadonlyArray<readonly [string, string]> = [
  ['kahve içtik|kahve yaptık', 'had coffee with'],
  ['yemek yedik|lunch yaptık|öğle yemeği yedik', 'had lunch with'],
  ['konuştuk|görüştük|sohbet ettik|muhabbet ettik|çene çaldık', 'talked with'],
  ['karşılaştık|denk geldik', 'ran into'],
  ['buluştuk|takıldık|tanıştık', 'met'],
];
/** What a contact did, last in a clause, said after them: "aradı", "rang me". */
const theirVerbs: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:mail|e-?mail|e-?posta) (?:attı|yolladı|gönderdi|atmış)|maille (?:gönderdi|yolladı|attı)|mailledi|maillemiş',
    'emailed me',
  ],
  ['(?:mesaj|dm|text|msg) (?:attı|yolladı|gönderdi|atmış)', 'messaged me'],
  ['connection request (?:attı|atmış|yolladı|gönderdi)', 'sent me a connection request'],
  ['bağlantı isteği (?:attı|atmış|yolladı|gönderdi|göndermiş)', 'sent me a connection request'],
  ['refer edecek(?:miş)?', 'will refer me'],
  ['intro (?:edecek|yapacak)(?:miş)?', 'will intro me'],
  ['(?:teşekkür|tesekkur) etti', 'thanked me'],
  ['tanıştırdı', 'introduced me to'],
  ['offered to introduce me to', 'offered to introduce me to'],
  ['refer etti', 'referred me'],
  ['teklif etti|önerdi|önerisinde bulundu', 'offered me'],
  ['bahsetti|anlattı|anlattılar', 'told me about'],
  ['etiketledi|etiketlemiş|tagledi', 'tagged me'],
  ['(?:like|beğen)(?:ledi|di|lemiş|miş)', 'liked my post'],
  ['paylaştı|paylaşmış', 'posted'],
  ['aradı|aramış', 'rang me'],
  ['yazdı|yazmış', 'messaged me'],
  ['sordu|soruyo|soruyor', 'asked me'],
  ['istedi|istiyo|istiyor', 'asked me for'],
  ['(?:feedback|geri bildirim|yorum(?:larını)?) (?:verdi|yolladı|gönderdi)', 'sent me feedback'],
  ['gönderdi|yolladı|attı|atmış', 'sent me'],
];
/** Saying, in place: "hiring diyo" (they say it's hiring). */
const sayVerbs = 'dedi|diyo|diyor|söyledi';

const verbPattern = (turkish: string) =>
  new RegExp(String.raw`(?<![\p{L}'’-])(?:${loose(turkish)})(?![\p{L}'’-])`, 'iu');
const verbTables = [
  ['user', userVerbs],
  ['our', ourVerbs],
  ['their', theirVerbs],
] as const;

/** Words only a Turkish note uses: its verbs, days and small words, with or without its letters. */
const turkishOnly = loose(
  'beğenmiş|beğendi|bağlantı isteği|takip etmeye başladım|gözden geçirdi|arıyorlarmış|aradım|aradı|aramış|attım|attı|atmış|gönderdim|gönderdi|yolladım|yolladı|yazdım|yazdı|yazmış|sordum|sordu|soruyo|soruyor|istedim|istedi|ettim|etti|ilettim|mailledim|mailledi|konuştuk|karşılaştık|buluştuk|takıldık|tanıştım|tanıştırdı|dürttüm|bıraktım|verdim|verdi|içtik|bahsetti|anlattı|önerdi|paylaştı|paylaşmış|etiketlemiş|diyo|dedi|söyledi|forwardladım|geçen hafta|için|hakkında|ses yok|cevap yok|haber yok',
);
/**
 * Days only Turkish writes so, in small letters ("Cuma" and "Pazar" may be names), or capitalised
 * with Turkish letters ("Perşembe", "Salı"); and "hanım" after a name (Mrs), no word elsewhere.
 */
const turkishDays = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${dayWords}|Pazartesi|Salı|Çarşamba|Perşembe|Cumartesi|hanım)(?![\p{L}'’-])`,
  'u',
);
const turkishMarker = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${turkishOnly}|dün|bugün|bugun)(?![\p{L}'’-])|\p{L}['’](?:le|la|yle|yla|ye|ya|den|dan|ten|tan|deki|daki|teki|taki|ı|ü|yı|yü|nın|nin|ın|ün|ına|ine)(?![\p{L}'’-])`,
  'iu',
);

interface Named {
  start: number;
  end: number;
  name: string;
  case: Case;
}

/** The days and months, as English writes them once read: no part of a name. */
const calendarName =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Today|Yesterday|I)$/u;
/** A word that may be part of a name before another: a capital, or a given name Kith knows. */
const nameWord = (word: string) =>
  !calendarName.test(word) && (/^\p{Lu}/u.test(word) || isKnownGivenName(word));
const wordBefore = (text: string, at: number) =>
  /(?:^|\s)(\p{L}[\p{L}'’-]*) $/u.exec(text.slice(0, at))?.[1];

/**
 * Where the person whose name ends after `start` of `text` begins: a word before it that may be
 * a name ("anna kowalski", "Sarah Quinn"), and someone joined by "and" before that ("kate and
 * dev", "emma clark and josé").
 */
function personStart(text: string, start: number): number {
  let at = start;
  const before = wordBefore(text, at);
  if (before && nameWord(before)) at -= before.length + 1;
  if (!/(?:^|\s)and $/u.test(text.slice(0, at))) return at;
  const joined = at - 4;
  const last = wordBefore(text, joined);
  if (!last || calendarName.test(last)) return at;
  const first = wordBefore(text, joined - last.length - 1);
  if (first && isKnownGivenName(first)) return joined - last.length - first.length - 2;
  return isKnownGivenName(last) ? joined - last.length - 1 : at;
}

/** The first word in one of `cases`, with the name before it: "anna kowalski'ye". */
function firstInCase(clause: string, cases: readonly Case[]): Named | undefined {
  const found: Named[] = [];
  for (const match of clause.matchAll(endedWord)) {
    const ended = caseOf(match[2] ?? '');
    if (!ended || !cases.includes(ended)) continue;
    const start = personStart(clause, match.index);
    const name = `${clause.slice(start, match.index)}${match[1] ?? ''}`;
    found.push({ start, end: match.index + match[0].length, name, case: ended });
  }
  for (const match of clause.matchAll(/(?<![\p{L}'’-])(\p{L}{3,})(?![\p{L}'’-])/gu)) {
    const written = match[1] ?? '';
    for (const [ending, ended] of bareEndings) {
      const stem = written.slice(0, -ending.length);
      if (written.endsWith(ending) && cases.includes(ended) && isKnownGivenName(stem))
        found.push({
          start: match.index,
          end: match.index + written.length,
          name: stem,
          case: ended,
        });
    }
  }
  // The case asked for first wins, then the word said first.
  return found.sort(
    (a, b) => cases.indexOf(a.case) - cases.indexOf(b.case) || a.start - b.start,
  )[0];
}

/** Dates that may open a clause before whoever it is about: "3.11.", "yesterday", "last week". */
const openingDate = new RegExp(
  String.raw`^(?:(?:\d{1,2}[./]\d{1,2}\.?|\d{1,2} \p{L}+|yesterday|today|last week|on the \d+\p{L}{2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) )*`,
  'u',
);
const opening = (clause: string) => openingDate.exec(clause)?.[0] ?? '';

/** Words that end whoever opens a clause: "marcus bell on linkedin", "dev yesterday". */
const notSubject = /^(?:on|at|from|by|and|the|me|a|to|with|for|yesterday|today|last)$/iu;

/** Where the one a clause is about ends, when it opens with them: "marcus bell" of "marcus bell on linkedin". */
function subjectEnd(clause: string): number | undefined {
  const start = opening(clause).length;
  const words = clause.slice(start).split(' ');
  // "ryanair recruiter Ciara Walsh": who they are, then their name.
  const named = words
    .slice(0, 3)
    .findIndex((word) => /^\p{Lu}\p{Ll}/u.test(word) && !calendarName.test(word));
  const skip =
    named > 0 &&
    words.slice(0, named).every((word) => /^\p{Ll}+$/u.test(word) && !notSubject.test(word))
      ? named
      : 0;
  const lead = words.slice(0, skip).join(' ');
  const [first = '', second = '', third] = words.slice(skip);
  if (!nameWord(first)) return undefined;
  return subjectAfter(skip > 0 ? start + lead.length + 1 : start, first, second, third);
}

function subjectAfter(
  start: number,
  first: string,
  second: string,
  third: string | undefined,
): number {
  const end = start + first.length;
  const secondIsName =
    second !== '' &&
    !notSubject.test(second) &&
    /^\p{L}+$/u.test(second) &&
    (nameWord(second) || isKnownSurname(second) || third === undefined || /['’]|,$/u.test(third));
  return secondIsName ? end + second.length + 1 : end;
}

const without = (clause: string, at: number, length: number) =>
  `${clause.slice(0, at)}${clause.slice(at + length)}`;

/** The verb said first in a clause, from any table: where, how long, whose, and its English. */
function firstVerb(clause: string) {
  let first: { at: number; length: number; whose: string; english: string } | undefined;
  for (const [whose, table] of verbTables)
    for (const [turkish, english] of table) {
      const verb = verbPattern(turkish).exec(clause);
      if (
        verb &&
        (!first ||
          verb.index < first.at ||
          (verb.index === first.at && verb[0].length > first.length))
      )
        first = { at: verb.index, length: verb[0].length, whose, english };
    }
  return first;
}

/**
 * A clause in the order English reads it: what the user did first, then whom ("kate'i aradım re
 * the role" → "rang kate re the role"); what they did together, with whom ("dev'le kahve içtik",
 * "had coffee with dev"); what a contact did, after them ("chidi linkedin'den yazdı", "chidi
 * messaged me on linkedin"). A second verb after the first starts a clause of its own.
 */
function readClause(clause: string): string {
  const verb = firstVerb(clause);
  if (!verb) return forBefore(clause.replace(verbPattern(sayVerbs), 'said'));
  const after = clause.slice(verb.at + verb.length);
  if (firstVerb(after))
    return `${readClause(clause.slice(0, verb.at + verb.length))}, ${readClause(after.trim())}`;
  const rest = without(clause, verb.at, verb.length);
  const { english } = verb;
  if (verb.whose === 'user') {
    const asking = english === 'asked for';
    const whom = firstInCase(
      rest,
      asking ? ['to', 'from', 'whom'] : ['to', 'whom', 'with', 'from'],
    );
    if (!whom)
      return tidy(`${opening(rest)} ${english} ${forBefore(rest.slice(opening(rest).length))}`);
    // "asked X on linkedin for a coffee chat": how, before what was asked for.
    const how =
      /^ *(on (?:linkedin|whatsapp|teams|zoom|slack|instagram|insta|twitter)|by email)/iu.exec(
        rest.slice(whom.end),
      );
    const following = forBefore(rest.slice(whom.end + (how?.[0].length ?? 0)));
    const said = asking
      ? `asked ${whom.name}${how ? ` ${how[1]}` : ''}${/^ *for\b/iu.test(following) ? '' : ' for'}`
      : english === 'gave feedback to'
        ? `sent ${whom.name}${how ? ` ${how[1]}` : ''} feedback`
        : `${english} ${whom.name}${how ? ` ${how[1]}` : ''}`;
    return tidy(`${rest.slice(0, whom.start)} ${said} ${following}`);
  }
  if (verb.whose === 'our') {
    const whom = firstInCase(rest, ['with']);
    if (!whom)
      return tidy(
        `${opening(rest)} ${english.replace(/ with$/, '')} ${forBefore(rest.slice(opening(rest).length))}`,
      );
    return tidy(
      `${rest.slice(0, whom.start)} ${english} ${whom.name} ${forBefore(rest.slice(whom.end))}`,
    );
  }
  let theirs = rest.replace(/(?<![\p{L}'’-])(?:beni|bana)(?![\p{L}'’-])/giu, '');
  let said = english;
  if (/introduce(?:d)? me to$/u.test(english)) {
    const whom = firstInCase(theirs, ['with']);
    if (whom) {
      said = `${english} ${whom.name}`;
      theirs = without(theirs, whom.start, whom.end - whom.start);
    }
  }
  const end = subjectEnd(theirs);
  if (end === undefined)
    return tidy(`${opening(theirs)} ${said} ${forBefore(theirs.slice(opening(theirs).length))}`);
  return tidy(`${theirs.slice(0, end)} ${said} ${forBefore(theirs.slice(end))}`);
}

/** A word a postposition does not reach back over: "on linkedin", "yesterday", a verb. */
const ungoverned =
  /^(?:on|at|by|with|from|to|me|my|and|the|a|yesterday|today|linkedin|whatsapp|email|for|about|again|still|re|\p{L}+ed|sent|met|rang|gave|told|\p{Lu}.*)$/u;
const postposition = new RegExp(
  String.raw`(?<![\p{L}'’-])(${loose('için|icin|hakkında|üzerine')})(?![\p{L}'’-])`,
  'giu',
);

/**
 * "mock interview icin" → "for mock interview": a postposition Turkish puts after the one to
 * four words it governs, none of them a name, a verb or a small English word.
 */
function forBefore(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(postposition)) {
    const before = text.slice(from, match.index).replace(/ $/, '');
    const words = before.split(' ');
    let take = 0;
    while (take < 4 && take < words.length) {
      const governed = words[words.length - 1 - take] ?? '';
      const last = take === 0;
      if (!/^[\p{L}\d.'’-]+$/u.test(governed) || ungoverned.test(governed)) break;
      if (!last && /['’]/u.test(governed)) break;
      if (isKnownGivenName(governed) || isKnownSurname(governed)) break;
      take += 1;
    }
    const english = /^(?:için|icin)$/iu.test(match[1] ?? '') ? 'for' : 'about';
    out +=
      take === 0
        ? `${before} ${english}`
        : `${words.slice(0, words.length - take).join(' ')} ${english} ${words.slice(words.length - take).join(' ')}`;
    from = match.index + match[0].length;
  }
  return (out + text.slice(from)).replace(/^ /, '');
}

/** What was had together, said after "X'le" as English says it before "with X": "dev'le kahve". */
const sharedThing =
  /^ (kahve|coffee|lunch|drinks|dinner|breakfast|brunch|zoom|teams call|video call|google meet|facetime|call|teams)(?![\p{L}'’-])/iu;

/** Where a firm, place or thing whose name ends after `start` begins: "virgin atlantic", "data eng". */
function placeStart(text: string, start: number): number {
  const before = wordBefore(text, start);
  if (!before || calendarName.test(before) || notSubject.test(before) || ungoverned.test(before))
    return start;
  const own = /^\p{Lu}/u.test(text.slice(start));
  if (own) return /^\p{Lu}/u.test(before) ? start - before.length - 1 : start;
  // "virgin atlantic'ten", "18 November intercom meetup'ta": a lower-case word that opens a clause
  // or follows a date is the firm's or the gathering's first word.
  const earlier = wordBefore(text, start - before.length - 1);
  const opensClause =
    earlier === undefined
      ? /(?:^|[,;] )$/u.test(text.slice(0, start - before.length - 1))
      : calendarName.test(earlier);
  return opensClause &&
    /^\p{Ll}+$/u.test(before) &&
    !isKnownGivenName(before) &&
    !isKnownSurname(before)
    ? start - before.length - 1
    : start;
}

/**
 * Every word left in a case read plainly: "dev'le kahve" coffee with Dev, "chidi'nin" Chidi's,
 * "sky'daki" at Sky, "bbc'den" from BBC, "reference'ı" the reference.
 */
function plainCases(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(endedWord)) {
    const name = match[1] ?? '';
    const ended = caseOf(match[2] ?? '');
    const end = match.index + match[0].length;
    if (ended === 'with') {
      const start = personStart(text, match.index);
      if (start < from) continue;
      const person = `${text.slice(start, match.index)}${name}`;
      const thing = sharedThing.exec(text.slice(end));
      out += `${text.slice(from, start)}${thing ? `${thing[1]} ` : ''}with ${person}`;
      from = end + (thing?.[0].length ?? 0);
      continue;
    }
    const placed = ended === 'from' || ended === 'in' || ended === 'atFirm' || ended === 'to';
    const start = placed ? placeStart(text, match.index) : match.index;
    if (start < from) continue;
    const inside = /^(?:post|thread|comment|story|group|grup|yorum)/iu.test(name);
    const before =
      (
        { from: 'from ', in: inside ? 'in ' : 'at ', atFirm: 'at ', to: 'to ' } as Record<
          string,
          string
        >
      )[ended ?? ''] ?? '';
    // "kerem sent me reference'ı": a thing after a verb is "the" thing; "pricing head'i" is its head.
    const afterVerb = /(?:^|\s)(?:me|sent|gave|asked|for|\p{L}+ed)\s*$/u.test(
      text.slice(0, match.index),
    );
    const thing =
      ended === 'whom' && afterVerb && /^\p{Ll}+$/u.test(name) && !isKnownGivenName(name);
    const plain = ended === 'of' ? `${name}'s` : thing ? `the ${name}` : name;
    out += `${text.slice(from, start)}${before}${text.slice(start, match.index)}${plain}`;
    from = end;
  }
  return out + text.slice(from);
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([,;])/g, '$1')
    .replace(/,,/g, ',')
    .trim();

/** The line with its Turkish put into English; a line with none comes back as it was. */
export function mendTurkish(line: string): string {
  if (!turkishMarker.test(line) && !turkishDays.test(line)) return line;
  const words = applySwaps(line, turkishWords);
  const clauses = words
    .split(/(?<=[,;]) /)
    .map(readClause)
    .join(' ');
  return applySwaps(plainCases(clauses), turkishNouns);
}
