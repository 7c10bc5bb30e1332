// A minimal OpenAI-compatible chat-completions client with a hard timeout; used only when configured.
import { AppError } from '../core/errors.js';
import type { LlmConfig } from './deps.js';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Reads KITH_LLM_URL, KITH_LLM_MODEL and KITH_LLM_KEY; undefined (off) unless URL and model are set. */
export function llmFromEnv(env: NodeJS.ProcessEnv): LlmConfig | undefined {
  const url = env.KITH_LLM_URL?.trim();
  const model = env.KITH_LLM_MODEL?.trim();
  if (!url || !model) return undefined;
  const timeoutMs = Number(env.KITH_LLM_TIMEOUT_MS ?? 20_000);
  return {
    url,
    model,
    key: env.KITH_LLM_KEY?.trim() || undefined,
    timeoutMs: Number.isFinite(timeoutMs) ? timeoutMs : 20_000,
  };
}

/** The endpoint for chat completions: a base URL gets /v1/chat/completions added. */
export function completionsUrl(base: string): string {
  if (/\/chat\/completions\/?$/.test(base)) return base;
  const trimmed = base.replace(/\/+$/, '');
  return /\/v1$/.test(trimmed) ? `${trimmed}/chat/completions` : `${trimmed}/v1/chat/completions`;
}

export async function complete(config: LlmConfig, messages: ChatMessage[]): Promise<string> {
  let response: Response;
  try {
    response = await fetch(completionsUrl(config.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
      },
      body: JSON.stringify({ model: config.model, messages, temperature: 0.3 }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (cause) {
    const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
    throw new AppError(
      'UNAVAILABLE',
      timedOut
        ? `The model took longer than ${config.timeoutMs / 1000} s.`
        : `The model at ${config.url} could not be reached.`,
      { cause },
    );
  }
  if (!response.ok)
    throw new AppError(
      'UNAVAILABLE',
      `The model answered ${response.status} ${response.statusText}.`,
    );
  const body = (await response.json().catch(() => null)) as {
    choices?: Array<{ message?: { content?: unknown } }>;
  } | null;
  const content = body?.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    throw new AppError('UNAVAILABLE', 'The model answered without any text.');
  }
  return content.trim();
}
