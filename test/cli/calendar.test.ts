// kith calendar: the reminders feed as an .ics file on standard output.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectWellFolded, readCalendar } from '../ical.js';
import { createCli, type Cli } from './harness.js';

describe('kith calendar', () => {
  let cli: Cli;
  let anaId: number;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith('add', 'Ana Lopez', '--company', 'Acme');
    await cli.kith('sent', 'Ana Lopez', '--intent', 'ask-advice'); // follow-up due 2 Dec
    const shown = await cli.kith('show', 'Ana Lopez', '--json');
    anaId = (JSON.parse(shown.stdout) as { person: { id: number } }).person.id;
  });
  afterEach(() => cli.cleanup());

  it('prints an .ics file with the due follow-up, a 09:00 alarm and a link to the person', async () => {
    const result = await cli.kith('calendar');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expectWellFolded(result.stdout);
    const { events } = readCalendar(result.stdout);
    expect(events).toContainEqual({
      uid: `kith-follow-up-local-${anaId}-2026-12-02@kith`,
      summary: 'Kith: follow up with Ana Lopez',
      description: expect.stringContaining(`No reply since you wrote on 25 Nov.`) as string,
      url: `http://localhost:7070/#/people/${anaId}`,
      transp: 'TRANSPARENT',
      start: '2026-12-02',
      allDay: true,
      end: '2026-12-03',
      alarm: { action: 'DISPLAY', trigger: 'PT9H', related: 'START' },
    });
    // Whatever today's plan holds sits on today, the harness clock's date.
    const planned = events.filter((e) => e.uid.startsWith('kith-plan-'));
    expect(planned.every((e) => e.start === '2026-11-25' && e.transp === 'TRANSPARENT')).toBe(true);
  });

  it('prints the same UIDs on every run, so a re-import updates instead of duplicating', async () => {
    const uids = async () =>
      readCalendar((await cli.kith('calendar')).stdout).events.map((e) => e.uid);
    expect(await uids()).toEqual(await uids());
  });

  it('leaves the alarms out with --no-alarm and moves them with --alarm', async () => {
    const quiet = await cli.kith('calendar', '--no-alarm');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('BEGIN:VALARM');
    const early = readCalendar((await cli.kith('calendar', '--alarm', '08:30')).stdout);
    expect(early.events.map((e) => e.alarm?.trigger)).toContain('PT8H30M');
  });

  it('links to where Kith runs with --url', async () => {
    const result = await cli.kith('calendar', '--url', 'http://kith.lan:7070/');
    const [event] = readCalendar(result.stdout).events.filter((e) => e.summary.includes('Ana'));
    expect(event?.url).toBe(`http://kith.lan:7070/#/people/${anaId}`);
  });

  it('names the flag when the alarm time or the address is not one it can use', async () => {
    const alarm = await cli.kith('calendar', '--alarm', '9am');
    expect(alarm).toMatchObject({ code: 4, stdout: '' });
    expect(alarm.stderr).toContain('alarm: must be a time such as 09:00');
    const url = await cli.kith('calendar', '--url', 'ftp://kith.lan');
    expect(url.code).toBe(4);
    expect(url.stderr).toContain('baseUrl: must be an http or https address');
  });

  it('is listed in kith --help and shows examples in its own help', async () => {
    expect((await cli.kith('--help')).stdout).toContain('  calendar ');
    const help = await cli.kith('calendar', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('kith calendar > kith.ics');
    expect(help.stdout).toContain('--no-alarm');
    expect(help.stdout).toContain('http://localhost:7070/calendar.ics');
  });
});
