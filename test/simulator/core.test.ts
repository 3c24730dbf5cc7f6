import {describe, expect, it} from 'vitest';
import {CONTOSO, upnOf} from '../../src/simulator/index.js';
import {pageAll, postJson, startSim} from './helpers.js';

describe('authentication (401)', () => {
	it('requires a bearer token and answers in Graph’s error envelope', async () => {
		const s = await startSim();
		const res = await s.json('/v1.0/users', {token: null});
		expect(res.status).toBe(401);
		expect(res.body.error.code).toBe('InvalidAuthenticationToken');
		expect(res.body.error.innerError).toMatchObject({
			'request-id': expect.any(String),
			'client-request-id': expect.any(String),
			date: expect.any(String),
		});
		expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
	});

	it('rejects malformed, foreign-tenant and expired tokens', async () => {
		const clock = {now: () => Date.parse('2026-11-20T09:00:00Z')};
		const s = await startSim({clock});
		expect((await s.json('/v1.0/users', {token: 'not-a-jwt'})).body.error.message).toMatch(/not well formed/);
		const [h, p] = s.token.split('.');
		const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
		const forged = `${h}.${Buffer.from(JSON.stringify({...claims, tid: '00000000-0000-0000-0000-000000000001'})).toString('base64url')}.`;
		expect((await s.json('/v1.0/users', {token: forged})).status).toBe(401);
		const expired = s.sim.issueToken({lifetimeSeconds: 60});
		clock.now = () => Date.parse('2026-11-20T09:02:00Z');
		const res = await s.json('/v1.0/users', {token: expired});
		expect(res.status).toBe(401);
		expect(res.body.error.message).toMatch(/expired/);
	});

	it('echoes the client-request-id header', async () => {
		const s = await startSim();
		const res = await s.json('/v1.0/nothing-here', {headers: {'client-request-id': 'abc-123'}});
		expect(res.body.error.innerError['client-request-id']).toBe('abc-123');
	});
});

describe('permissions (403)', () => {
	it('names the permission a route needs and accepts a higher one', async () => {
		const s = await startSim();
		const weak = s.sim.issueToken({scopes: ['User.Read']});
		const denied = await s.json('/v1.0/users', {token: weak});
		expect(denied.status).toBe(403);
		expect(denied.body.error.code).toBe('Authorization_RequestDenied');
		expect(denied.body.error.message).toContain('User.Read.All');
		const higher = s.sim.issueToken({scopes: ['Directory.Read.All']});
		expect((await s.json('/v1.0/users', {token: higher})).status).toBe(200);
	});

	it('needs the signed-in user to hold a directory role that allows a write', async () => {
		const s = await startSim();
		const body = {
			accountEnabled: true,
			displayName: 'New Person',
			mailNickname: 'new.person',
			userPrincipalName: upnOf('new.person'),
			passwordProfile: {password: 'Xy7!long-enough', forceChangePasswordNextSignIn: true},
		};
		const plainUser = s.sim.issueToken({userPrincipalName: 'jiho.kim', scopes: ['User.ReadWrite.All']});
		const denied = await postJson(s, '/v1.0/users', body, {token: plainUser});
		expect(denied.status).toBe(403);
		expect(denied.body.error.message).toMatch(/User Administrator, Global Administrator/);
		expect((await postJson(s, '/v1.0/users', body)).status).toBe(201);
	});

	it('app-only tokens use application permissions and skip role checks', async () => {
		const s = await startSim();
		const app = s.sim.issueToken({appOnly: true, roles: ['User.Read.All']});
		expect((await s.json('/v1.0/users?$top=1', {token: app})).status).toBe(200);
		expect((await s.json('/v1.0/me', {token: app})).status).toBe(400);
		expect((await s.json('/v1.0/groups', {token: app})).status).toBe(403);
	});
});

describe('unknown routes (501)', () => {
	it('names the method and path and logs the request', async () => {
		const s = await startSim();
		const res = await s.json('/v1.0/deviceManagement/managedDevices?$top=1');
		expect(res.status).toBe(501);
		expect(res.body.error.code).toBe('NotImplemented');
		expect(res.body.error.message).toContain('GET /v1.0/deviceManagement/managedDevices');
		const res2 = await s.json('/somewhere/else', {method: 'DELETE'});
		expect(res2.status).toBe(501);
		expect(res2.body.error.message).toContain('DELETE /somewhere/else');
		expect(s.sim.log.entries.map(e => [e.method, e.path, e.status])).toEqual([
			['GET', '/v1.0/deviceManagement/managedDevices', 501],
			['DELETE', '/somewhere/else', 501],
		]);
		expect(s.sim.log.entries[0]!.query).toBe('$top=1');
	});
});

