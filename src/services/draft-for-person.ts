// Drafts a message to one person for one intent, from everything Kith knows, checked for tone.
import { z } from 'zod';
import { notFound } from '../core/errors.js';
import { checkTone, type ToneReport } from '../core/tone/check-tone.js';
import { holdForBlanks } from '../core/tone/score.js';
import { parseInput } from '../core/validate.js';
import { draftIntents, draftMessage, type Draft } from '../core/words/drafts.js';
import { displayName } from '../core/words/names.js';
import { firstNameOf } from '../core/words/prose.js';
import { relationshipStages } from '../core/words/stages.js';
import { toneIntentFor } from '../core/words/sent.js';
import { findPerson } from '../store/people.repo.js';
import { findProfile } from '../store/profile.repo.js';
import { listTimeline } from '../store/interactions.repo.js';
import { userToday, type Deps } from './deps.js';
import { polishDraft } from './polish-draft.js';
import { readRelationship } from './relationship.js';

export const draftRequestSchema = z.object({
  personId: z.number({ error: 'is required' }).int().positive(),
  intent: z.enum(draftIntents, { error: `must be one of ${draftIntents.join(', ')}` }),
  connectorId: z.number().int().positive().optional(),
  otherPersonId: z.number().int().positive().optional(),
  topic: z.string().trim().max(300, 'must be at most 300 characters').optional(),
  stage: z.enum(relationshipStages).optional(),
  variantCount: z.number().int().min(1).max(5).optional(),
  polish: z.boolean().default(false),
  /** Someone involved is marked do not contact, and the user wants a draft all the same. */
  acknowledgeDoNotContact: z.boolean().default(false),
});

/** Enough of a timeline to find the last contact of each kind without reading all of it. */
const timelineDepth = 50;

export interface DraftResult {
  draft: Draft;
  /** The tone check of the main part as drafted (or as polished, when it was). */
  tone: ToneReport;
  /** The model's rewrite of the main part, when polishing was asked for and worked. */
  polished: string | null;
  /** Something the user should know, such as the model being unreachable. */
  notice: string | null;
}

export async function draftForPerson(deps: Deps, input: unknown): Promise<DraftResult> {
  const request = parseInput(draftRequestSchema, input);
  const [person, profile] = await Promise.all([
    findPerson(deps.store, deps.accountId, request.personId),
    findProfile(deps.store, deps.accountId),
  ]);
  if (!person) throw notFound(`Person ${request.personId}`);
  const connector = request.connectorId
    ? await findPerson(deps.store, deps.accountId, request.connectorId)
    : undefined;
  if (request.connectorId && !connector) throw notFound(`Connector ${request.connectorId}`);
  const otherPerson = request.otherPersonId
    ? await findPerson(deps.store, deps.accountId, request.otherPersonId)
    : undefined;
  if (request.otherPersonId && !otherPerson) throw notFound(`Person ${request.otherPersonId}`);

  const relationship = await readRelationship(deps, person, { timelineLimit: timelineDepth });
  const connectorTimeline = connector
    ? await listTimeline(deps.store, deps.accountId, connector.id, { limit: timelineDepth })
    : [];
  const stage = request.stage ?? relationship.stage;
  const draft = draftMessage({
    intent: request.intent,
    person,
    profile,
    offers: profile.offers.map((offer) => offer.detail),
    valueStatement: profile.valueStatement || undefined,
    interests: profile.interests,
    stage,
    timeline: relationship.timeline,
    connectorTimeline,
    acknowledgeDoNotContact: request.acknowledgeDoNotContact,
    otherPerson,
    connector,
    topic: request.topic,
    today: await userToday(deps),
    variantCount: request.variantCount,
  });
  const recipient = draft.intent === 'request-intro' ? connector : person;
  const toneContext = {
    stage,
    intent: toneIntentFor(draft.intent),
    recipientName: recipient ? firstNameOf(displayName(recipient.name)) : undefined,
    goal: profile.goal,
  };
  const main = draft.parts[0]?.body ?? '';
  // The tone is the main part's; the verdict waits for blanks in every part to be filled.
  const others = draft.parts.slice(1).map((part) => part.body);
  const check = (text: string) =>
    holdForBlanks(checkTone(text, toneContext), [text, ...others].join('\n'));
  if (request.polish) {
    const polished = await polishDraft(deps, {
      text: main,
      intent: draft.intent,
      recipient: recipient?.name ?? person.name,
    });
    if (polished.text !== null) {
      return {
        draft,
        tone: check(polished.text),
        polished: polished.text,
        notice: polished.notice,
      };
    }
    return {
      draft,
      tone: check(main),
      polished: null,
      notice: polished.notice,
    };
  }
  return { draft, tone: check(main), polished: null, notice: null };
}
