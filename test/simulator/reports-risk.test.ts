import {describe, expect, it} from 'vitest';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/index.js';
import {type Json, pageAll, postJson, startSim, virtualClock} from './helpers.js';

const URD = '/v1.0/reports/authenticationMethods/userRegistrationDetails';

describe('registration details', () => {
	it('need P1, support $filter but not $top, and match the contoso story', async () => {
		const s = await startSim();
		const {items} = await pageAll(s, URD);
		expect(items).toHaveLength(44);
		const members = items.filter(r => r.userType === 'member');
		const enabledMembers = members.filter(r => s.sim.tenant.user(r.id)!.accountEnabled);
		const registered = enabledMembers.filter(r => r.isMfaRegistered).length / enabledMembers.length;
		expect(registered).toBeGreaterThan(0.65);
		expect(registered).toBeLessThan(0.75);
		const minjun = items.find(r => r.id === contosoUserId(CONTOSO.exchangeAdmin));
		expect(minjun).toMatchObject({
			isAdmin: true,
			isMfaRegistered: false,
			methodsRegistered: [],
			userPreferredMethodForSecondaryAuthentication: '',
		});
		expect(items.find(r => r.id === contosoUserId(CONTOSO.groupAdmin))!.isAdmin).toBe(true);
		expect(items.find(r => r.id === contosoUserId('emergency01'))).toMatchObject({
			isMfaRegistered: true,
			isPasswordlessCapable: true,
			methodsRegistered: ['fido2SecurityKey'],
		});
		const unregistered = await s.json(`${URD}?$filter=isMfaRegistered eq false and userType eq 'member'`);
		expect(unregistered.body.value.map((r: Json) => r.userPrincipalName)).toContain(upnOf(CONTOSO.warehouse[0]));
		const sms = await s.json(`${URD}?$filter=methodsRegistered/any(m: m eq 'mobilePhone')`);
		expect(sms.body.value.length).toBeGreaterThan(3);
		expect((await s.json(`${URD}?$top=10`)).status).toBe(400);
		expect((await s.json(`${URD}?$select=id`)).status).toBe(400);
		s.sim.control.setLicences('free');
		expect((await s.json(URD)).body.error.code).toBe('Authentication_RequestFromNonPremiumTenantOrB2CTenant');
	});

	it('summaries count by feature and by method (delegated only)', async () => {
		const s = await startSim();
		const feature = await s.json(
			"/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')",
		);
		expect(feature.body.totalUserCount).toBe(41);
		expect(
			feature.body.userRegistrationFeatureCounts.find((c: Json) => c.feature === 'mfaCapable').userCount,
		).toBeGreaterThan(20);
		const method = await s.json('/v1.0/reports/authenticationMethods/usersRegisteredByMethod()');
		expect(
			method.body.userRegistrationMethodCounts.find((c: Json) => c.authenticationMethod === 'fido2SecurityKey')
				.userCount,
		).toBe(2);
		const app = s.sim.issueToken({appOnly: true, roles: ['AuditLog.Read.All']});
		expect((await s.json('/v1.0/reports/authenticationMethods/usersRegisteredByMethod()', {token: app})).status).toBe(
			403,
		);
		expect(
			(await s.json("/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='robots')")).status,
		).toBe(400);
	});
});

