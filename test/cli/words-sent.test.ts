// kith sent and kith questions: logging a sent message with its follow-up date, and questions to ask.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftIntents } from '../../src/core/words/intents.js';
import { sentSummary } from '../../src/core/words/sent.js';
import { createCli, type Cli } from './harness.js';

describe('kith sent', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith('add', 'Ana Lopez', '--company', 'Acme');
  });
  afterEach(() => cli.cleanup());

  it('logs an ask and says when Kith will suggest a follow-up', async () => {
    const result = await cli.kith('sent', 'Ana Lopez', '--intent', 'ask-advice');
    expect(result).toEqual({
      code: 0,
      stdout: [
        'Logged: Asked for advice (email to Ana Lopez, 25 Nov).',
        "If you haven't heard back by 2 Dec, Kith will suggest a short follow-up. Silence is normal, not a no.",
        'See their timeline: kith show "Ana Lopez"',
        '',
      ].join('\n'),
      stderr: '',
    });
    const timeline = await cli.kith('show', 'Ana');
    expect(timeline.stdout).toMatch(/2026-11-25 +email +outbound +ask +Asked for advice/);
  });

  it('logs every intent with the summary the web app logs too, from one function', async () => {
    for (const intent of draftIntents) {
      const result = await cli.kith('sent', 'Ana', '--intent', intent, '--json');
      const { interaction } = JSON.parse(result.stdout) as { interaction: { summary: string } };
      expect(interaction.summary, intent).toBe(sentSummary(intent));
    }
  });

  it('walks the capped follow-up sequence: a second nudge, then rest', async () => {
    await cli.kith('sent', 'Ana', '--intent', 'first-contact-cold');
    const first = await cli.kith('sent', 'Ana', '--intent', 'follow-up-1', '--channel', 'message');
    expect(first.stdout).toContain('Logged: Followed up (message to Ana Lopez, 25 Nov).');
    expect(first.stdout).toContain(
      "If there's still no answer by 9 Dec, Kith will suggest one last short note.",
    );
    const second = await cli.kith('sent', 'Ana', '--intent', 'follow-up-2');
    expect(second.stdout).toContain("That was the last nudge, so Kith won't suggest another.");
  });

  it('says nothing about following up when the message asks for nothing', async () => {
    const result = await cli.kith(
      'sent',
      '1',
      '--intent',
      'thank-you',
      '--summary',
      'thanks for the CV tips',
    );
    expect(result.stdout).toBe(
      'Logged: thanks for the CV tips (email to Ana Lopez, 25 Nov).\nSee their timeline: kith show "Ana Lopez"\n',
    );
  });

  it('prints the logged message and the follow-up plan as JSON', async () => {
    const result = await cli.kith(
      'sent',
      'Ana',
      '--intent',
      'request-intro',
      '--channel',
      'message',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      interaction: expect.objectContaining({
        personId: 1,
        occurredOn: '2026-11-25',
        channel: 'message',
        direction: 'outbound',
        kind: 'ask',
        summary: 'Asked for an introduction',
        expectsReply: true,
      }) as unknown,
      followUp: { state: 'waiting', step: 1, dueOn: '2026-12-02', sentOn: '2026-11-25' },
    });
  });

  it('exits 4 for a missing or unknown intent or channel, and 3 for an unknown person', async () => {
    const missing = await cli.kith('sent', 'Ana');
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('--intent: say what the message is for: one of ');
    const unknown = await cli.kith('sent', 'Ana', '--intent', 'plead');
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('(got "plead")');
    const channel = await cli.kith('sent', 'Ana', '--intent', 'share', '--channel', 'pigeon');
    expect(channel.code).toBe(4);
    expect(channel.stderr).toBe(
      '--channel: must be one of meeting, call, video, email, message, event, social, other (got "pigeon")\n',
    );
    const nobody = await cli.kith('sent', 'Zed', '--intent', 'share');
    expect(nobody.code).toBe(3);
    expect(nobody.stderr).toContain('Nobody called "Zed" is in your network yet.');
    expect((await cli.kith('show', 'Ana')).stdout).toContain('Nothing logged yet.');
  });
});

describe('kith questions', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith(
      'add',
      'Ana Lopez',
      '--company',
      'Acme',
      '--title',
      'Product Manager',
      '--interest',
      'data products',
    );
  });
  afterEach(() => cli.cleanup());

  it('prints the questions grouped for an informational talk, starters and follow-ups', async () => {
    const result = await cli.kith('questions', 'Ana');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^Questions for Ana Lopez\n\nFor an informational conversation:\n( {2}- .+\n)+\nTo start a conversation:\n( {2}- .+\n)+\nTo keep it going:\n( {2}- .+\n)+\nSomething to offer first:\n {2}Note what you can give/,
    );
    expect(result.stdout).toContain('Acme');
  });

  it('puts the offer that fits their need first', async () => {
    await cli.kith(
      'brand',
      '--offer',
      'feedback:CV reviews',
      '--offer',
      'introductions:an intro to a data team lead',
    );
    await cli.kith('edit', 'Ana', '--needs', 'an intro to a data team');
    const result = await cli.kith('questions', 'Ana');
    expect(result.stdout).toMatch(
      /Something to offer first:\n {2}- an intro to a data team lead \(Fits what they need/,
    );
  });

  it('prints the questions as JSON', async () => {
    const result = await cli.kith('questions', '1', '--json');
    expect(result.code).toBe(0);
    const questions = JSON.parse(result.stdout) as Record<string, string[] | object>;
    expect(Object.keys(questions)).toEqual(['informational', 'starters', 'followUps', 'giveFirst']);
    expect((questions.informational as string[]).length).toBeGreaterThan(0);
  });

  it('exits 3 for an unknown person', async () => {
    const result = await cli.kith('questions', 'Zed');
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
  });
});
