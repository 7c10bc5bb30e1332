// The home page: today's short plan within the day's time, the weekly goal and streak, a fresh plan.
import { useEffect, useState } from 'react';
import type { TodayView } from './api.js';
import { clearFlash, peekFlash } from './flash.js';
import { formatDay } from './labels.js';
import { PlanActionCard } from './PlanActionCard.js';
import { hrefFor } from './route.js';
import { TodayEmpty } from './TodayEmpty.js';
import { usePageTitle } from './usePageTitle.js';
import { useToday } from './useToday.js';

export function TodayPage({ onDemoLoaded }: { onDemoLoaded: () => void }) {
  usePageTitle('Today');
  const today = useToday();
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);
  const { loaded } = today;

  if (loaded.state === 'loading') return <p className="muted">Loading today’s plan…</p>;
  if (loaded.state === 'failed') {
    return (
      <div className="stack" role="alert">
        <h1>Today’s plan didn’t load</h1>
        <p>{loaded.message}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={today.load}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  const { view } = loaded;
  const open = view.actions.filter((action) => action.status === 'open').length;
  return (
    <div className="stack-lg today">
      <header className="page-header">
        <h1>Today</h1>
        <p className="lead">
          <time dateTime={view.date}>{formatDay(view.date)}</time> · About {view.budgetMinutes}{' '}
          minutes today
        </p>
        <WeekProgress progress={view.progress} />
      </header>
      {flash ? (
        <p className="success" role="status" data-testid="flash">
          {flash}
        </p>
      ) : null}
      {view.notices.map((notice) => (
        <p className="notice" key={notice}>
          {notice}
        </p>
      ))}
      {view.actions.length === 0 ? (
        <TodayEmpty
          onDemoLoaded={() => {
            onDemoLoaded();
            void today.refresh();
          }}
        />
      ) : (
        <>
          {open === 0 ? (
            <p className="success">That’s today’s plan taken care of. Well done.</p>
          ) : null}
          <ol className="plan" aria-label="Today’s plan">
            {view.actions.map((action) => (
              <PlanActionCard
                key={action.n}
                action={action}
                today={view.date}
                backOn={today.backOn[action.n]}
                error={today.errors[action.n]}
                onMark={(mark, options) => today.mark(action.n, mark, options)}
              />
            ))}
          </ol>
        </>
      )}
      {view.actions.length > 0 ? (
        <section className="card quiet stack" aria-labelledby="fresh-heading">
          <h2 id="fresh-heading">Want different suggestions?</h2>
          <p className="hint">
            A fresh plan swaps the open actions for new ones. What you’ve done, skipped or snoozed
            stays as it is.
          </p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={today.refreshing}
              onClick={() => void today.refresh()}
            >
              {today.refreshing ? 'Making a fresh plan…' : 'Fresh plan'}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function WeekProgress({ progress }: { progress: TodayView['progress'] }) {
  const { doneThisWeek, weeklyGoal, streakWeeks } = progress;
  const parts = [`${doneThisWeek} of ${weeklyGoal} this week`];
  if (streakWeeks > 0) parts.push(`${streakWeeks}-week streak`);
  return (
    <p className="week-progress" data-testid="week-progress">
      <span>{parts.join(' · ')}</span>
      <progress value={Math.min(doneThisWeek, weeklyGoal)} max={weeklyGoal} aria-hidden="true" />
      <a href={hrefFor({ name: 'progress' })}>See your progress</a>
    </p>
  );
}
