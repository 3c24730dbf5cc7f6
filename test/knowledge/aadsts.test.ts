import {describe, expect, it} from 'vitest';
import {createTranslator, isMessageKey} from '../../src/i18n/index.js';
import {AADSTS, AADSTS_CODES, aadstsCodesIn, lookupAadsts} from '../../src/knowledge/aadsts.js';

describe('AADSTS catalogue', () => {
	it('covers GRAPH.md §13 and 50072/50074, each with meaning, cause and fix in English and Korean', () => {
		const expected = [
			50076, 50079, 50158, 53003, 530035, 700082, 50126, 65001, 7000218, 50105, 90002, 700016, 90099, 530034, 50173,
			70043, 50072, 50074,
		];
		expect([...AADSTS_CODES].sort()).toEqual([...expected].sort());
		const en = createTranslator('en');
		const ko = createTranslator('ko');
		for (const code of AADSTS_CODES) {
			for (const prefix of ['m', 'c', 'f']) {
				const key = `aadsts.${prefix}${code}`;
				expect(isMessageKey(key), key).toBe(true);
				expect(ko.dynamic(key)).not.toBe(en.dynamic(key));
			}
			expect(AADSTS[code].link).toBe(`https://login.microsoftonline.com/error?code=${code}`);
		}
	});

	it('finds the code in `AADSTS50076`, `50076` or a whole pasted message', () => {
		expect(lookupAadsts('AADSTS50076')?.entry?.code).toBe(50076);
		expect(lookupAadsts('50076')?.entry?.code).toBe(50076);
		expect(lookupAadsts(' aadsts700082 ')?.entry?.code).toBe(700082);
		const pasted =
			'invalid_grant: Error(s): 700082 - Timestamp: 2026-11-26 10:00:00Z - Description: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: 1234';
		expect(lookupAadsts(pasted)?.code).toBe(700082);
		expect(lookupAadsts('Access blocked, error 53003 at 10:00')?.code).toBe(53003);
		expect(lookupAadsts('AADSTS12345')).toEqual({
			code: 12345,
			entry: undefined,
			link: 'https://login.microsoftonline.com/error?code=12345',
		});
		expect(lookupAadsts('no code here')).toBeUndefined();
		expect(aadstsCodesIn('AADSTS50076 then AADSTS50076 and AADSTS53003')).toEqual([50076, 53003]);
	});
});
