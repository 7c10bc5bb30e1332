// The coach at the command line: today's plan, done / skip / snooze, tiers and cadences, stats, the time zone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { createCli, type Cli } from './harness.js';

interface JsonAction {
  n: number;
  personId: number;
  personName: string;
  kind: string;
  why: string;
  minutes: number;
  intent: string;
  status: string;
}

/** A small network on the harness clock (Wednesday 25 Nov 2026) that gives a plan of three. */
async function seedNetwork(cli: Cli, io: Partial<Io> = {}): Promise<void> {
  const steps = [
    ['init', '--name', 'Sam Rivera', '--minutes', '150'],
    ['add', 'Ana Lopez', '--interest', 'data roles'],
    [
      'log',
      '--person',
      'Ana Lopez',
      '--channel',
      'meeting',
      '--direction',
      'mutual',
      '--date',
      '2026-10-01',
      '--summary',
      'coffee about data roles',
    ],
    ['add', 'Ben Ng', '--interest', 'climate tech'],
    [
      'log',
      '--person',
      'Ben Ng',
      '--channel',
      'email',
      '--kind',
      'ask',
      '--date',
      '2026-11-15',
      '--summary',
      'asked for advice on analyst roles',
    ],
    ['add', 'Cara Diaz', '--interest', 'product design'],
    [
      'log',
      '--person',
      'Cara Diaz',
      '--channel',
      'call',
      '--direction',
      'mutual',
      '--date',
      '2026-09-20',
      '--summary',
      'caught up',
    ],
  ];
  for (const argv of steps) {
    const result = await cli.kithWith(io, ...argv);
    expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0);
  }
}

