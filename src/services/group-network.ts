// The group's "who we know": what its sharing members let it see, grouped by company, with whom to
// ask. Only company, role and (when opted in) name are ever read; never notes, emails, phones or
// interactions, at any level.
import {
  defaultShareLevel,
  groupPermissions,
  isShareLevel,
  memberLabel,
  sharedPerson,
} from '../core/groups.js';
import { listMembers } from '../store/groups.repo.js';
import { listSharedPeople } from '../store/person-sharing.repo.js';
import type { Deps } from './deps.js';
import { requireGroupRole } from './groups.js';
import { demoTag } from './load-demo.js';

export interface KnownLine {
  /** "I know someone at Stripe (Product)", or "Ana Ruiz, Stripe (Product)" when shared by name. */
  line: string;
  /** Who to ask: the member's profile name or email. */
  member: string;
  /** True when the line is one of the signed-in account's own people. */
  yours: boolean;
  /** How many of that member's people the same line stands for. */
  people: number;
}

export interface KnownCompany {
  /** null for people shared by name without a company. */
  company: string | null;
  lines: KnownLine[];
}

export interface GroupNetwork {
  groupId: string;
  companies: KnownCompany[];
  /** True when the group shares more than the view lists; it shows the first companies. */
  truncated: boolean;
}

const shownPeople = 2000;

export async function showGroupNetwork(deps: Deps, groupId: string): Promise<GroupNetwork> {
  await requireGroupRole(deps, groupId, 'seeSharedNetwork');
  const [members, rows] = await Promise.all([
    listMembers(deps.store, groupId),
    listSharedPeople(deps.store, {
      groupId,
      // Those who may see the shared network are those who share into it.
      roles: groupPermissions.seeSharedNetwork,
      defaultLevel: defaultShareLevel,
      exceptTag: demoTag,
      limit: shownPeople + 1,
    }),
  ]);
  const labels = new Map(members.map((m) => [m.account_id, memberLabel(m)]));
  const companies = new Map<string, KnownCompany>();
  const lines = new Map<string, KnownLine>();
  for (const row of rows.slice(0, shownPeople)) {
    const level = isShareLevel(row.level) ? row.level : defaultShareLevel;
    const shared = sharedPerson(level, {
      name: row.name ?? '',
      company: row.company,
      title: row.title,
    });
    if (!shared) continue;
    const companyKey = shared.company?.toLowerCase() ?? '';
    let company = companies.get(companyKey);
    if (!company) {
      company = { company: shared.company, lines: [] };
      companies.set(companyKey, company);
    }
    const lineKey = `${companyKey}\n${row.accountId}\n${shared.line.toLowerCase()}`;
    const known = lines.get(lineKey);
    if (known) {
      known.people += 1;
      continue;
    }
    const line: KnownLine = {
      line: shared.line,
      member: labels.get(row.accountId) ?? 'A member',
      yours: row.accountId === deps.accountId,
      people: 1,
    };
    lines.set(lineKey, line);
    company.lines.push(line);
  }
  // People shared by name without a company come last, under their own heading.
  const ordered = [...companies.values()].sort(
    (a, b) => Number(a.company === null) - Number(b.company === null),
  );
  return { groupId, companies: ordered, truncated: rows.length > shownPeople };
}
