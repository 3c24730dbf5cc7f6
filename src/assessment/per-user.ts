/**
 * Reads that Graph only answers one user at a time (GRAPH.md §4): per-user MFA state (beta
 * `authentication/requirements`) and, without `userRegistrationDetails`, each user's registered methods (beta). Both
 * go through `$batch` (20 per request), a few batches in flight at once. Users whose item failed are left out of
 * `byUser`, and `problem` says why (COMPLIANCE.md: unknown, never counted as "not covered" silently).
 */
import type {AuthenticationMethod, PerUserMfaState, PerUserSource, ReadProblem} from '../compliance/index.js';
import {BATCH_LIMIT} from '../graph/batch.js';
import type {Graph} from '../graph/client.js';
import {authenticationMethodsOf, perUserMfaStates} from '../graph/users.js';
import {chunks, inParallel, problemOf, reasonForStatus, statusDetail} from './read.js';

export const DEFAULT_BATCH_CONCURRENCY = 4;

export interface PerUserOptions {
	readonly concurrency?: number;
	/** Users read so far (answered or failed). */
	readonly onCount?: (done: number, total: number) => void;
	/** Checked between batches: another part of the run failed, stop reading. */
	readonly cancelled?: () => boolean;
}

interface ItemOutcome<T> {
	readonly userId: string;
	readonly value?: T;
	readonly status: number;
	readonly error?: {readonly code: string; readonly message: string};
}

async function perUser<T>(
	graph: Graph,
	userIds: readonly string[],
	options: PerUserOptions,
	readChunk: (ids: readonly string[]) => AsyncIterable<ItemOutcome<T>>,
): Promise<PerUserSource<T>> {
	const byUser = new Map<string, T>();
	let problem: ReadProblem | undefined;
	let done = 0;
	const note = (p: ReadProblem) => {
		// The first problem names the reason; a licence or permission refusal outranks a transient failure.
		const rank = (r: ReadProblem['reason']) => (r === 'licence' || r === 'permission' ? 2 : 1);
		if (!problem || rank(p.reason) > rank(problem.reason)) problem = p;
	};
	await inParallel(chunks(userIds, BATCH_LIMIT), options.concurrency ?? DEFAULT_BATCH_CONCURRENCY, async ids => {
		if (options.cancelled?.()) return;
		try {
			for await (const item of readChunk(ids)) {
				if (item.status === 200 && item.value !== undefined) byUser.set(item.userId, item.value);
				else {
					note({
						reason: reasonForStatus(item.status, item.error?.code, item.error?.message),
						detail: statusDetail(graph.redactor, item.status, item.error),
					});
				}
			}
		} catch (error) {
			const p = problemOf(error, graph.redactor);
			if (!p) throw error;
			note(p);
		}
		done += ids.length;
		options.onCount?.(done, userIds.length);
	});
	if (byUser.size === 0 && problem && userIds.length > 0) {
		const {reason, detail} = problem;
		return {status: 'unavailable', reason, ...(detail ? {detail} : {})};
	}
	return problem ? {status: 'read', byUser, problem} : {status: 'read', byUser};
}

/** Per-user MFA states of these users (the enabled members). Scope Policy.Read.All. */
export function readPerUserMfa(
	graph: Graph,
	userIds: readonly string[],
	options: PerUserOptions = {},
): Promise<PerUserSource<PerUserMfaState>> {
	return perUser(graph, userIds, options, async function* (ids) {
		for await (const r of perUserMfaStates(graph, ids)) {
			yield {userId: r.userId, value: r.state, status: r.status, error: r.error};
		}
	});
}

/**
 * Registered methods of these users. Only `@odata.type` is kept per method: that is all the rules and the method
 * counts use, and it keeps a 100,000-user tenant small. Scope UserAuthenticationMethod.Read.All.
 */
export function readPerUserMethods(
	graph: Graph,
	userIds: readonly string[],
	options: PerUserOptions = {},
): Promise<PerUserSource<readonly AuthenticationMethod[]>> {
	return perUser(graph, userIds, options, async function* (ids) {
		for await (const r of authenticationMethodsOf(graph, ids)) {
			yield {
				userId: r.userId,
				value: r.methods?.map(m => ({'@odata.type': m['@odata.type']})),
				status: r.status,
				error: r.error,
			};
		}
	});
}
