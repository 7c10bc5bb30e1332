// Reset links and invitations by email: a real SMTP server on a loopback port receives the message,
// and the link in it resets the password. Nothing mailed is written to the log.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects.js';
import {
  buildServerModeApp,
  fromKithPage,
  signUpOwnerAndMember,
  signUpWith,
  type ServerModeApp,
} from '../../test/server-mode.js';
import { mailerFromEnv, smtpMailer } from './mailer.js';

interface Received {
  to: string[];
  body: string;
}

/** A loopback SMTP server that keeps what it receives, and refuses one address with a 550. */
async function startSmtp(
  refuse: string,
): Promise<{ received: Received[]; url: string; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refuse) {
        const error = new Error('mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body: unfold(body) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('no SMTP port');
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The text as written: quoted-printable soft breaks joined and escapes decoded. */
function unfold(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function waitFor<T>(what: string, find: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 200; tries += 1) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`waited for ${what}`);
}

describeEachDialect('server mode email', ({ store }) => {
  let served: ServerModeApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let owner: string;

  beforeAll(async () => {
    smtp = await startSmtp('refused@example.org');
    served = await buildServerModeApp(store(), {
      mailer: smtpMailer({ url: smtp.url, from: 'Kith <kith@example.org>' }),
    });
    ({ owner } = await signUpOwnerAndMember(served, store(), {
      owner: 'owner@example.org',
      member: 'member@example.org',
    }));
  });
  afterAll(async () => {
    await served.app.close();
    await smtp.close();
  });

  const askReset = (email: string) =>
    served.app.inject({ method: 'POST', url: '/api/password-resets', payload: { email } });

  it('emails the reset link instead of logging it, and the link sets a new password', async () => {
    const known = await askReset('member@example.org');
    const unknown = await askReset('nobody@example.org');
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    const mail = await waitFor('the reset email', () =>
      smtp.received.find((m) => m.to.includes('member@example.org')),
    );
    expect(mail.body).toContain('Subject: Your Kith password reset link');
    expect(served.lines.join('\n')).not.toContain('token=');
    // The message reaches the SMTP server a moment before its acceptance reaches Kith.
    await waitFor('the sent line', () =>
      served.lines.find((l) => l === 'Emailed a password reset link to member@example.org.'),
    );
    expect(smtp.received.flatMap((m) => m.to)).not.toContain('nobody@example.org');

    const link = /https?:\/\/\S+\/reset-password\?token=(\S+)/.exec(mail.body)?.[1];
    expect(link).toBeDefined();
    const reset = await served.app.inject({
      method: 'PUT',
      url: '/api/password',
      payload: { token: decodeURIComponent(link ?? ''), password: 'a mailed new passphrase' },
    });
    expect(reset.statusCode).toBe(204);
    const signIn = await served.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'member@example.org', password: 'a mailed new passphrase' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('emails an invitation made for an address, and logs one made for nobody in particular', async () => {
    const invite = (payload: Record<string, unknown>) =>
      served.app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: { ...fromKithPage, cookie: owner },
        payload,
      });
    const addressed = await invite({ email: 'newcomer@example.org' });
    expect(addressed.statusCode).toBe(201);
    const mail = await waitFor('the invitation', () =>
      smtp.received.find((m) => m.to.includes('newcomer@example.org')),
    );
    const { url } = addressed.json<{ url: string }>();
    expect(mail.body).toContain(url);
    expect(served.lines.join('\n')).not.toContain(url);

    const open = await invite({});
    const openUrl = open.json<{ url: string }>().url;
    expect(served.lines.some((line) => line.includes(openUrl))).toBe(true);
  });

  it('logs a failed send by its code, without the link, and answers as for anyone', async () => {
    const failureAfter = (before: number) =>
      waitFor('the failure line', () =>
        served.lines.slice(before).find((l) => l.startsWith('Could not email')),
      );
    let before = served.lines.length;
    const invited = await served.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { ...fromKithPage, cookie: owner },
      payload: { email: 'refused@example.org' },
    });
    expect(invited.statusCode).toBe(201);
    expect(await failureAfter(before)).toBe(
      'Could not email an invitation link to refused@example.org (EENVELOPE 550). Check KITH_SMTP_URL; they can ask again.',
    );
    // The owner still has the link from the answer, and passes it on by hand.
    const invitation = new URL(invited.json<{ url: string }>().url).searchParams.get('invitation');
    await signUpWith(served, 'refused@example.org', invitation ?? '');

    before = served.lines.length;
    const refused = await askReset('refused@example.org');
    expect(refused.statusCode).toBe(202);
    expect(refused.body).toBe((await askReset('nobody@example.org')).body);
    expect(await failureAfter(before)).toBe(
      'Could not email a password reset link to refused@example.org (EENVELOPE 550). Check KITH_SMTP_URL; they can ask again.',
    );
    expect(served.lines.join('\n')).not.toContain('token=');
  });
});

it.each([
  [
    { KITH_SMTP_URL: 'smtp://mail.example.org:587' },
    'KITH_MAIL_FROM: is needed with KITH_SMTP_URL',
  ],
  [{ KITH_MAIL_FROM: 'kith@example.org' }, 'KITH_SMTP_URL: is needed with KITH_MAIL_FROM'],
  [
    { KITH_SMTP_URL: 'mail.example.org', KITH_MAIL_FROM: 'kith@example.org' },
    'KITH_SMTP_URL: must start with smtp:// or smtps://',
  ],
])('refuses half an SMTP setting at start: %o', (env, message) => {
  expect(() => mailerFromEnv(env)).toThrow(message);
});

it('sends nothing by email when SMTP is not set up', () => {
  expect(mailerFromEnv({})).toBeUndefined();
});
