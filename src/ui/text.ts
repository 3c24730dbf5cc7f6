/**
 * Lines of text as data, and a terminal-width-aware word wrap (Korean syllables are two columns wide), so a step view
 * can lay out its findings once per width and scroll them row by row.
 */
import stringWidth from 'string-width';

export type Tone = 'plain' | 'title' | 'muted' | 'ok' | 'warn' | 'error' | 'selected';

export interface Line {
	readonly text: string;
	readonly tone?: Tone;
	/** Columns before the first row. */
	readonly indent?: number;
	/** Extra columns before each continuation row (a bullet's text lines up under itself). */
	readonly hang?: number;
}

/** One terminal row after wrapping. */
export interface Row {
	readonly text: string;
	readonly tone: Tone;
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Cuts a word too long for a row into pieces: the first fits `first` columns, the others `width`; a piece ends after
 * `@ . / - _` when one is near its end, so addresses and paths break where a reader expects.
 */
function breakWord(word: string, first: number, width: number): string[] {
	const graphemes = [...segmenter.segment(word)].map(s => s.segment);
	const parts: string[] = [];
	let start = 0;
	while (start < graphemes.length) {
		const room = parts.length === 0 ? first : width;
		let end = start;
		let used = 0;
		while (end < graphemes.length && used + stringWidth(graphemes[end]!) <= room)
			used += stringWidth(graphemes[end++]!);
		if (end === start) end = start + 1;
		if (end < graphemes.length) {
			for (let i = end - 1; i > start + Math.floor((end - start) / 2); i--) {
				if ('@./-_'.includes(graphemes[i]!)) {
					end = i + 1;
					break;
				}
			}
		}
		parts.push(graphemes.slice(start, end).join(''));
		start = end;
	}
	return parts;
}

/** Wraps text to `width` columns; words longer than a row are broken (see breakWord). */
export function wrapText(text: string, width: number, options: {indent?: number; hang?: number} = {}): string[] {
	// An explicit line break starts a new paragraph, each wrapped on its own.
	if (text.includes('\n')) return text.split('\n').flatMap(paragraph => wrapText(paragraph, width, options));
	const indent = options.indent ?? 0;
	const hang = options.hang ?? 0;
	const first = ' '.repeat(indent);
	const next = ' '.repeat(indent + hang);
	const room = (row: number) => Math.max(width - (row === 0 ? indent : indent + hang), 4);
	if (text === '') return [''];
	const rows: string[] = [];
	let current = '';
	const push = () => {
		rows.push((rows.length === 0 ? first : next) + current);
		current = '';
	};
	for (const word of text.split(/ +/)) {
		if (word === '') continue;
		const candidate = current ? `${current} ${word}` : word;
		if (stringWidth(candidate) <= room(rows.length)) {
			current = candidate;
			continue;
		}
		const fresh = room(rows.length + (current ? 1 : 0));
		if (stringWidth(word) <= fresh) {
			if (current) push();
			current = word;
			continue;
		}
		// Longer than a whole row: fill what is left of this row, then whole rows.
		const left = current ? room(rows.length) - stringWidth(current) - 1 : room(rows.length);
		const fill = !current || left >= 4;
		const pieces = breakWord(word, fill ? left : room(rows.length + 1), room(rows.length + 1));
		if (!fill) push();
		current = current && fill ? `${current} ${pieces[0] ?? ''}` : (pieces[0] ?? '');
		for (const piece of pieces.slice(1)) {
			push();
			current = piece;
		}
	}
	if (current || rows.length === 0) push();
	return rows;
}

/** Every line wrapped to `width`, with its tone, in order; explicit line breaks in a text start new rows. */
export function layoutLines(lines: readonly Line[], width: number): Row[] {
	const rows: Row[] = [];
	for (const line of lines) {
		for (const paragraph of line.text.split('\n')) {
			for (const text of wrapText(paragraph, width, {indent: line.indent, hang: line.hang})) {
				rows.push({text, tone: line.tone ?? 'plain'});
			}
		}
	}
	return rows;
}

/** A bullet line: `• text`, continuation rows under the text. */
export function bullet(text: string, tone?: Tone, indent = 0): Line {
	return {text: `• ${text}`, tone, indent, hang: 2};
}

export const blank: Line = {text: ''};

/**
 * `text` on one row of at most `columns` terminal columns (wide Korean characters count two), ending with `…` when
 * cut; line breaks become spaces. Ink's own `truncate-end` can leave a row one column too wide when the cut falls next
 * to a wide character, so views whose rows mix Hangul and ASCII cut them here first.
 */
export function clip(text: string, columns: number): string {
	const line = text.replace(/\s*\n\s*/g, ' ');
	if (stringWidth(line) <= columns) return line;
	if (columns <= 1) return columns === 1 ? '…' : '';
	// One width per grapheme, summed (measuring the growing prefix each time is quadratic in the text's length).
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

/** Pieces of one row (each with its own style), cut together to `columns`: later pieces go first. */
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

/** `text` padded with spaces to `width` columns (or cut). */
export function padTo(text: string, width: number): string {
	const cut = clip(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
