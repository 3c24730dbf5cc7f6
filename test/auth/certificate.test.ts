import {execFileSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAuth} from '../../src/auth/auth.js';
import {loadCertificate} from '../../src/auth/certificate.js';
import {createTranslator} from '../../src/i18n/index.js';
import {createFakeIdp, FAKE_TENANT} from './fake-idp.js';

const t = createTranslator('en');
const hasOpenssl = (() => {
	try {
		execFileSync('openssl', ['version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
})();

let dir: string;
beforeAll(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-cert-'));
	if (!hasOpenssl) return;
	// A throwaway self-signed certificate made at run time (nothing key-shaped is committed).
	const run = (...args: string[]) => execFileSync('openssl', args, {cwd: dir, stdio: 'ignore'});
	run(
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'key.pem',
		'-out',
		'cert.pem',
		'-days',
		'2',
		'-subj',
		'/CN=mfa-onboard-test',
	);
	await fs.writeFile(
		path.join(dir, 'both.pem'),
		(await fs.readFile(path.join(dir, 'cert.pem'), 'utf8')) + (await fs.readFile(path.join(dir, 'key.pem'), 'utf8')),
	);
	run('pkcs8', '-topk8', '-in', 'key.pem', '-out', 'enc-key.pem', '-passout', 'pass:s3cret-pass');
	await fs.writeFile(
		path.join(dir, 'enc.pem'),
		(await fs.readFile(path.join(dir, 'cert.pem'), 'utf8')) +
			(await fs.readFile(path.join(dir, 'enc-key.pem'), 'utf8')),
	);
	run('pkcs12', '-export', '-in', 'cert.pem', '-inkey', 'key.pem', '-out', 'cert.pfx', '-passout', 'pass:x');
});
afterAll(async () => {
	await fs.rm(dir, {recursive: true, force: true});
});

describe.skipIf(!hasOpenssl)('certificate sign-in', () => {
	it('loads a PEM with certificate and key: PKCS#8 key, SHA-256 thumbprint, x5c', async () => {
		const cert = await loadCertificate(path.join(dir, 'both.pem'), undefined, t);
		expect(cert.privateKey).toContain('BEGIN PRIVATE KEY');
		expect(cert.thumbprintSha256).toMatch(/^[0-9A-F]{64}$/);
		expect(cert.x5c.length).toBeGreaterThan(100);
	});

	it('needs the password of an encrypted key, and says when it is wrong', async () => {
		const file = path.join(dir, 'enc.pem');
		await expect(loadCertificate(file, undefined, t)).rejects.toThrow(/MFA_ONBOARD_CERTIFICATE_PASSWORD/);
		await expect(loadCertificate(file, 'wrong', t)).rejects.toThrow(/password/);
		expect((await loadCertificate(file, 's3cret-pass', t)).privateKey).toContain('BEGIN PRIVATE KEY');
	});

	it('explains how to convert a PFX, and what a file without a key lacks', async () => {
		const error = await loadCertificate(path.join(dir, 'cert.pfx'), 'x', t).catch(e => e);
		expect(error.hint).toContain('openssl pkcs12');
		await expect(loadCertificate(path.join(dir, 'cert.pem'), undefined, t)).rejects.toThrow(/no private key/);
	});

	it('signs in as the app with a signed client assertion', async () => {
		const idp = createFakeIdp({now: () => Date.now()});
		const signedIn: string[] = [];
		const auth = createAuth({
			session: {
				flags: {
					tenant: FAKE_TENANT,
					clientId: '11111111-2222-3333-4444-555555555555',
					auth: 'certificate',
					certificate: path.join(dir, 'both.pem'),
				},
				paths: {tokenCache: path.join(dir, 'cache.json'), settings: path.join(dir, 'settings.json')},
				cloud: {authorityHost: 'https://login.microsoftonline.com', graphRoot: 'https://graph.microsoft.com'},
				t,
				dryRun: false,
				clock: {now: () => new Date(), nowIso: () => new Date().toISOString()},
			},
			ui: {canPrompt: false, onSignedIn: a => signedIn.push(`${a.kind}:${a.username}`)},
			networkClient: idp.network,
		});
		const account = await auth.signIn();
		expect(account).toMatchObject({kind: 'app', via: 'certificate', tenantId: FAKE_TENANT});
		expect(signedIn).toEqual(['app:11111111-2222-3333-4444-555555555555']);
		expect(idp.calls.at(-1)).toContain('client_credentials');
	});
});
