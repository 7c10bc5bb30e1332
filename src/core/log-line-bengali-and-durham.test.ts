// How a one-line log reads English with Bengali and Sylheti, in Bengali's order ("Kate Morrison ke
// linkedin e msg dilam", "Dev bhai phone korse gotokal", "Ana spotify er shathe video call",
// "Kate sky theke call aslo shukrobar"), and an Easington-born fitter's Durham English ("a week
// past tuesday", "cheers hinny for", ", would i talk to 'er team", "email off patel").
import { describe, expect, it } from 'vitest';
import { keepsAsWritten, mendsTo, readsAs, today } from '../../test/log-line-table.js';
import { mendBengali } from './log-line-bengali.js';

describe('Bengali in a one-line log, put into English', () => {
  it.each([
    [
      'Kate Morrison ke linkedin e msg dilam, 15 min chat chaisi abt analytics at Sky',
      'messaged Kate Morrison on linkedin, asked for 15 min chat abt analytics at Sky',
    ],
    [
      'shukrobar chidi bhai ke thank u text korlam for the mock interview',
      'Friday thanked chidi bhai by text for the mock interview',
    ],
    [
      'gotokal Ruksana Begum er shathe coffee, HR analyst at Sainsbury’s, khub helpful',
      'yesterday coffee with Ruksana Begum, HR analyst at Sainsbury’s, very helpful',
    ],
    [
      'Shakil Miah bhai (Ocado HR) amake intro korse to his team lead, email e',
      'Shakil Miah bhai (Ocado HR) introduced me to his team lead, by email',
    ],
    [
      'Alexandra Bupa theke email, referral er age amar excel dashboards dekhte chay',
      'Alexandra Bupa emailed me, before referral wants to see my excel dashboards',
    ],
    [
      'last tues Katie Morris BBC ke text korlam, BBC te kono data admin job ase ki',
      'last tues texted Katie Morris BBC, asking if there are any data admin job at BBC',
    ],
    [
      'Kate sky theke call aslo shukrobar, apprentice analyst role ta close hoye gese',
      'Kate sky rang me Friday, apprentice analyst role has closed',
    ],
    [
      'booking.com office e Priya Shah ar Rachel er shathe coffee, Rachel bollo HR coordinator role khulbe jan e',
      'booking.com at office coffee with Priya Shah and Rachel, Rachel said will open HR coordinator role in jan',
    ],
    [
      'sam patel (ocado) gotokal whatsapp e ekta dbt tutorial link pathaise',
      'sam patel (ocado) sent me yesterday on whatsapp a dbt tutorial link',
    ],
    [
      'Jose glovo er promotion post e congrats comment korlam',
      "commented congrats on Jose glovo's promotion post",
    ],
    ['2 week age Lee Jordan CV feedback pathaisilo', '2 weeks ago Lee Jordan sent me CV feedback'],
    [
      'Tom Fisher at Adecco ke follow up korlam re the payroll admin temp',
      'followed up with Tom Fisher at Adecco re the payroll admin temp',
    ],
  ])('"%s"', (line, plain) => {
    expect(mendBengali(line)).toBe(plain);
  });

  it.each([
    'coffee with Kal Penn at the ase conference',
    'lunch with Dev bhai yesterday',
    'Amar Patel rang me',
  ])('leaves "%s" as it is', (line) => {
    expect(mendBengali(line)).toBe(line);
  });

  readsAs([
    [
      'Dev bhai phone korse gotokal, Northwind e ekta data entry contract ase bollo',
      ['Dev'],
      '2026-11-29',
      'call',
      'give',
      'inbound',
    ],
    [
      'Robert Singh KPMG robibar amar linkedin post e comment korse',
      ['Robert Singh'],
      '2026-11-29',
      'social',
      'catch-up',
      'inbound',
    ],
    [
      'Daniel barclays ke text korlam, amar CV ekbar dekhte parbe ki na',
      ['Daniel'],
      today,
      'message',
      'ask',
      'outbound',
    ],
    [
      'Margaret Okafor NHS theke email aslo, amar references chaise',
      ['Margaret Okafor'],
      today,
      'email',
      'ask',
      'inbound',
    ],
  ]);
});

describe('Durham English, put plainly', () => {
  mendsTo([
    [
      'met alexandra reid at the bupa open evenin a week past tuesday',
      'met alexandra reid at the bupa open evening the tuesday before last',
    ],
    [
      'texted margaret, cheers hinny for puttin us forward',
      'texted margaret, thanks for putting me forward',
    ],
    [
      'emily at the ONS emailed, would i fill in their survey',
      'emily at the ONS emailed, asked if i would fill in their survey',
    ],
    ['email off patel wi a link to a planner job', 'email from patel with a link to a planner job'],
    ['me old gaffer messaged', 'my old boss messaged'],
  ]);

  keepsAsWritten(['called off the meeting with Dev', 'would I be right for the Sky role?']);

  readsAs([
    [
      'maria from canva shared me open to work post',
      ['Maria'],
      today,
      'social',
      'catch-up',
      'inbound',
    ],
  ]);
});

describe('A voicemail left with someone named at a firm', () => {
  readsAs([
    [
      'left paul reed at amey a voicemail about the interview date',
      ['Paul Reed'],
      today,
      'call',
      'follow-up',
      'outbound',
    ],
  ]);
});
