// `kith stats`: the Progress page in text: actions per week, reply rate, give/get, tiers and stages.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import { renderStats } from '../render-stats.js';
import type { Session } from '../session.js';

export function registerStats(program: Command, session: Session): void {
  program
    .command('stats')
    .description('your progress: actions per week, reply rate, give and get, tiers and stages')
    .option('--json', 'print the figures as JSON (the same as GET /api/stats)')
    .addHelpText(
      'after',
      `
Examples:
  kith stats
  kith stats --json`,
    )
    .action(async (flags: { json?: boolean }) => {
      const { getStats } = await import('../../services/stats.js');
      const stats = await getStats(await session.deps());
      if (flags.json) return printJson(session.io, stats);
      printLines(session.io, renderStats(stats));
    });
}
