/**
 * The targeted reads of step 8 for one account, when the admin opens it: the user (is it synchronised from
 * on-premises?), its registered sign-in methods (an attacker may have added one), its recent sign-ins — where, which
 * app, with what result — and, with P2, its current risk. Each read may fail on its own (licence, permission): the
 * others are still shown, and the failure says why.
 */
import type {Graph} from '../../graph/client.js';
import {GraphHttpError} from '../../graph/errors.js';
import {getRiskyUser} from '../../graph/identity-protection.js';
import {listSignIns, type SignIn} from '../../graph/sign-ins.js';
import {type AuthenticationMethod, getUser, listAuthenticationMethods, type User} from '../../graph/users.js';

/** How many recent sign-ins are read and kept as evidence. */
export const RECENT_SIGN_INS = 20;

export type Maybe<T> =
	| {readonly status: 'read'; readonly value: T}
	| {readonly status: 'unavailable'; readonly reason: 'licence' | 'permission' | 'error'; readonly detail: string};

export interface RecentSignIn {
	readonly at: string;
	readonly app: string | null;
	readonly resource: string | null;
	readonly clientApp: string | null;
	readonly ipAddress: string | null;
	readonly city: string | null;
	readonly country: string | null;
	/** 0 = success, else the AADSTS code. */
	readonly errorCode: number;
	readonly failureReason: string | null;
	readonly interactive: boolean | null;
	readonly conditionalAccess: string | null;
}

export interface MethodSummary {
	readonly type: string;
	readonly id: string;
	readonly displayName: string | null;
	readonly createdDateTime: string | null;
	/** Phone numbers and e-mail addresses as Graph shows them (masked for some admin roles). */
	readonly detail: string | null;
}

export interface UserDetails {
	readonly user: Maybe<
		Pick<User, 'id' | 'userPrincipalName' | 'displayName' | 'accountEnabled' | 'userType' | 'onPremisesSyncEnabled'>
	>;
	readonly methods: Maybe<readonly MethodSummary[]>;
	readonly signIns: Maybe<readonly RecentSignIn[]>;
	/** Identity Protection's view of the user (P2 only); null when the user is not a risky user. */
	readonly risk: Maybe<{
		readonly riskLevel: string;
		readonly riskState: string;
		readonly riskDetail: string;
	} | null> | null;
	readonly readAt: string;
}

function failure(error: unknown): {status: 'unavailable'; reason: 'licence' | 'permission' | 'error'; detail: string} {
	if (error instanceof GraphHttpError) {
		const licence = /NonPremium|licen[cs]e/i.test(`${error.code} ${error.graphMessage}`);
		return {
			status: 'unavailable',
			reason: licence ? 'licence' : error.status === 403 ? 'permission' : 'error',
			detail: `${error.status} ${error.code}`,
		};
	}
	return {status: 'unavailable', reason: 'error', detail: (error as Error)?.message ?? String(error)};
}

async function attempt<T>(read: () => Promise<T>): Promise<Maybe<T>> {
	try {
		return {status: 'read', value: await read()};
	} catch (error) {
		return failure(error);
	}
}

export function summarizeMethod(method: AuthenticationMethod): MethodSummary {
	const m = method as Record<string, unknown>;
	const text = (key: string) => (typeof m[key] === 'string' ? (m[key] as string) : null);
	return {
		type: method['@odata.type'].replace(/^#microsoft\.graph\./, '').replace(/AuthenticationMethod$/, ''),
		id: method.id,
		displayName: text('displayName') ?? text('model'),
		createdDateTime: text('createdDateTime'),
		detail: text('phoneNumber') ?? text('emailAddress'),
	};
}

export function summarizeSignIn(s: SignIn): RecentSignIn {
	return {
		at: s.createdDateTime,
		app: s.appDisplayName ?? null,
		resource: s.resourceDisplayName ?? null,
		clientApp: s.clientAppUsed ?? null,
		ipAddress: s.ipAddress ?? null,
		city: s.location?.city ?? null,
		country: s.location?.countryOrRegion ?? null,
		errorCode: s.status?.errorCode ?? 0,
		failureReason: s.status?.failureReason ?? null,
		interactive: s.isInteractive ?? null,
		conditionalAccess: s.conditionalAccessStatus ?? null,
	};
}

export interface DetailOptions {
	readonly since: string;
	readonly signInLogs: boolean;
	readonly risk: boolean;
	readonly now: () => string;
}

/** Reads one account by object id or UPN. Throws only when the user itself cannot be found (a UserError upstream). */
export async function loadUserDetails(graph: Graph, idOrUpn: string, options: DetailOptions): Promise<UserDetails> {
	const user = await attempt(() =>
		getUser(graph, idOrUpn, [
			'id',
			'userPrincipalName',
			'displayName',
			'accountEnabled',
			'userType',
			'onPremisesSyncEnabled',
		]),
	);
	if (user.status !== 'read') {
		return {
			user,
			methods: {status: 'unavailable', reason: 'error', detail: 'user'},
			signIns: {status: 'unavailable', reason: 'error', detail: 'user'},
			risk: null,
			readAt: options.now(),
		};
	}
	const id = user.value.id;
	const methods = await attempt(async () => (await listAuthenticationMethods(graph, id)).map(summarizeMethod));
	const signIns: Maybe<readonly RecentSignIn[]> = options.signInLogs
		? await attempt(async () => {
				const out: RecentSignIn[] = [];
				for await (const s of listSignIns(graph, {
					filter: {userId: id, since: options.since, eventTypes: ['interactiveUser', 'nonInteractiveUser']},
					top: RECENT_SIGN_INS,
					maxPages: 1,
				})) {
					out.push(summarizeSignIn(s));
					if (out.length >= RECENT_SIGN_INS) break;
				}
				return out;
			})
		: {status: 'unavailable', reason: 'licence', detail: 'signInLogs'};
	const risk = options.risk
		? await attempt(async () => {
				const risky = await getRiskyUser(graph, id);
				if (!risky) return null;
				return {
					riskLevel: risky.riskLevel ?? 'none',
					riskState: risky.riskState ?? 'none',
					riskDetail: risky.riskDetail ?? 'none',
				};
			})
		: null;
	return {user, methods, signIns, risk, readAt: options.now()};
}
