// `kith profile`: shows your own profile, or updates the fields whose flags are given.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import {
  addProfileFlags,
  hasProfileFlags,
  mergeProfileFlags,
  type ProfileFlags,
} from '../profile-flags.js';
import { renderProfile } from '../render.js';
import type { Session } from '../session.js';

export function registerProfile(program: Command, session: Session): void {
  const command = program
    .command('profile')
    .description('show or update what Kith knows about you and your goal');
  addProfileFlags(command)
    .option('--json', 'print the profile as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith profile
  kith profile --name "Sam Rivera" --goal job-search --roles "Product Analyst, Analytics Engineer"
  kith profile --minutes 30          only the time budget changes
  kith profile --date-order DMY      03/11/2026 is 3 November (or --date-order en-GB)`,
    )
    .action(async (flags: ProfileFlags) => {
      const { getProfileView, saveProfileView } = await import('../../services/profile.js');
      const deps = await session.deps();
      const current = await getProfileView(deps);
      const updating = hasProfileFlags(flags);
      const profile = updating
        ? await saveProfileView(deps, mergeProfileFlags(current, flags))
        : current;
      if (flags.json) return printJson(session.io, profile);
      printLines(session.io, [
        ...(updating ? ['Saved your profile.', ''] : []),
        ...renderProfile(profile),
      ]);
    });
}
