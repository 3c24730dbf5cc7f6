/**
 * The sign-in log as a streaming fold (COMPLIANCE.md "Legacy authentication", "Automation accounts").
 *
 * Sign-ins are never an array: the collector reads the log in *slices*, one server-side filter each, and feeds every
 * row to `add(signIn, slice)`; memory grows with the distinct users seen, not with the rows. The slices, and the
 * filter the collector sends for each (beta `/auditLogs/signIns`, always with
 * `createdDateTime ge {window.from} and createdDateTime le {window.to}`, and read for both interactive and
 * non-interactive rows — beta returns only interactive ones unless
 * `signInEventTypes/any(t: t eq 'nonInteractiveUser')` is asked for, GRAPH.md §1):
 *
 * | slice | filter | stage |
 * |---|---|---|
 * | `{kind:'legacy', protocol}` (one per GRAPH.md §1 legacy value) | `clientAppUsed eq '<protocol>'` | 1 |
 * | `{kind:'ropc'}` | `authenticationProtocol eq 'ropc' and status/errorCode eq 0` | 1 |
 * | `{kind:'scriptClient', appId}` (one per GRAPH.md §12 script client) | `appId eq '<id>' and status/errorCode eq 0` (may add `and authenticationRequirement eq 'singleFactorAuthentication'`) | 1 |
 * | `{kind:'partnerCenterApi'}` | `resourceId eq '<Partner Center API>' and status/errorCode eq 0` | 1 |
 * | `{kind:'modernInteractive', userId}` | `userId eq '<id>' and status/errorCode eq 0 and clientAppUsed eq 'Browser'`, then the same with `'Mobile Apps and Desktop clients'`; interactive only; `$top=1` is enough | 2 |
 * | `{kind:'modernInteractiveAll'}` (instead of the above when there are many candidates) | `status/errorCode eq 0 and clientAppUsed eq 'Browser'`, then `'Mobile Apps and Desktop clients'`; interactive only | 2 |
 * | `{kind:'user', userId}` | `userId eq '<id>'` (every sign-in of an automation account) | 3 |
 *
 * The collector asks `pendingSlices()` what to read next and loops until it is empty:
 * stage 1 is fixed; stage 2 asks, only for users with a successful legacy sign-in and no modern interactive one seen
 * yet, whether they have one — two `$top=1` requests per candidate, or, when there are more candidates than
 * `perUserCheckLimit` (the sign-in API allows 5 requests per 10 s per tenant, GRAPH.md §11), one read of the successful
 * modern interactive sign-ins, whose rows only touch users already tracked; stage 3 reads all sign-ins of each
 * automation account (its `signIns` and `lastSeen`).
 * Slices are units of bookkeeping, not requests: a collector may read several `user` slices with one request (an `or`
 * of `userId`s) as long as it adds each row under its own user's slice and completes each slice it read to the end.
 * After reading a slice to the end the collector calls `complete(slice)`; when it gives up on a slice (after the Graph
 * layer's own retries) it calls `fail(slice, {reason, detail})` and does not feed that slice again. When the log cannot
 * be read at all (no P1: `Authentication_RequestFromNonPremiumTenantOrB2CTenant`) it calls `unavailable({reason})`.
 *
 * The aggregator checks every row itself (window, success, protocol, factor) and never trusts a filter.
 *
 * De-duplication. One sign-in can come back through several filters (a ROPC sign-in through Azure PowerShell to the
 * Partner Center API matches four slices). Every *count* has exactly one home slice — legacy counts come only from the
 * `legacy` slice of the row's protocol, an account's `signIns` only from its `user` slice — and every other fact is
 * idempotent (a reason, a protocol set, a latest date), so a row seen twice through two filters is counted once
 * without keeping its id. The one way a row can come back twice through the *same* slice is when the collector splits
 * the slice into an interactive and a non-interactive request and the row lists both event types; those rows' ids are
 * kept (per slice) and repeats dropped.
 *
 * Completeness. A count whose slices were not all read completely is `null`, never 0, and the slice is listed in
 * `problems` with its reason: any `legacy` slice missing → the legacy totals are null and the protocol is left out of
 * `byProtocol`; a missing stage-1 automation slice, stage-2 check or stage-3 read → `automation.complete` is false
 * (an account whose own `user` slice failed still shows, with the sign-ins seen through other slices as a lower
 * bound, because REPORT.md's `signIns` is not nullable).
 */
