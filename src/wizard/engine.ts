/**
 * The wizard's effects, without a terminal: read the tenant once (the shared assessment), assess a step, record
 * answers, plan its changes, preview them (reads only, also in dry-run) and apply them through the ChangeRunner with
 * the journal in the tenant's progress file. The Ink app and `--dry-run --yes` both drive this object.
 */
import type {Assessment} from '../assessment/types.js';
import type {Change, ChangeTransport} from '../changes/change.js';
import {type JournalEntry, type JournalSink, parseJournal} from '../changes/journal.js';
import {ChangeRunner, type Preview} from '../changes/runner.js';
import type {Graph} from '../graph/client.js';
import type {Translator} from '../i18n/index.js';
import type {Mode} from '../session.js';
import type {Answers, OpenItem, StepContext, StepModule} from '../steps/types.js';
import type {WizardController} from './controller.js';
import type {ProgressStore} from './progress-store.js';
import type {JsonValue} from './reducer.js';
import {STEP_IDS, type StepId} from './step-ids.js';

export type LoadState =
	| {readonly kind: 'idle'}
	| {readonly kind: 'loading'}
	| {readonly kind: 'ready'}
	| {readonly kind: 'error'; readonly error: unknown};

export interface EngineOptions {
	readonly controller: WizardController;
	readonly store: ProgressStore;
	readonly graph: Graph;
	readonly steps: ReadonlyMap<StepId, StepModule>;
	/** Reads the tenant (the collector, bound to this tenant and session); reports what it is reading. */
	readonly collect: (breakGlass: readonly string[], onProgress: (text: string) => void) => Promise<Assessment>;
	readonly t: Translator;
	readonly now: () => string;
	readonly mode: Mode;
	readonly dryRun: boolean;
	readonly workDir: string;
	/** --break-glass, merged with what the admin declares in the wizard. */
	readonly breakGlass: readonly string[];
	/** --i-understand-lockout-risk (see StepContext.acceptLockoutRisk). */
	readonly acceptLockoutRisk?: boolean;
}

const BREAK_GLASS_SECTION = 'breakGlass';

/** The journal kept in the progress file. */
export function storeJournal(store: ProgressStore): JournalSink {
	return {
		load: () => parseJournal(store.journal as unknown[]),
		save: entries => store.saveJournal(entries as unknown as JsonValue[]),
	};
}

export class WizardEngine {
	private assessmentValue: Assessment | undefined;
	private assessmentState: LoadState = {kind: 'idle'};
	private assessing: Promise<Assessment> | undefined;
	private readonly findings = new Map<StepId, unknown>();
	private readonly stepStates = new Map<StepId, LoadState>();
	private readonly listeners = new Set<() => void>();
	private version = 0;
	private progressText: string | undefined;
	readonly runner: ChangeRunner;

	constructor(private readonly options: EngineOptions) {
		this.runner = new ChangeRunner({
			transport: options.graph satisfies ChangeTransport,
			journal: storeJournal(options.store),
			now: options.now,
			t: options.t,
		});
	}

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	/** Changes whenever anything observable changes (for useSyncExternalStore). */
	getVersion = (): number => this.version;

	private emit(): void {
		this.version += 1;
		for (const listener of this.listeners) listener();
	}

	get assessment(): Assessment | undefined {
		return this.assessmentValue;
	}

	get assessmentLoad(): LoadState {
		return this.assessmentState;
	}

	/** What the collector is reading now (for the loading screen). */
	get assessmentProgress(): string | undefined {
		return this.progressText;
	}

	stepLoad(step: StepId): LoadState {
		return this.stepStates.get(step) ?? {kind: 'idle'};
	}

	module(step: StepId): StepModule | undefined {
		return this.options.steps.get(step);
	}

	findingsOf<F>(step: StepId): F | undefined {
		return this.findings.get(step) as F | undefined;
	}

