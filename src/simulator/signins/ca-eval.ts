/**
 * Conditional Access and security defaults applied to the generated sign-ins at read time. Each sign-in is evaluated
 * against the policies as they were at its time (the policy history), so a policy created through the API shows
 * impact only on later sign-ins — as on real Graph. Results follow the sign-in log's vocabulary: `success`,
 * `failure`, `notApplied`, `notEnabled`, `reportOnlySuccess`, `reportOnlyFailure`, `reportOnlyInterrupted`,
 * `reportOnlyNotApplied`.
 *
 * Simplifications (documented in README.md): membership and roles are today's, not historical; named locations,
 * device filters and platforms other than "all" never match; an MFA requirement upgrades an interactive modern sign-in
 * of a registered user to MFA, inherits it for non-interactive refreshes, and fails ROPC and legacy protocols.
 */
import {isLegacySignIn} from '../../knowledge/legacy-protocols.js';
import {APP, RESOURCE} from '../scenarios/common.js';
import type {CaPolicy} from '../state.js';
import type {Tenant} from '../tenant.js';
import {STATUS} from './catalog.js';
import type {StatusInfo} from './store.js';

export interface EvalInput {
	readonly timeMs: number;
	readonly userId: string;
	readonly userType: 'Member' | 'Guest';
	readonly appId: string;
	readonly resourceId: string;
	readonly clientApp: string;
	readonly interactive: boolean;
	readonly protocol: string;
	readonly mfa: boolean;
	readonly status: StatusInfo;
	readonly risk: string;
	readonly operatingSystem: string;
}

export interface AppliedPolicy {
	readonly id: string;
	readonly displayName: string;
	readonly enforcedGrantControls: string[];
	readonly enforcedSessionControls: string[];
	readonly result: string;
}

export interface Effective {
	readonly status: StatusInfo;
	readonly mfa: boolean;
	readonly conditionalAccessStatus: 'success' | 'failure' | 'notApplied';
	readonly applied: readonly AppliedPolicy[];
}

const OFFICE365_RESOURCES = new Set<string>([
	RESOURCE.exchange.id,
	RESOURCE.sharePoint.id,
	RESOURCE.teams.id,
	RESOURCE.officeHome.id,
]);
const ADMIN_PORTALS = new Set<string>([APP.azurePortal.appId, RESOURCE.azureManagement.id]);

interface Version {
	readonly at: number;
	readonly policy: CaPolicy | null;
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export class CaEvaluator {
	private readonly timelines = new Map<string, Version[]>();
	private readonly sd: {at: number; on: boolean}[];
	/** The earliest time any policy or security-defaults change applies; older sign-ins need no evaluation. */
	readonly earliest: number;
	private readonly userMatch = new Map<CaPolicy, Map<string, boolean>>();
	private readonly changeTimes: number[];
	private readonly segments = new Map<number, CaPolicy[]>();
	private readonly registeredMemo = new Map<string, boolean>();

	constructor(private readonly tenant: Tenant) {
		for (const entry of tenant.state.caHistory) {
			const list = this.timelines.get(entry.id) ?? [];
			list.push({at: Date.parse(entry.at), policy: entry.policy});
			this.timelines.set(entry.id, list);
		}
		for (const list of this.timelines.values()) list.sort((a, b) => a.at - b.at);
		this.sd = tenant.state.securityDefaultsHistory
			.map(h => ({at: Date.parse(h.at), on: h.isEnabled}))
			.sort((a, b) => a.at - b.at);
		this.changeTimes = [...new Set([...this.timelines.values()].flatMap(l => l.map(v => v.at)))].sort((a, b) => a - b);
		const firstPolicy = Math.min(...[...this.timelines.values()].map(l => l[0]!.at));
		const firstSdOn = this.sd.find(h => h.on)?.at ?? Number.POSITIVE_INFINITY;
		this.earliest = Math.min(firstPolicy, firstSdOn);
	}

	/** The policies in force at `t`: the change times split the timeline into segments, each computed once. */
	private policiesAt(t: number): CaPolicy[] {
		const times = this.changeTimes;
		let lo = 0;
		let hi = times.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (times[mid]! <= t) lo = mid + 1;
			else hi = mid;
		}
		const segment = lo;
		const cached = this.segments.get(segment);
		if (cached) return cached;
		const result: CaPolicy[] = [];
		for (const list of this.timelines.values()) {
			let current: CaPolicy | null = null;
			for (const v of list) {
				if (v.at > t) break;
				current = v.policy;
			}
			if (current) result.push(current);
		}
		result.sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
		this.segments.set(segment, result);
		return result;
	}