import {RESOURCE_APP, SCRIPT_CLIENT_APP_IDS, scriptClientByAppId} from '../knowledge/first-party-apps.js';
import {
	canonicalLegacyProtocol,
	isLegacySignIn,
	isModernClientApp,
	LEGACY_CLIENT_APPS,
	type LegacyProtocol,
} from '../knowledge/legacy-protocols.js';
import type {
	AutomationAccount,
	LegacySubject,
	ProtocolCounts,
	ReadProblem,
	SignIn,
	SignInFacts,
	SignInSlice,
	SliceProblem,
} from './model.js';
import {compareCodeUnits, compareUpn, formatDateTime, parseDateTime} from './order.js';

export interface SignInAggregatorOptions {
	/** The window from `computeWindow` (RFC 3339 UTC). Rows outside it are ignored. */
	readonly window: {readonly from: string; readonly to: string};
	/** Above this many stage-2 candidates, ask for one `modernInteractiveAll` read instead. Default 250. */
	readonly perUserCheckLimit?: number;
}

export const DEFAULT_PER_USER_CHECK_LIMIT = 250;

export interface SignInAggregator {
	/** Feed one row read through `slice`. Throws when the slice was already completed or failed (a collector bug). */
	add(signIn: SignIn, slice: SignInSlice): void;
	/** The slice was read to its last page. */
	complete(slice: SignInSlice): void;
	/** The slice could not be read completely; what was fed stays, its counts become unknown. */
	fail(slice: SignInSlice, problem: ReadProblem): void;
	/** The log cannot be read at all (licence, permission): every count is null. */
	unavailable(problem: ReadProblem): void;
	/** What to read next: the current stage's slices not yet completed or failed, in a stable order; empty when done. */
	pendingSlices(): SignInSlice[];
	result(): SignInFacts;
}

export function sliceKey(slice: SignInSlice): string {
	switch (slice.kind) {
		case 'legacy':
			return `legacy:${slice.protocol}`;
		case 'scriptClient':
			return `scriptClient:${slice.appId.toLowerCase()}`;
		case 'modernInteractive':
			return `modernInteractive:${slice.userId}`;
		case 'user':
			return `user:${slice.userId}`;
		default:
			return slice.kind;
	}
}

/** Stage 1: every slice that does not depend on what was read before. */
export function baseSlices(): SignInSlice[] {
	return [
		...LEGACY_CLIENT_APPS.map((protocol): SignInSlice => ({kind: 'legacy', protocol})),
		{kind: 'ropc'},
		...[...SCRIPT_CLIENT_APP_IDS].sort(compareCodeUnits).map((appId): SignInSlice => ({kind: 'scriptClient', appId})),
		{kind: 'partnerCenterApi'},
	];
}

interface UserState {
	readonly userId: string | null;
	upn: string;
	upnAt: number;
	lastSeen: number;
	// Attributed to the legacy slices.
	legacySignIns: number;
	legacySuccesses: number;
	readonly successProtocols: Set<LegacyProtocol>;
	lastLegacySuccess: number;
	// Idempotent facts, from any slice.
	legacySuccessSeen: boolean;
	modernInteractive: boolean;
	ropc: boolean;
	readonly scriptClients: Set<string>;
	partnerCenter: boolean;
	// Counts per slice kind, for the lower bound of `signIns` when the user slice was not read.
	userSliceSignIns: number;
	readonly arrivals: Map<SignInSlice['kind'], number>;
}

function isSuccess(s: SignIn): boolean {
	return s.status?.errorCode === 0;
}

function isInteractive(s: SignIn): boolean {
	return s.isInteractive === true || (s.signInEventTypes ?? []).includes('interactiveUser');
}

function isRopc(s: SignIn): boolean {
	return s.authenticationProtocol?.toLowerCase() === 'ropc';
}

function isSingleFactor(s: SignIn): boolean {
	return s.authenticationRequirement?.toLowerCase() === 'singlefactorauthentication';
}

