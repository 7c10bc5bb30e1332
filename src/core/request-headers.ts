// The header the web app sends with every API call, so the server can tell its own page from a forged form.

/**
 * A page on another site cannot add a custom header to a request without the server's CORS
 * consent, which Kith never gives, so its presence proves the request came from Kith's own page.
 */
export const csrfHeader = 'x-kith-csrf';
export const csrfHeaderValue = '1';
