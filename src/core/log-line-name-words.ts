// The words around names in a one-line log: the verbs and prepositions that lead to a person, and
// the words that are never part of a name.

export const words = (list: string) => new Set(list.split(' '));

/** Given names that are English words too, never read as a name after an opening verb. */
export const wordsLikeNames = words('will may june april august guy bill');
export const subjectVerbs = words(
  "took bought treated reached put linked passed called rang phoned emailed texted messaged wrote replied responded answered pinged contacted introduced intro'd intro’d introed invited asked offered sent thanked shared referred recommended dmed got followed congratulated endorsed liked commented reacted tagged mentioned connected visited came dropped stopped helped gave lent loaned reconnected returned forwarded suggested told reviewed endorsed recommended rang emailed whatsapped whatsapp'd whatsapp’d dm'd dm’d slacked skyped facetimed zoomed accepted added followed wants needs txted txt'd txt’d msgd msged msg'd msg’d teams-called zoom-called video-called agreed promised chased pointed tipped flagged looped cc'd cc’d explained showed walked informed spoke talked chatted left dmd commissioned did ran hosted organised organized arranged mentored coached",
);
/**
 * Verbs after a name that say how they got in touch: "Ben replied", "Ana rang". Any other
 * ("Zoe suggested I apply", "Dan told me") says what they did, wherever the two of them were.
 */
export const reachVerbs = words(
  "reached called rang phoned emailed texted messaged wrote replied responded answered pinged contacted dmed dm'd dm’d slacked skyped facetimed zoomed whatsapped whatsapp'd whatsapp’d txted txt'd txt’d msgd msged msg'd msg’d teams-called zoom-called video-called got came dropped stopped returned invited visited sent forwarded dmd",
);
/** Verbs after a name that say something about them without their getting in touch: "Margaret said…". */
export const neutralSubjectVerbs = words(
  'said says mentioned thinks reckons is was has had going paid',
);
export const objectVerbs = words(
  "caught requested informed guided updated briefed passed shared showed lent mailed let pointed tipped looped connected dropped cc'd cc’d forwarded sounded pitched left posted accepted attended reviewed met meet saw see visited called call phoned rang emailed email texted text messaged message pinged ping dmed dmd dm'd dm’d slacked whatsapped whatsapp'd whatsapp’d asked ask thanked thank introduced introduce intro'd intro’d introed gave give congratulated helped invited told contacted interviewed mentored wished sent into chased nudged recommended liked endorsed skyped facetimed txted txt'd txt’d msgd msged msg'd msg’d prodded poked reminded followed added wetransferred dropboxed quoted invoiced billed chucked owe owed txt wrote replied chase nudge whatsapp dm msg congratulate",
);
/** "whatsapp from Zoe", "email from Ana": what came from someone, a channel's name included. */
export const inboundFromNouns = words(
  'heard call phone email message text note invite invitation intro reply dm voicemail card letter referral request whatsapp linkedin slack sms msg inmail teams zoom signal telegram facetime mail txt query enquiry inquiry thanks thank-you like likes voicenote voice-note answer response',
);
/**
 * Words after which a name is followed by where they work: "Olivia from Hays", "Emma at Lloyds",
 * "Mr Okoro of Barclays".
 */
