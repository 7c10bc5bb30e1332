// The user's own profile: who they are, what they are working toward, and the time they can give.
import { z } from 'zod';

export const goals = ['job-search', 'business-development', 'grow-network'] as const;
export type Goal = (typeof goals)[number];

export const goalLabels: Record<Goal, string> = {
  'job-search': 'Job search',
  'business-development': 'Business development',
  'grow-network': 'Grow my network',
};

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
}

const targets = z.array(z.string().trim().min(1).max(100)).max(30, 'can hold at most 30 entries').default([]);

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
});
export type ProfileInput = z.output<typeof profileInputSchema>;

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
};
