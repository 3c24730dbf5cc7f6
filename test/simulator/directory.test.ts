import {describe, expect, it} from 'vitest';
import {PASSWORD_METHOD_ID} from '../../src/knowledge/auth-methods.js';
import {ROLE} from '../../src/knowledge/roles.js';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/index.js';
import {type Json, pageAll, postJson, startSim} from './helpers.js';

describe('organization, licences and users', () => {
	it('describe the partner tenant', async () => {
		const s = await startSim();
		const org = await s.json('/v1.0/organization');
		expect(org.body.value[0]).toMatchObject({
			id: '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5',
			displayName: 'Contoso Partner',
			partnerTenantType: 'resellerPartnerDelegatedAdmin',
		});
		const skus = await s.json('/v1.0/subscribedSkus');
		expect(skus.body.value.map((k: Json) => k.skuPartNumber)).toEqual(['SPB', 'AAD_PREMIUM_P2']);
		const p2 = skus.body.value[1];
		expect(p2.prepaidUnits.enabled).toBe(5);
		expect(p2.servicePlans.map((p: Json) => p.servicePlanName)).toContain('AAD_PREMIUM_P2');
		const guests = await s.json(
			"/v1.0/users?$filter=userType eq 'Guest'&$select=displayName,userType,externalUserState",
		);
		expect(guests.body.value).toHaveLength(3);
		const korean = await s.json("/v1.0/users?$filter=startswith(displayName,'이')&$select=displayName");
		expect(korean.body.value.map((u: Json) => u.displayName)).toEqual(['이서연', '이준서']);
		const quoted = await s.json(`/v1.0/users?$filter=${encodeURIComponent("displayName eq 'Kevin O''Brien'")}`);
		expect(quoted.body.value[0].userPrincipalName).toBe(upnOf('kevin.obrien'));
		const byUpn = await s.json(`/v1.0/users/${encodeURIComponent(upnOf(CONTOSO.admin))}?$select=id`);
		expect(byUpn.body.id).toBe(contosoUserId(CONTOSO.admin));
		const licensed = await s.json(
			`/v1.0/users?$filter=${encodeURIComponent('assignedLicenses/any(x: x/skuId eq 84a661c4-e949-4bd2-a560-ed7766fcaf2b)')}&$select=userPrincipalName`,
		);
		expect(licensed.body.value).toHaveLength(5);
		const activity = await s.json(`/v1.0/users/${contosoUserId(CONTOSO.ropcService)}?$select=signInActivity`);
		expect(activity.body.signInActivity.lastNonInteractiveSignInDateTime).toMatch(/^2026-11-20T/);
		expect((await s.json('/v1.0/users?$select=signInActivity&$top=600')).status).toBe(400);
	});

	it('creates a break-glass account, adds it to a group, assigns Global Administrator, and deletes it again', async () => {
		const s = await startSim();
		const created = await postJson(s, '/v1.0/users', {
			accountEnabled: true,
			displayName: 'Emergency Access 03',
			mailNickname: 'emergency03',
			userPrincipalName: upnOf('emergency03'),
			passwordProfile: {password: 'Very-long-and-random-1!', forceChangePasswordNextSignIn: false},
		});
		expect(created.status).toBe(201);
		const id = created.body.id;
		expect(
			(
				await postJson(s, '/v1.0/users', {
					...created.body,
					passwordProfile: {password: 'Very-long-and-random-1!'},
					accountEnabled: true,
				})
			).status,
		).toBe(400);
		const foreign = await postJson(s, '/v1.0/users', {
			accountEnabled: true,
			displayName: 'x',
			mailNickname: 'x',
			userPrincipalName: 'x@example.com',
			passwordProfile: {password: 'Very-long-and-random-1!'},
		});
		expect(foreign.body.error.message).toMatch(/verified domain/);

		const group = await postJson(s, '/v1.0/groups', {
			displayName: 'Break-glass exclusions',
			mailEnabled: false,
			mailNickname: 'bg-exclusions',
			securityEnabled: true,
		});
		expect(group.status).toBe(201);
		const ref = {'@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}`};
		expect((await postJson(s, `/v1.0/groups/${group.body.id}/members/$ref`, ref)).status).toBe(204);
		expect((await postJson(s, `/v1.0/groups/${group.body.id}/members/$ref`, ref)).status).toBe(400);
		const members = await s.json(`/v1.0/groups/${group.body.id}/members?$select=id`);
		expect(members.body.value).toEqual([{'@odata.type': '#microsoft.graph.user', id}]);

		const assignment = await postJson(s, '/v1.0/roleManagement/directory/roleAssignments', {
			principalId: id,
			roleDefinitionId: ROLE.globalAdministrator,
			directoryScopeId: '/',
		});
		expect(assignment.status).toBe(201);
		expect((await s.json(`/v1.0/reports/authenticationMethods/userRegistrationDetails/${id}`)).body.isAdmin).toBe(true);
		// Deleting an admin needs Privileged Authentication Administrator (Sarah is Global Administrator).
		const helpdesk = s.sim.issueToken({userPrincipalName: CONTOSO.helpdeskAdmin});
		expect((await s.json(`/v1.0/users/${id}`, {method: 'DELETE', token: helpdesk})).status).toBe(403);
		expect((await s.json(`/v1.0/users/${id}`, {method: 'DELETE'})).status).toBe(204);
		expect((await s.json(`/v1.0/users/${id}`)).status).toBe(404);
		expect((await s.json(`/v1.0/groups/${group.body.id}/members`)).body.value).toEqual([]);
	});

	it('adding to a role-assignable group needs RoleManagement.ReadWrite.Directory', async () => {
		const s = await startSim();
		const secops = s.sim.tenant.state.groups.find(g => g.displayName === 'SecOps Admins')!;
		const ref = {'@odata.id': `https://graph.microsoft.com/v1.0/users/${contosoUserId('jiho.kim')}`};
		const token = s.sim.issueToken({scopes: ['GroupMember.ReadWrite.All']});
		const denied = await postJson(s, `/v1.0/groups/${secops.id}/members/$ref`, ref, {token});
		expect(denied.status).toBe(403);
		expect(denied.body.error.message).toContain('RoleManagement.ReadWrite.Directory');
		expect((await postJson(s, `/v1.0/groups/${secops.id}/members/$ref`, ref)).status).toBe(204);
	});

	it('lists transitive members through nested groups', async () => {
		const s = await startSim();
		const it = s.sim.tenant.state.groups.find(g => g.displayName === 'IT Department')!;
		const direct = await s.json(`/v1.0/groups/${it.id}/members?$select=id,displayName`);
		expect(direct.body.value.some((m: Json) => m['@odata.type'] === '#microsoft.graph.group')).toBe(true);
		const transitive = await pageAll(s, `/v1.0/groups/${it.id}/transitiveMembers/microsoft.graph.user?$select=id`);
		expect(transitive.items.map(m => m.id)).toContain(contosoUserId(CONTOSO.groupAdmin));
		const memberOf = await s.json(
			`/v1.0/users/${contosoUserId(CONTOSO.groupAdmin)}/transitiveMemberOf?$select=displayName`,
		);
		expect(memberOf.body.value.map((g: Json) => g.displayName).sort()).toEqual([
			'All Staff',
			'IT Department',
			'SecOps Admins',
		]);
	});
});

describe('directory roles', () => {
	it('lists active assignments with $expand=principal (a group for Security Administrator)', async () => {
		const s = await startSim();
		const res = await s.json(
			`/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${ROLE.securityAdministrator}'&$expand=principal`,
		);
		expect(res.body.value).toHaveLength(1);
		expect(res.body.value[0].principal).toMatchObject({
			'@odata.type': '#microsoft.graph.group',
			displayName: 'SecOps Admins',
			isAssignableToRole: true,
		});
		const ga = await s.json(
			`/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${ROLE.globalAdministrator}'&$expand=principal($select=id,userPrincipalName)`,
		);
		expect(ga.body.value.map((a: Json) => a.principal.userPrincipalName).sort()).toEqual([
			upnOf('emergency01'),
			upnOf('emergency02'),
			upnOf(CONTOSO.admin),
		]);
		const privileged = await s.json(
			'/beta/roleManagement/directory/roleAssignments?$filter=roleDefinition/isPrivileged eq true',
		);
		expect(privileged.body.value).toHaveLength(6);
		expect(
			(await s.json('/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinition/isPrivileged eq true'))
				.status,
		).toBe(400);
	});

	it('lists PIM eligibility (P2) and the legacy directoryRoles members', async () => {
		const s = await startSim();
		const eligible = await s.json('/v1.0/roleManagement/directory/roleEligibilitySchedules?$expand=principal');
		expect(eligible.body.value[0].principal.userPrincipalName).toBe(upnOf(CONTOSO.eligibleAdmin));
		const members = await s.json(`/v1.0/directoryRoles(roleTemplateId='${ROLE.exchangeAdministrator}')/members`);
		expect(members.body.value.map((m: Json) => m.userPrincipalName)).toEqual([upnOf(CONTOSO.exchangeAdmin)]);
		s.sim.control.setLicences('p1');
		expect((await s.json('/v1.0/roleManagement/directory/roleEligibilitySchedules')).status).toBe(403);
	});
});

describe('authentication methods and per-user MFA', () => {
	it('lists methods polymorphically and deletes one', async () => {
		const s = await startSim();
		const sarah = contosoUserId(CONTOSO.admin);
		const methods = await s.json(`/v1.0/users/${sarah}/authentication/methods`);
		expect(methods.body.value.map((m: Json) => m['@odata.type']).sort()).toEqual([
			'#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
			'#microsoft.graph.passwordAuthenticationMethod',
			'#microsoft.graph.phoneAuthenticationMethod',
		]);
		const phone = methods.body.value.find((m: Json) => m.phoneType === 'mobile');
		expect(
			(await s.json(`/v1.0/users/${sarah}/authentication/phoneMethods/${phone.id}`, {method: 'DELETE'})).status,
		).toBe(204);
		expect(
			(await s.json(`/v1.0/users/${sarah}/authentication/passwordMethods/${PASSWORD_METHOD_ID}`, {method: 'DELETE'}))
				.status,
		).toBe(400);
		expect((await s.json(`/v1.0/users/${sarah}/authentication/phoneMethods`)).body.value).toEqual([]);
		const plain = s.sim.issueToken({userPrincipalName: 'jiho.kim'});
		expect(
			(
				await s.json(`/v1.0/users/${sarah}/authentication/microsoftAuthenticatorMethods/x`, {
					method: 'DELETE',
					token: plain,
				})
			).status,
		).toBe(403);
	});

	it('reads and sets per-user MFA in beta only; enabled becomes enforced for a registered user', async () => {
		const s = await startSim();
		const jiho = contosoUserId('jiho.kim');
		const v1 = await s.json(`/v1.0/users/${jiho}/authentication/requirements`);
		expect(v1.status).toBe(400);
		expect(v1.body.error.message).toMatch(/segment 'requirements'/);
		expect((await s.json(`/beta/users/${jiho}/authentication/requirements`)).body.perUserMfaState).toBe('disabled');
		expect(
			(await s.json(`/beta/users/${contosoUserId(CONTOSO.admin)}/authentication/requirements`)).body.perUserMfaState,
		).toBe('enforced');
		expect(
			(
				await postJson(
					s,
					`/beta/users/${jiho}/authentication/requirements`,
					{perUserMfaState: 'enabled'},
					{method: 'PATCH'},
				)
			).status,
		).toBe(204);
		expect((await s.json(`/beta/users/${jiho}/authentication/requirements`)).body.perUserMfaState).toBe('enforced');
		const minjun = contosoUserId(CONTOSO.exchangeAdmin);
		await postJson(
			s,
			`/beta/users/${minjun}/authentication/requirements`,
			{perUserMfaState: 'enabled'},
			{method: 'PATCH'},
		);
		expect((await s.json(`/beta/users/${minjun}/authentication/requirements`)).body.perUserMfaState).toBe('enabled');
		expect(
			(await postJson(s, `/beta/users/${jiho}/authentication/requirements`, {perUserMfaState: 'on'}, {method: 'PATCH'}))
				.status,
		).toBe(400);
	});

	it('resets a password through the password method as a long-running operation', async () => {
		const s = await startSim();
		const emily = contosoUserId(CONTOSO.leakedUser);
		const res = await s.graph(`/v1.0/users/${emily}/authentication/methods/${PASSWORD_METHOD_ID}/resetPassword`, {
			method: 'POST',
			headers: {'Content-Type': 'application/json'},
			body: '{}',
		});
		expect(res.status).toBe(202);
		const location = res.headers.get('location')!;
		expect(location).toContain(`/users/${emily}/authentication/operations/`);
		expect((await s.json(location)).body.status).toBe('succeeded');
		const self = await s.graph(
			`/v1.0/users/${contosoUserId(CONTOSO.admin)}/authentication/methods/${PASSWORD_METHOD_ID}/resetPassword`,
			{method: 'POST'},
		);
		expect(self.status).toBe(400);
	});
});
