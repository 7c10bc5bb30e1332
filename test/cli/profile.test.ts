// kith init and kith profile: where the data lives, and the user's own profile.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCli, type Cli } from './harness.js';

describe('kith init and kith profile', () => {
  let cli: Cli;
  beforeEach(() => (cli = createCli()));
  afterEach(() => cli.cleanup());

  it('creates the database, says where it lives and what to do next', async () => {
    const result = await cli.kith('init');
    const path = join(cli.home, 'kith.db');
    expect(result.code).toBe(0);
    expect(existsSync(path)).toBe(true);
    expect(result.stdout).toContain(`Kith is ready. Your data lives in ${path}`);
    expect(result.stdout).toContain('kith profile --name');
    expect(result.stdout).toContain('kith add "Ana Lopez"');
    expect(result.stdout).toContain('kith log "coffee with Ana Lopez yesterday"');
  });

  it('is safe to run twice', async () => {
    await cli.kith('add', 'Ana Lopez');
    expect((await cli.kith('init')).code).toBe(0);
    expect(JSON.parse((await cli.kith('people', '--json')).stdout)).toMatchObject({ total: 1 });
  });

  it('saves the profile from init flags and prints it as JSON', async () => {
    const result = await cli.kith(
      'init',
      '--name',
      'Sam Rivera',
      '--headline',
      'Analyst moving into product',
      '--goal',
      'job-search',
      '--roles',
      'Product Analyst, Analytics Engineer',
      '--companies',
      'Acme',
      '--industries',
      'Climate',
      '--minutes',
      '90',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      location: join(cli.home, 'kith.db'),
      profile: {
        name: 'Sam Rivera',
        headline: 'Analyst moving into product',
        goal: 'job-search',
        targetRoles: ['Product Analyst', 'Analytics Engineer'],
        targetCompanies: ['Acme'],
        targetIndustries: ['Climate'],
        weeklyMinutes: 90,
        onboarded: true,
        updatedAt: '2026-11-25T12:00:00.000Z',
      },
    });
  });

  it('invites the user to fill in a profile when there is none', async () => {
    const result = await cli.kith('profile');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No profile yet.');
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      onboarded: false,
    });
  });

  it('changes only the fields whose flags are given', async () => {
    await cli.kith(
      'profile',
      '--name',
      'Sam Rivera',
      '--goal',
      'business-development',
      '--roles',
      'Consultant',
    );
    const result = await cli.kith('profile', '--minutes', '30');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Saved your profile.');
    expect(result.stdout).toContain('Goal        Business development');
    expect(result.stdout).toContain('Time        30 minutes a week');
    expect(JSON.parse((await cli.kith('profile', '--json')).stdout)).toMatchObject({
      name: 'Sam Rivera',
      targetRoles: ['Consultant'],
      weeklyMinutes: 30,
    });
  });

  it('rejects a goal it does not know with exit 4, naming the flag and the choices', async () => {
    const result = await cli.kith('profile', '--name', 'Sam', '--goal', 'fame');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      '--goal: must be one of job-search, business-development, grow-network\n',
    );
  });

  it('asks for a name before the first profile is saved', async () => {
    const result = await cli.kith('profile', '--minutes', '30');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('name: cannot be empty\n');
  });

  it('names --minutes when the time budget is not a number', async () => {
    const result = await cli.kith('profile', '--name', 'Sam', '--minutes', 'lots');
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('--minutes: must be a number of minutes\n');
  });
});
