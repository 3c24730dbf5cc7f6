/**
 * The Graph layer against the project's tenant simulator (issue 4 "Done when"): paging integrity, batch partial
 * failures, retry with Retry-After on a virtual clock, the sign-in-log pacer, the dry-run guard (zero writes in the
 * simulator's log), 401/403/licence translations and token redaction. The simulator writes its nextLinks with Graph's
 * real origin, as Graph does, and the client's origin rewrite sends them to loopback.
 */
import {afterEach, describe, expect, it} from 'vitest';
import type {UserError} from '../../src/errors.js';
import {batch, batchGet} from '../../src/graph/batch.js';
import {createGraph, type Graph, type GraphLogEntry} from '../../src/graph/client.js';
import {DryRunRefusal, GraphHttpError} from '../../src/graph/errors.js';
import {addGroupMember, listTransitiveMembers} from '../../src/graph/groups.js';
import {getOrganization} from '../../src/graph/organization.js';
import {Redactor} from '../../src/graph/redact.js';
import {translateError} from '../../src/graph/translate.js';
import {createUser, listUsers, resetPassword, revokeSignInSessions} from '../../src/graph/users.js';
import {createTranslator} from '../../src/i18n/index.js';
import {
	CONTOSO,
	contosoUserId,
	createSimulator,
	type Simulator,
	type SimulatorOptions,
} from '../../src/simulator/index.js';
import {virtualClock} from './helpers.js';

const t = createTranslator('en');
const running: Simulator[] = [];
afterEach(async () => {
	while (running.length > 0) await running.pop()!.stop();
});

interface SimGraph {
	sim: Simulator;
	graph: Graph;
	clock: ReturnType<typeof virtualClock>;
	logs: GraphLogEntry[];
	token: string;
}

async function simGraph(
	options: Partial<SimulatorOptions> & {dryRun?: boolean; scopes?: string[]; pacing?: false} = {},
): Promise<SimGraph> {
	const clock = virtualClock();
	const sim = createSimulator({clock, publicOrigin: 'https://graph.microsoft.com', ...options});
	running.push(sim);
	const origin = await sim.start();
	const token = sim.issueToken(options.scopes ? {scopes: options.scopes} : {});
	const redactor = new Redactor();
	redactor.add(token);
	const logs: GraphLogEntry[] = [];
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: origin},
			dryRun: options.dryRun ?? false,
			clock: {now: () => new Date(clock.now()), sleep: clock.sleep},
		},
		tokens: {getToken: async () => token},
		sleep: clock.sleep,
		now: clock.now,
		random: () => 0.5,
		redactor,
		onLog: entry => logs.push(entry),
		pacing: options.pacing,
	});
	return {sim, graph, clock, logs, token};
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of items) out.push(item);
	return out;
}

