/**
 * Colours live here only. Without colour (NO_COLOR, --no-color) every role falls back to text styles (bold, inverse,
 * dim) so state stays readable on a monochrome terminal.
 */
import type {StepStatus} from '../wizard/reducer.js';

export interface TextStyle {
	readonly color?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
}

export interface Theme {
	readonly isColor: boolean;
	readonly title: TextStyle;
	readonly muted: TextStyle;
	readonly selected: TextStyle;
	readonly ok: TextStyle;
	readonly warn: TextStyle;
	readonly error: TextStyle;
	readonly badge: TextStyle;
	readonly border: string | undefined;
	readonly status: Readonly<Record<StepStatus, TextStyle>>;
}

export const STATUS_ICON: Readonly<Record<StepStatus, string>> = {
	pending: '○',
	assessed: '◔',
	answered: '◑',
	planned: '◕',
	done: '✔',
	skipped: '↷',
	failed: '✖',
};

export function makeTheme(isColor: boolean): Theme {
	if (!isColor) {
		return {
			isColor,
			title: {bold: true},
			muted: {dimColor: true},
			selected: {inverse: true},
			ok: {},
			warn: {bold: true},
			error: {bold: true},
			badge: {inverse: true},
			border: undefined,
			status: {
				pending: {dimColor: true},
				assessed: {},
				answered: {},
				planned: {},
				done: {},
				skipped: {dimColor: true},
				failed: {bold: true},
			},
		};
	}
	return {
		isColor,
		title: {bold: true, color: 'cyan'},
		muted: {color: 'gray'},
		selected: {color: 'cyan', bold: true},
		ok: {color: 'green'},
		warn: {color: 'yellow'},
		error: {color: 'red'},
		badge: {color: 'black', inverse: false},
		border: 'gray',
		status: {
			pending: {color: 'gray'},
			assessed: {color: 'cyan'},
			answered: {color: 'cyan'},
			planned: {color: 'blue'},
			done: {color: 'green'},
			skipped: {color: 'yellow'},
			failed: {color: 'red'},
		},
	};
}

/** The text style of a tone (src/ui/text.ts) in this theme. */
export function toneStyle(
	theme: Theme,
	tone: 'plain' | 'title' | 'muted' | 'ok' | 'warn' | 'error' | 'selected',
): TextStyle {
	return tone === 'plain' ? {} : theme[tone];
}
