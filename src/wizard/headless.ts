/**
 * The wizard without a terminal (`mfa-onboard --dry-run --yes`): every registered step module is assessed, answered
 * (the admin's saved answers where given, the step's recommendations elsewhere), planned and previewed — reads only —
 * and the result is one plan document a change board can review, as Markdown or JSON. Generic over the step registry:
 * steps 6–9 join by registering their modules. Nothing is applied: the engine is built in dry-run, so the Graph layer
 * refuses any write, and the runner never calls `apply`.
 */
import {redactedRequest} from '../changes/runner.js';
import type {Translator} from '../i18n/index.js';
import type {Mode} from '../session.js';
import type {OpenItem} from '../steps/types.js';
import type {WizardEngine} from './engine.js';
import type {JsonValue} from './reducer.js';
import {STEP_IDS, type StepId, stepInfo} from './step-ids.js';

export const PLAN_SCHEMA_VERSION = 1;

export interface PlannedChange {
	readonly id: string;
	readonly title: string;
	readonly why: string;
	/** What the tenant shows now: it would be created, updated, or it is already in place; `unknown` when the look-up failed. */
	readonly state: 'create' | 'update' | 'unchanged' | 'unknown';
	readonly method: 'POST' | 'PATCH' | 'DELETE';
	/** The full URL as it would be sent (the cloud's Graph root, version and path). */
	readonly url: string;
	/** With secrets replaced by `[redacted]`. */
	readonly body?: JsonValue;
	readonly scopes: readonly string[];
	/** `type-domain` when applying it needs the tenant's domain typed (it challenges or blocks users). */
	readonly confirmation: 'confirm' | 'type-domain';
	/** Already applied by this tool (journal): a real run would not send it again. */
	readonly journaled: boolean;
	/** Set when the change cannot be undone once applied: why. */
	readonly irreversible?: string;
	readonly previewError?: string;
}

export interface PlannedOpenItem {
	readonly id: string;
	readonly severity: OpenItem['severity'];
	readonly text: string;
	readonly breaks?: string;
}

export interface PlanStep {
	readonly step: StepId;
	readonly number: number;
	readonly title: string;
	/** `notAvailable`: no module in this version; `skipped`: the admin skipped it (reason kept); `failed`: see error. */
	readonly status: 'planned' | 'skipped' | 'notAvailable' | 'failed';
	readonly skipReason?: string;
	readonly error?: string;
	readonly findings: readonly string[];
	readonly decisions: readonly {readonly question: string; readonly answer: string}[];
	readonly notes: readonly string[];
	readonly changes: readonly PlannedChange[];
	readonly openItems: readonly PlannedOpenItem[];
}

export interface PlanDocument {
	readonly schemaVersion: typeof PLAN_SCHEMA_VERSION;
	readonly kind: 'mfa-onboard-plan';
	readonly tool: {readonly name: 'mfa-onboard'; readonly version: string};
	readonly generatedAt: string;
	readonly mode: Mode;
	readonly dryRun: true;
	readonly lang: string;
	readonly tenant: {
		readonly id: string;
		readonly displayName: string;
		readonly defaultDomain: string | null;
		readonly cloud: string;
	};
	readonly steps: readonly PlanStep[];
	readonly summary: {
		readonly changes: number;
		readonly openItems: number;
		readonly stepsPlanned: number;
		readonly stepsNotAvailable: number;
		readonly stepsFailed: number;
	};
}

export interface HeadlessOptions {
	readonly t: Translator;
	readonly toolVersion: string;
	readonly mode: Mode;
	/** The cloud's Graph root (`https://graph.microsoft.com`), for the URLs in the plan. */
	readonly graphRoot: string;
	/** Steps to walk, in order (default: all nine). */
	readonly steps?: readonly StepId[];
	/** Called as each step starts (progress on stderr). */
	readonly onStep?: (step: StepId) => void;
	/** Called as the tenant is read. */
	readonly onProgress?: (text: string) => void;
}

