// How a one-line log reads Swansea English ("bore da msg from dai jones", "alright butt", "ta to
// zoe", "yusuf diolch for…", "bumped in to", "job club") and English after Hebrew ("yom
// shlishi", "shilshom", "etmol", "shabbat", "in the erev", "toda raba", "boker tov", "yalla"), and
// introductions said the Hebrew way ("made intro in email between Wei and Amit Peretz").
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';

describe('Swansea and Hebrew words, put plainly', () => {
  mendsTo([
    ['called Gareth etmol', 'called Gareth yesterday'],
    ['sent Niamh the deck shilshom', 'sent Niamh the deck the day before yesterday'],
    ['hayom coffee with Wei', 'today coffee with Wei'],
    ['ba-shavua she-avar met Yusuf', 'last week met Yusuf'],
    ['yom sheni lunch with Robert', 'monday lunch with Robert'],
    ['call with Siobhan yom shelishi', 'call with Siobhan tuesday'],
    ["yom revi'i drinks with Ben", 'wednesday drinks with Ben'],
    ['yom hamishi Olivia rang me', 'thursday Olivia rang me'],
    ['yom shishi emailed Kate', 'friday emailed Kate'],
    ['coffee with Marcus shabbat', 'coffee with Marcus saturday'],
    ['texted Dan in the erev', 'texted Dan in the evening'],
    ['toda raba to Maria for the templates', 'thanked Maria for the templates'],
    ['call with Dev, very helpful, toda raba dev', 'call with Dev, very helpful'],
    ['boker tov message to Alexandra', 'message to Alexandra'],
    [
      'priya sent me a job link, yalla will apply tonight',
      'priya sent me a job link, will apply tonight',
    ],
    ['bore da msg from dai jones', 'msg from dai jones'],
    ['alright butt txt from dai', 'txt from dai'],
    ['ta to zoe on whatsapp', 'thanked zoe on whatsapp'],
    ['whatsapped yusuf diolch for the tip', 'whatsapped yusuf, thanks for the tip'],
    ['bumped in to wei at the meetup', 'bumped into wei at the meetup'],
    ['made intro between Wei and Amit Peretz', 'introduced Wei to Amit Peretz'],
    ['made intro in email between Wei and Amit Peretz', 'emailed, introduced Wei to Amit Peretz'],
    ['Emma made me intro to Rivka Adler', 'Emma introduced me to Rivka Adler'],
    ['introduced Hannah to my friend Tamar', 'introduced Hannah to Tamar'],
  ]);

  keepsAsWritten([
    'Toda Levi emailed me',
    'the Yalla Cafe opening',
    'Dai Jones emailed me about the port',
  ]);
});

describe('Swansea and Hebrew notes, read', () => {
  readsAs([
    [
      'talked with Sam in the phone yom shlishi, nothing special just ma nishma',
      ['Sam'],
      '2026-11-24',
      'call',
      'catch-up',
      'mutual',
    ],
    [
      'shilshom message from Chloé, she moved to the Paris office',
      ['Chloé'],
      '2026-11-28',
      'message',
      'catch-up',
      'inbound',
    ],
    ['toda to Jo in whatsapp for the feedback', ['Jo'], today, 'message', 'thanks', 'outbound'],
    [
      'bore da msg from dai jones from the works',
      ['Dai Jones'],
      today,
      'message',
      'catch-up',
      'inbound',
    ],
    [
      'ta to zoe on whatsapp for the birthday card',
      ['Zoe'],
      today,
      'message',
      'thanks',
      'outbound',
    ],
    [
      'met Alun Harris from the council at job club',
      ['Alun Harris'],
      today,
      'event',
      'catch-up',
      'mutual',
    ],
    [
      'fatima zahra sent me a linkedin connection',
      ['Fatima Zahra'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'made intro in email between Wei and Amit Peretz, my old boss',
      ['Wei', 'Amit Peretz'],
      today,
      'email',
      'intro',
      'outbound',
    ],
  ]);
});
