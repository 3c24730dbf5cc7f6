/**
 * The per-step evidence the report does not carry, folded over the same sign-in rows the aggregator reads (the
 * collector feeds both from one stream; sign-ins are never kept). Memory grows with distinct (protocol, user, app,
 * device) lines and with the automation accounts' apps, not with rows.
 *
 * Like the aggregator, each count has one home slice, so a row that comes back through several filters is counted
 * once: legacy lines count only rows of their protocol's `legacy` slice; an automation account's apps, resources,
 * protocols and single-factor count come only from its own `user` slice (when that slice could not be read they stay
 * empty and the report's coverage says the sign-in log is partial).
 */
import type {SignIn, SignInSlice} from '../compliance/index.js';
import {compareCodeUnits, compareUpn, formatDateTime} from '../compliance/order.js';
import {scriptClientByAppId} from '../knowledge/first-party-apps.js';
import {canonicalLegacyProtocol, isLegacySignIn, type LegacyProtocol} from '../knowledge/legacy-protocols.js';

/** The fields of a sign-in row the folds read beyond the aggregator's (`deviceDetail`, display names). */
export type EvidenceRow = SignIn & {
	readonly userDisplayName?: string | null;
	readonly appDisplayName?: string | null;
	readonly resourceDisplayName?: string | null;
	readonly deviceDetail?: {
		readonly displayName?: string | null;
		readonly operatingSystem?: string | null;
		readonly browser?: string | null;
	} | null;
};

/** A consumer of the rows the sign-in reader streams. */
export interface SignInSink {
	add(row: EvidenceRow, slice: SignInSlice): void;
}

export interface LegacyLine {
	readonly protocol: LegacyProtocol;
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly app: string | null;
	readonly device: {
		readonly displayName: string | null;
		readonly operatingSystem: string | null;
		readonly browser: string | null;
	};
	readonly signIns: number;
	readonly successfulSignIns: number;
	readonly lastSeen: string;
	readonly lastSuccess: string | null;
}

export interface AccountActivity {
	readonly apps: readonly {
		readonly appId: string | null;
		readonly name: string;
		readonly signIns: number;
		readonly lastSeen: string;
	}[];
	readonly resources: readonly string[];
	readonly protocols: readonly string[];
	readonly singleFactorSignIns: number;
	readonly signIns: number;
}

interface MutableLine {
	readonly protocol: LegacyProtocol;
	readonly userId: string | null;
	upn: string;
	upnAt: number;
	displayName: string | null;
	readonly app: string | null;
	readonly device: LegacyLine['device'];
	signIns: number;
	successes: number;
	lastSeen: number;
	lastSuccess: number;
}

interface MutableActivity {
	readonly apps: Map<string, {appId: string | null; name: string; signIns: number; lastSeen: number}>;
	readonly resources: Set<string>;
	readonly protocols: Set<string>;
	singleFactor: number;
	signIns: number;
}

const text = (value: string | null | undefined): string | null => (value === undefined || value === '' ? null : value);

function userKey(row: SignIn): string | undefined {
	return row.userId || (row.userPrincipalName ? `upn:${row.userPrincipalName.toLowerCase()}` : undefined);
}

export interface EvidenceFolds extends SignInSink {
	/** Rows seen per user id through any slice: a lower bound of a user slice's size, to pack user reads. */
	rowsSeen(userId: string): number;
	legacyLines(): LegacyLine[];
	/** The activity read through the account's own `user` slice, or undefined when none was fed. */
	activity(userId: string): AccountActivity | undefined;
}

