/**
 * Branch `enforce`: step 6's whole apply, without a terminal, as the view drives it — re-assess, plan the report-only
 * round, apply it through the ChangeRunner; re-assess, plan the switch-on round, apply it — with hooks around every
 * request and every journal save, so a test (or a child process) can die at any of those points.
 */
import type {Assessment} from '../../src/assessment/types.js';
import type {ChangeTransport} from '../../src/changes/change.js';
import type {JournalEntry, JournalSink} from '../../src/changes/journal.js';
import {ChangeRunner} from '../../src/changes/runner.js';
import type {Graph} from '../../src/graph/client.js';
import type {Translator} from '../../src/i18n/index.js';
import {assessEnforce} from '../../src/steps/enforce/findings.js';
import {planEnforce} from '../../src/steps/enforce/plan.js';
import type {Answers, StepContext} from '../../src/steps/types.js';

export type FlowEvent =
	| {readonly kind: 'before-request' | 'after-request'; readonly method: string; readonly path: string}
	| {readonly kind: 'before-save' | 'after-save'};

export interface FlowOptions {
	readonly graph: Graph;
	readonly journal: JournalSink;
	readonly assessment: Assessment;
	readonly breakGlass: readonly string[];
	readonly answers: Answers;
	readonly now: () => string;
	readonly t: Translator;
	/** Called at every event; throwing (or killing the process) stops the run there. */
	readonly onEvent?: (event: FlowEvent) => void;
	/** Stop after the report-only round. */
	readonly reportOnlyOnly?: boolean;
}

/** Runs the report-only round, then the switch-on round. Returns the journal entries each apply returned. */
export async function runEnforceFlow(options: FlowOptions): Promise<JournalEntry[]> {
	const {graph, onEvent} = options;
	const transport: ChangeTransport = {
		async request(spec) {
			const event = {method: spec.method ?? 'GET', path: spec.path};
			onEvent?.({kind: 'before-request', ...event});
			const response = await graph.request(spec as never);
			onEvent?.({kind: 'after-request', ...event});
			return response as never;
		},
	};
	const journal: JournalSink = {
		load: () => options.journal.load(),
		save: entries => {
			onEvent?.({kind: 'before-save'});
			options.journal.save(entries);
			onEvent?.({kind: 'after-save'});
		},
	};
	const runner = new ChangeRunner({transport, journal, now: options.now, t: options.t});
	const ctx: StepContext = {
		assessment: options.assessment,
		graph,
		t: options.t,
		mode: 'demo',
		dryRun: false,
		now: options.now,
		workDir: '.',
		breakGlass: options.breakGlass,
		answersOf: () => options.answers,
	};
	const out: JournalEntry[] = [];
	const round = async (answers: Answers) => {
		const findings = await assessEnforce(ctx);
		for (const change of planEnforce(findings, answers, ctx, {password: () => 'Unused-Password-1!'})) {
			out.push(await runner.apply(change));
		}
	};
	await round({...options.answers, enable: false});
	if (!options.reportOnlyOnly) await round({...options.answers, enable: true});
	return out;
}

/** A journal without its timestamps (runs at different times compare equal when they did the same things). */
export function normaliseJournal(entries: readonly JournalEntry[]): unknown[] {
	return entries.map(e => {
		const {startedAt: _s, finishedAt: _f, undoneAt: _u, ...rest} = e;
		return JSON.parse(
			JSON.stringify(rest, (key, value) => (key === 'modifiedDateTime' || key === 'createdDateTime' ? '<t>' : value)),
		);
	});
}
