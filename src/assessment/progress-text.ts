/**
 * What the collector is reading, as one short line of text: shared by `check` (a rewritten stderr line) and the
 * wizard (its loading screen), so both say the same thing in the same words.
 */
import type {Translator} from '../i18n/index.js';
import type {CollectProgress} from './collect.js';

/** Folds progress events into the latest line; `update` returns it, or undefined for events that change nothing. */
export function progressText(t: Translator) {
	const parts = new Map<string, string>();
	let last = '';
	return {
		update(p: CollectProgress): string | undefined {
			const count = p.count ?? 0;
			switch (p.phase) {
				case 'directory':
					parts.set(p.phase, t('check.progressUsers', {count}));
					break;
				case 'registration':
					parts.set(p.phase, t('check.progressRegistration', {count, total: p.total ?? null}));
					break;
				case 'perUserMfa':
					parts.set(p.phase, t('check.progressPerUserMfa', {count, total: p.total ?? null}));
					break;
				case 'signIns':
					parts.set(p.phase, t('check.progressSignIns', {rows: count, requests: p.requests ?? 0}));
					break;
				case 'reports':
					parts.set(p.phase, t('check.progressReports', {count}));
					break;
				case 'evaluate':
					parts.clear();
					parts.set(p.phase, t('check.progressEvaluating'));
					break;
				default:
					return undefined;
			}
			const text = t('check.progress', {parts: [...parts.values()].join(' · ')});
			if (text === last) return undefined;
			last = text;
			return text;
		},
	};
}
