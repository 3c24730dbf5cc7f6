/**
 * Step 6's view in the real shell at 80×24, against the simulator: the walk-through (report-only policies, impact,
 * lockout guard, typed-domain switch-on), a declined confirmation sending nothing, and the Korean screens fitting.
 */
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import type {Translator} from '../../src/i18n/index.js';
import {upnOf} from '../../src/simulator/scenarios/contoso.js';
import {App} from '../../src/ui/App.js';
import {UiProvider} from '../../src/ui/context.js';
import {StepHost} from '../../src/ui/StepHost.js';
import {EnforceView} from '../../src/ui/steps/EnforceView.js';
import {makeTheme} from '../../src/ui/theme.js';
import {type EnforceEnv, enforceEnv} from '../helpers/enforce-env.js';
import {driver, keys} from '../helpers/ink.js';
import {en, ko} from '../helpers/translator.js';

const DOMAIN = 'contosopartner.onmicrosoft.com';
const LEFT = '\u001B[D';
let env: EnforceEnv | undefined;
let instances: ReturnType<typeof render>[] = [];
afterEach(async () => {
	for (const instance of instances) instance.unmount();
	instances = [];
	await env?.close();
	env = undefined;
});

async function mount(t: Translator = en, options: Parameters<typeof enforceEnv>[0] = {}) {
	env = await enforceEnv({breakGlass: [upnOf('emergency01'), upnOf('emergency02')], ...options});
	const e = env;
	const controller = e.controller;
	const instance = render(
		<UiProvider value={{t, theme: makeTheme(false)}}>
			<App
				controller={controller}
				header={{tenantName: 'Contoso Partner', tenantDomain: DOMAIN, isDemo: true}}
				isDryRun={e.dryRun}
				onFresh={() => undefined}
				now={() => '2026-11-26T10:00:00Z'}
				renderStep={(step, context) =>
					step === 'enforce' ? (
						<StepHost
							engine={e.engine}
							step={step}
							view={EnforceView as never}
							isFocused={context.isFocused}
							isDryRun={e.dryRun}
							domain={DOMAIN}
							width={context.width}
							height={context.height}
							onContinue={context.goNext}
						/>
					) : undefined
				}
			/>
		</UiProvider>,
	);
	Object.defineProperty(instance.stdout, 'columns', {value: 80, configurable: true});
	Object.defineProperty(instance.stdout, 'rows', {value: 24, configurable: true});
	instance.stdout.emit('resize');
	instances.push(instance);
	const d = driver(instance);
	for (let i = 0; i < 5; i++) await d.press(keys.down);
	await d.waitFor(/Emergency access|비상 액세스/, 20_000);
	await d.press(keys.enter);
	return {d, e};
}

function fits(screen: string, columns = 80): void {
	const lines = screen.split('\n');
	for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
	const rows = lines.filter(l => l.startsWith('│') || l.startsWith('╭') || l.startsWith('╰'));
	expect(new Set(rows.map(l => stringWidth(l))).size).toBe(1);
	expect(lines.length).toBeLessThanOrEqual(24);
}

