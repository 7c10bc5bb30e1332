// One side of a possible duplicate: who they are, how to reach them, and the choice to keep them.
import type { Person } from './api.js';
import { personHref } from './route.js';

interface PersonSideProps {
  person: Person;
  group: string;
  label: string;
  checked: boolean;
  onPick: () => void;
}

export function PersonSide({ person, group, label, checked, onPick }: PersonSideProps) {
  const id = `${group}-${person.id}`;
  const role = [person.title, person.company].filter(Boolean).join(' at ');
  return (
    <div className="pair-side">
      <h3>
        <a href={personHref(person.id)}>{person.name}</a>
      </h3>
      <ul className="pair-details">
        <li>{role || <span className="muted">No company or title</span>}</li>
        {person.emails.map((email) => (
          <li key={email}>{breakAtSign(email)}</li>
        ))}
        {person.phones.map((phone) => (
          <li key={phone}>{phone}</li>
        ))}
        {person.emails.length + person.phones.length === 0 ? (
          <li className="muted">No email or phone</li>
        ) : null}
        {person.location ? <li>{person.location}</li> : null}
      </ul>
      <div className="field field-checkbox">
        <input type="radio" id={id} name={group} checked={checked} onChange={onPick} />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

/** On a narrow screen an address wraps after its @ before it wraps anywhere else. */
function breakAtSign(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
