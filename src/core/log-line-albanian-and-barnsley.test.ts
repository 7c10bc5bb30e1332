// How a one-line log reads English with Albanian ("kafe me Dev sot", "e thirra zonjen Okafor te
// premten", "Olivia nga Hays më thirri", "i dergova CV me email Rachel-it", "Dev me prezantoi me
// email me Tom Hale", "asgje qe nga 20") and a Barnsley-born shift manager's South Yorkshire
// English ("bell wi lucy", "gi'd us a bell", "Wednesdy", "talked us through").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendAlbanian } from './log-line-albanian.js';

describe('Albanian in a one-line log, put into English', () => {
  it.each([
    ['Olivia ring me dje', 'Olivia ring me yesterday'],
    ['drinks with Marcus pardje', 'drinks with Marcus the day before yesterday'],
    ['recruiter call me sot, screening', 'recruiter call me today, screening'],
    ['video call with zonja Okafor e enjte', 'video call with Okafor on Thursday'],
    ['te dielen message Sam', 'on Sunday message Sam'],
    ['emma rang me e hënë', 'emma rang me monday'],
    ['javen e kaluar email Yusuf', 'last week email Yusuf'],
    ['zoti Mistry emailed me', 'Mistry emailed me'],
    ['email faleminderit to Robert', 'email thanks to Robert'],
    ['dje coffee me Joanne', 'yesterday coffee with Joanne'],
    [
      'kafe me Dev sot, tha do me prezantoj me lead-in e tij per ops',
      'coffee with Dev today, said they will introduce me to his lead about ops',
    ],
    [
      'i dergova CV me email Rachel-it per ops coordinator te Booking',
      'sent my CV by email to Rachel about ops coordinator at Booking',
    ],
    [
      'Olivia nga Hays më thirri, ka kontrate 6 mujore patient services ne Harley St',
      'Olivia from Hays rang me, has a contract 6 month patient services at Harley St',
    ],
    ['i kerkova Hanes nga SAP referral me email', 'asked Hana from SAP for referral by email'],
    [
      'zonja Okafor me prezantoi me email me Grace Adeyemi, head of patient experience',
      'Okafor introduced me by email to Grace Adeyemi, head of patient experience',
    ],
    [
      'komentova te posti i Siobhan per promotion ne Stripe',
      "commented on Siobhan's post about promotion at Stripe",
    ],
    [
      'i shkrova prap Priyes nga Monzo ne whatsapp per referral, asgje qe nga 20',
      'followed up with Priya from Monzo on whatsapp for a referral, nothing since the 20th',
    ],
    [
      'para 2 jave i bera intro me email Okoro-s (Barclays) me Besa Hoxha',
      '2 weeks ago introduced Okoro (Barclays) by email to Besa Hoxha',
    ],
    [
      'te dielen i dergova Mimoza Kelmendit ne whatsapp nje artikull per patient flow',
      'on Sunday sent Mimoza Kelmendi on whatsapp a article about patient flow',
    ],
    [
      'Kieran Doyle nga Practice Plan me kerkoi me email SOP-te e mija',
      'Kieran Doyle from Practice Plan asked me by email for my SOP',
    ],
    [
      'Dental Showcase me 20 nentor, takova Jonathan Reeves nga mydentist',
      'Dental Showcase on 20 November, met Jonathan Reeves from mydentist',
    ],
    [
      "follow up me Marcus per procesin ne Starling, s'ka lajm qe te enjten",
      'follow up with Marcus about the process at Starling, no news since Thursday',
    ],
    [
      'Lucy nga AZ me thirri dje, do me coj tek ops lead i AZ',
      'Lucy from AZ rang me yesterday, will refer me to ops lead at AZ',
    ],
    [
      'Hana nga SAP me lidhi ne linkedin me Lena Vogt, HR ne SAP UK',
      'Hana from SAP introduced me on linkedin to Lena Vogt, HR at SAP UK',
    ],
    [
      'Rob Singh, kafe ne Canary Wharf para 3 ditesh, pyeti per pervojen time me CQC',
      'Rob Singh, coffee at Canary Wharf 3 days ago, was curious about my experience with CQC',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendAlbanian(line)).toBe(plain);
  });

  // A Vietnamese "Nga", a Hindi "ne", the Potteries' "ta-in" and English's "check-in" are no
  // Albanian.
  it.each([
    'Sot Mehmeti emailed me',
    'Nga Nguyen emailed me about the check-in',
    'she wants to see me next week',
    'Hays wali Olivia ne WhatsApp kiya, new SAP MM contract at Reading Council',
    'mr mistry sent a linkedin message ta-in me for the factory visit',
    'the gent from admiral sent me a check-in link',
  ])('keeps "%s"', (line) => {
    expect(mendAlbanian(line)).toBe(line);
  });
});

