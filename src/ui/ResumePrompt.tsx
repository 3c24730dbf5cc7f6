import {Select} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useUi} from './context.js';

export type ResumeChoice = 'resume' | 'fresh' | 'quit';

export interface ResumePromptProps {
	readonly updatedAt: string;
	readonly finished: number;
	readonly total: number;
	readonly onChoose: (choice: ResumeChoice) => void;
}

/** Offered on start when this tenant has a saved session (skipped by --resume and --fresh). */
export function ResumePrompt({updatedAt, finished, total, onChoose}: ResumePromptProps) {
	const {t, theme} = useUi();
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.border} paddingX={1}>
			<Text {...theme.title}>{t('shell.resumeTitle')}</Text>
			<Text wrap="wrap">{t('shell.resumeDetail', {updated: t.dateTime(updatedAt), done: finished, total})}</Text>
			<Box marginTop={1}>
				<Select
					options={[
						{label: t('shell.resumeContinue'), value: 'resume'},
						{label: t('shell.resumeFresh'), value: 'fresh'},
						{label: t('shell.resumeQuit'), value: 'quit'},
					]}
					onChange={value => onChoose(value as ResumeChoice)}
				/>
			</Box>
		</Box>
	);
}
