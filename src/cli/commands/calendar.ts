// `kith calendar`: today's plan and the coming reminders as an iCalendar file on standard output.
import type { Command } from 'commander';
import type { Session } from '../session.js';

export function registerCalendar(program: Command, session: Session): void {
  program
    .command('calendar')
    .description(
      "print reminders as an iCalendar (.ics) file: today's plan, due follow-ups and keep-in-touch dates for the next 60 days",
    )
    .option('--alarm <time>', 'the alarm time on the day of each reminder', '09:00')
    .option('--no-alarm', 'leave the alarms out')
    .option(
      '--url <base>',
      'where Kith runs, for the link back to each person',
      'http://localhost:7070',
    )
    .addHelpText(
      'after',
      `
Examples:
  kith calendar > kith.ics                       import the file into any calendar app
  kith calendar --alarm 08:30 > kith.ics
  kith calendar --no-alarm > kith.ics
  kith calendar --url http://kith.lan:7070 > kith.ics

To stay up to date instead, subscribe to http://localhost:7070/calendar.ics while kith serve runs.`,
    )
    .action(async (flags: { alarm: string | false; url: string }) => {
      const { calendarFeed } = await import('../../services/calendar.js');
      const deps = await session.deps();
      session.io.stdout(await calendarFeed(deps, { baseUrl: flags.url, alarm: flags.alarm }));
    });
}