describe('story: the Exchange admin registers', () => {
	it('registers Authenticator a while after his details are read individually (virtual clock)', async () => {
		const clock = virtualClock();
		const s = await startSim({clock, story: {exchangeAdminDelayMs: 60_000}});
		const id = contosoUserId(CONTOSO.exchangeAdmin);
		expect((await s.json(`${URD}/${id}`)).body.isMfaRegistered).toBe(false);
		expect(s.sim.snapshot().story['exchange-admin-registers']).toMatchObject({
			status: 'scheduled',
			dueAt: clock.now() + 60_000,
		});
		clock.advance(59_000);
		expect((await s.json(`${URD}/${id}`)).body.isMfaRegistered).toBe(false);
		clock.advance(1_000);
		const after = await s.json(`${URD}/${id}`);
		expect(after.body).toMatchObject({isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush']});
		expect(s.sim.snapshot().story['exchange-admin-registers']!.status).toBe('done');
	});

	it('can be triggered at once, and waits for nothing when disabled', async () => {
		const s = await startSim({story: {exchangeAdminDelayMs: false}});
		const id = contosoUserId(CONTOSO.exchangeAdmin);
		await s.json(`/v1.0/users/${id}/authentication/methods`);
		expect(s.sim.snapshot().story['exchange-admin-registers']!.status).toBe('waiting');
		expect(s.sim.control.triggerStory('exchange-admin-registers')).toBe(true);
		const methods = await s.json(`/v1.0/users/${id}/authentication/methods`);
		expect(methods.body.value.map((m: Json) => m['@odata.type'])).toContain(
			'#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
		);
		expect(s.sim.control.triggerStory('no-such-event')).toBe(false);
	});
});

describe('usage reports', () => {
	it('redirect CSV to an unauthenticated download with concealed names, and answer JSON on request', async () => {
		const s = await startSim();
		const res = await s.graph("/v1.0/reports/getEmailAppUsageUserDetail(period='D30')", {redirect: 'manual'});
		expect(res.status).toBe(302);
		const location = res.headers.get('location')!;
		const bytes = new Uint8Array(await (await fetch(location)).arrayBuffer());
		// The file starts with a UTF-8 byte-order mark, as Graph's report downloads do.
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = new TextDecoder().decode(bytes);
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toMatch(/^Report Refresh Date,User Principal Name,Display Name,/);
		expect(csv).not.toContain('contosopartner.onmicrosoft.com');
		expect(lines[1]!.split(',')[1]).toMatch(/^[0-9A-F]{32}$/);

		expect(
			(await postJson(s, '/v1.0/admin/reportSettings', {displayConcealedNames: false}, {method: 'PATCH'})).status,
		).toBe(204);
		const json = await s.json("/beta/reports/getEmailAppUsageUserDetail(period='D30')?$format=application/json");
		const margaret = json.body.value.find((r: Json) => r.userPrincipalName === upnOf(CONTOSO.outlook2013User));
		expect(margaret.outlookForWindows).toEqual(['Outlook 2013']);
		expect(json.body.value.find((r: Json) => r.userPrincipalName === upnOf(CONTOSO.pop3User)).pop3App).toEqual([
			'Undetermined',
		]);
		const versions = await s.json(
			"/beta/reports/getEmailAppUsageVersionsUserCounts(period='D30')?$format=application/json",
		);
		expect(versions.body.value[0].outlook2013).toBe(1);
		expect((await s.json("/v1.0/reports/getEmailAppUsageUserDetail(period='D31')")).status).toBe(400);
		const activations = await s.graph('/v1.0/reports/getOffice365ActivationsUserDetail', {redirect: 'manual'});
		expect(activations.status).toBe(302);
		const m365 = await s.json("/v1.0/reports/getM365AppUserDetail(period='D7')?$format=application/json");
		expect(m365.body.value[0].details[0]).toHaveProperty('outlookWindows');
	});
});

describe('usage report pages', () => {
	it('page a large tenant’s JSON report from rows built once, and rebuild them after a change', async () => {
		const s = await startSim({scenario: 'large', users: 1500, signIns: 100});
		const url = "/beta/reports/getEmailAppUsageUserDetail(period='D30')?$format=application/json";
		const pages: Json[][] = [];
		for (let next: string | undefined = url; next; ) {
			const page: {status: number; body: Json} = await s.json(next);
			expect(page.status).toBe(200);
			pages.push(page.body.value);
			next = (page.body['@odata.nextLink'] as string | undefined)?.replace(/^https?:\/\/[^/]+/, '');
		}
		expect(pages.length).toBeGreaterThan(1);
		const upns = pages.flat().map(r => r.userPrincipalName);
		expect(new Set(upns).size).toBe(upns.length);
		expect(upns[0]).toMatch(/^[0-9A-F]{32}$/);

		// Showing names changes the tenant: the next read must not come from the rows built before.
		await postJson(s, '/v1.0/admin/reportSettings', {displayConcealedNames: false}, {method: 'PATCH'});
		const after = await s.json(url);
		expect(after.body.value[0].userPrincipalName).toContain('@');
	});
});

describe('Identity Protection', () => {
	it('lists the at-risk user (P2), dismisses and confirms, and remediates on password reset', async () => {
		const s = await startSim();
		const emily = contosoUserId(CONTOSO.leakedUser);
		const risky = await s.json("/v1.0/identityProtection/riskyUsers?$filter=riskState eq 'atRisk'");
		expect(risky.body.value).toEqual([expect.objectContaining({id: emily, riskLevel: 'high', riskState: 'atRisk'})]);
		const detections = await s.json(
			"/v1.0/identityProtection/riskDetections?$filter=riskEventType eq 'leakedCredentials'",
		);
		expect(detections.body.value[0]).toMatchObject({userId: emily, riskEventType: 'leakedCredentials'});

		expect(
			(await postJson(s, `/v1.0/users/${emily}`, {passwordProfile: {password: 'Weak'}}, {method: 'PATCH'})).status,
		).toBe(400);
		expect(
			(
				await postJson(
					s,
					`/v1.0/users/${emily}`,
					{passwordProfile: {password: 'N3w-Temporary-Pass!', forceChangePasswordNextSignIn: true}},
					{method: 'PATCH'},
				)
			).status,
		).toBe(204);
		expect((await s.json(`/v1.0/identityProtection/riskyUsers/${emily}`)).body).toMatchObject({
			riskState: 'remediated',
			riskDetail: 'adminGeneratedTemporaryPassword',
		});

		expect(
			(await postJson(s, '/v1.0/identityProtection/riskyUsers/confirmCompromised', {userIds: [emily]})).status,
		).toBe(204);
		expect((await s.json(`/v1.0/identityProtection/riskyUsers/${emily}`)).body.riskState).toBe('confirmedCompromised');
		expect((await postJson(s, '/v1.0/identityProtection/riskyUsers/dismiss', {userIds: [emily]})).status).toBe(204);
		const history = await s.json(`/v1.0/identityProtection/riskyUsers/${emily}/history`);
		expect(history.body.value.map((h: Json) => h.riskState)).toEqual([
			'atRisk',
			'remediated',
			'confirmedCompromised',
			'dismissed',
		]);
	});

	it('needs P2 for risky users and shows detections without detail on P1', async () => {
		const s = await startSim();
		s.sim.control.setLicences('p1');
		const res = await s.json('/v1.0/identityProtection/riskyUsers');
		expect(res.status).toBe(403);
		expect(res.body.error.message).toMatch(/not licensed/);
		const detections = await s.json('/v1.0/identityProtection/riskDetections');
		expect(detections.body.value[0].riskEventType).toBe('generic');
		s.sim.control.setLicences('free');
		expect((await s.json('/v1.0/identityProtection/riskDetections')).status).toBe(403);
	});
});
