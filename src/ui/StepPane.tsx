import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {MessageKey} from '../i18n/index.js';
import type {StepProgress} from '../wizard/reducer.js';
import {STEPS, type StepInfo} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {STATUS_ICON} from './theme.js';

const STATUS_LABEL: Readonly<Record<StepProgress['status'], MessageKey>> = {
	pending: 'steps.statusPending',
	assessed: 'steps.statusAssessed',
	answered: 'steps.statusAnswered',
	planned: 'steps.statusPlanned',
	done: 'steps.statusDone',
	skipped: 'steps.statusSkipped',
	failed: 'steps.statusFailed',
};

export interface StepPaneProps {
	readonly step: StepInfo;
	readonly progress: StepProgress;
	readonly isFocused: boolean;
	/** The step has its own view: what the step is for shrinks to one line to leave the room to it. */
	readonly isCompact?: boolean;
	readonly children?: ReactNode;
}

/** The frame around one step: its title, position, status and what it is for; the step's own view goes inside. */
export function StepPane({step, progress, isFocused, isCompact = false, children}: StepPaneProps) {
	const {t, theme} = useUi();
	return (
		<Box
			flexDirection="column"
			flexGrow={1}
			flexShrink={1}
			borderStyle="round"
			borderColor={isFocused ? theme.selected.color : theme.border}
			paddingX={1}
			overflow="hidden"
		>
			<Box justifyContent="space-between">
				{/* The title gives way to the position, which must never wrap (long titles at 80 columns). */}
				<Box flexShrink={1} flexGrow={1} overflow="hidden">
					<Text {...theme.title} wrap="truncate-end">
						{t(step.title)}
					</Text>
				</Box>
				<Box flexShrink={0} marginLeft={1}>
					<Text {...theme.muted}>{t('shell.stepOf', {n: step.number, total: STEPS.length})}</Text>
				</Box>
			</Box>
			<Text {...theme.status[progress.status]}>
				{`${STATUS_ICON[progress.status]} ${t(STATUS_LABEL[progress.status])}`}
			</Text>
			{progress.skipReason ? (
				<Text {...theme.muted} wrap="wrap">
					{t('shell.skipped', {reason: progress.skipReason})}
				</Text>
			) : null}
			{progress.error ? (
				<Text {...theme.error} wrap="wrap">
					{t('shell.failed', {message: progress.error.message})}
				</Text>
			) : null}
			<Box marginTop={isCompact ? 0 : 1}>
				<Text wrap={isCompact ? 'truncate-end' : 'wrap'} {...(isCompact ? theme.muted : {})}>
					{t(step.about)}
				</Text>
			</Box>
			{children}
		</Box>
	);
}
