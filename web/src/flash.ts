// A one-time message carried across a navigation: "Logged as sent." shown once on the next page.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The waiting message, if any; the page that shows it calls clearFlash once it has. */
export function peekFlash(): string | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
