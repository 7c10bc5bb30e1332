// Words in a message that tell how well the sender knows the reader.

/** Words that show the sender and reader have never met. */
export const strangerCuePatterns: readonly RegExp[] = [
  /\bwe (?:haven'?t|have not|have never|'ve never) met\b/gi,
  /\byou don'?t know me\b/gi,
  /\b(?:came across|found|saw) your (?:profile|name)\b/gi,
  /\bfound you (?:through|on|via|in)\b/gi,
  /\bthanks? (?:you )?for (?:connecting|accepting)\b/gi,
];

/**
 * Words that show the two have met once or briefly: a contact by stage, but not one who knows the
 * sender well enough to spend their name or hours on them.
 */
export const briefTiePatterns: readonly RegExp[] = [
  /\b(?:only |just )?met (?:you )?(?:once|briefly|the once)\b/gi,
  /\b(?:we|i) (?:connected|met|spoke|chatted) (?:briefly )?(?:at|after|during) (?:the|your|a|an)\b/gi,
  /\b(?:great|good|nice|lovely|a pleasure) (?:to meet|meeting) you (?:at|on|last|yesterday|earlier)\b/gi,
  /\b(?:our|the|a) (?:quick|brief|short) (?:chat|call|conversation|hello)\b/gi,
  /\bsince we (?:clicked|got on|hit it off|got along)\b/gi,
];
