import {Box, Text} from 'ink';
import {useState} from 'react';
import {useUi} from '../context.js';
import {useKeys} from '../use-keys.js';
import type {Choice} from './ChoiceList.js';

export interface CheckListProps<V extends string> {
	readonly choices: readonly Choice<V>[];
	readonly checked: readonly V[];
	readonly isFocused: boolean;
	/** The new set, in the choices' order. */
	readonly onChange: (checked: V[]) => void;
	readonly onHighlight?: (value: V) => void;
}

/** Tick boxes, one per row: ↑↓ move, space or Enter ticks and unticks. */
export function CheckList<V extends string>({choices, checked, isFocused, onChange, onHighlight}: CheckListProps<V>) {
	const {theme} = useUi();
	const [cursor, setCursor] = useState(0);
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
			else if ((input === ' ' || key.return) && choices[at]) {
				const value = choices[at]!.value;
				const next = checked.includes(value) ? checked.filter(v => v !== value) : [...checked, value];
				onChange(choices.map(c => c.value).filter(v => next.includes(v)));
			}
		},
		{isActive: isFocused},
	);
	return (
		<Box flexDirection="column">
			{choices.map((choice, i) => (
				// The highlighted row wraps under its own text; the others stay one row.
				<Box key={choice.value}>
					<Text {...(i === at && isFocused ? theme.selected : {})}>
						{`${i === at ? '❯' : ' '} ${checked.includes(choice.value) ? '[x]' : '[ ]'}`}
					</Text>
					<Box marginLeft={1} flexShrink={1}>
						<Text wrap={i === at ? 'wrap' : 'truncate-end'} {...(i === at && isFocused ? theme.selected : {})}>
							{choice.label}
						</Text>
					</Box>
				</Box>
			))}
		</Box>
	);
}
