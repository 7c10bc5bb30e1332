// What the coach knows about one person: strength in plain words, tier and rhythm, when to say hello next.
import type { PersonCoach } from './api.js';
import { KeepInTouchForm } from './KeepInTouchForm.js';
import { formatDayShort } from './labels.js';
import { useUserToday } from './useUserToday.js';

interface CoachCardProps {
  personId: number;
  firstName: string;
  coach: PersonCoach;
  onChanged: (coach: PersonCoach) => void;
}

export function CoachCard({ personId, firstName, coach, onChanged }: CoachCardProps) {
  const today = useUserToday();
  const day = (date: string) => formatDayShort(date, today);
  const { strength, cadence, replies } = coach;
  const facts: [string, string][] = [
    ['Tier', `${coach.tierLabel}${coach.tierPinned ? ' (your choice)' : ''}`],
    ['Keep in touch', capitalise(cadence ? cadence.label : 'when something happens')],
    ['Next hello', nextHello(coach, firstName, today, day)],
    ['To grow closer', coach.stageNext],
    ['Give and get', coach.giveGet.summary],
    ['Replies', describeReplies(replies, firstName)],
  ];
  return (
    <section className="card coach" aria-labelledby="coach-heading" data-testid="coach-card">
      <h2 id="coach-heading">You and {firstName}</h2>
      <div className="strength">
        <p>
          <span className="strength-score">{strength.score}</span>
          <span className="muted"> of 100 · tie strength</span>
        </p>
        <meter min={0} max={100} value={strength.score} aria-hidden="true" />
        <p data-testid="strength-explanation">{coach.explanation}</p>
      </div>
      <dl className="details">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={`coach-${label.toLowerCase().replaceAll(' ', '-')}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <KeepInTouchForm personId={personId} coach={coach} onSaved={onChanged} />
    </section>
  );
}

/** When Kith will next suggest a hello, said gently: due is an invitation, never a telling-off. */
function nextHello(
  coach: PersonCoach,
  first: string,
  today: string,
  day: (date: string) => string,
): string {
  if (coach.holdUntil !== null && coach.holdUntil > today) {
    return `Taking a break from your plans until ${day(coach.holdUntil)}.`;
  }
  if (coach.nextDueOn === null) {
    return `No fixed date: news of ${first}’s, or something useful to pass on, is reason enough.`;
  }
  switch (coach.dueState) {
    case 'overdue':
      return `It’s been a while, and ${first} would likely be glad to hear from you (due since ${day(coach.nextDueOn)}).`;
    case 'due':
      return `A good time for a hello (since ${day(coach.nextDueOn)}).`;
    case 'not-due':
      return `Around ${day(coach.nextDueOn)}. No rush before then.`;
  }
}

function describeReplies(replies: PersonCoach['replies'], first: string): string {
  if (replies.asked === 0) return `You haven’t asked ${first} for anything yet.`;
  const answered = `${replies.answered} of ${replies.asked} ${replies.asked === 1 ? 'ask' : 'asks'} answered`;
  return replies.answered < replies.asked
    ? `${answered}. A quiet reply is usually timing, not a no.`
    : `${answered}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
