// How a one-line log reads English after Malay ("semalam", "kelmarin", "hari ni", "minggu lepas",
// "isnin", "khamis", "jumaat", "encik Thomas", "abang Faizal", "minta dia refer me", "she
// request", "aiyo") and Hull's East Yorkshire English ("yisterday", "sat'dy", "last neet", "she
// give us loads of advice", "wants me right to work docs"), with a few readings of plain English
// their writers showed ("replied to my linkedin comment", "fintech week", "asked for an update").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, read, readsAs, today } from '../../test/log-line-table.js';

describe('Malay and Hull words, put plainly', () => {
  mendsTo([
    ['coffee with kate semalam', 'coffee with kate yesterday'],
    ['coffee kelmarin', 'coffee the day before yesterday'],
    ['hari ni followed up zoe', 'today followed up zoe'],
    ['coffee minggu lepas', 'coffee last week'],
    ['call isnin', 'call monday'],
    ['drinks khamis', 'drinks thursday'],
    ['video jumaat', 'video friday'],
    ['encik thomas from arup called', 'thomas from arup called'],
    ['Abang Faizal sent a link', 'Faizal sent a link'],
    ['the recruiter called, aiyo just checking in', 'the recruiter called, just checking in'],
    ['whatsapp devendra, minta dia refer me', 'whatsapped devendra, asked them to refer me'],
    ['zoom wi niamh yisterday', 'zoom with niamh yesterday'],
    ["met Debbie at the fair sat'dy", 'met Debbie at the fair saturday'],
    ['put me in touch wi Tom last neet', 'put me in touch with Tom last night'],
  ]);

  keepsAsWritten([
    'Encik is a title',
    'met Tuan Nguyen at the fair',
    'whatsapp group chat with the team',
  ]);
});

describe('Malay and Hull notes, read', () => {
  readsAs([
    [
      'kopi with kate semalam, she say will intro me to her lead',
      ['Kate'],
      '2026-11-29',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'benjamin carter call isnin, he say accenture got opening, will pass my cv',
      ['Benjamin Carter'],
      '2026-11-23',
      'call',
      'give',
      'mutual',
    ],
    [
      'maria gonzalez ask if i can do user interview for canva research, ok lah',
      ['Maria Gonzalez'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'sent niamh my cv she request, for the intercom PM role',
      ['Niamh'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'sent cv to Ahmad Zaki at revolut, he ask for it at the meetup',
      ['Ahmad Zaki'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'met Siti Rahman at fintech week london rabu',
      ['Siti Rahman'],
      '2026-11-25',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'sat next to Priyanka Rao at the money20/20 talk semalam',
      ['Priyanka Rao'],
      '2026-11-29',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'chloe dubois emailed ask whether i can speak at their data meetup',
      ['Chloe Dubois'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'sabtu whatsapp devendra say thanks for the mock interview',
      ['Devendra'],
      '2026-11-28',
      'message',
      'thanks',
      'outbound',
    ],
    [
      'rachel lowe - emailed 02/11 ask any update on my application',
      ['Rachel Lowe'],
      '2026-11-02',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'aisha khan at unilever sent us summat to read, load of insight reports',
      ['Aisha Khan'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'video call w alexandra reid wednesday, she give us loads of advice on movin into planning',
      ['Alexandra Reid'],
      '2026-11-25',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'marcus bell emailed sayin starling want an ops planner, fancy it?',
      ['Marcus Bell'],
      today,
      'email',
      'give',
      'inbound',
    ],
    [
      'fatima zahra said ta on linkedin for the freight data',
      ['Fatima Zahra'],
      today,
      'message',
      'thanks',
      'inbound',
    ],
    [
      'ben ng from google replied to me linkedin comment',
      ['Ben Ng'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'Gemma Lund from Reed rang yest, wants me right to work docs by the 4th',
      ['Gemma Lund'],
      '2026-11-29',
      'call',
      'ask',
      'inbound',
    ],
    [
      "dinner wi robert singh n Claire Booth from KPMG's ops team",
      ['Robert Singh', 'Claire Booth'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);

  it('reads the user thanking someone as outbound still', () => {
    expect(read('rang jose, said ta for the manchester link').direction).toBe('outbound');
  });
});
