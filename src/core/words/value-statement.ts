// The user's personal value statement and 30-second introduction, from their own words; gaps become blanks.
import type { Goal } from '../profile.js';
import { joinList, lowerFirst, stripEnd } from './prose.js';

export interface ValueStatementInput {
  name?: string;
  /** One line on what they do: "Data analyst moving into product". */
  headline?: string;
  strengths?: readonly string[];
  /** "small nonprofits", "first-time founders". */
  whoIHelp?: string;
  /** A phrase that follows "I help <who>": "turn messy data into decisions", "with hiring". */
  how?: string;
  interests?: readonly string[];
  goal: Goal;
}

export interface ValueStatement {
  statement: string;
  intro30s: string;
  alternatives: string[];
  blanks: string[];
}

/** Where the user is heading, said without sounding desperate or like a pitch. */
const goalLines: Record<Goal, string> = {
  'job-search':
    "I'm looking for my next role where I can do more of this, so I'm talking to people who know the field well.",
  'business-development': "I'm always keen to hear what's getting in the way for teams like yours.",
  'grow-network':
    "I'm keen to meet people working on similar things and learn how they approach them.",
};

function cleaned(items: readonly string[] | undefined): string[] {
  return (items ?? []).map(stripEnd).filter((item) => item !== '');
}

export function buildValueStatement(input: ValueStatementInput): ValueStatement {
  const blanks: string[] = [];
  const fact = (value: string | undefined, label: string): string => {
    const text = stripEnd(value ?? '');
    if (text !== '') return text;
    if (!blanks.includes(label)) blanks.push(label);
    return `[${label}]`;
  };
  const list = (values: readonly string[] | undefined, label: string, max: number): string => {
    const items = cleaned(values).slice(0, max);
    return items.length > 0 ? joinList(items) : fact(undefined, label);
  };
  const name = fact(input.name, 'your name');
  const headline = fact(input.headline, 'one line on what you do');
  const who = fact(input.whoIHelp, 'who you help');
  const how = fact(input.how, 'how you help them');
  const strengths = list(input.strengths, 'your top strengths', 3);
  const interests = list(input.interests, 'what you are curious about lately', 2);
  const helps = `${who} ${how}`;
  return {
    statement: `I help ${helps}, drawing on ${strengths}.`,
    intro30s: [
      `Hi, I'm ${name}, ${lowerFirst(headline)}.`,
      `I help ${helps}, and what I bring to that is ${strengths}.`,
      `Lately I've been especially interested in ${interests}.`,
      goalLines[input.goal],
      'What are you working on at the moment?',
    ].join(' '),
    alternatives: [
      `${headline}, helping ${helps}.`,
      `I bring ${strengths} to help ${helps}.`,
      `My work is helping ${helps}; my strengths are ${strengths}.`,
    ],
    blanks,
  };
}
