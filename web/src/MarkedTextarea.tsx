// A textarea over a mirror of its own text, so spans (tone findings, blanks) show highlighted in place.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { piecesOf, type Mark } from './marks.js';

interface MarkedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  marks: readonly Mark[];
  describedBy?: string;
  /** Lets the parent select a span, e.g. "Show in the text" next to a finding. */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** A smaller starting height, for a sentence rather than a message. */
  compact?: boolean;
}

export function MarkedTextarea({
  id,
  value,
  onChange,
  marks,
  describedBy,
  textareaRef,
  compact = false,
}: MarkedTextareaProps) {
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const mirrorRef = useRef<HTMLDivElement>(null);

  // The textarea grows with its text, so the mirror behind it never needs to scroll;
  // a narrower window wraps more lines, so the height is measured again on resize.
  useLayoutEffect(() => {
    const fit = () => {
      const area = ref.current;
      if (!area) return;
      area.style.height = 'auto';
      area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [value, ref]);

  return (
    <div className={compact ? 'marked compact' : 'marked'}>
      <div className="marked-mirror" ref={mirrorRef} aria-hidden="true">
        {piecesOf(value, marks).map((piece, index) =>
          piece.tone === null ? (
            <span key={index}>{piece.text}</span>
          ) : (
            <mark key={index} className={`mark-${piece.tone}`}>
              {piece.text}
            </mark>
          ),
        )}
        {/* A trailing newline needs something after it, or the mirror is a line short. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        name={id}
        ref={ref}
        value={value}
        rows={1}
        spellCheck
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (mirrorRef.current) mirrorRef.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