function messageOf(error: unknown): string {
	return (error as Error)?.message ?? String(error);
}

/**
 * Walks the steps in order — later steps may read earlier answers through `answersOf` — and builds the plan.
 * The engine must be in dry-run; anything else is a bug and is refused before a step runs.
 */
export async function runHeadless(engine: WizardEngine, options: HeadlessOptions): Promise<PlanDocument> {
	const {t} = options;
	if (!engine.isDryRun) throw new Error('runHeadless needs an engine in dry-run');
	const assessment = await engine.ensureAssessment();
	const steps: PlanStep[] = [];
	for (const step of options.steps ?? STEP_IDS) {
		const info = stepInfo(step);
		const base = {step, number: info.number, title: t(info.title)};
		const empty = {findings: [], decisions: [], notes: [], changes: [], openItems: []};
		const module = engine.module(step);
		if (!module) {
			steps.push({...base, status: 'notAvailable', ...empty});
			continue;
		}
		const progress = engine.progressOf(step);
		if (progress.status === 'skipped') {
			steps.push({...base, status: 'skipped', skipReason: progress.skipReason, ...empty});
			continue;
		}
		options.onStep?.(step);
		try {
			const findings = await engine.assess(step);
			const answers = engine.effectiveAnswers(step);
			const ctx = engine.context();
			const changes = engine.plan(step);
			const planned: PlannedChange[] = [];
			for (const change of changes) {
				const common = {
					id: change.id,
					title: t.dynamic(change.title.key, change.title.params),
					why: t.dynamic(change.why.key, change.why.params),
					scopes: change.request.scopes,
					confirmation: change.confirmation,
					method: change.request.method,
					url: `${options.graphRoot}/${change.request.version}${change.request.path}`,
					...(change.irreversible
						? {irreversible: t.dynamic(change.irreversible.key, change.irreversible.params)}
						: {}),
				};
				try {
					const [preview] = await engine.preview([change]);
					planned.push({
						...common,
						state: preview!.state,
						...(preview!.request.body === undefined ? {} : {body: preview!.request.body}),
						journaled: preview!.journaled,
					});
				} catch (error) {
					const redacted = redactedRequest(change);
					planned.push({
						...common,
						state: 'unknown',
						...(redacted.body === undefined ? {} : {body: redacted.body}),
						journaled: false,
						previewError: messageOf(error),
					});
				}
			}
			const section = module.describe(findings, answers, ctx);
			const open = module.open(findings, answers, ctx).map(
				(item): PlannedOpenItem => ({
					id: item.id,
					severity: item.severity,
					text: t.dynamic(item.text.key, item.text.params),
					...(item.breaks ? {breaks: t.dynamic(item.breaks.key, item.breaks.params)} : {}),
				}),
			);
			steps.push({
				...base,
				status: 'planned',
				findings: section.findings,
				decisions: section.decisions,
				notes: section.notes,
				changes: planned,
				openItems: open,
			});
		} catch (error) {
			steps.push({...base, status: 'failed', error: messageOf(error), ...empty});
		}
	}
	return {
		schemaVersion: PLAN_SCHEMA_VERSION,
		kind: 'mfa-onboard-plan',
		tool: {name: 'mfa-onboard', version: options.toolVersion},
		generatedAt: engine.context().now(),
		mode: options.mode,
		dryRun: true,
		lang: t.lang,
		tenant: {
			id: assessment.tenant.id,
			displayName: assessment.tenant.displayName,
			defaultDomain: assessment.tenant.defaultDomain,
			cloud: assessment.tenant.cloud,
		},
		steps,
		summary: {
			changes: steps.reduce((n, s) => n + s.changes.length, 0),
			openItems: steps.reduce((n, s) => n + s.openItems.length, 0),
			stepsPlanned: steps.filter(s => s.status === 'planned').length,
			stepsNotAvailable: steps.filter(s => s.status === 'notAvailable').length,
			stepsFailed: steps.filter(s => s.status === 'failed').length,
		},
	};
}

