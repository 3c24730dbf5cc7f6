/**
 * How the collector records a source it could not read (compliance/model.ts): every Graph failure becomes a reason
 * the report can show — `licence` (the tenant lacks P1/P2), `permission` (403), `throttled` (429 after the Graph
 * layer's own retries), `error` (anything else Graph or the network answered) — with a detail for people taken from
 * what Graph said (code and message, redacted, never a token). Failures that end the run instead (401: the sign-in is
 * no longer valid; and anything that is not a Graph failure, i.e. a bug) are rethrown.
 */

import {type ReadProblem, read, type Source, type UnavailableReason} from '../compliance/index.js';
import {GraphHttpError, GraphNetworkError, GraphShapeError, UntrustedUrlError} from '../graph/errors.js';
import type {Redactor} from '../graph/redact.js';
import {isLicenceError} from '../graph/translate.js';

/** Longest detail kept from a Graph message (they can be long; the report is read by people). */
const MAX_DETAIL = 300;

/**
 * Identity Protection and PIM answer a plain 403 in tenants without P2 ("Your tenant is not licensed for this
 * feature.", "The tenant needs an AAD Premium 2 license."), which the translator's premium test does not always catch.
 */
const NOT_LICENSED = /not licen[cs]ed|licen[cs]e (is )?required|PremiumLicenseRequired|premium\s*\d?\s*licen[cs]e/i;

export function reasonForStatus(status: number, code = '', message = ''): UnavailableReason {
	if ((status === 403 || status === 400) && (/NonPremium/i.test(code) || NOT_LICENSED.test(`${code} ${message}`))) {
		return 'licence';
	}
	if (status === 401 || status === 403) return 'permission';
	if (status === 429) return 'throttled';
	return 'error';
}

function clip(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/** The detail of a failed item: `403 Authorization_RequestDenied: Insufficient privileges…`, redacted. */
export function statusDetail(redactor: Redactor, status: number, error?: {code: string; message: string}): string {
	const text = error ? `${status} ${error.code}: ${error.message}` : String(status);
	return clip(redactor.text(text));
}

/** A failure the report should show, or undefined when the run must stop (rethrow it). */
export function problemOf(error: unknown, redactor: Redactor): ReadProblem | undefined {
	if (error instanceof GraphHttpError) {
		if (error.status === 401) return undefined;
		const reason = isLicenceError(error) ? 'licence' : reasonForStatus(error.status, error.code, error.graphMessage);
		return {reason, detail: statusDetail(redactor, error.status, {code: error.code, message: error.graphMessage})};
	}
	if (error instanceof GraphNetworkError) return {reason: 'error', detail: clip(`${error.code} (${error.attempts})`)};
	if (error instanceof GraphShapeError) return {reason: 'error', detail: clip(redactor.text(error.message))};
	if (error instanceof UntrustedUrlError) return {reason: 'error', detail: clip(redactor.text(error.message))};
	return undefined;
}

/** Runs one read; a Graph failure becomes `unavailable(reason, detail)`, anything else is rethrown. */
export async function readSource<T>(redactor: Redactor, load: () => Promise<T>): Promise<Source<T>> {
	try {
		return read(await load());
	} catch (error) {
		const problem = problemOf(error, redactor);
		if (!problem) throw error;
		return {status: 'unavailable', reason: problem.reason, ...(problem.detail ? {detail: problem.detail} : {})};
	}
}

/** Drains an async iterator into an array (for collections known to be small). */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of items) out.push(item);
	return out;
}

/**
 * Runs `worker` over `items` with at most `concurrency` in flight, each worker taking the next item in order.
 * Used for the per-user `$batch` reads: one `$batch` at a time would make a 100,000-user tenant take an hour of
 * round trips, while a few in parallel stay far inside the directory's resource-unit budget (GRAPH.md §11).
 */
export async function inParallel<T>(
	items: readonly T[],
	concurrency: number,
	worker: (item: T) => Promise<void>,
): Promise<void> {
	let next = 0;
	const run = async () => {
		while (next < items.length) {
			const item = items[next++]!;
			await worker(item);
		}
	};
	const runners = Array.from({length: Math.max(1, Math.min(concurrency, items.length))}, run);
	const results = await Promise.allSettled(runners);
	const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failed) throw failed.reason;
}

/** Splits a list into chunks of `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
