// Before a one-line log is saved: who each doubtful name means, chosen from the people Kith offers.
import { useState } from 'react';
import type { LineQuestion as Question, Mention, PersonChoice } from './api.js';

export interface Answers {
  pick: number[];
  createNew: string[];
}

interface LineQuestionProps {
  question: Question;
  saving: boolean;
  onAnswer: (answers: Answers) => void;
  onCancel: () => void;
}

type Choice = number | 'new' | null;

const isAsked = (mention: Mention) => mention.asked === true;

function firstChoice(mention: Mention): Choice {
  if (mention.outcome === 'new') return 'new';
  return mention.person?.id ?? null;
}

export function LineQuestion({ question, saving, onAnswer, onCancel }: LineQuestionProps) {
  const asked = question.mentions.filter(isAsked);
  const [choices, setChoices] = useState<Choice[]>(() => asked.map(firstChoice));
  const ready = choices.every((choice) => choice !== null);

  function answer() {
    const pick: number[] = [];
    const createNew: string[] = [];
    asked.forEach((mention, index) => {
      const choice = choices[index];
      if (choice === 'new') createNew.push(mention.written);
      else if (typeof choice === 'number') pick.push(choice);
    });
    // Names nobody asked about keep the person they matched.
    for (const mention of question.mentions) {
      if (!isAsked(mention) && mention.person) pick.push(mention.person.id);
    }
    onAnswer({ pick, createNew });
  }

  return (
    <div className="notice stack" data-testid="log-line-question">
      <p>
        {question.status === 'ambiguous'
          ? 'Nothing is logged yet: say who you meant.'
          : 'Check who this is about before it is logged.'}
      </p>
      {asked.map((mention, index) => (
        <fieldset key={`${mention.written}-${index}`}>
          <legend>{legendFor(mention)}</legend>
          {mention.candidates.map((candidate) => (
            <label key={candidate.id}>
              <input
                type="radio"
                name={`who-${index}`}
                checked={choices[index] === candidate.id}
                onChange={() => setChoices(replace(choices, index, candidate.id))}
              />{' '}
              {describeChoice(candidate)}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name={`who-${index}`}
              checked={choices[index] === 'new'}
              onChange={() => setChoices(replace(choices, index, 'new'))}
            />{' '}
            Someone new called {mention.written}
          </label>
        </fieldset>
      ))}
      <div className="inline-form">
        <button type="button" className="primary" disabled={!ready || saving} onClick={answer}>
          {saving ? 'Logging…' : 'Log with these people'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function legendFor(mention: Mention): string {
  switch (mention.outcome) {
    case 'several':
      return `Who is “${mention.written}”?`;
    case 'nobody':
      // "Meta DS": nobody is close and it does not read as a person's name.
      return mention.candidates.length === 0
        ? `Who is “${mention.written}”? Nobody in your network is called that, and Kith could not tell whether it is a person: choose someone new if it is a person you met, or cancel and write their name.`
        : `Nobody is called “${mention.written}” yet. Did you mean…`;
    case 'new':
      return `“${mention.written}” is new to Kith.`;
    case 'matched':
    case 'picked':
      return `You wrote “${mention.written}”.`;
  }
}

function describeChoice(choice: PersonChoice): string {
  return `${choice.name}${choice.company ? `, ${choice.company}` : ''} (${choice.why})`;
}

function replace(choices: Choice[], index: number, value: Choice): Choice[] {
  return choices.map((choice, i) => (i === index ? value : choice));
}