export function renderPlanJson(doc: PlanDocument): string {
	return `${JSON.stringify(doc, null, 2)}\n`;
}

const SEVERITY_ORDER: Readonly<Record<OpenItem['severity'], number>> = {high: 0, medium: 1, low: 2};

function stateText(state: PlannedChange['state'], t: Translator): string {
	return state === 'create'
		? t('changes.stateCreate')
		: state === 'update'
			? t('changes.stateUpdate')
			: state === 'unchanged'
				? t('changes.stateUnchanged')
				: t('plan.stateUnknown');
}

/** The plan as Markdown, in the admin's language (the change board's copy). */
export function renderPlanMarkdown(doc: PlanDocument, t: Translator): string {
	const out: string[] = [];
	const tenant = `${doc.tenant.displayName}${doc.tenant.defaultDomain ? ` (${doc.tenant.defaultDomain})` : ''}`;
	out.push(`# ${t('plan.title', {tenant})}`, '');
	out.push(
		t('plan.intro', {
			when: t.dateTime(doc.generatedAt),
			mode: doc.mode === 'demo' ? t('plan.modeDemo') : t('plan.modeLive'),
			version: doc.tool.version,
		}),
		'',
	);
	out.push(
		t('plan.summary', {
			changes: doc.summary.changes,
			steps: doc.summary.stepsPlanned,
			open: doc.summary.openItems,
		}),
		'',
	);
	for (const step of doc.steps) {
		out.push(`## ${t('plan.stepHeading', {n: step.number, title: step.title})}`, '');
		if (step.status === 'notAvailable') {
			out.push(t('plan.notAvailable'), '');
			continue;
		}
		if (step.status === 'skipped') {
			out.push(t('plan.skipped', {reason: step.skipReason ?? ''}), '');
			continue;
		}
		if (step.status === 'failed') {
			out.push(t('plan.failed', {message: step.error ?? ''}), '');
			continue;
		}
		if (step.findings.length > 0) {
			out.push(`### ${t('plan.findings')}`, '', ...step.findings.map(f => `- ${f.trim()}`), '');
		}
		if (step.decisions.length > 0) {
			out.push(`### ${t('plan.decisions')}`, '', ...step.decisions.map(d => `- ${d.question}: **${d.answer}**`), '');
		}
		out.push(`### ${t('plan.changes')}`, '');
		if (step.changes.length === 0) out.push(t('plan.noChanges'), '');
		step.changes.forEach((c, i) => {
			out.push(`${i + 1}. **${c.title}** (${stateText(c.state, t)}) — ${c.why}`);
			out.push(`   ${t('changes.wouldSend', {method: c.method, path: c.url})}`);
			if (c.body !== undefined) {
				out.push(
					'',
					'   ```json',
					...JSON.stringify(c.body, null, 2)
						.split('\n')
						.map(l => `   ${l}`),
					'   ```',
					'',
				);
			}
			out.push(
				`   ${t(c.irreversible === undefined ? 'plan.changeMeta' : 'plan.changeMetaNoUndo', {
					id: c.id,
					scopes: c.scopes.join(', '),
					confirmation: c.confirmation === 'type-domain' ? t('plan.confirmDomain') : t('plan.confirmKey'),
					reason: c.irreversible ?? '',
				})}`,
			);
			if (c.journaled) out.push(`   ${t('plan.journaled')}`);
			if (c.previewError) out.push(`   ${t('plan.previewFailed', {message: c.previewError})}`);
			out.push('');
		});
		if (step.notes.length > 0) out.push(`### ${t('plan.notes')}`, '', ...step.notes.map(n => `- ${n}`), '');
		if (step.openItems.length > 0) {
			out.push(`### ${t('plan.open')}`, '');
			for (const item of [...step.openItems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
				out.push(
					`- [${t.dynamic(`plan.severity_${item.severity}`)}] ${item.text}${item.breaks ? ` ${item.breaks}` : ''}`,
				);
			}
			out.push('');
		}
	}
	out.push('---', '', t('plan.footer'), '');
	return out.join('\n');
}
