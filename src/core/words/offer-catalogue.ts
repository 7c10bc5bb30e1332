// The "What can I offer?" catalogue: ten kinds of value anyone can give, each with a why and examples.

export const offerCategories = [
  'attention',
  'articles',
  'feedback',
  'introductions',
  'skills',
  'local-knowledge',
  'product-testing',
  'congratulations',
  'recommendations',
  'five-minute-favours',
] as const;
export type OfferCategory = (typeof offerCategories)[number];

/** One thing the user can give, in their own words: { category: 'feedback', detail: 'CV reviews' }. */
export interface OfferItem {
  category: OfferCategory;
  detail: string;
}

export interface OfferCategoryInfo {
  category: OfferCategory;
  title: string;
  /** Why this counts, written for someone who feels they have nothing to give. */
  explanation: string;
  examples: readonly string[];
  /** Words in a person's needs or interests that suggest this kind of help, space-separated. */
  keywords: string;
  /** Welcome to almost anyone, so it ranks a little even without a matching word. */
  universal: boolean;
}

const catalogueEntries: Record<OfferCategory, Omit<OfferCategoryInfo, 'category'>> = {
  attention: {
    title: 'Attention and listening',
    explanation:
      'Few people get listened to properly. Twenty minutes of real interest in what someone is working on is a gift, and it costs you nothing but time.',
    examples: [
      'a call to talk through a decision',
      'being a sounding board for an idea',
      'asking how a project went, and listening',
    ],
    keywords: 'advice sounding board listen decision idea brainstorm talk stuck plan',
    universal: true,
  },
  articles: {
    title: 'Sharing articles and ideas',
    explanation:
      'You read things they have not. Passing on one useful link, with a line on why it made you think of them, shows you remember what matters to them.',
    examples: [
      'an article on their topic',
      'a podcast episode',
      'a report or data set',
      'a book that helped you',
    ],
    keywords: 'research learn trend news article paper podcast book reading data report',
    universal: false,
  },
  feedback: {
    title: 'Feedback on their work',
    explanation:
      'Honest, specific, kind feedback is rare. A fresh pair of eyes on a draft, a deck or a CV is worth more than you think.',
    examples: [
      'feedback on a pitch deck',
      'a read of a CV or portfolio',
      'notes on a blog post or talk',
      'first impressions of a website',
    ],
    keywords:
      'feedback review deck pitch cv resume portfolio draft website landing talk proposal writing',
    universal: false,
  },
  introductions: {
    title: 'Introductions',
    explanation:
      "You know people they do not. One well-made, double opt-in introduction can change someone's year, and it takes ten minutes.",
    examples: [
      'an intro to someone hiring',
      'an intro to a possible client or partner',
      'an intro to a peer who solved the same problem',
    ],
    keywords:
      'intro introduction connect hire hiring recruit investor client customer partner cofounder co-founder mentor designer developer engineer buyer',
    universal: false,
  },
  skills: {
    title: 'Your skills',
    explanation:
      'What is routine for you can be hard for someone else. An hour of your everyday skill, offered with clear limits, can unblock them.',
    examples: [
      'help with a spreadsheet or SQL query',
      'editing a short text',
      'a quick design sketch',
      'a translation',
    ],
    keywords:
      'code coding data sql python spreadsheet excel design writing edit marketing analytics finance legal translation ux seo',
    universal: false,
  },
  'local-knowledge': {
    title: 'Local knowledge',
    explanation:
      'Knowing a place is valuable to anyone new to it: where to live, where people meet, who to ask.',
    examples: [
      'tips for someone moving to your city',
      'the meetups worth going to',
      'a good place for a team offsite',
    ],
    keywords:
      'move moving relocate relocating city local neighbourhood neighborhood housing visa school meetup venue',
    universal: false,
  },
  'product-testing': {
    title: 'Testing their product',
    explanation:
      'Builders need real users. Trying their product and sending three honest observations is one of the most useful five-minute favours there is.',
    examples: [
      'signing up for a beta',
      'a short written first impression',
      'recording yourself using their app',
    ],
    keywords: 'product app beta launch user users test tester ux startup feature prototype',
    universal: false,
  },
  congratulations: {
    title: 'Congratulating',
    explanation:
      'People underestimate how much a short, specific congratulation means. Notice the new role, the launch, the talk, and say so.',
    examples: [
      'a note on a new role',
      'congratulations on a launch',
      'praise for a talk or article',
    ],
    keywords: 'promotion launch role job award milestone funding anniversary talk book',
    universal: true,
  },
  recommendations: {
    title: 'Recommending and endorsing',
    explanation:
      'A short, specific recommendation in your own words carries weight: it is your reputation vouching for theirs.',
    examples: [
      'a LinkedIn recommendation',
      'serving as a reference',
      'recommending their service to someone who needs it',
    ],
    keywords: 'recommendation reference endorse endorsement testimonial review referral reputation',
    universal: false,
  },
  'five-minute-favours': {
    title: 'Five-minute favours',
    explanation:
      'Small things done promptly add up: sharing their post, answering a survey, passing on a job opening. Be willing to do a five-minute favour for anyone.',
    examples: [
      'sharing their post or job opening',
      'answering their survey',
      'voting for their project',
      'forwarding their event',
    ],
    keywords: 'share post survey vote event opening amplify spread signal quick',
    universal: true,
  },
};

/** Every category in display order, each with its explanation and examples. */
export const offerCatalogue: readonly OfferCategoryInfo[] = offerCategories.map((category) => ({
  category,
  ...catalogueEntries[category],
}));

/** The catalogue entry for `category`. */
export function findOfferCategory(category: OfferCategory): OfferCategoryInfo {
  return { category, ...catalogueEntries[category] };
}
