import {describe, expect, test} from 'vitest';
import type {Gap} from '../../src/compliance/policies.js';
import {
	type Candidate,
	compliantOf,
	decideVerdict,
	enforcedBy,
	inheritAdmins,
	type PerUserCoverage,
	type VerdictInput,
	type VerdictResult,
} from '../../src/compliance/verdicts.js';

const gap = (name: string, certain = true): Gap => ({name, certain});
const enabled = (id: string, ...gaps: Gap[]): Candidate => ({id, state: 'enabled', gaps});
const reportOnly = (id: string, ...gaps: Gap[]): Candidate => ({id, state: 'enabledForReportingButNotEnforced', gaps});
const base: VerdictInput = {securityDefaults: false, policiesKnown: true, candidates: []};
const perUser = (population: number | null, covered: number, unread = 0): PerUserCoverage => ({
	population,
	covered,
	unread,
});

describe('decideVerdict', () => {
	const cases: [string, Partial<VerdictInput>, string, string[]][] = [
		[
			'security defaults on',
			{securityDefaults: true, candidates: [enabled('p1', gap('includeUsers'))]},
			'enforced',
			['securityDefaults:on'],
		],
		[
			'an enabled gap-free policy',
			{candidates: [enabled('p2'), enabled('p1', gap('locations')), enabled('p3')]},
			'enforced',
			['ca:p2:enforces', 'ca:p3:enforces'],
		],
		['per-user MFA for everyone', {perUser: perUser(5, 5)}, 'enforced', ['perUserMfa:5/5']],
		[
			'CA enforcing wins over per-user',
			{candidates: [enabled('p1')], perUser: perUser(5, 5)},
			'enforced',
			['ca:p1:enforces'],
		],
		[
			'report-only counts as reportOnly, never enforced; partial reasons follow',
			{
				candidates: [
					reportOnly('r1'),
					reportOnly('r2', gap('platforms')),
					enabled('e1', gap('excludeGroups:g1'), gap('locations')),
				],
				perUser: perUser(4, 1),
			},
			'reportOnly',
			['ca:r1:state:enabledForReportingButNotEnforced', 'ca:e1:excludeGroups:g1', 'ca:e1:locations', 'perUserMfa:1/4'],
		],
		[
			'an enabled policy with gaps is partial',
			{candidates: [enabled('e1', gap('signInRiskLevels')), reportOnly('r1', gap('includeUsers'))]},
			'partial',
			['ca:e1:signInRiskLevels'],
		],
		['per-user MFA for some is partial', {perUser: perUser(4, 3)}, 'partial', ['perUserMfa:3/4']],
		['per-user MFA for none is none', {perUser: perUser(4, 0)}, 'none', []],
		[
			'a report-only policy with gaps is none, its gaps as reasons',
			{candidates: [reportOnly('r1', gap('includeUsers'), gap('clientAppTypes'))]},
			'none',
			['ca:r1:includeUsers', 'ca:r1:clientAppTypes'],
		],
		['nothing at all', {}, 'none', []],
		['security defaults unreadable', {securityDefaults: null}, 'unknown', ['unreadable:securityDefaults']],
		[
			'security defaults unreadable and policies unreadable',
			{securityDefaults: null, policiesKnown: false},
			'unknown',
			['unreadable:securityDefaults', 'unreadable:conditionalAccess'],
		],
		[
			'unknown takes precedence over reportOnly and partial',
			{securityDefaults: null, candidates: [reportOnly('r1'), enabled('e1', gap('locations'))]},
			'unknown',
			['unreadable:securityDefaults'],
		],
		[
			'an enforcing policy beats unreadable security defaults',
			{securityDefaults: null, candidates: [enabled('p1')]},
			'enforced',
			['ca:p1:enforces'],
		],
		[
			'an enabled policy whose only gaps are uncertain could be enforcing',
			{candidates: [enabled('p1', gap('excludeGroups:g', false))]},
			'unknown',
			['unreadable:conditionalAccess'],
		],
		[
			'a certain gap beside an uncertain one decides partial',
			{candidates: [enabled('p1', gap('excludeGroups:g', false), gap('locations'))]},
			'partial',
			['ca:p1:excludeGroups:g', 'ca:p1:locations'],
		],
		[
			'per-user: unread users while every user read is covered',
			{perUser: perUser(5, 3, 2)},
			'unknown',
			['unreadable:perUserMfa'],
		],
		['per-user: nobody read', {perUser: perUser(5, 0, 5)}, 'unknown', ['unreadable:perUserMfa']],
		[
			'per-user: unread users count as not covered when a read user is not covered',
			{perUser: perUser(5, 2, 2)},
			'partial',
			['perUserMfa:2/5'],
		],
		['per-user: population unknown', {perUser: perUser(null, 0)}, 'unknown', ['unreadable:perUserMfa']],
		['per-user: nobody to cover is not enforced', {perUser: perUser(0, 0)}, 'none', []],
		[
			'all three unreadable, in order',
			{securityDefaults: null, policiesKnown: false, perUser: perUser(3, 0, 3)},
			'unknown',
			['unreadable:securityDefaults', 'unreadable:conditionalAccess', 'unreadable:perUserMfa'],
		],
	];
	test.each(cases)('%s', (_name, input, verdict, reasons) => {
		const result = decideVerdict({...base, ...input});
		expect(result.verdict).toBe(verdict);
		expect(result.reasons).toEqual(reasons);
	});

	test.each([
		[{securityDefaults: true}, 'securityDefaults'],
		[{candidates: [enabled('p')]}, 'conditionalAccess'],
		[{perUser: perUser(2, 2)}, 'perUserMfa'],
	] as const)('mechanism of %j', (input, mechanism) => {
		expect(decideVerdict({...base, ...input}).mechanism).toBe(mechanism);
	});
});