describe('step 6 view', {timeout: 60_000}, () => {
	it('walks through: report-only policies, their impact, the lockout guard, and the typed-domain switch-on', async () => {
		const {d, e} = await mount();
		await d.waitForText('Policies: create 3, adjust 1 (report-only)');
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('Require MFA for admins');
		await d.waitForText('to create');
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('Apply these 4 changes? (y/n)');
		fits(d.screen());
		await d.press('y');
		await d.waitForText('4 changes applied');
		expect(e.sim.tenant.state.caPolicies.every(p => p.state === 'enabledForReportingButNotEnforced')).toBe(true);
		// The step stays open for the switch-on (a run stopped here resumes on this step).
		expect(e.store.progress.steps.enforce.status).toBe('answered');
		await d.press(keys.enter);
		await d.waitForText('Review their report-only impact ← next');
		await d.press(keys.enter);
		await d.waitForText('Require MFA for all users — 21 days', 20_000);
		await d.waitForText('MFA prompts');
		fits(d.screen());
		await d.press(keys.down);
		await d.waitForText('Too early to judge');
		await d.waitForText('Come back after');
		await d.press('g');
		await d.waitForText('Every check passes.', 10_000);
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('Apply these 4 changes? (y/n)');
		await d.waitForText('already in place');
		const writes = e.sim.log.writes();
		await d.press('y');
		await d.waitForText('type the tenant');
		await d.waitForText('4 policies go on');
		fits(d.screen());
		await d.type(DOMAIN);
		await d.press(keys.enter);
		await d.waitForText('4 changes applied');
		expect(e.sim.log.writes()).toBe(writes + 4);
		expect(e.sim.tenant.state.caPolicies.every(p => p.state === 'enabled')).toBe(true);
		expect(e.store.progress.steps.enforce.status).toBe('done');
	});

	it('a declined switch-on (empty line at the domain prompt) sends nothing', async () => {
		const {d, e} = await mount();
		await d.waitForText('Policies: create 3');
		await d.press(keys.enter);
		await d.waitForText('to create');
		await d.press(keys.enter);
		await d.waitForText('(y/n)');
		await d.press('y');
		await d.waitForText('4 changes applied');
		await d.press(keys.enter);
		await d.waitForText('← next');
		await d.press(keys.down); // past impact, to the lockout check
		await d.press(keys.enter);
		await d.waitForText('Every check passes.', 10_000);
		await d.press(keys.enter);
		await d.waitForText('(y/n)');
		await d.press('y');
		await d.waitForText('type the tenant');
		const writes = e.sim.log.writes();
		await d.press(keys.enter);
		await d.waitForText('Not applied; nothing was sent.');
		expect(e.sim.log.writes()).toBe(writes);
		expect(e.sim.tenant.state.caPolicies.some(p => p.state === 'enabled')).toBe(false);
		// And saying no at the plan sends nothing either.
		await d.press(keys.enter);
		await d.waitForText('← next');
	});

	it('creates nothing before an emergency account is declared, and lets the admin declare one', async () => {
		const {d} = await mount(en, {breakGlass: []});
		await d.waitForText('Emergency access: none declared ← next');
		// Without one, the policies screen says why nothing can be created yet.
		await d.press(keys.down);
		await d.press(keys.enter);
		await d.waitForText('Declare an emergency-access account first');
		await d.press(keys.enter);
		await d.waitForText('Declare an emergency-access account first');
		await d.press(LEFT);
		await d.waitForText('Emergency access: none declared ← next');
		await d.press(keys.enter);
		await d.waitForText('[not declared] emergency01@');
		await d.press(keys.enter);
		await d.waitForText('[ready] emergency01@');
		await d.press(LEFT);
		await d.waitForText('Emergency access: 1 of 1 ready');
	});

	it('fits 80×24 in Korean: overview, policies, lockout guard', async () => {
		const {d} = await mount(ko);
		await d.waitForText('정책: 3개 만들기, 1개 조정(보고 전용)');
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('새로 만듦');
		fits(d.screen());
		await d.press(LEFT);
		await d.waitForText('비상 액세스: 2개 중 2개 준비됨');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.press(keys.enter);
		await d.waitForText('MFA를 어떻게 강제할까요?');
		fits(d.screen());
		await d.press(LEFT);
		// Back on the overview, the next part (the policies) is selected again.
		await d.waitForText('보고 전용) ← 다음');
		await d.press(keys.enter);
		await d.waitForText('새로 만듦');
		await d.press(keys.enter);
		await d.waitForText('(y/n)');
		fits(d.screen());
		await d.press('y');
		await d.waitForText('적용하고 기록에 남겼습니다');
		await d.press(keys.enter);
		await d.waitForText('보고 전용 영향 검토');
		await d.press(keys.down);
		await d.press(keys.enter);
		await d.waitForText('모든 점검을 통과했습니다.', 10_000);
		fits(d.screen());
	});

	it('security defaults: explained, guarded, then turned on after the typed domain', async () => {
		const {d, e} = await mount();
		await d.waitForText('How: Conditional Access policies');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.press(keys.enter);
		await d.waitForText('How should MFA be enforced?');
		await d.press(keys.down);
		await d.waitForText('No exclusions at all');
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('Turn on security defaults');
		await d.press(keys.enter);
		await d.waitForText('Nothing can');
		fits(d.screen());
		await d.press(keys.enter);
		await d.waitForText('Every check passes.', 10_000);
		await d.press(keys.enter);
		await d.waitForText('(y/n)');
		await d.press('y');
		await d.waitForText('Everyone must register');
		await d.type(DOMAIN);
		await d.press(keys.enter);
		await d.waitForText('1 change applied');
		expect(e.sim.tenant.state.securityDefaults.isEnabled).toBe(true);
	});

	it('security defaults are refused while a policy is on, until the admin chooses to move it to report-only', async () => {
		const {d, e} = await mount(en, {
			prepare: sim =>
				sim.control.mutate(state => {
					state.caPolicies[0]!.state = 'enabled';
				}),
		});
		await d.waitForText('How: Conditional Access policies');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.press(keys.enter);
		await d.press(keys.down);
		await d.press(keys.enter);
		await d.waitForText('Turn on security defaults');
		await d.press(keys.enter);
		await d.waitForText('cannot be turned on while this Conditional Access policy is on');
		await d.waitForText('• Require MFA for all users');
		// Enter does nothing while refused.
		await d.press(keys.enter);
		await d.waitForText('y move them to report-only');
		await d.press('y');
		await d.waitForText('They move to report-only just before security defaults go on.');
		expect(e.engine.answers('enforce').switchPolicyIds).toEqual([e.sim.tenant.state.caPolicies[0]!.id]);
		expect(e.sim.log.writes()).toBe(0);
	});

	it('third-party MFA: the provider and the attestation are recorded; nothing is sent', async () => {
		const {d, e} = await mount();
		await d.waitForText('How: Conditional Access policies');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.press(keys.enter);
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitForText('cannot check it');
		await d.press(keys.enter);
		await d.waitForText('Record the attestation');
		await d.press(keys.enter);
		await d.waitForText('Provider name');
		await d.type('Duo');
		await d.press(keys.enter);
		await d.waitForText('I confirm Duo challenges every user');
		await d.press('y');
		await d.waitForText('Recorded: MFA is enforced by Duo.');
		await d.press(keys.enter);
		await d.waitForText('Nothing to change in the tenant');
		expect(e.engine.answers('enforce')).toMatchObject({
			path: 'thirdParty',
			thirdPartyProvider: 'Duo',
			thirdPartyAttested: true,
		});
		expect(e.sim.log.writes()).toBe(0);
	});
});
