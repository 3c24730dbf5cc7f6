/**
 * Conditional Access writes are paced to about one per second by the Graph layer (GRAPH.md §6, §11: Graph throttles
 * them without a Retry-After). Step 6's apply against the simulator with Graph's real throttling, on virtual time:
 * every CA write at least a second after the previous one's answer, and not one 429.
 */
import {describe, expect, it} from 'vitest';
import {memoryJournal} from '../../src/changes/journal.js';
import {createGraph} from '../../src/graph/client.js';
import {createSimulator} from '../../src/simulator/index.js';
import {virtualClock} from '../graph/helpers.js';
import {collectForEnforce} from '../helpers/enforce-assessment.js';
import {runEnforceFlow} from '../helpers/enforce-flow.js';
import {en} from '../helpers/translator.js';

describe('CA write pacing', () => {
	it('keeps step 6’s CA writes about a second apart, with no 429 from Graph’s real throttling', async () => {
		const clock = virtualClock();
		const sim = createSimulator({clock, throttle: 'real', story: {exchangeAdminDelayMs: false}});
		const origin = await sim.start();
		try {
			const graph = createGraph({
				session: {
					cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: origin},
					dryRun: false,
					clock: {now: () => new Date(clock.now()), sleep: clock.sleep},
				},
				tokens: {getToken: async () => sim.issueToken({})},
				sleep: clock.sleep,
				now: clock.now,
				random: () => 0.5,
			});
			const now = () => new Date(clock.now()).toISOString();
			const breakGlass = ['emergency01@contosopartner.onmicrosoft.com'];
			const assessment = await collectForEnforce(graph, {
				now: new Date(clock.now()),
				breakGlass,
				t: en,
				signIns: false,
			});
			await runEnforceFlow({
				graph,
				journal: memoryJournal(),
				assessment,
				breakGlass,
				answers: {path: 'conditionalAccess', userRiskPolicy: true},
				now,
				t: en,
			});
			const writes = sim.log.entries.filter(
				e => e.kind === 'graph' && e.method !== 'GET' && e.path.includes('/identity/conditionalAccess/'),
			);
			expect(writes).toHaveLength(8);
			expect(sim.log.entries.filter(e => e.status === 429)).toEqual([]);
			const times = writes.map(e => Date.parse(e.at));
			for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
		} finally {
			await sim.stop();
		}
	});
});