async function todayJson(
  cli: Cli,
): Promise<{ actions: JsonAction[]; progress: { doneThisWeek: number } }> {
  const result = await cli.kith('today', '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { actions: JsonAction[]; progress: { doneThisWeek: number } };
}

function actionFor(actions: JsonAction[], name: string): JsonAction {
  const action = actions.find((a) => a.personName === name);
  if (!action) throw new Error(`${name} is not in today's plan: ${JSON.stringify(actions)}`);
  return action;
}

describe('kith today, done, skip and snooze', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('prints numbered actions, each with why, minutes and the draft to open', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('today');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Today, Wed 25 Nov · about \d+ of your 30 minutes planned\n/);
    expect(result.stdout).toMatch(/\n1\. [A-Z][^·]+ · [A-Z][a-z]+ [A-Z][a-z]+ · \d+ min\n {3}\S/);
    expect(result.stdout).toMatch(/\n {3}Draft it: kith draft \d+ --intent [a-z-]+\n/);
    expect(result.stdout).toContain('Follow up · Ben Ng · 5 min');
    expect(result.stdout).toContain("When you've done one: kith done 1");
    expect(result.stdout).toContain('This week: 0 of 15 so far.');
  });

  it('gives every action in --json its person, kind, why, minutes and intent', async () => {
    await seedNetwork(cli);
    const { actions } = await todayJson(cli);
    expect(actions.length).toBeGreaterThanOrEqual(2);
    for (const action of actions) {
      expect(action).toMatchObject({
        personId: expect.any(Number) as number,
        personName: expect.any(String) as string,
        kind: expect.any(String) as string,
        why: expect.any(String) as string,
        minutes: expect.any(Number) as number,
        intent: expect.any(String) as string,
      });
    }
    expect(actionFor(actions, 'Ben Ng')).toMatchObject({
      kind: 'follow-up',
      intent: 'follow-up-1',
    });
  });

  it('keeps the same plan when asked again the same day', async () => {
    await seedNetwork(cli);
    const first = await cli.kith('today');
    expect((await cli.kith('today')).stdout).toBe(first.stdout);
  });

  it('counts the weekly goal and the streak kindly, week by week', async () => {
    const lastWeek = { now: () => new Date('2026-11-18T12:00:00Z') };
    await seedNetwork(cli, lastWeek);
    await cli.kith('profile', '--weekly-goal', '1');
    await cli.kithWith(lastWeek, 'today');
    expect((await cli.kithWith(lastWeek, 'done', '1')).stdout).toContain(
      '1 of 1 this week — goal reached.',
    );
    expect((await cli.kith('today')).stdout).toContain(
      'This week: 0 of 1 so far. One small action is a fine start. You reached your goal last week.',
    );
    await cli.kith('done', '1');
    expect((await cli.kith('today')).stdout).toContain(
      'This week: 1 of 1 done — goal reached, 2 weeks in a row.',
    );
  });

  it('says kindly why a plan is empty when the network is empty, and what to do', async () => {
    const result = await cli.kith('today');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Your network is empty, so there is nobody to suggest yet.');
    expect(result.stdout).toContain('kith add "Ana Lopez"');
    expect(result.stdout).toContain('kith log "coffee with Ana Lopez yesterday"');
    expect(result.stdout).toContain('Note: No profile yet, so this plan uses the defaults');
  });

  it('says nothing is due when people are in the network but none needs a touch today', async () => {
    await cli.kith('add', 'Ana Lopez');
    const result = await cli.kith('today');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing is due today');
  });

  it('logs the contact on done, shows it on kith show, and marks the action done', async () => {
    await seedNetwork(cli);
    const ben = actionFor((await todayJson(cli)).actions, 'Ben Ng');
    const result = await cli.kith(
      'done',
      String(ben.n),
      '--channel',
      'message',
      '--summary',
      'nudged about the analyst roles',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      'Done: logged a message to Ben Ng. 1 of 15 this week.\nSee their timeline: kith show "Ben Ng"\n',
    );
    const show = await cli.kith('show', 'Ben Ng');
    expect(show.stdout).toMatch(
      /2026-11-25 {2}message {2}outbound {2}follow-up {2}nudged about the analyst roles/,
    );
    const after = await todayJson(cli);
    expect(actionFor(after.actions, 'Ben Ng').status).toBe('done');
    expect(after.progress.doneThisWeek).toBe(1);
    expect((await cli.kith('today')).stdout).toContain(
      `${ben.n}. Follow up · Ben Ng · 5 min · done`,
    );
  });

  it('refuses to mark the same action done twice with exit 5, logging nothing more', async () => {
    await seedNetwork(cli);
    await cli.kith('today');
    expect((await cli.kith('done', '1')).code).toBe(0);
    const before = await cli.kith('show', '--json', '1');
    const result = await cli.kith('done', '1');
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^Action 1 \(.+\) is already done\.\n$/);
    expect((await cli.kith('show', '--json', '1')).stdout).toBe(before.stdout);
  });

  it('leaves a skipped person out of a fresh plan and says when they are back', async () => {
    await seedNetwork(cli);
    const ana = actionFor((await todayJson(cli)).actions, 'Ana Lopez');
    const result = await cli.kith('skip', String(ana.n));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Skipped Ana Lopez for now. Back in your plans from 25 Dec.\n');
    const refreshed = await cli.kith('today', '--refresh', '--json');
    const actions = (JSON.parse(refreshed.stdout) as { actions: JsonAction[] }).actions;
    expect(actions.filter((a) => a.personName === 'Ana Lopez').map((a) => a.status)).toEqual([
      'skipped',
    ]);
  });

  it('leaves a snoozed person out of a fresh plan for the days given', async () => {
    await seedNetwork(cli);
    const cara = actionFor((await todayJson(cli)).actions, 'Cara Diaz');
    const result = await cli.kith('snooze', String(cara.n), '3');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Snoozed Cara Diaz for 3 days. Back in your plans from 28 Nov.\n');
    const refreshed = await cli.kith('today', '--refresh', '--json');
    const actions = (JSON.parse(refreshed.stdout) as { actions: JsonAction[] }).actions;
    expect(actions.filter((a) => a.personName === 'Cara Diaz').map((a) => a.status)).toEqual([
      'snoozed',
    ]);
  });

  it('snoozes for a week when no number of days is given', async () => {
    await seedNetwork(cli);
    await cli.kith('today');
    const result = await cli.kith('snooze', '1');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/for 7 days\. Back in your plans from 2 Dec\.\n$/);
  });

  it.each([
    {
      command: 'done 9',
      code: 3,
      message: "Today's plan has actions 1 to 3; there is no action 9. See them with kith today.\n",
    },
    {
      command: 'skip two',
      code: 4,
      message:
        'action number: must be the number of an action in today\'s plan, such as 1 (got "two"). See them with kith today\n',
    },
    {
      command: 'done 0',
      code: 4,
      message:
        'action number: must be the number of an action in today\'s plan, such as 1 (got "0"). See them with kith today\n',
    },
    {
      command: 'snooze 1 -3',
      code: 4,
      message: 'days: must be 1 to 365, such as 3 (got "-3")\n',
    },
    {
      command: 'snooze 1 0',
      code: 4,
      message: 'days: must be 1 to 365, such as 3 (got "0")\n',
    },
    {
      command: 'snooze 1 366',
      code: 4,
      message: 'days: must be 1 to 365, such as 3 (got "366")\n',
    },
    {
      command: 'snooze 1 soon',
      code: 4,
      message: 'days: must be 1 to 365, such as 3 (got "soon")\n',
    },
    {
      command: 'done 1 --channel pigeon',
      code: 4,
      message:
        '--channel: must be one of meeting, call, video, email, message, event, social, other (got "pigeon")\n',
    },
    {
      command: 'today --minutes 2',
      code: 4,
      message: '--minutes: must be whole minutes from 5 to 480, such as 15\n',
    },
  ])(
    'refuses kith $command with a clear message and exit $code, changing nothing',
    async ({ command, code, message }) => {
      await seedNetwork(cli);
      const before = await cli.kith('today', '--json');
      expect(JSON.parse(before.stdout)).toMatchObject({ actions: [{}, {}, {}] });
      const result = await cli.kith(...command.split(' '));
      expect(result).toMatchObject({ code, stdout: '', stderr: message });
      expect((await cli.kith('today', '--json')).stdout).toBe(before.stdout);
    },
  );

  it('says there is no plan yet when an action is marked before kith today has run', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('done', '1');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      'There is no plan for today yet, so there is no action 1. See it with kith today.\n',
    );
  });
});

