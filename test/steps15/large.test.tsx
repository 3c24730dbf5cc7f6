import {describe, expect, it} from 'vitest';
import type {LegacyUse} from '../../src/assessment/types.js';
import {legacyAuthStep, legacyFindings} from '../../src/steps/legacy-auth/index.js';
import {keys} from '../helpers/ink.js';
import {contosoAssessment, FIXTURE_NOW} from '../helpers/steps15-fixture.js';
import {mountWizard} from '../helpers/steps15-harness.js';
import {en} from '../helpers/translator.js';

const PROTOCOLS = ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync'] as const;

function manyUses(count: number): LegacyUse[] {
	return Array.from({length: count}, (_, i) => ({
		protocol: PROTOCOLS[i % PROTOCOLS.length]!,
		userId: `u${i}`,
		userPrincipalName: `user${String(i).padStart(5, '0')}@contoso.example`,
		displayName: `User ${i}`,
		app: 'Office 365 Exchange Online',
		device: {displayName: null, operatingSystem: null, browser: null},
		signIns: 3,
		successfulSignIns: i % 7 === 0 ? 0 : 3,
		lastSeen: FIXTURE_NOW,
		lastSuccess: i % 7 === 0 ? null : FIXTURE_NOW,
		kind: 'person',
		kindHints: [],
	}));
}

describe('ten thousand legacy uses', () => {
	it('groups them once and pages through the decision list rendering only the rows in view', async () => {
		const assessment = contosoAssessment({legacyUses: manyUses(10_000)});
		const f = legacyFindings(assessment, FIXTURE_NOW);
		expect(f.items).toHaveLength(10_000);
		expect(f.protocols.map(p => p.protocol)).toEqual(['Authenticated SMTP', 'Exchange ActiveSync', 'IMAP4', 'POP3']);
		// The plan document counts them instead of listing ten thousand lines; the admin's own decisions stay listed.
		const key = f.items[5]!.key;
		const section = legacyAuthStep.describe(f, {decisions: {[key]: {decision: 'accept', note: 'kept'}}}, {
			t: en,
			now: () => FIXTURE_NOW,
		} as never);
		expect(section.decisions.length).toBeLessThan(10);
		expect(section.decisions.some(d => d.answer.includes('kept'))).toBe(true);
		expect(section.notes[0]).toContain('10,000 items');
		const {d} = await mountWizard({assessment});
		await d.waitFor('Step 1 of 9');
		await d.press(keys.down);
		await d.press(keys.enter);
		await d.waitFor('[Findings]');
		await d.press('\u001B[C');
		await d.waitFor('[Decide]');
		await d.waitFor('1 of 10,004');
		const rows = d.screen().split('\n').length;
		await d.press('\u001B[F'); // End
		await d.waitFor('10,004 of 10,004');
		await d.waitFor(/❯ {2}○ user09997/);
		await d.press('\u001B[5~'); // PgUp
		await d.waitFor(/of 10,004/);
		expect(d.screen().split('\n')).toHaveLength(rows);
	});
});
