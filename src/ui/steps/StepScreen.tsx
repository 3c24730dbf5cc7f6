import {Box, Text} from 'ink';
import {type ReactNode, useState} from 'react';
import stringWidth from 'string-width';
import {useUi} from '../context.js';
import {layoutLines} from '../text.js';
import {useKeys} from '../use-keys.js';

const SEPARATOR = ' │ ';

export interface StepTab {
	readonly id: string;
	readonly label: string;
}

export interface StepScreenProps {
	readonly tabs: readonly StepTab[];
	readonly initialTab?: string;
	readonly width: number;
	readonly height: number;
	readonly isFocused: boolean;
	/** A panel inside the view has the keyboard (a choice, a note): tabs and f wait. */
	readonly isModal?: boolean;
	readonly onFinish: () => void;
	/** The active tab changed (views that give a tab its own keys). */
	readonly onTabChange?: (tab: string) => void;
	/** Key hints of the active tab, after the common ones. */
	readonly hints?: readonly string[] | ((tab: string) => readonly string[]);
	/** A one-row message under the body (saved, file written…). */
	readonly status?: {readonly text: string; readonly tone: 'ok' | 'error'};
	readonly children: (tab: string, size: {readonly width: number; readonly height: number}) => ReactNode;
}

/**
 * The frame every step view shares: a row of tabs (←→ or Tab), the active tab's body, and a row of key hints.
 * `f` finishes the step (the host then plans, previews and confirms). The shell's keys (q s r ? Esc) are never used.
 */
export function StepScreen({
	tabs,
	initialTab,
	width,
	height,
	isFocused,
	isModal = false,
	onFinish,
	onTabChange,
	hints = [],
	status,
	children,
}: StepScreenProps) {
	const {t, theme} = useUi();
	const [tab, setTab] = useState(initialTab ?? tabs[0]?.id ?? '');
	const index = Math.max(
		0,
		tabs.findIndex(x => x.id === tab),
	);

	useKeys(
		(input, key) => {
			const go = (next: number) => {
				const id = tabs[(next + tabs.length) % tabs.length]!.id;
				setTab(id);
				onTabChange?.(id);
			};
			if (key.rightArrow || (key.tab && !key.shift)) go(index + 1);
			else if (key.leftArrow || (key.tab && key.shift)) go(index - 1);
			else if (input === 'f') onFinish();
		},
		{isActive: isFocused && !isModal},
	);

	// A status (a file path, a saved note) is shown whole: up to three rows, wrapped.
	const statusRows = status ? layoutLines([{text: status.text}], width).slice(0, 3) : [];
	const bodyHeight = Math.max(height - 2 - statusRows.length, 2);
	const fullBar = tabs.reduce((w, x, i) => w + stringWidth(x.label) + (i > 0 ? SEPARATOR.length : 0), 2);
	const active = tabs[index]?.id ?? '';
	const tabHints = typeof hints === 'function' ? hints(active) : hints;
	const keyHints = [
		...(isModal ? [] : [t('stepUi.keyTabs')]),
		...tabHints,
		...(isModal ? [] : [t('stepUi.keyFinish')]),
	];
	return (
		<Box flexDirection="column" width={width}>
			{fullBar <= width ? (
				<Text wrap="truncate-end">
					{tabs.map((x, i) => (
						<Text key={x.id}>
							{i > 0 ? <Text {...theme.muted}>{SEPARATOR}</Text> : null}
							<Text {...(i === index ? theme.selected : theme.muted)}>{i === index ? `[${x.label}]` : x.label}</Text>
						</Text>
					))}
				</Text>
			) : (
				<Text wrap="truncate-end">
					<Text {...theme.selected}>{`[${tabs[index]?.label ?? ''}]`}</Text>
					<Text {...theme.muted}>{` ${index + 1}/${tabs.length} ←→`}</Text>
				</Text>
			)}
			<Box flexDirection="column" height={bodyHeight} overflow="hidden">
				{children(active, {width, height: bodyHeight})}
			</Box>
			{statusRows.map((row, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows of one wrapped message.
				<Text key={i} {...(status?.tone === 'ok' ? theme.ok : theme.error)} wrap="truncate-end">
					{row.text}
				</Text>
			))}
			<Text {...theme.muted} wrap="truncate-end">
				{keyHints.join(' · ')}
			</Text>
		</Box>
	);
}