	/** Declared emergency-access accounts: --break-glass first, then the wizard's answer, de-duplicated in order. */
	get breakGlass(): readonly string[] {
		const saved = this.options.store.section<string[]>(BREAK_GLASS_SECTION) ?? [];
		const seen = new Set<string>();
		return [...this.options.breakGlass, ...saved].filter(entry => {
			const key = entry.toLowerCase();
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	}

	/** Records the admin's break-glass declaration; the next assessment checks it. */
	declareBreakGlass(accounts: readonly string[]): void {
		this.options.store.saveSection(BREAK_GLASS_SECTION, [...accounts]);
		this.emit();
	}

	answers(step: StepId): Answers {
		return this.options.controller.progress.steps[step].answers;
	}

	context(): StepContext {
		const assessment = this.assessmentValue;
		if (!assessment) throw new Error('The tenant has not been read yet.');
		return {
			assessment,
			graph: this.options.graph,
			t: this.options.t,
			mode: this.options.mode,
			dryRun: this.options.dryRun,
			now: this.options.now,
			workDir: this.options.workDir,
			breakGlass: this.breakGlass,
			answersOf: step => this.answers(step),
			acceptLockoutRisk: this.options.acceptLockoutRisk === true,
		};
	}

	/** Reads the tenant once per run (or again when asked: resume re-assesses, the tenant is the truth). */
	async ensureAssessment(options: {refresh?: boolean} = {}): Promise<Assessment> {
		if (this.assessmentValue && !options.refresh) return this.assessmentValue;
		if (this.assessing) return this.assessing;
		this.assessmentState = {kind: 'loading'};
		this.emit();
		this.progressText = undefined;
		this.assessing = this.options
			.collect(this.breakGlass, text => {
				this.progressText = text;
				this.emit();
			})
			.then(assessment => {
				this.assessmentValue = assessment;
				this.assessmentState = {kind: 'ready'};
				this.findings.clear();
				this.stepStates.clear();
				return assessment;
			})
			.catch((error: unknown) => {
				this.assessmentState = {kind: 'error', error};
				throw error;
			})
			.finally(() => {
				this.assessing = undefined;
				this.emit();
			});
		return this.assessing;
	}

	/** Assesses a step (once per assessment) and records its digest. */
	async assess<F>(step: StepId): Promise<F> {
		const module = this.module(step);
		if (!module) throw new Error(`No module for step ${step}`);
		if (this.findings.has(step)) return this.findings.get(step) as F;
		await this.ensureAssessment();
		this.stepStates.set(step, {kind: 'loading'});
		this.emit();
		try {
			const findings = (await module.assess(this.context())) as F;
			this.findings.set(step, findings);
			this.stepStates.set(step, {kind: 'ready'});
			this.options.controller.dispatch({
				type: 'step-assessed',
				step,
				at: this.options.now(),
				summary: module.summarize(findings),
			});
			return findings;
		} catch (error) {
			this.stepStates.set(step, {kind: 'error', error});
			throw error;
		} finally {
			this.emit();
		}
	}

	/**
	 * Assesses a step again (after its own changes, or a new break-glass declaration), keeping the current findings on
	 * screen until the new ones are ready: the step's view stays mounted and keeps its place.
	 */
	async reassess<F>(step: StepId): Promise<F> {
		const module = this.module(step);
		if (!module) throw new Error(`No module for step ${step}`);
		if (!this.findings.has(step)) return this.assess<F>(step);
		const findings = (await module.assess(this.context())) as F;
		this.findings.set(step, findings);
		this.options.controller.dispatch({
			type: 'step-assessed',
			step,
			at: this.options.now(),
			summary: module.summarize(findings),
		});
		this.emit();
		return findings;
	}

	answer(step: StepId, key: string, value: JsonValue): void {
		this.options.controller.dispatch({type: 'answer-given', step, key, value, at: this.options.now()});
		this.emit();
	}

	/** The admin's answers, with the step's recommendations for questions not answered yet. */
	effectiveAnswers(step: StepId): Answers {
		const module = this.module(step);
		const findings = this.findings.get(step);
		if (!module || findings === undefined) return this.answers(step);
		return {...module.recommend(findings, this.context()), ...this.answers(step)};
	}

	/** The changes the current answers imply; recorded as the step's plan. */
	plan(step: StepId): readonly Change[] {
		const module = this.module(step);
		const findings = this.findings.get(step);
		if (!module || findings === undefined) return [];
		const changes = module.plan(findings, this.effectiveAnswers(step), this.context());
		this.options.controller.dispatch({
			type: 'changes-planned',
			step,
			changeIds: changes.map(c => c.id),
			at: this.options.now(),
		});
		return changes;
	}

	/** What each change would do (reads only, allowed in dry-run). */
	preview(changes: readonly Change[]): Promise<Preview[]> {
		return Promise.all(changes.map(change => this.runner.preview(change)));
	}

	/**
	 * Applies the step's changes one by one (never in dry-run: the Graph layer would refuse anyway). Stops at the first
	 * failure; what was applied stays applied and journaled.
	 */
	async apply(
		step: StepId,
		changes: readonly Change[],
		onEach?: (entry: JournalEntry) => void,
	): Promise<JournalEntry[]> {
		if (this.options.dryRun) throw new Error('apply() called in a dry run');
		const done: JournalEntry[] = [];
		try {
			for (const change of changes) {
				const entry = await this.runner.apply(change);
				done.push(entry);
				onEach?.(entry);
				this.emit();
			}
		} finally {
			const applied = done.filter(e => e.status === 'applied' || e.status === 'already-done').map(e => e.changeId);
			this.options.controller.dispatch({type: 'changes-applied', step, changeIds: applied, at: this.options.now()});
		}
		return done;
	}

	/** Marks a step with nothing to apply as done (its decisions are recorded). */
	complete(step: StepId): void {
		this.options.controller.dispatch({type: 'changes-planned', step, changeIds: [], at: this.options.now()});
		this.options.controller.dispatch({type: 'changes-applied', step, changeIds: [], at: this.options.now()});
	}

	skip(step: StepId, reason: string): void {
		this.options.controller.dispatch({type: 'step-skipped', step, reason, at: this.options.now()});
	}

	fail(step: StepId, error: {message: string; code?: string}): void {
		this.options.controller.dispatch({type: 'step-failed', step, error, at: this.options.now()});
	}

	get journal(): readonly JournalEntry[] {
		return parseJournal(this.options.store.journal as unknown[]);
	}

	/** Unresolved items of every assessed step (the summary, the lockout guard). */
	openItems(): OpenItem[] {
		if (!this.assessmentValue) return [];
		const items: OpenItem[] = [];
		for (const step of STEP_IDS) {
			const module = this.module(step);
			const findings = this.findings.get(step);
			if (module && findings !== undefined)
				items.push(...module.open(findings, this.effectiveAnswers(step), this.context()));
		}
		return items;
	}
}
