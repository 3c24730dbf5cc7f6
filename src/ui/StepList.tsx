import {Box, Text} from 'ink';
import type {WizardProgress} from '../wizard/reducer.js';
import {STEPS, type StepId} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {STATUS_ICON} from './theme.js';

export interface StepListProps {
	readonly progress: WizardProgress;
	readonly cursor: StepId;
	readonly current: StepId;
	readonly isFocused: boolean;
	readonly width: number;
}

/** The nine steps with their status icons; the cursor is the step whose pane is shown. */
export function StepList({progress, cursor, current, isFocused, width}: StepListProps) {
	const {t, theme} = useUi();
	return (
		<Box
			flexDirection="column"
			width={width}
			flexShrink={0}
			borderStyle="round"
			borderColor={isFocused ? theme.selected.color : theme.border}
			paddingX={1}
		>
			<Text {...theme.muted}>{t('shell.stepsHeading')}</Text>
			{STEPS.map(step => {
				const status = progress.steps[step.id].status;
				const isCursor = step.id === cursor;
				const marker = isCursor ? '❯' : step.id === current ? '›' : ' ';
				return (
					<Box key={step.id}>
						<Text {...theme.status[status]}>{`${STATUS_ICON[status]} `}</Text>
						<Text wrap="truncate-end" {...(isCursor ? theme.selected : {})}>
							{`${marker}${step.number} ${t(step.short)}`}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