	private registered(userId: string): boolean {
		const cached = this.registeredMemo.get(userId);
		if (cached !== undefined) return cached;
		const user = this.tenant.user(userId);
		const result = !!user && this.tenant.isMfaRegistered(user);
		this.registeredMemo.set(userId, result);
		return result;
	}

	private securityDefaultsAt(t: number): boolean {
		let on = false;
		for (const h of this.sd) {
			if (h.at > t) break;
			on = h.on;
		}
		return on;
	}

	private usersMatch(policy: CaPolicy, userId: string, userType: string): boolean {
		const memo = this.userMatch.get(policy) ?? new Map<string, boolean>();
		this.userMatch.set(policy, memo);
		const cached = memo.get(userId);
		if (cached !== undefined) return cached;
		const users = (policy.conditions.users ?? {}) as Record<string, unknown>;
		const groups = this.tenant.groupsOf(userId);
		const roles = this.tenant.activeRoles(userId);
		const isGuest = userType === 'Guest';
		const includeUsers = asList(users.includeUsers);
		const included =
			includeUsers.includes('All') ||
			includeUsers.includes(userId) ||
			(isGuest && (includeUsers.includes('GuestsOrExternalUsers') || !!users.includeGuestsOrExternalUsers)) ||
			asList(users.includeGroups).some(g => groups.has(g)) ||
			asList(users.includeRoles).some(r => roles.has(r));
		const excluded =
			asList(users.excludeUsers).includes(userId) ||
			(isGuest &&
				(asList(users.excludeUsers).includes('GuestsOrExternalUsers') || !!users.excludeGuestsOrExternalUsers)) ||
			asList(users.excludeGroups).some(g => groups.has(g)) ||
			asList(users.excludeRoles).some(r => roles.has(r));
		const result = included && !excluded;
		memo.set(userId, result);
		return result;
	}

	private applies(policy: CaPolicy, s: EvalInput): boolean {
		if (!this.usersMatch(policy, s.userId, s.userType)) return false;
		const c = policy.conditions as Record<string, unknown>;
		const apps = (c.applications ?? {}) as Record<string, unknown>;
		const appMatch = (list: string[]) =>
			list.includes('All') ||
			list.includes(s.appId) ||
			list.includes(s.resourceId) ||
			(list.includes('Office365') && OFFICE365_RESOURCES.has(s.resourceId)) ||
			(list.includes('MicrosoftAdminPortals') && (ADMIN_PORTALS.has(s.appId) || ADMIN_PORTALS.has(s.resourceId)));
		if (
			!appMatch(asList(apps.includeApplications)) ||
			appMatch(asList(apps.excludeApplications).filter(a => a !== 'None'))
		)
			return false;
		const types = asList(c.clientAppTypes);
		const legacy = isLegacySignIn(s.clientApp, s.protocol === 'oAuth2' ? 'oAuth2' : 'none');
		const kind =
			s.clientApp.toLowerCase() === 'browser'
				? 'browser'
				: s.clientApp.toLowerCase() === 'exchange activesync'
					? legacy
						? 'exchangeActiveSync'
						: 'mobileAppsAndDesktopClients'
					: legacy
						? 'other'
						: 'mobileAppsAndDesktopClients';
		if (!(types.length === 0 || types.includes('all') || types.includes(kind))) return false;
		const signInRisk = asList(c.signInRiskLevels);
		if (signInRisk.length > 0 && !signInRisk.includes(s.risk)) return false;
		const userRisk = asList(c.userRiskLevels);
		if (userRisk.length > 0 && !userRisk.includes(this.tenant.user(s.userId)?.sim.risk?.riskLevel ?? 'none'))
			return false;
		const locations = c.locations as Record<string, unknown> | null | undefined;
		if (
			locations &&
			!(asList(locations.includeLocations).includes('All') && asList(locations.excludeLocations).length === 0)
		)
			return false;
		const platforms = c.platforms as Record<string, unknown> | null | undefined;
		if (platforms && !asList(platforms.includePlatforms).includes('all')) return false;
		const flows = c.authenticationFlows as {transferMethods?: string} | null | undefined;
		if (flows?.transferMethods && !(flows.transferMethods.includes('deviceCodeFlow') && s.protocol === 'deviceCode'))
			return false;
		return true;
	}

