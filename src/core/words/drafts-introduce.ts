// Introducing two people the user knows: an opt-in note to each side first, then the joint introduction.
import { completePerson, type Person } from '../person.js';
import type { DraftContext, DraftTemplate } from './draft-context.js';
import { greet, roleClause, roleOf, signOff } from './phrases.js';
import { addressYou, clipFact, composeBody, firstNameOf, pick } from './prose.js';
import { tidyTitle } from './titles.js';
import { phrasesOverlap, sharedTokens, tokenize } from './tokens.js';

/** Why `a` and `b` should meet: b's offer meets a's need, or a shared interest; else a blank. */
function reasonToMeet(context: DraftContext, a: Person, b: Person, toA = false): string {
  const bFirst = firstNameOf(b.name);
  if (a.needs && b.offers && sharedTokens(tokenize(a.needs), tokenize(b.offers)).length > 0) {
    const needs = clipFact(a.needs, 10);
    return `${bFirst} may be able to help with ${toA ? (addressYou(needs) ?? needs) : needs}`;
  }
  for (const mine of a.interests) {
    const theirs = b.interests.find((interest) => phrasesOverlap(interest, mine));
    if (theirs === undefined) continue;
    const [x, y] = [clipFact(mine, 5), clipFact(theirs, 5)];
    return x.toLowerCase() === y.toLowerCase()
      ? `you're both interested in ${x}`
      : `your interests overlap (${x} and ${y})`;
  }
  return context.blank('why these two should meet');
}

/** The opt-in note to `to` about `other`: describes the other person without naming them. */
function writeOptIn(context: DraftContext, to: Person, other: Person, variant: number): string {
  const otherFirst = firstNameOf(other.name);
  const title = other.title ? clipFact(other.title, 6) : null;
  const about = otherFirst.startsWith('[') ? 'them' : otherFirst;
  const who = title
    ? `they work ${roleClause(title, null) ?? ''}`
    : `they're ${context.blank(`one line about ${about}`)}`;
  const reason = reasonToMeet(context, to, other, true);
  const anonymous = reason.startsWith(`${otherFirst} `)
    ? `they${reason.slice(otherFirst.length)}`
    : reason;
  return composeBody([
    [greet(context, firstNameOf(to.name))],
    [
      `I know someone I think you'd enjoy meeting: ${who}, and ${anonymous}.`,
      pick(
        [
          'Would you like me to introduce you?',
          'Would an introduction be welcome?',
          'Shall I introduce you by email?',
        ],
        variant,
      ),
      pick(
        [
          "No problem at all if the timing isn't right.",
          'An easy no is completely fine.',
          "Only if it's useful to you.",
        ],
        variant,
      ),
    ],
    [signOff(context, variant)],
  ]);
}

function describe(person: Person): string {
  const role = roleOf(
    person.title ? tidyTitle(clipFact(person.title, 6)) : null,
    person.company ? clipFact(person.company, 6) : null,
  );
  return role ? `${person.name} (${role})` : person.name;
}

export const introduce: DraftTemplate = (context, variant) => {
  const a = context.person;
  const b = context.otherPerson ?? placeholderPerson(context.blank("the other person's name"));
  const aFirst = firstNameOf(a.name);
  const bFirst = firstNameOf(b.name);
  const joint = composeBody([
    [`Hi ${aFirst} and ${bFirst},`],
    [
      pick(
        [
          "As promised, here's the introduction.",
          'Happy to connect you two.',
          'Glad you were both up for this.',
        ],
        variant,
      ),
    ],
    [`${aFirst}, meet ${describe(b)}. ${bFirst}, meet ${describe(a)}.`],
    [
      `I thought you should talk because ${reasonToMeet(context, a, b)}.`,
      "I'll let you take it from here.",
    ],
    [signOff(context, variant)],
  ]);
  return {
    subject: `Introduction: ${aFirst} and ${bFirst}`,
    parts: [
      { label: `Opt-in note to ${aFirst}`, to: a.name, body: writeOptIn(context, a, b, variant) },
      { label: `Opt-in note to ${bFirst}`, to: b.name, body: writeOptIn(context, b, a, variant) },
      {
        label: 'Joint introduction (send once both say yes)',
        to: `${a.name}, ${b.name}`,
        body: joint,
      },
    ],
  };
};

/** Stands in for a missing second person: a name that is itself a blank, and no other facts. */
function placeholderPerson(name: string): Person {
  return { id: 0, createdAt: '', updatedAt: '', ...completePerson({ name }) };
}
