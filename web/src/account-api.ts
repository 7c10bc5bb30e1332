// The typed client for server mode's sign-in, sign-up and account routes.
import type { AccountSummary } from '../../src/services/accounts.js';
import type { ApiToken } from '../../src/services/api-tokens.js';
import { request } from './api.js';

export type { AccountSummary, ApiToken };

export interface SessionState {
  /** True in server mode; false for the one-person default, where nobody signs in. */
  signInRequired: boolean;
  signUp: 'invitation' | 'open' | null;
  account: AccountSummary | null;
}

export function getSessionState(): Promise<SessionState> {
  return request<SessionState>('GET', '/api/session');
}

export function signIn(email: string, password: string): Promise<AccountSummary> {
  return request<AccountSummary>('POST', '/api/session', { email, password });
}

export function signUp(input: {
  email: string;
  password: string;
  invitation?: string;
  groupInvitation?: string;
}): Promise<AccountSummary> {
  return request<AccountSummary>('POST', '/api/accounts', input);
}

export function signOut(): Promise<void> {
  return request<void>('DELETE', '/api/session');
}

export function signOutEverywhere(): Promise<void> {
  return request<void>('DELETE', '/api/sessions');
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('PUT', '/api/account/password', { currentPassword, newPassword });
}

export function askForReset(email: string): Promise<{ detail: string }> {
  return request<{ detail: string }>('POST', '/api/password-resets', { email });
}

export function resetPassword(token: string, password: string): Promise<void> {
  return request<void>('PUT', '/api/password', { token, password });
}

export function listTokens(): Promise<ApiToken[]> {
  return request<ApiToken[]>('GET', '/api/tokens');
}

export function createToken(name: string): Promise<ApiToken & { token: string }> {
  return request<ApiToken & { token: string }>('POST', '/api/tokens', { name });
}

export function revokeToken(id: string): Promise<void> {
  return request<void>('DELETE', `/api/tokens/${encodeURIComponent(id)}`);
}

export function inviteSomeone(email?: string): Promise<{ url: string; expiresAt: string }> {
  return request<{ url: string; expiresAt: string }>('POST', '/api/invitations', {
    ...(email ? { email } : {}),
  });
}
