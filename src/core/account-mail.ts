// The words of the emails server mode sends: a password reset link and an invitation.
// Plain text only, short, and with nothing in them but the link and when it stops working.

export interface MailText {
  subject: string;
  text: string;
}

export function resetMail(link: { url: string; expiresAt: string }): MailText {
  return {
    subject: 'Your Kith password reset link',
    text: [
      'Someone, hopefully you, asked to reset the password of your Kith account.',
      '',
      `Set a new password here: ${link.url}`,
      '',
      `The link works once, until ${link.expiresAt}. If you did not ask, ignore this email and your password stays as it is.`,
    ].join('\n'),
  };
}

export function invitationMail(link: { url: string; expiresAt: string }): MailText {
  return {
    subject: 'You are invited to Kith',
    text: [
      'You are invited to Kith, a networking coach your group runs together.',
      '',
      `Create your account here: ${link.url}`,
      '',
      `The link works once, until ${link.expiresAt}.`,
    ].join('\n'),
  };
}
