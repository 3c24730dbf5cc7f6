import {Box, Text} from 'ink';
import {useState} from 'react';
import {useUi} from '../context.js';
import {useKeys} from '../use-keys.js';

export interface Choice<V extends string = string> {
	readonly value: V;
	readonly label: string;
}

export interface ChoiceListProps<V extends string> {
	readonly choices: readonly Choice<V>[];
	/** The answer in force (marked ✔). */
	readonly current?: V;
	/** The step's recommendation (marked with a word). */
	readonly recommended?: V;
	readonly isFocused: boolean;
	readonly onChoose: (value: V) => void;
	/** Called as the cursor moves (to show the highlighted choice's explanation). */
	readonly onHighlight?: (value: V) => void;
}

/** One choice per row: ↑↓ (k j) move, Enter chooses. */
export function ChoiceList<V extends string>({
	choices,
	current,
	recommended,
	isFocused,
	onChoose,
	onHighlight,
}: ChoiceListProps<V>) {
	const {t, theme} = useUi();
	const [cursor, setCursor] = useState(() =>
		Math.max(
			0,
			choices.findIndex(c => c.value === current),
		),
	);
	const at = Math.min(cursor, Math.max(choices.length - 1, 0));
	useKeys(
		(input, key) => {
			const move = (next: number) => {
				setCursor(next);
				const choice = choices[next];
				if (choice) onHighlight?.(choice.value);
			};
			if (key.upArrow || input === 'k') move(Math.max(0, at - 1));
			else if (key.downArrow || input === 'j') move(Math.min(choices.length - 1, at + 1));
			else if (key.return && choices[at]) onChoose(choices[at]!.value);
		},
		{isActive: isFocused},
	);
	return (
		<Box flexDirection="column">
			{choices.map((choice, i) => {
				const isCursor = i === at;
				const marks = [
					choice.value === current ? '✔' : '',
					choice.value === recommended ? `(${t('stepUi.recommended')})` : '',
				]
					.filter(Boolean)
					.join(' ');
				return (
					// The highlighted row wraps (under its own text) so a long choice can be read in full; the others stay one row.
					<Box key={choice.value}>
						<Text {...(isCursor && isFocused ? theme.selected : {})}>{isCursor ? '❯' : ' '}</Text>
						<Box marginLeft={1} flexShrink={1}>
							<Text wrap={isCursor ? 'wrap' : 'truncate-end'} {...(isCursor && isFocused ? theme.selected : {})}>
								{choice.label}
								{marks ? <Text {...theme.muted}>{` ${marks}`}</Text> : null}
							</Text>
						</Box>
					</Box>
				);
			})}
		</Box>
	);
}
