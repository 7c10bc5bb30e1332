// What the user has stored that links two people, so an intro request claims only what is known.
import type { Interaction } from '../interaction.js';
import type { Person } from '../person.js';
import { firstNameOf } from './prose.js';
import { escapeRegExp } from '../regexp.js';

/** How the user knows that the connector knows the person: the same company, or a logged mention. */
export type ConnectorLink = { kind: 'same-company'; company: string } | { kind: 'noted' };

/**
 * The stored fact linking `connector` and `target`, or null when nothing does: then a draft may
 * ask whether they know each other, never say that they do. `interactions` are either person's.
 */
export function findLink(
  connector: Person,
  target: Person,
  interactions: readonly Interaction[],
): ConnectorLink | null {
  const company = connector.company?.trim() ?? '';
  if (company !== '' && company.toLowerCase() === target.company?.trim().toLowerCase()) {
    return { kind: 'same-company', company };
  }
  const aboutTarget = [connector.howWeMet, connector.notes];
  const aboutConnector = [target.howWeMet, target.notes];
  const summaries = interactions.map((interaction) => interaction.summary);
  const noted =
    [...aboutTarget, ...summaries].some((text) => mentions(text, target.name)) ||
    [...aboutConnector, ...summaries].some((text) => mentions(text, connector.name)) ||
    mentions(target.howWeMet, firstNameOf(connector.name));
  return noted ? { kind: 'noted' } : null;
}

/** True when `text` holds `name` as whole words, whatever the case. */
function mentions(text: string | null, name: string): boolean {
  const wanted = name.trim();
  if (text === null || wanted === '') return false;
  const escaped = escapeRegExp(wanted).replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
}
