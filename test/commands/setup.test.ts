import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Auth} from '../../src/auth/auth.js';
import {savedAppFor} from '../../src/auth/settings.js';
import {runSetup, SETUP_APP_NAME} from '../../src/commands/setup.js';
import {createGraph} from '../../src/graph/client.js';
import {Redactor} from '../../src/graph/redact.js';
import {buildSession, type Flags} from '../../src/session.js';
import {fakeJwt, type Reply, type SeenRequest, startServer, type TestServer} from '../graph/helpers.js';

const TENANT = '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5';
let dir: string;
let server: TestServer | undefined;
beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-setup-'));
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await fs.rm(dir, {recursive: true, force: true});
});

function session(flags: Partial<Flags>) {
	const base: Flags = {
		demo: false,
		dryRun: false,
		yes: false,
		json: false,
		resume: false,
		fresh: false,
		cloud: 'global',
		signOut: false,
		breakGlass: [],
		all: false,
		force: false,
		iUnderstandLockoutRisk: false,
		color: false,
		verbose: false,
		...flags,
	};
	return buildSession('setup', [], base, {
		env: {MFA_ONBOARD_HOME: dir},
		homedir: dir,
		platform: 'linux',
		cwd: dir,
		pid: 1,
		hostname: 'h',
		argv: ['setup'],
		terminal: {stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: 80, rows: 24},
		now: () => Date.UTC(2026, 10, 26, 10, 0, 0),
		sleep: async () => {},
		version: 'test',
	});
}

function tenantServer(options: {existing?: boolean; spForbidden?: boolean} = {}) {
	return startServer((req: SeenRequest): Reply => {
		if (req.url.startsWith('/v1.0/organization')) {
			return {
				status: 200,
				body: {
					value: [{id: TENANT, displayName: 'Contoso', verifiedDomains: [{name: 'contoso.com', isDefault: true}]}],
				},
			};
		}
		if (req.url.startsWith('/v1.0/servicePrincipals')) {
			if (options.spForbidden)
				return {status: 403, body: {error: {code: 'Authorization_RequestDenied', message: 'no'}}};
			return {
				status: 200,
				body: {
					oauth2PermissionScopes: [
						{id: 'live-pwd-id', value: 'User-PasswordProfile.ReadWrite.All'},
						{id: 'live-policy-id', value: 'Policy.Read.All'},
					],
				},
			};
		}
		if (req.method === 'GET' && req.url.startsWith('/v1.0/applications')) {
			return {
				status: 200,
				body: {value: options.existing ? [{id: 'obj', appId: 'existing-app', displayName: SETUP_APP_NAME}] : []},
			};
		}
		if (req.method === 'POST' && req.url === '/v1.0/applications') {
			return {status: 201, body: {id: 'obj-new', appId: 'new-app-id', displayName: SETUP_APP_NAME}};
		}
		return {status: 404, body: {error: {code: 'NotFound', message: req.url}}};
	});
}

async function run(flags: Partial<Flags>, options: {existing?: boolean; spForbidden?: boolean} = {}) {
	server = await tenantServer(options);
	const s = session({tenant: 'contoso.com', ...flags});
	const redactor = new Redactor();
	const token = fakeJwt({tid: TENANT});
	const scopesAsked: string[][] = [];
	const auth: Auth = {
		getToken: async r => {
			scopesAsked.push([...r.scopes]);
			return token;
		},
		signIn: async () => ({
			kind: 'user',
			username: 'admin@contoso.com',
			tenantId: TENANT,
			via: 'cache',
			scopes: [],
			clientId: 'x',
			clientIdSource: 'default',
		}),
		account: () => undefined,
		signOut: async () => 0,
	};
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: server.origin},
			dryRun: s.dryRun,
			clock: s.clock,
		},
		tokens: auth,
		redactor,
	});
	const out: string[] = [];
	const result = await runSetup(s, {
		out: x => out.push(x),
		err: () => {},
		ui: {canPrompt: false},
		connection: {auth, graph, redactor},
	});
	return {result, out: out.join(''), s, scopesAsked};
}

describe('mfa-onboard setup', () => {
	it('registers a public-client app with the delegated permissions, prints the consent link, saves the client id', async () => {
		const {result, out, s} = await run({});
		expect(result).toMatchObject({tenantId: TENANT, appId: 'new-app-id', created: true});
		const post = server!.requests.find(r => r.method === 'POST')!;
		const body = JSON.parse(post.body);
		expect(body).toMatchObject({
			displayName: 'mfa-onboard',
			signInAudience: 'AzureADMyOrg',
			isFallbackPublicClient: true,
			publicClient: {redirectUris: ['http://localhost']},
		});
		const ids = body.requiredResourceAccess[0].resourceAccess.map((r: {id: string}) => r.id);
		expect(body.requiredResourceAccess[0].resourceAppId).toBe('00000003-0000-0000-c000-000000000000');
		expect(ids).toContain('live-policy-id');
		expect(ids).toContain('live-pwd-id');
		expect(ids).toContain('e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20');
		expect(out).toContain(`https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=new-app-id`);
		expect((await savedAppFor(s.paths.settings, 'contoso.com', s.t))?.clientId).toBe('new-app-id');
		expect((await savedAppFor(s.paths.settings, TENANT, s.t))?.clientId).toBe('new-app-id');
		expect((await fs.stat(s.paths.settings)).mode & 0o777).toBe(0o600);
	});

	it('--dry-run shows the request and writes nothing, and never asks for the write scope', async () => {
		const {out, s, scopesAsked} = await run({dryRun: true});
		expect(server!.requests.filter(r => r.method !== 'GET')).toHaveLength(0);
		expect(out).toContain('[Dry run] Would POST https://graph.microsoft.com/v1.0/applications');
		expect(out).toContain('"isFallbackPublicClient": true');
		await expect(fs.stat(s.paths.settings)).rejects.toThrow();
		expect(scopesAsked.flat()).not.toContain('Application.ReadWrite.All');
	});

	it('reuses an existing app of that name', async () => {
		const {result, out} = await run({}, {existing: true});
		expect(result).toMatchObject({appId: 'existing-app', created: false});
		expect(out).toContain('already exists');
		expect(server!.requests.filter(r => r.method === 'POST')).toHaveLength(0);
	});

	it('falls back to the built-in permission ids and says which were left out', async () => {
		const {result, out} = await run({}, {spForbidden: true});
		expect(result.permissions.find(p => p.scope === 'Policy.Read.All')?.id).toBe(
			'572fea84-0151-49b2-9301-11cb16974376',
		);
		expect(result.permissions.find(p => p.scope === 'User-PasswordProfile.ReadWrite.All')).toBeUndefined();
		expect(out).toContain('built-in table');
		expect(out).toContain('User-PasswordProfile.ReadWrite.All');
	});
});
