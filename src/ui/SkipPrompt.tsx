import {TextInput} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useUi} from './context.js';
import {useTyping} from './input-mode.js';

export interface SkipPromptProps {
	readonly onSubmit: (reason: string) => void;
}

/** Asks why a step is skipped; an empty answer is not accepted (the reason goes in the journal). */
export function SkipPrompt({onSubmit}: SkipPromptProps) {
	const {t, theme} = useUi();
	useTyping(true);
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text {...theme.warn} wrap="wrap">
				{t('shell.skipPrompt')}
			</Text>
			<Box>
				<Text {...theme.selected}>{'› '}</Text>
				<TextInput
					placeholder={t('shell.skipPlaceholder')}
					onSubmit={value => {
						if (value.trim()) onSubmit(value.trim());
					}}
				/>
			</Box>
		</Box>
	);
}
