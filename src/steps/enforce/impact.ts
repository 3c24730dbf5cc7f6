/**
 * Report-only impact: what the policies would have done, read back from the sign-in log's
 * `appliedConditionalAccessPolicies[].result` (`reportOnlyFailure` would have blocked, `reportOnlyInterrupted` would
 * have asked for MFA, `reportOnlySuccess` was already satisfied) for the days each policy has run.
 *
 * A targeted read this step owns (nothing else needs these results): beta `/auditLogs/signIns`, narrowed server-side
 * to the time since the oldest policy went report-only, interactive and non-interactive sign-ins (beta lists only
 * interactive ones unless asked, GRAPH.md §1). The log allows 5 requests per 10 s per tenant: the Graph layer paces,
 * and `maxPages` bounds the read (newest first, so a cut read covers the most recent days, and says so).
 * Streamed and folded: memory grows with the affected users (capped per policy), never with the sign-ins.
 */

import type {Graph} from '../../graph/client.js';
import {GraphHttpError} from '../../graph/errors.js';
import {listSignIns, type SignInEventType} from '../../graph/sign-ins.js';
import {MIN_REPORT_ONLY_DAYS} from '../../knowledge/enforcement.js';
import type {PolicyKey} from './policies.js';

const DAY_MS = 86_400_000;

export interface ImpactTarget {
	readonly policyId: string;
	readonly key?: PolicyKey;
	readonly name: string;
	/** When it went report-only (its creation time, RFC 3339): results before it are not this policy's. */
	readonly since: string;
}

export interface UserImpact {
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	blocked: number;
	challenged: number;
	lastSeen: string;
	/** Client apps and apps seen in its affected sign-ins (`IMAP4`, `Office 365 Exchange Online`…), a few at most. */
	readonly apps: string[];
}

export interface PolicyImpact {
	readonly target: ImpactTarget;
	/** The period the numbers cover (RFC 3339): from its report-only start (or the oldest sign-in read) to now. */
	readonly from: string;
	readonly to: string;
	/** Whole days the policy has been in report-only. */
	readonly daysRun: number;
	/** It has run at least MIN_REPORT_ONLY_DAYS. */
	readonly longEnough: boolean;
	/** Sign-ins the policy applied to, by what it would have done. */
	readonly blocked: number;
	readonly challenged: number;
	readonly satisfied: number;
	/** Distinct users it would have blocked or challenged. */
	readonly affectedUsers: number;
	/** The affected users kept in detail (most affected first); `affectedUsers` counts them all. */
	readonly users: readonly UserImpact[];
}

export interface ImpactResult {
	readonly policies: readonly PolicyImpact[];
	/** The whole period was read (false when `maxPages` cut it, or a read failed). */
	readonly complete: boolean;
	readonly signInsRead: number;
	/** Why the log could not be read (licence, permission, error), when it could not. */
	readonly problem?: {readonly reason: 'licence' | 'permission' | 'throttled' | 'error'; readonly detail: string};
}

export interface ImpactOptions {
	/** RFC 3339 now (the session clock). */
	readonly now: string;
	/** Pages per event type (1,000 sign-ins each). Default 50. */
	readonly maxPages?: number;
	/** Users kept in detail per policy. Default 500. */
	readonly maxUsers?: number;
	readonly onProgress?: (signInsRead: number) => void;
	/** Stop early (the admin left the screen): what was read so far is returned, marked incomplete. */
	readonly isCancelled?: () => boolean;
}

