/**
 * The collector's side of the contract, played out against an in-memory sign-in log whose "server-side filters" behave
 * like Graph's (each slice's filter, both event types, rows returned by several filters). This is the loop the real
 * collector runs over the Graph layer.
 */
import {describe, expect, test} from 'vitest';
import {
	type AssessmentInput,
	computeWindow,
	createSignInAggregator,
	evaluate,
	groupsToResolve,
	licencesFromSkus,
	NOT_READ,
	needsPerUserMethods,
	needsPerUserMfa,
	read,
	type SignIn,
	type SignInSlice,
	unavailable,
} from '../../src/compliance/index.js';
import {createTranslator} from '../../src/i18n/index.js';
import {RESOURCE_APP} from '../../src/knowledge/first-party-apps.js';
import {canonicalLegacyProtocol} from '../../src/knowledge/legacy-protocols.js';
import {ROLE} from '../../src/knowledge/roles.js';
import {expectValidReport} from '../report/schema-helper.js';
import {assignment, BASE_USERS, buildInput, ID, mfaPolicy, NOW, signIn, sku} from './fixtures.js';

const AZ_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
const svc = {userId: ID.svc, userPrincipalName: 'svc-billing@contoso.com'};

/** What Graph would return for a slice's filter (GRAPH.md §1 semantics; case-insensitive `clientAppUsed`). */
function serverFilter(slice: SignInSlice, s: SignIn): boolean {
	const ok = s.status?.errorCode === 0;
	const modern =
		(s.clientAppUsed === 'Browser' || s.clientAppUsed === 'Mobile Apps and Desktop clients') &&
		s.isInteractive === true;
	switch (slice.kind) {
		case 'legacy':
			return canonicalLegacyProtocol(s.clientAppUsed) === slice.protocol;
		case 'ropc':
			return ok && s.authenticationProtocol === 'ropc';
		case 'scriptClient':
			return ok && s.appId === slice.appId;
		case 'partnerCenterApi':
			return ok && s.resourceId === RESOURCE_APP.partnerCenterApi;
		case 'modernInteractive':
			return ok && modern && s.userId === slice.userId;
		case 'modernInteractiveAll':
			return ok && modern;
		case 'user':
			return s.userId === slice.userId;
	}
}

const LOG: SignIn[] = [
	// A billing integration: ROPC through Azure CLI to the Partner Center API, every hour.
	...Array.from({length: 24}, (_, h) =>
		signIn({
			...svc,
			appId: AZ_CLI,
			resourceId: RESOURCE_APP.partnerCenterApi,
			clientAppUsed: 'Mobile Apps and Desktop clients',
			authenticationProtocol: 'ropc',
			authenticationRequirement: 'singleFactorAuthentication',
			isInteractive: false,
			signInEventTypes: ['nonInteractiveUser'],
			at: 60 * (h + 1),
		}),
	),
	// bob reads mail over IMAP and also uses Outlook on the web.
	signIn({
		userId: ID.bob,
		userPrincipalName: 'Bob@contoso.com',
		clientAppUsed: 'IMAP4',
		isInteractive: false,
		signInEventTypes: ['nonInteractiveUser'],
	}),
	signIn({userId: ID.bob, userPrincipalName: 'Bob@contoso.com', clientAppUsed: 'Browser'}),
	// A password spray on alice over SMTP; one row lists both event types.
	signIn({
		clientAppUsed: 'Authenticated SMTP',
		status: {errorCode: 50126},
		signInEventTypes: ['interactiveUser', 'nonInteractiveUser'],
	}),
	signIn({
		clientAppUsed: 'Authenticated SMTP',
		status: {errorCode: 50126},
		isInteractive: false,
		signInEventTypes: ['nonInteractiveUser'],
	}),
	// Noise the collector never asks for.
	...Array.from({length: 50}, () => signIn({userId: ID.admin, userPrincipalName: 'admin@contoso.com'})),
];

