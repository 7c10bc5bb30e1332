// The user's own date, as the server reads it in their time zone, for the dates the app fills in.
import { createContext, useContext } from 'react';
import { localToday } from './labels.js';

/** Provided by the app shell from the profile; null until the profile has loaded. */
export const UserTodayContext = createContext<string | null>(null);

/** Today where the user is (YYYY-MM-DD); the browser's date only before the profile loads. */
export function useUserToday(): string {
  return useContext(UserTodayContext) ?? localToday();
}
