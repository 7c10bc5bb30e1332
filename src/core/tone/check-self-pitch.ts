// Finds a self-pitch in CV words: "results-driven, passionate self-starter, perfect fit".
import type { ToneFinding } from './tone-report.js';

/**
 * Words every CV uses about its owner. One is harmless; several together sell the sender the
 * way an advert sells a product, and tell the reader nothing they could check.
 */
const buzzwords: readonly RegExp[] = [
  /\bresults?[- ](?:driven|oriented|focused)\b/gi,
  /\b(?:highly |very )?(?:motivated|driven|passionate|dedicated|hard[- ]working|enthusiastic|ambitious)\b(?= (?:and|self|team|professional|individual|leader|person|candidate|[\w-]+er\b)|,)/gi,
  /\bself[- ]starter\b/gi,
  /\bgo[- ]getter\b/gi,
  /\bteam player\b/gi,
  /\bdetail[- ]oriented\b/gi,
  /\b(?:dynamic|visionary|proven|seasoned) (?:leader|professional|track record|self-starter|team player|[\w-]+ (?:leader|professional))\b/gi,
  /\bproven track record\b/gi,
  /\bthrives? (?:in|under) (?:a )?(?:fast[- ]paced|pressure|challenging)\b/gi,
  /\b(?:unique|rare) (?:blend|combination|mix) of\b/gi,
  /\b(?:perfect|ideal|great|excellent) (?:fit|match|asset|addition)\b/gi,
  /\bhit the ground running\b/gi,
  /\b(?:think|thinks|thinking) outside the box\b/gi,
  /\b(?:available|ready|able) to start (?:immediately|right away|straight away|tomorrow)\b/gi,
  /\b(?:you|your team) won'?t regret\b/gi,
  /\b(?:transform|revolutioni[sz]e|supercharge) (?:your|\p{Lu}[\w']*) [\w-]+/giu,
  /\bfrom day one\b/gi,
];

export function findSelfPitch(text: string): ToneFinding[] {
  const hits = buzzwords
    .flatMap((pattern) => [...text.matchAll(pattern)])
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((a, b) => a.start - b.start)
    .filter((hit, i, all) => i === 0 || hit.start >= (all[i - 1]?.end ?? 0));
  if (hits.length < 2) return [];
  const first = hits[0];
  const last = hits[hits.length - 1];
  if (!first || !last) return [];
  const quoted = hits
    .slice(0, 4)
    .map((h) => `“${text.slice(h.start, h.end)}”`)
    .join(', ');
  return [
    {
      category: 'sales-pitch',
      severity: hits.length >= 4 ? 'high' : 'medium',
      start: first.start,
      end: last.end,
      excerpt: text.slice(first.start, last.end),
      why: `${quoted} describe you the way an advert describes a product; the reader cannot check any of it, so it reads as a pitch.`,
      rewrite:
        'Swap the adjectives for one fact they can picture: “Last year I cut our month-end close from ten days to six.”',
    },
  ];
}
