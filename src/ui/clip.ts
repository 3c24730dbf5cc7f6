/**
 * Cuts a line to a number of terminal columns, counting wide (Korean) characters as two, and ends it with `…` when
 * cut. Ink's own `truncate-end` can leave a line one column too wide when the cut falls next to a wide character, so
 * views whose lines mix Hangul and ASCII fit them here first.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

export function clip(text: string, columns: number): string {
	const line = text.replace(/\s*\n\s*/g, ' ');
	if (stringWidth(line) <= columns) return line;
	if (columns <= 1) return columns === 1 ? '…' : '';
	let out = '';
	let used = 0;
	for (const {segment} of segmenter.segment(line)) {
		const w = stringWidth(segment);
		if (used + w > columns - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
}

/** Pieces of one line (each with its own style), cut together to `columns`: later pieces go first. */
export function clipParts<T extends {readonly text: string}>(parts: readonly T[], columns: number): T[] {
	const total = stringWidth(parts.map(p => p.text).join(''));
	if (total <= columns) return [...parts];
	const out: T[] = [];
	let left = columns;
	for (const part of parts) {
		const w = stringWidth(part.text);
		if (w < left) {
			out.push(part);
			left -= w;
			continue;
		}
		out.push({...part, text: clip(part.text, left)});
		break;
	}
	return out;
}

/** Like `clip`, but keeps the end of the text (a file path's name) and starts with `…` when cut. */
export function clipStart(text: string, columns: number): string {
	const line = text.replace(/\s*\n\s*/g, ' ');
	if (stringWidth(line) <= columns) return line;
	if (columns <= 1) return columns === 1 ? '…' : '';
	const segments = [...segmenter.segment(line)].map(s => s.segment);
	let out = '';
	let used = 0;
	for (let i = segments.length - 1; i >= 0; i--) {
		const w = stringWidth(segments[i]!);
		if (used + w > columns - 1) break;
		out = segments[i]! + out;
		used += w;
	}
	return `…${out}`;
}

/** Splits text into lines of at most `columns` terminal columns, at spaces where it can (Korean words included). */
export function wrapText(text: string, columns: number): string[] {
	const width = Math.max(1, columns);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let used = 0;
		for (const word of paragraph.split(/ +/)) {
			if (word === '') continue;
			const w = stringWidth(word);
			const gap = line === '' ? 0 : 1;
			if (used + gap + w <= width) {
				line += (gap ? ' ' : '') + word;
				used += gap + w;
				continue;
			}
			if (line !== '') lines.push(line);
			line = '';
			used = 0;
			if (w <= width) {
				line = word;
				used = w;
				continue;
			}
			// A word wider than the line (a long URL or id): cut it by characters.
			for (const {segment} of segmenter.segment(word)) {
				const sw = stringWidth(segment);
				if (used + sw > width) {
					lines.push(line);
					line = '';
					used = 0;
				}
				line += segment;
				used += sw;
			}
		}
		lines.push(line);
	}
	return lines;
}
