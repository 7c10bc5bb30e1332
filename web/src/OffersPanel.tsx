// "What can I offer?": ten kinds of value anyone can give, the user's own offers, and starter ideas.
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  describeError,
  saveOffers,
  type Brand,
  type OfferCategory,
  type OfferCategoryInfo,
  type OfferItem,
} from './api.js';

type Where = OfferCategory | 'starters';

export function OffersPanel({ brand, onSaved }: { brand: Brand; onSaved: (brand: Brand) => void }) {
  const offers = brand.profile.offers;
  // The server stops suggesting once the list has anything in it; keep the first ideas on screen.
  const [starters] = useState(brand.suggestedOffers);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ where: Where; text: string; failed: boolean } | null>(
    null,
  );
  const titles = new Map(brand.catalogue.map((info) => [info.category, info.title]));
  const unused = starters.filter((starter) => !offers.some((offer) => same(offer, starter)));

  async function save(next: OfferItem[], where: Where, text: string) {
    setSaving(true);
    setStatus(null);
    try {
      onSaved(await saveOffers(next));
      setStatus({ where, text, failed: false });
    } catch (error) {
      setStatus({ where, text: describeError(error), failed: true });
    } finally {
      setSaving(false);
    }
  }

  const statusFor = (where: Where) => (
    <div role="status">
      {status?.where === where ? (
        <p className={status.failed ? 'field-error' : 'hint saved-note'}>{status.text}</p>
      ) : null}
    </div>
  );

  return (
    <section className="card stack" aria-labelledby="offers-heading" data-testid="offers">
      <h2 id="offers-heading">What can I offer?</h2>
      <p>
        Networking starts with giving, and you have more to give than it may feel like — most of it
        costs a few minutes, not money. Note what you could offer; Kith suggests it when someone
        needs it.
      </p>
      <p className="offer-count" data-testid="offer-count">
        {offers.length === 0
          ? 'Nothing noted yet. Start with one idea below — one is enough to begin.'
          : `So far you’ve noted ${offers.length === 1 ? 'one thing' : `${offers.length} things`} you can offer: ${offers.length === 1 ? 'a way' : `${offers.length} ways`} to start a conversation by giving.`}
      </p>
      {unused.length > 0 ? (
        <div className="starters stack-sm">
          <h3>Ideas to start with</h3>
          <p className="hint">Add any that are true for you. You can remove them later.</p>
          <ul className="offer-list">
            {unused.map((starter) => (
              <li key={`${starter.category}-${starter.detail}`}>
                <span>
                  <span className="offer-kind">{titles.get(starter.category)}:</span>{' '}
                  {starter.detail}
                </span>
                <button
                  type="button"
                  className="secondary small"
                  disabled={saving}
                  aria-label={`Add: ${starter.detail}`}
                  onClick={() =>
                    void save([...offers, starter], 'starters', `Added “${starter.detail}”.`)
                  }
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
          {statusFor('starters')}
        </div>
      ) : null}
      <ul className="offer-categories">
        {brand.catalogue.map((info) => (
          <OfferCategoryBlock
            key={info.category}
            info={info}
            mine={offers.filter((offer) => offer.category === info.category)}
            saving={saving}
            status={statusFor(info.category)}
            onAdd={(detail) =>
              save(
                [...offers, { category: info.category, detail }],
                info.category,
                `Added “${detail}”.`,
              )
            }
            onRemove={(item) =>
              void save(
                offers.filter((offer) => !same(offer, item)),
                info.category,
                `Removed “${item.detail}”.`,
              )
            }
          />
        ))}
      </ul>
    </section>
  );
}

interface BlockProps {
  info: OfferCategoryInfo;
  mine: OfferItem[];
  saving: boolean;
  status: ReactNode;
  onAdd: (detail: string) => Promise<void>;
  onRemove: (item: OfferItem) => void;
}

function OfferCategoryBlock({ info, mine, saving, status, onAdd, onRemove }: BlockProps) {
  const [detail, setDetail] = useState('');
  const inputId = `offer-${info.category}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = detail.trim();
    if (text === '') return;
    await onAdd(text);
    setDetail('');
  }

  return (
    <li className="offer-category stack-sm" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{info.title}</h3>
      <p>{info.explanation}</p>
      <p className="hint">For example: {info.examples.join('; ')}.</p>
      {mine.length > 0 ? (
        <ul className="offer-list mine" aria-label={`Your offers: ${info.title}`}>
          {mine.map((item) => (
            <li key={item.detail}>
              <span>
                <span aria-hidden="true">✓ </span>
                {item.detail}
              </span>
              <button
                type="button"
                className="link small"
                disabled={saving}
                aria-label={`Remove: ${item.detail}`}
                onClick={() => onRemove(item)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="offer-add" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={inputId}>
          Add your own<span className="visually-hidden">: {info.title}</span>
        </label>
        <div className="inline-form">
          <input
            id={inputId}
            type="text"
            value={detail}
            maxLength={200}
            autoComplete="off"
            placeholder={`e.g. ${info.examples[0] ?? ''}`}
            onChange={(event) => setDetail(event.target.value)}
          />
          <button type="submit" className="secondary" disabled={saving || detail.trim() === ''}>
            Add<span className="visually-hidden"> to {info.title}</span>
          </button>
        </div>
      </form>
      {status}
    </li>
  );
}

function same(a: OfferItem, b: OfferItem): boolean {
  return a.category === b.category && a.detail === b.detail;
}