export const companyWords = words('from at of');
/** Verbs after which a lower-case name is still a name: "emailed hannah schmidt", "caught chidi at…". */
export const contactVerbs = words(
  "met saw caught visited called contacted phoned rang emailed texted messaged pinged dmed dmd dm'd dm’d slacked whatsapped whatsapp'd whatsapp’d thanked chased nudged into skyped facetimed txted txt'd txt’d msgd msged msg'd msg’d introduced intro'd intro’d introed prodded poked",
);
/** Verbs done to a person after which a name in lower case is still read, when it is a full name. */
export const lowerObjectVerbs = words(
  'dropped passed showed lent mailed left pitched posted liked followed added accepted attended reviewed sent gave asked helped invited told introduced congratulated interviewed mentored wished recommended endorsed forwarded reminded paid quoted invoiced billed chucked owe owed',
);
/** Words after which "into" leads to a person: "bumped into Dev", "ran into Ana". */
export const meetingInto = words('bumped bump bumping ran run running slid');
/** Words after which "to" leads to a place of work, not a person: "he's moving to Arup". */
export const movingWords = words(
  'moving moved move going joining joined switching switched relocating',
);
/** Words after which "on" leads to a person: "commented on Ana's post". */
export const onPersonWords = words('commented reacted');
/** Words after which "by" leads to the people who gave it: "webinar by Fatima Zahra". */
export const givenByWords = words(
  'webinar talk presentation session workshop panel keynote demo lecture post article blog',
);
/** Words after which "by" leads to whoever got in touch: "emailed by niamh kelly". */
export const reachedByWords = words(
  "emailed messaged texted called rang phoned contacted pinged approached dmed dm'd dm’d",
);
/** Words after which "for" leads to a person even written in lower case: "a reference for dan fletcher". */
export const vouchNouns = words('recommendation reference endorsement referral testimonial');
/** Messages left for someone: "left a vm for dan fletcher". */
export const leftForNouns = words('vm voicemail message msg note');
/** Words before "next to" or "beside" that put a person there: "sat next to Ben Carter". */
export const besideWords = words('sat sitting seated stood standing');
/** Words "for" does not lead to a person after: "endorsed me for SQL". */
export const notForPerson = words('me us him her them it');
/** Words after which "to" leads to a person even written in lower case: "sent my CV to rachel". */
export const toPersonWords = words(
  "talked spoke chatted talking speaking chatting reacted wrote sent out replied cv resume résumé portfolio note email message msg text txt dm it them application forwarded introduced intro'd intro’d article link post piece paper doc report request invite invitation nudge chaser reminder card letter follow-up followup thanks thank-you chase",
);
export const particles = words(
  'de da del della der den di du dos das van von le la bin al ter ten y ap',
);
/**
 * Shorthand and courtesy words people type in a hurry: "asked abt data eng referral", "emailed
 * alex thanks for the advice". None of them is ever part of a name.
 */
export const shorthand = words(
  'abt abt. bc b/c cos coz wrt re pls plz thx ty tho yday ystdy tmrw tmw asap fyi btw lol rn idk imo thanks thank cheers congrats congratulations sorry hi hello hey ps happy merry bday birthday xmas christmas',
);

/**
 * Participles that open what a message said or asked: "emailed devendra asking if…", "- Asking
 * for 15 mins". None of them is ever part of a name, capitalised or not.
 */
export const sayingParticiples = words(
  'asking saying offering telling checking wondering hoping wanting needing looking following chasing thanking inviting suggesting confirming letting sending sharing requesting mentioning congratulating replying responding explaining promising agreeing proposing',
);

