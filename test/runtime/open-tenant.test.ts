import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {SignInUi} from '../../src/auth/auth.js';
import {getSecurityDefaults, setSecurityDefaults} from '../../src/graph/policies.js';
import {demoStateFile, openTenant} from '../../src/runtime/open-tenant.js';
import {DEMO_TENANT} from '../../src/simulator/demo-tenant.js';
import {testSession} from '../helpers/session.js';
import {tempDir} from '../helpers/tmp.js';

function recordingUi() {
	const codes: string[] = [];
	const ui: SignInUi = {canPrompt: true, onDeviceCode: prompt => codes.push(prompt.userCode)};
	return {ui, codes};
}

describe('openTenant in demo mode', () => {
	it('signs in through MSAL device code against the in-process simulator, on loopback only', async () => {
		const home = tempDir();
		const {ui, codes} = recordingUi();
		const opened = await openTenant(testSession({home, flags: {demo: true}}), {ui, host: {browserAvailable: true}});
		try {
			const account = await opened.signIn();
			expect(account).toMatchObject({tenantId: DEMO_TENANT.id, via: 'device-code', kind: 'user'});
			expect(codes).toHaveLength(1);
			expect(opened.session.cloud.graphOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			expect(opened.simulator?.log.entries.some(e => e.kind === 'identity')).toBe(true);
		} finally {
			await opened.close();
		}
		// A second run reuses the cached sign-in: no device code again.
		const again = await openTenant(testSession({home, flags: {demo: true}}), {ui, host: {browserAvailable: true}});
		try {
			expect((await again.signIn()).via).toBe('cache');
			expect(codes).toHaveLength(1);
		} finally {
			await again.close();
		}
	});

	it('keeps the demo tenant’s state between runs, and --fresh resets it (keeping a backup)', async () => {
		const home = tempDir();
		const {ui} = recordingUi();
		const first = await openTenant(testSession({home, flags: {demo: true}}), {ui, host: {browserAvailable: false}});
		await first.signIn();
		expect((await getSecurityDefaults(first.graph)).isEnabled).toBe(false);
		await setSecurityDefaults(first.graph, true);
		await first.close();
		const file = demoStateFile(first.session);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);

		const second = await openTenant(testSession({home, flags: {demo: true}}), {ui, host: {browserAvailable: false}});
		await second.signIn();
		expect((await getSecurityDefaults(second.graph)).isEnabled).toBe(true);
		await second.close();

		const fresh = await openTenant(testSession({home, flags: {demo: true, fresh: true}}), {
			ui,
			host: {browserAvailable: false},
		});
		await fresh.signIn();
		expect((await getSecurityDefaults(fresh.graph)).isEnabled).toBe(false);
		await fresh.close();
		expect(fs.readdirSync(fresh.session.paths.progressDir).some(f => f.includes('.demo-tenant.backup-'))).toBe(true);
	});
});
