import {en} from './en/index.js';
import {ko} from './ko/index.js';
import type {Lang, Message} from './types.js';

export type {Lang} from './types.js';
export {isLang, LANGS} from './types.js';

type En = typeof en;
type Area = keyof En;

/** Every message key, as `area.key`. */
export type MessageKey = {[A in Area]: `${A & string}.${keyof En[A] & string}`}[Area];

type EntryOf<K extends MessageKey> = K extends `${infer A}.${infer M}`
	? A extends Area
		? M extends keyof En[A]
			? En[A][M]
			: never
		: never
	: never;

/** The parameters a key takes (undefined for plain text). */
export type ParamsOf<K extends MessageKey> = EntryOf<K> extends (params: infer P) => string ? P : undefined;

type ArgsOf<K extends MessageKey> = ParamsOf<K> extends undefined ? [] : [ParamsOf<K>];

export interface Translator {
	readonly lang: Lang;
	<K extends MessageKey>(key: K, ...params: ArgsOf<K>): string;
	/** For keys held as data (journal entries, findings): the parameters are checked at the call site that stored them. */
	dynamic(key: string, params?: Record<string, unknown>): string;
	number(value: number): string;
	/** A date-time as the admin reads it: local calendar date and time in 24h, with the zone named. */
	dateTime(iso: string): string;
	date(iso: string): string;
}

const CATALOGUES: Readonly<Record<Lang, Record<string, Record<string, Message>>>> = {en, ko};

export function isMessageKey(key: string): key is MessageKey {
	const [area, name] = splitKey(key);
	return !!area && !!name && name in ((en as Record<string, Record<string, Message>>)[area] ?? {});
}

function splitKey(key: string): [string, string] {
	const dot = key.indexOf('.');
	return dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}

function render(lang: Lang, key: string, params: unknown): string {
	const [area, name] = splitKey(key);
	const entry = CATALOGUES[lang][area]?.[name] ?? CATALOGUES.en[area]?.[name];
	if (entry === undefined) return key;
	return typeof entry === 'function' ? entry(params ?? {}) : entry;
}

export function createTranslator(lang: Lang, timeZone?: string): Translator {
	const locale = lang === 'ko' ? 'ko-KR' : 'en-GB';
	const numbers = new Intl.NumberFormat(locale);
	const dateTimes = new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		hourCycle: 'h23',
		timeZone,
	});
	const dates = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone});
	const t = ((key: MessageKey, ...params: unknown[]) => render(lang, key, params[0])) as Translator;
	Object.assign(t, {
		lang,
		dynamic: (key: string, params?: Record<string, unknown>) => render(lang, key, params),
		number: (value: number) => numbers.format(value),
		dateTime: (iso: string) => dateTimes.format(new Date(iso)),
		date: (iso: string) => dates.format(new Date(iso)),
	});
	return t;
}

/**
 * The language to use: `--lang` when given, else the POSIX locale variables in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG); anything not Korean is English.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
