/**
 * The three verdicts, their reasons, `enforcedBy` and `compliant` (COMPLIANCE.md "Verdicts").
 *
 * Reason grammar (exhaustive, in this order):
 * - enforced:   `securityDefaults:on` | `ca:<policyId>:enforces`… | `perUserMfa:<total>/<total>`
 * - reportOnly: `ca:<policyId>:state:enabledForReportingButNotEnforced`… then the partial reasons
 * - partial:    `ca:<policyId>:<gap>`… (enabled policies) then `perUserMfa:<covered>/<total>` when 0 < covered < total
 * - none:       `ca:<policyId>:<gap>`… (report-only policies)
 * - unknown:    `unreadable:securityDefaults`, `unreadable:conditionalAccess`, `unreadable:perUserMfa` (those that apply)
 * Policies are taken in id order (UTF-16 code units), each policy's gaps in policies.ts's order.
 */
import type {Gap} from './policies.js';

export type Verdict = 'enforced' | 'reportOnly' | 'partial' | 'none' | 'unknown';
export type Mechanism = 'securityDefaults' | 'conditionalAccess' | 'perUserMfa';
export type EnforcedBy = Mechanism | 'mixed' | 'none';
export type Unreadable = 'securityDefaults' | 'conditionalAccess' | 'perUserMfa';

export interface VerdictResult {
	readonly verdict: Verdict;
	readonly reasons: readonly string[];
	/** Set when `verdict` is `enforced`. */
	readonly mechanism?: Mechanism;
}

/** A counted policy of the verdict's kind with its gaps in the verdict's view. */
export interface Candidate {
	readonly id: string;
	readonly state: 'enabled' | 'enabledForReportingButNotEnforced';
	readonly gaps: readonly Gap[];
}

/**
 * Per-user MFA over the verdict's population (enabled members, or admins). `population` null: the population itself
 * is unknown (users or role assignments unreadable).
 */
export interface PerUserCoverage {
	readonly population: number | null;
	/** Users with `enabled` or `enforced`. */
	readonly covered: number;
	/** Users whose state could not be read. */
	readonly unread: number;
}

export interface VerdictInput {
	/** `true` / `false`, or null when the security-defaults policy could not be read. */
	readonly securityDefaults: boolean | null;
	/** False when the CA policies could not be read (and could exist). */
	readonly policiesKnown: boolean;
	/** Counted policies of the kind, in id order. */
	readonly candidates: readonly Candidate[];
	/** Undefined when per-user MFA does not apply (legacy authentication) or was not needed. */
	readonly perUser?: PerUserCoverage;
}

export function decideVerdict(input: VerdictInput): VerdictResult {
	if (input.securityDefaults === true) {
		return {verdict: 'enforced', reasons: ['securityDefaults:on'], mechanism: 'securityDefaults'};
	}
	const enabled = input.candidates.filter(c => c.state === 'enabled');
	const reportOnly = input.candidates.filter(c => c.state === 'enabledForReportingButNotEnforced');
	const enforcing = enabled.filter(c => c.gaps.length === 0);
	if (enforcing.length > 0) {
		return {verdict: 'enforced', reasons: enforcing.map(c => `ca:${c.id}:enforces`), mechanism: 'conditionalAccess'};
	}
	const perUser = input.perUser;
	if (perUser && perUser.population !== null && perUser.population > 0 && perUser.covered === perUser.population) {
		return {
			verdict: 'enforced',
			reasons: [`perUserMfa:${perUser.population}/${perUser.population}`],
			mechanism: 'perUserMfa',
		};
	}

	const unreadable: Unreadable[] = [];
	if (input.securityDefaults === null) unreadable.push('securityDefaults');
	// A policy whose only gaps rest on unread data could be enforcing.
	if (!input.policiesKnown || enabled.some(c => c.gaps.every(g => !g.certain))) unreadable.push('conditionalAccess');
	if (perUser && perUserCouldEnforce(perUser)) unreadable.push('perUserMfa');
	if (unreadable.length > 0) return {verdict: 'unknown', reasons: unreadable.map(w => `unreadable:${w}`)};

	const partialReasons = enabled.flatMap(c => c.gaps.map(g => `ca:${c.id}:${g.name}`));
	if (perUser && perUser.population !== null && perUser.covered > 0 && perUser.covered < perUser.population) {
		partialReasons.push(`perUserMfa:${perUser.covered}/${perUser.population}`);
	}
	const reportOnlyClean = reportOnly.filter(c => c.gaps.length === 0);
	if (reportOnlyClean.length > 0) {
		return {
			verdict: 'reportOnly',
			reasons: [...reportOnlyClean.map(c => `ca:${c.id}:state:enabledForReportingButNotEnforced`), ...partialReasons],
		};
	}
	if (partialReasons.length > 0) return {verdict: 'partial', reasons: partialReasons};
	return {verdict: 'none', reasons: reportOnly.flatMap(c => c.gaps.map(g => `ca:${c.id}:${g.name}`))};
}

/** Unread users, and every user read is covered: reading the rest could make it enforced. */
function perUserCouldEnforce(perUser: PerUserCoverage): boolean {
	if (perUser.population === null) return true;
	if (perUser.population === 0) return false;
	const read = perUser.population - perUser.unread;
	return perUser.unread > 0 && perUser.covered === read;
}

/** `mfaAdmins` is enforced whenever `mfaAllUsers` is, with its reasons and mechanism. */
export function inheritAdmins(allUsers: VerdictResult, admins: () => VerdictResult): VerdictResult {
	return allUsers.verdict === 'enforced' ? allUsers : admins();
}

export function enforcedBy(verdicts: readonly VerdictResult[]): EnforcedBy {
	const mechanisms = new Set(verdicts.flatMap(v => (v.verdict === 'enforced' && v.mechanism ? [v.mechanism] : [])));
	if (mechanisms.size === 0) return 'none';
	if (mechanisms.size === 1) return [...mechanisms][0]!;
	return 'mixed';
}

/** `false` as soon as one verdict is decided and failing; else `null` if one is unknown; else `true`. */
export function compliantOf(verdicts: readonly VerdictResult[]): boolean | null {
	if (verdicts.some(v => v.verdict === 'reportOnly' || v.verdict === 'partial' || v.verdict === 'none')) return false;
	if (verdicts.some(v => v.verdict === 'unknown')) return null;
	return true;
}
