// The words that name the sender and the reader, read by the rules and the model alike.

// wink-nlp splits "I've" and "I'd" into "i" + verb but keeps "i'm"; "im" and "ive" are how texts
// spell I'm and I've, and they are the sender all the same.
export const senderWords: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
]);

export const readerWords: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'd",
]);