describe('a collector driving the aggregator', () => {
	test('reads only the slices asked for, each row through every matching filter, and gets the right facts', () => {
		const skus = read([sku(true, false)]);
		const window = computeWindow({now: NOW, licences: licencesFromSkus(skus)});
		const agg = createSignInAggregator({window});
		const requested: string[] = [];
		for (let pending = agg.pendingSlices(); pending.length > 0; pending = agg.pendingSlices()) {
			for (const slice of pending) {
				requested.push(slice.kind);
				// Two requests per slice (interactive, then non-interactive), as beta needs.
				for (const eventType of ['interactiveUser', 'nonInteractiveUser']) {
					for (const row of LOG) {
						if (serverFilter(slice, row) && (row.signInEventTypes ?? []).includes(eventType)) agg.add(row, slice);
					}
				}
				agg.complete(slice);
			}
		}
		// Stage 1 (13 legacy + ROPC + 9 script clients + Partner Center), then one modern check (bob's browser sign-in
		// matches no stage-1 filter), then one user slice for the automation account.
		expect(requested.filter(k => k === 'legacy')).toHaveLength(13);
		expect(requested.filter(k => k === 'modernInteractive')).toHaveLength(1);
		expect(requested.filter(k => k === 'user')).toHaveLength(1);

		const base = buildInput();
		const input: AssessmentInput = {...base, signIns: agg.result()};
		const report = expectValidReport(
			evaluate(input, {
				now: NOW,
				breakGlass: [],
				t: createTranslator('en'),
				toolVersion: '1.0.0',
				mode: 'demo',
				cloud: 'custom',
			}),
		);
		expect(report.legacyAuth).toMatchObject({signIns: 3, successfulSignIns: 1, users: 1, failedOnlyAttempts: 2});
		expect(report.automation.accounts).toEqual([
			{
				userPrincipalName: 'svc-billing@contoso.com',
				id: ID.svc,
				reasons: ['ropc', 'scriptClient:Microsoft Azure CLI', 'partnerCenterApi'],
				signIns: 24,
				lastSeen: '2026-11-26T09:00:00Z',
			},
		]);
		expect(report.coverage.signInLogs).toEqual({status: 'complete'});
	});
});

describe('what the collector asks before reading', () => {
	test('groupsToResolve: groups policies name and groups holding roles, once each, sorted', () => {
		expect(
			groupsToResolve({
				conditionalAccessPolicies: read([
					mfaPolicy('p', {conditions: {users: {includeGroups: ['g-b'], excludeGroups: ['g-a', 'g-b']}}}),
				]),
				roleAssignments: read([
					assignment('g-c', ROLE.globalAdministrator, {principalType: 'group'}),
					assignment(ID.admin),
				]),
				roleEligibilities: unavailable('licence'),
			}),
		).toEqual(['g-a', 'g-b', 'g-c']);
	});

	test.each([
		['security defaults on', {securityDefaults: true}, false],
		['an enforcing policy', {policies: [mfaPolicy('p')]}, false],
		['a policy with a gap', {policies: [mfaPolicy('p', {conditions: {userRiskLevels: ['high']}})]}, true],
		['a report-only policy', {policies: [mfaPolicy('p', {state: 'enabledForReportingButNotEnforced'})]}, true],
		['security defaults unknown', {securityDefaults: 'unavailable'}, true],
		['nothing', {}, true],
	] as const)('needsPerUserMfa with %s → %s', (_name, scenario, expected) => {
		expect(needsPerUserMfa({...buildInput(scenario), perUserMfa: NOT_READ}, [])).toBe(expected);
	});

	test('needsPerUserMethods only when the registration report could not be read', () => {
		expect(needsPerUserMethods(buildInput())).toBe(false);
		expect(needsPerUserMethods(buildInput({registered: unavailable('licence')}))).toBe(true);
	});

	test('the fixtures are the documented default tenant', () => {
		expect(BASE_USERS.map(u => u.id)).toEqual([ID.admin, ID.alice, ID.bob, ID.guest, ID.disabled]);
	});
});
