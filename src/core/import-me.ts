// Who the user is in their own LinkedIn messages: told by --me or the profile, or seen in every conversation.
import { normaliseLinkedinUrl } from './contact-keys.js';
import { nameKey } from './name-match.js';

/** The user as messages name them: name keys and LinkedIn profile keys. */
export interface Me {
  names: Set<string>;
  profiles: Set<string>;
}

/** One side of a message: a name and, where the export gives one, a profile address. */
export interface Participant {
  name: string;
  url: string | null;
}

export function isMe(me: Me, participant: Participant): boolean {
  const profile = participant.url ? normaliseLinkedinUrl(participant.url) : null;
  if (profile && me.profiles.has(profile)) return true;
  const key = nameKey(participant.name);
  return key !== '' && me.names.has(key);
}

export type MeSource = 'given' | 'profile' | 'messages' | 'unknown';

/**
 * Works out who the user is. `given` (a name or a profile address) wins, then the profile's name;
 * when neither appears in any conversation, the one person present in every conversation is the
 * user (an export only holds the user's own messages). Once known by name, the user's profile
 * address is learnt from the messages they sent, so recipient lists given by address match too.
 */
export function resolveMe(options: {
  given?: string | null;
  profileName?: string | null;
  conversations: Participant[][];
}): { me: Me; source: MeSource } {
  const me: Me = { names: new Set(), profiles: new Set() };
  let source: MeSource = 'unknown';
  const given = options.given?.trim();
  if (given) {
    const profile = normaliseLinkedinUrl(given);
    if (profile) me.profiles.add(profile);
    else if (nameKey(given)) me.names.add(nameKey(given));
    source = 'given';
  } else if (options.profileName && nameKey(options.profileName)) {
    me.names.add(nameKey(options.profileName));
    source = 'profile';
  }
  const everyone = options.conversations.flat();
  if (!everyone.some((p) => isMe(me, p))) {
    const inferred = presentInEvery(options.conversations);
    if (!inferred) return { me, source: everyone.length === 0 ? source : 'unknown' };
    me.names.add(nameKey(inferred.name));
    const profile = inferred.url ? normaliseLinkedinUrl(inferred.url) : null;
    if (profile) me.profiles.add(profile);
    source = 'messages';
  }
  for (const participant of everyone) {
    const profile = participant.url ? normaliseLinkedinUrl(participant.url) : null;
    if (profile && isMe(me, participant)) me.profiles.add(profile);
  }
  return { me, source };
}

/** The one participant (by profile, else by name) in every conversation, if exactly one is. */
function presentInEvery(conversations: Participant[][]): Participant | null {
  if (conversations.length < 2) return null;
  const counts = new Map<string, { participant: Participant; n: number }>();
  for (const people of conversations) {
    const here = new Map<string, Participant>();
    for (const p of people) {
      const id = (p.url && normaliseLinkedinUrl(p.url)) || nameKey(p.name);
      if (id) here.set(id, p);
    }
    for (const [id, p] of here) {
      const entry = counts.get(id) ?? { participant: p, n: 0 };
      entry.n += 1;
      counts.set(id, entry);
    }
  }
  const everywhere = [...counts.values()].filter((c) => c.n === conversations.length);
  return everywhere.length === 1 ? (everywhere[0]?.participant ?? null) : null;
}