describe('against the simulator', () => {
	it('paging: every user exactly once across small pages, nextLinks followed verbatim', async () => {
		const {sim, graph} = await simGraph();
		const expected = sim.tenant.state.users.length;
		const pages: number[] = [];
		const users = await all(listUsers(graph, {top: 7, onPage: p => pages.push(p.items)}));
		expect(users).toHaveLength(expected);
		expect(new Set(users.map(u => u.id)).size).toBe(expected);
		expect(pages.length).toBe(Math.ceil(expected / 7));
		const paths = sim.log.entries.filter(e => e.kind === 'graph').map(e => `${e.path}?${e.query ?? ''}`);
		expect(paths.slice(1).every(p => p.includes('skiptoken'))).toBe(true);
	});

	it('paging: transitive members of a group', async () => {
		const {sim, graph} = await simGraph();
		const group = sim.tenant.state.groups[0]!;
		const members = await all(listTransitiveMembers(graph, group.id));
		expect(members.every(m => typeof m.id === 'string')).toBe(true);
	});

	it('$batch: partial failures come back per item, in order', async () => {
		const {graph} = await simGraph();
		const ids = [
			contosoUserId(CONTOSO.admin),
			'00000000-0000-0000-0000-00000000dead',
			contosoUserId(CONTOSO.exchangeAdmin),
		];
		const results = await batchGet<{id?: string}>(
			graph,
			ids.map(id => `/users/${id}?$select=id`),
		);
		expect(results.map(r => r.status)).toEqual([200, 404, 200]);
		expect(results[0]!.body?.id).toBe(ids[0]);
		expect(graph.stats().families.batch.requests).toBe(1);
	});

	it('$batch: injected inner 429s are retried alone, after their Retry-After, on virtual time', async () => {
		const {sim, graph, clock} = await simGraph({faultRate: 0.5, faultKinds: ['429'], seed: 7});
		const ids = sim.tenant.state.users.slice(0, 20).map(u => u.id);
		const results = await batchGet(
			graph,
			ids.map(id => `/users/${id}?$select=id`),
		);
		expect(results.every(r => r.status === 200)).toBe(true);
		const retried = results.filter(r => r.attempts > 1).length;
		expect(retried).toBeGreaterThan(0);
		expect(graph.stats().families.directory.throttled).toBeGreaterThanOrEqual(retried);
		// Every wait was a Retry-After the simulator sent (1–3 s), never a guess.
		expect(clock.sleeps.length).toBeGreaterThan(0);
		expect(clock.sleeps.every(ms => ms >= 1000 && ms <= 3000 && ms % 1000 === 0)).toBe(true);
	});

	it('retry: single requests wait exactly the Retry-After the simulator sent', async () => {
		const {sim, graph, clock} = await simGraph({faultRate: 0.35, faultKinds: ['429', '503'], seed: 3});
		for (let i = 0; i < 10; i++) await getOrganization(graph);
		const faults = sim.log.entries.filter(e => e.kind === 'graph' && e.fault);
		expect(faults.length).toBeGreaterThan(0);
		expect(clock.sleeps.length).toBe(faults.length);
		expect(graph.stats().families.directory.retries).toBe(faults.length);
		expect(clock.sleeps.every(ms => ms >= 1000 && ms % 1000 === 0)).toBe(true);
	});

	it('retry: connection resets on reads are retried', async () => {
		const {sim, graph} = await simGraph({faultRate: 0.4, faultKinds: ['reset'], seed: 5});
		for (let i = 0; i < 6; i++) await getOrganization(graph);
		expect(sim.log.entries.some(e => e.fault === 'reset')).toBe(true);
	});

	it('pacer: sign-in log calls stay at most 5 in any 10 s, so real throttling never answers 429', async () => {
		const {sim, graph} = await simGraph({throttle: 'real'});
		for (let i = 0; i < 12; i++) {
			// TODO(sim): the simulator core does not serve /auditLogs/signIns yet (501). The pacer's guarantee is about
			// when requests are sent, which the simulator's log records either way; once the route lands, call
			// listSignIns here and also expect 200s.
			await graph
				.request({path: `/auditLogs/signIns?$top=1&$filter=userId eq 'u${i}'`, scopes: ['AuditLog.Read.All']})
				.catch(e => {
					if (!(e instanceof GraphHttpError) || e.status !== 501) throw e;
				});
		}
		const times = sim.log.entries.filter(e => e.kind === 'graph' && e.path.includes('auditLogs')).map(e => e.at);
		expect(times).toHaveLength(12);
		for (const start of times)
			expect(times.filter(x => x >= start && x < start + 10_000).length).toBeLessThanOrEqual(5);
		expect(sim.log.entries.some(e => e.throttled)).toBe(false);
	});

	it('dry run: code paths that would write leave zero writes in the simulator’s log', async () => {
		const {sim, graph} = await simGraph({dryRun: true});
		const admin = contosoUserId(CONTOSO.admin);
		const group = sim.tenant.state.groups[0]!.id;
		const attempts = [
			() =>
				createUser(graph, {
					displayName: 'BG',
					mailNickname: 'bg',
					userPrincipalName: `bg@${sim.tenant.state.users[0]!.userPrincipalName.split('@')[1]}`,
					password: 'Tmp-Pass-123!',
				}),
			() => resetPassword(graph, admin, {password: 'Another-Pass-456!'}),
			() => revokeSignInSessions(graph, admin),
			() => addGroupMember(graph, group, admin),
			() =>
				batch(graph, [
					{url: `/users/${admin}`},
					{method: 'PATCH', url: `/users/${admin}`, body: {accountEnabled: false}},
				]),
		];
		for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(DryRunRefusal);
		// Reads still work in a dry run.
		expect((await getOrganization(graph)).id).toBe(sim.tenantId);
		expect(sim.log.writes()).toBe(0);
		expect(graph.refused).toHaveLength(5);
		expect(JSON.stringify(graph.refused)).not.toContain('Tmp-Pass-123!');
	});

	it('writes reach the simulator when not in a dry run (the guard is the only difference)', async () => {
		const {sim, graph} = await simGraph();
		await revokeSignInSessions(graph, contosoUserId(CONTOSO.exchangeAdmin));
		expect(sim.log.writes()).toBe(1);
	});

	it('401: an expired token becomes "sign in again" (exit 3)', async () => {
		const {graph, clock} = await simGraph();
		clock.advance(2 * 3600_000);
		const error = await getOrganization(graph).catch(e => e);
		expect(error).toBeInstanceOf(GraphHttpError);
		const userError = translateError(error, t) as UserError;
		expect(userError.code).toBe('graph-401');
		expect(userError.exitCode).toBe(3);
	});

	it('403: a token without User.Read.All names the permission and the role that grants it', async () => {
		const {graph} = await simGraph({scopes: ['User.Read']});
		const error = await all(listUsers(graph)).catch(e => e);
		const userError = translateError(error, t) as UserError;
		expect(userError.code).toBe('graph-403');
		expect(userError.hint).toContain('User.Read.All');
		expect(userError.hint).toContain('Directory Readers');
	});

	it('licence: signInActivity in a free tenant says what needs P1 and what the tool does instead', async () => {
		const {sim, graph} = await simGraph();
		sim.control.setLicences('free');
		const error = await all(listUsers(graph, {select: ['id', 'signInActivity']})).catch(e => e);
		const userError = translateError(error, t) as UserError;
		expect(userError.code).toBe('graph-licence');
		expect(userError.message).toContain('P1');
		expect(userError.hint).toContain('email-apps usage report');
	});

	it('redaction: no token in the verbose log, in errors or their translations', async () => {
		const {graph, logs, token, clock} = await simGraph({faultRate: 0.3, faultKinds: ['429'], seed: 2});
		for (let i = 0; i < 5; i++) await getOrganization(graph);
		clock.advance(2 * 3600_000);
		const error = await getOrganization(graph).catch(e => e);
		const translated = translateError(error, t, graph.redactor) as UserError;
		const text = JSON.stringify(logs) + error.message + translated.message + (translated.hint ?? '');
		expect(logs.length).toBeGreaterThan(5);
		expect(text).not.toContain(token);
		expect(text).not.toContain(token.split('.')[1]!);
	});
});
