// Progress you can see: actions per week, reply rate, give and get, people per tier and per stage.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError, getStats, type Stats } from './api.js';
import { ChartSection } from './ChartSection.js';
import { formatDay } from './labels.js';
import { progressCharts } from './progress-charts.js';
import { hrefFor } from './route.js';
import { usePageTitle } from './usePageTitle.js';

type Loaded =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; stats: Stats };

export function ProgressPage() {
  usePageTitle('Progress');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const load = useCallback(() => {
    getStats().then(
      (stats) => setLoaded({ state: 'ready', stats }),
      (error: unknown) => setLoaded({ state: 'failed', message: describeError(error) }),
    );
  }, []);
  useEffect(load, [load]);
  const stats = loaded.state === 'ready' ? loaded.stats : null;
  const charts = useMemo(() => (stats ? progressCharts(stats) : []), [stats]);

  return (
    <div className="stack-lg">
      <header className="page-header">
        <h1>Progress</h1>
        <p className="lead">
          What your networking adds up to, week by week. Relationships grow over months, so a slow
          week is normal — the trend is what counts.
        </p>
      </header>
      {loaded.state === 'loading' ? <p className="muted">Loading your progress…</p> : null}
      {loaded.state === 'failed' ? (
        <div className="stack" role="alert">
          <p className="form-error">{loaded.message}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={load}>
              Try again
            </button>
          </div>
        </div>
      ) : null}
      {charts.map((chart) => (
        <ChartSection key={chart.testId} {...chart} />
      ))}
      {stats ? (
        <p className="muted">
          Figures as of {formatDay(stats.date)}.{' '}
          <a href={hrefFor({ name: 'today' })}>Back to today’s plan</a>
        </p>
      ) : null}
    </div>
  );
}
