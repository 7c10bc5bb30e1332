// `kith tier` and `kith cadence`: pin a person to a keep-in-touch tier, or set how often to be in touch.
import type { Command } from 'commander';
import type { KeepInTouchInput } from '../../services/keep-in-touch.js';
import { parseCadence, parseTier } from '../coach-args.js';
import { printJson, printLines } from '../io.js';
import { renderKeepInTouch } from '../render-coach.js';
import type { Session } from '../session.js';
import { withFlagNames } from '../words-flags.js';

export function registerTier(program: Command, session: Session): void {
  program
    .command('tier')
    .description('pin a person to a keep-in-touch tier, or let Kith rank them (auto)')
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12')
    .argument(
      '<tier>',
      '1 inner circle (about 5 people), 2 close (10), 3 regular (35), 4 active network (100), 5 wider network, or auto',
    )
    .option('--json', "print the person's tier, cadence and due dates as JSON")
    .addHelpText(
      'after',
      `
Each tier has a cadence: 1 every 1–2 weeks, 2 monthly, 3 every 2–3 months, 4 two or three
times a year, 5 when something happens. The sizes are advice: pin as many as you like.

Examples:
  kith tier "Ana Lopez" 2
  kith tier Ana auto       let Kith rank her by how close you are`,
    )
    .action(async (ref: string, value: string, flags: { json?: boolean }) => {
      await keepInTouch(session, { ref, json: flags.json, change: { tier: parseTier(value) } });
    });
}

export function registerCadence(program: Command, session: Session): void {
  program
    .command('cadence')
    .description("set how often to be in touch with a person, or go back to their tier's (auto)")
    .argument('<person>', 'a name or an id, such as "Ana Lopez" or 12')
    .argument('<days>', 'ideally every this many days, 1 to 730, or auto')
    .option('--json', "print the person's tier, cadence and due dates as JSON")
    .addHelpText(
      'after',
      `
A cadence of 28 days means "ideally every 4 weeks, at worst every 6": due after 28 days,
overdue after 42. Any contact, either way, starts the count again.

Examples:
  kith cadence "Ana Lopez" 28
  kith cadence Ana auto     back to her tier's cadence`,
    )
    .action(async (ref: string, value: string, flags: { json?: boolean }) => {
      const change = { cadenceDays: parseCadence(value) };
      await keepInTouch(session, { ref, json: flags.json, change });
    });
}

async function keepInTouch(
  session: Session,
  options: { ref: string; json?: boolean; change: KeepInTouchInput },
): Promise<void> {
  const { resolvePerson } = await import('../../services/resolve-person.js');
  const { setKeepInTouch } = await import('../../services/keep-in-touch.js');
  const { adviseTier } = await import('../../services/tier-advice.js');
  const { userToday } = await import('../../services/deps.js');
  const deps = await session.deps();
  const person = await resolvePerson(deps, { ref: options.ref });
  const coach = await setKeepInTouch(deps, { id: person.id, change: options.change }).catch(
    (error: unknown) => {
      throw withFlagNames(error, { tier: 'tier', cadenceDays: 'days' });
    },
  );
  const warnings = coach.tierPinned ? await adviseTier(deps, { tier: coach.tier }) : [];
  if (options.json) return printJson(session.io, { person, ...coach, warnings });
  const today = await userToday(deps);
  const unpinned = options.change.tier === null;
  printLines(session.io, renderKeepInTouch(person.name, coach, { today, warnings, unpinned }));
}
