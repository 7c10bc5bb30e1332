// Paid work a contact tells the user of, and the user's own work a contact asks to see: "lloyds
// want a set of 12 icons", "emailed a brief for 6 spot illos", "wants to see my greetings card work".

/** Subjects that are the user or the contact, not the client who wants the work. */
const notAClient = String.raw`(?:i|we|you|he|she|it|me|us|who|that|which|this|there|what|one|someone|somebody|anyone|everyone|nobody|my|our|your|i['’]?m|we['’]re|i['’]?d|we['’]d)`;

/** Wanting a thing made: "want", "need", "are after" (never a bare "after"), "looking for". */
const wantVerbs = String.raw`(?:wants?|wanted|needs?|needed|(?:(?:are|is|['’]re|['’]s) )?(?:looking for|seeking|commissioning)|(?:are|is|['’]re|['’]s) after)`;

/**
 * What is no work for the user, wanted by anyone: a meeting, a favour, a word, a job of their
 * own, more time ("needs a break", "want a catch-up", "need a new role"), or the user's own CV,
 * portfolio or rates ("they want a CV by Friday"), which asks for what is theirs.
 */
const notWork = String.raw`(?:(?:quick|short|little|bit of|new|proper|good|decent|longer|real|more|some) )*(?:chat|call|coffee|catch[- ]?up|meeting|lunch|drink|beer|break|rest|change|move|job|role|position|career|advice|help|hand|feedback|reference|referral|recommendation|intro|introduction|favour|favor|word|reply|response|answer|update|decision|time|space|visa|sponsor|mentor|raise|promotion|holiday|day off|while|think|look|listen|yes|no|detail|info|information|tip|pointer|idea|thought|option|date|slot|cv|resume|résumé|portfolio|cover letter|rate card|rate|availability|number|sample|reel|showreel|minute|hour|day|week|month|year|answer|ticket)s?\b`;

/**
 * The user's own: "my", or what they made ("the dashboards i built", "the plan template i used").
 */
const mineOrMade = String.raw`(?:my\b|the (?:[\w-]+ ){1,4}?(?:i|we) (?:built|made|used|did|wrote|designed|ran|created|put together|set up|drew up|presented)\b)`;

/** How many, or which: "a", "a set of", "12", "some". */
const quantity = String.raw`(?:a|an|another|some|a set of|a series of|a run of|a couple of|a few|a batch of|a pack of|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|\d+ more|a few more)`;

/**
 * "lloyds want a set of 12 icons", "NHS digital need posters for a vaccine campaign", "SAP need
 * 300 product pages translated", "her sister wants me to shoot her wedding", "rang, wants 3 more
 * product shoots", "wants me to do her back garden", "emma clark from lloyds wants 12 planters
 * done": at the start of a clause, a client (never the user, nor "he" or "she") or the
 * contact wanting something made, counted or plural, or wanting the user to make it. Not "my"
 * anything, nor "the template i used", which ask the user for what is theirs.
 */
const workWanted = new RegExp(
  String.raw`(?:^|[,;:&–—-] |\b(?:and|so|but|says?|said|say|that) )(?:(?!${notAClient}\b)[\w.&'’-]*[\w&'’-](?: (?!${notAClient}\b)[\w.&'’-]*[\w&'’-]){0,3}? )?${wantVerbs} (?!(?:${quantity} )?${notWork})(?![^,;.]*\b${mineOrMade})(?:${quantity}(?: [\w&'’/-]+){1,5}|(?!(?:his|hers|its|this|yes|was|has|does|less|more|access|business|progress|process|success|ours|yours|theirs|thanks|news)\b)[a-z][\w-]*[^\Ws'’]s\b|me (?:back )?to do (?:her|his|their|the|some)(?! (?:(?:short|quick|small|little|take-home|technical|written|timed|online|mock|practice) )?(?:task|case study|test|assessment|exercise|talk|presentation|interview|survey|favour|favor|reference|intro|introduction|call|chat|podcast|piece|panel|session|workshop)s?\b)|me to (?:shoot|photograph|film|design|draw|illustrate|paint|build|make|write|translate|localise|localize|cater|fit|edit|record|mix|produce|animate|develop|code|redesign|rebuild|refit|paint|decorate|compose|score|voice|narrate))`,
);

/**
 * "theyre tendering for a campaign illustrator", "putting a podcast series out to tender",
 * "commissioned a spot illo", "has a new commission for me": work put out to bid or handed to
 * the user.
 */