export function daysBetween(from: string, to: string): number {
	return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

function problemOf(error: unknown): ImpactResult['problem'] {
	if (error instanceof GraphHttpError) {
		const detail = `${error.status} ${error.code}`;
		if (error.status === 429) return {reason: 'throttled', detail};
		if (error.code === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') return {reason: 'licence', detail};
		if (error.status === 403) return {reason: 'permission', detail};
		return {reason: 'error', detail};
	}
	return {reason: 'error', detail: (error as Error)?.message ?? String(error)};
}

interface Fold {
	blocked: number;
	challenged: number;
	satisfied: number;
	readonly affected: Set<string>;
	readonly users: Map<string, UserImpact>;
	oldest: string;
}

/** Reads and folds the report-only results of `targets`. Never throws for a read failure: `problem` says why. */
export async function readImpact(
	graph: Graph,
	targets: readonly ImpactTarget[],
	options: ImpactOptions,
): Promise<ImpactResult> {
	const maxUsers = options.maxUsers ?? 500;
	const folds = new Map<string, Fold>(
		targets.map(t => [
			t.policyId,
			{blocked: 0, challenged: 0, satisfied: 0, affected: new Set(), users: new Map(), oldest: options.now},
		]),
	);
	const byId = new Map(targets.map(t => [t.policyId, t]));
	let read = 0;
	let complete = true;
	let problem: ImpactResult['problem'];
	const since = targets.map(t => t.since).sort()[0];
	if (since && since < options.now) {
		for (const eventType of ['interactiveUser', 'nonInteractiveUser'] as SignInEventType[]) {
			if (problem) break;
			let pages = 0;
			try {
				const stream = listSignIns(graph, {
					filter: {since, until: options.now, eventTypes: [eventType]},
					maxPages: options.maxPages ?? 50,
					onPage: () => {
						pages++;
					},
				});
				for await (const s of stream) {
					read++;
					if (read % 500 === 0) options.onProgress?.(read);
					for (const applied of s.appliedConditionalAccessPolicies ?? []) {
						const target = applied.id ? byId.get(applied.id) : undefined;
						if (!target || s.createdDateTime < target.since) continue;
						const fold = folds.get(target.policyId)!;
						if (s.createdDateTime < fold.oldest) fold.oldest = s.createdDateTime;
						const result = applied.result ?? '';
						if (result === 'reportOnlySuccess') fold.satisfied++;
						if (result !== 'reportOnlyFailure' && result !== 'reportOnlyInterrupted') continue;
						const blocked = result === 'reportOnlyFailure';
						if (blocked) fold.blocked++;
						else fold.challenged++;
						const key = s.userId ?? s.userPrincipalName ?? '?';
						fold.affected.add(key);
						let user = fold.users.get(key);
						if (!user && fold.users.size < maxUsers) {
							user = {
								userId: s.userId ?? null,
								userPrincipalName: s.userPrincipalName ?? key,
								displayName: s.userDisplayName ?? null,
								blocked: 0,
								challenged: 0,
								lastSeen: s.createdDateTime,
								apps: [],
							};
							fold.users.set(key, user);
						}
						if (!user) continue;
						if (blocked) user.blocked++;
						else user.challenged++;
						if (s.createdDateTime > user.lastSeen) user.lastSeen = s.createdDateTime;
						for (const app of [s.clientAppUsed, s.appDisplayName]) {
							if (app && !user.apps.includes(app) && user.apps.length < 4) user.apps.push(app);
						}
					}
					if (options.isCancelled?.()) {
						complete = false;
						break;
					}
				}
				if (pages >= (options.maxPages ?? 50)) complete = false;
			} catch (error) {
				problem = problemOf(error);
				complete = false;
			}
			if (options.isCancelled?.()) break;
		}
	}
	options.onProgress?.(read);
	const policies = targets.map(target => {
		const fold = folds.get(target.policyId)!;
		// A cut read covers from its oldest sign-in on; never earlier than the policy's own start.
		const readFrom = complete ? target.since : fold.oldest;
		const daysRun = daysBetween(target.since, options.now);
		return {
			target,
			from: [target.since, readFrom].sort()[1]!,
			to: options.now,
			daysRun,
			longEnough: daysRun >= MIN_REPORT_ONLY_DAYS,
			blocked: fold.blocked,
			challenged: fold.challenged,
			satisfied: fold.satisfied,
			affectedUsers: fold.affected.size,
			users: [...fold.users.values()].sort(
				(a, b) =>
					b.blocked + b.challenged - (a.blocked + a.challenged) ||
					a.userPrincipalName.toLowerCase().localeCompare(b.userPrincipalName.toLowerCase()),
			),
		} satisfies PolicyImpact;
	});
	return {policies, complete, signInsRead: read, ...(problem ? {problem} : {})};
}

/**
 * Whether the signed-in admin completed MFA recently (the lockout guard's "has just satisfied MFA in this session"):
 * one successful interactive sign-in of theirs since `since` that required MFA (beta `authenticationRequirement`).
 * Null when the log cannot be read.
 */
export async function recentMfaSignIn(graph: Graph, userId: string, since: string): Promise<boolean | null> {
	try {
		for await (const _ of listSignIns(graph, {
			filter: {userId, since, errorCode: 0, authenticationRequirement: 'multiFactorAuthentication'},
			top: 1,
			maxPages: 1,
		})) {
			return true;
		}
		return false;
	} catch {
		return null;
	}
}