describe('paging', () => {
	it('returns every user exactly once across pages, following absolute nextLinks verbatim', async () => {
		const s = await startSim();
		const {items, pages} = await pageAll(s, '/v1.0/users?$top=7&$select=id,displayName');
		const ids = items.map(u => u.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(s.sim.tenant.state.users.length);
		expect(pages).toBe(Math.ceil(ids.length / 7));
		expect(Object.keys(items[0]!).sort()).toEqual(['displayName', 'id']);
	});

	it('writes publicOrigin into nextLinks', async () => {
		const s = await startSim({publicOrigin: 'https://graph.microsoft.com'});
		const res = await s.json('/v1.0/users?$top=2');
		expect(res.body['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?\$top=2&\$skiptoken=/);
		const rewritten = res.body['@odata.nextLink'].replace('https://graph.microsoft.com', s.url);
		expect((await s.json(rewritten)).status).toBe(200);
	});

	it('rejects $top above the endpoint maximum and tampered skip tokens', async () => {
		const s = await startSim();
		const res = await s.json('/v1.0/users?$top=1000');
		expect(res.status).toBe(400);
		expect(res.body.error.message).toMatch(/between 1 and 999/);
		expect((await s.json('/v1.0/users?$top=0')).status).toBe(400);
		const first = await s.json('/v1.0/users?$top=2');
		const link: string = first.body['@odata.nextLink'];
		expect((await s.json(link.replace('$top=2', '$top=3'))).status).toBe(400);
	});

	it('returns v1.0’s default user properties unless $select asks for more', async () => {
		const s = await startSim();
		const v1 = await s.json('/v1.0/users?$top=1');
		expect(v1.body.value[0]).not.toHaveProperty('accountEnabled');
		expect(v1.body.value[0]).toHaveProperty('userPrincipalName');
		const beta = await s.json('/beta/users?$top=1');
		expect(beta.body.value[0]).toHaveProperty('accountEnabled');
		const bad = await s.json('/v1.0/users?$select=id,shoeSize');
		expect(bad.status).toBe(400);
	});
});

describe('$count and ConsistencyLevel', () => {
	it('needs ConsistencyLevel: eventual for $count and advanced filters on directory objects', async () => {
		const s = await startSim();
		expect((await s.json('/v1.0/users?$count=true')).status).toBe(400);
		const counted = await s.json('/v1.0/users?$count=true&$top=1', {headers: {ConsistencyLevel: 'eventual'}});
		expect(counted.status).toBe(200);
		expect(counted.body['@odata.count']).toBe(s.sim.tenant.state.users.length);
		const ne = await s.json("/v1.0/users?$filter=userType ne 'Member'");
		expect(ne.status).toBe(400);
		expect(ne.body.error.code).toBe('Request_UnsupportedQuery');
		const neOk = await s.json("/v1.0/users?$filter=userType ne 'Member'&$count=true", {
			headers: {ConsistencyLevel: 'eventual'},
		});
		expect(neOk.body['@odata.count']).toBe(3);
		const segment = await s.graph('/v1.0/users/$count?$filter=accountEnabled eq false', {
			headers: {ConsistencyLevel: 'eventual'},
		});
		expect(await segment.text()).toBe('2');
		expect((await s.json('/v1.0/users/$count')).status).toBe(400);
		const ordered = await s.json("/v1.0/users?$filter=startswith(displayName,'E')&$orderby=displayName");
		expect(ordered.status).toBe(400);
	});
});

describe('$batch', () => {
	it('runs up to 20 requests with per-item status, dependsOn and 424 for failed dependencies', async () => {
		const s = await startSim();
		const res = await postJson(s, '/v1.0/$batch', {
			requests: [
				{id: '1', method: 'GET', url: '/me?$select=displayName'},
				{id: '2', method: 'GET', url: 'users/no-such-user'},
				{id: '3', method: 'GET', url: '/organization', dependsOn: ['2']},
				{id: '4', method: 'GET', url: '/users?$top=1', headers: {ConsistencyLevel: 'eventual'}},
				{id: '5', method: 'GET', url: '/not/a/route'},
			],
		});
		expect(res.status).toBe(200);
		const byId = Object.fromEntries(res.body.responses.map((r: {id: string}) => [r.id, r]));
		expect(byId['1'].status).toBe(200);
		expect(byId['1'].body.displayName).toBe('Sarah Chen');
		expect(byId['2'].status).toBe(404);
		expect(byId['2'].body.error.code).toBe('Request_ResourceNotFound');
		expect(byId['3'].status).toBe(424);
		expect(byId['4'].status).toBe(200);
		expect(byId['5'].status).toBe(501);
		const entry = s.sim.log.entries.at(-1)!;
		expect(entry.path).toBe('/v1.0/$batch');
		expect(entry.inner!.map(i => [i.id, i.status])).toEqual([
			['1', 200],
			['2', 404],
			['3', 424],
			['4', 200],
			['5', 501],
		]);
	});

	it('rejects more than 20 requests, absolute URLs and duplicate ids', async () => {
		const s = await startSim();
		const many = Array.from({length: 21}, (_, i) => ({id: String(i), method: 'GET', url: '/me'}));
		expect((await postJson(s, '/v1.0/$batch', {requests: many})).status).toBe(400);
		expect(
			(
				await postJson(s, '/v1.0/$batch', {
					requests: [{id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me'}],
				})
			).status,
		).toBe(400);
		expect(
			(
				await postJson(s, '/v1.0/$batch', {
					requests: [
						{id: '1', method: 'GET', url: '/me'},
						{id: '1', method: 'GET', url: '/me'},
					],
				})
			).status,
		).toBe(400);
		expect(
			(await postJson(s, '/beta/$batch', {requests: [{id: '1', method: 'GET', url: '/me'}]}, {token: 'x.y.z'})).status,
		).toBe(401);
	});

	it('counts inner writes, not the envelope, in log.writes()', async () => {
		const s = await startSim();
		await postJson(s, '/v1.0/$batch', {
			requests: [
				{id: '1', method: 'GET', url: '/me'},
				{id: '2', method: 'GET', url: '/organization'},
			],
		});
		expect(s.sim.log.writes()).toBe(0);
		const adminId = s.sim.tenant.user(upnOf(CONTOSO.admin))!.id;
		await postJson(s, '/v1.0/$batch', {
			requests: [
				{
					id: '1',
					method: 'POST',
					url: `/users/${adminId}/revokeSignInSessions`,
					headers: {'Content-Type': 'application/json'},
					body: {},
				},
			],
		});
		expect(s.sim.log.writes()).toBe(1);
		expect(s.sim.log.writeEntries()[0]!.path).toBe(`/v1.0/users/${adminId}/revokeSignInSessions`);
		s.sim.log.clear();
		expect(s.sim.log.entries).toHaveLength(0);
	});

	it('needs a Content-Type on inner requests with a body', async () => {
		const s = await startSim();
		const res = await postJson(s, '/v1.0/$batch', {
			requests: [{id: '1', method: 'PATCH', url: '/users/x', body: {displayName: 'y'}}],
		});
		expect(res.body.responses[0].status).toBe(400);
	});
});

describe('request log', () => {
	it('records method, path, query, status and time, and writes JSONL when asked', async () => {
		const {mkdtemp, readFile} = await import('node:fs/promises');
		const os = await import('node:os');
		const path = await import('node:path');
		const dir = await mkdtemp(path.join(os.tmpdir(), 'sim-log-'));
		const file = path.join(dir, 'log.jsonl');
		const s = await startSim({logFile: file});
		await s.json('/v1.0/users?$top=1');
		await s.sim.stop();
		const lines = (await readFile(file, 'utf8'))
			.trim()
			.split('\n')
			.map(l => JSON.parse(l));
		expect(lines[0]).toMatchObject({
			kind: 'graph',
			method: 'GET',
			path: '/v1.0/users',
			query: '$top=1',
			status: 200,
			at: '2026-11-20T09:00:00Z',
		});
		expect(JSON.stringify(lines)).not.toContain(s.token.split('.')[1]!);
	});
});
