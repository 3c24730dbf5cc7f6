/**
 * `mfa-onboard undo`: newest first, dry-run (zero writes, the exact requests), confirmation (typed domain; declined or
 * mistyped → zero writes), the drift refusal and --force, a single change id, no terminal, and the flag table refusing
 * --yes. Against the simulator, after step 6 applied its changes through the wizard engine.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {undoable} from '../../src/changes/journal.js';
import {parseArgs} from '../../src/cli/parse.js';
import {runUndo, type UndoIo, undoConfirmation} from '../../src/commands/undo.js';
import type {OpenedTenant} from '../../src/runtime/open-tenant.js';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import {revokeSessionsChange} from '../../src/steps/recovery/changes.js';
import {type EnforceEnv, enforceEnv, policySnapshot} from '../helpers/enforce-env.js';
import {testSession} from '../helpers/session.js';
import {en} from '../helpers/translator.js';

const DOMAIN = 'contosopartner.onmicrosoft.com';
let env: EnforceEnv | undefined;
afterEach(async () => {
	await env?.close();
	env = undefined;
});

/** Step 6 applied in full (report-only, then switched on); returns the tenant's starting policies. */
async function applied() {
	env = await enforceEnv({breakGlass: [upnOf('emergency01'), upnOf('emergency02')]});
	const initial = policySnapshot(env.sim);
	await env.engine.ensureAssessment();
	await env.engine.assess('enforce');
	await env.engine.apply('enforce', env.engine.plan('enforce'));
	await env.engine.reassess('enforce');
	env.engine.answer('enforce', 'enable', true);
	await env.engine.apply('enforce', env.engine.plan('enforce'));
	return {e: env, initial};
}

function undo(
	e: EnforceEnv,
	options: {args?: string[]; all?: boolean; dryRun?: boolean; force?: boolean; answer?: string | null},
) {
	const session = testSession({
		home: e.home,
		command: 'undo',
		args: options.args ?? [],
		flags: {all: options.all ?? false, dryRun: options.dryRun ?? false, force: options.force ?? false},
	});
	const out: string[] = [];
	const questions: string[] = [];
	const opened = {
		session,
		graph: e.graph,
		signIn: async () => ({username: upnOf('sarah.chen'), tenantId: e.sim.tenantId}),
		close: async () => undefined,
	} as unknown as OpenedTenant;
	const io: UndoIo = {
		out: text => out.push(text),
		err: text => out.push(text),
		ui: {} as UndoIo['ui'],
		host: {browserAvailable: false},
		opened,
		prompt:
			options.answer === null
				? undefined
				: async question => {
						questions.push(question);
						return options.answer ?? DOMAIN;
					},
	};
	return {run: () => runUndo(session, io), out, questions};
}