describe('kith tier and kith cadence', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('pins a person to a tier and prints the tier, cadence and next due date', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('tier', 'Ana Lopez', '2');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'Ana Lopez: tier 2 · Close (pinned by you).',
        'Keep in touch: monthly (ideally every 30 days, at most 42).',
        'Due: overdue since 12 Nov: a short hello is enough.',
        '',
      ].join('\n'),
    );
    expect(JSON.parse((await cli.kith('show', 'Ana Lopez', '--json')).stdout)).toMatchObject({
      tier: 2,
      tierPinned: true,
      cadence: { idealDays: 30, maxDays: 42, custom: false },
      nextDueOn: expect.stringMatching(/^2026-\d\d-\d\d$/) as string,
      strength: { score: expect.any(Number) as number, parts: expect.any(Object) as object },
      giveGet: { given: 0, asked: 0, received: 0 },
    });
  });

  it('gives a person back to the ranking with auto', async () => {
    await seedNetwork(cli);
    await cli.kith('tier', 'Ana Lopez', '1');
    const result = await cli.kith('tier', 'Ana Lopez', 'auto');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('(ranked by Kith)');
    expect(result.stdout).toContain('Kith ranks them again by how close you are');
  });

  it('warns, without refusing, when more people are pinned to a tier than it usually holds', async () => {
    for (const name of ['Ana', 'Ben', 'Cara', 'Dev', 'Eli', 'Fay']) {
      await cli.kith('add', `${name} Test`);
      await cli.kith('tier', `${name} Test`, '1');
    }
    const result = await cli.kith('tier', 'Fay Test', '1');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Note: You pinned 6 people to Inner circle, which usually holds about 5.',
    );
  });

  it('sets a cadence in days, with its overdue point, and goes back with auto', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('cadence', 'Cara Diaz', '21');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Keep in touch: every 21 days (your choice), overdue after 32 days.',
    );
    expect(JSON.parse((await cli.kith('show', 'Cara Diaz', '--json')).stdout)).toMatchObject({
      cadence: { idealDays: 21, maxDays: 32, custom: true },
    });
    const back = await cli.kith('cadence', 'Cara Diaz', 'auto');
    expect(back.code).toBe(0);
    expect(back.stdout).not.toContain('your choice');
  });

  it.each([
    {
      command: 'tier 1 9',
      message: 'tier: must be 1 (inner circle) to 5 (wider network), or auto (got "9")\n',
    },
    {
      command: 'tier 1 -5',
      message: 'tier: must be 1 (inner circle) to 5 (wider network), or auto (got "-5")\n',
    },
    {
      command: 'tier 1 close',
      message: 'tier: must be 1 (inner circle) to 5 (wider network), or auto (got "close")\n',
    },
    {
      command: 'cadence 1 0',
      message: 'days: must be 1 to 730 days, such as 30, or auto for the tier\'s own (got "0")\n',
    },
    {
      command: 'cadence 1 -5',
      message: 'days: must be 1 to 730 days, such as 30, or auto for the tier\'s own (got "-5")\n',
    },
    {
      command: 'cadence 1 weekly',
      message:
        'days: must be 1 to 730 days, such as 30, or auto for the tier\'s own (got "weekly")\n',
    },
  ])(
    'refuses kith $command (person 1 is Ana) with exit 4, changing nothing',
    async ({ command, message }) => {
      await seedNetwork(cli);
      const before = await cli.kith('show', 'Ana Lopez', '--json');
      const result = await cli.kith(...command.split(' '));
      expect(result).toMatchObject({ code: 4, stdout: '', stderr: message });
      expect((await cli.kith('show', 'Ana Lopez', '--json')).stdout).toBe(before.stdout);
    },
  );

  it('exits 3 for a person who is not in the network', async () => {
    const result = await cli.kith('tier', 'Nobody Here', '2');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Nobody called "Nobody Here" is in your network yet.');
  });
});

