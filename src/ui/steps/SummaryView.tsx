import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {compliantText, type SummaryFindings, VERDICT_LABEL, VERDICT_NAME} from '../../steps/summary/index.js';
import {buildSummary, isStale, type SummaryModel} from '../../steps/summary/model.js';
import {availableFormats, type ReportFormat, writeReport} from '../../steps/summary/report-seam.js';
import type {WizardEngine} from '../../wizard/engine.js';
import {STEP_IDS, stepInfo} from '../../wizard/step-ids.js';
import {useUi} from '../context.js';
import {errorText} from '../error-text.js';
import {clip, wrapText} from '../text.js';
import type {Theme} from '../theme.js';
import type {StepViewProps} from './types.js';

type Tone = 'title' | 'ok' | 'warn' | 'error' | 'muted' | 'plain';

interface Line {
	readonly text: string;
	readonly tone: Tone;
	readonly indent?: number;
}

const FORMAT_KEY: Readonly<Record<ReportFormat, {key: string; name: MessageKey}>> = {
	md: {key: 'm', name: 'stepSummary.formatMd'},
	html: {key: 'h', name: 'stepSummary.formatHtml'},
	// Not j: j scrolls, like k and the arrows.
	json: {key: 'w', name: 'stepSummary.formatJson'},
};

const SEVERITY: Readonly<Record<SummaryModel['findings'][number]['severity'], MessageKey>> = {
	high: 'stepSummary.severityHigh',
	medium: 'stepSummary.severityMedium',
	low: 'stepSummary.severityLow',
	info: 'stepSummary.severityInfo',
};

/**
 * The journal length at the last refresh this view asked for, per engine: a refresh remounts the view, and this keeps
 * it from asking again for the same changes (a clock that disagrees with the collector's would otherwise loop).
 */
const refreshedAt = new WeakMap<WizardEngine, number>();

function toneStyle(tone: Tone, theme: Theme): object {
	switch (tone) {
		case 'title':
			return theme.title;
		case 'ok':
			return theme.ok;
		case 'warn':
			return theme.warn;
		case 'error':
			return theme.error;
		case 'muted':
			return theme.muted;
		default:
			return {};
	}
}

function timeOf(iso: string, t: Translator): string {
	return t.dateTime(iso);
}

/** The summary as logical lines (wrapped later to the pane's width). */
export function summaryLines(model: SummaryModel, t: Translator): Line[] {
	const lines: Line[] = [];
	const blank = () => lines.push({text: '', tone: 'plain'});
	lines.push({
		text: compliantText(model.compliant, t),
		tone: model.compliant === true ? 'ok' : model.compliant === false ? 'error' : 'warn',
	});
	lines.push({text: t('stepSummary.asOf', {time: timeOf(model.generatedAt, t)}), tone: 'muted'});
	for (const v of model.verdicts) {
		const ok = v.verdict === 'enforced';
		lines.push({
			text: `${ok ? '✔' : v.verdict === 'unknown' ? '?' : '✖'} ${t(VERDICT_NAME[v.key])}: ${t(VERDICT_LABEL[v.verdict])}`,
			tone: ok ? 'ok' : v.verdict === 'unknown' ? 'warn' : 'error',
		});
		for (const reason of v.explained) lines.push({text: `· ${reason}`, tone: 'muted', indent: 2});
	}
	blank();
	lines.push({text: t('stepSummary.sectionFindings', {count: model.findings.length}), tone: 'title'});
	for (const f of model.findings) {
		lines.push({
			text: `${t(SEVERITY[f.severity])} ${f.title}`,
			tone: f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warn' : 'muted',
			indent: 2,
		});
	}
	blank();
	lines.push({text: t('stepSummary.sectionChanges', {count: model.changes.length}), tone: 'title'});
	if (model.changes.length === 0) lines.push({text: t('stepSummary.noChanges'), tone: 'muted', indent: 2});
	for (const c of model.changes) {
		const status = t(
			`changes.status${c.status === 'already-done' ? 'AlreadyDone' : c.status[0]!.toUpperCase()}${c.status.slice(1)}` as MessageKey,
		);
		const undo =
			c.undo.kind === 'undo'
				? t('stepSummary.undoWith', {id: c.changeId})
				: c.undo.kind === 'impossible'
					? t('stepSummary.undoImpossible')
					: '';
		lines.push({
			text: `${c.status === 'applied' ? '✔' : c.status === 'undone' ? '↶' : '✖'} ${c.title}`,
			tone: 'plain',
			indent: 2,
		});
		lines.push({text: [`${status} ${timeOf(c.at, t)}`, undo].filter(Boolean).join(' · '), tone: 'muted', indent: 4});
	}
	blank();
	lines.push({text: t('stepSummary.sectionOpen'), tone: 'title'});
	if (model.open.length === 0) lines.push({text: t('stepSummary.nothingOpen'), tone: 'muted', indent: 2});
	for (const s of model.open) {
		const info = stepInfo(s.step);
		lines.push({text: t('stepSummary.stepHeading', {n: info.number, step: t(info.short)}), tone: 'plain', indent: 2});
		for (const item of s.items) {
			lines.push({text: `· ${item.text}`, tone: item.severity === 'high' ? 'warn' : 'muted', indent: 4});
		}
	}
	blank();
	lines.push({text: t('stepSummary.sectionNext'), tone: 'title'});
	for (const n of model.next) lines.push({text: `· ${n}`, tone: 'plain', indent: 2});
	blank();
	lines.push({text: t('stepSummary.sectionCommands'), tone: 'title'});
	for (const c of model.commands) lines.push({text: c, tone: 'plain', indent: 2});
	return lines;
}

