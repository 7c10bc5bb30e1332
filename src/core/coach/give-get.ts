// The give/get ledger: what the user gave, asked for and received, read from interaction kinds.
import type { TieSummary } from './tie-summary.js';

export interface GiveGet {
  given: number;
  asked: number;
  received: number;
  /** Plain words for the balance, never a scolding. */
  summary: string;
}

type Counts = Pick<TieSummary, 'given' | 'asked' | 'received'>;

export function giveGetBalance(counts: Counts, whose = 'you'): GiveGet {
  const { given, asked, received } = counts;
  return { given, asked, received, summary: describeBalance(counts, whose) };
}

function describeBalance({ given, asked }: Counts, whose: string): string {
  if (given === 0 && asked === 0) return 'No asks or favours logged yet.';
  const gave = `${whose === 'you' ? 'You' : whose} gave ${count(given)}`;
  const ask = `asked ${count(asked)}`;
  if (given >= asked) return `${gave} and ${ask}: giving first, as good networkers do.`;
  return `${gave} and ${ask}. A small favour next would even it out.`;
}

function count(n: number): string {
  if (n === 0) return 'nothing yet';
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}