const workPutOut = new RegExp(
  String.raw`\btendering for\b|\b(?:out|going|go|goes) to tender\b|\btender (?:docs?|documents?|addend(?:um|a)|details|drawings)\b|\bdetails (?:for|of) the (?:[\w&.'’-]+ ){0,4}tender\b|\b(?:invitation|invite) to tender\b|(?<!\b(?:i|we) )\bcommission(?:ed|ing)(?: me| us)? (?:${quantity}|the|their|his|her|more)\b|\b(?:has|have|got|with|offered me) (?:a|another) (?:new |paid |small |big )?commission\b`,
);

/**
 * "someone to do illustrated maps", "someone to localise their docs": someone to do a task for
 * them is a hand wanted; someone to talk to or meet is not.
 */
export const someoneToDo = String.raw`(?:someone|somebody|a person|people)(?: (?:part[- ]time|full[- ]time|freelance|temporarily|for a few (?:weeks|months)))? to (?!(?:talk|chat|speak|meet|mentor|grab|go|come|have|get|hang|play|help me|listen|vent|date)\b)[a-z]+`;

/**
 * "they need help with EPR rollout governance", "NHS Digital extending my SOW to March", "forms
 * attached", "sent over Barclays' supplier questionnaire", "Arup have a bid that needs…", "could
 * be work there": a client needing a hand, the user's engagement made longer, the papers to take
 * work on, or work that may come.
 */
const workOffered = new RegExp(
  String.raw`(?<!\b(?:i|we|i still|i really|you)(?:['’]d)? )\bneeds? (?:some |a bit of |urgent )?(?:outside |external )?(?:help|support) (?:with|on)\b|\bextend(?:ing|ed|s)? (?:my|our|the) (?:sow|contract|engagement|assignment|gig|placement|work)\b|\b(?:forms?|contracts?|sow|po|paperwork|questionnaire|tender pack|rfp|itt|nda)s? attached\b|\bsent (?:me )?(?:over|across|through) (?:[\w&.'’-]+ ){0,4}?(?:questionnaire|forms|paperwork|rfp|itt|tender pack|sow|nda|contract)\b|\b(?:have|has|got) (?:a|an) (?:[\w-]+ ){0,2}(?:bid|tender|pitch|project|programme|program|contract) (?:that|which) needs?\b|\bcould be (?:some )?(?:paid )?work (?:there|in it|for me)\b|\b(?:has|have|had|['’]s got|['’]ve got) (?:a|an|some) (?:[\w-]+ ){0,3}?(?:mission|gig|contract|project) for me\b`,
);

/** Whether the line tells of paid work someone wants done (see `workWanted` and `workPutOut`). */
export function tellsOfWork(lower: string): boolean {
  return workWanted.test(lower) || workPutOut.test(lower) || workOffered.test(lower);
}

/** Words that name a gathering, whose brief is what to do there, not work. */
const eventWord =
  /\b(?:hackathon|hack ?day|event|meetup|conference|workshop|webinar|fair|panel|summit|challenge)\b/;

