import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Translator} from '../../src/i18n/index.js';
import {App, type AppProps} from '../../src/ui/App.js';
import {UiProvider} from '../../src/ui/context.js';
import {makeTheme} from '../../src/ui/theme.js';
import {WizardController} from '../../src/wizard/controller.js';
import {initialProgress, type WizardProgress, wizardReducer} from '../../src/wizard/reducer.js';
import {driver, keys} from '../helpers/ink.js';
import {en, ko} from '../helpers/translator.js';

const at = '2026-11-26T10:00:00Z';
let instances: ReturnType<typeof render>[] = [];
afterEach(() => {
	for (const instance of instances) instance.unmount();
	instances = [];
});

function setup(options: {t?: Translator; progress?: WizardProgress; app?: Partial<AppProps>} = {}) {
	const saved: WizardProgress[] = [];
	const controller = new WizardController(
		options.progress ?? initialProgress(),
		{saveProgress: p => saved.push(p)},
		{
			dryRun: false,
		},
	);
	const onFresh = vi.fn();
	const instance = render(
		<UiProvider value={{t: options.t ?? en, theme: makeTheme(false)}}>
			<App
				controller={controller}
				header={{tenantName: 'Contoso Partner', tenantDomain: 'contosopartner.onmicrosoft.com', isDemo: true}}
				isDryRun={false}
				onFresh={onFresh}
				now={() => at}
				{...options.app}
			/>
		</UiProvider>,
	);
	instances.push(instance);
	return {instance, controller, saved, onFresh, d: driver(instance)};
}

