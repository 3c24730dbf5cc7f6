/**
 * The lockout guard: each refusal, what the --i-understand-lockout-risk flag can and cannot let through, open items of
 * steps 2 and 5 from their modules' `open()` (fake modules here: those steps are being built elsewhere), and the
 * Exchange Online PowerShell note.
 */
import {afterEach, describe, expect, it} from 'vitest';
import type {SignedInAdmin} from '../../src/assessment/types.js';
import {ROLE} from '../../src/knowledge/roles.js';
import {contosoUserId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import {type Analysis, analyse, projectEnabled} from '../../src/steps/enforce/analysis.js';
import type {EnforceFindings} from '../../src/steps/enforce/findings.js';
import {type GuardInput, lockoutGuard} from '../../src/steps/enforce/guard.js';
import type {RawCaPolicy} from '../../src/steps/enforce/policies.js';
import type {OpenItem, StepModule} from '../../src/steps/types.js';
import type {StepId} from '../../src/wizard/step-ids.js';
import {type EnforceEnv, enforceEnv} from '../helpers/enforce-env.js';
import {en} from '../helpers/translator.js';

let env: EnforceEnv | undefined;
afterEach(async () => {
	await env?.close();
	env = undefined;
});

const ADMIN: SignedInAdmin = {
	id: contosoUserId('sarah.chen'),
	userPrincipalName: upnOf('sarah.chen'),
	displayName: 'Sarah Chen',
	roleTemplateIds: [ROLE.globalAdministrator],
	mfaRegistered: true,
};

/** A step module that only has open items (steps 2 and 5 stand-ins). */
function fakeStep(id: StepId, items: readonly Omit<OpenItem, 'step'>[]): StepModule {
	return {
		id,
		readScopes: [],
		writeScopes: [],
		assess: async () => ({}),
		summarize: () => null,
		recommend: () => ({}),
		plan: () => [],
		open: () => items.map(i => ({...i, step: id})),
		describe: () => ({step: id, findings: [], decisions: [], notes: []}),
	};
}

async function setup(
	options: Parameters<typeof enforceEnv>[0] & {breakGlass?: readonly string[]} = {},
): Promise<{analysis: Analysis; findings: EnforceFindings; e: EnforceEnv}> {
	env = await enforceEnv({breakGlass: [upnOf('emergency01')], ...options});
	await env.engine.ensureAssessment();
	const findings = await env.engine.assess<EnforceFindings>('enforce');
	// The report-only round, so there is something to switch on.
	await env.engine.apply('enforce', env.engine.plan('enforce'));
	const fresh = await env.engine.reassess<EnforceFindings>('enforce');
	void findings;
	return {
		analysis: analyse(fresh, env.engine.breakGlass, env.engine.effectiveAnswers('enforce')),
		findings: fresh,
		e: env,
	};
}

function guard(analysis: Analysis, overrides: Partial<GuardInput> = {}) {
	return lockoutGuard({
		analysis,
		enabling: projectEnabled(analysis),
		signedIn: ADMIN,
		sessionMfa: null,
		openItems: [],
		acceptLockoutRisk: false,
		...overrides,
	});
}

function failing(result: ReturnType<typeof lockoutGuard>): string[] {
	return result.checks.filter(c => !c.ok).map(c => c.id);
}

describe('lockout guard', () => {
	it('passes when every check does, and always carries the Exchange Online PowerShell note', async () => {
		const {analysis} = await setup();
		const result = guard(analysis);
		expect(result.passes).toBe(true);
		expect(failing(result)).toEqual([]);
		const note = en.dynamic(result.notes[0]!.key, result.notes[0]!.params);
		expect(note).toContain('V3');
		expect(note).toContain('-DelegatedOrganization');
		expect(note).toMatch(/no longer true/);
	});

	it('refuses with no emergency-access account declared — and the flag does not change that', async () => {
		const {analysis} = await setup({breakGlass: []});
		for (const acceptLockoutRisk of [false, true]) {
			const result = guard(analysis, {acceptLockoutRisk});
			expect(result.passes).toBe(false);
			expect(failing(result)).toEqual(['breakGlassDeclared', 'breakGlassReady', 'breakGlassExcluded']);
		}
	});

	it.each([
		[
			'does not exist',
			(_s: EnforceEnv['sim']): void => undefined,
			['ghost@contosopartner.onmicrosoft.com'],
			'no such account',
		],
		[
			'is disabled',
			(s: EnforceEnv['sim']): void =>
				s.control.mutate(state => {
					state.users.find(u => u.mailNickname === 'emergency01')!.accountEnabled = false;
				}),
			[upnOf('emergency01')],
			'disabled',
		],
		[
			'is synced from on-premises',
			(s: EnforceEnv['sim']): void =>
				s.control.mutate(state => {
					(
						state.users.find(u => u.mailNickname === 'emergency01') as {onPremisesSyncEnabled: boolean | null}
					).onPremisesSyncEnabled = true;
				}),
			[upnOf('emergency01')],
			'cloud-only',
		],
		[
			'does not hold Global Administrator',
			(s: EnforceEnv['sim']): void =>
				s.control.mutate(state => {
					state.roleAssignments = state.roleAssignments.filter(a => a.principalId !== contosoUserId('emergency01'));
				}),
			[upnOf('emergency01')],
			'Global Administrator',
		],
	] as const)(
		'refuses when the emergency-access account %s (not overridable)',
		async (_name, prepare, breakGlass, text) => {
			const {analysis} = await setup({prepare, breakGlass});
			const result = guard(analysis, {acceptLockoutRisk: true});
			expect(result.passes).toBe(false);
			expect(failing(result)).toContain('breakGlassReady');
			const ready = result.checks.find(c => c.id === 'breakGlassReady')!;
			expect(ready.details.map(d => en.dynamic(d.key, d.params)).join(' ')).toContain(text);
		},
	);

	it('refuses when the account would not be excluded from a policy being switched on (not overridable)', async () => {
		const {analysis} = await setup();
		const id = contosoUserId('emergency01');
		const enabling = projectEnabled(analysis).map((p, i) =>
			i === 0
				? ({
						...p,
						conditions: {
							...(p.conditions as object),
							users: {
								...((p.conditions as {users: object}).users as object),
								excludeUsers: [],
							},
						},
					} as RawCaPolicy)
				: p,
		);
		expect(JSON.stringify(enabling[0])).not.toContain(id);
		const result = guard(analysis, {enabling, acceptLockoutRisk: true});
		expect(result.passes).toBe(false);
		expect(failing(result)).toEqual(['breakGlassExcluded']);
		expect(en.dynamic(result.checks[2]!.details[0]!.key, result.checks[2]!.details[0]!.params)).toContain(
			'is not excluded from',
		);
	});

	it('refuses when the signed-in admin has no MFA method, unless MFA was just done in this session or the risk accepted', async () => {
		const {analysis} = await setup();
		const unregistered = {...ADMIN, mfaRegistered: false};
		expect(failing(guard(analysis, {signedIn: unregistered}))).toEqual(['adminMfa']);
		expect(guard(analysis, {signedIn: unregistered}).passes).toBe(false);
		expect(guard(analysis, {signedIn: unregistered, sessionMfa: true}).passes).toBe(true);
		const accepted = guard(analysis, {signedIn: unregistered, acceptLockoutRisk: true});
		expect(accepted.passes).toBe(true);
		expect(accepted.overridden).toEqual(['adminMfa']);
		// Unknown is not a pass.
		expect(guard(analysis, {signedIn: {...ADMIN, mfaRegistered: null}}).passes).toBe(false);
	});

	it('lists the open items of steps 2 and 5 with what will break, from their modules; the flag accepts them', async () => {
		const steps = new Map<StepId, StepModule>([
			[
				'legacy-auth',
				fakeStep('legacy-auth', [
					{
						id: upnOf('support'),
						text: {key: 'stepEnforce.openThirdParty'},
						breaks: {key: 'stepEnforce.consequenceBlockLegacy'},
						severity: 'high',
					},
				]),
			],
			[
				'automation',
				fakeStep('automation', [{id: upnOf('svc-psa'), text: {key: 'stepEnforce.openThirdParty'}, severity: 'high'}]),
			],
			['office', fakeStep('office', [{id: 'outlook2013', text: {key: 'stepEnforce.openThirdParty'}, severity: 'low'}])],
		]);
		const {analysis, e} = await setup({steps});
		for (const step of ['legacy-auth', 'automation', 'office'] as const) await e.engine.assess(step);
		const openItems = e.engine.openItems();
		const result = guard(analysis, {openItems});
		expect(result.passes).toBe(false);
		expect(failing(result)).toEqual(['openItems']);
		// Only steps 2 and 5 count, each item named with its step.
		const details = result.checks.find(c => c.id === 'openItems')!.details.map(d => en.dynamic(d.key, d.params));
		expect(details).toEqual([`Step 2: ${upnOf('support')}`, `Step 5: ${upnOf('svc-psa')}`]);
		expect(openItems.find(i => i.step === 'legacy-auth')?.breaks).toBeDefined();
		const accepted = guard(analysis, {openItems, acceptLockoutRisk: true});
		expect(accepted.passes).toBe(true);
		expect(accepted.overridden).toEqual(['openItems']);
	});

	it('says so when steps 2 and 5 are not in this build (their items cannot be known)', async () => {
		const {analysis} = await setup();
		const result = guard(analysis, {unknownSteps: ['Apps and devices that cannot do MFA']});
		expect(result.passes).toBe(true);
		expect(result.checks.find(c => c.id === 'openItems')?.unknown).toBe(true);
		expect(result.notes.map(n => en.dynamic(n.key, n.params)).join('\n')).toContain('not part of this version');
	});
});
