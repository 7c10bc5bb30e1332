// Curated phrase groups and the matcher that turns their hits into findings with exact spans.
import type { Severity, ToneCategory, ToneFinding } from './tone-report.js';

/** Patterns that share one coaching message; every pattern needs the g flag. */
export interface PhraseGroup {
  severity: Severity;
  why: string;
  rewrite: string;
  patterns: RegExp[];
}

export interface PhraseHit {
  group: PhraseGroup;
  start: number;
  end: number;
}

/** Every non-overlapping hit of the groups in `text`, in text order. */
export function findPhraseHits(text: string, groups: readonly PhraseGroup[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const group of groups) {
    for (const pattern of group.patterns) {
      for (const match of text.matchAll(pattern)) {
        hits.push({ group, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

export function hitToFinding(category: ToneCategory, text: string, hit: PhraseHit): ToneFinding {
  return {
    category,
    severity: hit.group.severity,
    start: hit.start,
    end: hit.end,
    excerpt: text.slice(hit.start, hit.end),
    why: hit.group.why,
    rewrite: hit.group.rewrite,
  };
}

/** True when any pattern in the list matches anywhere in `text`. */
export function anyMatch(text: string, patterns: readonly RegExp[]): boolean {
  // search() ignores and restores lastIndex, so shared global patterns stay stateless.
  return patterns.some((pattern) => text.search(pattern) !== -1);
}
