// How a one-line log reads Nigerian English with Hausa ("jiya", "shekaran jiya", "yau", "ranar
// Juma'a", "satin da ya wuce", "Malam Dev", "oga Robert", "nagode sosai") and English after Dari
// ("diroz", "parirooz", "emroz", "hafta-e gozashta", "dushamba", "jumah", "Agha Dev", "Kate jan",
// "tashakur").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Hausa and Dari words, put plainly', () => {
  mendsTo([
    ['coffee with Malam Dev jiya', 'coffee with Dev yesterday'],
    ['rang Kate shekaran jiya', 'rang Kate the day before yesterday'],
    ['Ibrahim rang jiya da yamma', 'Ibrahim rang yesterday'],
    ['yau rang Kate Morrison', 'today rang Kate Morrison'],
    ['Gareth rang me da rana, admiral has a contract', 'Gareth rang me, admiral has a contract'],
    ['lunch with oga Robert satin da ya wuce', 'lunch with Robert last week'],
    ["ranar Juma'a zoom with Chidi", 'friday zoom with Chidi'],
    ['Katie rang me ranar laraba', 'Katie rang me wednesday'],
    ['met Emily at the event talata', 'met Emily at the event tuesday'],
    ['Hajiya Priya emailed me the spec, nagode sosai', 'Priya emailed me the spec'],
    ['emailed Fatima to say nagode for the link', 'emailed Fatima to say thanks for the link'],
    [
      'Sam put me in touch with their lead ranar asabar, Alhamdulillah',
      'Sam put me in touch with their lead saturday',
    ],
    ['diroz with Agha Dev coffee', 'yesterday with Dev coffee'],
    ['parirooz lunch with Fatima jan', 'the day before yesterday lunch with Fatima'],
    ['Ruth Ames video call emroz', 'Ruth Ames video call today'],
    ['hafta-e gozashta emailed Benjamin Carter', 'last week emailed Benjamin Carter'],
    ['dushamba with Gareth coffee', 'monday with Gareth coffee'],
    ['seshamba rang Alexandra jan', 'tuesday rang Alexandra'],
    ['coffee with Priya jumah', 'coffee with Priya friday'],
    ['tashakur to Alexandra jan by email', 'thanks to Alexandra by email'],
    ['call with Khanum Margaret', 'call with Margaret'],
  ]);

  // "jan" is January after a date or a word of when, and Jan someone's name.
  keepsAsWritten([
    'coffee in jan with Kate',
    'met Jan Kowalski',
    '5 jan call with Dev',
    'my oga at work rang',
  ]);
});

describe('Hausa and Dari notes, read', () => {
  readsAs([
    [
      "ranar juma'a I chased rachel on email about the booking.com feedback, she is still owing me o",
      ['Rachel'],
      '2026-11-27',
      'email',
      'follow-up',
      'outbound',
    ],
    [
      'lunch with oga Robert from KPMG satin da ya wuce, gist about public sector consulting',
      ['Robert'],
      '2026-11-23',
      'meeting',
      'catch-up',
      'mutual',
    ],
    ['drinks with Gareth shekaran jiya', ['Gareth'], '2026-11-28', 'meeting', 'catch-up', 'mutual'],
    [
      'hafta-e gozashta emailed Benjamin Carter asking 20 min of his time',
      ['Benjamin Carter'],
      '2026-11-23',
      'email',
      'ask',
      'outbound',
    ],
    [
      'tashakur to Alexandra jan by email for the coffee',
      ['Alexandra'],
      today,
      'email',
      'thanks',
      'outbound',
    ],
    [
      'Lucy jan jumah send me link for project coordinator at AZ macclesfield',
      ['Lucy'],
      '2026-11-27',
      'other',
      'give',
      'inbound',
    ],
  ]);
});
