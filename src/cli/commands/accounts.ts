// `kith accounts`: the operator's view of server mode's accounts — list, create (password from stdin), disable.
import type { Command } from 'commander';
import { passwordSchema } from '../../core/account.js';
import { invalidInput } from '../../core/errors.js';
import { UsageError } from '../failure.js';
import { printJson, printLines } from '../io.js';
import { renderTable } from '../render-table.js';
import type { Session } from '../session.js';
import type { AccountSummary } from '../../services/accounts.js';

export function registerAccounts(program: Command, session: Session): void {
  const accounts = program
    .command('accounts')
    .description('list the accounts of server mode (kith serve --accounts)')
    .option('--json', 'print the list as JSON')
    .addHelpText(
      'after',
      `
Accounts matter only in server mode; the one-person default has no sign-in.

Examples:
  kith accounts
  printf '%s' "$PASSWORD" | kith accounts create ana@example.org
  kith accounts create ana@example.org --owner < password.txt
  kith accounts disable ana@example.org`,
    )
    .action(async (flags: { json?: boolean }) => {
      const { listAccounts } = await import('../../services/accounts.js');
      const list = await listAccounts(await session.deps());
      if (flags.json) return printJson(session.io, list);
      printLines(session.io, renderAccounts(list));
    });

  accounts
    .command('create')
    .description('create an account; the password is read from standard input')
    .argument('<email>', 'the email address they sign in with')
    .option('--owner', 'make it an owner, who can invite people')
    .option('--json', 'print the account as JSON')
    .action(async (email: string, flags: { owner?: boolean; json?: boolean }) => {
      const { createAccount } = await import('../../services/accounts.js');
      const password = await readPassword(session);
      const role = flags.owner ? 'owner' : 'member';
      const account = await createAccount(await session.deps(), { email, password, role });
      if (flags.json) return printJson(session.io, account);
      printLines(session.io, [`Created ${account.email} (${account.role}). They can sign in now.`]);
    });

  accounts
    .command('disable')
    .description('stop an account signing in; its sessions, tokens and calendar key end now')
    .argument('<email>', 'the email address of the account')
    .option('--json', 'print the account as JSON')
    .action(async (email: string, flags: { json?: boolean }) => {
      const { disableAccount } = await import('../../services/accounts.js');
      const account = await disableAccount(await session.deps(), email);
      if (flags.json) return printJson(session.io, account);
      printLines(session.io, [`${account.email} can no longer sign in; their data is kept.`]);
    });
}

function renderAccounts(list: AccountSummary[]): string[] {
  if (list.length === 0) {
    return [
      'No accounts yet. Start kith serve --accounts for the owner link, or: kith accounts create <email>',
    ];
  }
  return renderTable([
    ['Email', 'Role', 'State', 'Created'],
    ...list.map((a) => [
      a.email,
      a.role,
      a.disabled ? 'disabled' : 'active',
      a.createdAt.slice(0, 10),
    ]),
  ]);
}

/** The whole of stdin, less one final newline (echo adds one); the same rules as the web form. */
async function readPassword(session: Session): Promise<string> {
  if (!session.io.stdin) {
    throw new UsageError(
      'Give the password on standard input, for example: kith accounts create ana@example.org < password.txt',
    );
  }
  const password = (await session.io.stdin()).replace(/\r?\n$/, '');
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) {
    throw invalidInput([
      { field: 'password', message: checked.error.issues[0]?.message ?? 'is not valid' },
    ]);
  }
  return password;
}
