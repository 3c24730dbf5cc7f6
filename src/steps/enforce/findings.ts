/**
 * What the enforce step starts from: the shared assessment, plus targeted reads of exactly the objects this step
 * changes — the Conditional Access policies, security defaults, and the declared emergency-access accounts the
 * assessment did not list (one created a minute ago, say). The step re-reads them after each round of changes
 * (WizardEngine.reassess) instead of re-reading the whole tenant.
 */
import type {
	AdminDetails,
	Assessment,
	AutomationEvidence,
	LegacyDetails,
	RiskDetails,
	SignedInAdmin,
} from '../../assessment/types.js';
import type {AssessmentInput, DirectoryUser, RoleAssignment} from '../../compliance/model.js';
import {read} from '../../compliance/model.js';
import {listCaPolicies} from '../../graph/conditional-access.js';
import {listTransitiveMembers} from '../../graph/groups.js';
import {getSecurityDefaults} from '../../graph/policies.js';
import {listRoleAssignments} from '../../graph/roles.js';
import {getUser} from '../../graph/users.js';
import {SIGN_IN_RETENTION_DAYS} from '../../knowledge/licences.js';
import {ROLE} from '../../knowledge/roles.js';
import type {StepContext} from '../types.js';
import type {RawCaPolicy} from './policies.js';

export interface EnforceFindings {
	readonly tenant: {
		readonly id: string;
		readonly displayName: string;
		readonly defaultDomain: string | null;
		readonly initialDomain: string | null;
	};
	readonly p1: boolean | null;
	readonly p2: boolean | null;
	readonly securityDefaults: boolean | null;
	/** As Graph returned them, re-read by this step when it could; null when unreadable. */
	readonly policies: readonly RawCaPolicy[] | null;
	/** The compliance engine's read model with this step's fresher reads laid over it (policies, SD, accounts). */
	readonly input: AssessmentInput;
	readonly signedIn: SignedInAdmin | null;
	readonly admins: AdminDetails;
	readonly legacy: LegacyDetails;
	readonly automation: readonly AutomationEvidence[];
	readonly risk: RiskDetails;
	/** The assessment's time, and this step's re-read time (RFC 3339). */
	readonly collectedAt: string;
	readonly readAt: string;
	/** How far back the sign-in log goes (30 days with P1/P2, 7 without). */
	readonly retentionDays: number;
	/** What could not be re-read (the assessment's copy is used instead). */
	readonly stale: readonly ('policies' | 'securityDefaults' | 'accounts')[];
}

function sameAssignment(a: RoleAssignment, b: RoleAssignment): boolean {
	return a.principalId === b.principalId && a.roleDefinitionId.toLowerCase() === b.roleDefinitionId.toLowerCase();
}

/** Declared entries the assessment's user list does not name. */
function unknownEntries(input: AssessmentInput, entries: readonly string[]): string[] {
	if (input.users.status !== 'read') return [];
	const users = input.users.value;
	return entries.filter(
		entry => !users.some(u => u.id === entry || u.userPrincipalName.toLowerCase() === entry.trim().toLowerCase()),
	);
}

function groupsOf(policies: readonly RawCaPolicy[]): string[] {
	const ids = new Set<string>();
	for (const p of policies) {
		const users = (p.conditions as {users?: {includeGroups?: string[]; excludeGroups?: string[]}} | undefined)?.users;
		for (const g of [...(users?.includeGroups ?? []), ...(users?.excludeGroups ?? [])]) ids.add(g);
	}
	return [...ids];
}

/**
 * Reads the step's findings. `extraAccounts` are accounts the step must know even if undeclared (the one it is about
 * to create). Every targeted read that fails falls back to the assessment's copy and is listed in `stale`.
 */
