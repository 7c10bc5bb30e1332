// Phrases that ask without saying for what: open-ended asks, soft closers and bare nudges.
import type { PhraseGroup } from './phrase-rule.js';

/** "Keep an eye out for me", "if they need anyone, think of me": agreeable, and nothing to act on. */
export const openEndedAsks: PhraseGroup = {
  severity: 'medium',
  why: 'An open-ended “let me know if anything comes up” is easy to agree with and hard to act on.',
  rewrite:
    'Ask for something specific: the name of one team, one person to talk to, or one question answered.',
  patterns: [
    /\b(?:let me know|keep me (?:posted|informed)|tell me|reach out|ping me|get in touch)\s+if\s+(?:you\s+(?:hear|know)\s+of\s+|there'?s\s+|there\s+is\s+)?(?:anything|something|any(?:thing)?\s+(?:comes up|opening|openings|opportunit\w+|roles?))\b/gi,
    /\bif (?:you )?(?:hear|know) of (?:anything|something|any(?! of)\w*)/gi,
    // Whatever they happen to see: "if you come across anything", "if you see anything suitable".
    /\bif you (?:come across|see|spot|run into|stumble (?:on|across)) (?:anything|something|any(?! of)\w*)/gi,
    // "Should anything suitable turn up", "if anything else springs to mind": whatever it may be.
    /\b(?:if|when|whenever|once|should|as soon as|the (?:second|minute|moment)) (?:anything|something)\b(?: [\w-]+){0,3}? (?:(?:comes?|turns?|pops?|crops?) up|opens?(?: up)?|crosses your desk|comes? your way|comes? across your desk|(?:springs?|comes?) to mind|occurs to you)\b/gi,
    /\bany (?:opportunit(?:y|ies)|openings?|vacancies) (?:that )?you (?:may|might|can|could) have\b/gi,
    /\b(?:send|pass|forward|throw) (?:it|them|anything|things) my way\b/gi,
    /\b(?:appreciate|grateful for|welcome) anything you (?:could|can|might) (?:share|tell|offer|suggest)\b/gi,
    // Handing the reader the whole problem: "anything you could do", "whatever you can offer".
    /\b(?:anything|whatever) (?:at all )?you (?:could|can|might|are able to) (?:do|offer|suggest|think of)\b/gi,
    /\bany (?:way|chance) you (?:could|can|might) help(?: me)?(?: out)?\s*[?!.]/gi,
    /\b(?:anything|whatever) (?:at all )?(?:would|will|could) help\b/gi,
    // "I thought you might have some ideas": ideas about what is left to the reader.
    /\b(?:thought|think|wondered|wondering|hoped|hoping|figured) you (?:might|may|could|would) (?:have|know of|suggest) (?:any|some|a few) (?:ideas|thoughts|suggestions|pointers|advice|leads|tips)\b(?!\s+(?:on|about|for|regarding)\s)/gi,
    /\b(?:your|any) thoughts on (?:the|this) (?:industry|field|sector|market)\b/gi,
    // "If there's ever a way I could get involved": a chance that may never come, unnamed.
    /\bif there(?:'s| is| was) ever (?:a way|any ?way|anything|something|room|an? (?:chance|opening|opportunity|role|need|place))\b/gi,
    // "Help me in any way you can", "benefit from you in any way you see fit": the how is theirs.
    /\bin (?:any|whatever) way (?:possible|you (?:can|could|see fit|think best)|(?:that )?works for you)\b/gi,
    /\bhelp me\b[^.?!]{0,40}?\bin any way\b/gi,
    // An introduction that cannot say what might come of it leaves both readers to find out.
    /\b(?:not sure|no idea|don'?t know|who knows) (?:exactly )?what (?:might|will|could|would|may) come of (?:it|this|that)\b/gi,
    // "Is there anyone you think I should talk to?": who, at which firm, about what, is left to them.
    /\b(?:is there|do you know|know of|can you think of) (?:any|some)(?:one|body)\b[^.?!]{0,40}?\b(?:(?:talk|speak|chat|meet|contact)(?:ing)?|reach(?:ing)? out)(?: (?:to|with))?\s*\?/gi,
    /\bwhenever you'?re free\b/gi,
    /\bkeep me in mind\b/gi,
    /\bkeep an eye out for (?:me|(?:any |some )?(?:roles?|jobs?|openings?|opportunit\w+|anything|something)(?: for me)?)\b/gi,
    // "If they need anyone else, please think of me": the reader must spot the chance alone.
    /\b(?:please )?(?:think of|remember|put in a (?:good )?word for) me\b(?! (?:for|as|with|to|about) (?!(?:any|some)(?:thing|one)\b)\w)/gi,
    /\b(?:open to|willing to|able to|could you|can you|would you) help(?:ing)? me out\b/gi,
    /\bif (?:you|your [\w-]+) (?:ever )?needs? (?:(?:any )?help|a hand|anything|someone)\b/gi,
    /\b(?:know of )?(?:anything|something) (?:going|coming up|out there)\b/gi,
    /\b(?:any|some) (?:help|advice|guidance|tips|pointers|leads|support|insights?)(?: (?:or|and) (?:help|advice|guidance|support|tips|pointers))?\s+(?:you (?:can|could|might|may)|would be|is (?:much |greatly |really )?appreciated|will be)\b/gi,
    /\b(?:share|give|offer|send)\s+(?:me\s+)?any\s+(?:tips|advice|help|pointers|guidance|leads)\b/gi,
    /\bappreciate any (?:help|advice|guidance|tips|pointers|support)\b/gi,
    /\bgrateful for any (?:opportunity|help|advice|support)\b/gi,
  ],
};

/**
 * A plea for anything leaves the reader to find what, where and how: "is there anything at all at
 * Kainos?", "Anything.", "can you get me in anywhere?", "please help me." No role, no team, no step.
 */
export const pleasForAnything: PhraseGroup = {
  severity: 'medium',
  why: 'Asking for anything at all leaves the reader to work out what you could do and where, which is the hardest part.',
  rewrite:
    'Name one role or team and one step: “Could you tell me who hires junior analysts at Boots?”',
  patterns: [
    /\banything at all\b/gi,
    // "Anything." as a sentence of its own, after the plea it widens.
    /(?<=[.!?]\s+)anything(?: at all)?\s*[.!]/gi,
    /\bget me in (?:anywhere|too|somewhere)\b/gi,
    /\b(?:foot in the door|work|a job|a role) anywhere\b/gi,
    /\banything helps\b/gi,
    /\bany work you (?:could|can|might) (?:throw|send|pass)\b/gi,
    /\bplease,? help(?: me)?\s*[.!]/gi,
    /\bwhat am i doing wrong\b/gi,
  ],
};

export const vagueAskPhrases: readonly PhraseGroup[] = [
  {
    severity: 'medium',
    why: 'A vague ask leaves the reader to work out how to help, and most will put it off for later.',
    rewrite:
      'Name one thing they can say yes to: “Could I ask you two questions about it, by email or in a 15-minute call?”',
    patterns: [
      /\bpick (?:your|their) brains?\b/gi,
      /\b(?:touch base|catch up|chat|talk|connect|meet up|grab (?:a )?coffee|hop on a call)\s+(?:properly\s+)?(?:at\s+)?(?:some ?time|some point|some stage|one day|soon-ish)\b/gi,
      /\b(?:see|explore) (?:if|whether) there'?s (?:any ?way|anything|something) (?:we|i) (?:could|can|might)\b/gi,
      /\b(?:any|some) way (?:we|i) could work together\b/gi,
      // "Explore how we might support you": what working together would be is left to find.
      /\bexplore (?:how|ways|whether|if) (?:we|i) (?:might|could|can|may)\b/gi,
      // "Any words of wisdom?": wisdom on what is left to them.
      /\b(?:any|some|your) words of wisdom\b/gi,
      // An introduction to anyone at all: "introduce me to people you know", "to someone? Whoever!"
      /\b(?:introduce|connect|put) me (?:in touch )?(?:to|with) (?:any(?:one|body)|people|some(?:one|body)(?=\s*[?!.]))/gi,
    ],
  },
  openEndedAsks,
  pleasForAnything,
];

/** Soft closers that only count as vague when the message asks nothing clearer. */
export const softCloserPatterns: readonly RegExp[] = [
  /\b(?:love|like|great|nice|happy|keen) to (?:connect|network|stay in touch)\b/gi,
  /\blooking forward to (?:staying in touch|connecting|hearing from you|your (?:reply|response|thoughts))\b/gi,
  /\bi look forward to (?:hearing from you|your (?:reply|response))\b/gi,
  /\blet me know (?:your thoughts|what you think|when works)\b/gi,
  /\b(?:love|like) to (?:talk|speak|chat) (?:to|with) you\b/gi,
  /\b(?:interested in |love to |like to )(?:learning|learn|hearing|hear) more about\b/gi,
  /\bdiscuss how my (?:experience|skills|background)\b/gi,
];

/**
 * A nudge that names nothing ("any news?", "just checking in!") makes the reader remember what
 * was asked and work out what is wanted now. "Any news from Rob about the role?" names both.
 */
export const bareNudgePatterns: readonly RegExp[] = [
  /\bany (?:news|updates?|word|progress|joy|movement)(?: yet| at all)?\b(?!\s+(?:from|on|about|regarding|re|with|since|for)\b(?!\s+(?:your|their|my) end\b))/gi,
  /\b(?:just )?(?:checking|touching) in\b(?!\s+(?:on|about|regarding|re|to (?:see|ask|confirm|check))\b)/gi,
  /\b(?:just )?(?:bumping|nudging) (?:this|my (?:last )?(?:message|note|email))\b(?!\s+(?:about|on|re)\b)/gi,
  // "Let me know!" with nothing said about what: the reader must decide what there is to know.
  /\blet me know(?=\s*[!.]+(?:\s|$))/gi,
];
