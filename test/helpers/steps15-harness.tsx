/**
 * The wizard as main.tsx renders it (shell, step hosts, registered views), over a hand-written assessment and the
 * simulator's Graph (for previews and applies), with a progress store in a temporary folder (branch steps15).
 */
import {render} from 'ink-testing-library';
import {afterEach, expect, vi} from 'vitest';
import type {Assessment} from '../../src/assessment/types.js';
import {createGraph, type Graph} from '../../src/graph/client.js';
import type {Translator} from '../../src/i18n/index.js';
import {createSimulator, type Simulator} from '../../src/simulator/index.js';
import {STEP_MODULES} from '../../src/steps/registry.js';
import {UiProvider} from '../../src/ui/context.js';
import {makeTheme} from '../../src/ui/theme.js';
import {WizardApp} from '../../src/ui/WizardApp.js';
import {WizardController} from '../../src/wizard/controller.js';
import {WizardEngine} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {driver} from './ink.js';
import {testSession} from './session.js';
import {contosoAssessment, DOMAIN, FIXTURE_NOW, TENANT_ID} from './steps15-fixture.js';
import {tempDir} from './tmp.js';
import {en} from './translator.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export interface EngineSetup {
	readonly engine: WizardEngine;
	readonly controller: WizardController;
	readonly store: ProgressStore;
	readonly sim: Simulator;
	readonly graph: Graph;
	readonly home: string;
	readonly workDir: string;
}

export async function engineSetup(
	options: {assessment?: Assessment; t?: Translator; dryRun?: boolean; home?: string} = {},
): Promise<EngineSetup> {
	const home = options.home ?? tempDir();
	const workDir = tempDir();
	const sim = createSimulator({clock: {now: () => Date.parse(FIXTURE_NOW)}});
	const url = await sim.start();
	cleanups.push(() => sim.stop());
	const dryRun = options.dryRun ?? false;
	const session = testSession({home, flags: {dryRun, graphEndpoint: url}, now: () => Date.parse(FIXTURE_NOW)});
	const graph = createGraph({session, tokens: {getToken: async () => sim.issueToken({})}, pacing: false});
	const t = options.t ?? en;
	const store = ProgressStore.open({
		dir: session.paths.progressDir,
		tenant: {id: TENANT_ID, displayName: 'Contoso Partner', defaultDomain: DOMAIN},
		mode: 'demo',
		now: () => FIXTURE_NOW,
		t,
	});
	const controller = new WizardController(store.progress, store, {dryRun});
	const assessment = options.assessment ?? contosoAssessment();
	const engine = new WizardEngine({
		controller,
		store,
		graph,
		steps: STEP_MODULES,
		collect: async () => assessment,
		t,
		now: () => FIXTURE_NOW,
		mode: 'demo',
		dryRun,
		workDir,
		breakGlass: [],
	});
	return {engine, controller, store, sim, graph, home, workDir};
}

/** Renders the wizard at the given terminal size (default 100×30). */
export async function mountWizard(
	options: {
		assessment?: Assessment;
		t?: Translator;
		dryRun?: boolean;
		columns?: number;
		rows?: number;
		home?: string;
	} = {},
) {
	const setup = await engineSetup(options);
	const t = options.t ?? en;
	const instance = render(
		<UiProvider value={{t, theme: makeTheme(false)}}>
			<WizardApp
				controller={setup.controller}
				engine={setup.engine}
				domain={DOMAIN}
				header={{tenantName: 'Contoso Partner', tenantDomain: DOMAIN, isDemo: true}}
				isDryRun={options.dryRun ?? false}
				onFresh={() => undefined}
				now={() => FIXTURE_NOW}
			/>
		</UiProvider>,
	);
	cleanups.push(() => instance.unmount());
	Object.defineProperty(instance.stdout, 'columns', {value: options.columns ?? 100, configurable: true});
	Object.defineProperty(instance.stdout, 'rows', {value: options.rows ?? 30, configurable: true});
	instance.stdout.emit('resize');
	return {...setup, instance, d: driver(instance)};
}

/** The step pane's text (right of the step list), rows joined and whitespace collapsed, so wrapped text can be matched. */
export function paneText(screen: string): string {
	return screen
		.split('\n')
		.map(line => {
			const start = line.indexOf('││');
			if (start < 0) return '';
			const inner = line.slice(start + 2);
			return inner.endsWith('│') ? inner.slice(0, -1) : inner;
		})
		.join(' ')
		.replace(/\s+/g, ' ');
}

/** Waits until the pane shows `text`, wherever it wraps (whitespace is ignored on both sides: Ink breaks long words). */
export async function waitForPane(d: {screen: () => string}, text: string) {
	const squash = (s: string) => s.replace(/\s+/g, '');
	await vi.waitFor(() => expect(squash(paneText(d.screen()))).toContain(squash(text)), {timeout: 5000, interval: 2});
	// Let effects run (Ink subscribes to keys in an effect): a key sent before that is lost (STACK.md pitfall 3).
	for (let i = 0; i < 3; i++) await new Promise(resolve => setImmediate(resolve));
}