describe('kith show, kith stats and the coach settings in kith profile', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('shows strength explained, tier, cadence, due date, stage, give/get and replies on kith show', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('show', 'Ben Ng');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /\nStrength {2}\d+\/100\. Ben hasn't written back yet; that is common, and not a no\./,
    );
    expect(result.stdout).toMatch(/\nTier {6}\d · [A-Z][a-z ]+ \(ranked by Kith\)\n/);
    expect(result.stdout).toMatch(/\nCadence {3}\S/);
    expect(result.stdout).toMatch(/\nDue {7}\S/);
    expect(result.stdout).toMatch(
      /\nStage {5}Acquaintance\. Two conversations where they write back/,
    );
    expect(result.stdout).toContain('\nGive/get  You gave nothing yet and asked once.');
    expect(result.stdout).toContain(
      '\nReplies   0 of 1 ask got an answer. Silence is normal, not a no.\n',
    );
  });

  it('counts an ask as answered on kith show once they write back', async () => {
    await seedNetwork(cli);
    await cli.kith('log', 'Ben Ng emailed me about the analyst roles yesterday');
    const result = await cli.kith('show', 'Ben Ng');
    expect(result.stdout).toContain('\nReplies   1 of 1 ask got an answer.');
  });

  it('says when a snoozed person is back on kith show', async () => {
    await seedNetwork(cli);
    const cara = actionFor((await todayJson(cli)).actions, 'Cara Diaz');
    await cli.kith('snooze', String(cara.n), '3');
    const result = await cli.kith('show', 'Cara Diaz');
    expect(result.stdout).toContain(
      '\nDue       back in your plans from 28 Nov (skipped or snoozed)\n',
    );
  });

  it('prints the progress figures: weeks as a bar chart, reply rate, give/get, tiers and stages', async () => {
    await seedNetwork(cli);
    await cli.kith('today');
    await cli.kith('done', '1');
    const result = await cli.kith('stats');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Actions done per week (goal 15), week starting:');
    expect(result.stdout).toMatch(/\n {2}23 Nov +█+ +1\n/);
    expect(result.stdout).toContain('Replies: ');
    expect(result.stdout).toContain('Give and get: ');
    expect(result.stdout).toMatch(
      /\n {2}1\. Inner circle +\d+ +usually about 5 +every 1–2 weeks\n/,
    );
    expect(result.stdout).toMatch(/\n {2}Acquaintance +\d+\n/);
    const json = JSON.parse((await cli.kith('stats', '--json')).stdout) as {
      progress: { doneThisWeek: number };
    };
    expect(json.progress.doneThisWeek).toBe(1);
  });

  it('presents an unanswered ask as normal in the reply rate', async () => {
    await seedNetwork(cli);
    const result = await cli.kith('stats');
    expect(result.stdout).toContain(
      'Replies: no answers yet (0 of 1 in the last 12 months). Silence is normal',
    );
  });

  it('saves the time zone, weekly goal and dormant years, and shows them on kith profile', async () => {
    await cli.kith('init', '--name', 'Sam Rivera');
    const saved = await cli.kith(
      'profile',
      '--time-zone',
      'America/New_York',
      '--weekly-goal',
      '4',
      '--dormant-years',
      '5',
    );
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain('Week goal   4 actions a week\n');
    expect(saved.stdout).toContain('Time zone   America/New_York\n');
    expect(saved.stdout).toContain('Dormant     after 5 years without two-way contact\n');
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      timeZone: 'America/New_York',
      weeklyGoal: 4,
      dormantYears: 5,
    });
  });

  it('shows the machine time zone as such when none is saved', async () => {
    const result = await cli.kith('init', '--name', 'Sam Rivera');
    expect(result.stdout).toMatch(/Time zone {3}\S+ \(this machine's\)\n/);
  });

  it('refuses a time zone it does not know with exit 4, keeping the saved one', async () => {
    await cli.kith('init', '--name', 'Sam Rivera', '--time-zone', 'Europe/London');
    const result = await cli.kith('profile', '--time-zone', 'Mars/Olympus');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      '--time-zone: must be a time zone such as Europe/London or America/New_York\n',
    );
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      timeZone: 'Europe/London',
    });
  });

  it('plans by the user’s own date: 22:00 on 24 Nov in New York is still the 24th', async () => {
    await cli.kith('init', '--name', 'Sam Rivera', '--time-zone', 'America/New_York');
    const late = { now: () => new Date('2026-11-25T03:00:00Z') };
    const result = await cli.kithWith(late, 'today', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      date: '2026-11-24',
      timeZone: 'America/New_York',
    });
  });
});
