import { appendFile } from 'node:fs/promises';
import { Agent, request } from 'undici';
import { NewsgraphError } from '../../errors.js';
import { pinnedLookup, USER_AGENT, vetHost, type VettedAddress } from '../../ingest/fetch/index.js';
import type { AlertTarget } from '../../store/index.js';

/** One alert match as written to the JSONL file or POSTed. */
export interface AlertHit {
  alert: { id: number; name: string };
  article: { id: string; url?: string; title?: string; published?: string; feedUrl?: string };
  /** When it matched (ISO 8601). */
  at: string;
}

export interface DeliveryOptions {
  /** POST to private, loopback and link-local addresses too (refused by default, as for fetching). */
  allowPrivate?: boolean;
  timeoutMs?: number;
}

const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Sends a match where its alert says: a line appended to a JSONL file, or a JSON POST to a webhook under the
 * fetcher's address policy (the host's every address vetted, the socket pinned to them; redirects are not
 * followed, so a public URL cannot bounce the POST to a private one). Throws a NewsgraphError naming the
 * target when it cannot be delivered.
 */
export async function deliverHit(
  target: AlertTarget,
  hit: AlertHit,
  options: DeliveryOptions = {},
): Promise<void> {
  const line = JSON.stringify(hit);
  if ('jsonl' in target) {
    try {
      await appendFile(target.jsonl, `${line}\n`, 'utf8');
    } catch (error) {
      throw new NewsgraphError('OUTPUT_FAILED', target.jsonl, String(error), { cause: error });
    }
    return;
  }
  await postJson(target.webhook, line, options);
}

async function postJson(url: string, body: string, options: DeliveryOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const vetted = new Map<string, VettedAddress[]>([
    [host, await vetHost(url, host, options.allowPrivate ?? false)],
  ]);
  const agent = new Agent({
    connect: { timeout: timeoutMs, lookup: pinnedLookup(vetted) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  try {
    const response = await request(url, {
      method: 'POST',
      dispatcher: agent,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body,
    });
    await response.body.dump();
    if (response.statusCode < 200 || response.statusCode >= 300)
      throw new NewsgraphError('OUTPUT_FAILED', url, `the webhook answered HTTP ${response.statusCode}`);
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('OUTPUT_FAILED', url, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  } finally {
    await agent.destroy();
  }
}
