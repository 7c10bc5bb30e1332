import { describe, expect, it } from 'vitest';
import { chasesWhatIsDue } from './log-line-chases.js';

describe('chasesWhatIsDue', () => {
  it.each([
    'left mark a voicemail re the tesco invoice',
    'voicemail for sam re payment, 45 days late now',
    'emailed ben about the unpaid invoice',
    'called mark, no word on the po since the 17th',
    'texted jo, nothing since the 3rd',
  ])('reads "%s" as a chase', (line) => {
    expect(chasesWhatIsDue(line)).toBe(true);
  });

  it.each([
    'left robert a voicemail yesterday, no reply as yet',
    'invoice sent to dan for the nov work',
    'coffee with dan, we moaned about invoices',
    'emailed siobhan re the stripe role. no reply as yet',
    'left maria a voicemail abt canva’s research team',
  ])('keeps "%s" no chase', (line) => {
    expect(chasesWhatIsDue(line)).toBe(false);
  });
});
