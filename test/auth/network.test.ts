import {promises as fs} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAuth, type DeviceCodePrompt} from '../../src/auth/auth.js';
import {createTranslator} from '../../src/i18n/index.js';
import {createFakeIdp, FAKE_TENANT} from './fake-idp.js';

// The live network module (fetch, origin rewrite, device-code guard) against identity endpoints served over HTTP.
let dir: string;
let server: http.Server | undefined;
const seen: string[] = [];
beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-net-'));
	seen.length = 0;
});
afterEach(async () => {
	server?.closeAllConnections();
	server?.close();
	await fs.rm(dir, {recursive: true, force: true});
});

async function serve(idp: ReturnType<typeof createFakeIdp>): Promise<string> {
	server = http.createServer((req, res) => {
		let body = '';
		req.on('data', c => {
			body += String(c);
		});
		req.on('end', async () => {
			seen.push(`${req.method} ${req.url}`);
			const url = `https://login.microsoftonline.com${req.url}`;
			const reply =
				req.method === 'POST'
					? await idp.network.sendPostRequestAsync(url, {body})
					: await idp.network.sendGetRequestAsync(url, {});
			res.writeHead(reply.status, {'content-type': 'application/json'});
			res.end(JSON.stringify(reply.body));
		});
	});
	await new Promise<void>(r => server!.listen(0, '127.0.0.1', r));
	return `http://127.0.0.1:${(server!.address() as {port: number}).port}`;
}

function auth(loginOrigin: string, browserAvailable = true) {
	const prompts: DeviceCodePrompt[] = [];
	const a = createAuth({
		session: {
			// Device code explicitly: with a browser available the default would be the browser flow.
			flags: {tenant: FAKE_TENANT, auth: 'device-code'},
			paths: {tokenCache: path.join(dir, 'cache.json'), settings: path.join(dir, 'settings.json')},
			cloud: {authorityHost: 'https://login.microsoftonline.com', graphRoot: 'https://graph.microsoft.com'},
			t: createTranslator('en'),
			dryRun: false,
			clock: {now: () => new Date(), nowIso: () => new Date().toISOString()},
		},
		ui: {canPrompt: true, onDeviceCode: p => prompts.push(p)},
		loginOrigin,
		browserAvailable,
	});
	return {a, prompts};
}

it('signs in by device code through the real network module, rewritten to the local origin', async () => {
	const origin = await serve(createFakeIdp({now: () => Date.now()}));
	const {a, prompts} = auth(origin);
	const account = await a.signIn();
	expect(account.tenantId).toBe(FAKE_TENANT);
	expect(prompts[0]?.userCode).toBe('DEMO1234');
	expect(seen[0]).toBe(`POST /${FAKE_TENANT}/oauth2/v2.0/devicecode`);
	expect(seen.every(s => s.includes(`/${FAKE_TENANT}/oauth2/v2.0/`))).toBe(true);
});

it('keeps AADSTS53003 from /devicecode (plain MSAL would report post_request_failed)', async () => {
	const idp = createFakeIdp({now: () => Date.now()});
	idp.deviceCodeError = idp.error('invalid_request', 53003, 'Access has been blocked by Conditional Access policies.');
	const origin = await serve(idp);
	const {a, prompts} = auth(origin, false);
	await expect(a.signIn()).rejects.toMatchObject({code: 'sign-in-53003'});
	expect(prompts).toHaveLength(0);
	expect(seen).toEqual([`POST /${FAKE_TENANT}/oauth2/v2.0/devicecode`]);
});
