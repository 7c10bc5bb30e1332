// News the user passed on because the contact would like it: "told Yusuf about the font foundry
// sale, thought hed like it", "let Maggie know about a course, thought she'd find it useful".

/** Telling or sending: the user passing something on. */
const passedOn = String.raw`(?:told|let [\w'’]+(?: [\w'’]+)? know|tipped|flagged|mentioned|sent|emailed|texted|messaged|whatsapp(?:ed|['’]d)|shared|forwarded)`;

/** "thought hed like it", "figured she'd be into it", "he'll love it": why it was passed on. */
const wouldLike = String.raw`(?:(?:thought|figured|reckoned|knew|guessed)(?: that)? (?:he|she|they)(?:['’]?d|['’]ll| would| might| will)? (?:like|love|enjoy|be into|be interested|appreciate|find (?:it|them|this|that) (?:useful|helpful|interesting|handy))|(?:he|she|they)(?:['’]?d|['’]ll| would| might| will)? (?:like|love|enjoy|be into|appreciate) (?:it|this|that|them)(?=\s*(?:$|[,;.!])))`;

const toldOfLiked = new RegExp(String.raw`\b${passedOn}\b.*\b${wouldLike}`);

/**
 * Whether the user passed something on for the contact's sake, a give. Read on the whole line,
 * since "she'd find it useful" is the kind of clause the plans leave out.
 */
export function passesOnLiked(lower: string): boolean {
  return toldOfLiked.test(lower);
}
