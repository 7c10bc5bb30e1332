// Email for server mode's one-time links, over SMTP (nodemailer) when KITH_SMTP_URL is set; without
// it, the links are written to the server's log for the operator to pass on, as before.
import { createTransport } from 'nodemailer';
import type { MailText } from '../core/account-mail.js';
import { invalidInput } from '../core/errors.js';

export interface Mailer {
  send: (message: MailText & { to: string }) => Promise<void>;
}

/** SMTP from KITH_SMTP_URL (smtp://user:password@host:587 or smtps://…:465) and KITH_MAIL_FROM. */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | undefined {
  const url = env.KITH_SMTP_URL?.trim() ?? '';
  const from = env.KITH_MAIL_FROM?.trim() ?? '';
  if (url === '' && from === '') return undefined;
  if (url === '')
    throw invalidInput([
      {
        field: 'KITH_SMTP_URL',
        message: 'is needed with KITH_MAIL_FROM, such as smtp://user:password@mail.example.org:587',
      },
    ]);
  if (from === '')
    throw invalidInput([
      {
        field: 'KITH_MAIL_FROM',
        message: 'is needed with KITH_SMTP_URL, such as "Kith <kith@example.org>"',
      },
    ]);
  if (!/^smtps?:\/\//i.test(url))
    throw invalidInput([
      { field: 'KITH_SMTP_URL', message: 'must start with smtp:// or smtps://' },
    ]);
  return smtpMailer({ url, from });
}

export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = createTransport(options.url);
  return {
    send: async (message) => {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}

/**
 * What went wrong, for the operator's log: the SMTP error's code and the server's reply code, never
 * its message, which may quote the email and so the link.
 */
export function describeMailFailure(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = [code, responseCode].filter(
    (part): part is string | number => typeof part === 'string' || typeof part === 'number',
  );
  return parts.length > 0 ? parts.join(' ') : 'unknown error';
}
