import {TextInput} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useUi} from '../context.js';
import {useTyping} from '../input-mode.js';

export interface NoteInputProps {
	readonly prompt?: string;
	readonly placeholder?: string;
	readonly defaultValue?: string;
	/** Called with the trimmed, non-empty note. */
	readonly onSubmit: (note: string) => void;
	/** An empty line. */
	readonly onCancel: () => void;
}

/** A one-line note: the shell's letter keys are released while it has the keyboard. */
export function NoteInput({prompt, placeholder, defaultValue, onSubmit, onCancel}: NoteInputProps) {
	const {t, theme} = useUi();
	useTyping(true);
	return (
		<Box flexDirection="column">
			<Text {...theme.warn} wrap="wrap">
				{prompt ?? t('stepUi.notePrompt')}
			</Text>
			<Box>
				<Text {...theme.selected}>{'› '}</Text>
				<TextInput
					defaultValue={defaultValue}
					placeholder={placeholder ?? t('stepUi.notePlaceholder')}
					onSubmit={value => {
						const note = value.trim();
						if (note) onSubmit(note);
						else onCancel();
					}}
				/>
			</Box>
		</Box>
	);
}
