/**
 * A kill at any point of step 6's apply, then a resume, never duplicates a policy or loses the journal (issue 7).
 *
 * In process: the run dies at a seeded random event — before or after any request (after = the tenant applied it
 * and the answer was lost), before or after any journal save — everything in memory is dropped, the tenant comes back
 * from its saved state (as the demo's does after a kill -9), the progress file is opened again, the tenant re-read,
 * and the flow runs to the end. The end state and the journal must equal an uninterrupted run's.
 * (The same with a real SIGKILL of a child process is in kill-process.test.ts.)
 */
import {describe, expect, it} from 'vitest';
import {collect} from '../../src/assessment/collect.js';
import {createGraph} from '../../src/graph/client.js';
import {createSimulator, type Simulator} from '../../src/simulator/index.js';
import {storeJournal} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {policySnapshot} from '../helpers/enforce-env.js';
import {normaliseJournal, runEnforceFlow} from '../helpers/enforce-flow.js';
import {testSession} from '../helpers/session.js';
import {tempDir} from '../helpers/tmp.js';
import {en} from '../helpers/translator.js';

const T0 = Date.parse('2026-11-26T10:00:00Z');
const BREAK_GLASS = ['emergency01@contosopartner.onmicrosoft.com', 'emergency02@contosopartner.onmicrosoft.com'];
const ANSWERS = {path: 'conditionalAccess', userRiskPolicy: true};

class Killed extends Error {}

function simulator(state?: ReturnType<Simulator['snapshot']>): Simulator {
	const sim = createSimulator({clock: {now: () => T0}, story: {exchangeAdminDelayMs: false}});
	if (state) sim.restore(state);
	return sim;
}

/** One process's life: sign in to the tenant, open the progress file, re-read the tenant, run the flow. */
async function life(sim: Simulator, home: string, onEvent?: Parameters<typeof runEnforceFlow>[0]['onEvent']) {
	const url = await sim.start();
	try {
		const session = testSession({home, now: () => T0, flags: {graphEndpoint: url}});
		const graph = createGraph({session, tokens: {getToken: async () => sim.issueToken({})}, pacing: false});
		const store = ProgressStore.open({
			dir: session.paths.progressDir,
			tenant: {id: sim.tenantId},
			mode: 'demo',
			now: () => session.clock.nowIso(),
			t: en,
		});
		const assessment = await collect(graph, {
			now: new Date(T0),
			breakGlass: BREAK_GLASS,
			t: en,
			toolVersion: '0.0.0-test',
			mode: 'demo',
			cloud: 'custom',
		});
		await runEnforceFlow({
			graph,
			journal: storeJournal(store),
			assessment,
			breakGlass: BREAK_GLASS,
			answers: ANSWERS,
			now: () => session.clock.nowIso(),
			t: en,
			onEvent,
		});
		return store;
	} finally {
		await sim.stop();
	}
}

function rng(seed: number): () => number {
	let x = seed * 2654435761;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 2 ** 32;
	};
}

describe('kill at a random point of apply, then resume (in process)', async () => {
	// The uninterrupted run: its events, end state and journal are the reference.
	const baseSim = simulator();
	const baseHome = tempDir();
	const log: string[] = [];
	const baseStore = await life(baseSim, baseHome, event => {
		log.push('method' in event ? `${event.kind} ${event.method}` : event.kind);
	});
	const events = log.length;
	const expectedState = policySnapshot(baseSim);
	const expectedJournal = normaliseJournal(storeJournal(baseStore).load());

	it('the reference run switched everything on and journaled it', () => {
		expect(events).toBeGreaterThan(40);
		expect((expectedState as {policies: {state: string}[]}).policies.every(p => p.state === 'enabled')).toBe(true);
		expect(expectedJournal.length).toBeGreaterThanOrEqual(8);
	});

	// Seeded random points (20, or MFA_ONBOARD_KILL_SEEDS for a deeper run), plus just before and just after every
	// write — the points that matter most, always all of them.
	const seeds = Array.from({length: Number(process.env.MFA_ONBOARD_KILL_SEEDS) || 20}, (_, i) => i + 1);
	const random = seeds.map(seed => ({name: `seed ${seed}`, killAt: Math.floor(rng(seed)() * events)}));
	const writes = log.flatMap((kind, index) =>
		/ (POST|PATCH|DELETE)$/.test(kind) ? [{name: `${kind} #${index}`, killAt: index}] : [],
	);
	const kinds = new Set<string>();
	it.each([...random, ...writes])('$name: same end state and journal, no duplicate', async ({killAt}) => {
		const sim = simulator();
		const home = tempDir();
		let count = 0;
		let killedAt: string | undefined;
		// Given a run that dies at event `killAt` — and, like a killed process, does nothing at all afterwards (no
		// error handler gets to write a "failed" entry)…
		await expect(
			life(sim, home, event => {
				if (killedAt !== undefined) throw new Killed('dead');
				if (count++ === killAt) {
					killedAt = 'method' in event ? `${event.kind} ${event.method}` : event.kind;
					throw new Killed(`killed at event ${killAt}`);
				}
			}),
		).rejects.toBeInstanceOf(Killed);
		expect(killedAt).toBeDefined();
		kinds.add(killedAt!);
		// …when a new process resumes on the tenant as it was saved…
		const resumed = simulator(sim.snapshot());
		const store = await life(resumed, home);
		// …the tenant and the journal are exactly those of a run that was never interrupted.
		expect(policySnapshot(resumed)).toEqual(expectedState);
		expect(normaliseJournal(storeJournal(store).load())).toEqual(expectedJournal);
		const names = resumed.tenant.state.caPolicies.map(p => p.displayName);
		expect(new Set(names).size).toBe(names.length);
	});

	it('the seeds killed before and after writes and before and after journal saves', () => {
		for (const kind of [
			'before-request PATCH',
			'after-request PATCH',
			'after-request POST',
			'before-save',
			'after-save',
		]) {
			expect([...kinds]).toContain(kind);
		}
	});
});
