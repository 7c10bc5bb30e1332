// The capped follow-up sequence: a first nudge that adds value, a last one that closes kindly. Never a third.
import type { DraftContext, DraftTemplate } from './draft-context.js';
import { askFor, greet, offerLine, signOff } from './phrases.js';
import { composeBody, optional, pick } from './prose.js';

type FollowUpIntent = 'follow-up-1' | 'follow-up-2';

/** Which earlier message this follows: the user's newest logged note, else a blank for it. */
function earlierNote(context: DraftContext): string {
  const note = context.myNote;
  if (!note) return `my note from ${context.blank('when you wrote')}`;
  // "my email today" reads oddly in a follow-up; a same-day note needs no date.
  const when = note.when !== 'today' ? ` ${note.when}` : '';
  const about = note.topic ? ` about ${note.topic}` : '';
  return `${note.what}${when}${about}`;
}

/** Each follow-up brings something new: the topic to share, the user's offer, or a blank for one. */
function newValue(context: DraftContext, variant: number): string {
  if (context.topic) {
    return pick(
      [
        `In the meantime, I came across ${context.topic} and thought you might find it useful.`,
        `Meanwhile, this seemed relevant to you: ${context.topic}.`,
      ],
      variant,
    );
  }
  const offer = offerLine(context, variant, false);
  if (offer !== '') return offer;
  return `In the meantime, ${context.blank('a link, idea or piece of news useful to them')} seemed worth passing on.`;
}

const followUpOne: DraftTemplate = (context, variant) => {
  const body = composeBody([
    [greet(context)],
    [
      pick(
        [
          `Following up on ${earlierNote(context)}.`,
          `A quick follow-up to ${earlierNote(context)}.`,
          `I wanted to follow up on ${earlierNote(context)}.`,
        ],
        variant,
      ),
      newValue(context, variant),
    ],
    [askFor(context, variant)],
    [signOff(context, variant)],
  ]);
  const subject = context.myNote?.topic ? `Following up: ${context.myNote.topic}` : 'Following up';
  return { subject, parts: [{ label: 'Message', to: context.person.name, body }] };
};

const followUpTwo: DraftTemplate = (context, variant) => {
  const body = composeBody([
    [greet(context)],
    [
      pick(
        [
          `Following up one last time on ${earlierNote(context)}.`,
          `A final follow-up on ${earlierNote(context)}.`,
          `Circling back one last time on ${earlierNote(context)}.`,
        ],
        variant,
      ),
      newValue(context, variant),
    ],
    [
      pick(
        [
          "If the timing isn't right, no problem at all; I won't keep nudging.",
          "If now isn't a good time, that's completely fine, and this is my last nudge.",
          "I know timing is everything, so I'll leave it here.",
        ],
        variant,
      ),
      optional("If it's ever useful later, my door is open.", 1),
    ],
    [signOff(context, variant)],
  ]);
  return { subject: 'One last note', parts: [{ label: 'Message', to: context.person.name, body }] };
};

export const followUpTemplates: Record<FollowUpIntent, DraftTemplate> = {
  'follow-up-1': followUpOne,
  'follow-up-2': followUpTwo,
};
