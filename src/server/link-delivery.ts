// Passes a one-time link on: by email when SMTP is set up and there is an address, otherwise as a
// line in the server's log. A mailed link never appears in the log.
import type { MailText } from '../core/account-mail.js';
import { describeMailFailure, type Mailer } from './mailer.js';

export interface LinkDelivery {
  mailer?: Mailer | undefined;
  notify: (line: string) => void;
}

export interface OneTimeLink {
  /** Who it is for; null when nobody's address is known (an open invitation). */
  to: string | null;
  /** What it is, for the log: "a password reset link". */
  what: string;
  mail: MailText;
  /** The log line with the link, written when it is not mailed. */
  logLine: string;
}

/**
 * Starts the sending and returns at once: the answer to the request must not wait on SMTP, or
 * its timing would tell who has an account. A failure is logged by code, without the link.
 */
export function deliverLink(delivery: LinkDelivery, link: OneTimeLink): void {
  const { mailer, notify } = delivery;
  if (!mailer || link.to === null) {
    notify(link.logLine);
    return;
  }
  const to = link.to;
  mailer.send({ to, ...link.mail }).then(
    () => notify(`Emailed ${link.what} to ${to}.`),
    (error: unknown) =>
      notify(
        `Could not email ${link.what} to ${to} (${describeMailFailure(error)}). Check KITH_SMTP_URL; they can ask again.`,
      ),
  );
}
