// What a user types to name one person: an id or a name. An id no person could have is "not
// found" on both databases, never a database error.
import { expect, it } from 'vitest';
import { resolvePerson } from '../../src/services/resolve-person.js';
import { describeEachDialect } from '../dialects.js';
import { freshAccount, person } from './coach-builders.js';

describeEachDialect('resolving a person', ({ store }) => {
  it('finds one person by id or by name, and says when an id is nobody', async () => {
    const deps = await freshAccount(store(), '2026-11-30T12:00:00Z');
    const ana = await person(deps, 'Ana Lopez');
    expect((await resolvePerson(deps, { ref: String(ana.id) })).name).toBe('Ana Lopez');
    expect((await resolvePerson(deps, { ref: ' Ana Lopez ' })).id).toBe(ana.id);
    for (const ref of ['999999', '59116385826815049757', '9'.repeat(40)]) {
      await expect(resolvePerson(deps, { ref })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