export async function assessEnforce(ctx: StepContext, extraAccounts: readonly string[] = []): Promise<EnforceFindings> {
	const a: Assessment = ctx.assessment;
	const stale: EnforceFindings['stale'][number][] = [];
	let input: AssessmentInput = a.input;
	let policies: readonly RawCaPolicy[] | null = a.policies as readonly RawCaPolicy[] | null;
	let securityDefaults = a.securityDefaults;

	if (a.licences.entraIdP1 !== false || policies !== null) {
		try {
			policies = (await listCaPolicies(ctx.graph)) as unknown as RawCaPolicy[];
			input = {...input, conditionalAccessPolicies: read(policies as never)};
		} catch {
			stale.push('policies');
		}
	}
	try {
		securityDefaults = (await getSecurityDefaults(ctx.graph)).isEnabled;
		input = {...input, securityDefaults: read({isEnabled: securityDefaults})};
	} catch {
		stale.push('securityDefaults');
	}

	// Accounts declared (or about to be created) that the assessment did not list, with their Global Administrator role.
	const missing = unknownEntries(input, [...ctx.breakGlass, ...extraAccounts]);
	if (missing.length > 0 && input.users.status === 'read') {
		try {
			const found: DirectoryUser[] = [];
			for (const entry of missing) {
				try {
					const u = await getUser(ctx.graph, entry.trim());
					found.push({
						id: u.id,
						userPrincipalName: u.userPrincipalName ?? entry,
						displayName: u.displayName ?? null,
						userType: u.userType ?? 'Member',
						accountEnabled: u.accountEnabled ?? true,
						onPremisesSyncEnabled: u.onPremisesSyncEnabled ?? null,
					});
				} catch (error) {
					if ((error as {status?: number}).status !== 404) throw error;
				}
			}
			if (found.length > 0) {
				const assignments: RoleAssignment[] = [];
				for await (const r of listRoleAssignments(ctx.graph, {roleDefinitionId: ROLE.globalAdministrator})) {
					if (found.some(u => u.id === r.principalId)) {
						assignments.push({
							principalId: r.principalId,
							principalType: 'user',
							roleDefinitionId: r.roleDefinitionId,
							directoryScopeId: r.directoryScopeId ?? '/',
						});
					}
				}
				const roles = input.roleAssignments;
				input = {
					...input,
					users: read([...input.users.value, ...found]),
					roleAssignments:
						roles.status === 'read'
							? read([...roles.value, ...assignments.filter(x => !roles.value.some(y => sameAssignment(x, y)))])
							: roles,
				};
			}
		} catch {
			stale.push('accounts');
		}
	}

	// Groups named by policies that appeared since the assessment: their members decide whether an exclusion is a gap.
	if (policies) {
		const groupMembers = new Map(input.groupMembers);
		for (const groupId of groupsOf(policies)) {
			if (groupMembers.has(groupId)) continue;
			try {
				const ids: string[] = [];
				for await (const m of listTransitiveMembers(ctx.graph, groupId)) {
					if ((m['@odata.type'] ?? '').toLowerCase().endsWith('user')) ids.push(m.id);
				}
				groupMembers.set(groupId, read(ids));
			} catch {
				stale.push('policies');
			}
		}
		input = {...input, groupMembers};
	}

	return {
		tenant: {
			id: a.tenant.id,
			displayName: a.tenant.displayName,
			defaultDomain: a.tenant.defaultDomain,
			initialDomain: a.tenant.initialDomain,
		},
		p1: a.licences.entraIdP1,
		p2: a.licences.entraIdP2,
		securityDefaults,
		policies,
		input,
		signedIn: a.signedIn,
		admins: a.admins,
		legacy: a.legacy,
		automation: a.automation,
		risk: a.risk,
		collectedAt: a.collectedAt,
		readAt: ctx.now(),
		retentionDays:
			a.licences.entraIdP1 === false && a.licences.entraIdP2 === false
				? SIGN_IN_RETENTION_DAYS.free
				: SIGN_IN_RETENTION_DAYS.premium,
		stale: [...new Set(stale)],
	};
}
