// Drafts a message to one person for one intent, from everything Kith knows, checked for tone.
import { z } from 'zod';
import { notFound } from '../core/errors.js';
import { checkTone, type ToneReport } from '../core/tone/check-tone.js';
import { parseInput } from '../core/validate.js';
import { draftIntents, draftMessage, type Draft } from '../core/words/drafts.js';
import { relationshipStages } from '../core/words/stages.js';
import { toneIntentFor } from '../core/words/sent.js';
import { findPerson } from '../store/people.repo.js';
import { findProfile } from '../store/profile.repo.js';
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
});

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

  const relationship = await readRelationship(deps, person);
  const stage = request.stage ?? relationship.stage;
  const draft = draftMessage({
    intent: request.intent,
    person,
    profile,
    offers: profile.offers.map((offer) => offer.detail),
    valueStatement: profile.valueStatement || undefined,
    interests: profile.interests,
    stage,
    lastInteraction: relationship.lastInteraction,
    otherPerson,
    connector,
    topic: request.topic,
    today: await userToday(deps),
    variantCount: request.variantCount,
  });
  const recipient = request.intent === 'request-intro' ? connector : person;
  const toneContext = {
    stage,
    intent: toneIntentFor(request.intent),
    recipientName: recipient?.name.split(' ')[0],
    goal: profile.goal,
  };
  const main = draft.parts[0]?.body ?? '';
  if (request.polish) {
    const polished = await polishDraft(deps, {
      text: main,
      intent: request.intent,
      recipient: recipient?.name ?? person.name,
    });
    if (polished.text !== null) {
      return {
        draft,
        tone: checkTone(polished.text, toneContext),
        polished: polished.text,
        notice: polished.notice,
      };
    }
    return { draft, tone: checkTone(main, toneContext), polished: null, notice: polished.notice };
  }
  return { draft, tone: checkTone(main, toneContext), polished: null, notice: null };
}
