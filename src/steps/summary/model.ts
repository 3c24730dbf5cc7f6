/**
 * The summary (step 9) as data: the COMPLIANCE.md verdicts with their reasons in words, the readiness findings, what
 * this tool changed (the journal), what is still open per step, the next actions and the commands to run. Pure: the
 * view shows it, `describe()` prints it in the plan document, and the report renderers can take the same input.
 */

import type {JournalEntry, JournalStatus} from '../../changes/journal.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {type DescribeContext, reasonWords} from '../../report/describe.js';
import type {FindingSeverity, Report, ReportVerdictName} from '../../report/types.js';
import {STEP_IDS, type StepId, stepInfo} from '../../wizard/step-ids.js';
import type {OpenItem} from '../types.js';

export const VERDICT_KEYS = ['mfaAllUsers', 'mfaAdmins', 'legacyAuthBlocked'] as const;
export type VerdictKey = (typeof VERDICT_KEYS)[number];

export interface SummaryVerdict {
	readonly key: VerdictKey;
	readonly verdict: ReportVerdictName;
	/** The reason strings as the report has them. */
	readonly reasons: readonly string[];
	/** The same, in words. */
	readonly explained: readonly string[];
}

export interface SummaryChange {
	readonly changeId: string;
	readonly step: string;
	readonly title: string;
	readonly status: JournalStatus;
	readonly at: string;
	/** `undo`: `mfa-onboard undo <id>` reverses it; `impossible`: why not; `none`: not in effect. */
	readonly undo:
		| {readonly kind: 'undo'}
		| {readonly kind: 'impossible'; readonly why: string}
		| {readonly kind: 'none'};
}

export interface SummaryOpenStep {
	readonly step: StepId;
	readonly items: readonly {readonly text: string; readonly severity: OpenItem['severity']; readonly breaks?: string}[];
}

export interface SummaryModel {
	readonly compliant: boolean | null;
	readonly generatedAt: string;
	readonly verdicts: readonly SummaryVerdict[];
	readonly findings: readonly {
		readonly id: string;
		readonly severity: FindingSeverity;
		readonly title: string;
		readonly detail: string;
	}[];
	readonly changes: readonly SummaryChange[];
	readonly open: readonly SummaryOpenStep[];
	readonly next: readonly string[];
	readonly commands: readonly string[];
}

export interface SummaryInput {
	readonly report: Report;
	/** Users and groups by id, for the ids in verdict reasons (the assessment's `directoryNames`). */
	readonly names: Readonly<Record<string, string>>;
	readonly journal: readonly JournalEntry[];
	readonly openItems: readonly OpenItem[];
	readonly t: Translator;
	readonly demo: boolean;
	readonly dryRun: boolean;
	readonly breakGlass: readonly string[];
}

const SEVERITY_ORDER: Readonly<Record<string, number>> = {high: 0, medium: 1, low: 2, info: 3};

function nextForVerdict(key: VerdictKey, verdict: ReportVerdictName): MessageKey | undefined {
	if (verdict === 'enforced') return undefined;
	if (verdict === 'unknown') return 'stepSummary.nextUnknown';
	if (key === 'legacyAuthBlocked')
		return verdict === 'reportOnly' ? 'stepSummary.nextLegacyReportOnly' : 'stepSummary.nextLegacy';
	return verdict === 'reportOnly'
		? 'stepSummary.nextReportOnly'
		: verdict === 'partial'
			? 'stepSummary.nextPartial'
			: 'stepSummary.nextNone';
}

/** Entries that changed the tenant or tried to (not the "already in place" ones), newest last. */
function changesOf(journal: readonly JournalEntry[], t: Translator): SummaryChange[] {
	return journal
		.filter(e => e.status !== 'already-done')
		.map(e => ({
			changeId: e.changeId,
			step: e.step,
			title: t.dynamic(e.title.key, e.title.params),
			status: e.status,
			at: e.undoneAt ?? e.finishedAt ?? e.startedAt,
			undo:
				e.status !== 'applied' || !e.undo
					? {kind: 'none' as const}
					: 'impossible' in e.undo
						? {kind: 'impossible' as const, why: t.dynamic(e.undo.impossible.key, e.undo.impossible.params)}
						: {kind: 'undo' as const},
		}));
}

export function buildSummary(input: SummaryInput): SummaryModel {
	const {report, t} = input;
	// The same words as `check` and `report` use for the same reasons (report/describe.ts).
	const ctx: DescribeContext = {report, names: input.names, t};
	const verdicts = VERDICT_KEYS.map(key => {
		const v = report.enforcement[key];
		return {
			key,
			verdict: v.verdict,
			reasons: v.reasons,
			explained: v.reasons.map(r => reasonWords(r, ctx, key)),
		};
	});
	const findings = [...report.findings]
		.sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9))
		.map(f => ({id: f.id, severity: f.severity, title: f.title, detail: f.detail}));
	const open: SummaryOpenStep[] = STEP_IDS.map(step => ({
		step,
		items: input.openItems
			.filter(o => o.step === step)
			.map(o => ({
				text: t.dynamic(o.text.key, o.text.params),
				severity: o.severity,
				...(o.breaks ? {breaks: t.dynamic(o.breaks.key, o.breaks.params)} : {}),
			})),
	})).filter(s => s.items.length > 0);

	const next: string[] = [];
	if (input.dryRun) next.push(t('stepSummary.nextDryRun'));
	for (const v of verdicts) {
		const key = nextForVerdict(v.key, v.verdict);
		if (key && !next.includes(t(key))) next.push(t(key));
	}
	for (const s of open) {
		const info = stepInfo(s.step);
		next.push(t('stepSummary.nextOpen', {n: info.number, step: t(info.short), count: s.items.length}));
	}
	// Graph cannot read or set who may use SSPR (GRAPH.md §10), so the tool can never check it: it is always worth a look.
	next.push(t('stepSummary.nextSsprScope'));
	if (report.compliant === true && open.length === 0) next.push(t('stepSummary.nextKeepChecking'));

	const demo = input.demo ? ' --demo' : '';
	const breakGlass = input.breakGlass.length > 0 ? ` --break-glass ${input.breakGlass.join(',')}` : '';
	const changes = changesOf(input.journal, t);
	const commands = [
		`mfa-onboard check${demo}${breakGlass}`,
		`mfa-onboard report --format md${demo}`,
		`mfa-onboard report --format html${demo}`,
		...(changes.some(c => c.undo.kind === 'undo') ? [`mfa-onboard undo CHANGE_ID${demo}`] : []),
	];
	return {
		compliant: report.compliant,
		generatedAt: report.generatedAt,
		verdicts,
		findings,
		changes,
		open,
		next,
		commands,
	};
}

/** True when a change was applied or undone after the assessment was read: the summary must read the tenant again. */
export function isStale(collectedAt: string, journal: readonly JournalEntry[]): boolean {
	// Journal times have whole seconds (the session clock): a change in the same second as the read counts as after it.
	const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
	const read = seconds(collectedAt);
	return journal.some(e => {
		const at = e.undoneAt ?? e.finishedAt;
		return (e.status === 'applied' || e.status === 'undone') && at !== undefined && seconds(at) >= read;
	});
}