describe('mfa-onboard undo', () => {
	it('--all --dry-run shows the exact requests newest first and sends nothing', async () => {
		const {e} = await applied();
		const writes = e.sim.log.writes();
		const u = undo(e, {all: true, dryRun: true});
		const result = await u.run();
		expect(result.undone).toEqual([]);
		expect(e.sim.log.writes()).toBe(writes);
		const text = u.out.join('');
		expect(text).toContain('[Dry run] Would PATCH /v1.0/identity/conditionalAccess/policies/');
		expect(text).toContain('[Dry run] Would DELETE /v1.0/identity/conditionalAccess/policies/');
		expect(text.indexOf('Switch on')).toBeLessThan(text.indexOf('Create “'));
		expect(u.questions).toEqual([]);
	});

	it.each([
		['declined with an empty line', ''],
		['with the wrong domain typed', 'contoso.com'],
	])('sends nothing when %s', async (_name, answer) => {
		const {e} = await applied();
		const writes = e.sim.log.writes();
		const u = undo(e, {all: true, answer});
		expect((await u.run()).undone).toEqual([]);
		expect(e.sim.log.writes()).toBe(writes);
		// It lifts protection: the question asks for the domain, not a y.
		expect(u.questions[0]).toContain(DOMAIN);
		expect(undoable(e.engine.journal).length).toBeGreaterThan(0);
	});

	it('with the domain typed, undoes everything newest first: the tenant is back to its starting policies', async () => {
		const {e, initial} = await applied();
		const count = undoable(e.engine.journal).length;
		const u = undo(e, {all: true});
		const result = await u.run();
		expect(result.undone).toHaveLength(count);
		expect(policySnapshot(e.sim)).toEqual(initial);
		expect(undoable(e.reopen().engine.journal)).toEqual([]);
		expect(u.out.join('')).toContain(`${count} changes undone`);
		// The step is open again: the wizard offers it on the next run.
		expect(e.reopen().engine.answers('enforce')).toBeDefined();
		expect(e.reopen().store.progress.steps.enforce.status).not.toBe('done');
	});

	it('--all leaves what cannot be undone (revoked sessions) as it is, says why, and undoes the rest', async () => {
		const {e, initial} = await applied();
		const emily = {id: contosoUserId(CONTOSO.leakedUser), userPrincipalName: upnOf(CONTOSO.leakedUser)};
		await e.engine.apply('recovery', [revokeSessionsChange(emily)]);
		const u = undo(e, {all: true});
		const result = await u.run();
		expect(u.out.join('')).toContain(
			`Left as it is: “Revoke the sign-in sessions of ${emily.userPrincipalName}” cannot be undone: revoked sessions cannot be restored`,
		);
		expect(policySnapshot(e.sim)).toEqual(initial);
		expect(undoable(e.reopen().engine.journal).map(entry => entry.step)).toEqual(['recovery']);
		expect(result.undone.some(id => id.startsWith('recovery.'))).toBe(false);
	});

	it('refuses when someone else edited an object since, stops there, and --force goes ahead', async () => {
		const {e, initial} = await applied();
		e.sim.control.mutate(state => {
			const ours = state.caPolicies.find(p => p.displayName.includes('[mfao:admins]'))!;
			ours.displayName = 'Renamed by a colleague [mfao:admins]';
		});
		const u = undo(e, {all: true});
		await expect(u.run()).rejects.toMatchObject({code: 'undo-drift'});
		// Newer changes were undone up to the edited object; the rest is still in effect.
		expect(undoable(e.reopen().engine.journal).length).toBeGreaterThan(0);
		const forced = undo(e, {all: true, force: true});
		await forced.run();
		const after = policySnapshot(e.sim) as {policies: unknown[]};
		expect(after.policies).toHaveLength((initial as {policies: unknown[]}).policies.length);
	});

	it('undoes one change by its id, and names the known ids for an unknown one', async () => {
		const {e} = await applied();
		const [newest] = undoable(e.engine.journal);
		const u = undo(e, {args: [newest!.changeId]});
		expect((await u.run()).undone).toEqual([newest!.changeId]);
		const unknown = undo(e, {args: ['enforce.nope.00000000']});
		await expect(unknown.run()).rejects.toMatchObject({code: 'undo-unknown-id'});
	});

	it('refuses to run without a terminal to confirm on (suggesting --dry-run), and needs an id or --all', async () => {
		const {e} = await applied();
		await expect(undo(e, {all: true, answer: null}).run()).rejects.toMatchObject({code: 'no-tty'});
		await expect(undo(e, {}).run()).rejects.toMatchObject({code: 'usage'});
	});

	it('is refused --yes by the flag table (applying changes always takes an interactive confirmation)', () => {
		expect(() => parseArgs(['undo', '--all', '--yes'], en)).toThrow();
		expect(() => parseArgs(['undo', '--all', '--yes', '--dry-run'], en)).toThrow();
	});

	it('asks for the domain for anything touching policies, security defaults, accounts or roles', async () => {
		const {e} = await applied();
		for (const entry of undoable(e.engine.journal)) expect(undoConfirmation(entry)).toBe('type-domain');
		const other = {
			...undoable(e.engine.journal)[0]!,
			undo: {
				request: {
					method: 'PATCH' as const,
					version: 'v1.0' as const,
					path: '/policies/authenticationMethodsPolicy',
					scopes: [],
				},
			},
		};
		expect(undoConfirmation(other)).toBe('confirm');
	});
});
