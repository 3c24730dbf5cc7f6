import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, runCli} from '../test/helpers/cli.js';
import {tempDir} from '../test/helpers/tmp.js';
import {spawnCli} from './pty.js';

const DEMO_TENANT_ID = '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5';

describe('the wizard in a real terminal', {timeout: 60_000}, () => {
	it('skips a step with a reason, quits with q, and resumes at the right step after asking', async () => {
		const home = tempDir();
		const first = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		await first.waitFor('Step 1 of 9');
		await first.write('s');
		await first.waitFor('Why skip this step?');
		await first.write('covered by the MSP runbook');
		await first.waitFor('covered by the MSP runbook');
		await first.write('\r');
		await first.waitFor('Step 2 of 9');
		await first.write('q');
		expect(await first.exited).toBe(0);
		expect(first.output()).toContain('Progress saved to');

		const file = path.join(home, 'progress', `${DEMO_TENANT_ID}.json`);
		const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
		expect(saved.steps.profile).toMatchObject({status: 'skipped', skipReason: 'covered by the MSP runbook'});
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.existsSync(path.join(home, 'progress', `${DEMO_TENANT_ID}.lock`))).toBe(false);

		const second = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		await second.waitFor('A saved session exists for this tenant');
		await second.write('\r');
		await second.waitFor('Step 2 of 9');
		await second.write('q');
		expect(await second.exited).toBe(0);

		const third = spawnCli(['--demo', '--fresh'], {MFA_ONBOARD_HOME: home});
		await third.waitFor('Step 1 of 9');
		await third.write('q');
		expect(await third.exited).toBe(0);
		expect(third.output()).toMatch(/Previous session kept as .*backup-/);
	});

	it('refuses a second wizard on the same tenant, naming the first', async () => {
		const home = tempDir();
		const first = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		await first.waitFor('Step 1 of 9');
		const second = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		expect(await second.exited).toBe(2);
		expect(second.output()).toContain(`Another mfa-onboard is working on this tenant: process ${first.process.pid}`);
		await first.write('q');
		expect(await first.exited).toBe(0);
	});

	it('keeps a corrupt progress file aside, names it and exits 2', async () => {
		const home = tempDir();
		const dir = path.join(home, 'progress');
		fs.mkdirSync(dir, {recursive: true});
		fs.writeFileSync(path.join(dir, `${DEMO_TENANT_ID}.json`), 'not json');
		const run = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		expect(await run.exited).toBe(2);
		expect(run.output()).toContain('cannot be read');
		expect(run.output()).toContain('--fresh');
		expect(fs.readdirSync(dir).some(f => f.includes('.corrupt-'))).toBe(true);
	});

	it('speaks Korean with --lang ko', async () => {
		const run = spawnCli(['--demo', '--lang', 'ko'], {MFA_ONBOARD_HOME: tempDir()});
		await run.waitFor('로그인과 테넌트 프로필');
		await run.write('q');
		expect(await run.exited).toBe(0);
	});

	it('runs from a copy of bin/ and dist/ alone: the package needs no installed dependencies', async () => {
		// Given only what `npm pack` ships, far from any node_modules…
		const copy = tempDir();
		for (const entry of ['bin', 'dist', 'package.json']) {
			fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), {recursive: true});
		}
		expect(fs.existsSync(path.join(copy, 'node_modules'))).toBe(false);
		// …the demo wizard signs in (MSAL, the simulator) and renders (Ink).
		const run = spawnCli(
			['--demo'],
			{MFA_ONBOARD_HOME: tempDir()},
			undefined,
			path.join(copy, 'bin', 'mfa-onboard.js'),
		);
		await run.waitFor('Step 1 of 9');
		await run.write('q');
		expect(await run.exited).toBe(0);
		expect(fs.readFileSync(path.join(copy, 'dist', 'THIRD_PARTY_NOTICES.md'), 'utf8')).toContain('## ink ');
	});

	it('is refused without a terminal (pipes), pointing to check', async () => {
		const result = await runCli(['--demo'], {MFA_ONBOARD_HOME: tempDir()});
		expect(result.code).toBe(2);
	});
});
