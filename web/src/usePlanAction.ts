// The open action of today's plan that a Compose page was opened for, checked against the person.
import { useEffect, useState } from 'react';
import { getToday, type PlanAction } from './api.js';

export interface PlanActionCheck {
  /** Today's action, open and about this person; null for none, or an old or foreign link. */
  action: PlanAction | null;
  /** True until today's plan has been read. */
  checking: boolean;
}

/** An old link (yesterday's action 3, or another person's) must never mark the wrong action done. */
export function usePlanAction(personId: number, n: number | null): PlanActionCheck {
  const [checked, setChecked] = useState<{ n: number; action: PlanAction | null } | null>(null);
  useEffect(() => {
    if (n === null) return;
    let current = true;
    const settle = (action: PlanAction | null) => current && setChecked({ n, action });
    getToday().then(
      (view) => {
        const found = view.actions.find((a) => a.n === n);
        settle(found && found.personId === personId && found.status === 'open' ? found : null);
      },
      // Without the plan, Compose still logs the message the ordinary way.
      () => settle(null),
    );
    return () => {
      current = false;
    };
  }, [personId, n]);
  if (n === null) return { action: null, checking: false };
  if (checked?.n !== n) return { action: null, checking: true };
  return { action: checked.action, checking: false };
}
