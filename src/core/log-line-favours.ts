// What a contact gave the user, read from a one-line log: news of a role, an offer to refer or
// introduce, something they sent. Each is a give even when what it promises is still to come.
import { asksForMine, someoneToDo } from './log-line-work.js';

/** Third-person subjects: the contact, not the user. */
const them = String.raw`(?:he|she|they)`;
/**
 * "she'll", "he'd", "hed" typed without its apostrophe, "they will", "she's going to", "he is going
 * to", "he's gonna".
 */
const willDo = String.raw`(?:['’]?(?:ll|d)| will| would| can| could|['’]s going to| is going to|['’]re going to| are going to|(?:['’]s|['’]re| is| are)? gonna| might| may| to)`;
/**
 * What a contact may do for the user: refer, introduce, pass on a CV, send a spec, ask around; not
 * "check with HR", which only asks their own side.
 */
const favourVerbs = String.raw`(?:pass|intro|introduce|loop me in|refer|flag|forward|fwd|put|send|share|recommend|ask|check(?! with\b)|look into|find out|mention|vouch|write (?:me )?an? (?:reference|recommendation)|be (?:a|my|me) (?:referee|reference|refrence))`;
/**
 * "look over my deck", "have a look at my cv", "keep an eye out": reading the user's work or
 * watching for roles.
 */
const watchVerbs = String.raw`(?:(?:(?:have|take) (?:a |another )?(?:quick )?)?look (?:over|at|through) (?:my|the)|go (?:over|through) (?:my|the)|review (?:my|the)|keep an? (?:ear|eye) out)`;