export function createEvidenceFolds(window: {readonly from: string; readonly to: string}): EvidenceFolds {
	const from = Date.parse(window.from);
	const to = Date.parse(window.to);
	const lines = new Map<string, MutableLine>();
	const activities = new Map<string, MutableActivity>();
	const seen = new Map<string, number>();

	const addLegacy = (row: EvidenceRow, protocol: LegacyProtocol, at: number) => {
		const user = userKey(row);
		if (!user) return;
		const device = {
			displayName: text(row.deviceDetail?.displayName),
			operatingSystem: text(row.deviceDetail?.operatingSystem),
			browser: text(row.deviceDetail?.browser),
		};
		const app = text(row.appDisplayName);
		const key = [
			protocol,
			user,
			app ?? '',
			device.displayName ?? '',
			device.operatingSystem ?? '',
			device.browser ?? '',
		]
			.map(s => s.replaceAll('\u0000', ''))
			.join('\u0000');
		let line = lines.get(key);
		if (!line) {
			line = {
				protocol,
				userId: row.userId || null,
				upn: row.userPrincipalName ?? row.userId ?? '',
				upnAt: Number.NEGATIVE_INFINITY,
				displayName: text(row.userDisplayName),
				app,
				device,
				signIns: 0,
				successes: 0,
				lastSeen: Number.NEGATIVE_INFINITY,
				lastSuccess: Number.NEGATIVE_INFINITY,
			};
			lines.set(key, line);
		}
		// The latest UPN wins (a rename inside the window), as in the aggregator.
		if (row.userPrincipalName && at >= line.upnAt) {
			line.upn = row.userPrincipalName;
			line.upnAt = at;
			line.displayName = text(row.userDisplayName) ?? line.displayName;
		}
		line.signIns++;
		line.lastSeen = Math.max(line.lastSeen, at);
		if (row.status?.errorCode === 0) {
			line.successes++;
			line.lastSuccess = Math.max(line.lastSuccess, at);
		}
	};

	const addActivity = (row: EvidenceRow, userId: string, at: number) => {
		let a = activities.get(userId);
		if (!a) {
			a = {apps: new Map(), resources: new Set(), protocols: new Set(), singleFactor: 0, signIns: 0};
			activities.set(userId, a);
		}
		a.signIns++;
		const appId = text(row.appId);
		const name = text(row.appDisplayName) ?? scriptClientByAppId(appId)?.name ?? appId ?? '?';
		const appKey = appId?.toLowerCase() ?? `name:${name}`;
		const app = a.apps.get(appKey) ?? {appId, name, signIns: 0, lastSeen: Number.NEGATIVE_INFINITY};
		app.signIns++;
		app.lastSeen = Math.max(app.lastSeen, at);
		a.apps.set(appKey, app);
		const resource = text(row.resourceDisplayName) ?? text(row.resourceId);
		if (resource) a.resources.add(resource);
		const legacy = isLegacySignIn(row.clientAppUsed, row.authenticationProtocol)
			? canonicalLegacyProtocol(row.clientAppUsed)
			: undefined;
		if (legacy) a.protocols.add(legacy);
		else if (row.authenticationProtocol && row.authenticationProtocol !== 'none') {
			a.protocols.add(row.authenticationProtocol);
		}
		if (row.authenticationRequirement?.toLowerCase() === 'singlefactorauthentication') a.singleFactor++;
	};

	return {
		add(row, slice) {
			const at = Date.parse(row.createdDateTime);
			if (Number.isNaN(at) || at < from || at > to) return;
			if (row.userId) seen.set(row.userId, (seen.get(row.userId) ?? 0) + 1);
			if (slice.kind === 'legacy') {
				const protocol = isLegacySignIn(row.clientAppUsed, row.authenticationProtocol)
					? canonicalLegacyProtocol(row.clientAppUsed)
					: undefined;
				if (protocol === slice.protocol) addLegacy(row, protocol, at);
			} else if (slice.kind === 'user' && row.userId === slice.userId) {
				addActivity(row, slice.userId, at);
			}
		},

		rowsSeen(userId) {
			return seen.get(userId) ?? 0;
		},

		legacyLines() {
			return [...lines.values()]
				.map(
					(l): LegacyLine => ({
						protocol: l.protocol,
						userId: l.userId,
						userPrincipalName: l.upn,
						displayName: l.displayName,
						app: l.app,
						device: l.device,
						signIns: l.signIns,
						successfulSignIns: l.successes,
						lastSeen: formatDateTime(l.lastSeen),
						lastSuccess: Number.isFinite(l.lastSuccess) ? formatDateTime(l.lastSuccess) : null,
					}),
				)
				.sort(
					(a, b) =>
						compareCodeUnits(a.protocol, b.protocol) ||
						compareUpn(a.userPrincipalName, b.userPrincipalName) ||
						compareCodeUnits(a.userId ?? '', b.userId ?? '') ||
						b.signIns - a.signIns ||
						compareCodeUnits(a.app ?? '', b.app ?? '') ||
						compareCodeUnits(a.device.displayName ?? '', b.device.displayName ?? '') ||
						compareCodeUnits(a.device.operatingSystem ?? '', b.device.operatingSystem ?? '') ||
						compareCodeUnits(a.device.browser ?? '', b.device.browser ?? ''),
				);
		},

		activity(userId) {
			const a = activities.get(userId);
			if (!a) return undefined;
			return {
				apps: [...a.apps.values()]
					.sort((x, y) => y.signIns - x.signIns || compareCodeUnits(x.name, y.name))
					.map(x => ({appId: x.appId, name: x.name, signIns: x.signIns, lastSeen: formatDateTime(x.lastSeen)})),
				resources: [...a.resources].sort(compareCodeUnits),
				protocols: [...a.protocols].sort(compareCodeUnits),
				singleFactorSignIns: a.singleFactor,
				signIns: a.signIns,
			};
		},
	};
}
