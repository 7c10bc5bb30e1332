// Network-wide figures for the Progress page: tiers, stages, the give/get ledger and reply history.
import { sql } from 'kysely';
import type { Store } from './store.js';

export async function countByTier(store: Store, accountId: string): Promise<Map<number, number>> {
  const rows = await store.db
    .selectFrom('person_ties')
    .select((eb) => ['tier', eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .groupBy('tier')
    .execute();
  return new Map(rows.map((row) => [Number(row.tier), Number(row.n)]));
}

export async function sumGiveGet(
  store: Store,
  accountId: string,
): Promise<{ given: number; asked: number; received: number }> {
  const row = await store.db
    .selectFrom('person_ties')
    .select((eb) => [
      eb.fn.sum<number>('given_count').as('given'),
      eb.fn.sum<number>('asked_count').as('asked'),
      eb.fn.sum<number>('received_count').as('received'),
    ])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return {
    given: Number(row?.given ?? 0),
    asked: Number(row?.asked ?? 0),
    received: Number(row?.received ?? 0),
  };
}

/** What a stage reading needs for every person, streamed in pages of 5,000 by id. */
export async function* stageEvidence(
  store: Store,
  accountId: string,
): AsyncGenerator<{
  count: number;
  twoWay: number;
  lastOn: string | null;
  howWeMet: string | null;
}> {
  for (let after = 0; ;) {
    const rows = await store.db
      .selectFrom('person_ties')
      .innerJoin('people', (join) =>
        join
          .onRef('people.account_id', '=', 'person_ties.account_id')
          .onRef('people.id', '=', 'person_ties.person_id'),
      )
      .select([
        'person_ties.person_id',
        'person_ties.outbound_count',
        'person_ties.inbound_count',
        'person_ties.mutual_count',
        'person_ties.last_on',
        'people.how_we_met',
      ])
      .where('person_ties.account_id', '=', accountId)
      .where('person_ties.person_id', '>', after)
      .orderBy('person_ties.person_id')
      .limit(5000)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    after = Number(last.person_id);
    for (const row of rows) {
      const twoWay = Number(row.inbound_count) + Number(row.mutual_count);
      yield {
        count: Number(row.outbound_count) + twoWay,
        twoWay,
        lastOn: row.last_on,
        howWeMet: row.how_we_met,
      };
    }
  }
}

/**
 * 1 when a message that expected an answer got one: anything not outbound from the same person
 * on the same day or later. The Progress page and the coach's dashboard count it this one way.
 */
const answeredSql = sql<number>`case when exists (
      select 1 from interactions r
      where r.account_id = i.account_id and r.person_id = i.person_id
        and r.direction <> 'outbound' and r.occurred_on >= i.occurred_on
    ) then 1 else 0 end`;

/** Every message since `fromDay` that expected an answer, and whether any answer came after it. */
export async function replyHistory(
  store: Store,
  accountId: string,
  fromDay: string,
): Promise<Array<{ occurredOn: string; answered: boolean }>> {
  const rows = await sql<{ occurred_on: string; answered: number | boolean }>`
    select i.occurred_on, ${answeredSql} as answered
    from interactions i
    where i.account_id = ${accountId} and i.expects_reply = 1 and i.direction = 'outbound'
      and i.occurred_on >= ${fromDay}`.execute(store.db);
  return rows.rows.map((row) => ({
    occurredOn: row.occurred_on,
    answered: Number(row.answered) === 1,
  }));
}

/** The same history for many accounts in one query, counted per account and day. */
export async function replyCountsByDay(
  store: Store,
  accountIds: readonly string[],
  fromDay: string,
): Promise<Array<{ accountId: string; occurredOn: string; asked: number; answered: number }>> {
  if (accountIds.length === 0) return [];
  const rows = await sql<{
    account_id: string;
    occurred_on: string;
    asked: number;
    answered: number;
  }>`
    select account_id, occurred_on, count(*) as asked, sum(answered) as answered from (
      select i.account_id, i.occurred_on, ${answeredSql} as answered
      from interactions i
      where i.account_id in (${sql.join(accountIds)}) and i.expects_reply = 1
        and i.direction = 'outbound' and i.occurred_on >= ${fromDay}
    ) asks
    group by account_id, occurred_on`.execute(store.db);
  return rows.rows.map((row) => ({
    accountId: row.account_id,
    occurredOn: row.occurred_on,
    asked: Number(row.asked),
    answered: Number(row.answered),
  }));
}
