import {afterEach, describe, expect, it} from 'vitest';
import {findApplications, graphPermissionIds} from '../../src/graph/applications.js';
import {createCaPolicy, listCaPolicies, listCaTemplates, updateCaPolicy} from '../../src/graph/conditional-access.js';
import {addGroupMember, listTransitiveMembers} from '../../src/graph/groups.js';
import {
	dismissRiskyUsers,
	getRiskyUser,
	listRiskDetections,
	listRiskyUsers,
} from '../../src/graph/identity-protection.js';
import {getOrganization, listSubscribedSkus} from '../../src/graph/organization.js';
import {
	getAuthenticationMethodsPolicy,
	getAuthorizationPolicy,
	getSecurityDefaults,
	listAuthenticationStrengths,
	setSecurityDefaults,
} from '../../src/graph/policies.js';
import {
	downloadReportCsv,
	getReportSettings,
	listEmailAppUsageUserDetail,
	listUserRegistrationDetails,
	parseCsv,
	usersRegisteredByFeature,
} from '../../src/graph/reports.js';
import {listRoleAssignments, listRoleEligibilitySchedules} from '../../src/graph/roles.js';
import {listSignIns, signInFilter} from '../../src/graph/sign-ins.js';
import {
	createUser,
	listAuthenticationMethods,
	listUsers,
	perUserMfaStates,
	resetPassword,
	revokeSignInSessions,
} from '../../src/graph/users.js';
import {type SeenRequest, startServer, type TestServer, testGraph} from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const x of it) out.push(x);
	return out;
}

const page = (value: unknown[]) => ({status: 200, body: {value}});

