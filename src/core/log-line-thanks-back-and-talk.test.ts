// Round 130: a Bristol copywriter's client notes, a Leicester graduate's careful English and a
// Swansea job-club member's notes. The user's thanks in reply closes a line of something given; a
// role talked about by name, or gossip, is talk; a contact's offer to read the user's CV, work that
// may come, and people wanted are given; a contact wanting the user to test something asks.
import { describe } from 'vitest';
import { readsAs, today } from '../../test/log-line-table.js';

describe('thanks in reply, talk and offers, read', () => {
  readsAs([
    [
      'Ben Ng messaged on LinkedIn to say he can refer me if I want, I said yes please thank you so much',
      ['Ben Ng'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Zoe Martin said on LinkedIn she will intro me to her team lead, I said thank you very much',
      ['Zoe Martin'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Sam Patel sent me a link to their apprenticeship, not sure it is for me but I said thank you',
      ['Sam Patel'],
      today,
      'other',
      'give',
      'inbound',
    ],
    [
      'Aisha Karim (Cazoo) linkedin msg, shes happy to look over my cv',
      ['Aisha Karim'],
      today,
      'message',
      'give',
      'inbound',
    ],
    [
      'Marcus Bell emailed wanting me to test the starling app',
      ['Marcus Bell'],
      today,
      'email',
      'ask',
      'inbound',
    ],
    [
      'Robert Singh rang me back, talked about their returners scheme',
      ['Robert Singh'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'Yusuf Demir rang, talked about the analytics assistant job',
      ['Yusuf Demir'],
      today,
      'call',
      'catch-up',
      'inbound',
    ],
    [
      'drinks with Lee Jordan, mostly gossip about who is hiring',
      ['Lee Jordan'],
      today,
      'meeting',
      'catch-up',
      'mutual',
    ],
    [
      'Owen Davies rang me, admiral want people for the claims team',
      ['Owen Davies'],
      today,
      'call',
      'give',
      'inbound',
    ],
    [
      'lunch with Benjamin Carter, says they might have summat in the new year',
      ['Benjamin Carter'],
      today,
      'meeting',
      'give',
      'mutual',
    ],
  ]);
});
