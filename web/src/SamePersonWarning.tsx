// Shown when adding someone who is already there: the existing person, and a way to add anyway.
import type { Person } from './api.js';
import { personHref } from './route.js';

interface SamePersonWarningProps {
  people: Person[];
  saving: boolean;
  onAddAnyway: () => void;
}

export function SamePersonWarning({ people, saving, onAddAnyway }: SamePersonWarningProps) {
  const [first] = people;
  if (!first) return null;
  return (
    <div className="card notice" role="alert" data-testid="same-person">
      <p>
        {people.map((person, index) => (
          <span key={person.id}>
            {index > 0 ? ' and ' : ''}
            <a href={personHref(person.id)}>{person.name}</a>
            {person.company ? ` at ${person.company}` : ''}
          </span>
        ))}{' '}
        {people.length === 1 ? 'is' : 'are'} already in your network. Nothing was added yet.
      </p>
      <p>
        <button type="button" className="secondary" disabled={saving} onClick={onAddAnyway}>
          Add a second {first.name} anyway
        </button>
      </p>
    </div>
  );
}
