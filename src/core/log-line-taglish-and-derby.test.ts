// How a one-line log reads Taglish, English and Tagalog mixed mid-line ("nag-coffee kami ni Dev
// kahapon", "tinawagan ko si Kate", "ni-intro ako ni Margaret kay Dr Helen Price", "noong
// Huwebes", "salamat po kay ate Margaret"), and a Derby-born supervisor's East Midlands English
// ("las wik", "Toosdee", "thanked 'er", "jo bennett an' gareth price").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendTagalog } from './log-line-tagalog.js';

describe('Tagalog in a one-line log, put into English', () => {
  it.each([
    [
      'nag-coffee kami ni Dev kahapon, ipapakilala daw niya ako sa lead niya sa Northwind',
      "coffee with Dev kahapon, they'll introduce me to their lead sa Northwind",
    ],
    [
      'tinawagan ko si Kate M (Sky) about the analytics lead job',
      'rang Kate M (Sky) about the analytics lead job',
    ],
    ['tinawagan ako ni Anna Kowalsky kanina', 'Anna Kowalsky rang me kanina'],
    [
      'ni-intro ako ni ate Margaret Okafur kay Dr Helen Price sa NHSE, via email',
      'Margaret Okafur introduced me to Dr Helen Price sa NHSE, via email',
    ],
    [
      'ni-email ni Priya (Booking) yung JD for the product analyst role',
      'Priya (Booking) emailed me the JD for the product analyst role',
    ],
    [
      'nag-email si Emily Clarke nung Biyernes, gusto niyang makita yung MSc dissertation ko',
      'Emily Clarke emailed me last Friday, wants to see my MSc dissertation',
    ],
    [
      'salamat po kay ate Margaret sa referral, nag-text ako',
      'thanked Margaret for the referral, texted',
    ],
    [
      'dinner kasama sina Priya Shah at Rachel from Booking nung Huwebes',
      'dinner with Priya Shah and Rachel from Booking last Thursday',
    ],
    [
      'pinadala ko kay Nikhil Rao (Patchwork Health) noong 20 yung user research notes na hiningi niya',
      'sent Nikhil Rao (Patchwork Health) on the 20th the user research notes that they asked for',
    ],
    [
      'nag-text si Olivia (Hays) noong Miyerkules, na-fill na daw yung contract role',
      'Olivia (Hays) texted me last Wednesday, contract role already filled',
    ],
    [
      'fatima ofcom messaged nung isang linggo: hiring daw sila ng data economist',
      "fatima ofcom messaged last week: they're hiring a data economist",
    ],
    [
      'follow up kay Paolo Aquino re the Doctolib referral, wala pa since the 16th',
      'followed up with Paolo Aquino re the Doctolib referral, nothing since the 16th',
    ],
    [
      'nag-connect sakin si Lucy Patel sa LinkedIn noong 20/11',
      'Lucy Patel connected with me sa LinkedIn on 20/11',
    ],
    ['closed na daw yung barclays risk analyst role', 'barclays risk analyst role already closed'],
    ['nag-like ako ng post ni Robert Singh', "liked Robert Singh's post"],
    [
      'ni-intro ko si Wei kay Chidi sa email, both ML people',
      'introduced Wei to Chidi sa email, both ML people',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendTagalog(line)).toBe(plain);
  });

  it.each([
    'coffee with Kay from Sky',
    'lunch with Nina Sina yesterday',
    'met Sabi Lopez at the in-person meetup',
    'we ate lunch with Dev',
    'Daw Margaret email manega',
  ])('leaves "%s" as it is', (line) => {
    expect(mendTagalog(line)).toBe(line);
  });

  readsAs([
    [
      'tumawag si Rachel Lowe kanina, may bagong role daw sa product ops sa Booking',
      ['Rachel Lowe'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'tinext ko si Sam Patel sa Ocado kung pwede ako mag-shadow ng data eng team nila',
      ['Sam Patel'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'video call kami ni Margaret (NHS Digital) noong Huwebes, advice on moving into clinical safety roles',
      ['Margaret'],
      '2026-11-26',
      'video',
      'catch-up',
      'mutual',
    ],
    [
      'nag-DM si Lee Jordan kahapon, hinihingi yung feedback ko sa wait times dashboard niya',
      ['Lee Jordan'],
      '2026-11-29',
      'message',
      'ask',
      'inbound',
    ],
    [
      'pinadala ko na kay Emily (ONS) yung dissertation na hiningi niya',
      ['Emily'],
      today,
      'other',
      'give',
      'outbound',
    ],
    [
      'salamat daw sabi ni Ben Ng sa email nung Friday for the NHS contacts list',
      ['Ben Ng'],
      '2026-11-27',
      'email',
      'thanks',
      'inbound',
    ],
  ]);
});

describe('Derby English, put plainly', () => {
  mendsTo([
    ['sam at ocado rang me Toosdee', 'sam at ocado rang me tuesday'],
    ['ben ng sent us a link las wik', 'ben ng sent me a link last week'],
    [
      'rang Karen Whitlock at east midlands railway las Toosdee',
      'rang Karen Whitlock at east midlands railway last tuesday',
    ],
    [
      "kate morrison, thanked 'er for puttin me forward",
      'kate morrison, thanked her for putting me forward',
    ],
    ["lunch wi' ben carter, 'e'll intro me", "lunch with ben carter, he'll intro me"],
    [
      "met jo bennett an' gareth price at the meetup",
      'met jo bennett and gareth price at the meetup',
    ],
  ]);

  keepsAsWritten(["drinks with Sean 'Eddie' Price", 'met Lasse at the meetup']);

  readsAs([
    [
      'followed emily clarke ONS on linkedin',
      ['Emily Clarke'],
      today,
      'social',
      'catch-up',
      'outbound',
    ],
    [
      'rachel lowe rang me las wik re the ops lead at booking, just a chat',
      ['Rachel Lowe'],
      '2026-11-23',
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('News of a role', () => {
  readsAs([
    [
      'Rachel Lowe rang me earlier today, told me about a new role in product ops at Booking',
      ['Rachel Lowe'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'Kate Morrison rang, congrats on her new role',
      ['Kate Morrison'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('Names Tagalog words spell', () => {
  it.each(['lunch with Ben Ng and May Ang, salamat', 'kape with Kay Ng kahapon'])(
    'keeps the names in "%s"',
    (line) => {
      const plain = mendTagalog(line);
      for (const name of ['Ben Ng', 'May Ang', 'Kay Ng'].filter((n) => line.includes(n)))
        expect(plain).toContain(name);
    },
  );
});
