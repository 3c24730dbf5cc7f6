import {Spinner} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import type {Change} from '../changes/change.js';
import type {JournalEntry} from '../changes/journal.js';
import type {Preview} from '../changes/runner.js';
import type {WizardEngine} from '../wizard/engine.js';
import type {StepId} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {errorText} from './error-text.js';
import {wrapText} from './text.js';
import {useKeys} from './use-keys.js';
import {ConfirmDomain} from './widgets/ConfirmDomain.js';
import {VirtualList} from './widgets/VirtualList.js';

export interface PlanReviewProps {
	readonly engine: WizardEngine;
	readonly step: StepId;
	readonly changes: readonly Change[];
	readonly isDryRun: boolean;
	readonly domain: string;
	readonly isFocused: boolean;
	/** Done here (applied, declined or dry-run shown): back to the step list, on to the next step. */
	readonly onContinue: (outcome: 'applied' | 'declined' | 'planned' | 'failed') => void;
	/** Called as soon as every change is applied (before the admin presses Enter): a step records what follows. */
	readonly onApplied?: (entries: readonly JournalEntry[]) => void;
	/** Rows available; long plans scroll instead of overflowing the pane. */
	readonly height?: number;
	/** Columns available: requests wrap to it, so a long path or a body is shown whole, never cut. */
	readonly width?: number;
}

type Phase =
	| {kind: 'previewing'}
	| {kind: 'review'; previews: readonly Preview[]}
	| {kind: 'confirm-domain'; previews: readonly Preview[]}
	| {kind: 'applying'; done: number}
	| {
			kind: 'result';
			outcome: 'applied' | 'declined' | 'planned' | 'failed';
			entries: readonly JournalEntry[];
			error?: string;
	  };

function stateKey(state: Preview['state']): 'changes.stateCreate' | 'changes.stateUpdate' | 'changes.stateUnchanged' {
	return state === 'create'
		? 'changes.stateCreate'
		: state === 'update'
			? 'changes.stateUpdate'
			: 'changes.stateUnchanged';
}

/**
 * Plan, confirm, apply, verify (CONVENTIONS.md): the step's changes with what each would do in the tenant as it is now;
 * in a dry run the exact requests and nothing more; otherwise a confirmation — typing the tenant's domain when a change
 * challenges or blocks users — then each change applied and journaled, with its result.
 */
