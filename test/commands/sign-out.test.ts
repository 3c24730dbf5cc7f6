import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {main} from '../../src/cli.js';

let dir: string;
let saved: string | undefined;
beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-signout-'));
	saved = process.env.MFA_ONBOARD_HOME;
	process.env.MFA_ONBOARD_HOME = dir;
});
afterEach(async () => {
	if (saved === undefined) delete process.env.MFA_ONBOARD_HOME;
	else process.env.MFA_ONBOARD_HOME = saved;
	await fs.rm(dir, {recursive: true, force: true});
});

function capture() {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let text = '';
	stdout.on('data', c => {
		text += String(c);
	});
	stderr.on('data', c => {
		text += String(c);
	});
	return {out: {stdout, stderr}, text: () => text};
}

it('mfa-onboard --sign-out removes the token cache file and says so', async () => {
	const cache = path.join(dir, 'msal-cache.json');
	await fs.writeFile(cache, JSON.stringify({Account: {a: {}, b: {}}}), {mode: 0o600});
	const first = capture();
	expect(await main(['--sign-out', '--lang', 'en'], first.out)).toBe(0);
	expect(first.text()).toContain('removed 2 saved sign-ins');
	await expect(fs.stat(cache)).rejects.toThrow();
	const second = capture();
	expect(await main(['--sign-out', '--lang', 'en'], second.out)).toBe(0);
	expect(second.text()).toContain('Nothing to sign out');
});
