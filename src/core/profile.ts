// The user's own profile: who they are, what they are working toward, and the time they can give.
import { z } from 'zod';
import { dateOrderFromLocale, dateOrders, type DateOrder } from './date-order.js';
import { isTimeZone } from './dates.js';
import { goals, type Goal } from './goals.js';
import { offerCategories, type OfferItem } from './words/offer-catalogue.js';

// The goal list lives with its words, which the web app shares; the profile re-exports it.
export { goals, type Goal };

export interface Profile {
  name: string;
  headline: string;
  goal: Goal;
  targetRoles: string[];
  targetCompanies: string[];
  targetIndustries: string[];
  weeklyMinutes: number;
  onboarded: boolean;
  updatedAt: string | null;
  /** The user's brand: what they are good at, whom they help and how, in their own words. */
  strengths: string[];
  whoIHelp: string;
  howIHelp: string;
  interests: string[];
  /** The value statement and 30-second introduction the user chose (edited or not). */
  valueStatement: string;
  intro: string;
  /** What the user can give others: the "What can I offer?" inventory. */
  offers: OfferItem[];
  /** IANA time zone for the user's own dates; '' means the machine's. */
  timeZone: string;
  /** Years without two-way contact after which a tie counts as dormant. */
  dormantYears: number;
  /** Plan actions a week the user aims for; 0 means "from the weekly minutes". */
  weeklyGoal: number;
  /** ISO 3166 alpha-2 country for phone numbers written without a country code; '' means the machine's. */
  region: string;
  /** How the user writes numeric dates (03/11/2026); '' means from the machine's locale. */
  dateOrder: DateOrder | '';
}

const targets = z
  .array(z.string().trim().min(1).max(100))
  .max(30, 'can hold at most 30 entries')
  .default([]);

/** DMY, MDY or YMD, a locale that implies one (en-GB → DMY), or '' for the machine's locale. */
function dateOrderSchema() {
  return z
    .string()
    .trim()
    .transform((value, context): DateOrder | '' => {
      const order = value.toUpperCase();
      if (order === '' || (dateOrders as readonly string[]).includes(order))
        return order as DateOrder | '';
      if (/^[a-z]{2,3}([-_][A-Za-z]{2,4})+$/i.test(value)) return dateOrderFromLocale(value);
      context.addIssue({
        code: 'custom',
        message: `must be ${dateOrders.join(', ')}, a locale such as en-GB, or empty for this machine's`,
      });
      return z.NEVER;
    });
}

export const profileInputSchema = z.object({
  name: z.string({ error: 'is required' }).trim().min(1, 'cannot be empty').max(200),
  headline: z.string().trim().max(200, 'must be one line of at most 200 characters').default(''),
  goal: z.enum(goals, { error: `must be one of ${goals.join(', ')}` }).default('grow-network'),
  targetRoles: targets,
  targetCompanies: targets,
  targetIndustries: targets,
  weeklyMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be whole minutes')
    .min(5, 'must be at least 5 minutes a week')
    .max(2400, 'must be at most 2400 minutes (40 hours) a week')
    .default(60),
  // Coach settings: left out means "keep what is saved".
  timeZone: z
    .string()
    .trim()
    .refine(
      (zone) => zone === '' || isTimeZone(zone),
      'must be a time zone such as Europe/London or America/New_York',
    )
    .optional(),
  dormantYears: z
    .number({ error: 'must be a number of years' })
    .int('must be whole years')
    .min(1, 'must be at least 1 year')
    .max(20, 'must be at most 20 years')
    .optional(),
  weeklyGoal: z
    .number({ error: 'must be a number of actions' })
    .int('must be a whole number')
    .min(0, 'must be 0 (automatic) or more')
    .max(100, 'must be at most 100 actions a week')
    .optional(),
  region: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, 'must be a two-letter country code such as GB or US, or empty')
    .optional(),
  dateOrder: dateOrderSchema().optional(),
});
export type ProfileInput = z.output<typeof profileInputSchema>;

const phrases = z
  .array(z.string().trim().min(1).max(200))
  .max(20, 'can hold at most 20 entries')
  .default([]);

export const brandInputSchema = z.object({
  strengths: phrases,
  whoIHelp: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  howIHelp: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  interests: phrases,
  valueStatement: z.string().trim().max(400, 'must be at most 400 characters').default(''),
  intro: z.string().trim().max(1200, 'must be at most 1200 characters').default(''),
});
export type BrandInput = z.output<typeof brandInputSchema>;

export const offerItemSchema = z.object({
  category: z.enum(offerCategories, { error: `must be one of ${offerCategories.join(', ')}` }),
  detail: z
    .string()
    .trim()
    .min(1, 'say what you would give, in a few words')
    .max(200, 'must be at most 200 characters'),
});

export const offersInputSchema = z.object({
  offers: z.array(offerItemSchema).max(50, 'can hold at most 50 offers'),
});

export const emptyProfile: Profile = {
  name: '',
  headline: '',
  goal: 'grow-network',
  targetRoles: [],
  targetCompanies: [],
  targetIndustries: [],
  weeklyMinutes: 60,
  onboarded: false,
  updatedAt: null,
  strengths: [],
  whoIHelp: '',
  howIHelp: '',
  interests: [],
  valueStatement: '',
  intro: '',
  offers: [],
  timeZone: '',
  dormantYears: 3,
  weeklyGoal: 0,
  region: '',
  dateOrder: '',
};

/** The weekly goal in actions: the user's own, or one action per 10 minutes of their weekly time. */
export function weeklyGoalOf(profile: Pick<Profile, 'weeklyGoal' | 'weeklyMinutes'>): number {
  if (profile.weeklyGoal > 0) return profile.weeklyGoal;
  return Math.max(2, Math.round(profile.weeklyMinutes / 10));
}
