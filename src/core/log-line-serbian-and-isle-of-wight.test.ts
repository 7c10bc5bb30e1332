// How a one-line log reads English with Serbian ("kafa sa Samom u cetvrtak", "Olivia me zvala
// 19.11.", "Yusuf me upoznao mejlom sa Helen Burke", "followed up sa Olivijom, nista od 20.")
// and a Newport-born manager's Isle of Wight English ("rang I toosdy", "frydy", "bout").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendSerbian } from './log-line-serbian.js';

describe('Serbian in a one-line log, put into English', () => {
  it.each([
    [
      'kafica sa Dev juce, rekao da ce me preporuciti za FP&A analyst u Northwindu',
      "coffee with Dev yesterday, said they'll refer me for FP&A analyst at Northwind",
    ],
    ['Olivia me zvala 19.11. re 6 month contract', 'Olivia rang me 19/11 re 6 month contract'],
    [
      'lunch sa gospodinom Carterom u petak, pricali o Accenture finance transformation',
      'lunch with Mr Carter on Friday, talked about Accenture finance transformation',
    ],
    [
      'Rebecca Hall iz Sage me u petak spojila mejlom sa Imogen Price, FP&A lead',
      'Rebecca Hall from Sage on Friday introduced me by email to Imogen Price, FP&A lead',
    ],
    ['kafa sa Samom u cetvrtak, nista konkretno', 'coffee with Sam on Thursday, nothing concrete'],
    [
      'followed up sa Olivijom re contract, nista od 20.',
      'followed up with Olivia re contract, nothing since the 20th',
    ],
    ['poslala Weiju onaj clanak o ML', 'sent Wei the article about ML'],
    ['Joanne mi se juce zahvalila za intro', 'Joanne yesterday thanked me for intro'],
    [
      'CIMA networking u četvrtak, popricala sa Gareth i Owen iz Admirala',
      'CIMA networking on Thursday, chatted with Gareth and Owen from Admiral',
    ],
    [
      'upoznala Chloé i Sam Patel mejlom, oboje data eng',
      'introduced Chloé and Sam Patel by email, both data eng',
    ],
    [
      'pre 2 nedelje connection request Ben Ng-u sa notom',
      '2 weeks ago connection request Ben Ng with notom',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendSerbian(line)).toBe(plain);
  });

  it.each(['coffee with Ana Lopez yesterday', 'met Danas Petrauskas at the fair'])(
    'leaves "%s" as it is',
    (line) => {
      expect(mendSerbian(line)).toBe(line);
    },
  );

  readsAs([
    [
      'Yusuf me upoznao mejlom sa Helen Burke, FP&A manager u Trainline',
      ['Yusuf', 'Helen Burke'],
      today,
      'email',
      'intro',
      'inbound',
    ],
    [
      'kafa sa Samom u cetvrtak, nista konkretno',
      ['Sam'],
      '2026-11-26',
      'meeting',
      'catch-up',
      'mutual',
    ],
  ]);
});

describe('Isle of Wight English, put plainly', () => {
  mendsTo([
    [
      'marcus from starling rang I toosdy, wants me to help',
      'marcus from starling rang me tuesday, wants me to help',
    ],
    [
      'gareth price admiral rang I frydy, catch up bout his move',
      'gareth price admiral rang me friday, catch up about his move',
    ],
    ['jobs fair in newport satdy', 'jobs fair in newport saturday'],
  ]);

  keepsAsWritten(['Frydy Okafor rang me', 'coffee with Dev, I said I would']);

  readsAs([
    [
      'connected w sarah penfold from hovertravel on linkedin frydy',
      ['Sarah Penfold'],
      '2026-11-27',
      'social',
      'catch-up',
      'outbound',
    ],
  ]);
});
