import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {type ComponentType, useEffect, useState, useSyncExternalStore} from 'react';
import type {Change} from '../changes/change.js';
import type {WizardEngine} from '../wizard/engine.js';
import type {StepId} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {PlanReview} from './PlanReview.js';
import type {StepViewProps} from './steps/types.js';

export interface StepHostProps {
	readonly engine: WizardEngine;
	readonly step: StepId;
	readonly view: ComponentType<StepViewProps>;
	readonly isFocused: boolean;
	readonly isDryRun: boolean;
	readonly domain: string;
	readonly width: number;
	readonly height: number;
	/** The step is finished here (or the admin left its review): move on. */
	readonly onContinue: () => void;
}

function messageOf(error: unknown): string {
	return (error as Error)?.message ?? String(error);
}

/**
 * Hosts one step's view: reads the tenant when nothing is read yet, assesses the step, shows the step's own view, and
 * when the admin finishes it, runs the plan review (preview, confirm, apply).
 */
export function StepHost({
	engine,
	step,
	view: View,
	isFocused,
	isDryRun,
	domain,
	width,
	height,
	onContinue,
}: StepHostProps) {
	const {t, theme} = useUi();
	useSyncExternalStore(engine.subscribe, engine.getVersion);
	const [plan, setPlan] = useState<readonly Change[] | undefined>(undefined);
	const assessment = engine.assessmentLoad;
	const stepLoad = engine.stepLoad(step);
	const findings = engine.findingsOf(step);

	useEffect(() => {
		if (engine.assessmentLoad.kind === 'idle') engine.ensureAssessment().catch(() => undefined);
		else if (engine.assessmentLoad.kind === 'ready' && engine.stepLoad(step).kind === 'idle') {
			engine.assess(step).catch(() => undefined);
		}
	});

	useInput(
		input => {
			if (input !== 'r') return;
			if (assessment.kind === 'error') engine.ensureAssessment({refresh: true}).catch(() => undefined);
			else if (stepLoad.kind === 'error') engine.assess(step).catch(() => undefined);
		},
		{isActive: isFocused && (assessment.kind === 'error' || stepLoad.kind === 'error')},
	);

	if (assessment.kind === 'error' || stepLoad.kind === 'error') {
		const error =
			assessment.kind === 'error' ? assessment.error : stepLoad.kind === 'error' ? stepLoad.error : undefined;
		return (
			<Box flexDirection="column" marginTop={1}>
				<Text {...theme.error} wrap="wrap">
					{t('shell.readFailed', {message: messageOf(error)})}
				</Text>
				<Text {...theme.muted}>{t('shell.retryKey')}</Text>
			</Box>
		);
	}
	if (assessment.kind !== 'ready') {
		const progress = engine.assessmentProgress;
		return (
			<Box marginTop={1}>
				<Spinner label={progress ? t('shell.readingPhase', {phase: progress}) : t('shell.readingTenant')} />
			</Box>
		);
	}
	if (findings === undefined) {
		return (
			<Box marginTop={1}>
				<Spinner label={t('shell.assessingStep')} />
			</Box>
		);
	}
	if (plan) {
		return (
			<Box marginTop={1} flexDirection="column">
				<PlanReview
					engine={engine}
					step={step}
					changes={plan}
					isDryRun={isDryRun}
					domain={domain}
					isFocused={isFocused}
					height={height}
					onContinue={outcome => {
						setPlan(undefined);
						if (outcome !== 'declined' && outcome !== 'failed') onContinue();
					}}
				/>
			</Box>
		);
	}
	return (
		<View
			engine={engine}
			step={step}
			findings={findings}
			answers={engine.effectiveAnswers(step)}
			isFocused={isFocused}
			width={width}
			height={height}
			onAnswer={(key, value) => engine.answer(step, key, value)}
			onFinish={() => setPlan(engine.plan(step))}
		/>
	);
}
