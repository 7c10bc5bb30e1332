// The coach's dashboard: each member's actions per week, reply rate and streak, drawn as inline
// SVG (no script or style attributes, so the strict CSP holds) beside a table of the same figures.
import { useCallback, useId } from 'react';
import { getGroupDashboard, type GroupDashboard } from './groups-api.js';
import { useLoad } from './useLoad.js';

type Member = GroupDashboard['members'][number];

export function GroupDashboardSection({ groupId }: { groupId: string }) {
  const fetcher = useCallback(() => getGroupDashboard(groupId), [groupId]);
  const [loaded] = useLoad(fetcher);
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="group-dashboard">
      <h2 id={headingId}>Progress of the group</h2>
      <p className="hint">
        Figures only: how often each member reached out, how often they heard back, and their streak
        of weeks at their own goal. Never who they talk to.
      </p>
      {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {loaded.state === 'failed' ? (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      ) : null}
      {loaded.state === 'ready' ? <Figures board={loaded.value} /> : null}
    </section>
  );
}

function Figures({ board }: { board: GroupDashboard }) {
  const most = Math.max(1, ...board.members.flatMap((m) => m.actions));
  return (
    <>
      <ul className="dashboard-members">
        {board.members.map((member) => (
          <li key={member.accountId} className="dashboard-member stack-sm">
            <h3>{member.label}</h3>
            <ActionsChart member={member} weeks={board.weeks} most={most} />
            <ReplyChart member={member} />
            <p>
              Streak: {member.streakWeeks} {member.streakWeeks === 1 ? 'week' : 'weeks'} at their
              goal of {member.weeklyGoal} a week.
            </p>
          </li>
        ))}
      </ul>
      <table className="figures" data-testid="dashboard-table">
        <caption>Actions per week, reply rate and streak, by member</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {board.weeks.map((week) => (
              <th key={week} scope="col">
                <span className="visually-hidden">Week of </span>
                {shortDay(week)}
              </th>
            ))}
            <th scope="col">Reply rate</th>
            <th scope="col">Streak (weeks)</th>
          </tr>
        </thead>
        <tbody>
          {board.members.map((member) => (
            <tr key={member.accountId}>
              <th scope="row">{member.label}</th>
              {member.actions.map((count, index) => (
                <td key={board.weeks[index]}>{count}</td>
              ))}
              <td>{describeRate(member)}</td>
              <td>{member.streakWeeks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const chart = { width: 320, height: 72, gap: 6, axis: 14 };

/** Eight bars, one per week, on one scale across the group so members compare fairly. */
function ActionsChart({ member, weeks, most }: { member: Member; weeks: string[]; most: number }) {
  const total = member.actions.reduce((sum, n) => sum + n, 0);
  const slot = chart.width / Math.max(1, member.actions.length);
  const plot = chart.height - chart.axis;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={`${member.label}: ${total} actions in ${weeks.length} weeks, ${member.actions.at(-1) ?? 0} this week`}
      data-testid="actions-chart"
    >
      <line className="axis" x1={0} x2={chart.width} y1={plot} y2={plot} />
      {member.actions.map((count, index) => {
        const height = Math.round((count / most) * (plot - 4));
        return (
          <g key={weeks[index] ?? index}>
            <rect
              className="bar"
              x={index * slot + chart.gap / 2}
              y={plot - height}
              width={slot - chart.gap}
              height={height}
            />
            <text className="tick" x={index * slot + slot / 2} y={chart.height - 2}>
              {weeks[index] ? shortDay(weeks[index]) : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The share of asks that got a reply, as one bar out of a whole. */
function ReplyChart({ member }: { member: Member }) {
  const width = 320;
  const filled = Math.round((member.replyRate ?? 0) * width);
  return (
    <div className="stack-sm">
      <p>Replies in these weeks: {describeRate(member)}</p>
      <svg className="rate-chart" viewBox={`0 0 ${width} 12`} aria-hidden="true">
        <rect className="rate-track" x={0} y={0} width={width} height={12} rx={6} />
        <rect className="rate-fill" x={0} y={0} width={filled} height={12} rx={6} />
      </svg>
    </div>
  );
}

function describeRate(member: Member): string {
  if (member.replyRate === null) return 'no asks yet';
  return `${Math.round(member.replyRate * 100)}% (${member.answered} of ${member.asked} asks)`;
}

function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
