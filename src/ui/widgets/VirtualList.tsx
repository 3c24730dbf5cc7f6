import {Box, Text} from 'ink';
import {type ReactNode, useEffect, useState} from 'react';
import {useUi} from '../context.js';
import {useKeys} from '../use-keys.js';

export interface VirtualListProps<T> {
	readonly items: readonly T[];
	/** Rows available for items (the position line is extra). */
	readonly height: number;
	readonly isFocused: boolean;
	/** One line per item. */
	readonly renderItem: (item: T, isSelected: boolean, index: number) => ReactNode;
	readonly onSelect?: (item: T, index: number) => void;
	readonly onHighlight?: (item: T, index: number) => void;
	readonly initialIndex?: number;
	readonly emptyText?: string;
	/** Extra keys for the highlighted item (e.g. a letter to decide it). */
	readonly onKey?: (input: string, item: T, index: number) => void;
}

/** The first row to show so the cursor stays visible, moving the window as little as possible. */
export function windowStart(cursor: number, offset: number, height: number, total: number): number {
	if (total <= height) return 0;
	if (cursor < offset) return cursor;
	if (cursor >= offset + height) return cursor - height + 1;
	return Math.min(offset, total - height);
}

/**
 * A list that renders only the rows in view, so ten thousand findings stay as responsive as ten: ↑↓ (k j) move,
 * PgUp/PgDn jump a page, Home/End go to the ends, Enter selects.
 */
export function VirtualList<T>({
	items,
	height,
	isFocused,
	renderItem,
	onSelect,
	onHighlight,
	initialIndex = 0,
	emptyText,
	onKey,
}: VirtualListProps<T>) {
	const {t, theme} = useUi();
	const [cursor, setCursor] = useState(() => Math.min(initialIndex, Math.max(items.length - 1, 0)));
	const [offset, setOffset] = useState(0);
	const rows = Math.max(height, 1);
	const current = Math.min(cursor, Math.max(items.length - 1, 0));
	const start = windowStart(current, offset, rows, items.length);

	useEffect(() => {
		if (start !== offset) setOffset(start);
	}, [start, offset]);

	useEffect(() => {
		const item = items[current];
		if (item !== undefined) onHighlight?.(item, current);
	}, [current, items, onHighlight]);

	useKeys(
		(input, key) => {
			if (items.length === 0) return;
			const last = items.length - 1;
			if (key.upArrow || input === 'k') setCursor(c => Math.max(0, Math.min(c, last) - 1));
			else if (key.downArrow || input === 'j') setCursor(c => Math.min(last, c + 1));
			else if (key.pageUp) setCursor(c => Math.max(0, Math.min(c, last) - rows));
			else if (key.pageDown) setCursor(c => Math.min(last, c + rows));
			else if (key.home) setCursor(0);
			else if (key.end) setCursor(last);
			else if (key.return) onSelect?.(items[current]!, current);
			else if (input && onKey) onKey(input, items[current]!, current);
		},
		{isActive: isFocused},
	);

	if (items.length === 0) {
		return <Text {...theme.muted}>{emptyText ?? t('common.none')}</Text>;
	}
	const visible = items.slice(start, start + rows);
	return (
		<Box flexDirection="column">
			{visible.map((item, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the absolute position is the row's identity in a window over a fixed list.
				<Box key={start + i}>{renderItem(item, start + i === current, start + i)}</Box>
			))}
			{items.length > rows ? (
				<Text {...theme.muted}>
					{t('shell.listPosition', {n: t.number(current + 1), total: t.number(items.length)})}
				</Text>
			) : null}
		</Box>
	);
}
