import {Box} from 'ink';
import {useState} from 'react';
import stringWidth from 'string-width';
import type {Line} from '../text.js';
import {useKeys} from '../use-keys.js';
import {type Choice, ChoiceList} from '../widgets/ChoiceList.js';
import {NoteInput} from '../widgets/NoteInput.js';
import {ScrollText} from '../widgets/ScrollText.js';

export interface ItemDetailProps<V extends string> {
	/** What the item is, in short (scrolls with PgUp/PgDn, like everything above the choices). */
	readonly lines: readonly Line[];
	/** More about the item, after the explanation. */
	readonly more?: readonly Line[];
	/** The explanation of a choice, shown under the item while the cursor is on it. */
	readonly explain?: (value: V) => readonly Line[];
	readonly choices: readonly Choice<V>[];
	readonly current?: V;
	readonly recommended?: V;
	/** Choices that need a note before they are recorded. */
	readonly needsNote?: (value: V) => boolean;
	readonly noteDefault?: string;
	readonly onChoose: (value: V, note?: string) => void;
	readonly onBack: () => void;
	readonly width: number;
	readonly height: number;
	readonly isFocused: boolean;
}

/**
 * One item of a decision list opened: what it is, the explanation of the highlighted choice, and the choices
 * (↑↓ Enter); ← goes back to the list without changing anything. A choice that needs a note asks for it first.
 */
export function ItemDetail<V extends string>({
	lines,
	more = [],
	explain,
	choices,
	current,
	recommended,
	needsNote,
	noteDefault,
	onChoose,
	onBack,
	width,
	height,
	isFocused,
}: ItemDetailProps<V>) {
	const [highlight, setHighlight] = useState<V | undefined>(current ?? choices[0]?.value);
	const [noteFor, setNoteFor] = useState<V | undefined>(undefined);
	useKeys(
		(_input, key) => {
			if (key.leftArrow || key.backspace || key.delete) onBack();
		},
		{isActive: isFocused && noteFor === undefined},
	);
	const explanation = highlight !== undefined && explain ? explain(highlight) : [];
	const text = [
		...lines,
		...(explanation.length > 0 ? [{text: ''}, ...explanation] : []),
		...(more.length > 0 ? [{text: ''}, ...more] : []),
	];
	// Rows the choices take: one each, and the highlighted one may wrap (it is shown whole).
	const widest = Math.max(0, ...choices.map(c => Math.ceil((stringWidth(c.label) + 16) / Math.max(width - 2, 1))));
	const bottom = noteFor !== undefined ? 4 : choices.length + Math.max(widest - 1, 0);
	return (
		<Box flexDirection="column">
			<ScrollText
				lines={text}
				width={width}
				height={Math.max(height - bottom, 2)}
				isFocused={isFocused && noteFor === undefined}
				arrows={false}
			/>
			{noteFor !== undefined ? (
				<NoteInput
					defaultValue={noteDefault}
					onSubmit={note => {
						setNoteFor(undefined);
						onChoose(noteFor, note);
					}}
					onCancel={() => setNoteFor(undefined)}
				/>
			) : (
				<ChoiceList
					choices={choices}
					current={current}
					recommended={recommended}
					isFocused={isFocused}
					onHighlight={setHighlight}
					onChoose={value => {
						if (needsNote?.(value)) setNoteFor(value);
						else onChoose(value);
					}}
				/>
			)}
		</Box>
	);
}
