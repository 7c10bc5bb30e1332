// Words in a message that tell how well the sender knows the reader.

/** Words that show the sender and reader have never met. */
export const strangerCuePatterns: readonly RegExp[] = [
  /\bwe (?:haven'?t|have not|have never|'ve never) met\b/gi,
  /\byou don'?t know me\b/gi,
  /\b(?:came across|found|saw) your (?:profile|name)\b/gi,
  /\bfound you (?:through|on|via|in)\b/gi,
  /\bthanks? (?:you )?for (?:connecting|accepting)\b/gi,
];