	evaluate(s: EvalInput): Effective {
		if (s.timeMs < this.earliest)
			return {status: s.status, mfa: s.mfa, conditionalAccessStatus: 'notApplied', applied: []};
		const legacy = isLegacySignIn(s.clientApp, s.protocol === 'oAuth2' ? 'oAuth2' : 'none');
		const primaryOk = s.status.errorCode === 0;
		let status = s.status;
		let mfa = s.mfa;
		if (primaryOk && this.securityDefaultsAt(s.timeMs)) {
			// Security defaults block legacy authentication and require MFA for Azure management (GRAPH.md §5).
			if (legacy) status = STATUS.blockedBySd;
			else if (s.resourceId === RESOURCE.azureManagement.id && !mfa) {
				if (s.interactive && s.protocol !== 'ropc') mfa = true;
				else status = STATUS.mfaNeeded;
			}
		}
		const registered = this.registered(s.userId);
		const applied: AppliedPolicy[] = [];
		let enforcedFailure = false;
		let enforcedSuccess = false;
		for (const policy of this.policiesAt(s.timeMs)) {
			const grant = (policy.grantControls ?? {}) as Record<string, unknown>;
			const controls = asList(grant.builtInControls);
			const needsMfa = controls.includes('mfa') || !!grant.authenticationStrength;
			const blocks = controls.includes('block');
			const enforced = [
				...controls.map(c => (c === 'mfa' ? 'Mfa' : c === 'block' ? 'Block' : c)),
				...(grant.authenticationStrength ? ['AuthenticationStrength'] : []),
			];
			const entry = (result: string): AppliedPolicy => ({
				id: policy.id,
				displayName: policy.displayName,
				enforcedGrantControls: enforced,
				enforcedSessionControls: [],
				result,
			});
			if (policy.state === 'disabled') {
				applied.push(entry('notEnabled'));
				continue;
			}
			const reportOnly = policy.state === 'enabledForReportingButNotEnforced';
			// Conditional Access is evaluated only after primary authentication succeeds.
			if (!primaryOk || status.errorCode !== 0 || !this.applies(policy, s)) {
				applied.push(entry(reportOnly ? 'reportOnlyNotApplied' : 'notApplied'));
				continue;
			}
			let outcome: 'success' | 'failure' | 'interrupted';
			if (blocks) outcome = 'failure';
			else if (!needsMfa || mfa) outcome = 'success';
			else if (legacy || s.protocol === 'ropc') outcome = 'failure';
			else if (!s.interactive) outcome = 'success';
			else outcome = registered ? 'interrupted' : reportOnly ? 'interrupted' : 'failure';
			if (reportOnly) {
				applied.push(
					entry(
						outcome === 'success'
							? 'reportOnlySuccess'
							: outcome === 'failure'
								? 'reportOnlyFailure'
								: 'reportOnlyInterrupted',
					),
				);
				continue;
			}
			if (outcome === 'failure') {
				enforcedFailure = true;
				status = blocks
					? STATUS.blockedByCa
					: s.protocol === 'ropc'
						? STATUS.mfaNeeded
						: legacy
							? STATUS.blockedByCa
							: STATUS.mustRegister;
				applied.push(entry('failure'));
			} else {
				// An interrupted interactive sign-in completes MFA; a refresh inherits the MFA claim of its session.
				if (needsMfa) mfa = true;
				enforcedSuccess = true;
				applied.push(entry('success'));
			}
		}
		return {
			status,
			mfa,
			conditionalAccessStatus: enforcedFailure ? 'failure' : enforcedSuccess ? 'success' : 'notApplied',
			applied,
		};
	}
}
