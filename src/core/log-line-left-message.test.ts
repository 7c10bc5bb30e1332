// A message left on a call that went unanswered: "left a msg" after "rang" is still the call, and a
// message left about something under way ("left Sam a vm re the referral") chases it. A message the
// contact left, or one left with nothing named, is neither.
import { describe } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';

describe('a message left on a call', () => {
  readsAs([
    [
      'rang Ruth Ames, no answer, left a msg about the Arup role',
      ['Ruth Ames'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
    ['left Gary Holt a vm re the referral', ['Gary Holt'], today, 'call', 'follow-up', 'outbound'],
    [
      'phoned Ruth Ames yesterday, left a message regarding the reference',
      ['Ruth Ames'],
      '2026-11-29',
      'call',
      'follow-up',
      'outbound',
    ],
    ['rang Gary Holt, left a vm', ['Gary Holt'], today, 'call', 'catch-up', 'outbound'],
    ['left Ruth Ames a msg on linkedin', ['Ruth Ames'], today, 'message', 'catch-up', 'outbound'],
  ]);
});
