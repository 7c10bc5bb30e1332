// Property: after any sequence of writes, each kept aggregate equals a recomputation from the raw timeline.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { summarizeTie } from '../../src/core/coach/tie-summary.js';
import { channels, directions, interactionKinds } from '../../src/core/interaction.js';
import { editPerson } from '../../src/services/edit-person.js';
import { logInteraction } from '../../src/services/log-interaction.js';
import { removeInteraction } from '../../src/services/remove-interaction.js';
import { rowToInteraction } from '../../src/store/interactions.repo.js';
import { findTieRow, tieToRow, rowToSettings } from '../../src/store/ties.repo.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

const day = fc
  .integer({ min: 0, max: 2000 })
  .map((d) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const step = fc.oneof(
  fc.record({
    op: fc.constant('log' as const),
    who: fc.nat({ max: 2 }),
    occurredOn: day,
    channel: fc.constantFrom(...channels),
    direction: fc.constantFrom(...directions),
    kind: fc.constantFrom(...interactionKinds),
    expectsReply: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('dnc' as const), who: fc.nat({ max: 2 }), on: fc.boolean() }),
);

describeEachDialect('coach aggregates', ({ store, dialect }) => {
  it('always equal a recomputation from the raw interactions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const deps = await freshAccount(store(), '2026-11-30T12:00:00Z');
        const people = [
          await person(deps, 'Ana Lopez'),
          await person(deps, 'Ben Okafor'),
          await person(deps, 'Cleo Park'),
        ];
        const logged: number[] = [];
        for (const s of steps) {
          if (s.op === 'log') {
            const { who, occurredOn, channel, direction, kind, expectsReply } = s;
            const fields = { occurredOn, channel, direction, kind, expectsReply };
            logged.push((await logInteraction(deps, { personId: people[who]?.id, ...fields })).id);
          } else if (s.op === 'remove' && logged.length > 0) {
            const [id] = logged.splice(s.pick % logged.length, 1);
            await removeInteraction(deps, { id: id ?? 0 });
          } else if (s.op === 'dnc') {
            await editPerson(deps, { id: people[s.who]?.id ?? 0, patch: { doNotContact: s.on } });
          }
        }
        for (const p of people) {
          const kept = await findTieRow(store(), deps.accountId, p.id);
          if (!kept) throw new Error(`${p.name} has no aggregate row`);
          const rows = await store()
            .db.selectFrom('interactions')
            .selectAll()
            .where('account_id', '=', deps.accountId)
            .where('person_id', '=', p.id)
            .execute();
          const current = await store()
            .db.selectFrom('people')
            .select(['do_not_contact', 'created_at'])
            .where('account_id', '=', deps.accountId)
            .where('id', '=', p.id)
            .executeTakeFirstOrThrow();
          const expected = tieToRow({
            accountId: deps.accountId,
            person: {
              id: p.id,
              createdAt: current.created_at,
              doNotContact: Boolean(current.do_not_contact),
            },
            summary: summarizeTie(rows.map(rowToInteraction)),
            settings: rowToSettings(kept),
          });
          expect({
            ...kept,
            person_id: Number(kept.person_id),
            intensity: Number(kept.intensity),
          }).toEqual({
            ...expected,
            intensity: Number(expected.intensity),
          });
        }
      }),
      { numRuns: dialect === 'sqlite' ? 25 : 8 },
    );
  });
});
