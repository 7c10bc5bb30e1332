// How a one-line log reads the south Wales valleys ("she've got", "ych a fi", "tidy"), Kenyan
// English ("asante", "I have been told by"), and a few plain English slips: Royal
// Mail is no email, a link to a meetup is no meetup, a check-in asks for nothing.
import { describe, expect, it } from 'vitest';
import { mendDialects } from './log-line-dialects.js';
import { mendPatois } from './log-line-patois.js';
import { mendsTo, read } from '../../test/log-line-table.js';

describe('the valleys and Kenyan English put plainly', () => {
  mendsTo([
    ["she've got a shift job going", "she's got a shift job going"],
    ['a role in Cardiff, ych a fi the commute', 'a role in Cardiff, the commute'],
    ["he'll intro me to Barclays’ facilities lead", "he'll intro me to Barclays's facilities lead"],
    ['messaged Alex asante for the case study', 'messaged Alex thanks for the case study'],
    ['Sam sent me the link, asante Sam', 'Sam sent me the link'],
    [
      'I have been told by Aisha from Unilever that it went',
      'Aisha from Unilever told me that it went',
    ],
    ['video call fri w Kate', 'video call on fri w Kate'],
  ]);

  it('leaves "they\'ve got" as it was', () => {
    expect(mendDialects("they've got a role")).toBe("they've got a role");
  });

  it('takes Welsh "ych a fi" as no sign of Patois', () => {
    expect(mendPatois('a role in London, ych a fi London')).toBe(
      'a role in London, ych a fi London',
    );
  });
});

describe('what those lines mean', () => {
  it('reads Royal Mail as a firm, not an email', () => {
    expect(read('thanked Lowri Jenkins for the tip off about the Royal Mail job').channel).toBe(
      'other',
    );
  });

  it('reads a link to a meetup as a thing sent, not the meetup', () => {
    expect(read('sent Chloe Dubois the link to the Cardiff data meetup').channel).toBe('other');
  });

  it.each([
    ['Ana from Spotify emailed asking how I’m doing', 'catch-up'],
    ['met Margaret at the careers fair, good chat and she gave me her card', 'catch-up'],
    ['Texted Priya to check on the referral, nothing yet', 'follow-up'],
    ['Called Mr Singh twice on Thursday about the referral, no answer', 'follow-up'],
    ['Left Yusuf a voicemail about the referral he had promised', 'follow-up'],
    ["coffee w Dev yday, he'll intro me to the ops mgr at Northwind, tidy", 'give'],
    ["phone call w Kelly from Adecco, she've got a temp to perm shift mgr job", 'give'],
  ])('"%s" is a %s', (line, kind) => {
    expect(read(line).kind).toBe(kind);
  });

  it('reads a job hunt as no role', () => {
    expect(read('Ben called me on Saturday to check how the job hunt is going').kind).toBe(
      'catch-up',
    );
  });

  it('dates a meeting with its weekday between the meeting and who', () => {
    expect(read('video call fri w Kate from Sky about the ops job').occurredOn).toBe('2026-11-27');
  });

  it("adds no one called Barclays'", () => {
    expect(
      read("coffee w Daniel Okoro, he's gonna intro me to Barclays' facilities lead").personNames,
    ).toEqual(['Daniel Okoro']);
  });
});
