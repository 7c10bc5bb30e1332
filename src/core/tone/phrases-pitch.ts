// Phrases that turn a networking note into a sales pitch: offers, claims, prices and calls to buy.
import type { PhraseGroup } from './phrase-rule.js';

const pitchWhy =
  'A pitch in a networking note asks for money before there is trust; most people stop reading at the offer.';

export const pitchPhrases: readonly PhraseGroup[] = [
  {
    severity: 'high',
    why: 'Discounts and deadlines belong in an advert; in a personal note they make the whole message feel automated.',
    rewrite:
      'Leave out the offer and ask about their situation: “How are you handling X at the moment?”',
    patterns: [
      /\b\d{1,2}\s?%\s+off\b/gi,
      /\bdiscount(?:s|ed)?\b/gi,
      /\bhalf[- ]price\b/gi,
      /\bearly[- ]bird\b/gi,
      /\b(?:promo|discount|coupon|voucher) code\b/gi,
      /\buse (?:the )?code\b/gi,
      /\bspecial offer\b/gi,
      /\blimited[- ]time\b/gi,
      /\bfor this (?:month|week|quarter) only\b/gi,
      /\blimited number of (?:spots|places|seats|slots)\b/gi,
      /\b(?:\w+ )?(?:spots|places|seats|slots|spaces) (?:left|remaining)\b/gi,
      /\bfree (?:\d+-day )?(?:trial|quote|consultation|audit|assessment|walkthrough|strategy (?:call|session))\b/gi,
      /\bcomplimentary (?:assessment|audit|consultation|session|review|trial)\b/gi,
      /\b(?:buy|order|act|sign(?: up)?|register|subscribe|enrol) (?:now|today|before|by)\b/gi,
      /\b(?:running|offering|launched|launching|have) (?:a |an |our |my )?(?:[\w-]+ ){0,2}(?:promotion|promo|deal|sale)\b/gi,
      /\bfor the price of\b/gi,
      /\b(?:first|one|two|three|\d+) (?:months?|weeks?|sessions?|lessons?) (?:free|for free|on us)\b/gi,
      /\bdon'?t miss out\b/gi,
      /\bcontact us today\b/gi,
      /\block in\b/gi,
      /\breply (?:yes|"yes")\b/gi,
    ],
  },
  {
    severity: 'high',
    why: pitchWhy,
    rewrite:
      'Offer something useful with no strings first, such as a short tip or a relevant article.',
    patterns: [
      // A bare "demo" is often theirs ("the demo you wanted"); selling is offering or booking one.
      /\b(?:book|schedule|set up|arrange|give you|show you|offer you|get you|run you through) (?:a |an )?(?:quick |free |short |live |personali[sz]ed |\d+-minute )?demo\b/gi,
      /\b(?:free|quick|live|personali[sz]ed|\d+-minute|product) demo\b/gi,
      /\b(?:time|free|available|room) (?:this week |next week |today )?for a (?:quick |short )?demo\b/gi,
      /\bdemo of (?:our|my)\b/gi,
      /\bdiscovery call\b/gi,
      /\b(?:my|our) (?:pricing|price list|rate card|rates|prices|fees)\b/gi,
      /\b(?:details|info|information) and pric(?:ing|es)\b/gi,
      /\brate card\b/gi,
      /\b(?:rates|prices|plans|packages?|fees|pricing) (?:start(?:ing)? (?:at|from)|from [£$€])/gi,
      /\bprice list\b/gi,
      /\b(?:at )?competitive (?:rates|prices|pricing)\b/gi,
      /\bat a fraction of the (?:cost|price)\b/gi,
      /\bguarantee[ds]?\b/gi,
      /\b(?:interested in|consider) (?:signing up|buying|purchasing|subscribing)\b/gi,
    ],
  },
  {
    severity: 'medium',
    why: pitchWhy,
    rewrite:
      'Swap the sales claim for a question about them: what they are working on, what is hard right now.',
    patterns: [
      /\b(?:help|helps|helped|helping)\s+(?:[\w-]+\s+){0,3}?(?:companies|businesses|brands|teams|founders|coaches|consultants|organisations|organizations|firms|startups|agencies|retailers|restaurants|shops)\s+(?:like yours\s+)?(?:to\s+)?(?:increase|grow|boost|scale|fill|get|generate|cut|reduce|save|improve|double|triple|win|land)\b/gi,
      /\b\w+s like yours\b/gi,
      /\b(?:increase|boost|grow|double|triple|maximi[sz]e|skyrocket)\s+(?:your\s+)?(?:organic\s+|online\s+|direct\s+)?(?:revenue|sales|traffic|leads|conversions?|roi|bookings|reservations|profits?|pipeline)\b/gi,
      /\b\d+\s?x (?:return|roi|more)\b/gi,
      /\bhigh[- ]converting\b/gi,
      /\bwe(?:'re| are) an? (?:[\w-]+ ){0,3}(?:agency|company|firm|provider|consultancy|studio|platform|vendor)\b/gi,
      /\b(?:introduce|tell you about|show you|present)\s+(?:you to\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:software|platform|product|solution|service|services|app|tool|course|agency|offering)\b/gi,
      /\b(?:i'?m|i am|we'?re|we are) (?:currently )?offering\b/gi,
      /\b(?:thought|think) you'?d be interested in (?:my|our)\b/gi,
      /\b(?:just )?launched (?:a|an|our|my) (?:[\w-]+ ){0,3}?(?:package|product|service|course|offer|programme|program)\b/gi,
      /\b(?:it'?d|it would|this would|it will) be perfect for you\b/gi,
      /\bif (?:your (?:company|team|business|firm) needs?|you need) (?:any|a|some) (?:[\w-]+ )?(?:help|support|services?|editing|design|writing|development|consulting)\b/gi,
      /\bdiscuss (?:your needs|how (?:we|i) can help)\b/gi,
      /\bwalk you through (?:our|how (?:we|our|my))\b/gi,
      /\bhop on a (?:quick )?call\b/gi,
    ],
  },
  {
    severity: 'low',
    why: 'Naming your product or service early tilts the note towards selling.',
    rewrite: 'Mention what you do in a few words, then turn back to them.',
    patterns: [
      /\b(?:by|up to|over) (?:an average of )?\d+\s?%/gi,
      /\b\d+\s?% (?:more|fewer|less|faster|higher|lower|of (?:overdue|late|unpaid))\b/gi,
      /\bour (?:[\w-]+ ){0,2}?(?:service|services|platform|software|solution|solutions|agency|product|offering|programme|course|packages?)\b/gi,
      /\bmy (?:[\w-]+ ){0,2}?(?:packages?|services|course|offering)\b/gi,
      /\bbook a (?:call|session|meeting)\b/gi,
    ],
  },
];
