/** Words shared by the step views (tabs, keys, lists, prompts). */
export const stepUi = {
	scrollPosition: ({from, to, total}: {from: string; to: string; total: string}) =>
		`rows ${from}–${to} of ${total} · ↑↓ PgUp/PgDn`,
	scrollPositionPages: ({from, to, total}: {from: string; to: string; total: string}) =>
		`rows ${from}–${to} of ${total} · PgUp/PgDn`,
	keyTabs: '←→ tabs',
	keyFinish: 'f finish',
	keyChoose: 'enter choose',
	keyOpen: 'enter open',
	keyMove: '↑↓ move',
	keyBackToList: '← back to the list',
	keyToggle: 'space tick',
	keyExport: 'x CSV',
	keyWriteReg: 'w write .reg file',
	tabFindings: 'Findings',
	tabDecide: 'Decide',
	tabWhy: 'Why',
	recommended: 'recommended',
	notePrompt: 'A note for the record (Enter saves; an empty line cancels):',
	notePlaceholder: 'e.g. owner agreed, retiring in March',
	noteLabel: ({note}: {note: string}) => `Note: ${note}`,
	saved: 'Saved.',
	fileWritten: ({path}: {path: string}) => `Written to ${path}`,
	fileFailed: ({message}: {message: string}) => `Could not write the file: ${message}`,
	finishHint: 'When your decisions are made, press f to finish this step. Nothing is sent without a confirmation.',
	answered: ({n, total}: {n: number; total: number}) => `Yours: ${n} of ${total} · ○ recommended ● yours ✔ done`,
} as const;