export function PlanReview({
	engine,
	step,
	changes,
	isDryRun,
	domain,
	isFocused,
	onContinue,
	onApplied,
	height = 20,
	width = 76,
}: PlanReviewProps) {
	const {t, theme} = useUi();
	const [phase, setPhase] = useState<Phase>({kind: 'previewing'});

	useEffect(() => {
		let active = true;
		if (changes.length === 0) {
			if (!isDryRun) engine.complete(step);
			setPhase({kind: 'result', outcome: 'planned', entries: []});
			return;
		}
		engine
			.preview(changes)
			.then(previews => {
				if (active) setPhase({kind: 'review', previews});
			})
			.catch((error: unknown) => {
				if (active) setPhase({kind: 'result', outcome: 'failed', entries: [], error: errorText(error, t)});
			});
		return () => {
			active = false;
		};
	}, [engine, step, changes, isDryRun, t]);

	const apply = (previews: readonly Preview[]) => {
		const pendingIds = new Set(previews.filter(p => p.state !== 'unchanged').map(p => p.change.id));
		// Every change goes to the runner, "already in place" ones too: it sends and journals nothing for those, and it
		// settles any change a killed run left half-done (the tenant shows it in place, the journal says "applying").
		const toApply = changes;
		setPhase({kind: 'applying', done: 0});
		const entries: JournalEntry[] = [];
		engine
			.apply(step, toApply, entry => {
				entries.push(entry);
				setPhase({kind: 'applying', done: entries.length});
			})
			.then(() => {
				onApplied?.(entries);
				setPhase({kind: 'result', outcome: 'applied', entries: entries.filter(e => pendingIds.has(e.changeId))});
			})
			.catch((error: unknown) => setPhase({kind: 'result', outcome: 'failed', entries, error: errorText(error, t)}));
	};

	useKeys(
		(input, key) => {
			if (phase.kind === 'review') {
				if (isDryRun) {
					if (key.return) setPhase({kind: 'result', outcome: 'planned', entries: []});
					return;
				}
				if (input === 'y') {
					const needsDomain = phase.previews.some(
						p => p.state !== 'unchanged' && p.change.confirmation === 'type-domain',
					);
					if (needsDomain) setPhase({kind: 'confirm-domain', previews: phase.previews});
					else apply(phase.previews);
				} else if (input === 'n' || key.escape) {
					setPhase({kind: 'result', outcome: 'declined', entries: []});
				}
			} else if (phase.kind === 'result' && key.return) {
				onContinue(phase.outcome);
			}
		},
		{isActive: isFocused && (phase.kind === 'review' || phase.kind === 'result')},
	);

	if (phase.kind === 'previewing') return <Spinner label={t('shell.assessingStep')} />;
	if (phase.kind === 'applying')
		return <Spinner label={t('shell.planApplying', {done: phase.done, total: changes.length})} />;
	if (phase.kind === 'confirm-domain') {
		return (
			<ConfirmDomain
				consequence={[
					...new Set(
						phase.previews
							.filter(p => p.state !== 'unchanged' && p.change.confirmation === 'type-domain')
							.map(
								({change: c}) => `• ${t.dynamic((c.consequence ?? c.title).key, (c.consequence ?? c.title).params)}`,
							),
					),
				].join('\n')}
				domain={domain}
				onConfirm={() => apply(phase.previews)}
				onCancel={() => setPhase({kind: 'result', outcome: 'declined', entries: []})}
			/>
		);
	}
	if (phase.kind === 'result') {
		// Steps that act one account at a time (recovery) apply from their view and plan nothing at the end.
		const appliedHere = engine.journal.filter(e => e.step === step && e.status === 'applied').length;
		const message =
			phase.outcome === 'applied'
				? t('shell.planApplied', {count: phase.entries.length})
				: phase.outcome === 'declined'
					? t('shell.planDeclined')
					: phase.outcome === 'failed'
						? t('shell.planFailed', {message: phase.error ?? ''})
						: changes.length === 0
							? appliedHere > 0
								? t('shell.planNothingMore', {count: appliedHere})
								: t('shell.planNothing')
							: t('shell.planDryRun');
		// What this step leaves open (planned work outside the tool, accounts not moved yet): said before moving on.
		const open = engine.openItems().filter(item => item.step === step).length;
		return (
			<Box flexDirection="column">
				{/* Wrapped here, not by Ink: Ink keeps the space a line breaks at, starting the next line with it. */}
				<Text {...(phase.outcome === 'failed' ? theme.error : theme.ok)}>
					{wrapText(message, Math.max(width - 2, 20)).join('\n')}
				</Text>
				{open > 0 ? (
					<Text {...theme.warn}>
						{wrapText(t('shell.planOpenItems', {count: open}), Math.max(width - 2, 20)).join('\n')}
					</Text>
				) : null}
				<Text {...theme.muted}>{t('shell.continueKey')}</Text>
			</Box>
		);
	}
	// Changes already in place are counted, not listed: the admin reads what will actually be sent.
	const pending = phase.previews.filter(p => p.state !== 'unchanged');
	const inPlace = phase.previews.length - pending.length;
	const rows = pending.flatMap(preview => [
		...wrapText(
			`• ${t.dynamic(preview.change.title.key, preview.change.title.params)} (${t(stateKey(preview.state))})`,
			Math.max(width - 2, 20),
			{hang: 2},
		).map((text, i) => ({key: `${preview.change.id}:t${i}`, text, muted: false})),
		// The exact request, wrapped rather than cut (in a dry run with its body): a path the admin cannot read is no preview.
		...wrapText(
			isDryRun
				? t('changes.wouldSend', {
						method: preview.request.method,
						path: `/${preview.request.version}${preview.request.path}`,
					})
				: `${preview.request.method} /${preview.request.version}${preview.request.path}`,
			Math.max(width - 2, 20),
			{indent: 2, hang: 2},
		).map((text, i) => ({key: `${preview.change.id}:r${i}`, text, muted: true})),
		...(isDryRun && preview.request.body !== undefined
			? wrapText(JSON.stringify(preview.request.body), Math.max(width - 2, 20), {indent: 4}).map((text, i) => ({
					key: `${preview.change.id}:b${i}`,
					text,
					muted: true,
				}))
			: []),
	]);
	const listHeight = Math.max(2, height - 4 - (isDryRun ? 2 : 0) - (inPlace > 0 ? 1 : 0));
	return (
		<Box flexDirection="column">
			<Text {...theme.title}>{t('shell.planTitle')}</Text>
			{isDryRun ? (
				<Text {...theme.warn} wrap="wrap">
					{t('shell.planDryRun')}
				</Text>
			) : null}
			<VirtualList
				items={rows}
				height={listHeight}
				isFocused={isFocused}
				emptyText={t('shell.planNothing')}
				renderItem={row => (
					<Text {...(row.muted ? theme.muted : {})} wrap="truncate-end">
						{row.text}
					</Text>
				)}
			/>
			{inPlace > 0 ? <Text {...theme.muted}>{t('shell.planInPlace', {count: inPlace})}</Text> : null}
			<Box marginTop={1}>
				<Text {...theme.selected}>
					{isDryRun ? t('shell.continueKey') : t('shell.planConfirm', {count: Math.max(pending.length, 1)})}
				</Text>
			</Box>
		</Box>
	);
}
