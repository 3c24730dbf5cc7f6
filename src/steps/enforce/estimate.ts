/**
 * What each policy is expected to catch, from the assessment (the last 30 days of sign-ins, registration details,
 * risk): shown beside a policy whose report-only results are too young to say much, and always labelled an estimate.
 * Report-only results, when there are enough of them, are the better evidence (impact.ts).
 */
import type {EnforceFindings} from './findings.js';
import type {PolicyKey} from './policies.js';

export interface Estimate {
	readonly key: PolicyKey;
	/** People (or accounts) expected to be blocked or challenged, UPN order, a few at most. */
	readonly examples: readonly string[];
	readonly count: number;
	/** The kind of count: legacy users, unregistered admins, unregistered members, automation accounts, risky users. */
	readonly basis: 'legacyUsers' | 'unregisteredAdmins' | 'unregisteredMembers' | 'highRiskUsers';
	/** Script/automation accounts signing in with a single factor: they break under MFA for everyone. */
	readonly automation: readonly string[];
}

const EXAMPLES = 5;

function sortUpns(values: Iterable<string>): string[] {
	return [...new Set(values)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

export function estimate(findings: EnforceFindings, key: PolicyKey): Estimate {
	const automation = sortUpns(findings.automation.map(a => a.userPrincipalName));
	switch (key) {
		case 'blockLegacy': {
			const users = sortUpns(findings.legacy.uses.filter(u => u.successfulSignIns > 0).map(u => u.userPrincipalName));
			return {key, basis: 'legacyUsers', count: users.length, examples: users.slice(0, EXAMPLES), automation: []};
		}
		case 'mfaAdmins': {
			const users = sortUpns(
				findings.admins.admins.filter(a => a.mfaRegistered === false).map(a => a.userPrincipalName),
			);
			return {key, basis: 'unregisteredAdmins', count: users.length, examples: users.slice(0, EXAMPLES), automation};
		}
		case 'userRisk': {
			const users = sortUpns(findings.risk.users.filter(u => u.riskLevel === 'high').map(u => u.userPrincipalName));
			return {key, basis: 'highRiskUsers', count: users.length, examples: users.slice(0, EXAMPLES), automation: []};
		}
		default: {
			const input = findings.input;
			const registered =
				input.registrationDetails.status === 'read'
					? new Set(input.registrationDetails.value.filter(r => r.isMfaRegistered).map(r => r.id))
					: null;
			const members =
				input.users.status === 'read'
					? input.users.value.filter(u => u.accountEnabled && (u.userType ?? 'Member').toLowerCase() === 'member')
					: [];
			const users = registered
				? sortUpns(members.filter(u => !registered.has(u.id)).map(u => u.userPrincipalName))
				: [];
			return {key, basis: 'unregisteredMembers', count: users.length, examples: users.slice(0, EXAMPLES), automation};
		}
	}
}
