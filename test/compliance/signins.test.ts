import {describe, expect, test} from 'vitest';
import {
	baseSlices,
	computeWindow,
	createSignInAggregator,
	type SignInAggregator,
	type SignInSlice,
	sliceKey,
} from '../../src/compliance/index.js';
import {RESOURCE_APP} from '../../src/knowledge/first-party-apps.js';
import {drain, ID, legacy, NOW, signIn} from './fixtures.js';

const AZ_POWERSHELL = '1950a258-227b-4e31-a9cf-717495945fc2';
const AZ_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
const GRAPH_EXPLORER = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';

function aggregator(): SignInAggregator {
	return createSignInAggregator({window: computeWindow({now: NOW, licences: {entraIdP1: true, entraIdP2: false}})});
}

/** Completes every stage-1 slice except those listed. */
function completeBase(agg: SignInAggregator, except: readonly SignInSlice[] = []): void {
	const skip = new Set(except.map(sliceKey));
	for (const s of baseSlices()) if (!skip.has(sliceKey(s))) agg.complete(s);
}

const IMAP = legacy('IMAP4');
const SMTP = legacy('Authenticated SMTP');
const EAS = legacy('Exchange ActiveSync');
const svc = {userId: ID.svc, userPrincipalName: 'svc-scanner@contoso.com'};
const alice = {userId: ID.alice, userPrincipalName: 'alice@contoso.com'};
const bob = {userId: ID.bob, userPrincipalName: 'bob@contoso.com'};