describe('English with Albanian, read', () => {
  readsAs([
    [
      'kafe me Dev sot, tha do me prezantoj me lead-in e tij per ops',
      ['Dev'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
    [
      'e thirra zonjen Okafor te premten per patient services rolin',
      ['Okafor'],
      '2026-11-27',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      'i dergova CV me email Rachel-it per ops coordinator te Booking',
      ['Rachel'],
      today,
      'email',
      'ask',
      'outbound',
    ],
    [
      'Olivia nga Hays më thirri, ka kontrate 6 mujore patient services ne Harley St',
      ['Olivia'],
      today,
      'call',
      'give',
      'inbound',
    ],
    ['i kerkova Hanes nga SAP referral me email', ['Hana'], today, 'email', 'ask', 'outbound'],
    [
      'komentova te posti i Siobhan per promotion ne Stripe',
      ['Siobhan'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'i shkrova prap Priyes nga Monzo ne whatsapp per referral, asgje qe nga 20',
      ['Priya'],
      today,
      'message',
      'follow-up',
      'outbound',
    ],
    [
      'Alexandra nga Bupa ma rishikoi CV dhe ma ktheu me komente ne email, para dy ditesh',
      ['Alexandra'],
      '2026-11-28',
      'email',
      'give',
      'inbound',
    ],
    [
      'Owen nga Admiral me kerkoi te flas ne nje panel per career changers',
      ['Owen'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'Lee nga Skyscanner ma kerkoi cv, ja dergova sot me email',
      ['Lee'],
      today,
      'email',
      'give',
      'outbound',
    ],
    [
      'teams me Aisha Khan para dy javesh, folem per kulturen ne Unilever',
      ['Aisha Khan'],
      '2026-11-16',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'takova Gent Rexhepin te Albanian professionals night te premten, punon ops ne UCLH',
      ['Gent Rexhepi'],
      '2026-11-27',
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'i rashe prap Ana-s nga Spotify per referral-in, voicemail',
      ['Ana'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
  ]);
});

describe('Barnsley words, put plainly', () => {
  mendsTo([
    ['bell wi lucy patel', 'call with lucy patel'],
    ['12/11 bell off olivia', '12/11 call from olivia'],
    ["joanne bennett gi'd us a bell", 'joanne bennett rang me'],
    ["gi'd us feedback", 'gave me feedback'],
    ['rang Wednesdy', 'rang wednesday'],
  ]);

  keepsAsWritten(['Lucy Bell rang me', 'the bell went off at 9']);
});

describe('Barnsley notes, read', () => {
  readsAs([
    [
      "bell wi lucy patel, she's puttin me forward for t'shift lead job at AZ macclesfield",
      ['Lucy Patel'],
      today,
      'call',
      'give',
      'mutual',
    ],
    [
      "joanne bennett gi'd us a bell, leeds data co want someone for a warehouse data clean up, paid",
      ['Joanne Bennett'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      '12/11 bell off olivia, nowt for me that week',
      ['Olivia'],
      '2026-11-12',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      "gi'd wei chen a bell on t'2nd, he were on about robot pickin",
      ['Wei Chen'],
      '2026-11-02',
      'call',
      'catch-up',
      'outbound',
    ],
    [
      "priya desai at monzo rang Wednesdy, monzo's hirin an ops analyst, she'll refer us",
      ['Priya Desai'],
      '2026-11-25',
      'call',
      'give',
      'inbound',
    ],
    [
      "sam at deliveroo gi'd us feedback on me linkedin profile",
      ['Sam'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      "aisha at cazoo wants me to send her t'site closure report",
      ['Aisha'],
      today,
      'other',
      'ask',
      'inbound',
    ],
    [
      'texted zoe martin cheers for puttin up wi all me questions, sithee soon pal',
      ['Zoe Martin'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'follow Laura Simms nga Circle Health ne linkedin',
      ['Laura Simms'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});
