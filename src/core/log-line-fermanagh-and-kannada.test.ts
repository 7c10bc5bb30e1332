// How a one-line log reads a former agricultural-supplies rep's Fermanagh English ("yistherday",
// "they're lookin an account manager", "couldnt catch which one", "on leave til thurs", "a GAA club
// dinner dance") and English after Kannada ("ninne", "monne", "hoda vaara", "Somavara dina" to
// "Bhanuvara", "dhanyavaadagalu", "whatsapp maadidlu", "Robert avare", "she is having an
// opening"), and who "the recruiter at Booking" is when one person there has that title.
import { describe } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs } from '../../test/log-line-table.js';

describe('Kannada words, put plainly', () => {
  mendsTo([
    ['coffee with Ana ninne', 'coffee with Ana yesterday'],
    ['Chidi intro’d me over email monne', 'Chidi intro’d me over email the day before yesterday'],
    ['rang Olivia ivattu', 'rang Olivia today'],
    ['meeting Kate naale', 'meeting Kate tomorrow'],
    ['Emily Clarke rang hoda vaara', 'Emily Clarke rang last week'],
    ['Siobhan rang ninne sanje, chat', 'Siobhan rang yesterday evening, chat'],
    ['video call ninne raatri', 'video call last night'],
    ['Somavara teams call with Emily', 'monday teams call with Emily'],
    ['call with Devendra Guruvara dina', 'call with Devendra thursday'],
    ['drinks with Sam Shanivara', 'drinks with Sam saturday'],
    ['Shukravara Reading Tech Social', 'friday Reading Tech Social'],
    ['lunch Bhanuvara', 'lunch sunday'],
    ['dhanyavaadagalu to Priya for the referral', 'thanked Priya for the referral'],
    ['Wei sent the deck, dhanyavaadagalu', 'Wei sent the deck'],
    ['thanks-u note to Meera', 'thanks note to Meera'],
    [
      'Priya ninne whatsapp maadidlu, asked if I can review',
      'Priya yesterday whatsapped me, asked if I can review',
    ],
    ['Dev call maadida, message maadidlu', 'Dev called me, messaged me'],
  ]);

  keepsAsWritten(['Sanje Patel rang', 'Monnet rang']);
});

describe('Fermanagh words, put plainly', () => {
  mendsTo([
    ['rung Kate yistherday', 'rang Kate yesterday'],
    ["they're lookin an account manager", "they're looking for an account manager"],
    ['says they are looking a rep', 'says they are looking for a rep'],
  ]);

  keepsAsWritten(['looking a bit tired', 'looking a mess']);
});

describe('Fermanagh and Kannada notes, read', () => {
  readsAs([
    [
      'Fatima avare sent me the graduate economist link, dhanyavaadagalu',
      ['Fatima'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    [
      'Lucy avare phoned 12/11 about the data team restructure',
      ['Lucy'],
      '2026-11-12',
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'coffee with Shreya Nair from Thames Water monne, she is having an opening',
      ['Shreya Nair'],
      '2026-11-28',
      'meeting',
      'give',
      'mutual',
    ],
    [
      "email fae Grainne Corrigan at a Derry agtech startup, they're lookin an account manager",
      ['Grainne Corrigan'],
      '2026-11-30',
      'email',
      'give',
      'inbound',
    ],
    [
      "met Tommy Gallagher at the mart, he says they're wantin a rep",
      ['Tommy Gallagher'],
      '2026-11-30',
      'meeting',
      'give',
      'mutual',
    ],
    [
      'GAA club dinner dance sat, had a yarn wi Owen Davies',
      ['Owen Davies'],
      '2026-11-28',
      'event',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Plain English both sets showed', () => {
  readsAs([
    // When someone is back ("til thurs") is no day of the note.
    [
      "chased Kate fae Sky about the role, she's on leave til thurs",
      ['Kate'],
      '2026-11-30',
      'other',
      'follow-up',
      'outbound',
    ],
    // "the other day", then who, names them; it is no date.
    [
      'the other day Sam Patel sent me a wee podcast on CS',
      ['Sam Patel'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    // Asking how someone's new job is going is a check-in.
    [
      "text tae Priya askin how the new job's goin",
      ['Priya'],
      '2026-11-30',
      'message',
      'catch-up',
      'outbound',
    ],
    // The contact wanting the user's time or things asks.
    [
      'Aisha texted wantin my notes fae the webinar',
      ['Aisha'],
      '2026-11-30',
      'message',
      'ask',
      'inbound',
    ],
    [
      'Katie Morris from the BBC rung me tues, wants me on a wee radio piece about farmers',
      ['Katie Morris'],
      '2026-11-24',
      'call',
      'ask',
      'inbound',
    ],
    // Someone named who will introduce the user to a role offers a give.
    [
      "Lucy Patel will intro me to AZ's customer success lead",
      ['Lucy Patel'],
      '2026-11-30',
      'other',
      'give',
      'inbound',
    ],
    // A capitalised word after a note's end of sentence is no one, nor is "couldnt".
    [
      'yer man fae Admiral rang me yesterday, couldnt catch which one, about a pricing contract',
      ['a contact'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
  ]);
});
