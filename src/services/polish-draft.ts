// Optional polishing of a template draft by a configured language model; any failure keeps the template.
import { isAppError } from '../core/errors.js';
import type { Deps } from './deps.js';
import { complete } from './llm.js';

const instructions = [
  'You polish short networking messages. Keep every fact exactly as given and add none.',
  'Keep any text in square brackets, such as [what you admire about their work], unchanged: the sender fills it in.',
  'Stay under 120 words, warm and direct. No apologies for writing, no begging, no sales pitch, no exclamation marks.',
  'Answer with the message only.',
].join(' ');

export interface Polished {
  text: string | null;
  notice: string | null;
}

export async function polishDraft(
  deps: Deps,
  input: { text: string; intent: string; recipient: string },
): Promise<Polished> {
  if (!deps.llm) {
    return {
      text: null,
      notice:
        'No model is set up (KITH_LLM_URL and KITH_LLM_MODEL), so here is the template draft.',
    };
  }
  try {
    const text = await complete(deps.llm, [
      { role: 'system', content: instructions },
      {
        role: 'user',
        content: `Intent: ${input.intent}. Recipient: ${input.recipient}.\n\n${input.text}`,
      },
    ]);
    return { text, notice: null };
  } catch (error) {
    const reason = isAppError(error) ? error.message : 'The model failed.';
    return { text: null, notice: `${reason} Here is the template draft instead.` };
  }
}
