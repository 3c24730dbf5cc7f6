/**
 * `mfa-onboard --dry-run --yes [--json]`: sign in (prompts on stderr), read the tenant, walk every step with the
 * recommended answers (or the admin's saved ones) and print the plan on stdout — Markdown, or JSON with --json.
 * No terminal needed, nothing written to the tenant (dry-run: the Graph layer refuses writes), and the saved progress
 * is left as it was: the run works on a private copy of it that is thrown away afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createTextSignInUi} from '../auth/render.js';
import {EXIT} from '../errors.js';
import {getOrganization} from '../graph/organization.js';
import {translateError} from '../graph/translate.js';
import {type Collector, defaultCollector} from '../runtime/collector.js';
import {type HostFacts, type OpenedTenant, openTenant} from '../runtime/open-tenant.js';
import type {Session} from '../session.js';
import type {StepModule} from '../steps/types.js';
import {WizardController} from '../wizard/controller.js';
import {WizardEngine} from '../wizard/engine.js';
import {type PlanDocument, renderPlanJson, renderPlanMarkdown, runHeadless} from '../wizard/headless.js';
import {tenantLock} from '../wizard/lock.js';
import {ProgressStore} from '../wizard/progress-store.js';
import type {StepId} from '../wizard/step-ids.js';

export interface PlanOutput {
	/** stdout: the plan and nothing else. */
	readonly out: (text: string) => void;
	/** stderr: sign-in prompts, progress, errors. */
	readonly err: (text: string) => void;
}

export interface PlanOptions {
	readonly host: HostFacts;
	readonly collector?: Collector;
	/** The step modules (default: the registry). */
	readonly steps?: ReadonlyMap<StepId, StepModule>;
	/** For tests: the opened tenant (the demo simulator and its request log). */
	readonly onOpened?: (opened: OpenedTenant) => void;
}

/** A private copy of the tenant's saved progress (answers, skips, journal), so the run reads it but never changes it. */
function privateStore(session: Session, tenant: {id: string; displayName?: string; defaultDomain?: string}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mfa-onboard-plan-'));
	const saved = ProgressStore.fileFor(session.paths.progressDir, tenant.id);
	if (fs.existsSync(saved)) fs.copyFileSync(saved, ProgressStore.fileFor(dir, tenant.id));
	const store = ProgressStore.open({
		dir,
		tenant,
		mode: session.mode,
		now: () => session.clock.nowIso(),
		t: session.t,
	});
	return {store, dispose: () => fs.rmSync(dir, {recursive: true, force: true})};
}

export async function runDryRunPlan(session: Session, output: PlanOutput, options: PlanOptions): Promise<number> {
	const t = session.t;
	// The demo tenant's simulated admin approves its own device code: nobody needs to act, so no terminal is needed.
	const canPrompt = session.mode === 'demo' || (session.terminal.stderrIsTTY && !session.terminal.ci);
	const ui = createTextSignInUi({t, write: output.err, canPrompt});
	let opened: OpenedTenant | undefined;
	try {
		opened = await openTenant(session, {ui, host: options.host});
		options.onOpened?.(opened);
		const account = await opened.signIn();
		const organization = await getOrganization(opened.graph);
		const tenant = {
			id: account.tenantId,
			displayName: organization.displayName,
			defaultDomain: organization.verifiedDomains?.find(d => d.isDefault)?.name,
		};
		const effective = opened.session;
		// One run per tenant: a wizard applying changes meanwhile would make the plan wrong, and in the demo both would
		// save the simulated tenant's state.
		fs.mkdirSync(effective.paths.progressDir, {recursive: true, mode: 0o700});
		const lock = tenantLock(effective, tenant.id);
		const {store, dispose} = privateStore(effective, tenant);
		try {
			const controller = new WizardController(store.progress, {saveProgress: () => undefined}, {dryRun: true});
			const collect = options.collector ?? (await defaultCollector());
			const tenantOpened = opened;
			const progress = (text: string) => {
				if (session.terminal.stderrIsTTY) output.err(`${t('shell.readingPhase', {phase: text})}\n`);
			};
			const steps = options.steps ?? (await import('../steps/registry.js')).STEP_MODULES;
			const engine = new WizardEngine({
				controller,
				store,
				graph: opened.graph,
				steps,
				collect: (breakGlass, onProgress) => collect(tenantOpened, breakGlass, onProgress),
				t,
				now: () => effective.clock.nowIso(),
				mode: effective.mode,
				dryRun: true,
				workDir: effective.paths.workDir,
				breakGlass: effective.flags.breakGlass,
			});
			const plan: PlanDocument = await runHeadless(engine, {
				t,
				toolVersion: session.version,
				mode: effective.mode,
				graphRoot: effective.cloud.graphRoot,
				onProgress: progress,
				onStep: step => {
					if (session.terminal.stderrIsTTY) output.err(`${t('plan.readingStep', {step})}\n`);
				},
			});
			output.out(session.flags.json ? renderPlanJson(plan) : renderPlanMarkdown(plan, t));
			if (session.terminal.stderrIsTTY) output.err(`${t('plan.written')}\n`);
			return plan.summary.stepsFailed > 0 ? EXIT.graph : EXIT.ok;
		} finally {
			dispose();
			lock.release();
		}
	} catch (error) {
		throw translateError(error, t, opened?.graph.redactor);
	} finally {
		await opened?.close();
	}
}
