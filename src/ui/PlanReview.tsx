import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {Change} from '../changes/change.js';
import type {JournalEntry} from '../changes/journal.js';
import type {Preview} from '../changes/runner.js';
import type {WizardEngine} from '../wizard/engine.js';
import type {StepId} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {errorText} from './error-text.js';
import {ConfirmDomain} from './widgets/ConfirmDomain.js';

export interface PlanReviewProps {
	readonly engine: WizardEngine;
	readonly step: StepId;
	readonly changes: readonly Change[];
	readonly isDryRun: boolean;
	readonly domain: string;
	readonly isFocused: boolean;
	/** Done here (applied, declined or dry-run shown): back to the step list, on to the next step. */
	readonly onContinue: (outcome: 'applied' | 'declined' | 'planned' | 'failed') => void;
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
export function PlanReview({engine, step, changes, isDryRun, domain, isFocused, onContinue}: PlanReviewProps) {
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
		const pending = previews.filter(p => p.state !== 'unchanged').map(p => p.change);
		const toApply = pending.length > 0 ? pending : changes;
		setPhase({kind: 'applying', done: 0});
		const entries: JournalEntry[] = [];
		engine
			.apply(step, toApply, entry => {
				entries.push(entry);
				setPhase({kind: 'applying', done: entries.length});
			})
			.then(() => setPhase({kind: 'result', outcome: 'applied', entries}))
			.catch((error: unknown) => setPhase({kind: 'result', outcome: 'failed', entries, error: errorText(error, t)}));
	};

	useInput(
		(input, key) => {
			if (phase.kind === 'review') {
				if (isDryRun) {
					if (key.return) setPhase({kind: 'result', outcome: 'planned', entries: []});
					return;
				}
				if (input === 'y') {
					const needsDomain = changes.some(c => c.confirmation === 'type-domain');
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
				consequence={changes.map(c => `• ${t.dynamic(c.title.key, c.title.params)}`).join('\n')}
				domain={domain}
				onConfirm={() => apply(phase.previews)}
				onCancel={() => setPhase({kind: 'result', outcome: 'declined', entries: []})}
			/>
		);
	}
	if (phase.kind === 'result') {
		const message =
			phase.outcome === 'applied'
				? t('shell.planApplied', {count: phase.entries.length})
				: phase.outcome === 'declined'
					? t('shell.planDeclined')
					: phase.outcome === 'failed'
						? t('shell.planFailed', {message: phase.error ?? ''})
						: changes.length === 0
							? t('shell.planNothing')
							: t('shell.planDryRun');
		return (
			<Box flexDirection="column">
				<Text {...(phase.outcome === 'failed' ? theme.error : theme.ok)} wrap="wrap">
					{message}
				</Text>
				<Text {...theme.muted}>{t('shell.continueKey')}</Text>
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Text {...theme.title}>{t('shell.planTitle')}</Text>
			{isDryRun ? (
				<Text {...theme.warn} wrap="wrap">
					{t('shell.planDryRun')}
				</Text>
			) : null}
			{phase.previews.map(preview => (
				<Box key={preview.change.id} flexDirection="column">
					<Text wrap="wrap">
						{`• ${t.dynamic(preview.change.title.key, preview.change.title.params)} `}
						<Text {...theme.muted}>{`(${t(stateKey(preview.state))})`}</Text>
					</Text>
					<Text {...theme.muted} wrap="truncate-end">
						{`  ${isDryRun ? t('changes.wouldSend', {method: preview.request.method, path: `/${preview.request.version}${preview.request.path}`}) : `${preview.request.method} /${preview.request.version}${preview.request.path}`}`}
					</Text>
				</Box>
			))}
			<Box marginTop={1}>
				<Text {...theme.selected}>
					{isDryRun ? t('shell.continueKey') : t('shell.planConfirm', {count: changes.length})}
				</Text>
			</Box>
		</Box>
	);
}
