/**
 * Branch `enforce`: a child process for the real kill -9 test. It runs step 6's apply (enforce-flow.ts) against the
 * in-process simulator, whose state is written to `stateFile` before it answers each write (as the demo runtime does),
 * with the progress file in `home`; at event `killAt` it sends itself SIGKILL. Without `killAt` it runs to the end and
 * prints the events it went through as JSON.
 * Usage: node <bundled child> <home> <stateFile> [killAt] (kill-process.test.ts bundles it with esbuild).
 */
import fs from 'node:fs';
import {createGraph} from '../../src/graph/client.js';
import {createSimulator} from '../../src/simulator/index.js';
import {storeJournal} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {collectForEnforce} from './enforce-assessment.js';
import {runEnforceFlow} from './enforce-flow.js';
import {testSession} from './session.js';
import {en} from './translator.js';

const [home, stateFile, killArg] = process.argv.slice(2);
if (!home || !stateFile) throw new Error('usage: enforce-kill-child <home> <stateFile> [killAt]');
const killAt = killArg === undefined ? -1 : Number(killArg);
const T0 = Date.parse('2026-11-26T10:00:00Z');
const BREAK_GLASS = ['emergency01@contosopartner.onmicrosoft.com', 'emergency02@contosopartner.onmicrosoft.com'];

const sim = createSimulator({clock: {now: () => T0}, story: {exchangeAdminDelayMs: false}});
if (fs.existsSync(stateFile)) await sim.loadFrom(stateFile);
sim.onChange = s => {
	const tmp = `${stateFile}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, JSON.stringify(s.snapshot()), {mode: 0o600});
	fs.renameSync(tmp, stateFile);
};
const url = await sim.start();
const session = testSession({home, now: () => T0, flags: {graphEndpoint: url}});
const graph = createGraph({session, tokens: {getToken: async () => sim.issueToken({})}, pacing: false});
const store = ProgressStore.open({
	dir: session.paths.progressDir,
	tenant: {id: sim.tenantId},
	mode: 'demo',
	now: () => session.clock.nowIso(),
	t: en,
});
const assessment = await collectForEnforce(graph, {now: new Date(T0), breakGlass: BREAK_GLASS, t: en, signIns: false});
const events: string[] = [];
await runEnforceFlow({
	graph,
	journal: storeJournal(store),
	assessment,
	breakGlass: BREAK_GLASS,
	answers: {path: 'conditionalAccess', userRiskPolicy: true},
	now: () => session.clock.nowIso(),
	t: en,
	onEvent: event => {
		if (events.length === killAt) process.kill(process.pid, 'SIGKILL');
		events.push('method' in event ? `${event.kind} ${event.method}` : event.kind);
	},
});
await sim.stop();
process.stdout.write(JSON.stringify(events));
