// The extra words some drafts need: what is being shared, their news, or something new to add.
import { type FormEvent } from 'react';
import { TextField } from './Field.js';
import type { IntentChoice } from '../../src/core/words/intents.js';

export interface Topic {
  input: string;
  /** What the draft was last written with. */
  applied: string;
}

const topicWords: Record<'share' | 'congratulate' | 'other', { label: string; hint: string }> = {
  share: {
    label: 'What are you sharing?',
    hint: 'A link, an article or an idea, e.g. “the State of Product Ops report”.',
  },
  congratulate: {
    label: 'What’s their news?',
    hint: 'In a few words, e.g. “your new role at Acme” or “the launch last week”.',
  },
  other: {
    label: 'Something new to add (optional)',
    hint: 'A link or an idea gives a nudge a reason. Leave it empty and Kith mentions what you could offer.',
  },
};

export function TopicForm({
  choice,
  topic,
  onChange,
}: {
  choice: IntentChoice;
  topic: Topic;
  onChange: (topic: Topic) => void;
}) {
  const words =
    choice === 'share' || choice === 'congratulate' ? topicWords[choice] : topicWords.other;
  const changed = topic.input.trim() !== topic.applied;
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ input: topic.input, applied: topic.input.trim() });
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        id="compose-topic"
        label={words.label}
        hint={words.hint}
        value={topic.input}
        onChange={(input) => onChange({ ...topic, input })}
      />
      <div className="actions">
        <button type="submit" className="secondary" disabled={!changed}>
          Redo the draft with this
        </button>
      </div>
    </form>
  );
}
