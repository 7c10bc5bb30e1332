// `npm run bench`: every benchmark, each figure printed beside a baseline measured in the same run.
// BENCH_PEOPLE (default 100000) scales the network; BENCH_API_SECONDS (default 5) the load test;
// BENCH_COACH_SIZES (default 1000,10000,100000 up to BENCH_PEOPLE) the coach's networks;
// BENCH_IMPORT_ROWS (default 30000) the import's LinkedIn and Google files, BENCH_IMPORT_RUNS
// (default 5) how many times the import is measured beside its baseline;
// BENCH_POSTGRES_URL=postgres://… adds the same figures on PostgreSQL;
// BENCH_ONLY=network,coach picks some of words, network, coach, import, groups and load (default:
// all but load, the server-mode load test, which runs only when named);
// BENCH_LOAD_ACCOUNTS (default 50), BENCH_LOAD_PEOPLE (default 2000 each) and BENCH_LOAD_SECONDS
// (default 60) size it, and
// BENCH_LOAD_SIGN_IN=token signs in with API tokens instead of session cookies, and
// BENCH_LOAD_KEEP=1 keeps the PostgreSQL accounts (schema kith_load_kept) for the next run;
// BENCH_DB=/path/kith.db keeps the network's SQLite file there and reuses it when it is already loaded,
// and BENCH_POSTGRES_SCHEMA=name does the same with a PostgreSQL schema;
// BENCH_DIALECTS=postgres (or sqlite) runs every benchmark on that dialect alone.
import { benchAccountsPostgres, benchAccountsSqlite } from './accounts.bench.js';
import { benchCoach, benchCoachPostgres, coachSizes } from './coach.bench.js';
import { benchGroups } from './groups.bench.js';
import { benchImport, benchImportPostgres } from './import.bench.js';
import { benchNetwork, benchPostgres } from './network.bench.js';
import { benchWords } from './words.bench.js';

const people = Number(process.env.BENCH_PEOPLE ?? 100_000);
const apiSeconds = Number(process.env.BENCH_API_SECONDS ?? 5);
const sizes = coachSizes(people);
const only = new Set((process.env.BENCH_ONLY ?? 'words,network,coach,import,groups').split(','));
const storeFile = process.env.BENCH_DB;
const load = {
  accounts: Number(process.env.BENCH_LOAD_ACCOUNTS ?? 50),
  people: Number(process.env.BENCH_LOAD_PEOPLE ?? 2000),
  seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 60),
  signIn: process.env.BENCH_LOAD_SIGN_IN === 'token' ? ('token' as const) : ('session' as const),
};
const dialects = new Set((process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(','));

console.log(`Kith benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
if (dialects.has('sqlite')) {
  if (only.has('words')) benchWords();
  if (only.has('network')) await benchNetwork({ people, apiSeconds, storeFile });
  if (only.has('coach')) await benchCoach({ sizes, apiSeconds });
  if (only.has('import')) await benchImport();
  if (only.has('groups')) await benchGroups();
  if (only.has('load')) await benchAccountsSqlite(load);
}

const postgresUrl = process.env.BENCH_POSTGRES_URL;
if (postgresUrl && dialects.has('postgres')) {
  if (only.has('network'))
    await benchPostgres({
      people,
      apiSeconds,
      url: postgresUrl,
      keptSchema: process.env.BENCH_POSTGRES_SCHEMA,
    });
  if (only.has('coach')) await benchCoachPostgres({ sizes, apiSeconds, url: postgresUrl });
  if (only.has('import')) await benchImportPostgres(postgresUrl);
  if (only.has('load')) {
    await benchAccountsPostgres({
      ...load,
      url: postgresUrl,
      keep: process.env.BENCH_LOAD_KEEP === '1',
    });
  }
} else if (!postgresUrl) {
  console.log('\n(Set BENCH_POSTGRES_URL=postgres://… to measure PostgreSQL as well.)');
}