/** Lower-case words that are never part of a name, so "coffee with the team" finds nobody. */
export const notNames = new Set([
  ...shorthand,
  ...sayingParticiples,
  // "asked chidi would he be a referee": a word of what might be is nobody's surname; nor is
  // "ex" ("drinks wi andy barker ex sabic lad").
  // "finally had coffee with dev": a word that says how or when something happened, opening the
  // line, is nobody's name. No first name people go by is among them (Emily and Kelly end in -ly
  // too, so the list is written out rather than read from the ending).
  ...words(
    'would could should might must shall one was ex tel bloke chap fella lady woman each both either neither everyone everybody nobody anybody cold warm finally eventually actually quickly briefly properly randomly accidentally luckily unexpectedly belatedly spontaneously formally informally officially apparently basically literally honestly anyway anyhow already still once twice recently earlier any catch',
  ),
  // "coffee with ana, she'll intro me": a pronoun with its verb is nobody's name.
  ...words(
    "can't cant can’t couldn't couldnt couldn’t wouldnt shouldnt won't won’t don't dont don’t didn't didnt didn’t isn't isnt isn’t wasn't wasnt wasn’t weren't werent weren’t he'll she'll they'll he'd she'd they'd he's she's they're i'll i'd i'm we'll we're he’ll she’ll they’ll he’d she’d they’d he’s she’s they’re i’ll i’d i’m we’ll we’re",
  ),
  // "my friend who's moving": "who" and its kin after a name are nobody.
  ...words("who's who’s whom whose whos shes hes theyre"),
  ...words(
    'a an the my our your his her their its this that some me us him them you i we he she they it somebody nobody unknown voicenote mentor team group everyone folks friends about and or but with to for from at in on by of via over re then after before while coffee coffe lunch breakfast brunch dinner drinks beer tea call chat meeting video email message text linkedin zoom teams slack whatsapp signal telegram twitter facebook instagram google meet facetime skype discord mastodon bluesky quick long short new old again too also today yesterday awkward great good nice lovely useful helpful fun brilliant interesting productive tough hard weird positive friendly fine ok okay amazing awesome so very really just later re: follow-up followup recruiter recruiters manager boss hr back up out off round around across along through thru first all both someone people hiring recruiting two three several contract roles role job jobs next last week month year weekend tomorrow tonight morning afternoon evening night cv resume résumé portfolio note connection connect request spec deck slides link links notes invoice report article feedback vm voicemail details number application proposal quote draft pointers advice help permission intro keynote networking session sessions booth update updates if how whether what when why where who which onto towards upon near nearby nothing heard since say says follow down general reply answer response word news busy hectic manic as like because cos',
  ),
  // "messaged sam o'neil there" (just now, as Irish English says it), "asked niamh fri would she":
  // a word of when is nobody's surname.
  ...words('there mon tue tues wed weds thu thur thurs fri'),
  // "liked phil dodds post", "rang kate today howay she's meeting us": whose post, and a Geordie
  // "come on", are nobody's surname.
  ...words('post posts howay'),
]);

/**
 * Verbs that open what someone wants to do, in the plain form that follows "to": "asking how to
 * get onto the list", "keen to move into data". None is a first name people go by ("Mark", "Will",
 * "Grace" and "Chase" are left out), so after "to" such a word is never the start of a name.
 */
export const plainVerbs = words(
  'get go apply join move break switch learn start find become land pivot transition retrain grab hop jump prepare prep approach negotiate write build improve reach pitch price present answer handle structure frame navigate sell use be have do make take hear know help look catch set sign see meet chat talk ask book arrange discuss explore share send follow submit stand showcase word phrase tailor update tweak position cover prioritise prioritize choose decide pick plan try keep stay leave quit compare check review read think work study train upskill network connect introduce contact email call message ping text sort figure put hire confirm acknowledge encourage double sanity cross tidy reschedule schedule clarify flag request recommend suggest thank congratulate invite remind chase nudge propose offer mention let give tell show walk run forward pass drop sound fix edit proofread polish finalise finalize test verify validate support refer interview shadow mentor coach advise guide outline explain summarise summarize hand lend return accept decline reply respond push postpone cancel host attend visit sit speak say catch-up introduce intro vouch',
);

/**
 * Words after which "to" opens a verb, whatever verb it is: "how to", "whether to", "keen to",
 * "asking to". ("Went to ana's leaving do" and "talked to ana" are left out: "to" leads to a person.)
 */
export const infinitiveLeads = words(
  'how what where when whether which who why asking asked ask wants want wanted keen trying tried need needs needed able unable hoping hoped planning plans decided ready offered agreed promised',
);

/** Verbs that say someone got in touch only with what follows: "went thru my cv", "looked over it". */
export const reviewVerbs = words('went looked read');
/** What follows such a verb when it was done to the user's work. */
export const reviewParticles = words('thru through over');

/** Words between people and what they did together: "Sam and Lee both replied". */
export const togetherWords = words('both all');
