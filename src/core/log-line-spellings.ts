// Common words spelt as they sound or with one slip, mended before a one-line log is read:
// "fone call wiv Devendra last wensday", "left vocemail for Owen", "Gareth reffered me".
import { calendarWords } from './date-phrase.js';
import { typoDistance } from './person-match.js';

/**
 * Words spelt by sound, too short or too far from the word for one slip to find: each is no
 * English word and no name, so the swap is safe wherever it stands in lower case.
 */
const soundSpellings: ReadonlyMap<string, string> = new Map([
  ['wiv', 'with'],
  // West Country: "dreckly" is later, in its own time; "nothin", "sortin" drop their g.
  ['dreckly', 'later'],
  ['bout', 'about'],
  ['nothin', 'nothing'],
  ['sortin', 'sorting'],
  ['wishin', 'wishing'],
  ['wid', 'with'],
  ['fone', 'phone'],
  ['foned', 'phoned'],
  ['telefone', 'phone'],
  ['telefoned', 'phoned'],
  ['sed', 'said'],
  ['sez', 'says'],
  ['bak', 'back'],
  ['shud', 'should'],
  ['cud', 'could'],
  ['wud', 'would'],
  ['mite', 'might'],
  ['abowt', 'about'],
  ['abt', 'about'],
  ['nite', 'night'],
  ['agen', 'again'],
  ['anser', 'answer'],
  ['tuch', 'touch'],
  ['thay', 'they'],
  ['gon', 'gone'],
  ['coffe', 'coffee'],
  ['comented', 'commented'],
  ['emial', 'email'],
  ['emials', 'emails'],
  ['emialed', 'emailed'],
  ['emaill', 'email'],
  ['emaills', 'emails'],
  ['munday', 'monday'],
  ['tusday', 'tuesday'],
  ['chewsday', 'tuesday'],
  ['wensday', 'wednesday'],
  ['wenesday', 'wednesday'],
  ['wedensday', 'wednesday'],
  ['thersday', 'thursday'],
  ['fryday', 'friday'],
  ['saterday', 'saturday'],
  ['yestaday', 'yesterday'],
  ['yesturday', 'yesterday'],
  ['yesterdy', 'yesterday'],
  ['tommorow', 'tomorrow'],
  ['tomoro', 'tomorrow'],
  ['linkdin', 'linkedin'],
  ['linkden', 'linkedin'],
  ['sayin', 'saying'],
  ['chasin', 'chasing'],
  ['tomoz', 'tomorrow'],
  ['chattin', 'chatting'],
  ['referal', 'referral'],
  ['referals', 'referrals'],
  ['thnaks', 'thanks'],
  ['thnks', 'thanks'],
  ['tmrw', 'tomorrow'],
  ['revewd', 'reviewed'],
  ['reveiwed', 'reviewed'],
  ['reviewd', 'reviewed'],
  ['cald', 'called'],
  ['calld', 'called'],
  ['conection', 'connection'],
  ['conections', 'connections'],
  ['tuesdy', 'tuesday'],
  ['wensdy', 'wednesday'],
  ['thursdy', 'thursday'],
  ['fridy', 'friday'],
  ['frid', 'friday'],
  ['satuday', 'saturday'],
  ['novemeber', 'november'],
  ['novmber', 'november'],
  ['freind', 'friend'],
  ['freinds', 'friends'],
]);

/**
 * Longer words a log line is made of, found from a slip of one letter (missing, extra, wrong or
 * two swapped, or two such slips from eight letters): "vocemail", "reffered", "revewd", "intervew", "emaled". Seven letters or more, so
 * one slip cannot reach another word; a slip that is itself a word in `realWords` stays.
 */
const lineWords = [
  'voicemail',
  'referred',
  'reviewed',
  'interview',
  'emailed',
  'messaged',
  'texted',
  'introduced',
  'recommended',
  'forwarded',
  'yesterday',
  'wednesday',
  'thursday',
  'saturday',
  'tomorrow',
  'linkedin',
  'comments',
  'feedback',
  'manager',
  'coordinator',
  'contractors',
  'management',
  'networking',
  'conference',
  'referral',
  'returnship',
  'application',
  'availability',
  'followed',
  'meeting',
  'message',
].filter((word) => word.length >= 6);

