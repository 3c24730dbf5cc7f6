import {describe, expect, it} from 'vitest';
import {type Change, type ChangeTransport, changeId, redactBody} from '../../src/changes/change.js';
import {type JournalEntry, memoryJournal, parseJournal, undoable} from '../../src/changes/journal.js';
import {ChangeRunner} from '../../src/changes/runner.js';
import {UserError} from '../../src/errors.js';
import {en} from '../helpers/translator.js';

/** A tiny CA-policy store standing in for Graph: enough to test the runner's protocol, not Graph itself. */
function fakeTenant() {
	const policies = new Map<string, Record<string, unknown>>();
	const sent: string[] = [];
	let next = 1;
	const transport: ChangeTransport = {
		async request(spec) {
			const method = spec.method ?? 'GET';
			const match = /^\/identity\/conditionalAccess\/policies(?:\/([^/?]+))?/.exec(spec.path);
			if (!match) throw new Error(`no route ${spec.path}`);
			const id = match[1];
			if (method !== 'GET') sent.push(`${method} ${spec.path}`);
			if (method === 'GET' && !id) return {status: 200, body: {value: [...policies.values()]} as never};
			if (method === 'GET') {
				const policy = policies.get(id!);
				if (policy) return {status: 200, body: policy as never};
				if (spec.acceptStatus?.includes(404)) return {status: 404, body: undefined as never};
				throw new Error('404');
			}
			if (method === 'POST') {
				const created = {...(spec.body as object), id: `p${next++}`, modifiedDateTime: 't0'};
				policies.set(created.id, created);
				return {status: 201, body: created as never};
			}
			if (method === 'PATCH') {
				policies.set(id!, {...policies.get(id!), ...(spec.body as object)});
				return {status: 204, body: undefined as never};
			}
			policies.delete(id!);
			return {status: 204, body: undefined as never};
		},
	};
	return {
		policies,
		sent,
		transport,
	};
}

const NAME = 'MFA-ONBOARD Require MFA for all users';

function createPolicy(): Change {
	return {
		id: changeId('enforce', 'ca-create', 'mfa-all-users'),
		step: 'enforce',
		title: {key: 'changes.stateCreate'},
		why: {key: 'changes.stateCreate'},
		confirmation: 'confirm',
		request: {
			method: 'POST',
			version: 'v1.0',
			path: '/identity/conditionalAccess/policies',
			body: {displayName: NAME, state: 'enabledForReportingButNotEnforced'},
			scopes: ['Policy.ReadWrite.ConditionalAccess'],
		},
		async find(graph) {
			const {body} = await graph.request<{value: {id: string; displayName: string}[]}>({
				path: '/identity/conditionalAccess/policies',
			});
			const policy = body.value.find(p => p.displayName === NAME);
			return policy ? {objectId: policy.id, done: true} : undefined;
		},
		async verify(graph, objectId) {
			const {status} = await graph.request({
				path: `/identity/conditionalAccess/policies/${objectId}`,
				acceptStatus: [404],
			});
			return status === 200;
		},
		undo: objectId => ({
			request: {
				method: 'DELETE',
				version: 'v1.0',
				path: `/identity/conditionalAccess/policies/${objectId}`,
				scopes: ['Policy.ReadWrite.ConditionalAccess'],
			},
			check: {
				path: `/identity/conditionalAccess/policies/${objectId}`,
				version: 'v1.0',
				fields: ['modifiedDateTime', 'state'],
			},
		}),
	};
}

let clock = 0;
const now = () => `2026-11-26T10:00:${String(clock++ % 60).padStart(2, '0')}Z`;

