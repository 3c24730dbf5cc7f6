import {describe, expect, it} from 'vitest';
import {ROLE} from '../../src/knowledge/roles.js';
import {CONTOSO, contosoUserId} from '../../src/simulator/index.js';
import {postJson, startSim} from './helpers.js';

const CA = '/v1.0/identity/conditionalAccess/policies';

function mfaForAll(state = 'enabledForReportingButNotEnforced', extra: Record<string, unknown> = {}) {
	return {
		displayName: 'CA100 Require MFA for everyone',
		state,
		conditions: {
			users: {includeUsers: ['All'], excludeUsers: [contosoUserId('emergency01'), contosoUserId('emergency02')]},
			applications: {includeApplications: ['All']},
			clientAppTypes: ['all'],
		},
		grantControls: {operator: 'OR', builtInControls: ['mfa']},
		...extra,
	};
}

describe('Conditional Access policies', () => {
	it('creates, reads, updates and deletes a policy; writes are visible to later reads', async () => {
		const s = await startSim();
		const created = await postJson(s, CA, mfaForAll());
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			displayName: 'CA100 Require MFA for everyone',
			state: 'enabledForReportingButNotEnforced',
			createdDateTime: '2026-11-20T09:00:00Z',
			modifiedDateTime: null,
		});
		expect(created.body.conditions.users.includeGroups).toEqual([]);
		const id = created.body.id;
		const list = await s.json(`${CA}?$filter=state eq 'enabledForReportingButNotEnforced'`);
		expect(list.body.value.map((p: {id: string}) => p.id)).toContain(id);
		expect((await postJson(s, `${CA}/${id}`, {state: 'disabled'}, {method: 'PATCH'})).status).toBe(204);
		expect((await s.json(`${CA}/${id}`)).body.state).toBe('disabled');
		expect((await s.json(`${CA}/${id}`, {method: 'DELETE'})).status).toBe(204);
		expect((await s.json(`${CA}/${id}`)).status).toBe(404);
		expect(s.sim.log.writes()).toBe(3);
	});

	it('refuses to enable a policy while security defaults are on, and security defaults while a policy is enabled', async () => {
		const s = await startSim();
		s.sim.control.setSecurityDefaults(true);
		const refused = await postJson(s, CA, mfaForAll('enabled'));
		expect(refused.status).toBe(400);
		expect(refused.body.error.message).toMatch(/Security Defaults is enabled/);
		// Report-only can still be created while security defaults are on.
		const reportOnly = await postJson(s, CA, mfaForAll());
		expect(reportOnly.status).toBe(201);
		expect((await postJson(s, `${CA}/${reportOnly.body.id}`, {state: 'enabled'}, {method: 'PATCH'})).status).toBe(400);
		expect(
			(
				await postJson(
					s,
					'/v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
					{isEnabled: false},
					{method: 'PATCH'},
				)
			).status,
		).toBe(204);
		expect((await postJson(s, `${CA}/${reportOnly.body.id}`, {state: 'enabled'}, {method: 'PATCH'})).status).toBe(204);
		const back = await postJson(
			s,
			'/v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
			{isEnabled: true},
			{method: 'PATCH'},
		);
		expect(back.status).toBe(400);
		expect((await s.json('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')).body.isEnabled).toBe(false);
	});

	it('validates the body like Graph does', async () => {
		const s = await startSim();
		const cases: [Record<string, unknown>, RegExp][] = [
			[
				{
					...mfaForAll(),
					conditions: {
						users: {includeUsers: ['All']},
						applications: {includeApplications: ['All']},
						clientAppTypes: ['otherClients'],
					},
				},
				/does not match the schema/,
			],
			[
				{...mfaForAll(), conditions: {users: {includeUsers: ['All']}, applications: {includeApplications: ['All']}}},
				/clientAppTypes/,
			],
			[
				{
					...mfaForAll(),
					conditions: {
						users: {includeUsers: ['00000000-0000-4000-8000-000000000001']},
						applications: {includeApplications: ['All']},
						clientAppTypes: ['all'],
					},
				},
				/does not exist/,
			],
			[{...mfaForAll(), state: 'on'}, /state/],
			[{...mfaForAll(), grantControls: {operator: 'XOR', builtInControls: ['mfa']}}, /operator/],
			[
				{
					...mfaForAll(),
					grantControls: {
						operator: 'OR',
						builtInControls: ['mfa'],
						authenticationStrength: {id: '00000000-0000-0000-0000-000000000002'},
					},
				},
				/cannot be combined/,
			],
			[{...mfaForAll(), shoeSize: 42}, /shoeSize/],
		];
		for (const [body, message] of cases) {
			const res = await postJson(s, CA, body);
			expect(res.status, JSON.stringify(body)).toBe(400);
			expect(res.body.error.message).toMatch(message);
		}
	});

	it('needs all three write permissions, a CA-capable role, Entra ID P1, and P2 for risk conditions', async () => {
		const s = await startSim();
		const noApp = s.sim.issueToken({scopes: ['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All']});
		const denied = await postJson(s, CA, mfaForAll(), {token: noApp});
		expect(denied.status).toBe(403);
		expect(denied.body.error.message).toContain('Application.Read.All');
		const helpdesk = s.sim.issueToken({userPrincipalName: CONTOSO.helpdeskAdmin});
		const noRole = await postJson(s, CA, mfaForAll(), {token: helpdesk});
		expect(noRole.status).toBe(403);
		expect(noRole.body.error.message).toMatch(/Conditional Access Administrator/);
		s.sim.control.assignRole(CONTOSO.helpdeskAdmin, ROLE.conditionalAccessAdministrator);
		expect((await postJson(s, CA, mfaForAll(), {token: helpdesk})).status).toBe(201);
		// The security administrator role comes through a role-assignable group.
		const viaGroup = s.sim.issueToken({userPrincipalName: CONTOSO.groupAdmin});
		expect((await postJson(s, CA, {...mfaForAll(), displayName: 'via group'}, {token: viaGroup})).status).toBe(201);

		const risky = await postJson(s, CA, {
			...mfaForAll(),
			conditions: {...mfaForAll().conditions, userRiskLevels: ['high']},
		});
		expect(risky.status).toBe(201);
		s.sim.control.setLicences('p1');
		const p1Risky = await postJson(s, CA, {
			...mfaForAll(),
			conditions: {...mfaForAll().conditions, signInRiskLevels: ['high']},
		});
		expect(p1Risky.status).toBe(400);
		expect(p1Risky.body.error.message).toMatch(/^1039:/);
		s.sim.control.setLicences('free');
		const free = await postJson(s, CA, mfaForAll());
		expect(free.status).toBe(403);
		expect(free.body.error.code).toBe('AccessDenied');
		// Reads still work without the licence (policies are returned as they are).
		expect((await s.json(CA)).status).toBe(200);
	});

	it('lists templates by name, with the verified admin template id', async () => {
		const s = await startSim();
		const res = await s.json(
			"/v1.0/identity/conditionalAccess/templates?$filter=name eq 'Require multifactor authentication for admins'",
		);
		expect(res.body.value).toHaveLength(1);
		expect(res.body.value[0].id).toBe('c7503427-338e-4c5e-902d-abe252abfb43');
		expect(res.body.value[0].details.conditions.users.excludeUsers).toEqual(['Current administrator will be excluded']);
		const legacy = await s.json("/v1.0/identity/conditionalAccess/templates?$filter=startswith(name,'Block legacy')");
		expect(legacy.body.value[0].details.conditions.clientAppTypes).toEqual(['exchangeActiveSync', 'other']);
	});

	it('reads the contoso report-only policy with its gaps', async () => {
		const s = await startSim();
		const res = await s.json(CA);
		expect(res.body.value).toHaveLength(1);
		const [policy] = res.body.value;
		expect(policy).toMatchObject({
			displayName: 'Require MFA for all users',
			state: 'enabledForReportingButNotEnforced',
			createdDateTime: '2026-10-30T04:00:00Z',
		});
		expect(policy.conditions.users.excludeUsers).toEqual([contosoUserId('emergency01')]);
		expect(policy.conditions.users.excludeGroups).toHaveLength(1);
	});
});

