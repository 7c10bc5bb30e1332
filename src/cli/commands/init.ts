// `kith init`: creates (or opens) the database, says where it lives, and optionally saves the profile.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import {
  addProfileFlags,
  hasProfileFlags,
  mergeProfileFlags,
  type ProfileFlags,
} from '../profile-flags.js';
import { renderProfile } from '../render.js';
import { renderTable } from '../render-table.js';
import type { Session } from '../session.js';

export function registerInit(program: Command, session: Session): void {
  const command = program
    .command('init')
    .description('create your Kith database and, if you like, tell Kith about you');
  addProfileFlags(command)
    .option('--json', 'print where the data lives and the profile as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith init
  kith init --name "Sam Rivera" --goal job-search --roles "Product Analyst" --minutes 60
  KITH_HOME=~/kith-work kith init     keep this network in its own folder`,
    )
    .action(async (flags: ProfileFlags) => {
      const { getProfileView, saveProfileView } = await import('../../services/profile.js');
      const deps = await session.deps();
      const location = (await session.store()).location;
      const profile = hasProfileFlags(flags)
        ? await saveProfileView(deps, mergeProfileFlags(await getProfileView(deps), flags))
        : await getProfileView(deps);
      if (flags.json) return printJson(session.io, { location, profile });
      const lines = [`Kith is ready. Your data lives in ${location}`];
      if (hasProfileFlags(flags))
        lines.push(
          '',
          'Saved your profile:',
          ...renderProfile(profile).map((l) => (l ? `  ${l}` : l)),
        );
      printLines(session.io, [...lines, '', ...nextSteps(profile.onboarded)]);
    });
}

function nextSteps(onboarded: boolean): string[] {
  const steps = [
    ...(onboarded
      ? []
      : [['kith profile --name "Your Name" --goal job-search', 'tell Kith what you are after']]),
    ['kith add "Ana Lopez" --company Acme', 'add someone you already know'],
    ['kith log "coffee with Ana Lopez yesterday"', 'log a conversation in one line'],
  ];
  return [
    'Next:',
    ...renderTable(steps).map((line) => `  ${line}`),
    '',
    'Want to look around first? Try the demo in its own folder: KITH_HOME=/tmp/kith-demo kith demo',
  ];
}
