// Spanish in a one-line log, put into English before it is read. A Spanish speaker's notes switch
// language mid-line ("café con Dev ayer", "me escribió Rachel on LinkedIn", "llamé a Gareth el
// viernes", "Dev me presentó a Rohan por email"): days, times, ways of talking and what was done
// become the English every later rule reads. Short words English has too ("a", "y", "de", "en",
// "el", "con", "me") are swapped only in a line that is Spanish by a word no English note uses.

import { applySwaps, type Swap, wholeWord as word } from './log-line-tokens.js';

const days: Record<string, string> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miercoles: 'Wednesday',
  miércoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sabado: 'Saturday',
  sábado: 'Saturday',
  domingo: 'Sunday',
};
const dayWord = '(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const dayOf = (spanish: string) => days[spanish.toLowerCase()] ?? spanish;

const months: Record<string, string> = {
  enero: 'January',
  febrero: 'February',
  marzo: 'March',
  abril: 'April',
  mayo: 'May',
  junio: 'June',
  julio: 'July',
  agosto: 'August',
  septiembre: 'September',
  setiembre: 'September',
  octubre: 'October',
  noviembre: 'November',
  diciembre: 'December',
};
const monthWord =
  '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|s?e?p?tiembre|octubre|noviembre|diciembre)';
const monthOf = (spanish: string) => months[spanish.toLowerCase()] ?? spanish;

/** A name as a line writes it: one or two capitalised words. */
const name = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;

