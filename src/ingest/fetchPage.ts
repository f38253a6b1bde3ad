/** Limits on a page fetched for `npm run add`: an article page is far smaller and faster than these. */
export const FETCH_LIMIT_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 20_000;

export type Fetched = { ok: true; html: string; url: string } | { ok: false; reason: string };

/**
 * Fetches a news page with Node's fetch: one clear reason when it cannot (offline, a non-2xx answer,
 * not HTML, over 10 MB, over 20 s). The address after redirects is the page's.
 */
export async function fetchPage(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<Fetched> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (err) {
    if (signal.aborted) return { ok: false, reason: `${url} did not answer within ${timeoutMs / 1000} s` };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      reason: `cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message} (offline? save the page and add the file instead)`,
    };
  }
  if (!response.ok) return { ok: false, reason: `${url} answered ${response.status} ${response.statusText}`.trim() };
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|application\/xhtml\+xml/i.test(type))
    return { ok: false, reason: `${url} is not an HTML page (${type || 'no content type'})` };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > FETCH_LIMIT_BYTES) return { ok: false, reason: `${url} is over the ${FETCH_LIMIT_BYTES / 1048576} MB limit for a page` };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > FETCH_LIMIT_BYTES) return { ok: false, reason: `${url} is over the ${FETCH_LIMIT_BYTES / 1048576} MB limit for a page` };
      chunks.push(chunk);
    }
  } catch {
    return {
      ok: false,
      reason: signal.aborted ? `${url} did not finish within ${timeoutMs / 1000} s` : `${url}: the connection broke off`,
    };
  }
  return { ok: true, html: Buffer.concat(chunks).toString('utf8'), url: response.url || url };
}
