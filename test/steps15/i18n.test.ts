import {describe, expect, it} from 'vitest';
import {en} from '../../src/i18n/en/index.js';
import {ko} from '../../src/i18n/ko/index.js';

const AREAS = ['stepUi', 'stepProfile', 'stepLegacy', 'stepOffice', 'stepMobile', 'stepAutomation', 'plan'] as const;

/** Parameters wide enough for every entry of these areas. */
const PARAMS = new Proxy(
	{},
	{
		get: (_target, key) =>
			[
				'roles',
				'methods',
				'hints',
				'reason',
				'note',
				'groups',
				'tenant',
				'upn',
				'name',
				'path',
				'message',
				'title',
			].includes(String(key))
				? 'x'
				: key === 'decision'
					? 'migrate'
					: key === 'question'
						? 'qScanners'
						: key === 'method'
							? 'fido2'
							: 3,
	},
);

function render(entry: unknown): string {
	return typeof entry === 'function' ? (entry as (p: unknown) => string)(PARAMS) : String(entry);
}

// Entries that are product names, key names or pure pass-through, with no words of their own to translate.
const NO_HANGUL = new Set([
	'stepProfile.licenceLine',
	'stepLegacy.itemQuestion',
	'stepLegacy.usageRow',
	'stepLegacy.detailUser',
	'stepOffice.tabOutlook2013',
	'stepOffice.tabExchange',
	'stepOffice.tabOldOutlook',
	'stepOffice.regValue',
	'stepMobile.methodAuthenticator',
	'stepMobile.methodSms',
	'stepMobile.methodWhfb',
	'stepAutomation.accountLine',
	'stepUi.keyTabs',
	'stepUi.keyExport',
	'stepUi.keyMove',
]);

describe.each(AREAS)('the %s catalogue', area => {
	const english = en[area] as Record<string, unknown>;
	const korean = ko[area] as Record<string, unknown>;
	it('has the same keys in Korean', () => {
		expect(Object.keys(korean).sort()).toEqual(Object.keys(english).sort());
	});
	it.each(Object.keys(english))('%s renders in both languages, the Korean in Hangul', key => {
		const e = render(english[key]);
		const k = render(korean[key]);
		expect(e.trim()).not.toBe('');
		expect(k.trim()).not.toBe('');
		if (!NO_HANGUL.has(`${area}.${key}`)) expect(k).toMatch(/[가-힣]/);
		// No bracketed particles like 을(를): the Korean is written around them.
		expect(k).not.toMatch(/\((을|를|이|가|은|는|으)\)/);
	});
});
