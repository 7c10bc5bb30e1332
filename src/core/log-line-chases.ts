// A chase the user made about something already under way, read as a follow-up: money still owed
// ("left Mark a voicemail re the tesco invoice"), a silence since an earlier day ("called Mark,
// no word on the PO since the 17th"), what is still awaited ("as the introduction he promised has
// not yet come about"), a reminder or an enquiry after it, or a voicemail left about something
// ("left Robert Singh a vm re the KPMG role").

/** What is owed for work done: an invoice, a payment, a purchase order, a deposit. */
const owedThing = String.raw`(?:invoices?|inv|payments?|po|purchase order|deposit|balance|fees?|remittance)`;

/** "re the tesco invoice", "about the unpaid invoice", "45 days late", "the outstanding balance". */
const aboutOwed = new RegExp(
  String.raw`\b(?:about|re|abt|regarding|on|chasing) (?:the |my |our |an? |their |his |her )?(?:[\w.&'’-]+ ){0,3}?${owedThing}\b|\b(?:unpaid|overdue|outstanding)\b|\b(?:days?|weeks?|months?) (?:late|overdue)\b`,
);

/**
 * The user reaching out: a verb of getting in touch opening the line or a clause, or a voicemail
 * left. "Invoice sent to Dan for the Nov work" reaches out to chase nothing.
 */
const reachedOut =
  /(?:^|[-–—,;:] |\bi )(?:left|called|rang|phoned|emailed|texted|messaged|whatsapp(?:ed|['’]d)|dm['’]?d|pinged|wrote to|voicemail|vm|sent (?:him|her|them|a|an|again))\b|\bleft (?:[\w'’]+ ){0,5}(?:a |an )?(?:voicemail|vm|message|msg)\b/;

/** A silence since an earlier day: "nothing since the 20th", "no word on the PO since the 17th". */
const silentSince =
  /\b(?:nothing|no (?:word|reply|response|news|answer)|heard nothing|radio silence|silence)\b(?: [\w'’]+){0,4}? since\b/;

/**
 * Whether the user got in touch about money owed or after a silence: a follow-up, though no word
 * of chasing is in the line. "Left Robert a voicemail, no reply as yet" is a first try, not one.
 */
export function chasesWhatIsDue(lower: string): boolean {
  return reachedOut.test(lower) && (aboutOwed.test(lower) || silentSince.test(lower));
}

/**
 * Whether the user asked after something already under way in so many words, whatever it names:
 * "to enquire after the introduction he promised", "emailed Mr Singh, as the introduction he
 * promised has not yet come about".
 */
export function asksAfterWhatIsDue(lower: string): boolean {
  return askedAfter.test(lower) || (reachedOut.test(lower) && stillWaiting.test(lower));
}

/**
 * "to enquire after the introduction he promised", "sent her a polite reminder", "to see if
 * there's any update on the contract": asking after what is under way, in so many words.
 */
const askedAfter =
  /\b[ei]nquir(?:e|ed|ing) after\b|\bsent (?:him |her |them )?(?:a |another )?(?:polite |gentle |quick |short |friendly )?(?:reminder|chaser)\b|\bto see if (?:there['’]?s|there is) (?:any|an) update\b|\b(?:sent|wrote) (?:him |her |them )?(?:a )?further (?:email|e-mail|letter|note|message)\b/;

/**
 * "as the introduction he promised has not yet come about", "has not replied to my email of the
 * 9th", or the note closing on the silence: "rang Olivia, nothing yet", "…, still nothing",
 * "…? still waiting" (29 of the tuning file's 29 such lines are chases; "no answer" and "no news"
 * alone are split); or asking after it: "called olivia, any news on the contract?".
 */
const stillWaiting =
  /\b(?:has|have|had) not (?:yet )?(?:come (?:about|through)|arrived|happened|answered|replied|responded|got back)\b|[,;?–—-] (?:nothing yet|still nothing|still waiting|nothing back(?: yet)?|no news yet)[.!]*$|[,;–—-] any (?:news|update|word) (?:on|about|re) (?:the |my |that |our )?[\w'’-]+(?: [\w'’-]+)?\s*\?/;

/**
 * "left Robert Singh a vm", "left paul reed at amey a voicemail", "left VM for Joanne", "it went
 * to voicemail": the user's own voicemail.
 */
const leftVoicemail =
  /\bleft (?!me\b|us\b)(?:[\w'’().]+ ){0,5}?(?:a |an )?(?:voicemail|vm|voice ?mail)\b|\bwent (?:straight )?to (?:voicemail|vm)\b/;

/** What a voicemail was about: "re the KPMG role", "about the referral", "RE: the intro". */
const aboutSomething = /\b(?:re|about|abt|aboot|regarding)\b/;

/**
 * What the contact had set going, so that a voicemail about it chases it: "the intro she offered",
 * "the role she put me forward for".
 */
const underWay =
  /\b(?:he|she|they) (?:offered|mentioned|flagged|promised|suggested|put me forward|put my name forward|referred me|recommended me)\b|\bagain\b/;

/**
 * Whether the user left a voicemail about something: a follow-up (72 of the tuning set's 91 such
 * lines say so). Beside a thing given or an intro, only when the contact had set it going
 * ("left Emily a voicemail about the referral she offered").
 */
export function chasesByVoicemail(lower: string, kind: string): boolean {
  if (!leftVoicemail.test(lower) || !aboutSomething.test(lower)) return false;
  return kind === 'catch-up' || ((kind === 'intro' || kind === 'give') && underWay.test(lower));
}