/** Words one slip from a line word that are words themselves and must stay as written. */
const realWords = new Set([
  'referee',
  'refereed',
  'revered',
  'reviews',
  'reviewer',
  'managers',
  'messages',
  'messager',
  'meetings',
  'comment',
  'commented',
]);

/** A lower-case word (or the line's first word) spelt by sound or with one slip, as meant. */
function mendWord(word: string, opensLine: boolean): string {
  const lower = word.toLowerCase();
  // A capital inside the line may start a name ("Sed", "Bak"): only lower case is mended there.
  const sound = soundSpellings.get(lower);
  // "met her Wensday": a day or month spelt by sound is no name, whatever its capital.
  if (!opensLine && word !== lower && !(sound && calendarWords.has(sound))) return word;
  const meant = sound ?? slipOf(lower);
  if (meant === undefined) return word;
  return word === lower ? meant : meant.charAt(0).toUpperCase() + meant.slice(1);
}

/** "manger" is a word, but a line about work means manager: it is the one real word mended. */
function slipOf(word: string): string | undefined {
  if (word === 'manger') return 'manager';
  if (word.length < 6 || realWords.has(word) || lineWords.includes(word)) return undefined;
  // "whatsaped" is a verb: a slip ending in "-ed" means a word that does.
  if (
    word.endsWith('ed') &&
    !lineWords.some((meant) => meant.endsWith('ed') && meant[0] === word[0])
  )
    return undefined;
  // "introduce", "emails": a verb's own plain form or a noun's plural is no slip.
  if (
    lineWords.some(
      (meant) => [`${word}d`, `${word}ed`, `${meant}s`].includes(meant) || `${meant}s` === word,
    )
  )
    return undefined;
  const near = lineWords.filter(
    (meant) => meant[0] === word[0] && Math.abs(meant.length - word.length) <= 1,
  );
  // Two slips are forgiven from eight letters ("reffered"), one below.
  const allowed = word.length >= 8 ? 2 : 1;
  const [only, other] = near.filter(
    (meant) => meant[1] === word[1] && typoDistance(word, meant) <= allowed,
  );
  return other === undefined ? only : undefined;
}

/** The line with common words spelt by sound or with one slip put right; names stay as written. */
export function mendSpellings(line: string): string {
  return (
    line
      .replace(/\bwats ?app(?=['’]?(?:d|ed)?\b)/giu, 'whatsapp')
      // "what's app", "whats app": the app as a phone's dictation writes it.
      .replace(/\bwhat['’]?s app\b/giu, 'whatsapp')
      // "asked if id speak": "I'd" typed without its apostrophe or capital.
      // "wants to know if ill speak": "I'll" typed the same way.
      .replace(
        /\b(if|whether) ill(?= (?:speak|talk|present|mentor|judge|do|be|help)\b)/giu,
        "$1 I'll",
      )
      .replace(
        /\b(if|said|says|sed|thought|reckoned) id(?= (?:speak|talk|present|mentor|review|help|judge|be|do|want|like|need|find|love|survey|quote|cover|run|design|work)\b)/giu,
        "$1 I'd",
      )
      .replace(
        /\b(on|a|her|his|my|their|the) linked in\b|\blinked in(?= (?:message|msg|post|request|connection|conection|profile|dm|inbox)\b)/giu,
        (_m: string, before?: string) => (before ? `${before} linkedin` : 'linkedin'),
      )
      // "b4 thursday": texting's "before" (a deadline, no date of the line).
      .replace(/\bb4\b/giu, 'before')
      // A phone's dictation: "comma" and "full stop" said aloud, "by male", "a male", "male'd"
      // (mail), "cold me" and "cold Kate at sky" (called: "cold emailed", "cold call" stay).
      .replace(/ comma(?= \p{Ll})/gu, ',')
      .replace(/ full stop(?=\s|$)/gu, '.')
      .replace(/\b(by|a|my|your|her|his|the|via) male\b/giu, '$1 mail')
      .replace(/\bmale['’]?d\b/giu, 'mailed')
      .replace(/\bcold (?=(?:me|us)\b)/giu, 'called ')
      .replace(/^cold (?=\p{Lu}\p{Ll})/u, 'called ')
      .replace(/\p{L}+/gu, (word, at: number) => mendWord(word, at === 0))
  );
}
