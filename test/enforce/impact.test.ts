/**
 * Report-only impact read back from the sign-in log, and the estimates beside a policy too young to judge.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {upnOf} from '../../src/simulator/scenarios/contoso.js';
import {analyse, reportOnlySlots} from '../../src/steps/enforce/analysis.js';
import {estimate} from '../../src/steps/enforce/estimate.js';
import type {EnforceFindings} from '../../src/steps/enforce/findings.js';
import {type ImpactTarget, readImpact, recentMfaSignIn} from '../../src/steps/enforce/impact.js';
import {type EnforceEnv, enforceEnv} from '../helpers/enforce-env.js';

let env: EnforceEnv | undefined;
afterEach(async () => {
	await env?.close();
	env = undefined;
});

async function targets(options: Parameters<typeof enforceEnv>[0] = {}) {
	env = await enforceEnv({breakGlass: [upnOf('emergency01')], signIns: true, ...options});
	await env.engine.ensureAssessment();
	await env.engine.assess('enforce');
	await env.engine.apply('enforce', env.engine.plan('enforce'));
	const findings = await env.engine.reassess<EnforceFindings>('enforce');
	const analysis = analyse(findings, env.engine.breakGlass, env.engine.effectiveAnswers('enforce'));
	const list: ImpactTarget[] = reportOnlySlots(analysis).map(s => ({
		policyId: s.policy!.id,
		key: s.key,
		name: s.policy!.displayName,
		since: String(s.policy!.createdDateTime),
	}));
	return {findings, list, now: env.engine.context().now(), e: env};
}

describe('report-only impact', () => {
	it('reads what the 21-day-old report-only policy would have done, and says the new ones are too young', async () => {
		const {list, now, e} = await targets();
		const result = await readImpact(e.graph, list, {now});
		expect(result.complete).toBe(true);
		expect(result.problem).toBeUndefined();
		const old = result.policies.find(p => p.target.key === 'mfaAllUsers')!;
		expect(old.daysRun).toBe(21);
		expect(old.longEnough).toBe(true);
		expect(old.challenged + old.blocked).toBeGreaterThan(0);
		expect(old.affectedUsers).toBeGreaterThan(5);
		// The shared mailbox read over IMAP would have failed MFA (legacy protocols cannot do it).
		const support = old.users.find(u => u.userPrincipalName === upnOf('support'));
		expect(support?.blocked).toBeGreaterThan(0);
		expect(support?.apps).toContain('IMAP4');
		// Most affected first.
		const totals = old.users.map(u => u.blocked + u.challenged);
		expect([...totals].sort((a, b) => b - a)).toEqual(totals);
		for (const fresh of result.policies.filter(p => p.target.key !== 'mfaAllUsers')) {
			expect(fresh.daysRun).toBe(0);
			expect(fresh.longEnough).toBe(false);
			expect(fresh.blocked + fresh.challenged).toBe(0);
		}
		// Reads only, and only the sign-in log.
		expect(e.sim.log.writes()).toBe(4);
	});

	it('keeps memory bounded (users in detail capped, all counted) and says when a read was cut short', async () => {
		const {list, now, e} = await targets();
		const capped = await readImpact(e.graph, list, {now, maxUsers: 3, maxPages: 1});
		const old = capped.policies.find(p => p.target.key === 'mfaAllUsers')!;
		expect(old.users).toHaveLength(3);
		expect(old.affectedUsers).toBeGreaterThanOrEqual(3);
		expect(capped.complete).toBe(false);
		// A cut read covers the newest sign-ins: its period starts at the oldest one read, not at the policy's start.
		expect(old.from > old.target.since).toBe(true);
	});

	it('reports an unreadable log instead of failing (no P1: the sign-in API refuses)', async () => {
		const {list, now, e} = await targets();
		e.sim.control.setLicences('free');
		const result = await readImpact(e.graph, list, {now});
		expect(result.problem?.reason).toMatch(/licence|permission/);
		expect(result.complete).toBe(false);
	});

	it('estimates from the assessment what a young policy will catch', async () => {
		const {findings} = await targets();
		const legacy = estimate(findings, 'blockLegacy');
		expect(legacy.basis).toBe('legacyUsers');
		expect(legacy.examples).toContain(upnOf('support'));
		expect(estimate(findings, 'mfaAdmins').basis).toBe('unregisteredAdmins');
		expect(estimate(findings, 'mfaAllUsers').count).toBeGreaterThan(0);
	});

	it('knows whether the signed-in admin did MFA recently', async () => {
		const {e} = await targets();
		const admin = e.engine.assessment!.signedIn!;
		const since = new Date(Date.now() - 40 * 86_400_000).toISOString();
		expect(await recentMfaSignIn(e.graph, admin.id!, since)).toBe(true);
		expect(await recentMfaSignIn(e.graph, admin.id!, new Date(Date.now() + 60_000).toISOString())).toBe(false);
	});
});
