// Where the follow-up sequence stands with one person: when to nudge, and when to let it rest.
import type { FollowUpStatus } from './api.js';
import { formatDayShort } from './labels.js';
import { hrefFor } from './route.js';
import { useUserToday } from './useUserToday.js';

interface FollowUpCardProps {
  personId: number;
  firstName: string;
  followUp: FollowUpStatus;
}

export function FollowUpCard({ personId, firstName, followUp }: FollowUpCardProps) {
  const today = useUserToday();
  if (followUp.state === 'none') return null;
  const compose = (intent: 'follow-up-1' | 'follow-up-2') =>
    hrefFor({ name: 'compose', id: personId, intent });

  let message: string;
  let detail: string;
  let action: { href: string; label: string } | null;
  if (followUp.state === 'waiting') {
    const due = formatDayShort(followUp.dueOn, today);
    const overdue = followUp.dueOn <= today;
    if (followUp.step === 1) {
      message = overdue
        ? `Time for a short follow-up (due ${due}) if you haven’t heard back — silence is normal, not a no.`
        : `Follow up on ${due} if you haven’t heard back — silence is normal, not a no.`;
      detail = `You wrote on ${formatDayShort(followUp.sentOn, today)}. If ${firstName} replies, log it below and the reminders stop.`;
      action = { href: compose('follow-up-1'), label: 'Write the follow-up' };
    } else {
      message = `One last, short follow-up on ${due} if there’s still no reply. After that, Kith lets it rest.`;
      detail = `You first wrote on ${formatDayShort(followUp.sentOn, today)} and followed up once. Busy people often answer the second nudge.`;
      action = { href: compose('follow-up-2'), label: 'Write the last follow-up' };
    }
  } else if (followUp.state === 'resting') {
    message = `You’ve followed up twice, so Kith is letting this rest until ${formatDayShort(followUp.until, today)}. A quiet inbox is usually timing, not you.`;
    detail = `Kith won’t suggest a fourth message without a reply. When ${firstName} writes back, log it and everything starts again.`;
    action = null;
  } else {
    message = `${followUp.unanswered} messages in a row without a reply, so Kith suggests nothing more for now. A quiet inbox is usually timing, not you.`;
    detail = `When ${firstName} writes back, log it and Kith picks things up again.`;
    action = null;
  }

  return (
    <section className="card follow-up" aria-labelledby="follow-up-heading" data-testid="follow-up">
      <h2 id="follow-up-heading">Follow-up</h2>
      <p className="follow-up-message">{message}</p>
      <p className="hint">{detail}</p>
      {action ? (
        <p>
          <a href={action.href}>{action.label}</a>
        </p>
      ) : null}
    </section>
  );
}
