// Sentence pieces shared by the draft templates: greeting, sign-off, purpose, the small ask, the offer.
import type { DraftContext } from './draft-context.js';
import { lowerFirst, pick } from './prose.js';
import { shortCallMinutes } from './intents.js';
import { asTitle } from './titles.js';

export function greet(context: DraftContext, name = context.first): string {
  return context.stage === 'ally' ? `Hey ${name},` : `Hi ${name},`;
}

export function signOff(context: DraftContext, variant: number): string {
  switch (context.stage) {
    case 'stranger':
      return `Best,\n${context.userName}`;
    case 'acquaintance':
      return `${pick(['Best', 'Thanks', 'All the best'], variant)},\n${context.userFirst}`;
    case 'contact':
      return `${pick(['Thanks', 'All the best', 'Best'], variant)},\n${context.userFirst}`;
    case 'ally':
      return `${pick(['Talk soon', 'Cheers', 'Thanks'], variant)},\n${context.userFirst}`;
  }
}

/** What the user is working toward, as a phrase after "I'm" or "Sam is"; never a pitch. */
export function purposeOf(context: DraftContext): string {
  switch (context.goal) {
    case 'job-search':
      return context.role
        ? `exploring ${context.role} roles`
        : `exploring ${context.blank('the kind of role you want next')}`;
    case 'business-development':
      return `learning what matters most to ${context.industry ? `${context.industry} teams` : 'teams like yours'} right now`;
    case 'grow-network':
      return `keen to learn more about ${context.sharedMine ?? context.industry ?? context.blank('a topic you want to learn about')}`;
  }
}

/**
 * The one thing the user would like to hear about, after "your view on" or "to hear". Written
 * to them by default; `about: 'them'` words it for a third person, as in an intro request.
 */
export function questionFor(context: DraftContext, about: 'you' | 'them' = 'you'): string {
  const [you, your] = about === 'you' ? ['you', 'your'] : ['they', 'their'];
  const at = context.company ? ` at ${context.company}` : '';
  switch (context.goal) {
    case 'job-search':
      return `what makes someone stand out in that kind of role${at}`;
    case 'business-development':
      return context.industry
        ? `what ${context.industry} teams are finding hardest right now`
        : `what's taking up most of ${your} team's attention this year`;
    case 'grow-network':
      return context.shared
        ? `how ${you} got into ${context.shared}`
        : `how ${you} found ${your} way into ${your} work${at}`;
  }
}

/** The user introducing themselves in one sentence, from what they wrote, never invented. */
export function introduceSelf(context: DraftContext): string {
  if (context.valueStatement) return `I'm ${context.userFirst}. ${context.valueStatement}.`;
  const line = context.headline
    ? lowerFirst(context.headline)
    : context.blank('one line about what you do');
  return `I'm ${context.userName} — ${line}.`;
}

/** "a 15-minute call" and "15 minutes", from the one length above. */
export const shortCall = `${shortCallMinutes}-minute call`;
const shortTime = `${shortCallMinutes} minutes`;

/**
 * A small ask sized to the relationship: a stranger also gets the choice of an email reply, an
 * ally is asked who else to talk to; the call is always the same short length, never a job.
 */
export function askFor(context: DraftContext, variant: number): string {
  switch (context.stage) {
    case 'stranger':
      return pick(
        [
          `Would you be open to a ${shortCall} in the next few weeks? A short reply by email would help just as much.`,
          `If you have ${shortTime} for a call sometime, I'd value it, and a quick email reply works too.`,
          `Could I ask you two or three questions, over a ${shortCall} or by email, whichever is easier?`,
        ],
        variant,
      );
    case 'acquaintance':
      return pick(
        [
          `Would you have ${shortTime} for a call in the next couple of weeks?`,
          `Could we find ${shortTime} for a call sometime soon?`,
          `Would a ${shortCall} work for you in the next few weeks?`,
        ],
        variant,
      );
    case 'contact':
      return pick(
        [
          `Could we grab a coffee or a ${shortCall} soon?`,
          `Would you be up for a coffee or a ${shortCall} in the next few weeks?`,
          `Any chance of a coffee or a ${shortCall} this month?`,
        ],
        variant,
      );
    case 'ally':
      return pick(
        [
          `Could I borrow ${shortTime} in the next few weeks? I'd also love to hear who else you think I should talk to.`,
          "Would you have time for a coffee soon? And if someone comes to mind I should talk to, I'd love to know.",
          `Could we find ${shortTime} soon? I'd also value your take on who else to ask.`,
        ],
        variant,
      );
  }
}

export function easyOut(variant: number): string {
  return pick(
    [
      "No pressure if the timing isn't right.",
      'Happy to work around your schedule.',
      "If now's a busy time, no problem at all.",
    ],
    variant,
  );
}

/**
 * The give-first line: the user's offer aimed at the person's need when both are known. With
 * `blankWhenEmpty`, a draft that knows neither leaves a blank to fill instead of inventing one.
 */
export function offerLine(context: DraftContext, variant: number, blankWhenEmpty: boolean): string {
  const { needs, offer } = context;
  if (needs && offer) {
    return pick(
      [
        `If it helps with ${needs}, one thing I could offer: ${offer}.`,
        `I'd be glad to help with ${needs}; for example: ${offer}.`,
        `One thing I could offer on ${needs}: ${offer}.`,
      ],
      variant,
    );
  }
  if (needs) {
    return pick(
      [
        `If I can help with ${needs}, I'd be glad to.`,
        `Is there anything I could do to help with ${needs}?`,
        `I'd be happy to help with ${needs} if I can.`,
      ],
      variant,
    );
  }
  if (offer) {
    return pick(
      [`One thing I could offer, if useful: ${offer}.`, `Happy to help in return: ${offer}.`],
      variant,
    );
  }
  if (!blankWhenEmpty) return '';
  return `Happy to help in return: ${context.blank('a small thing you could offer them')}.`;
}

/** A person's role in brackets-ready form: "product lead at Acme", "product lead", "Acme". */
export function roleOf(title: string | null, company: string | null): string | null {
  if (title && company) return `${title} at ${company}`;
  return title ?? company;
}

/** A role after "your work": "as a Product Analyst at Acme", "as Head of Product", "at Acme". */
export function roleClause(title: string | null, company: string | null): string | null {
  if (title && company) return `as ${asTitle(title)} at ${company}`;
  if (title) return `as ${asTitle(title)}`;
  return company ? `at ${company}` : null;
}
