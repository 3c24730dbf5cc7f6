/**
 * The one retry policy: what is retried, and how long to wait (GRAPH.md §11, https://learn.microsoft.com/graph/throttling).
 * - 429, 503 and 504 are retried; `Retry-After` (seconds or an HTTP date) is honoured when present, up to a cap
 *   beyond which the tool stops and says so rather than hang.
 * - Without `Retry-After` (Conditional Access and Identity Protection send none), exponential backoff with jitter,
 *   so several processes or batch items do not retry in lockstep.
 * - Connection resets and timeouts are retried only for requests that are safe to repeat: a POST whose connection
 *   dropped may have been carried out, and the ChangeRunner's find-before-create decides that, not a blind resend.
 */
export interface RetryPolicy {
	/** Attempts in all, the first included. */
	readonly maxAttempts: number;
	readonly baseDelayMs: number;
	/** Cap on one backoff wait when the server gave no Retry-After. */
	readonly maxDelayMs: number;
	/** The longest Retry-After the tool will wait out; longer ones end the request with a throttling error. */
	readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
	maxAttempts: 6,
	baseDelayMs: 1_000,
	maxDelayMs: 60_000,
	maxRetryAfterMs: 300_000,
};

export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 503, 504]);

/** Methods that can be sent twice with the same effect (RFC 9110 §9.2.2). */
export function isIdempotent(method: string): boolean {
	return ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'].includes(method.toUpperCase());
}

/** `Retry-After` in milliseconds (delta-seconds or HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Backoff before attempt `attempt + 1` (attempt counts from 1): half fixed, half random ("equal jitter"). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
	'UND_ERR_CLOSED',
]);

/** The low-level code of a fetch failure (`ECONNRESET`, `UND_ERR_SOCKET`, `TimeoutError`…), if it is one. */
export function networkErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
		const e = current as {code?: unknown; name?: unknown; cause?: unknown};
		if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
		if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'TimeoutError';
		current = e.cause;
	}
	if (error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message)) return 'UND_ERR_SOCKET';
	return undefined;
}