const offers: RegExp[] = [
  // "said he'd pass my CV on", "she'll intro me to her lead", "can she refer me?".
  new RegExp(String.raw`\b${them}${willDo} ${favourVerbs}\b`),
  new RegExp(String.raw`\b(?:can|could|will|would) ${them} ${favourVerbs}\b`),
  // "she'll keep an eye out", "he'd look over my deck"; "asked mark if he'd look over it" asks.
  new RegExp(String.raw`(?<!\b(?:if|whether) )\b${them}${willDo} ${watchVerbs}\b`),
  new RegExp(String.raw`\bsaid ${them}${willDo} ${favourVerbs}\b`),
  // "Anna K is going to recommend me for the role", "Dev's gonna refer me", "Lucy Patel will intro
  // me to AZ's customer success lead": someone named offers it.
  /(?:^|\b(?!(?:i|we|and|but|so|then)\b)[\p{L}.-]+)(?: is going to|['’]s going to|(?: is|['’]s)? gonna| will|['’]ll) (?:refer|recommend|put|intro|introduce) me\b/u,
  // "replied that she would be glad to refer me": a favour offered, formally.
  new RegExp(
    String.raw`\b${them}${willDo} be (?:glad|happy|pleased|delighted|willing) to ${favourVerbs}\b`,
  ),
  // "she's put me forward", "he put my name forward": a referral made.
  /\bput (?:me|my name|my cv) (?:forward|fwd)\b/,
  // "zoe's gonna put me in touch w her boss", "she's gonna have a word w her director for me",
  // "she's putting me in touch with her boss": an introduction or a word put in, offered.
  /\b(?:gonna|going to|will|would|['’]ll|['’]d) (?:put me in touch|have a (?:word|chat) (?:w|with) (?:[\w'’-]+ ){0,3}?(?:for|about) me)\b/,
  /\b(?:she|he|they)(?:['’]s|['’]re| is| are) putting me in touch (?:w|with) (?:her|his|their) /,
  // "Margaret promised to forward my CV to the hiring manager": a favour promised by someone
  // named; "met Ana, promised to send her my notes" is the user's own promise.
  // "she has promised to ask her manager", "he is a buyer at Asda and has promised to share any
  // openings": so is one promised by "she" or "he", told after what they are.
  /\b(?!(?:i|we|and|but|so|then)\b)[\p{L}'’.-]+ (?:has |had )?(?:promised|promises) to (?:forward|fwd|send|pass|refer|introduce|intro|share|recommend|put me forward|ask|check|find out|look out|keep an? (?:eye|ear) out)\b/u,
  /\b(?:he|she|they)\b[^,;.]*? and (?:has |had )?(?:promised|promises) to (?:forward|fwd|send|pass|refer|introduce|intro|share|recommend|put me forward|ask|check|find out|look out|keep an? (?:eye|ear) out)\b/u,
  // "offered to refer me", "agreed to put me forward", "emailed offering to be a referee".
  /\b(?:offered|offering|agreed|agreeing) to (?:refer|intro|introduce|pass|recommend|put|be (?:a|my) referee|act as (?:a|my) (?:referee|reference)|write (?:me )?an? (?:reference|recommendation))\b/,
  // "said yes to being my referee", "said yes to writing me a reference": a favour agreed.
  /\bsaid yes to (?:being (?:a|my) (?:referee|reference)|writing (?:me )?an? (?:reference|recommendation)|referring|introducing|putting me forward)\b/,
  // "shes happy to look over my cv": the user's things read.
  /\bhappy to (?:refer|intro|introduce|pass|recommend|help|put|look (?:over|at|through)|go (?:over|through)|read over)\b/,
  // "he'll host 3 work-shadow days", "happy to run a freelancing workshop", "yes to hosting 2
  // interns", "can do a mock interview in Dec", "she offered mock interviews": time of theirs given.
  new RegExp(
    String.raw`\b(?:${them}${willDo}|happy to) (?:host|run|give|mentor|coach|review|present)\b|\byes to (?:hosting|running|giving|mentoring|coaching|taking)\b|(?:^|[-–—:] )(?:can|could) do (?:a|an|some|\d+)\b(?! (?:quick |short )?(?:call|chat|coffee|catch[- ]?up|zoom|meeting|video)\b)|\b${them} offered (?!to\b)(?:me |us |our [\w-]+ )?(?:an? |some |\d+ )?(?:mock|free|paid|work|shadow|intern|practice|[\w-]+ (?:interviews?|sessions?|days?|placements?))`,
  ),
  // "she knows a fella at bbc estates, will intro", "hes at px now, gonna send us there jobs": a
  // favour offered, its subject left out after what they said; "me" says it is for the user.
  /(?:^|[,;.] )(?:will|gonna|going to|['’]ll) (?:send|forward|pass|share) (?:me|us)\b|(?:^|[,;.] )(?:will|gonna|going to) (?:intro|introduce)(?: me)?\s*(?:[,.;!]|$)/,
  // "wants me to meet his cto": an introduction offered, to whom still to be named.
  /\b(?:wants?|wanted|would like|['’]d like|keen for) me to meet\b/,
  // "she has just got me a trial day at Leeds Data Co", "she's got me a referral at Spotify": a
  // door opened already.
  new RegExp(
    String.raw`\b${them}(?:['’](?:s|ve|d)| has| have| had)? (?:just )?got me (?:a|an) (?:[\w-]+ )?(?:trial day|trial shift|trial|interview|meeting|intro|introduction|referral|chat|call|shadow(?:ing)? day|placement|work experience)\b`,
  ),
  // "reckons she can get me in front of AZ's head of ops", "he can get us in front of their
  // manager": a door opened.
  new RegExp(
    String.raw`\b${them}${willDo} get (?:me|us) (?:in front of|an? (?:meeting|chat|call|intro) with|in (?:at|with))\b`,
  ),
  // "he's up for me shadowing", "happy for me to sit in": the user may do something of theirs.
  /\b(?:up for|happy for|fine with|ok with|okay with) me\b/,
  /\b(?:subcontract|contract|freelance|job|work|gig) offer\b/,
  // "paid work sorting starlings office move", "a bit of paid work", "a paid supply chain ml
  // project": work offered, as the set labels all 20 of its lines that say paid work; not
  // "looking for paid work", nor "paid for the project".
  // "want me to run their office move day. paid!", "they want match day cover in dec, paid":
  // what a contact wants done, then "paid", is paid work.
  /\b(?:wants?|wanted|need|needs|needed)\b[^;]*?(?:[,.!:-]|\band)\s*paid\b(?!\s+(?:for|me|them|him|her|it|back|off|up|out|in|on|us)\b)/,
  // "tesco want the audit done", "bupa want the clinic audit done by the 15th jan": work the
  // contact's firm wants done.
  /(?<!\b(?:i|we) )\b(?:wants?|wanted|needs?|needed) (?:the|a|an|their|its) (?:[\w&-]+ ){0,3}(?:audit|review|assessment|survey|report|inspection|refit|redesign|build|translation|evaluation) (?:done|doing|written|carried out|finished)\b/,
  // "got a bit of freelance goin": freelance work someone has to hand out.
  /\b(?:got|have|has|had) (?:a bit of|a spot of|some|a little) (?:freelance|contract|paid)(?: work| admin| hours| shifts)? (?:going|goin|on|for me|to hand out)\b/,
  /(?<!\b(?:no|any|for|find|finding|get|getting|need|needs|needed|want|wants) )\bpaid (?:(?!(?:for|the|my|me|his|her|their|our|off|on|in|up|out|back|by|to)\b)[\w-]+ ){0,3}(?:work|projects?|gigs?)\b/,
  // "devendra is referring me", "she's putting me forward": a favour under way;
  // "shes passing my name on to their comms lead": the same, passed on.
  /(?:\b(?:is|are|shes|hes|theyre)|['’]s|['’]re) (?:referring|introducing|recommending|putting me forward|putting my name forward|passing my (?:name|cv|details|portfolio)(?: on| along| forward)?)\b/,
];

/**
 * "she's sending the spec tmrw", "he's forwarding the scheme details next week": a thing the
 * contact is passing on, a give though it arrives later; a message or a time is no thing. Unlike
 * "she'll send", it is under way, not offered: "called, she's sending the spec" stays theirs.
 */
const sendingThing = new RegExp(
  String.raw`\b${them}(?:['’]?s| is|['’]?re| are) (?:sending|forwarding|sharing|passing on|dropping|emailing|texting|messaging|whatsapping)(?: me)?(?: over| on| across| through)? (?:a|an|the|some|his|her|their|[\w.]+['’]s)\b(?! (?:(?:quick|short|calendar|meeting|linkedin|follow[- ]?up) )*(?:message|msg|email|note|text|invite|invitation|reminder|times|dates|availability|slots)\b)`,
);

/** Whether the contact is passing a thing on (see `sendingThing`); read on the whole line, plans included. */
export function sendsThing(lower: string): boolean {
  return sendingThing.test(lower);
}

/**
 * "asked mark if he'd look over my cv", "pinged dev about whether he'd refer me", "checked with
 * lucy whether she could refer me": a favour after "if" or "whether" is asked for, not offered,
 * whatever verb carried the question. Up to the end of its clause.
 */
const favourQuestion = new RegExp(
  String.raw`\b(?:if|whether) ${them}${willDo}(?: be able to)? (?:${favourVerbs}|${watchVerbs}|look (?:over|at|through)|be (?:a|an|my) (?:referee|reference|mentor)|mentor)\b[^,;]*`,
  'g',
);

/**
 * "no roles but she'll keep an eye out", "nothing going, he'll keep an ear out": watching for
 * roles, told after there are none, is a kind word, no favour.
 */
const watchingForNone = /\b(?:no|nothing)\b[^.;]*?\b(?:but|,)[^.;]*?\bkeep an? (?:eye|ear) out\b/g;

/**
 * "said he'd pass my CV to their lead", "she'll intro me to her lead", "happy to refer": an offer
 * made now is a give, though what it offers is still to come. Read on the whole line, plans
 * included.
 */
export function offersFavour(lower: string): boolean {
  const said = lower.replace(favourQuestion, ' ').replace(watchingForNone, ' ');
  return offers.some((pattern) => pattern.test(said));
}

/** The user asked the contact for a favour; see `favourQuestion`. */
export function asksFavour(lower: string): boolean {
  favourQuestion.lastIndex = 0;
  return favourQuestion.test(lower);
}

/**
 * "sent her research plan for me to look at", "wei wants a reference from me", "he'd like a
 * reference", "wants my feedback on her dashboard", "telephoned to invite me to speak at their
 * breakfast", "wants to know if I can test their camera", "wants me to have a look at her slides",
 * "wants me to do a CV review for his nephew", "wants to know my availability": the contact asks
 * something of the user.
 */
export const theyAskOfMe =
  /\bfor me to (?:look (?:at|over|through)|review|read|check|proofread|sign|comment on|sanity[- ]check)\b|(?<!\b(?:i|we) )\b(?:wants|wanted|would like|(?<!\b(?:i|we))['’]d like) to pick my brains?\b|(?<!\bfor )\binvit(?:e|ed|ing) (?:me|us) to (?:speak|talk|present|give (?:a|the) talk|host|sit on|join (?:a|the|their) panel)\b|(?<!\b(?:i|we) )\b(?:wants|wanted|would like) to know (?:if|whether) i(?:['’]d| (?:still )?(?:can|could|would|will|have|had|hold))\b|(?<!\b(?:i|we) )\b(?:wants|wanted|would like) to know my (?:availabi?li?ty|rates?|day rate|notice period|salary expectations)\b|(?<!\b(?:i|we) )\b(?:wants|wanted|wanting|would like) me to (?:do|give) (?:a|an|the) (?:[\w-]+ ){0,2}talk\b|(?<!\b(?:i|we) )\b(?:is|['’]s|are) after (?:a|an|my|some|two|three|\d+) (?:references?|referrals?|recommendations?|testimonials?)\b(?= (?:off|from|of) (?:me|us)\b)|(?<!\b(?:i|we) )\b(?:wants|wanted|needs|needed|would like|(?<!\b(?:i|we))['’]d like) (?:a|an|my|me|some|two|three|\d+) (?:references?|refrences?|cover letters?|referrals?|recommendations?|testimonials?|endorsements?|intro|introduction|favour|hand|feedback|thoughts|input|opinion|take|eyes)\b|(?<!\b(?:i|we) )\b(?:wants|wanted|would like|(?<!\b(?:i|we))['’]d like) to see (?:my|me|some of my|samples?|examples?|photos|pics|proof|copies|a copy|a sample|an example)\b(?! (?:in|for (?:an? |the )?(?:interview|chat|coffee|call|role|job)))(?![^,;.]*\b(?:roles?|reqs?|jobs?|positions?|vacanc(?:y|ies)|openings?)\b)|(?<!\b(?:i|we) )\b(?:wants|wanted|would like) me to send (?:over |across |through )?(?:some|my|a few|a couple of) (?:designs?|samples?|examples?|photos|sketches|ideas|drawings)\b|(?<!\b(?:i|we) )\b(?:wants|wanted|would like) me to (?:(?:have|take) (?:a |another )?(?:quick )?look (?:over|at|through)|do (?:a|an) (?:[\w-]+ ){0,2}review\b|look (?:over|at|through)|review|proofread|check over|send (?:her|him|them) (?:the|my|a|t['’]|his|her|their)|(?:speak|talk) (?:to|at) (?:their|her|his|a|an|the))\b|(?<!\b(?:i|we) )\b(?:wants|wanted|wanting|after) the (?:name|number|details|contact details?) (?:of|for) (?:our|my|a|an|the|your)\b/;

/** What is on offer to work on: a role, an opening, a contract. Not "hiring manager". */
const roleNouns = String.raw`(?:roles?|ftcs?|temp[ -]to[ -]perm|jobs?(?![ -]?(?:hunt|huntin|hunting|search|searching|seekers?|centre|fair|fairs|board|boards)\b)|openings?|vacanc(?:y|ies)|positions?|contracts?|gigs?|subcontract\w*|contract work|(?:freelance|contract)(?: [\w-]+)? (?:work|projects?|builds?)|(?:casual|temp|temporary|agency|seasonal|relief|cover|paid) work|(?:a|one|two|three|\d+|a few|a couple of)(?: days?| weeks?| months?)['’]?s?['’]? work|contract extension|secondments?|(?:maternity|mat leave|sickness|temp|temporary)(?: [\w-]+)? cover\b(?! (?:letter|note|story|photo|image|art|design)s?\b)|job ad|job spec|jd|open reqs?|(?:job )?postings?|(?:grad(?:uate)? )?(?:schemes?|intakes?)|internships?|placements?|apprenticeships?|traineeships?|(?:freelance|contract|paid) briefs?|(?:trustee|board|ned|non-?exec(?:utive)?(?: director)?) (?:vacanc(?:y|ies)|roles?|posts?|seats?|search(?:es)?|briefs?))`;

/**
 * "wants my CV for the ops role", "his HM wants to see my cands for the ops req": a line that
 * names a role (a recruiter's "req" too), where what is asked of the user is how to go for it.
 */
export function namesRole(lower: string): boolean {
  return new RegExp(String.raw`\b(?:${roleNouns}|reqs?)\b`).test(lower);
}

/**
 * Whom a team may take on: "a solutions eng contractor", "2 analysts", "SEs", "a freelance
 * illustrator", "a warehouse automation lead". A contact telling of such a need tells of work.
 */
const hands = String.raw`(?:contractors?|reps?|freelancers?|apprentices?|interns?|trainees?|graduates?|grads?|consultants?|engineers?|eng|devs?|developers?|analysts?|scientists?|designers?|researchers?|testers?|qa engineers?|interpreters?|translators?|advisers?|advisors?|architects?|producers?|pms?|ses|sres?|hires?|temps?|interims?|illustrators?|writers?|copywriters?|editors?|photographers?|trainers?|tutors?|coaches?|coordinators?|officers?|clerks?|administrators?|bookkeepers?|accountants?|assistants?|leads?|leaders?|(?<!hiring )managers?|directors?|handlers?|(?:data |tech |finance )?person|(?:freelance |contract |interim )support|trustees?|treasurers?|neds?|non-?execs?|governors?|lay members?|estimators?|supervisors?|supers?|sparkies?|electricians?|planners?|operators?|operatives?|controllers?|dispatchers?|technicians?|techs|welders?|fitters?|mechanics?|labourers?|joiners?|drivers?|carers?|cleaners?|chefs?|collectors?|interviewers?|pickers?|packers?|volunteers?|lads|lasses|blokes|buyers?|surveyors?|folk|staff|people(?= (?:for|on|in|at)\b)|ux|ui|(?:someone|somebody) with (?:[\w&-]+ ){0,2}experience|(?:someone|somebody) with (?:[\w&-]+)(?= (?:for|on|from|to|in)\b)|(?:someone|somebody) for (?!(?:(?:a|an|the|their|some|\d+) )?(?:chat|coffee|call|drink|drinks|lunch|me|us|you|him|her|them|it|this|that)\b)|(?:someone|somebody) (?:\d+|one|two|three|four) days? a week)`;

/**
 * "a clinical informatics post", "a band 5 project support post": a post to fill, not one online, nor
 * anyone's own ("the bbc liked my post").
 */
const jobPost = String.raw`(?: (?!(?:linkedin|blog|social|facebook|insta|instagram|twitter|new|recent|latest|last|old|long|great|good|nice|viral|my|his|her|their|our|your|its)\b)[\w&'’-]+){1,4} posts?`;

const roleNews: RegExp[] = [
  // "he was on about a PMO role going in admiral": a role open, as Welsh and Northern English say it.
  new RegExp(
    String.raw`\b(?:a|an|two|three|some|\d+)(?: [\w&'’/-]+){0,3}? ${roleNouns} going\b(?! (?:well|badly|ok|okay|fine|great|nowhere)\b)`,
  ),
  // "Monzo's hiring 2 data scientists", "ofcom econ team is hiring", "team hiring in Q1",
  // "she said theyre hiring grads", its apostrophe left out.
  // "re data team hiring" is what was talked about, not news of it.
  /(?:['’]s|\bis|\bare|(?<!\b(?:re|about|abt|regarding|discussed) (?:[\w&-]+ ){0,2})\bteams?|\btheyre|\bthey['’]re|\btheyr) (?:hiring|recruiting)\b(?! (?:manager|plans?|process|freeze|blog|team|lead)s?\b)/,
  // "says Trainline hiring a CSM", "sez starling hiring in jan": news of a firm taking people on;
  // "said Lloyds froze hiring" is news of the opposite.
  /\b(?:says?|said|sed|sez|mentioned)(?: that)? (?:(?!(?:froze|freeze|freezing|frozen|paused|pausing|stopped|stopping|halted|no|not)\b)[\w.&'’-]+ ){1,3}hiring\b(?! (?:manager|plans?|process|freeze|blog|team|lead)s?\b| (?:is |are |has been )?(?:frozen|paused|on hold)\b)/,
  // "Deloitte have an opening on her team", "there's a researcher role", "might have a DE role".
  new RegExp(
    String.raw`\b(?:has|have|there['’]s|there is|there are|open|opens|opening|mentioned|flagged|told me about|tipped me off about|passed on|passed along|sent over|forwarded|fwd['’]?d|fwded|shared|floated|(?:has|have|['’]s|['’]ve) got)(?: (?:a|an|some|two|three|several|\d+))?(?: (?!about\b|re\b|abt\b|for\b|with\b)[\w&'’-]+){0,5} ${roleNouns}\b`,
  ),
  // "backend roles opening jan", "two roles coming up": roles about to open, told role first.
  new RegExp(String.raw`\b${roleNouns} (?:opening|opening up|coming up|coming|going live)\b`),
  // "said apm applications open in feb": a scheme taking applications.
  /\b(?:applications?|apps) (?:open|are open|now open|opening|reopen|reopening)\b/,
  // "the trust has a data officer post": a post that is no post online.
  new RegExp(String.raw`\b(?:has|have|there['’]s|there is|got) (?:a|an|two|\d+)${jobPost}\b`),
  // "the post will be advertised in January": an opening on its way.
  /\b(?:post|role|job|position|vacancy|vacancies) (?:will be|is to be|is being|is going to be|are to be|will shortly be) advertised\b/,
  // "the Leeds role is still open", "a pricing role is coming up at admiral", "QA role is coming
  // in Booking".
  new RegExp(String.raw`\b${roleNouns}(?: is|['’]s) (?:still open|open|coming up|coming)\b`),
  // "just eat and skyscanner both hiring": two places taking people on.
  /\bboth (?:hiring|recruiting)\b/,
  // "john lewis are after a solutions eng contractor", "Deloitte are taking on contractors",
  // "deliveroo looking for an analytics engineer", "he's looking for someone to subcontract a
  // project to", "their team needs a data engineer", "a firm in york wanting an office manager",
  // "northwind are needing a logistics coordinator": someone other than the user wants a hand;
  // not in a question ("does he need a contract tester?") nor as what a post was about ("about
  // Starling hiring testers").
  new RegExp(
    String.raw`(?:(?:\b(?:is|are)|['’]s|['’]re) (?:after|taking on)|(?<!\b(?:i|we|you)(?:['’]m|['’]re| am| are)? )(?<!\b(?:about|re|abt|on|for|in) )(?<!\b(?:about|re|abt|regarding) [\w&.'’-]+ )\b(?:looking for|searching for|hunting for|seeking|recruiting|hiring|advertising for)|(?<!\b(?:i|we|you|might|may|could|will|would) )(?<!\b(?:does|do|did) [\w'’-]+ )\b(?:needs?|wants?|wanted|wanting|(?:are|is|['’]re|['’]s) needing))(?: (?:a|an|another|some|two|three|several|\d+))?(?: (?!(?:job|role|position|work)\b)[\w&'’/-]+){0,3}? (?:${hands}|${someoneToDo})\b(?! (?:jobs?|roles?|positions?|work|gigs?)\b)`,
  ),
  // "theyre crying out for people", "a mate of his in the L&D team is lookin somebody" (with no
  // "for", as Ulster says it), "carol from hr wants me back on the casual list", "recruiting for a
  // training company": hands wanted, or the user wanted back.
  /\b(?:crying|screaming|gagging) out for (?:people|staff|drivers|hands|workers|bodies)\b|(?<!\bwe)(?:\b(?:is|are)|['’]s|['’]re) looking (?:someone|somebody)\b|\b(?:wants?|wanted|would like|['’]d like) me back\b|(?<!\b(?:i|we|i['’]m|we['’]re|am) )\brecruiting for (?:a|an)\b/,
  // "gestamp are taking on", "tesco taking on for xmas": a firm taking people on; "ocado have night
  // pickers going": hands wanted.
  /(?<!\b(?:i|we|i['’]m|we['’]re|am) )\btaking on(?=\s*(?:[,.;!]|$)| (?:for|at|in|now|again|over|before|after|staff|people)\b)/,
  new RegExp(String.raw`\b(?:have|has|got)(?: [\w-]+){0,2} ${hands} going\b`),
  // "she's got 6 wks at the docks if i want it", "paid work scanning old files if i want it":
  // work the user may take.
  /\bif i want (?:it|them|the work|the job|the shifts?)\b/,
  // "says they might have summat in the new year": work that may come.
  /\b(?:might|may|could) have (?:summat|something|sommat|owt|some work|work) (?:for me|in|coming|going|on)\b/,
  // "booking.com want me in for a first round", "just eat want to interview me": an interview
  // offered; not "wants to interview me for some ux research", which asks the user's time.
  /\b(?:wants?|wanted|would like|['’]d like) (?:me in\b|to (?:interview|see) me for\b(?! (?:some |a |an |their |his |her )?(?:[\w-]+ ){0,2}(?:research|study|survey|piece|article|podcast|paper|blog|story|feature|documentary|programme)\b)|to interview me\b(?! (?:for|about|on) (?:some |a |an |their |his |her )?(?:[\w-]+ ){0,2}(?:research|study|survey|piece|article|podcast|paper|blog|story|feature|documentary|programme)\b))|\binvited me (?:in )?(?:to|for) (?:an? )?(?:[\w-]+ ){0,2}interview\b/,
  // "he say deliveroo hire analytics QA": a firm that hires, told in the present.
  /\b(?:says?|said|sed|sez)(?: that)? (?!(?:i|we|you|they)\b)[\w.&'’-]+ (?:hire|hires)\b(?![^,;.]*\bbut not\b)/,
  // "he sez arup got a project coordinator openin", "theres summat goin at their place", "Dan
  // Fletcher want me for HR support on his client", "booking open people ops coordinator": a role
  // or work told of in the words of another English.
  new RegExp(
    String.raw`\b(?:says?|said|sed|sez) (?:that )?[\w.&'’-]+ got (?:a|an|some|two|\d+)(?: [\w&'’-]+){0,4}? ${roleNouns}\b|\bthere['’]?s (?:something|summat|sth|owt) (?:going|goin|coming up|open)\b|\b(?:wants?|wanted) me for (?!(?:a |an |the )?(?:chat|coffee|call|drink|drinks|lunch|catch-?up|meeting|interview)\b)[\w&'’-]+|(?<!\b(?:very|so|really|quite|more|less|an?) )\b(?:open|opens|opening|opened)(?! (?:days?|evenings?|house|nights?|studios?|mic)\b) (?:(?:a|an|new|their|two|\d+) )?(?:(?!(?:about|to|with|for|and|person)\b)[\w&'’-]+ ){0,3}(?!person\b)${hands}\b`,
  ),
  // "she told Spotify is having an opening", "she is having an opening in her team": a role open,
  // in Indian English.
  /\b(?:is|are|['’]s|['’]re) having (?:an? |some |two |\d+ )?(?:[\w-]+ )?(?:openings?|vacanc(?:y|ies)|positions?)\b/,
  // "Sky analytics team has new position", "she has a new opening": a role open; "she has a new
  // position" alone is her own job.
  /\b(?:team|teams|dept|department|company|firm|they)(?: has| have|['’]s got| has got| got) (?:a |an |two |\d+ )?new (?:openings?|positions?|vacanc(?:y|ies)|roles?)\b|\b(?:has|have|['’]s got|has got|got) (?:a |an |two |\d+ )?new (?:openings?|vacanc(?:y|ies))\b/,
  // "theyre after a trainer", "monzo's after a people partner", "monzos after a facilities
  // coordinator", "theyre after fitters at the mill": someone wanted, in Northern English; "summick comin up in their academy": work on its way.
  /(?<!\b(?:i['’]m|im|i am|we['’]re|were|we are) )(?:['’]s|['’]re|\bre| is| are|\btheyre|\bthey|(?<=\b(?!(?:thanks|this|was|has|is|as|us|yes|cos|plus|its|his|hers|hes|shes|thats|whats|lets)\b)[a-z][\w&.-]+)s) after (?:(?:a|an|two|some|\d+) (?:[\w&'’-]+ ){0,2}?)?(?:trainers?|partners?|leads?|coordinators?|officers?|assistants?|analysts?|managers?|designers?|advisers?|advisors?|consultants?|engineers?|developers?|fitters|welders|electricians|drivers|operatives|supervisors?|labourers|staff|person|people|someone|somebody)\b|\b(?:something|summat|owt) (?:comin['’]?|coming) up (?:in|at|with)\b/,
  // "revolut design team growing": a team taking people on.
  /\b(?:team|teams|company|department|dept)(?: is| are|['’]s)? (?:growing|expanding)\b/,
];

/**
 * "interview booked w the client": a recruiter who set up an interview with someone else put the
 * user forward. An interview booked at the contact's own company is news of an application.
 */
const interviewSetUp =
  /\binterviews? (?:booked|arranged|lined up|set up|scheduled) with\b|\b(?:booked|arranged|lined up|set up|got) me (?:an? )?interview with\b/;

/**
 * Where a role is, between it and how it went: "the learning designer role at Booking.com has
 * already been filled", "the logistics post in her insight team has been withdrawn", "the ops role
 * I went for has been filled", "that ops job she mentioned has gone".
 */
const roleWhere = String.raw`(?: (?:at|in|with|on) (?:[\w.&'’-]+ ){0,3}?[\w.&'’-]+)?(?: (?:i|we) (?:went for|applied for|applied to|was going for|interviewed for)| (?:s?he|they)(?:['’]d| had)? (?:mentioned|told me about|flagged|sent))?(?: there)?`;

/**
 * How a role goes: "filled", "on hold" ("is put on hold"), "went internal", "already closed", "away"
 * (Scots: gone), "not open anymore", "went to an agency", "had gone to someone with more
 * experience", "fell through".
 */
const goneWords = String.raw`(?:['’]s all been| has all been| have all been|['’]s| is put| was put| has been put| been put| got put| is| has| has been|['’]s been| been| was| got| went| goes| has gone| had gone| had| had been| had already been| is already| was already| has already been| are(?: all)?| have(?: all)? been| were(?: all)?| all| already| now)?(?: (?:already|now|just|since|sadly|unfortunately) (?:been|gone))?(?: (?:now|already|sadly|unfortunately))? (?:gone|filled|closed|pulled|withdrawn|cancell?ed|frozen|internal|a no(?:-go)?|a non-starter|off the table|on hold|on ice|on pause|paused|shelved|scrapped|axed|to (?:an? |someone |somebody )?internal|to (?:an? )?agency|to (?:someone|somebody) (?:else|with)|fell through|fallen through|away|not open any ?more|no longer open)`;

/** "spotify closing the DS role", "they've pulled the contract": the same, told verb first. */
const goneFirst = String.raw`(?:closing|closed|pulled|pulling|filled|froze|frozen|freezing|scrapped|scrapping|axed|axing|shelved|shelving|paused|pausing|cancell?ed|cancell?ing|withdrawn|withdrew|withdrawing) (?:the|that|this|their|its|his|her)(?: [\w&'’-]+){0,3}? (?:${roleNouns}|posts?)`;

/**
 * "the ONS facilities role, thats gone now", "re the coordinator post, she say that's filled now",
 * "re the analyst post, says its gone already":
 * a role named, then said in a clause after it to be gone.
 */
const goneAfter = String.raw`(?:${roleNouns}|posts?)\b[^.;]{0,40}?, (?:(?:she|he|they) )?(?:(?:say|says|said) )?(?:thats|that['’]s|that is|it['’]s|its|which is|which has)(?: (?:now|already|just|been|since))* (?:gone|filled|closed|on hold)`;

/** "the director role is on hold", "the post has gone": news of a role that is gone. */
export const roleGone = new RegExp(
  String.raw`\b(?:(?:${roleNouns}|posts?)${roleWhere}${goneWords}|${goneFirst}|${goneAfter})\b`,
);

/**
 * A role that is gone, a rejection ("after the rejection from the NHS job"), or a congratulation
 * on someone's new job, is news of nothing to apply for; a team's new position is a role open, and
 * so is "there's a new role" or a call "about a new role".
 */
const noRole = new RegExp(
  String.raw`\b(?:(?:${roleNouns}|it)${roleWhere}${goneWords}|${goneFirst}|${goneAfter}|(?:hired|went with|gave it to|offered it to|chose|picked) (?:someone|somebody|another|an internal|an? other)|not hiring|no longer hiring|won['’]?t be (?:hiring|recruiting)|(?:they|they['’]ve|they have) (?:already )?filled (?:it|the (?:role|post|position|job))|hiring freeze(?! (?:lifted|over|ended|is over|has ended|thawed))|rejection (?:from|for)|(?:didn['’]?t|did not|never) get (?:the|that|this) (?:job|role|post|position)|no (?:[\w&'’-]+ ){0,2}(?:roles?|openings?|vacanc(?:y|ies)|jobs?)|nothing (?:open|going|available|live)|(?<!\b(?:team|teams|dept|department|company|firm|they)(?: has| have|['’]s got| has got| got) (?:a |an )?)(?<!\b(?:there(?:['’]?s| is| are| was)|about|abt|re|told me of) (?:a |an )?)(?:new|his|her|their|my) (?:new )?(?:job|role|position|contract|gig))\b`,
);

/**
 * "rang me re a project support role, just a chat", "re the clubcard role, just general talk lah",
 * "abt the role, nothing come out", "just talk, nothing sent", "rang back, talked about their
 * returners scheme", "mostly gossip about who's hiring", "general chat about risk roles": the user
 * says nothing was passed on. So does a call back "about the data admin role" or about "the job i
 * applied for": a role already under way.
 */
const onlyTalk =
  /\b(?:just (?:a |an? )?(?:chat|chats|chatting|chit[ -]?chat|talk|general (?:talk|chat)|catch[ -]?up|natter)|just (?:to|for) (?:a )?catch[ -]?up|nothing (?:come|came) (?:out|of it)|nothing sent|nothing doing|(?:just )?talked (?:it )?(?:thru|through)|talked (?:about|bout|abt|re) (?:the|their) (?:[\w&-]+ ){0,3}(?:job|role|scheme|post|position|vacancy|contract|opening|apprenticeship|internship|placement|programme)s?|(?:mostly|all) gossip|general (?:chat|talk) (?:about|re|on)|to talk (?:me )?through the|(?:rang|called|phoned) (?:me )?back\b[^,;.]*?\b(?:about|re|abt) (?:the|my) (?:[\w&-]+ ){0,3}(?:job|role|post|position|vacancy|internship|application)|(?:job|role|post|position|vacancy|internship)s? i (?:had )?(?:applied|asked) (?:for|about))\b/;

/**
 * "Priya rang, Monzo's hiring", "coffee w jo - leeds data co might open a role in jan", and from
 * a contact who got in touch, any role at all ("Olivia from Hays called about a contract"): news
 * of somewhere to apply is a give. Read on the whole line, plans included.
 */
export function tellsOfRole(lower: string, inbound: boolean): boolean {
  if (noRole.test(lower) || onlyTalk.test(lower)) return false;
  if (roleNews.some((pattern) => pattern.test(lower))) return true;
  // "margaret okafor rang about a clinical informatics post": a post the contact got in touch about.
  return (
    inbound &&
    (interviewSetUp.test(lower) ||
      new RegExp(String.raw`\b${roleNouns}\b|\b(?:a|an|the)${jobPost}\b`).test(lower))
  );
}

/** Giving something: what the user does when they answer a request. */
const givingVerbs = String.raw`(?:sent|emailed|forwarded|shared|gave|passed on|passed|dropped)`;
/** The same, with the ways files and messages go: "whatsapped Tom the final files he asked for". */
const sendingVerbs = String.raw`(?:${givingVerbs}|replied(?! to (?:me|us)\b)|whatsapp(?:ed|['’]d)|messaged|texted|dm['’]?d|posted|mailed|wetransferred|wetransfer['’]d|dropboxed|airdropped|uploaded|informed|updated)`;

/**
 * "wei chen sent the guide i asked for", "danny sent the spec i asked him for": what the user
 * asked for came from the contact, a give to the user, though "asked" is in the line.
 */
export const sentWhatIAskedFor =
  /\b(?:sent|emailed|forwarded|shared|passed on|dropped|messaged)\b.*\bi (?:had |['’]d )?asked(?: (?:him|her|them))? (?:for|about|abt)\b/;

/** Who asks for what the user sends: the contact, or someone of theirs ("her manager asked for"). */
const asker = String.raw`(?:${them}|(?:his|her|their) (?:manager|boss|team|lead|director|colleague|client))`;

/**
 * "sent georgia the template she asked for", "emailed Dev my cv, he told me to send him it",
 * "fatima emailed asking for a sample, sent her my chapter": the user gave what the contact asked
 * for, a give from the user, not an ask ("Sam messaged me, he asked for my CV" is their ask: what
 * went to the user is no answer). The second shape ("asked me to send over my cv, done") needs the contact to have got in touch
 * (`inbound`), so "asked emily for feedback, sent her my portfolio" stays the user's ask; "they
 * want testers, sent me the link" is what they sent.
 */
export function answersRequest(lower: string, inbound: boolean): boolean {
  if (
    new RegExp(
      String.raw`(?:\b${sendingVerbs}\b(?! (?:me|us)\b)|^(?:an? )?(?:e-?)?mail to\b).*\b(?:${asker}(?:['’]d| had| was| were)? (?:asked|asking|wanted|requested|needed)(?: me)? (?:for|about|abt|it|them|one|a copy|to(?=\s*(?:$|[,;.!]))|to (?:see|have|read|look at|review|check|get|share|pass|keep (?:her|him|them) (?:posted|updated|in the loop)))|${them}(?:['’]d| had)? (?:wanted|requested|needed)(?=\s*(?:$|[,;.!]))|${asker}(?:['’]d| had)? told me to (?:send|share|forward|pass|email|drop)|at (?:his|her|their) request)\b`,
    ).test(lower)
  )
    return true;
  return (
    inbound &&
    new RegExp(
      String.raw`\b(?:asked|asking|wanted|requested)\b.*(?:(?:,|;| [-–—]|\band) (?:so |then )?|\bso )(?:i )?(?:${givingVerbs}(?! (?:me|us)\b)|done$)`,
    ).test(lower)
  );
}

/**
 * "…, she shared spotify's take-home tips", "- he offered to…": the contact did the giving. Only
 * where a clause starts, so "sent Wei the paper he mentioned" stays the user's.
 */
export function theyGave(lower: string): boolean {
  return (
    new RegExp(
      String.raw`(?:^|[,;:!-] |\b(?:and|but|so) )${them}(?:['’]?s| is| has)? (?:shared|sent|sending|gave|passed|passing|forwarded|forwarding|recommended|offered|mentioned|linked|lent|reviewed|ran|held|flagged|dropped)\b`,
    ).test(lower) ||
    toMe.test(lower) ||
    vouchedForMe.test(lower) ||
    sentWhatIAskedFor.test(lower)
  );
}

/**
 * "vouched for me", "put in a good word for me", "she's put in a word with the hiring manager",
 * "mentioned me to their partner": a word given for the user, to whomever it was said.
 */
export const vouchedForMe =
  /\b(?:vouched|spoke up|put in a (?:good )?word|put a (?:good )?word in) for me\b|(?<!\b(?:i|we|i['’]ve|i have|i['’]ll) )\b(?:put in a (?:good )?word|put a (?:good )?word in) with\b|\b(?:mentioned|recommended|suggested|named) me (?:to|for)\b/;

/** Verbs that pass something on, in the forms a line uses whoever the giver is. */
const passingVerbs = String.raw`(?:sent|sending|sends|forwarded|forwarding|passed|passing|shared|sharing|flagged|flagging|dropped|dropping|pointed|pointing|tipped|tipping|gave|giving|lent|showed)`;

/**
 * "pointed me to the wise ladder", "tipped me off about an opening", "shared a role with me",
 * "forwarded to me by aisha", "she's sending over the handbook": "me" as whom a thing went to,
 * or someone else doing the sending now or soon, makes the contact the giver. "i'm sending" is
 * the user's.
 */
const toMe = new RegExp(
  String.raw`\b${passingVerbs} (?:me|to me|(?:it|them|this|that) (?:on |over )?to me)\b|\b${passingVerbs}(?: (?!me\b)[\w&'’-]+){1,6}? (?:with|to|for) me\b|(?<!\bi(?:['’]m| am) |\bwe(?:['’]re| are) )\b(?:is|are|['’]s|['’]re|will|['’]ll) (?:sending|forwarding|passing|sharing|dropping|flagging)(?! (?:it|them|this|that)? ?to\b)`,
);

/**
 * "flagged a risk opening to daniel", "passed the job ad on to fatima", "tipped zoe off about a
 * role": the user passing something on, opening the line or after a note's break, with no "me"
 * to receive it, is the user's give, whatever news it carries.
 */
export function weGave(lower: string): boolean {
  return wePassed.test(lower) && !toMe.test(lower);
}

/**
 * A passing verb opening the line or a note's field, with no "me" to receive it; or, after a
 * message the user sent, "told her about" ("DM'd Zoe, told her about a role at Ocado").
 */
const wePassed =
  /(?:^|[-–—:] )(?:sent|forwarded|passed|shared|flagged|dropped|pointed|tipped|recommended|told)\b(?! me\b| (?:it |them )?(?:on |over )?to me\b)|^(?:dm['’]?d|messaged|texted|emailed|rang|called|whatsapped)\b[^,;.]*, told (?:him|her|them) about\b/;

/**
 * "katie morris - bbc - messaged about a secondment", "aisha khan - unilever - intro'd me to":
 * a verb after a note's two fields, with the contact as no object, is the named contact's; not
 * "said thanks for the tips he gave me", which the user said, nor "emailed asking how to get onto
 * the list", where the asking, as in "daniel okoro - emailed asking for 15 mins", is the user's.
 */
const noteVerbIsTheirs =
  /^[^-–—,;]+ [-–—] [^-–—,;]+ [-–—] (?:messaged|emailed|texted|rang|called|phoned|wrote|said|shared|mentioned|intro['’]?d me|introduced me|put me in touch)\b(?! (?:him|her|them|back to (?:him|her|them))\b)(?! asking\b(?! me\b))(?!.*\b(?:he|she|they) (?:gave|sent|shared|offered|did) me\b)/;
/**
 * "thomas - call - said the intake closed": when the note's field is a call or a meeting, what
 * they said was said in it, both sides there, so "said" alone does not say who began it.
 */
const saidInNoteMeeting =
  /^[^-–—,;]+ [-–—] (?:[\w-]+ )?(?:call|phone|coffee|lunch|zoom|video|meeting|mtg|drinks|dinner|breakfast|teams|facetime)(?: [^-–—,;]+)? [-–—] (?:said|shared|mentioned)\b/;

/** "he called me", "she emailed me": the contact began it, though the line opens with no name. */
export function theyBegan(lower: string): boolean {
  // "owen d - admiral - emailed me re…": after a note's break, a verb done to the user is theirs;
  // so is one a recruiter or someone unnamed did ("recruiter called me about PM job").
  // "sam o'neil - slack - sent me the spec": so is something sent to the user.
  // "- emailed to say thanks" is theirs too, and so is "chased me for my docs" or "- congrats msg
  // on my new role"; "left me a voicemail" too.
  return (
    /(?:\b(?:he|she|they|recruiter|headhunter|hiring manager|agent|consultant|someone|somebody) |(?:^|[-–—,;:]) )(?:(?:called|rang|phoned|emailed|messaged|texted|whatsapped|whatsapp['’]d|dm['’]?d|sent|forwarded|pinged|slacked) me\b|(?:called|rang|phoned|emailed|messaged|texted|whatsapped|dm['’]?d|pinged|slacked|wrote|replied|txt|text|msg|email|dm)(?: me| back)? to say\b|congrat\w*(?: [\w'’]+)? (?:on|for) my\b)|\bchased me\b|\b(?:added|tagged) me (?:on|in)\b|\bleft me (?:a |an )?(?:voicemail|vm|voice ?(?:note|message|memo)|message|msg)\b/.test(
      lower,
    ) ||
    (noteVerbIsTheirs.test(lower) && !saidInNoteMeeting.test(lower)) ||
    // "owen d - text - can't make coffee": after a note's break, a plan called off is theirs.
    /[-–—] (?:can['’]?t|cannot|can no longer|has to|had to) (?:make|do|push|move|cancel|reschedule)\b/.test(
      lower,
    ) ||
    // "robert singh's pa emailed to set up a call": their assistant began it for them.
    /['’]s (?:pa|assistant|ea|secretary) (?:called|rang|phoned|emailed|messaged|texted|wrote|got in touch|reached out)\b/.test(
      lower,
    )
  );
}

/**
 * "lee - slack - asked me for the dag", "- asked if i'd mentor one of her grads": asked after a
 * dash, of the user, is the contact asking. After a comma ("emailed kate, asked if she's hiring")
 * the user may have asked, and "- asked if he'd be up for a call" is the user asking. Read on the
 * whole line, since "i'd" starts what the plans leave out.
 */
export function theyAsked(lower: string): boolean {
  return (
    /(?:\b(?:he|she|they) |[-–—] )asked (?:me (?:for|to|if|whether|about)|(?:if|whether) i)\b/.test(
      lower,
    ) ||
    theyAskOfMe.test(lower) ||
    asksForMine.test(lower)
  );
}

/**
 * "rang me about a policy project in Cardiff, 3 months paid", "dm'd me about a project at Criteo,
 * paid!": work named, then said to be paid; not an invoice or payment that came in.
 */
const paidAfterWork =
  /\b(?:project|contract|gig|piece|commission|engagement|job)\b[^.;]*?[,!:–—-]\s*(?:\d+ (?:months?|weeks?|days?),? )?paid[!.]*$|\b\d+ (?:months?|weeks?|days?),? paid\b/;

/**
 * "commissioning album art for his band", "he's commissioned a logo": a contact ordering work,
 * not the user ("I commissioned a photographer"); "got label work for me", "has packaging
 * mock-ups for me", "might have some admin work going": work they have to give; "6 illos for
 * £900": pieces priced for the user.
 */
const workForMe = new RegExp(
  [
    String.raw`(?<!\b(?:i|we)(?:['’]ve| have| had|['’]m| am|['’]re| are)? )\bcommission(?:ed|ing|in['’]?)(?= (?:me|a|an|set|some|\d+|[\w-]+ (?:art|artwork|illos?|illustrations?|designs?|logos?|prints?|pieces?|shots|photos|portraits|murals?))\b)`,
    String.raw`(?<!\b(?:i|we) )\b(?:got|has|have|had) (?:some |a bit of |a few )?(?:[\w-]+ ){0,2}(?:work|mock-?ups|illos|illustrations|designs|jobs) for me\b`,
    String.raw`\b(?:might|may|could) have (?:some |a bit of )?(?:[\w-]+ ){0,2}work (?:going|goin|on)\b`,
    String.raw`\b\d+ (?:[\w-]+ ){0,2}for £\s?\d`,
  ].join('|'),
);

/**
 * "wants me to quote for a ux audit", "wants a quote for a new logo", "asked me to pitch for the rebuild", "wants a freelance data
 * audit", "rang, wants a second dashboard built", "wants me on a bid in Jan", "might pass me some
 * overflow work", "sent me a paid gig", "got a paid job for me helping a client", "asking if I'd do
 * some paid data cleansing", "photos of the yard…, they want it sorted", "commissioned me to do a
 * social audit", "wants a cooking class for his team, they pay", "rang to offer me some freelance
 * data entry", "she might have some part time hours going", "about a work trial", "a place on the next
 * cohort": paid work or a place the contact offers the user, a give like news of a role.
 */
export function offersPaidWork(lower: string): boolean {
  if (workForMe.test(lower)) return true;
  if (
    paidAfterWork.test(lower) &&
    !/\b(?:invoices?|inv|payment|paid me|got paid|been paid)\b/.test(lower)
  )
    return true;
  return /\bcommissioned me\b|\bto offer (?:me|us) (?:some |a bit of |a |an )?(?:freelance|paid|contract|temp|part[- ]time|casual|extra)\b|\b(?:might|may|could) have (?:some |a few )?(?:part[- ]time |paid |freelance |extra |temp )?(?:hours|shifts)\b|\b(?:about|re|abt|offered me) (?:a|an) (?:paid )?work trial\b|\ba place on (?:the|their|a) (?:next |new |spring |january )?(?:cohort|scheme|programme|course|bootcamp|intake)\b|\b(?:if|whether) i['’]?d (?:do|dae|take on|pick up|be up for) (?:some |a bit of |a |an )?paid\b|\b(?:wants?|wanted|would like|['’]d like) me (?:on|for) (?:a|an|the|their|his|her) (?:[\w-]+ ){0,2}(?:bid|project|pitch|tender|contract|gig|engagement|workshop|job|shoot|session|booking|commission)\b|\bbooked me (?:[\w'’-]+ ){0,2}for\b|\b(?:wants?|wanted) me (?:back )?as (?:a |an |their |his |her )?(?:[\w-]+ )?(?:sub|subbie|subcontractor|contractors?|freelancer|associate|partner)\b|\b(?:emailed|rang|called|messaged|texted) (?:me )?about (?:a|an) (?:[\w-]+ ){0,3}paid (?:[\w-]+ ){0,2}(?:project|gig|job|work|contract)\b|\b(?:wants?|wanted) me to (?:shoot|photograph|cook|cater|do (?:the |some |her |his |their |a )?(?:headshots|photos|photography|shoot|portraits|bookkeeping|books|payroll|illustrations|designs?))\b|\b(?:has |['’]s |have |['’]ve )?got (?:a bit of |some |a little |a few (?:days|weeks) of )?(?:paid |freelance |contract )(?:[\w-]+ ){0,2}(?:work|gig|job|project|cleaning|admin|shift|hour)s?\b|\bgot (?:a|an) (?:paid|freelance|contract) (?:[\w-]+ ){0,2}(?:work|gig|job|project) for me\b|\b(?:sent|emailed|forwarded|offered|passed|texted|messaged) me (?:[\w'’-]+ ){0,3}?(?:a|an|some) paid (?:[\w-]+ ){0,2}(?:work|gig|job|project|contract|shift|booking)s?\b|\b(?:wants?|wanted) (?:me to |a |an |some )[^.;!?]{0,60}?[,–—-] (?:paid|they pay|they['’]ll pay|they will pay|it['’]?s paid)\b|\basked (?:if i (?:can|could)|me to) [^.;!?]{0,80}?[,–—-] (?:and )?(?:paid|it['’]?s paid|they pay|they['’]ll pay)\b|(?<!\b(?:i|we) )(?<!\b(?:if|whether) (?:they|he|she)(?:['’]d| would| might| could)? )\b(?:wants?|want|needs?|need) (?:someone|somebody|a freelancer|a photographer|a designer) for (?:a|an|the|their|his|her|its) (?:[\w-]+ ){0,3}(?:shoots?|shots|jobs?|projects?|work|gig|campaign|event|brief|launch)\b|\b(?:might|may|could|can|will|would|['’]ll) (?:pass|throw|send|put) (?:me|my way) (?:some|a bit of|any|the) (?:[\w-]+ )?(?:work|overflow|projects?|jobs?|gigs?|contracts?)\b|\b(?:wants?|wanted|asked|asking|invited|would like|['’]d like)(?: me| us)? to (?:quote|pitch|bid|tender|put in a (?:quote|bid|proposal))\b|(?<!\b(?:i|we) )\b(?:wants?|wanted|would like|['’]d like) (?:a |an )?(?:quote|quotation)\b|\b(?:wants?|wanted|would like|['’]d like) me to (?:take on|pick up|cover)\b|\b(?:wants?|wanted) (?:a |an |some )?(?:freelance|contract|paid)\b|(?:^|[,;:–—-] )(?:wants?|needs?) (?:a|an|the|another|some|his|her|their)(?: [\w'’-]+){0,3} (?:built|done|made|designed|redesigned|refreshed|rebuilt|updated|automated|migrated|set up)\b|\b(?:wants?|needs?|needing) (?:his|her|their|its) (?:[\w'’-]+ ){0,3}?(?:done|doing|tidied|sorted|filed|reconciled)\b|\b(?:they|he|she) (?:wants?|wanted|needs?|needed) it (?:sorted|done|doing|redone|tidied)\b|\b(?:wants?|wanted) me (?:doing|to do) (?:the|their|his|her|its) (?:[\w-]+ ){0,2}(?:books|bookkeeping|payroll|accounts|vat returns?|returns?)\b/.test(
    lower,
  );
}

/**
 * "carter - email - wants to grab lunch", "Ben texted, wants to chat": with no subject, a want to
 * get together is the contact's, and they began it, unless the user reached out first ("emailed
 * carter - wants to…" leaves it the user's). "- wants to move into data" says nothing of who
 * began it.
 */
export function theyWant(lower: string): boolean {
  const wants =
    /(?:^|[-–—,;:] )(?:wants|wanted|keen|is keen|would like|['’]d like) to (?:grab|meet|catch up|chat|talk|speak|call|have|get|hop on|jump on|set up|arrange|book|pick my brain|see|connect)\b/.exec(
      lower,
    );
  return (
    wants !== null &&
    !/\b(?:called|phoned|rang|emailed|texted|messaged|pinged|sent|wrote|contacted|reached out|invited)\b/.test(
      lower.slice(0, wants.index),
    )
  );
}

/**
 * "emailed asking if i'd do a 3 month contract": a contact asking whether the user would take on
 * paid work offers it; "asked if I'd talk to her team" asks a favour. Read on the whole line,
 * since "i'd" starts what the plans leave out.
 */
export function asksForTheirWork(lower: string): boolean {
  const asked =
    /\b(?:ask(?:ed|ing)|(?:me|us) to ask) (?:me )?(?:if|whether) i(?:['’]d| would| could| can| want| was| am| might)\b(.*)$/.exec(
      lower,
    );
  // "asked if i'd review his job ad", "asking if i'd mentor a lad doing his apprenticeship" ask a
  // favour of the user about their role, no work offered.
  const favour =
    /^ (?:review|read|look|check|proofread|share|pass|forward|mentor|coach|speak|talk|present|judge)\b/.test(
      asked?.[1] ?? '',
    );
  // "asking if i'd freelance on the spring series": paid work named by what the user would do.
  const paid =
    /^ (?:freelance|contract|consult|do (?:some |a bit of |an? )?(?:[\w-]+ ){0,2}(?:freelance|contract|consulting))\b/;
  // "asked whether I would care to take it on", "if i could do some admin for starling two days a
  // week paid": work to take on, or said to be paid.
  const takenOn = /^ (?:care to |like to |be able to )?take (?:it|this|that|them|the job) on\b/;
  const saidPaid = /\b(?:paid|£\s?\d[\d,]*|per (?:day|hour)|day rate)\b/;
  const tail = asked?.[1] ?? '';
  return (
    asked !== null &&
    !favour &&
    (paid.test(tail) ||
      takenOn.test(tail) ||
      saidPaid.test(tail) ||
      new RegExp(String.raw`\b${roleNouns}\b`).test(tail))
  );
}
