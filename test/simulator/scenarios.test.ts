import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {isLegacySignIn} from '../../src/knowledge/legacy-protocols.js';
import {buildScenario} from '../../src/simulator/scenarios/index.js';
import type {SignInStore} from '../../src/simulator/signins/store.js';

const NOW = Date.parse('2026-11-20T09:00:00Z');

function fingerprint(store: SignInStore): string {
	const hash = createHash('sha256');
	for (const column of Object.values(store.cols))
		hash.update(Buffer.from(column.buffer, column.byteOffset, store.count * column.BYTES_PER_ELEMENT));
	hash.update(JSON.stringify(store.dicts.users.values));
	hash.update(JSON.stringify(store.dicts.clientApps.values));
	return hash.digest('hex');
}

describe('contoso scenario', () => {
	it('is the same tenant for every seed, with a sign-in history that is a pure function of seed and clock', () => {
		const a = buildScenario('contoso', {now: NOW, seed: 1});
		const b = buildScenario('contoso', {now: NOW, seed: 1});
		const c = buildScenario('contoso', {now: NOW, seed: 2});
		expect(b.state).toEqual(a.state);
		expect(fingerprint(b.signIns)).toBe(fingerprint(a.signIns));
		expect(fingerprint(c.signIns)).not.toBe(fingerprint(a.signIns));
		expect({...c.state, seed: 1}).toEqual(a.state);
		const later = buildScenario('contoso', {now: NOW + 5 * 86_400_000, seed: 1});
		const newest = later.signIns.cols.time[0]! * 1000;
		expect(newest).toBeGreaterThan(NOW + 4 * 86_400_000);
	});

	it('tells the story the wizard needs', () => {
		const {state, signIns} = buildScenario('contoso', {now: NOW, seed: 1});
		expect(state.users).toHaveLength(44);
		expect(state.users.filter(u => u.userType === 'Guest')).toHaveLength(3);
		expect(state.users.filter(u => u.userType === 'Member' && !u.accountEnabled)).toHaveLength(2);
		expect(state.securityDefaults.isEnabled).toBe(false);
		expect(state.reportSettings.displayConcealedNames).toBe(true);
		const byProtocol = new Map<string, Set<string>>();
		for (let row = 0; row < signIns.count; row++) {
			const app = signIns.dicts.clientApps.values[signIns.cols.clientApp[row]!]!;
			const protocol = ['none', 'oAuth2', 'ropc', 'wsFederation', 'saml20', 'deviceCode'][signIns.cols.protocol[row]!]!;
			if (!isLegacySignIn(app, protocol)) continue;
			const user = signIns.dicts.users.values[signIns.cols.user[row]!]!.userPrincipalName.split('@')[0]!;
			byProtocol.set(app, (byProtocol.get(app) ?? new Set()).add(user));
		}
		expect(byProtocol.get('Authenticated SMTP')).toEqual(new Set(['scanner.3f']));
		expect(byProtocol.get('POP3')).toEqual(new Set(['robert.johnson']));
		expect(byProtocol.get('Exchange ActiveSync')).toEqual(new Set(['yujin.choi', 'minji.park']));
		expect(byProtocol.get('IMAP4')).toEqual(new Set(['support', 'jaehyun.han', 'hyejin.oh', 'michael.brown']));
	});
});

describe('large scenario', () => {
	it('generates exactly the requested counts, deterministically by seed', () => {
		const a = buildScenario('large', {now: NOW, seed: 42, users: 3000, signIns: 40_000});
		const b = buildScenario('large', {now: NOW, seed: 42, users: 3000, signIns: 40_000});
		const c = buildScenario('large', {now: NOW, seed: 43, users: 3000, signIns: 40_000});
		expect(a.state.users).toHaveLength(3000);
		expect(a.signIns.count).toBe(40_000);
		expect(fingerprint(b.signIns)).toBe(fingerprint(a.signIns));
		expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state));
		expect(fingerprint(c.signIns)).not.toBe(fingerprint(a.signIns));
		expect(c.state.users[5]!.userPrincipalName).not.toBe(a.state.users[5]!.userPrincipalName);
	});

	it('has realistic mixes: guests, disabled, admins, legacy and automation sign-ins inside the window', () => {
		const {state, signIns} = buildScenario('large', {now: NOW, seed: 1, users: 5000, signIns: 60_000});
		const guests = state.users.filter(u => u.userType === 'Guest').length;
		expect(guests).toBeGreaterThan(50);
		expect(guests).toBeLessThan(150);
		expect(state.users.filter(u => !u.accountEnabled).length).toBeGreaterThan(100);
		expect(state.roleAssignments.length).toBeGreaterThan(10);
		const counts = new Map<string, number>();
		let failures = 0;
		let outside = 0;
		for (let row = 0; row < signIns.count; row++) {
			const app = signIns.dicts.clientApps.values[signIns.cols.clientApp[row]!]!;
			counts.set(app, (counts.get(app) ?? 0) + 1);
			if (signIns.dicts.statuses.values[signIns.cols.status[row]!]!.errorCode !== 0) failures++;
			const t = signIns.cols.time[row]! * 1000;
			if (t >= NOW || t < NOW - 30 * 86_400_000) outside++;
		}
		expect(outside).toBe(0);
		const legacy =
			(counts.get('IMAP4') ?? 0) +
			(counts.get('POP3') ?? 0) +
			(counts.get('Authenticated SMTP') ?? 0) +
			(counts.get('Exchange ActiveSync') ?? 0);
		expect(legacy / signIns.count).toBeGreaterThan(0.01);
		expect(legacy / signIns.count).toBeLessThan(0.15);
		expect(failures / signIns.count).toBeLessThan(0.1);
		expect(counts.get('Mobile Apps and Desktop clients')!).toBeGreaterThan(counts.get('Browser')!);
	});
});
