import {describe, expect, test} from 'vitest';
import {findings as en} from '../../src/i18n/en/findings.js';
import {findings as ko} from '../../src/i18n/ko/findings.js';

/** Sample parameters wide enough for every entry of the catalogue. */
const PARAMS = {
	what: 'X',
	gaps: 2,
	covered: 1,
	total: 3,
	items: ['a', 'b', 'c'],
	count: 2,
	users: 2,
	atLeast: true,
	days: 30,
	attempts: 5,
	complete: false,
	failures: 'bg@x: y',
	account: 'bg@x',
	checks: 'y',
	confirmed: 1,
	name: 'n',
	reason: 'r',
	requested: 90,
	slices: 'legacy:IMAP4',
	read: 1,
	groups: 'g',
	upn: 'u@x',
	policies: 3,
} as const;

function render(entry: unknown): string {
	return typeof entry === 'function' ? (entry as (p: typeof PARAMS) => string)(PARAMS) : String(entry);
}

// Entries that only pass a value through, or join values, have no words of their own.
const PASS_THROUGH = new Set([
	'reasonOther',
	'breakGlassCheckFailedDetail',
	'breakGlassFailure',
	'listJoin',
	'dataUnavailableItem',
]);

describe('the findings catalogue', () => {
	test('Korean has exactly the English keys', () => {
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
	});

	test.each(Object.keys(en))('%s renders in both languages, the Korean in Hangul', key => {
		const e = render(en[key as keyof typeof en]);
		const k = render(ko[key as keyof typeof ko]);
		expect(e.trim()).not.toBe('');
		expect(k.trim()).not.toBe('');
		if (!PASS_THROUGH.has(key)) expect(k).toMatch(/[가-힣]/);
	});

	test('English plurals and lists read naturally', () => {
		expect(en.gapsSentence({gaps: 1})).toBe("Conditional Access leaves 1 gap; the verdict's reasons name each one.");
		expect(en.listJoin({items: ['a', 'b', 'c']})).toBe('a, b and c');
		expect(en.usersNotMfaRegisteredDetail({count: 1234, total: 20000})).toMatch(/^1,234 of 20,000 enabled users have/);
	});
});