/** Logical lines → screen lines of at most `width` columns, continuation lines indented like their first. */
function layout(lines: readonly Line[], width: number): Line[] {
	return lines.flatMap(line => {
		const indent = line.indent ?? 0;
		// A line that starts with a mark (· ✔ ✖ ↶ ?) continues under its text, not under the mark.
		const continuation = /^[·✔✖↶?] /.test(line.text) ? indent + 2 : indent;
		const first = wrapText(line.text, width - indent);
		const [head = '', ...rest] = first;
		const restText = rest.join(' ');
		const more = restText ? wrapText(restText, width - continuation) : [];
		return [
			{text: `${' '.repeat(indent)}${head}`, tone: line.tone},
			...more.map(text => ({text: `${' '.repeat(continuation)}${text}`, tone: line.tone})),
		];
	});
}

type Phase = {readonly kind: 'gathering'} | {readonly kind: 'ready'; readonly model: SummaryModel};

/**
 * Step 9's view: reads the tenant again when changes were applied since it was read, assesses every step so their
 * open items are current, then shows the summary as a scrollable page, with keys to write the report in the formats
 * this build has.
 */
export function SummaryView({engine, isFocused, width, height, onFinish}: StepViewProps<SummaryFindings>) {
	const {t, theme} = useUi();
	const [phase, setPhase] = useState<Phase>({kind: 'gathering'});
	const [offset, setOffset] = useState(0);
	const [status, setStatus] = useState<{text: string; tone: Tone} | undefined>(undefined);
	const mounted = useRef(true);
	const formats = availableFormats();

	useEffect(() => {
		mounted.current = true;
		const journal = engine.journal;
		const assessment = engine.assessment;
		if (assessment && isStale(assessment.collectedAt, journal) && refreshedAt.get(engine) !== journal.length) {
			refreshedAt.set(engine, journal.length);
			// The host shows the reading spinner and mounts this view again on the fresh assessment.
			engine.ensureAssessment({refresh: true}).catch(() => undefined);
			return;
		}
		(async () => {
			for (const step of STEP_IDS) {
				if (step === 'summary' || !engine.module(step)) continue;
				// A step that cannot be assessed (a read failed) shows its error in its own pane; the summary goes on.
				await engine.assess(step).catch(() => undefined);
			}
			if (!mounted.current) return;
			const context = engine.context();
			const model = buildSummary({
				report: context.assessment.report,
				names: context.assessment.directoryNames,
				journal: engine.journal,
				openItems: engine.openItems(),
				t,
				demo: context.mode === 'demo',
				dryRun: context.dryRun,
				breakGlass: context.breakGlass,
			});
			setPhase({kind: 'ready', model});
		})().catch(() => undefined);
		return () => {
			mounted.current = false;
		};
	}, [engine, t]);

	const lines = phase.kind === 'ready' ? layout(summaryLines(phase.model, t), width) : [];
	const rows = Math.max(1, height - 2);
	const maxOffset = Math.max(0, lines.length - rows);

	useInput(
		(input, key) => {
			if (phase.kind !== 'ready') return;
			if (key.downArrow || input === 'j') setOffset(o => Math.min(maxOffset, o + 1));
			else if (key.upArrow || input === 'k') setOffset(o => Math.max(0, o - 1));
			else if (key.pageDown) setOffset(o => Math.min(maxOffset, o + rows));
			else if (key.pageUp) setOffset(o => Math.max(0, o - rows));
			else if (key.home) setOffset(0);
			else if (key.end) setOffset(maxOffset);
			else if (input === 'f') onFinish();
			else {
				const format = formats.find(f => FORMAT_KEY[f].key === input);
				if (!format) return;
				try {
					const context = engine.context();
					const file = writeReport(context.workDir, format, {
						report: context.assessment.report,
						journal: engine.journal,
						t,
					});
					setStatus({text: t('stepSummary.reportWritten', {file}), tone: 'ok'});
				} catch (error) {
					setStatus({text: t('stepSummary.reportFailed', {message: errorText(error, t)}), tone: 'error'});
				}
			}
		},
		{isActive: isFocused},
	);

	if (phase.kind !== 'ready') {
		return (
			<Box marginTop={1}>
				<Spinner label={t('stepSummary.gathering')} />
			</Box>
		);
	}

	const start = Math.min(offset, maxOffset);
	const visible = lines.slice(start, start + rows);
	const keys = [
		...(lines.length > rows ? [`${start + 1}–${start + visible.length}/${lines.length}`] : []),
		t('stepSummary.keyFinish'),
		...formats.map(f => t('stepSummary.keyWrite', {key: FORMAT_KEY[f].key, format: t(FORMAT_KEY[f].name)})),
		...(lines.length > rows ? [t('stepSummary.keyScroll')] : []),
	].join(' · ');
	return (
		<Box flexDirection="column" width={width}>
			{visible.map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the window's rows are positions in a fixed page.
				<Text key={start + i} {...toneStyle(line.tone, theme)}>
					{clip(line.text, width) || ' '}
				</Text>
			))}
			{status ? <Text {...toneStyle(status.tone, theme)}>{clip(status.text, width)}</Text> : <Text> </Text>}
			<Text {...theme.muted}>{clip(keys, width)}</Text>
		</Box>
	);
}