describe('area functions: URL, version, scopes and parsing', () => {
	it('reads the tenant profile', async () => {
		server = await startServer(req => {
			if (req.url.startsWith('/v1.0/organization'))
				return page([
					{
						id: 't1',
						displayName: 'Contoso',
						verifiedDomains: [{name: 'contoso.com', isDefault: true}],
						partnerTenantType: 'newKind',
					},
				]);
			if (req.url.startsWith('/v1.0/subscribedSkus'))
				return page([
					{
						skuId: 's',
						capabilityStatus: 'Enabled',
						servicePlans: [{servicePlanId: 'p', provisioningStatus: 'Success'}],
					},
				]);
			return {status: 404};
		});
		const {graph, tokenRequests} = testGraph(server);
		const org = await getOrganization(graph);
		expect(org).toMatchObject({id: 't1', partnerTenantType: 'newKind', technicalNotificationMails: []});
		expect((await listSubscribedSkus(graph))[0]!.servicePlans[0]!.servicePlanId).toBe('p');
		expect(tokenRequests.map(r => r.scopes)).toEqual([['User.Read'], ['Organization.Read.All']]);
	});

	it('lists users with the default select and the advanced-query header when asked', async () => {
		server = await startServer(() =>
			page([{id: 'u1', userPrincipalName: 'a@b', accountEnabled: true, userType: 'Member'}]),
		);
		const {graph} = testGraph(server);
		const users = await all(listUsers(graph, {filter: "userType ne 'Guest'", advanced: true}));
		expect(users[0]).toMatchObject({id: 'u1', assignedLicenses: []});
		const seen = server.requests[0]!;
		// Node's URL parser escapes quotes on the way out; Graph decodes them.
		expect(decodeURIComponent(seen.url)).toBe(
			"/v1.0/users?$select=id,userPrincipalName,displayName,accountEnabled,userType,onPremisesSyncEnabled,createdDateTime&$filter=userType ne 'Guest'&$top=999&$count=true",
		);
		expect(seen.headers.consistencylevel).toBe('eventual');
	});

	it('reads methods, and per-user MFA on beta in batches of 20', async () => {
		server = await startServer(req => {
			if (req.url.endsWith('/authentication/methods'))
				return page([{'@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: 'm', phoneType: 'mobile'}]);
			if (req.url === '/beta/$batch') {
				const {requests} = JSON.parse(req.body) as {requests: {id: string; url: string}[]};
				return {
					status: 200,
					body: {
						responses: requests.map(r => ({
							id: r.id,
							status: r.url.includes('/u3/') ? 404 : 200,
							body: {perUserMfaState: r.url.includes('/u1/') ? 'enforced' : 'disabled'},
						})),
					},
				};
			}
			return {status: 404};
		});
		const {graph} = testGraph(server);
		expect((await listAuthenticationMethods(graph, 'u1'))[0]).toMatchObject({phoneType: 'mobile'});
		const ids = Array.from({length: 23}, (_, i) => `u${i}`);
		const states = await all(perUserMfaStates(graph, ids));
		expect(states).toHaveLength(23);
		expect(states[1]).toEqual({userId: 'u1', state: 'enforced', status: 200});
		expect(states[3]).toEqual({userId: 'u3', status: 404});
		const batches = server.requests.filter(r => r.url === '/beta/$batch');
		expect(batches.map(b => JSON.parse(b.body).requests.length)).toEqual([20, 3]);
		expect(JSON.parse(batches[0]!.body).requests[0].url).toBe('/users/u0/authentication/requirements');
	});

	it('writes users: create, password reset (secret kept out of logs), revoke sessions', async () => {
		server = await startServer(req =>
			req.method === 'POST' && req.url === '/v1.0/users'
				? {status: 201, body: {id: 'new', userPrincipalName: 'bg@contoso.com'}}
				: req.url.endsWith('revokeSignInSessions')
					? {status: 200, body: {value: true}}
					: {status: 204},
		);
		const logs: string[] = [];
		const {graph, tokenRequests} = testGraph(server, {onLog: e => logs.push(JSON.stringify(e))});
		const password = `Tmp-${Math.random().toString(36).slice(2)}!`;
		expect(
			(await createUser(graph, {displayName: 'BG', mailNickname: 'bg', userPrincipalName: 'bg@contoso.com', password}))
				.id,
		).toBe('new');
		await resetPassword(graph, 'u1', {password});
		expect(await revokeSignInSessions(graph, 'u1')).toBe(true);
		expect(JSON.parse(server.requests[1]!.body)).toEqual({
			passwordProfile: {password, forceChangePasswordNextSignIn: true, forceChangePasswordNextSignInWithMfa: false},
		});
		expect(tokenRequests.map(r => r.scopes[0])).toEqual([
			'User.ReadWrite.All',
			'User-PasswordProfile.ReadWrite.All',
			'User.ReadWrite.All',
		]);
		expect(logs.join('\n')).not.toContain(password);
	});

	it('groups: transitive members and add by $ref', async () => {
		server = await startServer(req =>
			req.method === 'GET' ? page([{'@odata.type': '#microsoft.graph.user', id: 'u1'}]) : {status: 204},
		);
		const {graph} = testGraph(server);
		expect((await all(listTransitiveMembers(graph, 'g1')))[0]!.id).toBe('u1');
		await addGroupMember(graph, 'g1', 'u2');
		expect(server.requests[1]!.url).toBe('/v1.0/groups/g1/members/$ref');
		expect(JSON.parse(server.requests[1]!.body)).toEqual({
			'@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/u2',
		});
	});

	it('roles: assignments with principal expanded, eligibility', async () => {
		server = await startServer(req =>
			req.url.includes('roleAssignments')
				? page([
						{
							id: 'a',
							roleDefinitionId: 'r',
							principalId: 'p',
							principal: {'@odata.type': '#microsoft.graph.servicePrincipal', id: 'p', appId: 'x'},
						},
					])
				: page([{id: 'e', roleDefinitionId: 'r', principalId: 'p'}]),
		);
		const {graph} = testGraph(server);
		const [assignment] = await all(
			listRoleAssignments(graph, {roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10'}),
		);
		expect(assignment!.principal?.appId).toBe('x');
		expect(decodeURIComponent(server.requests[0]!.url)).toBe(
			"/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '62e90394-69f5-4237-9190-012177145e10'&$expand=principal",
		);
		expect((await all(listRoleEligibilitySchedules(graph)))[0]!.id).toBe('e');
	});

	it('policies: security defaults, methods policy, strengths, authorization policy', async () => {
		server = await startServer(req => {
			if (req.url.includes('identitySecurityDefaultsEnforcementPolicy'))
				return req.method === 'GET' ? {status: 200, body: {id: 'sd', isEnabled: false}} : {status: 204};
			if (req.url.includes('authenticationMethodsPolicy'))
				return {
					status: 200,
					body: {
						policyMigrationState: 'migrationComplete',
						authenticationMethodConfigurations: [
							{
								'@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration',
								id: 'Fido2',
								state: 'enabled',
								isSelfServiceRegistrationAllowed: true,
							},
						],
					},
				};
			if (req.url.includes('authenticationStrengthPolicies'))
				return page([
					{id: '00000000-0000-0000-0000-000000000002', allowedCombinations: ['password,microsoftAuthenticatorPush']},
				]);
			if (req.url.includes('authorizationPolicy'))
				return {status: 200, body: {id: 'authorizationPolicy', allowedToUseSSPR: true, blockMsolPowerShell: false}};
			return {status: 404};
		});
		const {graph} = testGraph(server);
		expect((await getSecurityDefaults(graph)).isEnabled).toBe(false);
		await setSecurityDefaults(graph, true);
		expect(JSON.parse(server.requests[1]!.body)).toEqual({isEnabled: true});
		const methods = await getAuthenticationMethodsPolicy(graph);
		expect(methods.authenticationMethodConfigurations[0]).toMatchObject({
			id: 'Fido2',
			isSelfServiceRegistrationAllowed: true,
		});
		expect((await listAuthenticationStrengths(graph))[0]!.allowedCombinations).toHaveLength(1);
		expect((await getAuthorizationPolicy(graph)).allowedToUseSSPR).toBe(true);
	});

	it('conditional access: list keeps unknown fields, create/update use the write scopes', async () => {
		const policy = {
			id: 'p1',
			displayName: 'CA001',
			state: 'enabledForReportingButNotEnforced',
			conditions: {users: {includeUsers: ['All'], excludeUsers: ['bg']}, clientAppTypes: ['all'], futureThing: {x: 1}},
			grantControls: {operator: 'OR', builtInControls: ['mfa']},
		};
		server = await startServer(req =>
			req.url.endsWith('/templates')
				? page([{id: 'c7503427-338e-4c5e-902d-abe252abfb43', name: 'Require multifactor authentication for admins'}])
				: req.method === 'GET'
					? page([policy])
					: req.method === 'POST'
						? {status: 201, body: policy}
						: {status: 204},
		);
		const {graph, tokenRequests} = testGraph(server);
		const [read] = await listCaPolicies(graph);
		expect(read!.conditions?.users?.excludeUsers).toEqual(['bg']);
		expect((read!.conditions as Record<string, unknown>).futureThing).toEqual({x: 1});
		expect((await createCaPolicy(graph, policy)).id).toBe('p1');
		await updateCaPolicy(graph, 'p1', {state: 'enabled'});
		expect(tokenRequests.at(-1)!.scopes).toEqual([
			'Policy.ReadWrite.ConditionalAccess',
			'Policy.Read.All',
			'Application.Read.All',
		]);
		expect((await listCaTemplates(graph))[0]!.name).toContain('admins');
	});

	it('sign-ins: server-side filters, beta when beta fields are used, 1000 per page', async () => {
		server = await startServer(() =>
			page([
				{
					id: 's',
					createdDateTime: '2026-11-20T08:14:02Z',
					clientAppUsed: 'IMAP4',
					authenticationProtocol: 'ropc',
					signInEventTypes: ['nonInteractiveUser'],
					status: {errorCode: 53003},
				},
			]),
		);
		const {graph, tokenRequests} = testGraph(server);
		const v1 = await all(
			listSignIns(graph, {filter: {since: '2026-11-01T00:00:00Z', clientAppUsed: ['IMAP4', 'POP3']}}),
		);
		expect(v1[0]!.status?.errorCode).toBe(53003);
		expect(decodeURIComponent(server.requests[0]!.url)).toBe(
			"/v1.0/auditLogs/signIns?$filter=createdDateTime ge 2026-11-01T00:00:00Z and (clientAppUsed eq 'IMAP4' or clientAppUsed eq 'POP3')&$top=1000",
		);
		await all(listSignIns(graph, {filter: {since: '2026-11-01T00:00:00Z', eventTypes: ['nonInteractiveUser']}}));
		expect(decodeURIComponent(server.requests[1]!.url)).toMatch(
			/^\/beta\/auditLogs\/signIns\?\$filter=.*signInEventTypes\/any\(t: t eq 'nonInteractiveUser'\)/,
		);
		expect(tokenRequests[0]!.scopes).toEqual(['AuditLog.Read.All']);
		expect(signInFilter({userPrincipalName: "o'brien@x.com"})).toBe("userPrincipalName eq 'o''brien@x.com'");
	});

	it('reports: registration details ("" → none), summaries, email apps (beta JSON), settings', async () => {
		server = await startServer(req => {
			if (req.url.includes('userRegistrationDetails'))
				return page([
					{id: 'u', isMfaRegistered: false, methodsRegistered: [], userPreferredMethodForSecondaryAuthentication: ''},
				]);
			if (req.url.includes('usersRegisteredByFeature'))
				return {status: 200, body: {userRegistrationFeatureCounts: [{feature: 'mfaCapable', userCount: 3}]}};
			if (req.url.includes('getEmailAppUsageUserDetail'))
				return page([
					{userPrincipalName: 'a@b', imap4App: 'Yes'},
					{userPrincipalName: 'c@d', imap4App: ['IMAP4'], pop3App: null, outlookForWindows: ['Outlook 2013']},
				]);
			if (req.url.includes('reportSettings')) return {status: 200, body: {displayConcealedNames: true}};
			return {status: 404};
		});
		const {graph} = testGraph(server);
		expect(
			(await all(listUserRegistrationDetails(graph, {filter: 'isMfaRegistered eq false'})))[0]!
				.userPreferredMethodForSecondaryAuthentication,
		).toBe('none');
		expect((await usersRegisteredByFeature(graph)).userRegistrationFeatureCounts[0]!.userCount).toBe(3);
		// App columns are lists in the beta JSON (a `; `-joined string in CSV): both read as lists.
		const usage = await all(listEmailAppUsageUserDetail(graph));
		expect(usage.map(u => [u.imap4App, u.pop3App, u.outlookForWindows])).toEqual([
			[['Yes'], [], []],
			[['IMAP4'], [], ['Outlook 2013']],
		]);
		expect(server.requests[2]!.url).toBe(
			"/beta/reports/getEmailAppUsageUserDetail(period='D30')?$format=application/json",
		);
		expect((await getReportSettings(graph)).displayConcealedNames).toBe(true);
	});

	it('reports: a CSV 302 is followed without the Authorization header', async () => {
		let downloads: SeenRequest | undefined;
		const blob = await startServer(req => {
			downloads = req;
			return {status: 200, headers: {'content-type': 'application/octet-stream'}, body: undefined};
		});
		await blob.close();
		// The download host answers with CSV text (a second server so the origins differ).
		const http = await import('node:http');
		const csvServer = http.createServer((req, res) => {
			downloads = {method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '', at: 0};
			res.writeHead(200, {'content-type': 'text/csv'});
			res.end('\uFEFFReport Refresh Date,User Principal Name,Windows\r\n2026-11-25,"a@b.com",1\r\n');
		});
		await new Promise<void>(r => csvServer.listen(0, '127.0.0.1', r));
		const port = (csvServer.address() as {port: number}).port;
		server = await startServer(() => ({status: 302, headers: {location: `http://127.0.0.1:${port}/r.csv?sig=secret`}}));
		const {graph} = testGraph(server);
		const rows = await downloadReportCsv(graph, '/reports/getOffice365ActivationsUserDetail');
		expect(rows).toEqual([{'Report Refresh Date': '2026-11-25', 'User Principal Name': 'a@b.com', Windows: '1'}]);
		expect(server.requests[0]!.headers.authorization).toMatch(/^Bearer /);
		expect(downloads!.headers.authorization).toBeUndefined();
		csvServer.close();
		expect(parseCsv('a,b\n"x,1","y""z"\n')).toEqual([{a: 'x,1', b: 'y"z'}]);
	});

	it('identity protection: risky users, detections, dismiss in chunks of 60', async () => {
		server = await startServer(req =>
			req.method === 'POST'
				? {status: 204}
				: req.url.includes('riskyUsers')
					? page([{id: 'u', riskLevel: 'high', riskState: 'atRisk', riskDetail: 'brandNew'}])
					: page([{id: 'd', riskEventType: 'leakedCredentials'}]),
		);
		const {graph} = testGraph(server);
		expect((await all(listRiskyUsers(graph, {filter: "riskState eq 'atRisk'"})))[0]!.riskDetail).toBe('brandNew');
		expect((await all(listRiskDetections(graph)))[0]!.riskEventType).toBe('leakedCredentials');
		await dismissRiskyUsers(
			graph,
			Array.from({length: 61}, (_, i) => `u${i}`),
		);
		const posts = server.requests.filter(r => r.method === 'POST');
		expect(posts.map(p => JSON.parse(p.body).userIds.length)).toEqual([60, 1]);
	});

	it('identity protection: one risky user by id, null when Identity Protection has no record (404)', async () => {
		server = await startServer(req =>
			req.url.endsWith('/riskyUsers/known')
				? {status: 200, body: {id: 'known', riskLevel: 'high', riskState: 'atRisk', riskDetail: 'none'}}
				: {status: 404, body: {error: {code: 'ResourceNotFound', message: 'not found'}}},
		);
		const {graph} = testGraph(server);
		expect(await getRiskyUser(graph, 'known')).toMatchObject({riskLevel: 'high', riskState: 'atRisk'});
		expect(await getRiskyUser(graph, 'unknown')).toBeNull();
		expect(server.requests.map(r => r.url)).toEqual([
			'/v1.0/identityProtection/riskyUsers/known',
			'/v1.0/identityProtection/riskyUsers/unknown',
		]);
	});

	it('applications: find by name and the live permission ids', async () => {
		server = await startServer(req =>
			req.url.startsWith('/v1.0/applications')
				? page([{id: 'o', appId: 'a', displayName: 'mfa-onboard', requiredResourceAccess: []}])
				: {status: 200, body: {oauth2PermissionScopes: [{id: 'id1', value: 'Policy.Read.All', isEnabled: true}]}},
		);
		const {graph} = testGraph(server);
		expect((await findApplications(graph, 'mfa-onboard'))[0]!.appId).toBe('a');
		expect((await graphPermissionIds(graph)).get('policy.read.all')).toBe('id1');
		expect(server.requests[1]!.url).toBe(
			"/v1.0/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?$select=id,appId,oauth2PermissionScopes",
		);
	});
});