describe('authentication methods policy', () => {
	it('returns v1.0 without hardware OATH, beta with it, and patches the registration campaign', async () => {
		const s = await startSim();
		const v1 = await s.json('/v1.0/policies/authenticationMethodsPolicy');
		const ids = v1.body.authenticationMethodConfigurations.map((c: {id: string}) => c.id);
		expect(ids).not.toContain('HardwareOath');
		const states = Object.fromEntries(
			v1.body.authenticationMethodConfigurations.map((c: {id: string; state: string}) => [c.id, c.state]),
		);
		expect(states).toMatchObject({
			MicrosoftAuthenticator: 'enabled',
			Sms: 'enabled',
			Fido2: 'disabled',
			TemporaryAccessPass: 'disabled',
		});
		expect(v1.body.registrationEnforcement.authenticationMethodsRegistrationCampaign.state).toBe('default');
		const beta = await s.json('/beta/policies/authenticationMethodsPolicy');
		expect(beta.body.authenticationMethodConfigurations.map((c: {id: string}) => c.id)).toContain('HardwareOath');

		const bad = await postJson(
			s,
			'/v1.0/policies/authenticationMethodsPolicy',
			{registrationEnforcement: {authenticationMethodsRegistrationCampaign: {snoozeDurationInDays: 30}}},
			{method: 'PATCH'},
		);
		expect(bad.status).toBe(400);
		const campaign = {
			state: 'enabled',
			snoozeDurationInDays: 1,
			includeTargets: [{id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator'}],
			excludeTargets: [],
		};
		expect(
			(
				await postJson(
					s,
					'/v1.0/policies/authenticationMethodsPolicy',
					{registrationEnforcement: {authenticationMethodsRegistrationCampaign: campaign}},
					{method: 'PATCH'},
				)
			).status,
		).toBe(204);
		const after = await s.json('/v1.0/policies/authenticationMethodsPolicy');
		expect(after.body.registrationEnforcement.authenticationMethodsRegistrationCampaign).toMatchObject(campaign);
	});

	it('needs @odata.type to update a method configuration; enabling TAP lets admins issue one', async () => {
		const s = await startSim();
		const sarah = contosoUserId(CONTOSO.admin);
		const minjun = contosoUserId(CONTOSO.exchangeAdmin);
		const refused = await postJson(s, `/v1.0/users/${minjun}/authentication/temporaryAccessPassMethods`, {
			lifetimeInMinutes: 60,
		});
		expect(refused.status).toBe(400);
		expect(refused.body.error.message).toMatch(/not enabled/);
		const path = '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';
		expect((await postJson(s, path, {state: 'enabled'}, {method: 'PATCH'})).status).toBe(400);
		expect(
			(
				await postJson(
					s,
					path,
					{'@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration', state: 'enabled'},
					{method: 'PATCH'},
				)
			).status,
		).toBe(204);
		const tap = await postJson(s, `/v1.0/users/${minjun}/authentication/temporaryAccessPassMethods`, {
			lifetimeInMinutes: 120,
			isUsableOnce: true,
		});
		expect(tap.status).toBe(201);
		expect(tap.body.temporaryAccessPass).toMatch(/^.{8}$/);
		expect(tap.body.isUsable).toBe(true);
		const listed = await s.json(`/v1.0/users/${minjun}/authentication/temporaryAccessPassMethods`);
		expect(listed.body.value[0].temporaryAccessPass).toBeNull();
		expect(sarah).not.toBe(minjun);
	});
});

describe('authorization policy and SharePoint settings', () => {
	it('is an object in v1.0 and a collection in beta; PATCH needs Privileged Role Administrator', async () => {
		const s = await startSim();
		expect((await s.json('/v1.0/policies/authorizationPolicy')).body.allowedToUseSSPR).toBe(true);
		expect((await s.json('/beta/policies/authorizationPolicy')).body.value[0].id).toBe('authorizationPolicy');
		expect(
			(await postJson(s, '/v1.0/policies/authorizationPolicy', {allowedToUseSSPR: false}, {method: 'PATCH'})).status,
		).toBe(204);
		expect((await s.json('/v1.0/policies/authorizationPolicy')).body.allowedToUseSSPR).toBe(false);
		const jihoon = s.sim.issueToken({userPrincipalName: CONTOSO.helpdeskAdmin});
		expect(
			(
				await postJson(
					s,
					'/v1.0/policies/authorizationPolicy',
					{allowedToUseSSPR: true},
					{method: 'PATCH', token: jihoon},
				)
			).status,
		).toBe(403);
		expect((await s.json('/v1.0/admin/sharepoint/settings')).body.isLegacyAuthProtocolsEnabled).toBe(true);
	});
});
