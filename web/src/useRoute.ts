// The current route, re-read whenever the location hash changes.
import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route.js';

export interface CurrentRoute {
  route: Route;
  /** Counts hash changes, so a page can start afresh when the user navigates to it again. */
  visit: number;
}

export function useRoute(): CurrentRoute {
  const [current, setCurrent] = useState(() => ({
    route: parseRoute(window.location.hash),
    visit: 0,
  }));
  useEffect(() => {
    const onChange = () =>
      setCurrent((previous) => ({
        route: parseRoute(window.location.hash),
        visit: previous.visit + 1,
      }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return current;
}