/** A verb that passes a brief on, and the words between it and "brief". */
const briefPassed =
  /\b(?:sent|sending|emailed|forwarded|whatsapp(?:ed|['’]d)|messaged|texted|dm['’]?d|passed|shared|dropped|slacked)\b((?: [\w.&'’-]+){0,6}?) brief\b( for the\b)?/;

/**
 * "emailed a brief for 6 spot illos", "sent the booking.com brief thru": a brief is work to do, a
 * thing given. Not the brief of a gathering ("the hackathon brief"), nor "the brief for the
 * survey project", which is what a project already under way is about.
 */
export function passesBrief(lower: string): boolean {
  const found = briefPassed.exec(lower);
  if (!found) return false;
  const between = found[1] ?? '';
  if (eventWord.test(between)) return false;
  return found[2] === undefined || /\ban?$/.test(between.trim());
}

/**
 * "wants to see my greetings card work", "want to see more editorial work", "would like to hear a
 * few of my edits", "wants a look at my showreel": a contact asking to see the user's work.
 */
const seeMine = String.raw`(?:wants?|wanted|wanting|would like|['’]d like|keen|asks|asked|asking)(?: (?:to )?(?:see|look at|look over|look through|have a look at|hear|read|review|check out)| (?:a|another) (?:look|listen|peek|glance|read) (?:at|of|to)?)(?: (?:a few|some|any|all|examples|samples|more) of)? (?:more\b|some of my\b|examples of my\b|samples of my\b|${mineOrMade})`;

/**
 * "needs my VAT number", "lloyds need my UTR", "wants a breakdown of my hours", "wanting a copy of
 * my forklift certs": a contact asking for something of the user's.
 */
const haveMine = String.raw`(?:wants?|wanted|wanting|needs?|needed|would like|['’]d like)(?: (?:(?:a|an|the) )?(?:copy|breakdown|summary|list|sample|scan|photo|proof|record) of| (?:(?:a|the) )?link to)? ${mineOrMade}`;

/**
 * "wants me to fill in a survey", "wants me to send my references over", "needs us to send two
 * references over", "want us to do a case study" (a task set to a candidate), "want to talk to me
 * for a programme", "needs two references from me", "wants two references off me", "wants to
 * film me for a piece", "asks if I want to be on a panel", "wants to know how I recruit
 * participants", "chasin me for my availability dates", ", can I speak at their meetup", ", can i resend
 * the invoice" (their question, put as they asked it), "wanted to know could i help out", "asks if I am free for a call", "asked about my availability":
 * a contact asking something of the user.
 */
const ofMe = String.raw`(?:wants?|wanted|would like|['’]d like) (?:me|us) to (?:fill in|fill out|complete|take part|talk|speak|present|answer)\b|(?:wants?|wanted|needs?|would like|['’]d like) (?:me|us) to (?:send|email|forward|share)(?: (?:him|her|them|over))? (?:my|our|(?:two|three|2|3|some|the) (?:references?|refs|referees)\b)|(?:wants?|wanted|needs?|would like|['’]d like) (?:me|us) to do (?:a|an|the|their) (?:(?:short|quick|small|take-home|technical|tech|written|timed|online) )?(?:task|case study|test|assessment|exercise|coding test|presentation|user interview|mock interview|practice interview)\b|(?:wants?|wanted) (?:me|us) to help\b(?! (?:me|us)\b)|(?:wants?|wanted) (?:me|us) to (?:do|record|film|say) [^,.;]{0,30}?\b(?:on camera|for (?:a|an|the|their|his|her) (?:[\w&-]+ ){0,2}(?:piece|programme|documentary|story|podcast|film|video|feature|article))\b|(?:wants?|wanted|wanting|would like|['’]d like) to (?:interview|survey|feature|quote|film|photograph|record|profile|podcast with) (?:me|us)\b|(?:asks?|asked|asking) (?:me )?(?:if|whether) i (?:want|wanted|would like|['’]d like) to (?:be|present|sit|judge|mentor|write|run|host)\b|(?:wants?|wanted|would like|['’]d like) to (?:talk|speak) to (?:me|us)\b|needs? (?:[\w'’-]+ ){1,3}(?:from|off) (?:me|us)\b|(?:wants?|wanted) (?:[\w'’-]+ ){0,2}(?:references?|refs|referees)(?: names| details| contacts)? (?:from|off) (?:me|us)\b|(?<!\bi )\bchas(?:ing|in|ed) (?:me|us) (?:up )?for (?:my|our)\b|needs? (?:the|an?|your) (?:invoice|receipt|timesheet|bank details|availability|references?)\b|wants? to know (?:if|whether) i(?:['’]?d|['’]ll) (?:do|give|speak|talk|present|run|help|be|mentor|review|cover|judge|join)\b|(?:wants?|wanted) to know (?:could|can|would|will) i (?:do|give|speak|talk|present|run|help|be|mentor|review|cover|judge|join)\b|wants? to know (?:my|our)\b|(?<!\bfor )invited (?:me|us) to (?:be (?:a |their |the )?(?:guest|speaker|panell?ist|judge|mentor)|speak|present|give a talk)\b|(?:wants?|wanted) to know how i (?:did|do|built|set up|ran|run|handled|handle|recruit|recruited|find|found|plan|planned|structure|structured|price|priced|approach|approached|organise|organised|organize|organized)\b|(?!(?:i|we|and|then|also|just)\b)[\p{L}'’-]+ asked (?:me )?(?:if|whether) i['’]?d (?:be|act as|write|give|do|speak|help|mentor)\b|(?<=[,;:] )can i (?:speak|talk|present|help|run|host|judge|mentor|cover|sen[dt] (?:him|her|them) (?:my|our)|re-?send (?:the|my|an?|that)|write (?:a|an|the) (?:reference|recommendation|testimonial))\b|(?:asks?|asked|asking) (?:me )?(?:if|whether) i(?:['’]m| am)? free (?:for|to)\b|(?:asks?|asked|asking) (?:me )?about (?:my|our) availab`;

/** A contact asking to see or have something of the user's; never "i need my…". */
export const asksForMine = new RegExp(
  String.raw`(?<!\b(?:i|we|you)(?:['’]d)? )\b(?:${seeMine}|${haveMine}|${ofMe})`,
);
