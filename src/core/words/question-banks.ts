// Question banks: informational-conversation questions by goal (TIARA), event starters, follow-up questions.
import type { Goal } from '../profile.js';
import type { RelationshipStage } from './stages.js';

/** TIARA (Dalton): trends, insights, advice, resources, assignments, asked roughly in that order. */
export const tiaraKinds = ['trends', 'insights', 'advice', 'resources', 'assignments'] as const;
export type TiaraKind = (typeof tiaraKinds)[number];

/**
 * Slots a question may use; a question is offered only when every slot it names is known, so no
 * question guesses at a fact. {role} and {industry} are the user's targets, the rest the person's.
 */
export type QuestionSlot =
  'company' | 'title' | 'interest' | 'need' | 'role' | 'industry' | 'topic';

export interface BankQuestion {
  kind: TiaraKind;
  text: string;
  /** Asked only from this stage on: deeper questions wait until there is some trust. */
  from?: RelationshipStage;
  /** Always suggested: "who else should I talk to?" is how one conversation leads to the next. */
  always?: boolean;
}

export const informationalBanks: Record<Goal, readonly BankQuestion[]> = {
  'job-search': [
    { kind: 'trends', text: "What's changing in {industry} that people outside it tend to miss?" },
    { kind: 'trends', text: 'How has the {title} role changed since you started?' },
    { kind: 'trends', text: 'What is shaping hiring for {role} roles right now?' },
    { kind: 'trends', text: 'Where do you see {company} heading over the next year or two?' },
    { kind: 'trends', text: "What's changing most in your field right now?" },
    { kind: 'insights', text: 'What does a typical week look like for you at {company}?' },
    { kind: 'insights', text: 'What surprised you most when you stepped into the {title} role?' },
    { kind: 'insights', text: 'What separates people who do well in {role} roles from the rest?' },
    { kind: 'insights', text: "What do you enjoy most about your work, and what's hardest?" },
    {
      kind: 'advice',
      text: 'If you were in my position, exploring {role} roles, what would you do first?',
    },
    {
      kind: 'advice',
      text: 'Which skills would you build now if you were moving into {industry}?',
    },
    { kind: 'advice', text: "What do you wish you'd known before joining {company}?" },
    {
      kind: 'advice',
      text: 'What would you focus on if you were starting out in your field today?',
    },
    {
      kind: 'advice',
      text: 'How would you describe my background to someone hiring?',
      from: 'contact',
    },
    { kind: 'resources', text: 'Who else would you suggest I talk to?', always: true },
    {
      kind: 'resources',
      text: 'Which communities, newsletters or events do you find useful for {interest}?',
    },
    { kind: 'resources', text: 'What do you read to keep up with {industry}?' },
    { kind: 'resources', text: 'Which communities or events are worth my time?' },
    {
      kind: 'assignments',
      text: 'Is there a small project I could try to test my fit for {role} work?',
    },
    {
      kind: 'assignments',
      text: 'What problems does your team work on that someone new could learn from?',
    },
    {
      kind: 'assignments',
      text: "If I came back in a month, what would you hope I'd have done?",
      from: 'contact',
    },
  ],
  'business-development': [
    { kind: 'trends', text: "What's taking up most of your team's attention this year?" },
    { kind: 'trends', text: "What's changing in {industry} that's hard to keep up with?" },
    { kind: 'trends', text: 'How is {company} thinking about the next year?' },
    {
      kind: 'trends',
      text: 'Which changes in {industry} are creating new problems for teams like yours?',
    },
    { kind: 'insights', text: 'What does a good outside partner do that others do not?' },
    { kind: 'insights', text: 'How do you usually find and choose people to work with?' },
    { kind: 'insights', text: "What's the most frustrating part of your week as {title}?" },
    { kind: 'insights', text: "What's one thing you tried that didn't work, and why?" },
    {
      kind: 'advice',
      text: 'If you were in my position, how would you learn what {industry} teams really need?',
    },
    {
      kind: 'advice',
      text: 'What would make an outside expert genuinely useful to someone in your role?',
    },
    { kind: 'advice', text: 'How do you like to be approached by people offering help?' },
    {
      kind: 'resources',
      text: 'Who else should I talk to, to understand this better?',
      always: true,
    },
    {
      kind: 'resources',
      text: 'Which events or communities do people in {industry} actually go to?',
    },
    { kind: 'resources', text: 'What do you read to keep up with {interest}?' },
    {
      kind: 'assignments',
      text: 'Is there a small problem I could look at for you, no strings attached?',
    },
    {
      kind: 'assignments',
      text: "Would it help if I shared what I'm hearing from other {industry} teams?",
    },
    {
      kind: 'assignments',
      text: 'Would a short written summary of what I find be useful to you?',
      from: 'contact',
    },
  ],
  'grow-network': [
    {
      kind: 'trends',
      text: "What's the most interesting thing happening in {interest} right now?",
    },
    { kind: 'trends', text: "What's changed most in your work over the last few years?" },
    { kind: 'trends', text: 'Where do you think {industry} is heading?' },
    { kind: 'insights', text: 'How did you find your way into the {title} role?' },
    { kind: 'insights', text: 'What do you enjoy most about working at {company}?' },
    { kind: 'insights', text: "What's a project you're proud of?" },
    { kind: 'insights', text: "What are you working on that you're excited about?" },
    { kind: 'advice', text: "What's the best career advice you've been given?" },
    { kind: 'advice', text: 'What would you tell someone getting started in {interest}?' },
    { kind: 'advice', text: 'How do you keep in touch with the people you meet?' },
    { kind: 'resources', text: "Who's someone you think I should meet?", always: true },
    { kind: 'resources', text: 'Which communities or events do you get the most from?' },
    { kind: 'resources', text: 'What have you read lately that changed your mind?' },
    {
      kind: 'assignments',
      text: 'Is there something you are working on where an extra pair of hands would help?',
    },
    {
      kind: 'assignments',
      text: 'What could I do that would be useful to you?',
      from: 'acquaintance',
    },
  ],
};

/** Opening lines for an event, from personal (they need a known fact) to general. */
export const eventStarters: readonly string[] = [
  'How are things at {company} these days?',
  'What got you into {interest}?',
  'What does your work as {title} look like day to day?',
  'What brings you here today?',
  'How do you know the organisers?',
  "What's been the most useful session so far?",
  "What are you working on at the moment that you're excited about?",
  'Have you been to this event before?',
  'What made you pick this session?',
  "Is there anyone here you're hoping to meet? I might know them.",
  "What's keeping you busy outside work lately?",
  "What's one thing you'd change about events like this?",
];

/** Questions that keep a conversation going or pick up where the last one ended. */
export const followUpQuestions: readonly string[] = [
  'Where are things with {need}, and what would help most?',
  'Last time we talked about {topic}. How did that turn out?',
  'What did you end up deciding about {topic}?',
  "What's new at {company} these days?",
  'Could you say more about that?',
  'What made that work?',
  'If you were me, what would you do next?',
  'Who else has done this well?',
  'How did you decide?',
  'What would you do differently next time?',
  'What is the one thing I should take away from this?',
  'Is there anything I can do to help with that?',
];
