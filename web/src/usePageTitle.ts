// Sets the browser tab's title for the page on screen.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Kith' : `${title} · Kith`;
  }, [title]);
}
