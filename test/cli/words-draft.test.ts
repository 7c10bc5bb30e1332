// kith draft: parts with their recipients, blanks, the tone check, polishing, and bad input.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftIntents } from '../../src/core/words/drafts.js';
import { intentMeaning } from '../../src/cli/words-flags.js';
import { createCli, type Cli } from './harness.js';

describe('kith draft', () => {
  let cli: Cli;
  beforeEach(async () => {
    cli = createCli();
    await cli.kith('add', 'Ana Lopez', '--company', 'Acme', '--title', 'Product Manager');
    await cli.kith('add', 'Ben Ng', '--company', 'Globex');
  });
  afterEach(() => cli.cleanup());

  it('prints the message with its recipient, the blanks, the tone and what to do next', async () => {
    const result = await cli.kith('draft', 'Ana Lopez', '--intent', 'ask-advice');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Subject: Could I ask your advice?',
      '',
      '── Message ──',
      'To: Ana Lopez',
      '',
      'Hi Ana,',
    ]);
    expect(result.stdout).toContain('Product Manager at Acme');
    expect(result.stdout).toMatch(/\nFill in before sending: \[[^\]]+\](, \[[^\]]+\])*\n/);
    expect(result.stdout).toContain('[your name]');
    expect(result.stdout).toMatch(/\nTone: \d+\/100\. .+\n/);
    expect(result.stdout).toMatch(
      /\nWhen you've sent it: kith sent "Ana Lopez" --intent ask-advice\n$/,
    );
    expect(result.stdout).not.toContain('Another way to say it');
  });

  it('prints every part of a request for an introduction, addressed to the connector', async () => {
    const result = await cli.kith(
      'draft',
      'Ana',
      '--intent',
      'request-intro',
      '--connector',
      'Ben Ng',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('── Note to Ben ──\nTo: Ben Ng\n\nHi Ben,');
    expect(result.stdout).toContain('── Forwardable blurb for Ana ──\nTo: Ana Lopez\n');
    expect(result.stdout).toContain('Tone of "Note to Ben": ');
    expect(result.stdout).toContain(
      'When you\'ve sent it: kith sent "Ben Ng" --intent request-intro',
    );
  });

  it('drafts an introduction for both people with --with', async () => {
    const result = await cli.kith('draft', 'Ana', '--intent', 'introduce', '--with', 'Ben');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('To: Ana Lopez, Ben Ng');
    expect(result.stdout).toContain('kith sent "Ana Lopez" --intent introduce');
    expect(result.stdout).toContain('kith sent "Ben Ng" --intent introduce');
  });

  it('shows other ways to say it with --variants', async () => {
    const result = await cli.kith('draft', '1', '--intent', 'ask-advice', '--variants', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Another way to say it (2 of 2):');
  });

  it('prints the draft and its tone check as JSON', async () => {
    const result = await cli.kith(
      'draft',
      'Ana',
      '--intent',
      'share',
      '--topic',
      'the State of Data report',
      '--stage',
      'contact',
      '--json',
    );
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as {
      draft: { intent: string; parts: Array<{ to: string; body: string }>; blanks: string[] };
      tone: { score: number; findings: unknown[] };
      polished: null;
      notice: null;
    };
    expect(body.draft.intent).toBe('share');
    expect(body.draft.parts[0]?.to).toBe('Ana Lopez');
    expect(body.draft.parts[0]?.body).toContain('the State of Data report');
    expect(body.tone.score).toBeGreaterThan(0);
    expect(body).toMatchObject({ polished: null, notice: null });
  });

  it('says it fell back to the template when --polish has no model', async () => {
    const result = await cli.kith('draft', 'Ana', '--intent', 'reconnect', '--polish');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^No model is set up \(KITH_LLM_URL and KITH_LLM_MODEL\), so here is the template draft\.\n\nSubject: /,
    );
    const json = await cli.kith('draft', 'Ana', '--intent', 'reconnect', '--polish', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      polished: null,
      notice: expect.stringContaining('No model is set up') as unknown,
    });
  });

  it('says why when the model cannot be reached, and still prints the template', async () => {
    const env = {
      KITH_HOME: cli.home,
      KITH_LLM_URL: 'http://127.0.0.1:1',
      KITH_LLM_MODEL: 'tiny',
    };
    const result = await cli.kithWith({ env }, 'draft', 'Ana', '--intent', 'thank-you', '--polish');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'The model at http://127.0.0.1:1 could not be reached. Here is the template draft instead.',
    );
    expect(result.stdout).toContain('── Message ──');
  });

  describe('with a model', () => {
    let server: Server;
    let url = '';
    beforeEach(async () => {
      server = createServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            choices: [
              {
                message: {
                  content:
                    'Hi Ana,\n\nThank you for the chat about product work at Acme; your advice on portfolios helped.\n\nBest,\n[your name]',
                },
              },
            ],
          }),
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('prints the polished message when KITH_LLM_URL and KITH_LLM_MODEL are set', async () => {
      const env = { KITH_HOME: cli.home, KITH_LLM_URL: url, KITH_LLM_MODEL: 'tiny' };
      const result = await cli.kithWith(
        { env },
        'draft',
        'Ana',
        '--intent',
        'thank-you',
        '--polish',
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('── Message (polished by your model) ──');
      expect(result.stdout).toContain('your advice on portfolios helped');
      expect(result.stdout).not.toContain('template draft');
    });
  });

  it('refuses to draft to someone marked do not contact, and says how to go ahead with --anyway', async () => {
    await cli.kith('add', 'Kate Morrison', '--do-not-contact');
    const refused = await cli.kith('draft', 'Kate', '--intent', 'reconnect');
    expect(refused.code).toBe(5);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('You marked Kate Morrison as do not contact');
    expect(refused.stderr).toContain('add --anyway');
    const anyway = await cli.kith('draft', 'Kate', '--intent', 'reconnect', '--anyway');
    expect(anyway.code).toBe(0);
    expect(anyway.stdout).toMatch(/^Warning: You marked Kate Morrison as do not contact\./);
  });

  it('says why a follow-up became a thank-you when they had already replied', async () => {
    for (const direction of ['outbound', 'inbound']) {
      await cli.kith(
        'log',
        '--person',
        'Ana Lopez',
        '--channel',
        'email',
        '--direction',
        direction,
        '--date',
        '2026-11-25',
      );
    }
    const result = await cli.kith('draft', 'Ana', '--intent', 'follow-up-1');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Note: Ana wrote back today, so this is a thank-you rather than a follow-up\.\n/,
    );
    expect(result.stdout).toContain('kith sent "Ana Lopez" --intent thank-you');
  });

  it('says to fill in the blanks first while any remain, never "send it"', async () => {
    const result = await cli.kith('draft', 'Ana', '--intent', 'congratulate');
    expect(result.stdout).toMatch(/\nTone: \d+\/100\. Fill in the blanks first: \[/);
    expect(result.stdout).not.toMatch(/send it/i);
  });

  it('exits 4 naming every intent when --intent is missing or unknown', async () => {
    for (const argv of [
      ['draft', 'Ana'],
      ['draft', 'Ana', '--intent', 'beg'],
    ]) {
      const result = await cli.kith(...argv);
      expect(result.code, argv.join(' ')).toBe(4);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^--intent: /);
      for (const intent of draftIntents) expect(result.stderr).toContain(intent);
    }
  });

  it('exits 4 for an unknown --stage or an out-of-range --variants', async () => {
    const stage = await cli.kith('draft', 'Ana', '--intent', 'share', '--stage', 'friend');
    expect(stage).toMatchObject({ code: 4, stdout: '' });
    expect(stage.stderr).toBe(
      '--stage: must be one of stranger, acquaintance, contact, ally (got "friend")\n',
    );
    const variants = await cli.kith('draft', 'Ana', '--intent', 'share', '--variants', '9');
    expect(variants).toMatchObject({ code: 4, stderr: '--variants: must be 1 to 5 (got 9)\n' });
  });

  it('exits 3 when the person, the connector or the other person is unknown', async () => {
    for (const argv of [
      ['draft', 'Zed', '--intent', 'share'],
      ['draft', 'Ana', '--intent', 'request-intro', '--connector', 'Zed'],
      ['draft', 'Ana', '--intent', 'introduce', '--with', '99'],
    ]) {
      const result = await cli.kith(...argv);
      expect(result.code, argv.join(' ')).toBe(3);
      expect(result.stdout).toBe('');
    }
  });

  it('lists the intents with what each means in its help', async () => {
    const result = await cli.kith('draft', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: kith draft');
    expect(result.stdout).toContain('Intents:');
    expect(result.stdout).toMatch(/ {2}ask-advice +Ask for advice\n/);
    expect(result.stdout).toMatch(/ {2}request-intro +Ask for an introduction \(--connector: /);
    for (const intent of draftIntents) {
      expect(result.stdout).toContain(`  ${intent} `);
      expect(result.stdout).toContain(intentMeaning(intent));
    }
  });
});