function listsBothEventTypes(s: SignIn): boolean {
	const types = s.signInEventTypes ?? [];
	return types.includes('interactiveUser') && types.includes('nonInteractiveUser');
}

function isUserSignIn(s: SignIn): boolean {
	const types = s.signInEventTypes ?? [];
	if (types.length > 0 && !types.includes('interactiveUser') && !types.includes('nonInteractiveUser')) return false;
	return !!s.userId || !!s.userPrincipalName;
}

export function createSignInAggregator(options: SignInAggregatorOptions): SignInAggregator {
	const from = parseDateTime(options.window.from);
	const to = parseDateTime(options.window.to);
	if (Number.isNaN(from) || Number.isNaN(to) || from > to) {
		throw new RangeError(`Invalid sign-in window ${options.window.from} … ${options.window.to}`);
	}
	const base = baseSlices();
	const finished = new Map<string, 'complete' | ReadProblem>();
	const multiTypeSeen = new Map<string, Set<string>>();
	const protocolCounts = new Map<LegacyProtocol, {signIns: number; successes: number}>();
	const users = new Map<string, UserState>();
	let whole: ReadProblem | undefined;

	const isComplete = (slice: SignInSlice) => finished.get(sliceKey(slice)) === 'complete';
	const isFinished = (slice: SignInSlice) => finished.has(sliceKey(slice));

	const userState = (s: SignIn, create: boolean): UserState | undefined => {
		const key = s.userId || (s.userPrincipalName ? `upn:${s.userPrincipalName.toLowerCase()}` : '');
		if (!key) return undefined;
		let u = users.get(key);
		if (!u && create) {
			u = {
				userId: s.userId || null,
				upn: s.userPrincipalName ?? s.userId ?? '',
				upnAt: Number.NEGATIVE_INFINITY,
				lastSeen: Number.NEGATIVE_INFINITY,
				legacySignIns: 0,
				legacySuccesses: 0,
				successProtocols: new Set(),
				lastLegacySuccess: Number.NEGATIVE_INFINITY,
				legacySuccessSeen: false,
				modernInteractive: false,
				ropc: false,
				scriptClients: new Set(),
				partnerCenter: false,
				userSliceSignIns: 0,
				arrivals: new Map(),
			};
			users.set(key, u);
		}
		return u;
	};

	const ALL_MODERN: SignInSlice = {kind: 'modernInteractiveAll'};
	const checkLimit = options.perUserCheckLimit ?? DEFAULT_PER_USER_CHECK_LIMIT;

	const modernKnown = (u: UserState): boolean =>
		u.modernInteractive ||
		isComplete(ALL_MODERN) ||
		(!!u.userId &&
			(isComplete({kind: 'modernInteractive', userId: u.userId}) || isComplete({kind: 'user', userId: u.userId})));

	const legacyOnly = (u: UserState): boolean => u.legacySuccessSeen && !u.modernInteractive && modernKnown(u);

	const reasonsOf = (u: UserState): string[] => {
		const reasons: string[] = [];
		if (u.ropc) reasons.push('ropc');
		for (const name of [...u.scriptClients].sort(compareCodeUnits)) reasons.push(`scriptClient:${name}`);
		if (legacyOnly(u)) reasons.push('legacyProtocolOnly');
		if (u.partnerCenter) reasons.push('partnerCenterApi');
		return reasons;
	};

	const byUserId = (a: UserState, b: UserState) => compareCodeUnits(a.userId ?? '', b.userId ?? '');

	const modernCandidates = (): UserState[] =>
		[...users.values()].filter(u => !!u.userId && u.legacySuccessSeen && !modernKnown(u)).sort(byUserId);

	const automationUsers = (): UserState[] =>
		[...users.values()].filter(u => !!u.userId && reasonsOf(u).length > 0).sort(byUserId);

	const finish = (slice: SignInSlice, state: 'complete' | ReadProblem) => {
		const key = sliceKey(slice);
		if (finished.has(key)) throw new Error(`Sign-in slice ${key} was already finished.`);
		finished.set(key, state);
		multiTypeSeen.delete(key);
	};

	return {
		add(s, slice) {
			const key = sliceKey(slice);
			if (finished.has(key)) throw new Error(`Sign-in slice ${key} was already finished; it cannot take more rows.`);
			const at = parseDateTime(s.createdDateTime);
			if (Number.isNaN(at) || at < from || at > to) return;
			if (!isUserSignIn(s)) return;
			if (listsBothEventTypes(s)) {
				let seen = multiTypeSeen.get(key);
				if (!seen) {
					seen = new Set();
					multiTypeSeen.set(key, seen);
				}
				if (seen.has(s.id)) return;
				seen.add(s.id);
			}
			// The all-users modern read only answers for users already tracked; it must not grow the state.
			const u = userState(s, slice.kind !== 'modernInteractiveAll');
			if (!u) return;
			if (s.userPrincipalName && (at > u.upnAt || (at === u.upnAt && compareUpn(s.userPrincipalName, u.upn) < 0))) {
				u.upn = s.userPrincipalName;
				u.upnAt = at;
			}
			u.lastSeen = Math.max(u.lastSeen, at);
			const success = isSuccess(s);
			const protocol = isLegacySignIn(s.clientAppUsed, s.authenticationProtocol)
				? canonicalLegacyProtocol(s.clientAppUsed)
				: undefined;

			if (slice.kind === 'legacy') {
				if (protocol === slice.protocol) {
					const counts = protocolCounts.get(protocol) ?? {signIns: 0, successes: 0};
					counts.signIns++;
					u.legacySignIns++;
					if (success) {
						counts.successes++;
						u.legacySuccesses++;
						u.successProtocols.add(protocol);
						u.lastLegacySuccess = Math.max(u.lastLegacySuccess, at);
					}
					protocolCounts.set(protocol, counts);
				}
			} else if (slice.kind === 'user') {
				if (slice.userId === s.userId) u.userSliceSignIns++;
			} else {
				u.arrivals.set(slice.kind, (u.arrivals.get(slice.kind) ?? 0) + 1);
			}

			if (!success) return;
			if (protocol) u.legacySuccessSeen = true;
			if (isInteractive(s) && isModernClientApp(s.clientAppUsed)) u.modernInteractive = true;
			const ropc = isRopc(s);
			if (ropc) u.ropc = true;
			const script = scriptClientByAppId(s.appId);
			if (script && (ropc || isSingleFactor(s))) u.scriptClients.add(script.name);
			if (s.resourceId?.toLowerCase() === RESOURCE_APP.partnerCenterApi && (ropc || isSingleFactor(s))) {
				u.partnerCenter = true;
			}
		},

		complete(slice) {
			finish(slice, 'complete');
		},

		fail(slice, problem) {
			finish(slice, problem);
		},

		unavailable(problem) {
			whole = problem;
		},

		pendingSlices() {
			if (whole) return [];
			const stage1 = base.filter(s => !isFinished(s));
			if (stage1.length > 0) return stage1;
			const candidates = modernCandidates();
			if (candidates.length > checkLimit || isFinished(ALL_MODERN)) {
				if (candidates.length > 0 && !isFinished(ALL_MODERN)) return [ALL_MODERN];
			} else {
				const stage2 = candidates
					.map((u): SignInSlice => ({kind: 'modernInteractive', userId: u.userId!}))
					.filter(s => !isFinished(s));
				if (stage2.length > 0) return stage2;
			}
			return automationUsers()
				.map((u): SignInSlice => ({kind: 'user', userId: u.userId!}))
				.filter(s => !isFinished(s));
		},

		result() {
			const window = {from: formatDateTime(from), to: formatDateTime(to)};
			if (whole) {
				return {
					window,
					status: 'unavailable',
					unavailable: whole,
					problems: [],
					legacy: {
						signIns: null,
						successfulSignIns: null,
						users: null,
						failedOnlyAttempts: null,
						byProtocol: {},
						subjects: [],
						failedOnlyUsers: [],
					},
					automation: {complete: false, accounts: []},
				};
			}

			const problems: SliceProblem[] = [];
			const reported = new Set<string>();
			const require = (slice: SignInSlice): boolean => {
				const key = sliceKey(slice);
				const state = finished.get(key);
				if (state === 'complete') return true;
				if (reported.has(key)) return false;
				reported.add(key);
				problems.push(
					state
						? {slice, reason: state.reason, ...(state.detail === undefined ? {} : {detail: state.detail})}
						: {slice, reason: 'notRead'},
				);
				return false;
			};

			let legacyComplete = true;
			const byProtocol: Partial<Record<LegacyProtocol, ProtocolCounts>> = {};
			const protocolUsers = new Map<LegacyProtocol, number>();
			for (const u of users.values()) {
				for (const p of u.successProtocols) protocolUsers.set(p, (protocolUsers.get(p) ?? 0) + 1);
			}
			for (const protocol of [...LEGACY_CLIENT_APPS].sort(compareCodeUnits)) {
				if (!require({kind: 'legacy', protocol})) {
					legacyComplete = false;
					continue;
				}
				const counts = protocolCounts.get(protocol);
				if (!counts || counts.signIns === 0) continue;
				byProtocol[protocol] = {
					signIns: counts.signIns,
					successfulSignIns: counts.successes,
					users: protocolUsers.get(protocol) ?? 0,
				};
			}
			let automationComplete = legacyComplete;
			for (const slice of base) if (slice.kind !== 'legacy' && !require(slice)) automationComplete = false;

			const all = [...users.values()];
			for (const u of all.filter(x => x.legacySuccessSeen && !x.modernInteractive).sort(byUserId)) {
				if (!u.userId) {
					automationComplete = false;
					continue;
				}
				if (modernKnown(u)) continue;
				automationComplete = false;
				require(isFinished(ALL_MODERN) ? ALL_MODERN : {kind: 'modernInteractive', userId: u.userId});
			}

			const accounts: AutomationAccount[] = [];
			for (const u of all) {
				const reasons = reasonsOf(u);
				if (reasons.length === 0) continue;
				if (!u.userId || !require({kind: 'user', userId: u.userId})) automationComplete = false;
				// The user slice is the count; rows seen through other slices are a floor (they cannot be fewer).
				let signIns = Math.max(u.userSliceSignIns, u.legacySignIns);
				for (const n of u.arrivals.values()) signIns = Math.max(signIns, n);
				accounts.push({
					userId: u.userId,
					userPrincipalName: u.upn,
					reasons,
					signIns,
					lastSeen: Number.isFinite(u.lastSeen) ? formatDateTime(u.lastSeen) : null,
				});
			}

			const subjects: LegacySubject[] = all
				.filter(u => u.legacySuccesses > 0)
				.map(u => ({
					userId: u.userId,
					userPrincipalName: u.upn,
					protocols: [...u.successProtocols].sort(compareCodeUnits),
					successfulSignIns: u.legacySuccesses,
					lastSeen: formatDateTime(u.lastLegacySuccess),
				}));
			const failedOnly = all.filter(u => u.legacySignIns > 0 && u.legacySuccesses === 0);

			let signIns = 0;
			let successes = 0;
			for (const c of protocolCounts.values()) {
				signIns += c.signIns;
				successes += c.successes;
			}
			const byUpn = (a: {userPrincipalName: string; userId: string | null}, b: typeof a) =>
				compareUpn(a.userPrincipalName, b.userPrincipalName) || compareCodeUnits(a.userId ?? '', b.userId ?? '');

			problems.sort((a, b) => compareCodeUnits(sliceKey(a.slice), sliceKey(b.slice)));
			return {
				window,
				status: problems.length > 0 ? 'partial' : 'complete',
				problems,
				legacy: {
					signIns: legacyComplete ? signIns : null,
					successfulSignIns: legacyComplete ? successes : null,
					users: legacyComplete ? subjects.length : null,
					failedOnlyAttempts: legacyComplete ? failedOnly.reduce((n, u) => n + u.legacySignIns, 0) : null,
					byProtocol,
					subjects: subjects.sort(byUpn),
					failedOnlyUsers: failedOnly.map(u => ({userId: u.userId, userPrincipalName: u.upn})).sort(byUpn),
				},
				automation: {complete: automationComplete, accounts: accounts.sort(byUpn)},
			};
		},
	};
}
