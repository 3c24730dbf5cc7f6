/**
 * One line (or a few) for an error shown inside the wizard: Graph and sign-in failures through the one translator
 * (graph/translate.ts), and any AADSTS code the text names explained from the catalogue (knowledge/aadsts.ts) — the
 * same words `mfa-onboard explain` prints — so an admin never has to look a code up by hand.
 */
import {UserError} from '../errors.js';
import {translateError} from '../graph/translate.js';
import type {Translator} from '../i18n/index.js';
import {AADSTS, aadstsCodesIn, aadstsText, isKnownAadsts} from '../knowledge/aadsts.js';

export function errorText(error: unknown, t: Translator): string {
	const translated = translateError(error, t);
	let text =
		translated instanceof UserError
			? [translated.message, translated.hint].filter(Boolean).join(' ')
			: ((translated as Error)?.message ?? String(translated));
	for (const code of aadstsCodesIn(text)) {
		if (!isKnownAadsts(code)) continue;
		const meaning = aadstsText(code, 'm', t);
		const fix = aadstsText(code, 'f', t);
		if (!text.includes(meaning)) text += ` (${t('aadsts.inline', {code: AADSTS[code].id, meaning})})`;
		if (!text.includes(fix)) text += ` ${fix}`;
	}
	return text;
}
