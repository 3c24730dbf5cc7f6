/**
 * Measures the compliance engine at the `large` scale: 10⁵ users, 10⁶ sign-ins fed through the aggregator (as the
 * collector would, slice by slice), then `evaluate`. Prints time and peak RSS. Run: `npx tsx scripts/benchmarks/compliance.ts [users] [signIns]`.
 * 5 % of the rows are legacy; six in seven legacy users also sign in in a browser (seen by the stage-2 read); each
 * automation account's own slice holds 30 rows.
 */
import {performance} from 'node:perf_hooks';
import {
	type AssessmentInput,
	computeWindow,
	createSignInAggregator,
	type DirectoryUser,
	evaluate,
	read,
	unavailable,
} from '../../src/compliance/index.js';
import {createTranslator} from '../../src/i18n/index.js';
import {LEGACY_CLIENT_APPS} from '../../src/knowledge/legacy-protocols.js';
import {SERVICE_PLAN} from '../../src/knowledge/licences.js';
import {ROLE} from '../../src/knowledge/roles.js';
import {reportToJson} from '../../src/report/json.js';

const USERS = Number(process.argv[2] ?? 100_000);
const SIGN_INS = Number(process.argv[3] ?? 1_000_000);
const now = new Date('2026-11-26T10:00:00Z');
let peak = 0;
const sample = () => {
	peak = Math.max(peak, process.memoryUsage().rss);
};
const started = performance.now();

const users: DirectoryUser[] = [];
for (let i = 0; i < USERS; i++) {
	users.push({
		id: `00000000-0000-0000-0000-${i.toString().padStart(12, '0')}`,
		userPrincipalName: `user${i}@contoso.com`,
		displayName: `User ${i}`,
		userType: i % 50 === 0 ? 'Guest' : 'Member',
		accountEnabled: i % 97 !== 0,
		onPremisesSyncEnabled: i % 3 === 0,
	});
}
const licences = {entraIdP1: true, entraIdP2: false};
const window = computeWindow({now, licences});
const agg = createSignInAggregator({window});
// 5 % of the rows match a legacy slice; the rest of the 10⁶ would never be requested by the collector.
const legacyRows = Math.floor(SIGN_INS * 0.05);
const span = Date.parse(window.to) - Date.parse(window.from);
for (let i = 0; i < legacyRows; i++) {
	const protocol = LEGACY_CLIENT_APPS[i % LEGACY_CLIENT_APPS.length]!;
	const u = users[(i * 7919) % (USERS / 10)]!;
	agg.add(
		{
			id: `si-${i}`,
			createdDateTime: new Date(Date.parse(window.to) - (i % span)).toISOString(),
			userId: u.id,
			userPrincipalName: u.userPrincipalName,
			clientAppUsed: protocol,
			isInteractive: false,
			status: {errorCode: i % 5 === 0 ? 50126 : 0},
			signInEventTypes: ['nonInteractiveUser'],
		},
		{kind: 'legacy', protocol},
	);
	if (i % 10_000 === 0) sample();
}
let slicesRead = 0;
const browserRow = (userId: string, upn: string, n: number) => ({
	id: `m-${userId}-${n}`,
	createdDateTime: window.to,
	userId,
	userPrincipalName: upn,
	clientAppUsed: 'Browser',
	isInteractive: true,
	status: {errorCode: 0},
	signInEventTypes: ['interactiveUser'],
});
for (let pending = agg.pendingSlices(); pending.length > 0; pending = agg.pendingSlices()) {
	for (const slice of pending) {
		slicesRead++;
		if (slice.kind === 'modernInteractiveAll') {
			for (let i = 0; i < USERS / 10; i++) {
				if (i % 7 !== 0) agg.add(browserRow(users[i]!.id, users[i]!.userPrincipalName, 0), slice);
			}
		} else if (slice.kind === 'user') {
			for (let n = 0; n < 30; n++) agg.add({...browserRow(slice.userId, '', n), clientAppUsed: 'IMAP4'}, slice);
		}
		agg.complete(slice);
	}
}
sample();
const facts = agg.result();
const aggregated = performance.now();

const input: AssessmentInput = {
	organization: {id: 'tenant', displayName: 'Large', verifiedDomains: [{name: 'contoso.com', isDefault: true}]},
	subscribedSkus: read([
		{
			capabilityStatus: 'Enabled',
			servicePlans: [{servicePlanId: SERVICE_PLAN.entraIdP1, provisioningStatus: 'Success'}],
		},
	]),
	securityDefaults: read({isEnabled: false}),
	conditionalAccessPolicies: read(
		Array.from({length: 50}, (_, i) => ({
			id: `p-${i}`,
			displayName: `Policy ${i}`,
			state: i % 3 === 0 ? 'enabled' : 'enabledForReportingButNotEnforced',
			conditions: {
				users: {includeUsers: ['All'], excludeGroups: [`g-${i % 5}`]},
				applications: {includeApplications: ['All']},
				clientAppTypes: ['all'],
			},
			grantControls: {operator: 'OR', builtInControls: [i % 2 ? 'mfa' : 'block']},
		})),
	),
	users: read(users),
	groupMembers: new Map(
		Array.from({length: 5}, (_, g) => [`g-${g}`, read(users.slice(g * 1000, g * 1000 + 1000).map(u => u.id))]),
	),
	roleAssignments: read(
		users.slice(0, 200).map(u => ({
			principalId: u.id,
			principalType: 'user' as const,
			roleDefinitionId: ROLE.globalAdministrator,
			directoryScopeId: '/',
		})),
	),
	roleEligibilities: unavailable('licence'),
	perUserMfa: {status: 'read', byUser: new Map(users.map((u, i) => [u.id, i % 4 === 0 ? 'enforced' : 'disabled']))},
	registrationDetails: read(users.map((u, i) => ({id: u.id, isMfaRegistered: i % 3 !== 0}))),
	authenticationMethods: {status: 'notRead'},
	riskyUsers: unavailable('licence'),
	riskDetections: unavailable('licence'),
	signIns: facts,
	usageReports: {status: 'complete'},
};
sample();
const report = evaluate(input, {
	now,
	breakGlass: ['user1@contoso.com', 'user2@contoso.com'],
	t: createTranslator('en'),
	toolVersion: 'bench',
	mode: 'live',
	cloud: 'global',
});
const json = reportToJson(report);
sample();
const done = performance.now();
console.log(
	JSON.stringify({
		users: USERS,
		signInRowsFed: legacyRows,
		slicesRead,
		legacyUsers: report.legacyAuth.users,
		automationAccounts: report.automation.accounts.length,
		aggregateMs: Math.round(aggregated - started),
		evaluateMs: Math.round(done - aggregated),
		reportBytes: json.length,
		peakRssMb: Math.round(peak / 2 ** 20),
	}),
);
