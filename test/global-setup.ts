// Runs once before the suite: finds out whether PostgreSQL is reachable for the dialect tests.
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL URL for dialect tests, or '' when they are skipped. */
    postgresUrl: string;
  }
}

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.KITH_TEST_POSTGRES_URL ?? defaultPostgresUrl;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresUrl', url);
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(
        `PostgreSQL is required under CI=true but ${url} is not reachable: ${String(error)}`,
        {
          cause: error,
        },
      );
    }
    project.provide('postgresUrl', '');
    console.warn(
      `\nNotice: PostgreSQL is not reachable at ${url}; the PostgreSQL half of the store and server tests is skipped.\n` +
        'Set KITH_TEST_POSTGRES_URL to point at a server to run them.\n',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