describe('ChangeRunner', () => {
	it('journals before and after, creates once, verifies, and plans its undo', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		const entry = await runner.apply(createPolicy());
		expect(entry).toMatchObject({status: 'applied', objectId: 'p1', verified: true});
		expect(entry.undo).toMatchObject({request: {method: 'DELETE', path: '/identity/conditionalAccess/policies/p1'}});
		expect(entry.after).toEqual({modifiedDateTime: 't0', state: 'enabledForReportingButNotEnforced'});
		expect(tenant.sent).toEqual(['POST /identity/conditionalAccess/policies']);
		expect(parseJournal(journal.entries as unknown[])).toHaveLength(1);
	});

	it('finds an existing object and sends nothing on a re-run (idempotent)', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		await runner.apply(createPolicy());
		const again = await runner.apply(createPolicy());
		// Already journaled as applied and still in the tenant: nothing sent, nothing journaled again.
		expect(again.status).toBe('applied');
		expect(journal.entries).toHaveLength(1);
		expect(tenant.sent).toHaveLength(1);
		expect(tenant.policies.size).toBe(1);
		// Found in place without this tool having made it: journaled once as "already done".
		const other = memoryJournal();
		const fresh = new ChangeRunner({transport: tenant.transport, journal: other, now, t: en});
		expect((await fresh.apply(createPolicy())).status).toBe('already-done');
		expect((await fresh.apply(createPolicy())).status).toBe('already-done');
		expect(other.entries).toHaveLength(1);
	});

	it.each([0, 1, 2, 3, 4, 5, 6])(
		'a kill at save/request #%i then a resume ends with one policy and a settled journal',
		async point => {
			// Given a runner whose process dies at the point-th journal save or request…
			const tenant = fakeTenant();
			const journal = memoryJournal();
			// Events in order: find (GET), save "applying", POST, save "applied", verify (GET), check (GET), save final.
			let events = 0;
			let dead = false;
			const step = () => {
				if (events++ === point) dead = true;
				if (dead) throw new Error('process killed');
			};
			const dying: ChangeTransport = {
				request: spec => {
					step();
					return tenant.transport.request(spec);
				},
			};
			const sink = {
				load: () => journal.load(),
				save: (entries: readonly JournalEntry[]) => {
					step();
					journal.save(entries);
				},
			};
			await new ChangeRunner({transport: dying, journal: sink, now, t: en})
				.apply(createPolicy())
				.catch(() => undefined);
			// …when a new process resumes…
			const resumed = await new ChangeRunner({transport: tenant.transport, journal, now, t: en}).apply(createPolicy());
			// …the tenant has exactly one policy and the journal says it is in effect.
			expect(tenant.policies.size).toBe(1);
			expect(['applied', 'already-done']).toContain(resumed.status);
			expect(tenant.sent.filter(s => s.startsWith('POST'))).toHaveLength(1);
			expect(journal.entries.filter(e => e.status === 'applying')).toHaveLength(0);
		},
	);

	it('undo deletes what it created and marks the entry undone', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		await runner.apply(createPolicy());
		const [entry] = undoable(journal.entries);
		const undone = await runner.undo(entry!);
		expect(undone.status).toBe('undone');
		expect(tenant.policies.size).toBe(0);
		expect(undoable(journal.entries)).toEqual([]);
		await expect(runner.undo(undone)).rejects.toMatchObject({code: 'undo-not-applied'});
	});

	it('refuses to undo an object someone else edited since, unless forced', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		const entry = await runner.apply(createPolicy());
		tenant.policies.set('p1', {...tenant.policies.get('p1'), state: 'enabled', modifiedDateTime: 't9'});
		const error = await runner.undo(entry).catch(e => e as UserError);
		expect(error).toBeInstanceOf(UserError);
		expect((error as UserError).code).toBe('undo-drift');
		expect((error as UserError).nextSteps[0]).toContain('--force');
		expect(tenant.policies.size).toBe(1);
		await runner.undo(entry, {force: true});
		expect(tenant.policies.size).toBe(0);
	});

	it('says why a change cannot be undone', async () => {
		const tenant = fakeTenant();
		const runner = new ChangeRunner({transport: tenant.transport, journal: memoryJournal(), now, t: en});
		const entry = await runner.apply({
			...createPolicy(),
			undo: () => ({impossible: {key: 'changes.statusUnknown'}}),
		});
		await expect(runner.undo(entry)).rejects.toThrow('cannot be undone: outcome unknown');
	});

	it('does not resend a non-repeatable change after a crash: its outcome is reported unknown', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const change: Change = {...createPolicy(), find: undefined, repeatable: false};
		const applying: JournalEntry = {
			changeId: change.id,
			step: 'enforce',
			title: change.title,
			why: change.why,
			request: change.request,
			status: 'applying',
			startedAt: now(),
		};
		journal.save([applying]);
		const entry = await new ChangeRunner({transport: tenant.transport, journal, now, t: en}).apply(change);
		expect(entry.status).toBe('unknown');
		expect(tenant.sent).toEqual([]);
	});

	it('never journals a secret', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const change: Change = {
			...createPolicy(),
			find: undefined,
			request: {
				...createPolicy().request,
				body: {displayName: NAME, passwordProfile: {password: 'Tmp-Secret-123!', forceChangePasswordNextSignIn: true}},
			},
			secretPaths: ['passwordProfile.password'],
		};
		await new ChangeRunner({transport: tenant.transport, journal, now, t: en}).apply(change);
		expect(JSON.stringify(journal.entries)).not.toContain('Tmp-Secret-123!');
		expect(JSON.stringify(journal.entries)).toContain('[redacted]');
		expect(redactBody({a: {b: 'x'}}, ['a.b', 'a.missing', 'z.y'])).toEqual({a: {b: '[redacted]'}});
	});

	it('previews without writing: create, then unchanged once applied', async () => {
		const tenant = fakeTenant();
		const runner = new ChangeRunner({transport: tenant.transport, journal: memoryJournal(), now, t: en});
		expect((await runner.preview(createPolicy())).state).toBe('create');
		expect(tenant.sent).toEqual([]);
		await runner.apply(createPolicy());
		expect((await runner.preview(createPolicy())).state).toBe('unchanged');
	});

	it('gives stable, readable change ids', () => {
		expect(changeId('enforce', 'ca-create', 'x')).toBe(changeId('enforce', 'ca-create', 'x'));
		expect(changeId('enforce', 'ca-create', 'x')).not.toBe(changeId('enforce', 'ca-create', 'y'));
		expect(changeId('enforce', 'ca-create', 'x')).toMatch(/^enforce\.ca-create\.[0-9a-f]{8}$/);
	});

	it('a kill at any save or request leaves, after the resume, the journal of an uninterrupted run', async () => {
		const reference = memoryJournal();
		const refTenant = fakeTenant();
		await new ChangeRunner({transport: refTenant.transport, journal: reference, now: () => 't', t: en}).apply(
			createPolicy(),
		);
		const strip = (entries: readonly JournalEntry[]) => entries.map(({startedAt: _s, finishedAt: _f, ...e}) => e);
		for (let point = 0; point < 7; point++) {
			const tenant = fakeTenant();
			const journal = memoryJournal();
			let events = 0;
			let dead = false;
			const step = () => {
				if (dead || events++ === point) {
					dead = true;
					throw new Error('killed');
				}
			};
			const dying: ChangeTransport = {
				request: spec => {
					step();
					return tenant.transport.request(spec);
				},
			};
			const sink = {
				load: () => journal.load(),
				save: (e: readonly JournalEntry[]) => {
					step();
					journal.save(e);
				},
			};
			await new ChangeRunner({transport: dying, journal: sink, now: () => 't', t: en})
				.apply(createPolicy())
				.catch(() => undefined);
			await new ChangeRunner({transport: tenant.transport, journal, now: () => 't', t: en}).apply(createPolicy());
			expect(strip(journal.entries)).toEqual(strip(reference.entries));
		}
	});

	it('an undo interrupted after it reached the tenant is finished without sending again', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		const entry = await runner.apply({
			...createPolicy(),
			request: {...createPolicy().request},
			find: undefined,
			before: async () => ({state: 'disabled'}),
			undo: (objectId, before) => ({
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: `/identity/conditionalAccess/policies/${objectId}`,
					body: before as never,
					scopes: [],
				},
				check: {path: `/identity/conditionalAccess/policies/${objectId}`, version: 'v1.0', fields: ['state']},
			}),
		});
		// The undo's PATCH reached the tenant, but the journal was never updated (the process died).
		tenant.policies.set('p1', {...tenant.policies.get('p1'), state: 'disabled'});
		expect((await runner.checkUndo(entry)).state).toBe('already');
		const sent = tenant.sent.length;
		expect((await runner.undo(entry)).status).toBe('undone');
		expect(tenant.sent).toHaveLength(sent);
	});

	it('refuses to undo a change to an object that no longer exists, and deletes of vanished objects succeed', async () => {
		const tenant = fakeTenant();
		const journal = memoryJournal();
		const runner = new ChangeRunner({transport: tenant.transport, journal, now, t: en});
		const created = await runner.apply(createPolicy());
		tenant.policies.delete('p1');
		expect((await runner.checkUndo(created)).state).toBe('gone');
		expect((await runner.undo(created)).status).toBe('undone');
		const patched = {
			...created,
			status: 'applied' as const,
			undo: {
				request: {
					method: 'PATCH' as const,
					version: 'v1.0' as const,
					path: '/identity/conditionalAccess/policies/p1',
					scopes: [],
				},
				check: {path: '/identity/conditionalAccess/policies/p1', version: 'v1.0' as const, fields: ['state']},
			},
		};
		await expect(runner.undo(patched)).rejects.toMatchObject({code: 'undo-gone'});
	});
});