describe('wizard shell', () => {
	it('shows the tenant, the DEMO badge, all nine steps and the first step’s pane', async () => {
		const {d} = setup();
		await d.waitFor('Sign-in and tenant profile');
		const screen = d.screen();
		expect(screen).toContain('Contoso Partner (contosopartner.onmicrosoft.com)');
		expect(screen.split('\n')[0]).toMatch(/ DEMO$/);
		for (const name of ['Tenant profile', 'Legacy sign-ins', 'Automation', 'Enforce MFA', 'Summary']) {
			expect(screen).toContain(name);
		}
		expect(screen).toContain('Step 1 of 9');
		expect(screen).toContain('q quit');
	});

	it('moves through the steps with the arrow keys and j/k', async () => {
		const {d} = setup();
		await d.waitFor('Step 1 of 9');
		await d.press(keys.down);
		await d.waitFor('Apps and devices that cannot do MFA');
		await d.press('j');
		await d.waitFor('Step 3 of 9');
		await d.press('k');
		await d.press(keys.up);
		await d.waitFor('Step 1 of 9');
	});

	it('opens and closes the help overlay with ? and Esc', async () => {
		const {d} = setup();
		await d.waitFor('Step 1 of 9');
		await d.press('?');
		await d.waitFor('save and quit; run the same command again to resume');
		expect(d.screen()).not.toContain('Step 1 of 9');
		await d.press(keys.escape);
		await d.waitFor('Step 1 of 9');
	});

	it('skips a step only with a reason, saves it, and moves on to the next step', async () => {
		const {d, saved, controller} = setup();
		await d.waitFor('Step 1 of 9');
		await d.press('s');
		await d.waitFor('Why skip this step?');
		await d.press(keys.enter); // an empty reason is not accepted
		await d.waitFor('Why skip this step?');
		await d.type('handled by our MSP tooling');
		await d.press(keys.enter);
		await d.waitFor('Step 2 of 9');
		expect(controller.progress.steps.profile).toMatchObject({
			status: 'skipped',
			skipReason: 'handled by our MSP tooling',
		});
		expect(saved.at(-1)?.steps.profile.status).toBe('skipped');
		await d.press(keys.up);
		await d.waitFor('Skipped: handled by our MSP tooling');
	});

	it('revisits a skipped step with r', async () => {
		const progress = wizardReducer(initialProgress(), {type: 'step-skipped', step: 'profile', at, reason: 'later'});
		const {d, controller} = setup({progress});
		await d.waitFor('Step 2 of 9');
		await d.press(keys.up);
		await d.waitFor('Skipped: later');
		await d.press('r');
		await d.waitForNot('Skipped: later');
		expect(controller.progress.steps.profile).toMatchObject({status: 'pending', revisits: 1});
	});

	it('q quits, and nothing renders after it', async () => {
		const onQuit = vi.fn();
		const {d, instance} = setup({app: {onQuit}});
		await d.waitFor('Step 1 of 9');
		await d.press('q');
		expect(onQuit).toHaveBeenCalledTimes(1);
		const frames = instance.frames.length;
		await d.press(keys.down);
		expect(instance.frames.length).toBe(frames);
	});

	it('quit at the resume prompt quits without touching the saved session', async () => {
		const onQuit = vi.fn();
		const progress = wizardReducer(initialProgress(), {type: 'step-skipped', step: 'profile', at, reason: 'r'});
		const {d, saved} = setup({progress, app: {onQuit, resume: {updatedAt: at}}});
		await d.waitFor('Resume where I left off');
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('❯ Quit');
		await d.press(keys.enter);
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalledTimes(1));
		expect(saved).toEqual([]);
	});

	it('offers a saved session first: resume goes to the wizard, fresh calls back', async () => {
		const progress = wizardReducer(initialProgress(), {type: 'step-skipped', step: 'profile', at, reason: 'r'});
		const resumed = setup({progress, app: {resume: {updatedAt: '2026-11-20T08:30:00Z'}}});
		await resumed.d.waitFor('A saved session exists for this tenant');
		expect(resumed.d.screen()).toContain('1 of 9 steps finished');
		expect(resumed.d.screen()).toContain('20 Nov 2026');
		await resumed.d.press(keys.enter);
		await resumed.d.waitFor('Step 2 of 9');

		const fresh = setup({progress, app: {resume: {updatedAt: '2026-11-20T08:30:00Z'}}});
		await fresh.d.waitFor('Resume where I left off');
		await fresh.d.press(keys.down);
		await fresh.d.waitFor('❯ Start fresh');
		await fresh.d.press(keys.enter);
		await vi.waitFor(() => expect(fresh.onFresh).toHaveBeenCalledTimes(1));
	});

	it('says the terminal is too small below 60×16 instead of garbling, and recovers on resize', async () => {
		const {d, instance} = setup();
		await d.waitFor('Step 1 of 9');
		Object.defineProperty(instance.stdout, 'columns', {value: 50, configurable: true});
		instance.stdout.emit('resize');
		await d.waitForText('This terminal is 50×24; mfa-onboard needs at least 60×16.');
		Object.defineProperty(instance.stdout, 'columns', {value: 80, configurable: true});
		instance.stdout.emit('resize');
		await d.waitFor('Step 1 of 9');
	});

	it('makes room for the skip prompt in a full 80×24 pane instead of drawing over the step', async () => {
		// A step view that fills exactly the height it is given, one numbered row each.
		const {d, instance} = setup({
			app: {
				renderStep: (_step, {height}) => (
					<Box flexDirection="column">
						{Array.from({length: height}, (_, i) => `row ${i + 1} of ${height}`).map(text => (
							<Text key={text}>{text}</Text>
						))}
					</Box>
				),
			},
		});
		Object.defineProperty(instance.stdout, 'columns', {value: 80, configurable: true});
		Object.defineProperty(instance.stdout, 'rows', {value: 24, configurable: true});
		instance.stdout.emit('resize');
		await d.waitFor(/row 1 of \d+/);
		const before = Number(/row 1 of (\d+)/.exec(d.screen())?.[1]);
		await d.press('s');
		await d.waitFor('Why skip this step?');
		const screen = d.screen();
		const shown = Number(/row 1 of (\d+)/.exec(screen)?.[1]);
		expect(shown).toBeLessThan(before);
		// Every row of the (now shorter) view is there, each on its own line, and the frame still fits 24 rows.
		for (let i = 1; i <= shown; i++) expect(screen).toMatch(new RegExp(`│ row ${i} of ${shown} +│`));
		expect(screen).toMatch(/│ Why skip this step\? \(recorded in the journal\) +│/);
		expect(screen.split('\n').length).toBeLessThanOrEqual(23);
	});

	it('fits 80 columns exactly', async () => {
		const {d, instance} = setup();
		Object.defineProperty(instance.stdout, 'columns', {value: 80, configurable: true});
		instance.stdout.emit('resize');
		await d.waitFor('Step 1 of 9');
		await d.waitFor(/╮\n/);
		for (const line of d.screen().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
	});

	it('renders Korean without breaking the layout: every line fits and borders line up', async () => {
		const {d} = setup({t: ko});
		await d.waitFor('로그인과 테넌트 프로필');
		await d.press(keys.down);
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('휴대폰·인증 방법');
		const lines = d.screen().split('\n');
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
		// The right border of every body row sits in the same column, whatever the mix of wide characters.
		const rows = lines.filter(l => l.startsWith('│'));
		expect(rows.length).toBeGreaterThan(8);
		expect(new Set(rows.map(l => stringWidth(l))).size).toBe(1);
		expect(d.screen()).toContain('q 종료');
	});
});