const v = (verdict: VerdictResult['verdict'], mechanism?: VerdictResult['mechanism']): VerdictResult => ({
	verdict,
	reasons: [],
	...(mechanism ? {mechanism} : {}),
});

describe('mfaAdmins inherits mfaAllUsers when it is enforced', () => {
	test('enforced: reasons and mechanism copied, admins view not evaluated', () => {
		const all: VerdictResult = {verdict: 'enforced', reasons: ['ca:p:enforces'], mechanism: 'conditionalAccess'};
		expect(inheritAdmins(all, () => v('none'))).toBe(all);
	});
	test('not enforced: the admins view decides', () => {
		expect(inheritAdmins(v('partial'), () => v('enforced', 'conditionalAccess')).verdict).toBe('enforced');
	});
});

describe('compliant', () => {
	test.each([
		[['enforced', 'enforced', 'enforced'], true],
		[['enforced', 'enforced', 'unknown'], null],
		[['unknown', 'unknown', 'unknown'], null],
		[['unknown', 'enforced', 'none'], false],
		[['enforced', 'enforced', 'reportOnly'], false],
		[['partial', 'enforced', 'enforced'], false],
		[['unknown', 'partial', 'unknown'], false],
	] as const)('%j → %s', (verdicts, expected) => {
		expect(compliantOf(verdicts.map(x => v(x)))).toBe(expected);
	});
});

describe('enforcedBy', () => {
	test.each([
		[[v('none'), v('partial'), v('unknown')], 'none'],
		[
			[v('enforced', 'securityDefaults'), v('enforced', 'securityDefaults'), v('enforced', 'securityDefaults')],
			'securityDefaults',
		],
		[[v('partial'), v('enforced', 'perUserMfa'), v('none')], 'perUserMfa'],
		[[v('partial'), v('enforced', 'conditionalAccess'), v('enforced', 'conditionalAccess')], 'conditionalAccess'],
		[[v('enforced', 'perUserMfa'), v('enforced', 'perUserMfa'), v('enforced', 'conditionalAccess')], 'mixed'],
	] as const)('%# → %s', (verdicts, expected) => {
		expect(enforcedBy(verdicts)).toBe(expected);
	});
});