describe('legacy authentication counts', () => {
	test('per protocol, users with a success, failed-only attempts and subjects', () => {
		const agg = aggregator();
		// svc: IMAP successes and an SMTP success; alice: IMAP failures only (spray); bob: one success, one failure.
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4', isInteractive: false, at: 30}), IMAP);
		agg.add(signIn({...svc, clientAppUsed: 'imap4', isInteractive: false, at: 10}), IMAP);
		agg.add(signIn({...svc, clientAppUsed: 'Authenticated SMTP', isInteractive: false, at: 5}), SMTP);
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', status: {errorCode: 50126}}), IMAP);
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', status: {errorCode: 50126}}), IMAP);
		agg.add(signIn({...bob, clientAppUsed: 'Authenticated SMTP', at: 120}), SMTP);
		agg.add(signIn({...bob, clientAppUsed: 'Authenticated SMTP', status: {errorCode: 50126}}), SMTP);
		drain(agg);
		const r = agg.result();
		expect(r.status).toBe('complete');
		expect(r.legacy.byProtocol).toEqual({
			IMAP4: {signIns: 4, successfulSignIns: 2, users: 1},
			'Authenticated SMTP': {signIns: 3, successfulSignIns: 2, users: 2},
		});
		expect(r.legacy).toMatchObject({signIns: 7, successfulSignIns: 4, users: 2, failedOnlyAttempts: 2});
		expect(r.legacy.subjects).toEqual([
			{
				userId: ID.bob,
				userPrincipalName: 'bob@contoso.com',
				protocols: ['Authenticated SMTP'],
				successfulSignIns: 1,
				lastSeen: '2026-11-26T08:00:00Z',
			},
			{
				userId: ID.svc,
				userPrincipalName: 'svc-scanner@contoso.com',
				protocols: ['Authenticated SMTP', 'IMAP4'],
				successfulSignIns: 3,
				lastSeen: '2026-11-26T09:55:00Z',
			},
		]);
		expect(r.legacy.failedOnlyUsers).toEqual([{userId: ID.alice, userPrincipalName: 'alice@contoso.com'}]);
	});

	test('Exchange ActiveSync over OAuth 2 is not legacy; over basic auth it is', () => {
		const agg = aggregator();
		agg.add(signIn({...alice, clientAppUsed: 'Exchange ActiveSync', authenticationProtocol: 'oAuth2'}), EAS);
		agg.add(signIn({...bob, clientAppUsed: 'Exchange ActiveSync', authenticationProtocol: 'none'}), EAS);
		drain(agg);
		const r = agg.result();
		expect(r.legacy.byProtocol).toEqual({'Exchange ActiveSync': {signIns: 1, successfulSignIns: 1, users: 1}});
		expect(r.legacy.subjects.map(s => s.userId)).toEqual([ID.bob]);
	});

	test('rows outside the window, service-principal rows and rows of another protocol are ignored', () => {
		const agg = aggregator();
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', at: 31 * 24 * 60}), IMAP);
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', at: -5}), IMAP);
		agg.add(
			signIn({userId: null, userPrincipalName: null, clientAppUsed: 'IMAP4', signInEventTypes: ['servicePrincipal']}),
			IMAP,
		);
		// The filter said IMAP4 but the row is POP3: a count only comes from its own protocol's slice.
		agg.add(signIn({...alice, clientAppUsed: 'POP3'}), IMAP);
		drain(agg);
		const r = agg.result();
		expect(r.legacy).toMatchObject({signIns: 0, users: 0, failedOnlyAttempts: 0, byProtocol: {}});
	});

	test('a failed legacy slice makes the totals null, never 0, and drops that protocol only', () => {
		const agg = aggregator();
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4'}), IMAP);
		agg.add(signIn({...bob, clientAppUsed: 'POP3'}), legacy('POP3'));
		agg.fail(legacy('POP3'), {reason: 'throttled', detail: '429 after retries'});
		drain(agg);
		const r = agg.result();
		expect(r.status).toBe('partial');
		expect(r.problems).toEqual([{slice: legacy('POP3'), reason: 'throttled', detail: '429 after retries'}]);
		expect(r.legacy).toMatchObject({signIns: null, successfulSignIns: null, users: null, failedOnlyAttempts: null});
		expect(r.legacy.byProtocol).toEqual({IMAP4: {signIns: 1, successfulSignIns: 1, users: 1}});
		expect(r.legacy.subjects.map(s => s.userId).sort()).toEqual([ID.bob, ID.svc].sort());
	});

	test('a slice never finished is reported as notRead', () => {
		const agg = aggregator();
		completeBase(agg, [IMAP]);
		const r = agg.result();
		expect(r.problems).toEqual([{slice: IMAP, reason: 'notRead'}]);
		expect(r.legacy.users).toBeNull();
	});

	test('the whole log unavailable: every count null, nothing pending', () => {
		const agg = aggregator();
		agg.unavailable({reason: 'licence', detail: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'});
		expect(agg.pendingSlices()).toEqual([]);
		const r = agg.result();
		expect(r.status).toBe('unavailable');
		expect(r.unavailable).toEqual({reason: 'licence', detail: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'});
		expect(r.legacy).toMatchObject({signIns: null, successfulSignIns: null, users: null, failedOnlyAttempts: null});
		expect(r.automation).toEqual({complete: false, accounts: []});
	});
});

describe('de-duplication', () => {
	test('one sign-in through four filters is counted once everywhere', () => {
		const agg = aggregator();
		// ROPC through Azure CLI (Partner Center PowerShell's client) to the Partner Center API.
		const row = signIn({
			...svc,
			appId: AZ_CLI,
			resourceId: RESOURCE_APP.partnerCenterApi,
			clientAppUsed: 'Mobile Apps and Desktop clients',
			authenticationProtocol: 'ropc',
			authenticationRequirement: 'singleFactorAuthentication',
			isInteractive: false,
			signInEventTypes: ['nonInteractiveUser'],
		});
		agg.add(row, {kind: 'ropc'});
		agg.add(row, {kind: 'scriptClient', appId: AZ_CLI});
		agg.add(row, {kind: 'partnerCenterApi'});
		completeBase(agg);
		expect(agg.pendingSlices()).toEqual([{kind: 'user', userId: ID.svc}]);
		agg.add(row, {kind: 'user', userId: ID.svc});
		agg.add(signIn({...svc, clientAppUsed: 'Browser', at: 3}), {kind: 'user', userId: ID.svc});
		agg.complete({kind: 'user', userId: ID.svc});
		expect(agg.pendingSlices()).toEqual([]);
		const r = agg.result();
		expect(r.automation).toEqual({
			complete: true,
			accounts: [
				{
					userId: ID.svc,
					userPrincipalName: 'svc-scanner@contoso.com',
					reasons: ['ropc', 'scriptClient:Microsoft Azure CLI', 'partnerCenterApi'],
					signIns: 2,
					lastSeen: '2026-11-26T09:57:00Z',
				},
			],
		});
	});

	test('a legacy row also read through its user slice is counted once in the legacy totals', () => {
		const agg = aggregator();
		const imap = signIn({
			...svc,
			clientAppUsed: 'IMAP4',
			isInteractive: false,
			signInEventTypes: ['nonInteractiveUser'],
		});
		agg.add(imap, IMAP);
		agg.add(imap, {kind: 'ropc'});
		completeBase(agg);
		agg.complete({kind: 'modernInteractive', userId: ID.svc});
		agg.add(imap, {kind: 'user', userId: ID.svc});
		agg.complete({kind: 'user', userId: ID.svc});
		const r = agg.result();
		expect(r.legacy).toMatchObject({signIns: 1, successfulSignIns: 1, users: 1});
		expect(r.automation.accounts[0]).toMatchObject({reasons: ['legacyProtocolOnly'], signIns: 1});
	});

	test('a row listing both event types, returned by the interactive and the non-interactive request, counts once', () => {
		const agg = aggregator();
		const row = signIn({...bob, clientAppUsed: 'POP3', signInEventTypes: ['interactiveUser', 'nonInteractiveUser']});
		agg.add(row, legacy('POP3'));
		agg.add(row, legacy('POP3'));
		drain(agg);
		expect(agg.result().legacy.byProtocol).toEqual({POP3: {signIns: 1, successfulSignIns: 1, users: 1}});
	});

	test('a finished slice takes no more rows', () => {
		const agg = aggregator();
		agg.complete(IMAP);
		expect(() => agg.add(signIn({clientAppUsed: 'IMAP4'}), IMAP)).toThrow(/already finished/);
		expect(() => agg.fail(IMAP, {reason: 'error'})).toThrow(/already finished/);
	});
});

describe('automation accounts and the staged slices', () => {
	test('stage 1 first, then modern-interactive checks for legacy users, then user slices for accounts', () => {
		const agg = aggregator();
		expect(agg.pendingSlices()).toEqual(baseSlices());
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4', isInteractive: false}), IMAP);
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', isInteractive: false}), IMAP);
		// bob uses IMAP but also Outlook on the web, seen through another slice: no check needed for him.
		agg.add(signIn({...bob, clientAppUsed: 'IMAP4'}), IMAP);
		agg.add(signIn({...bob, appId: GRAPH_EXPLORER, clientAppUsed: 'Browser'}), {kind: 'ropc'});
		completeBase(agg);
		expect(agg.pendingSlices()).toEqual([
			{kind: 'modernInteractive', userId: ID.alice},
			{kind: 'modernInteractive', userId: ID.svc},
		]);
		// alice signs in to Outlook on the web; svc never does.
		agg.add(signIn({...alice, clientAppUsed: 'Browser'}), {kind: 'modernInteractive', userId: ID.alice});
		agg.complete({kind: 'modernInteractive', userId: ID.alice});
		agg.complete({kind: 'modernInteractive', userId: ID.svc});
		expect(agg.pendingSlices()).toEqual([{kind: 'user', userId: ID.svc}]);
		for (let i = 0; i < 3; i++)
			agg.add(signIn({...svc, clientAppUsed: 'IMAP4', isInteractive: false, at: 100 + i}), {
				kind: 'user',
				userId: ID.svc,
			});
		agg.complete({kind: 'user', userId: ID.svc});
		expect(agg.pendingSlices()).toEqual([]);
		const r = agg.result();
		expect(r.automation.complete).toBe(true);
		expect(r.automation.accounts).toEqual([
			{
				userId: ID.svc,
				userPrincipalName: 'svc-scanner@contoso.com',
				reasons: ['legacyProtocolOnly'],
				signIns: 3,
				lastSeen: '2026-11-26T09:00:00Z',
			},
		]);
	});

	test('many candidates: one read of all modern interactive sign-ins instead of per-user checks', () => {
		const agg = createSignInAggregator({
			window: computeWindow({now: NOW, licences: {entraIdP1: true, entraIdP2: false}}),
			perUserCheckLimit: 1,
		});
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4', isInteractive: false}), IMAP);
		agg.add(signIn({...alice, clientAppUsed: 'IMAP4', isInteractive: false}), IMAP);
		completeBase(agg);
		expect(agg.pendingSlices()).toEqual([{kind: 'modernInteractiveAll'}]);
		const all = {kind: 'modernInteractiveAll'} as const;
		agg.add(signIn({...alice, clientAppUsed: 'Browser'}), all);
		// A user with no legacy sign-in is not tracked: the scan does not grow the state.
		agg.add(signIn({...bob, clientAppUsed: 'Browser'}), all);
		agg.complete(all);
		expect(agg.pendingSlices()).toEqual([{kind: 'user', userId: ID.svc}]);
		agg.complete({kind: 'user', userId: ID.svc});
		const r = agg.result();
		expect(r.automation.accounts.map(a => [a.userId, a.reasons])).toEqual([[ID.svc, ['legacyProtocolOnly']]]);
		expect(r.legacy.subjects.map(s => s.userId)).toEqual([ID.alice, ID.svc]);
	});

	test('a failed all-users modern read is reported once and leaves legacyProtocolOnly undecided', () => {
		const agg = createSignInAggregator({
			window: computeWindow({now: NOW, licences: {entraIdP1: true, entraIdP2: false}}),
			perUserCheckLimit: 0,
		});
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4'}), IMAP);
		agg.add(signIn({...alice, clientAppUsed: 'POP3'}), legacy('POP3'));
		completeBase(agg);
		agg.fail({kind: 'modernInteractiveAll'}, {reason: 'throttled'});
		expect(agg.pendingSlices()).toEqual([]);
		const r = agg.result();
		expect(r.problems).toEqual([{slice: {kind: 'modernInteractiveAll'}, reason: 'throttled'}]);
		expect(r.automation).toEqual({complete: false, accounts: []});
	});

	test('an interactive legacy-only failure or a non-interactive browser row does not count as modern interactive', () => {
		const agg = aggregator();
		agg.add(signIn({...svc, clientAppUsed: 'POP3'}), legacy('POP3'));
		agg.add(signIn({...svc, clientAppUsed: 'Browser', status: {errorCode: 50126}}), {kind: 'ropc'});
		agg.add(
			signIn({...svc, clientAppUsed: 'Browser', isInteractive: false, signInEventTypes: ['nonInteractiveUser']}),
			{kind: 'ropc'},
		);
		completeBase(agg);
		expect(agg.pendingSlices()).toEqual([{kind: 'modernInteractive', userId: ID.svc}]);
	});

	test.each([
		[
			'single-factor Azure PowerShell',
			{appId: AZ_POWERSHELL, authenticationRequirement: 'singleFactorAuthentication'},
			['scriptClient:Microsoft Azure PowerShell'],
		],
		[
			'ROPC Azure PowerShell',
			{appId: AZ_POWERSHELL, authenticationProtocol: 'ropc'},
			['ropc', 'scriptClient:Microsoft Azure PowerShell'],
		],
		[
			'MFA Azure PowerShell is fine',
			{appId: AZ_POWERSHELL, authenticationRequirement: 'multiFactorAuthentication'},
			[],
		],
		[
			'single-factor Graph Explorer is not a script client',
			{appId: GRAPH_EXPLORER, authenticationRequirement: 'singleFactorAuthentication'},
			[],
		],
		[
			'failed single-factor script sign-in',
			{appId: AZ_POWERSHELL, authenticationRequirement: 'singleFactorAuthentication', status: {errorCode: 50076}},
			[],
		],
		[
			'single-factor Partner Center API',
			{resourceId: RESOURCE_APP.partnerCenterApi, authenticationRequirement: 'singleFactorAuthentication'},
			['partnerCenterApi'],
		],
		[
			'MFA Partner Center API is fine',
			{resourceId: RESOURCE_APP.partnerCenterApi, authenticationRequirement: 'multiFactorAuthentication'},
			[],
		],
	] as const)('%s → %j', (_name, fields, reasons) => {
		const agg = aggregator();
		agg.add(signIn({...svc, clientAppUsed: 'Mobile Apps and Desktop clients', isInteractive: false, ...fields}), {
			kind: 'ropc',
		});
		drain(agg);
		expect(agg.result().automation.accounts.flatMap(a => a.reasons)).toEqual(reasons);
	});

	test('a failed user slice keeps the account with a lower bound and marks automation incomplete', () => {
		const agg = aggregator();
		for (let i = 0; i < 4; i++) {
			agg.add(signIn({...svc, appId: AZ_POWERSHELL, authenticationProtocol: 'ropc', at: 10 + i}), {
				kind: 'scriptClient',
				appId: AZ_POWERSHELL,
			});
		}
		agg.add(signIn({...svc, appId: AZ_POWERSHELL, authenticationProtocol: 'ropc', at: 50}), {kind: 'ropc'});
		completeBase(agg);
		agg.add(signIn({...svc, at: 200}), {kind: 'user', userId: ID.svc});
		agg.fail({kind: 'user', userId: ID.svc}, {reason: 'error', detail: '503'});
		const r = agg.result();
		expect(r.status).toBe('partial');
		expect(r.automation.complete).toBe(false);
		expect(r.automation.accounts).toEqual([
			{
				userId: ID.svc,
				userPrincipalName: 'svc-scanner@contoso.com',
				reasons: ['ropc', 'scriptClient:Microsoft Azure PowerShell'],
				signIns: 4,
				lastSeen: '2026-11-26T09:50:00Z',
			},
		]);
		expect(r.problems).toEqual([{slice: {kind: 'user', userId: ID.svc}, reason: 'error', detail: '503'}]);
	});

	test('a failed modern check leaves legacyProtocolOnly undecided: not listed, automation incomplete', () => {
		const agg = aggregator();
		agg.add(signIn({...svc, clientAppUsed: 'IMAP4'}), IMAP);
		completeBase(agg);
		agg.fail({kind: 'modernInteractive', userId: ID.svc}, {reason: 'throttled'});
		expect(agg.pendingSlices()).toEqual([]);
		const r = agg.result();
		expect(r.automation).toEqual({complete: false, accounts: []});
		expect(r.problems.map(p => sliceKey(p.slice))).toEqual([`modernInteractive:${ID.svc}`]);
		expect(r.legacy.users).toBe(1);
	});

	test('a failed stage-1 automation slice marks automation incomplete but keeps legacy counts', () => {
		const agg = aggregator();
		agg.fail({kind: 'ropc'}, {reason: 'permission'});
		drain(agg);
		const r = agg.result();
		expect(r.automation.complete).toBe(false);
		expect(r.legacy.signIns).toBe(0);
	});

	test('the newest UPN of a renamed account wins, whatever the arrival order', () => {
		const a = aggregator();
		const b = aggregator();
		const older = signIn({...svc, userPrincipalName: 'old-name@contoso.com', clientAppUsed: 'IMAP4', at: 100});
		const newer = signIn({...svc, clientAppUsed: 'IMAP4', at: 10});
		a.add(older, IMAP);
		a.add(newer, IMAP);
		b.add(newer, IMAP);
		b.add(older, IMAP);
		drain(a);
		drain(b);
		expect(a.result()).toEqual(b.result());
		expect(a.result().legacy.subjects[0]?.userPrincipalName).toBe('svc-scanner@contoso.com');
	});
});

describe('memory', () => {
	test('state grows with users, not rows: 20 000 rows of 3 users keep 3 subjects', () => {
		const agg = aggregator();
		const users = [svc, alice, bob];
		for (let i = 0; i < 20_000; i++) {
			agg.add(signIn({...users[i % 3]!, clientAppUsed: 'IMAP4', at: 1 + (i % 1000), isInteractive: false}), IMAP);
		}
		drain(agg);
		const r = agg.result();
		expect(r.legacy.signIns).toBe(20_000);
		expect(r.legacy.subjects).toHaveLength(3);
	});
});