/** Words and phrases no English note uses: swapped wherever they stand. */
const spanishWords: readonly Swap[] = [
  [/[¿¡]/gu, ''],
  // Days and times: "el viernes", "el 19/11", "ayer", "esta mañana", "la semana pasada".
  [word(`el ${dayWord} pasado`), (_m: string, day: string) => `last ${dayOf(day)}`],
  [word(`(?:el )?${dayWord}`), (_m: string, day: string) => dayOf(day)],
  [word(`(\\d{1,2}) de ${monthWord}`), (_m: string, d: string, m: string) => `${d} ${monthOf(m)}`],
  [word(`en ${monthWord}`), (_m: string, month: string) => `in ${monthOf(month)}`],
  [word('anteayer|antier'), 'the day before yesterday'],
  [word('ayer'), 'yesterday'],
  [word('hoy'), 'today'],
  [word('anoche'), 'last night'],
  [word('esta mañana'), 'this morning'],
  [word('esta tarde'), 'this afternoon'],
  [word('la semana pasada'), 'last week'],
  [word('nada desde(?: el)?'), 'nothing since'],
  [word('desde(?: el)?'), 'since'],
  // Ways of talking.
  [word('(?:un )?café con'), 'coffee with'],
  [word('(?:un )?almuerzo con|comida con'), 'lunch with'],
  [word('cena con'), 'dinner with'],
  [word('reunión con'), 'meeting with'],
  [word('videollamada con'), 'video call with'],
  [word('llamada con'), 'call with'],
  [
    word('por (whatsapp|email|e-mail|mail|correo|linkedin|slack|teams|zoom|dm|sms|mensaje)'),
    'on $1',
  ],
  [word('correo'), 'email'],
  [word('mensaje'), 'message'],
  [word('tarjetita de gracias|tarjeta de gracias'), 'thank-you card'],
  // What was done.
  [word(`[Mm]e escribió ${name}`, 'gu'), '$1 wrote to me'],
  [word('me escribió'), 'wrote to me'],
  [word('le escribí(?: a)?'), 'wrote to'],
  [word('escribí(?: a)?'), 'wrote to'],
  [word('llamé a'), 'rang'],
  [word('me llamó'), 'rang me'],
  [word('me contó que'), 'told me that'],
  [word('me (?:pasó|mandó|envió)'), 'sent me'],
  [word('me pasa'), 'will send me'],
  [word('le (?:mandé|envié|pasé) a'), 'sent'],
  [word('le (?:mandé|envié|pasé)'), 'sent'],
  [
    word('(?:me )?presentó(?: (?:por|on) (\\w+))? a'),
    (_m: string, how?: string) => (how ? `introduced me on ${how} to` : 'introduced me to'),
  ],
  [word('me conectó con'), 'introduced me to'],
  [word('me puso en contacto con'), 'put me in touch with'],
  [word('dice que me refiere'), 'says she will refer me'],
  [word('dice que'), 'says'],
  [word('le pedí(?: a)?'), 'asked'],
  [word('pidiéndole'), 'asking for'],
  [word('preguntando si'), 'asking if'],
  [word('me puedes referir'), 'can you refer me'],
  [word('(?:le )?mandé (?:las )?gracias a'), 'thanked'],
  [word('me dio las gracias'), 'thanked me'],
  [word(`[Gg]racias a ${name} por`, 'gu'), 'thanked $1 for'],
  [word('gracias(?: chicas| chicos)?'), 'thanks'],
  [word('le recordé a'), 'reminded'],
  [word('recordatorio(?: a)?'), 'reminder to'],
  [word('seguimiento con'), 'followed up with'],
  [word('insistí con'), 'chased'],
  [word('otra vez'), 'again'],
  [word('sin respuesta(?: todavía)?'), 'no reply'],
  [word('no contestó'), 'no answer'],
  [word('nada concreto(?: todavía)?'), 'nothing yet'],
  [word('todavía'), 'yet'],
  [word('nada'), 'nothing'],
  [word('conocí a'), 'met'],
  // "Doña Margaret", "Don Robert": courtesies before a name (in a line already Spanish, as Don
  // is a name too), and "para pedirle" (to ask them for).
  [/(?<![\p{L}'’-])[Dd]oña (?=\p{Lu})/gu, ''],
  [/(?<![\p{L}'’-])Don (?=\p{Lu}\p{Ll})/gu, ''],
  [word('para pedirle'), 'to ask for'],
  [word('vi a'), 'saw'],
  [word('hablamos de'), 'talked about'],
  [word('se lo dije'), 'told them'],
  [word('pudiste pasarme'), 'could you send me'],
  [word('para que'), 'so that'],
  [word('la factura'), 'the invoice'],
  [word('el pago'), 'the payment'],
];

/** Words English has too, swapped only in a line that is Spanish by the words above. */
const sharedWords: readonly Swap[] = [
  // "Emma de Lloyds", "Kate de Sky": from, after a name.
  [/(?<=\p{Lu}[\p{L}'’-]*) de (?=\p{Lu})/gu, ' from '],
  [/(?<=\p{Lu}[\p{L}'’-]*) y (?:a )?(?=\p{Lu})/gu, ' and '],
  [word('y'), 'and'],
  [word('con'), 'with'],
  // "email a Niamh", "WhatsApp a Gareth", "le mandé mi CV a Rachel": to.
  [/(?<![\p{L}'’-])a (?=\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:[\s,:;(]|$))/gu, 'to '],
  [/(?<![\p{L}'’-])en (?=\p{Lu})/gu, 'at '],
  [word('en el'), 'at the'],
  [word('en'), 'in'],
  [word('mi'), 'my'],
  [word('su'), 'their'],
  [word('sobre(?: lo de)?|lo de'), 'about'],
  [word('por (?:el|la|los|las)'), 'for the'],
  [word('por'), 'for'],
  [word('el|la|los|las'), 'the'],
];

const spanishMarker =
  /(?<![\p{L}'’-])(?:ayer|hoy|anoche|anteayer|esta mañana|semana pasada|café con|almuerzo|reunión|videollamada|llamada|llamé|escribió|escribí|mandé|mandó|pasó|presentó|conectó|contó|dice que|pedí|pidiéndole|preguntando|gracias|recordé|recordatorio|seguimiento|insistí|otra vez|todavía|sin respuesta|conocí|hablamos|nada|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|por (?:whatsapp|email|mail|linkedin|slack)|para pedirle|me llamó|me mandó|le mandé)(?![\p{L}'’-])/iu;

/** "zoom con Maria", "Doña Margaret", "Gareth y Owen": Spanish only before a capitalised name. */
const spanishBeforeName =
  /(?<![\p{L}'’-])(?:con|[Dd]oña) (?=\p{Lu})|(?<=\p{Lu}[\p{L}'’-]*) y (?=\p{Lu})/u;

/** The line with its Spanish put into English; a line with none comes back as it was. */
export function mendSpanish(line: string): string {
  return spanishMarker.test(line) || spanishBeforeName.test(line)
    ? applySwaps(applySwaps(line, spanishWords), sharedWords)
    : line;
}
