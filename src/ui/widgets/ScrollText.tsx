import {Box, Text} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {useUi} from '../context.js';
import {type Line, layoutLines} from '../text.js';
import {toneStyle} from '../theme.js';
import {useKeys} from '../use-keys.js';

export interface ScrollTextProps {
	readonly lines: readonly Line[];
	readonly width: number;
	/** Rows available, including the position row shown when the text is longer. */
	readonly height: number;
	readonly isFocused: boolean;
	/** Scroll with ↑↓ too (off when the arrows belong to a list below the text: PgUp/PgDn still scroll). */
	readonly arrows?: boolean;
}

/**
 * Read-only text wrapped to the pane's width and scrolled a row at a time (↑↓, k j), a page at a time (PgUp/PgDn),
 * or to the ends (Home/End). Only the rows in view are rendered.
 */
export function ScrollText({lines, width, height, isFocused, arrows = true}: ScrollTextProps) {
	const {t, theme} = useUi();
	const rows = useMemo(() => layoutLines(lines, Math.max(width, 10)), [lines, width]);
	const overflow = rows.length > height;
	const visible = Math.max(overflow ? height - 1 : height, 1);
	const last = Math.max(rows.length - visible, 0);
	const [top, setTop] = useState(0);
	const start = Math.min(top, last);

	useEffect(() => {
		if (top > last) setTop(last);
	}, [top, last]);

	useKeys(
		(input, key) => {
			if (arrows && (key.upArrow || input === 'k')) setTop(v => Math.max(0, Math.min(v, last) - 1));
			else if (arrows && (key.downArrow || input === 'j')) setTop(v => Math.min(last, v + 1));
			else if (key.pageUp) setTop(v => Math.max(0, Math.min(v, last) - visible));
			else if (key.pageDown) setTop(v => Math.min(last, v + visible));
			else if (key.home) setTop(0);
			else if (key.end) setTop(last);
		},
		{isActive: isFocused && overflow},
	);

	return (
		<Box flexDirection="column">
			{rows.slice(start, start + visible).map((row, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a fixed layout.
				<Text key={start + i} wrap="truncate-end" {...toneStyle(theme, row.tone)}>
					{row.text === '' ? ' ' : row.text}
				</Text>
			))}
			{overflow ? (
				<Text {...theme.muted} wrap="truncate-end">
					{t(arrows ? 'stepUi.scrollPosition' : 'stepUi.scrollPositionPages', {
						from: t.number(start + 1),
						to: t.number(Math.min(start + visible, rows.length)),
						total: t.number(rows.length),
					})}
				</Text>
			) : null}
		</Box>
	);
}
