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

function breakWord(word: string, width: number): string[] {
	const parts: string[] = [];
	let current = '';
	for (const {segment} of segmenter.segment(word)) {
		if (current && stringWidth(current + segment) > width) {
			parts.push(current);
			current = '';
		}
		current += segment;
	}
	if (current) parts.push(current);
	return parts;
}

/** Wraps one paragraph to `width` columns; words longer than a row are broken between graphemes. */
export function wrapText(text: string, width: number, options: {indent?: number; hang?: number} = {}): string[] {
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
		if (current) push();
		if (stringWidth(word) <= room(rows.length)) {
			current = word;
			continue;
		}
		const pieces = breakWord(word, room(rows.length + 1));
		for (const piece of pieces.slice(0, -1)) {
			current = piece;
			push();
		}
		current = pieces.at(-1) ?? '';
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

/** `text` cut to `width` columns with an ellipsis (for one-row list items). */
export function truncate(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	let out = '';
	for (const {segment} of segmenter.segment(text)) {
		if (stringWidth(`${out}${segment}…`) > width) break;
		out += segment;
	}
	return `${out}…`;
}

/** `text` padded with spaces to `width` columns (or cut). */
export function padTo(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
