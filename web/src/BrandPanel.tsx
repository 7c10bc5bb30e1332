// "Your value statement": the user's own words in, a one-sentence statement and 30-second intro out.
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors, saveBrand, type Brand, type BrandInput } from './api.js';
import { joinList, splitList } from './comma-list.js';
import { FormError, TextField, fieldErrorSummary } from './Field.js';
import { MarkedTextarea } from './MarkedTextarea.js';
import { blankMarks, blanksLeft, piecesOf } from './marks.js';

interface Words {
  strengths: string;
  whoIHelp: string;
  howIHelp: string;
  interests: string;
}

function wordsOf(brand: Brand): Words {
  const { profile } = brand;
  return {
    strengths: joinList(profile.strengths),
    whoIHelp: profile.whoIHelp,
    howIHelp: profile.howIHelp,
    interests: joinList(profile.interests),
  };
}

function optionsOf(brand: Brand): string[] {
  return [brand.suggestion.statement, ...brand.suggestion.alternatives];
}

/** Which suggestion a text came from untouched, so a new suggestion can replace it; else null. */
function sourceOf(text: string, options: readonly string[]): number | null {
  const index = options.indexOf(text);
  return index === -1 ? null : index;
}

export function BrandPanel({ brand, onSaved }: { brand: Brand; onSaved: (brand: Brand) => void }) {
  const { profile, suggestion } = brand;
  const options = optionsOf(brand);
  const [words, setWords] = useState(() => wordsOf(brand));
  const [statement, setStatement] = useState(profile.valueStatement || suggestion.statement);
  const [picked, setPicked] = useState(() =>
    profile.valueStatement === '' ? 0 : sourceOf(profile.valueStatement, options),
  );
  const [intro, setIntro] = useState(profile.intro || suggestion.intro30s);
  const [introFromSuggestion, setIntroFromSuggestion] = useState(
    profile.intro === '' || profile.intro === suggestion.intro30s,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ where: 'words' | 'statement'; text: string } | null>(null);
  const [saving, setSaving] = useState<'words' | 'statement' | null>(null);
  const [status, setStatus] = useState<{ where: 'words' | 'statement'; text: string } | null>(null);
  const set = (field: keyof Words) => (value: string) => setWords({ ...words, [field]: value });
  const left = blanksLeft(`${statement}\n${intro}`, suggestion.blanks);

  async function save(where: 'words' | 'statement') {
    setSaving(where);
    setStatus(null);
    // "Show my statement" saves only the words; the chosen statement is saved on its own button.
    const input: BrandInput = {
      strengths: splitList(words.strengths),
      whoIHelp: words.whoIHelp.trim(),
      howIHelp: words.howIHelp.trim(),
      interests: splitList(words.interests),
      valueStatement: where === 'statement' ? statement.trim() : profile.valueStatement,
      intro: where === 'statement' ? intro.trim() : profile.intro,
    };
    try {
      const next = await saveBrand(input);
      const nextOptions = optionsOf(next);
      // Text the user picked but did not change follows the new suggestion; their own edits stay.
      if (picked !== null) setStatement(nextOptions[picked] ?? next.suggestion.statement);
      if (introFromSuggestion) setIntro(next.suggestion.intro30s);
      setErrors({});
      setBanner(null);
      const gaps = blanksLeft(
        `${picked !== null ? (nextOptions[picked] ?? '') : statement}\n${introFromSuggestion ? next.suggestion.intro30s : intro}`,
        next.suggestion.blanks,
      );
      setStatus({
        where,
        text:
          where === 'words'
            ? gaps.length > 0
              ? 'Saved. Your statement is below — fill the gaps in [brackets], or add a few more words above.'
              : 'Saved. Your statement is below: pick the wording that sounds most like you.'
            : gaps.length > 0
              ? 'Saved. Fill in the gaps in [brackets] before you use it in a message.'
              : 'Saved. Kith will use this statement in your drafts.',
      });
      onSaved(next);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setBanner({ where, text: fieldErrorSummary(byField) ?? describeError(error) });
    } finally {
      setSaving(null);
    }
  }

  function submitWords(event: FormEvent) {
    event.preventDefault();
    void save('words');
  }

  return (
    <section className="card stack" aria-labelledby="brand-heading" data-testid="brand">
      <h2 id="brand-heading">Your value statement</h2>
      <p>
        One honest sentence about whom you help and how. It keeps your messages steady: you lead
        with what you bring, not with what you need.
      </p>
      <form className="stack" onSubmit={submitWords} noValidate>
        <FormError message={banner?.where === 'words' ? banner.text : null} />
        <TextField
          id="brand-strengths"
          label="What you’re good at"
          hint="Separate with commas. Past jobs, study, volunteering and hobbies all count."
          value={words.strengths}
          onChange={set('strengths')}
          error={errors.strengths}
        />
        <div className="grid">
          <TextField
            id="brand-who"
            label="Who you help"
            hint="For example: small health-tech teams, first-time founders."
            value={words.whoIHelp}
            onChange={set('whoIHelp')}
            error={errors.whoIHelp}
          />
          <TextField
            id="brand-how"
            label="How you help them"
            hint="It follows “I help [who]…”, e.g. “turn messy processes into calm routines”."
            value={words.howIHelp}
            onChange={set('howIHelp')}
            error={errors.howIHelp}
          />
        </div>
        <TextField
          id="brand-interests"
          label="What you’re curious about lately"
          hint="Separate with commas, e.g. open data, service design."
          value={words.interests}
          onChange={set('interests')}
          error={errors.interests}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={saving !== null}>
            {saving === 'words' ? 'Saving…' : 'Show my statement'}
          </button>
        </div>
        <div role="status">
          {status?.where === 'words' ? <p className="success">{status.text}</p> : null}
        </div>
      </form>

      <div className="stack statement" data-testid="statement">
        <fieldset className="choices">
          <legend>Start from one of these</legend>
          {options.map((option, index) => (
            <div className="choice" key={`${index}-${option}`}>
              <input
                type="radio"
                id={`statement-option-${index}`}
                name="statement-option"
                checked={picked === index}
                onChange={() => {
                  setPicked(index);
                  setStatement(option);
                }}
              />
              <label htmlFor={`statement-option-${index}`} className="statement-option">
                <WithBlanks text={option} blanks={suggestion.blanks} />
              </label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="brand-statement">Your statement</label>
          <p className="hint" id="brand-statement-hint">
            Make it sound like you. One sentence is plenty.
          </p>
          <MarkedTextarea
            id="brand-statement"
            value={statement}
            onChange={(text) => {
              setStatement(text);
              setPicked(sourceOf(text, options));
            }}
            marks={blankMarks(statement, suggestion.blanks)}
            describedBy="brand-statement-hint"
            compact
          />
          {errors.valueStatement ? <p className="field-error">{errors.valueStatement}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="brand-intro">Your 30-second introduction</label>
          <p className="hint" id="brand-intro-hint">
            For events and the start of a call. Say it out loud once and change whatever doesn’t
            sound like you.
          </p>
          <MarkedTextarea
            id="brand-intro"
            value={intro}
            onChange={(text) => {
              setIntro(text);
              setIntroFromSuggestion(text === suggestion.intro30s);
            }}
            marks={blankMarks(intro, suggestion.blanks)}
            describedBy="brand-intro-hint"
          />
          {errors.intro ? <p className="field-error">{errors.intro}</p> : null}
          {intro !== suggestion.intro30s ? (
            <div>
              <button
                type="button"
                className="link small"
                onClick={() => {
                  setIntro(suggestion.intro30s);
                  setIntroFromSuggestion(true);
                }}
              >
                Use Kith’s suggested introduction
              </button>
            </div>
          ) : null}
        </div>
        {left.length > 0 ? (
          <div className="fill-in" data-testid="brand-blanks">
            <p>
              <strong>Fill in</strong> — add a few words above, or write these in yourself:
            </p>
            <ul>
              {left.map((blank) => (
                <li key={blank}>
                  <span className="blank-token">[{blank}]</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <FormError message={banner?.where === 'statement' ? banner.text : null} />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={saving !== null}
            onClick={() => void save('statement')}
          >
            {saving === 'statement' ? 'Saving…' : 'Save my statement'}
          </button>
        </div>
        <div role="status">
          {status?.where === 'statement' ? (
            <p className="success" data-testid="statement-saved">
              {status.text}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** A suggestion with its [blanks] marked, so the gaps stand out before anything is edited. */
function WithBlanks({ text, blanks }: { text: string; blanks: readonly string[] }) {
  return (
    <span>
      {piecesOf(text, blankMarks(text, blanks)).map((piece, index) =>
        piece.tone === null ? (
          <span key={index}>{piece.text}</span>
        ) : (
          <mark key={index} className="blank-token">
            {piece.text}
          </mark>
        ),
      )}
    </span>
  );
}
