// `kith demo`: fills an empty network with a realistic sample to explore, reporting progress on stderr.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import type { Session } from '../session.js';
import { formatCount, parseWholeNumber } from '../whole-number.js';

/** Below this many people the load is quick enough that progress lines would only be noise. */
const progressFrom = 2000;

export function registerDemo(program: Command, session: Session): void {
  program
    .command('demo')
    .description('fill an empty network with sample people and conversations to explore')
    .option('--people <n>', 'how many people, 1 to 1,000,000', '300')
    .option(
      '--seed <n>',
      'a number that picks the sample; the same seed gives the same network',
      '7',
    )
    .option('--remove', 'take the demo people out again; people you added stay')
    .option('--json', 'print the counts as JSON')
    .addHelpText(
      'after',
      `
The demo only fills an empty network. Keep it apart from your own:
  KITH_HOME=/tmp/kith-demo kith demo
  KITH_HOME=/tmp/kith-demo kith demo --people 5000 --seed 42
Every demo person is tagged #demo; kith demo --remove takes them out again.`,
    )
    .action(async (flags: { people: string; seed: string; remove?: boolean; json?: boolean }) => {
      const { loadDemo } = await import('../../services/load-demo.js');
      const { removeDemo } = await import('../../services/remove-demo.js');
      const io = session.io;
      if (flags.remove) {
        const result = await removeDemo(await session.deps());
        if (flags.json) return printJson(io, result);
        return printLines(io, [
          result.removed === 0
            ? 'There are no demo people to remove.'
            : `Removed the demo network: ${formatCount(result.removed)} people and their timelines.`,
          ...(result.profileReset
            ? [
                'The sample profile is cleared; tell Kith about yourself: kith init --name "Your Name"',
              ]
            : []),
        ]);
      }
      const people = parseWholeNumber(flags.people, 'people', '300');
      const seed = parseWholeNumber(flags.seed, 'seed', '7');
      let reported = 0;
      const result = await loadDemo(await session.deps(), {
        people,
        seed,
        onProgress: (done, total) => {
          const tenth = Math.floor((done / total) * 10);
          if (total < progressFrom || tenth <= reported || done === total) return;
          reported = tenth;
          io.stderr(
            `Loading the demo network… ${tenth * 10}% (${formatCount(done)} of ${formatCount(total)} people)\n`,
          );
        },
      });
      if (flags.json) return printJson(io, result);
      printLines(io, [
        `Loaded a demo network: ${formatCount(result.people)} people and ${formatCount(result.interactions)} logged interactions, with a sample profile.`,
        '',
        'Have a look around:',
        '  kith people          who is in it',
        '  kith show 1          one person and their timeline',
        '  kith serve           the web app',
      ]);
    });
}
