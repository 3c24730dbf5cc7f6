import {Box, Text, useInput} from 'ink';
import {type ReactNode, useState} from 'react';
import stringWidth from 'string-width';
import type {Analysis} from '../../../steps/enforce/analysis.js';
import type {EnforceFindings} from '../../../steps/enforce/findings.js';
import type {Answers} from '../../../steps/types.js';
import type {WizardEngine} from '../../../wizard/engine.js';
import type {JsonValue} from '../../../wizard/reducer.js';
import {useUi} from '../../context.js';

export type Screen =
	| 'hub'
	| 'path'
	| 'breakGlass'
	| 'policies'
	| 'impact'
	| 'guard'
	| 'securityDefaults'
	| 'thirdParty';

/** What every screen of the enforce step gets. */
export interface ScreenProps {
	readonly engine: WizardEngine;
	readonly findings: EnforceFindings;
	readonly analysis: Analysis;
	readonly answers: Answers;
	readonly isFocused: boolean;
	readonly width: number;
	readonly height: number;
	readonly isDryRun: boolean;
	readonly onAnswer: (key: string, value: JsonValue) => void;
	readonly onFinish: () => void;
	readonly go: (screen: Screen) => void;
}

/** ← (or b) goes back to the step's overview; the shell keeps Esc for the step list. */
export function useBack(isActive: boolean, onBack: () => void): void {
	useInput(
		(input, key) => {
			if (key.leftArrow || input === 'b') onBack();
		},
		{isActive},
	);
}

export interface MenuItem<V extends string> {
	readonly value: V;
	readonly label: string;
	readonly hint?: string;
	readonly isDisabled?: boolean;
	readonly tone?: 'ok' | 'warn' | 'muted';
}

/** A short list of choices: ↑↓ (k j) move, Enter picks. Letters other than k/j are left to the screen. */
export function Menu<V extends string>({
	items,
	isFocused,
	initial,
	onPick,
	onHighlight,
	width,
}: {
	readonly items: readonly MenuItem<V>[];
	readonly isFocused: boolean;
	readonly initial?: V;
	readonly onPick: (value: V) => void;
	readonly onHighlight?: (value: V) => void;
	readonly width: number;
}) {
	const {theme} = useUi();
	const start = Math.max(
		0,
		items.findIndex(i => i.value === initial),
	);
	const [cursor, setCursor] = useState(start);
	const current = Math.min(cursor, Math.max(items.length - 1, 0));
	const move = (to: number) => {
		setCursor(to);
		const item = items[to];
		if (item) onHighlight?.(item.value);
	};
	useInput(
		(input, key) => {
			if (key.upArrow || input === 'k') move(Math.max(0, current - 1));
			else if (key.downArrow || input === 'j') move(Math.min(items.length - 1, current + 1));
			else if (key.return) {
				const item = items[current];
				if (item && !item.isDisabled) onPick(item.value);
			}
		},
		{isActive: isFocused},
	);
	return (
		<Box flexDirection="column">
			{items.map((item, i) => {
				const selected = i === current;
				const style = item.isDisabled
					? theme.muted
					: item.tone === 'ok'
						? theme.ok
						: item.tone === 'warn'
							? theme.warn
							: item.tone === 'muted'
								? theme.muted
								: {};
				return (
					<Box key={item.value} width={width}>
						<Text {...(selected && isFocused ? theme.selected : style)} wrap="truncate-end">
							{`${selected ? '›' : ' '} ${item.label}`}
							{item.hint ? <Text {...theme.muted}>{`  ${item.hint}`}</Text> : null}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}

/** One line that never wraps (list rows), or a paragraph that does. */
export function Line({
	children,
	tone,
}: {
	readonly children: ReactNode;
	readonly tone?: 'ok' | 'warn' | 'error' | 'muted';
}) {
	const {theme} = useUi();
	const style = tone ? theme[tone] : {};
	return (
		<Text {...style} wrap="truncate-end">
			{children}
		</Text>
	);
}

export function Para({
	children,
	tone,
}: {
	readonly children: ReactNode;
	readonly tone?: 'ok' | 'warn' | 'error' | 'muted';
}) {
	const {theme} = useUi();
	const style = tone ? theme[tone] : {};
	return (
		<Text {...style} wrap="wrap">
			{children}
		</Text>
	);
}

export function Hint({children}: {readonly children: ReactNode}) {
	const {theme} = useUi();
	return (
		<Box marginTop={1}>
			<Text {...theme.muted} wrap="truncate-end">
				{children}
			</Text>
		</Box>
	);
}

/** A policy state as the admin reads it. */
export function stateLabel(t: ReturnType<typeof useUi>['t'], state: string): string {
	if (state === 'enabled') return t('stepEnforce.state_enabled');
	if (state === 'enabledForReportingButNotEnforced') return t('stepEnforce.state_enabledForReportingButNotEnforced');
	return t('stepEnforce.state_disabled');
}

/** Word-wraps text to `width` terminal columns (wide characters count double), for line-based scrolling lists. */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	const max = Math.max(width, 8);
	for (const paragraph of text.split('\n')) {
		let line = '';
		// Korean has spaces between words too; a single over-long token is cut where it must be.
		for (const word of paragraph.split(/(?<=\s)/)) {
			if (stringWidth(line + word) <= max) {
				line += word;
				continue;
			}
			if (line.trim()) lines.push(line.trimEnd());
			line = '';
			let rest = word;
			while (stringWidth(rest) > max) {
				let cut = '';
				for (const ch of rest) {
					if (stringWidth(cut + ch) > max) break;
					cut += ch;
				}
				lines.push(cut);
				rest = rest.slice(cut.length);
			}
			line = rest;
		}
		lines.push(line.trimEnd());
	}
	return lines;
}
