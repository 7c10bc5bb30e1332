// The stripping check's proposal for a text the member means to share: read against their own
// people's names, companies, emails and phones (never their notes), for them to review and edit.
import { playbookStripInputSchema } from '../core/playbook.js';
import { proposeStrip, type StripProposal } from '../core/playbook-strip.js';
import { parseInput } from '../core/validate.js';
import { listIdentifyingDetails } from '../store/person-names.repo.js';
import type { Deps } from './deps.js';

export async function proposePlaybookStrip(deps: Deps, input: unknown): Promise<StripProposal> {
  const { text } = parseInput(playbookStripInputSchema, input);
  return proposeStrip(text, await listIdentifyingDetails(deps.store, deps.accountId));
}
