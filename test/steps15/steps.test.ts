import {describe, expect, it} from 'vitest';
import {memoryJournal} from '../../src/changes/journal.js';
import {ChangeRunner} from '../../src/changes/runner.js';
import {read} from '../../src/compliance/index.js';
import {office2013RegFile} from '../../src/knowledge/office.js';
import {
	accountDecision,
	accountStatus,
	automationFindings,
	automationStep,
	legacyClosedFor,
	suggestFix,
	withAccount,
} from '../../src/steps/automation/index.js';
import {csvField, legacyCsv} from '../../src/steps/legacy-auth/export.js';
import {
	effectiveDecision,
	isItemOpen,
	legacyAuthStep,
	legacyFindings,
	recordedDecisions,
	unconcealChange,
	withDecision,
} from '../../src/steps/legacy-auth/index.js';
import {
	chosenMethods,
	enableMethodChange,
	mobileFindings,
	mobileStep,
	smsVoiceSentences,
} from '../../src/steps/mobile/index.js';
import {office2013RegBytes} from '../../src/steps/office/export.js';
import {officeFindings, officeStep} from '../../src/steps/office/index.js';
import {capabilitiesOf, profileFindings, profileStep} from '../../src/steps/profile/index.js';
import type {Answers, StepContext} from '../../src/steps/types.js';
import {contosoAssessment, FIXTURE_NOW, USER, upn} from '../helpers/steps15-fixture.js';
import {engineSetup} from '../helpers/steps15-harness.js';
import {en, ko} from '../helpers/translator.js';

function ctx(
	assessment = contosoAssessment(),
	options: {now?: string; t?: typeof en; legacy?: Answers} = {},
): StepContext {
	return {
		assessment,
		graph: undefined as never,
		t: options.t ?? en,
		mode: 'demo',
		dryRun: true,
		now: () => options.now ?? FIXTURE_NOW,
		workDir: '/nonexistent',
		breakGlass: [],
		answersOf: step => (step === 'legacy-auth' ? (options.legacy ?? {}) : {}),
	};
}

describe('step 1: profile', () => {
	it('reads who is signed in, the tenant, licences and enforcement from the assessment', () => {
		const f = profileFindings(contosoAssessment());
		expect(f.signedIn).toMatchObject({userPrincipalName: upn('sarah.chen'), roles: ['Global Administrator']});
		expect(f.tenant).toMatchObject({partnerTenantType: 'resellerPartnerDelegatedAdmin', cloud: 'global'});
		expect(f.enforcement).toMatchObject({securityDefaults: false, mfaAllUsers: 'partial', legacyAuthBlocked: 'none'});
		expect(f.enforcement.policies?.[0]).toMatchObject({
			name: 'Require MFA for all users',
			state: 'enabledForReportingButNotEnforced',
		});
		expect(f.enforcement.perUserMfa).toEqual({status: 'read', enforced: 1, enabled: 0, disabled: 12});
	});

	it('says what later steps can and cannot do with the licences', () => {
		expect(capabilitiesOf(true, true).map(c => c.status)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
		expect(Object.fromEntries(capabilitiesOf(false, false).map(c => [c.id, c.status]))).toEqual({
			legacy: 'limited',
			methods: 'yes',
			automation: 'no',
			enforce: 'limited',
			registration: 'limited',
			risk: 'no',
		});
		expect(capabilitiesOf(true, false).find(c => c.id === 'risk')?.status).toBe('limited');
		const f = profileFindings(contosoAssessment({p1: false, p2: false}));
		expect(f.enforcement.policies).toBeNull();
		expect(profileStep.describe(f, {}, ctx()).findings).toContain(
			'Conditional Access: not available without Entra ID P1.',
		);
	});

	it('adds a sovereign-cloud note and opens items for a wrong tenant and an unregistered admin', () => {
		const assessment = contosoAssessment({cloud: 'usgov', signedInMfaRegistered: false});
		const f = profileFindings(assessment);
		const section = profileStep.describe(f, {}, ctx(assessment));
		expect(section.findings.join('\n')).toContain('National cloud');
		const open = profileStep.open(f, {tenantConfirmed: 'no'}, ctx(assessment));
		expect(open.map(o => [o.id, o.severity])).toEqual([
			['tenant-not-confirmed', 'high'],
			['signed-in-admin-not-registered', 'high'],
		]);
		expect(profileStep.plan(f, {tenantConfirmed: 'yes'}, ctx(assessment))).toEqual([]);
	});
});

describe('step 2: legacy-auth', () => {
	const f = legacyFindings(contosoAssessment(), FIXTURE_NOW);

	it('groups protocol → user → device in GRAPH.md order, with successful vs failed-only', () => {
		expect(f.protocols.map(p => [p.protocol, p.users, p.signIns])).toEqual([
			['Authenticated SMTP', 1, 212],
			['Exchange ActiveSync', 1, 96],
			['IMAP4', 1, 665],
			['POP3', 1, 58],
		]);
		expect(f.items.map(i => [i.userPrincipalName.split('@')[0], i.failedOnly, i.suggested])).toEqual([
			['scanner.3f', false, 'replace'],
			['yujin.choi', false, 'migrate'],
			['hyejin.oh', true, 'retire'],
			['jaehyun.han', true, 'retire'],
			['support', false, 'migrate'],
			['robert.johnson', false, 'migrate'],
		]);
		expect(f.failedOnlyAttempts).toBe(25);
	});

	it('dates basic SMTP AUTH against the session clock', () => {
		expect(f.smtpAuth).toEqual({date: '2026-12-31', daysUntil: 35});
		const later = legacyFindings(contosoAssessment(), '2027-01-15T09:00:00Z');
		expect(later.smtpAuth?.daysUntil).toBeLessThan(0);
		expect(legacyAuthStep.describe(later, {}, ctx()).findings.join('\n')).toContain('has been off by default since');
	});

	it('keeps an item open while planned work is not done, and reopens it when it signs in again', () => {
		const scanner = f.items[0]!;
		const answers: Answers = {decisions: withDecision({}, scanner.key, {decision: 'replace'})};
		const decided = effectiveDecision(scanner, recordedDecisions(answers));
		expect(decided).toMatchObject({decision: 'replace', explicit: true});
		expect(isItemOpen(scanner, decided)).toBe(true);
		expect(isItemOpen(scanner, {decision: 'replace', doneAt: FIXTURE_NOW})).toBe(false);
		expect(isItemOpen(scanner, {decision: 'replace', doneAt: '2026-11-01T00:00:00Z'})).toBe(true);
		expect(isItemOpen(scanner, {decision: 'accept', note: 'ok'})).toBe(false);
		const open = legacyAuthStep.open(f, answers, ctx());
		expect(open.find(o => o.id === `${scanner.userPrincipalName} · Authenticated SMTP · RICOH IM C3000`)).toMatchObject(
			{
				severity: 'medium',
			},
		);
		expect(open.filter(o => o.severity === 'high')).toHaveLength(3);
		expect(open.some(o => o.id.includes('hyejin'))).toBe(false);
	});

	it('falls back to the usage report and questions without P1, offering to un-conceal names as a change', () => {
		const noP1 = legacyFindings(contosoAssessment({p1: false}), FIXTURE_NOW);
		expect(noP1.source).toBe('usageReport');
		expect(noP1.usageRows.every(r => r.concealed)).toBe(true);
		const recommended = legacyAuthStep.recommend(noP1, ctx());
		expect(recommended).toEqual({
			unconceal: 'yes',
			qScanners: 'unsure',
			qMailboxApps: 'unsure',
			qOtherClients: 'unsure',
			qScripts: 'unsure',
		});
		const changes = legacyAuthStep.plan(noP1, recommended, ctx());
		expect(changes.map(c => [c.request.method, c.request.path, c.request.body])).toEqual([
			['PATCH', '/admin/reportSettings', {displayConcealedNames: false}],
		]);
		expect(legacyAuthStep.plan(noP1, {...recommended, unconceal: 'no'}, ctx())).toEqual([]);
		const open = legacyAuthStep.open(noP1, {...recommended, qScanners: 'yes', qScripts: 'no'}, ctx());
		expect(open.map(o => [o.id, o.severity])).toEqual([
			['qScanners', 'medium'],
			['qMailboxApps', 'low'],
			['qOtherClients', 'low'],
		]);
		expect(legacyAuthStep.describe(noP1, recommended, ctx()).notes[0]).toContain('Less complete');
		// With sign-in logs the names are not needed: nothing is offered.
		expect(legacyAuthStep.plan(f, {unconceal: 'yes'}, ctx())).toEqual([]);
	});

	it('exports CSV with fixed columns, decisions and a guard against spreadsheet formulas', () => {
		const csv = legacyCsv(f, {
			decisions: withDecision({}, f.items[1]!.key, {decision: 'accept', note: '=HYPERLINK("x")'}),
		});
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'protocol,userPrincipalName,displayName,kind,app,device,operatingSystem,signIns,successfulSignIns,failedOnly,lastSeen,lastSuccess,decision,decisionSource,note,doneAt',
		);
		expect(lines[1]).toContain('Authenticated SMTP,scanner.3f@contosopartner.onmicrosoft.com');
		expect(lines[1]).toContain(',replace,recommended,,');
		expect(lines[2]).toContain(`,accept,admin,"'=HYPERLINK(""x"")",`);
		expect(lines.filter(l => l.startsWith('usageReport:'))).toHaveLength(3);
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('-1')).toBe("'-1");
		expect(csvField(12)).toBe('12');
	});
});

describe('step 3: office', () => {
	it('counts Outlook versions and plans nothing in the tenant', () => {
		const f = officeFindings(
			contosoAssessment({office: {outlookVersions: {'Outlook 2013': 2, 'Outlook 2010': 1, 'Outlook 2019': 3}}}),
		);
		expect(f).toMatchObject({noModernAuthUsers: 1, outOfSupportUsers: 3});
		expect(f.outlook2013.users).toBe(2);
		expect(officeStep.plan(f, {}, ctx())).toEqual([]);
		const open = officeStep.open(f, officeStep.recommend(f, ctx()), ctx());
		expect(open.map(o => [o.id, o.severity])).toEqual([
			['exo-modern-auth', 'medium'],
			['outlook-2013', 'medium'],
			['outlook-old', 'high'],
		]);
		expect(
			officeStep.open(f, {exoModernAuth: 'enabled', outlook2013Plan: 'accept', oldOutlookPlan: 'accept'}, ctx()),
		).toEqual([]);
		expect(officeStep.open(f, {exoModernAuth: 'disabled'}, ctx())[0]).toMatchObject({severity: 'high'});
	});

	it('writes the two Office 2013 values as a regedit 5 file in UTF-16LE with a BOM', () => {
		expect(office2013RegFile()).toBe(
			'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Common\\Identity]\r\n"EnableADAL"=dword:00000001\r\n"Version"=dword:00000001\r\n',
		);
		const bytes = office2013RegBytes();
		expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
		expect(bytes.subarray(2).toString('utf16le')).toBe(office2013RegFile());
	});
});

describe('step 4: mobile', () => {
	const f = mobileFindings(contosoAssessment(), FIXTURE_NOW);

	it('switches on FIDO2 and a Temporary Access Pass by default when phones are out, one PATCH each', () => {
		expect(chosenMethods({})).toEqual([]);
		expect(chosenMethods({phonesAtWork: 'nobody'})).toEqual(['fido2', 'temporaryAccessPass']);
		expect(chosenMethods({phonesAtWork: 'nobody', phoneFreeMethods: ['hardwareOath']})).toEqual(['hardwareOath']);
		const changes = mobileStep.plan(
			f,
			{phonesAtWork: 'someGroups', phoneFreeMethods: ['fido2', 'hardwareOath']},
			ctx(),
		);
		expect(changes.map(c => [c.request.version, c.request.path, c.request.body, c.confirmation])).toEqual([
			[
				'v1.0',
				'/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
				{'@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration', state: 'enabled'},
				'confirm',
			],
			[
				'beta',
				'/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/HardwareOath',
				{'@odata.type': '#microsoft.graph.hardwareOathAuthenticationMethodConfiguration', state: 'enabled'},
				'confirm',
			],
		]);
		// Already on: nothing to send.
		const on = mobileFindings(
			contosoAssessment({
				methodConfigs: [
					{id: 'Fido2', state: 'enabled', includeTargets: [{id: 'all_users', targetType: 'group'}], excludeTargets: []},
				],
			}),
			FIXTURE_NOW,
		);
		expect(mobileStep.plan(on, {phoneFreeMethods: ['fido2']}, ctx())).toEqual([]);
	});

	it('plans hardware OATH on beta even when the v1.0 policy read does not list it', () => {
		const listed = mobileFindings(
			contosoAssessment({
				methodConfigs: [
					{id: 'Fido2', state: 'enabled', includeTargets: [{id: 'all_users', targetType: 'group'}], excludeTargets: []},
				],
			}),
			FIXTURE_NOW,
		);
		const [change] = mobileStep.plan(listed, {phoneFreeMethods: ['fido2', 'hardwareOath']}, ctx());
		expect(change?.request).toMatchObject({
			version: 'beta',
			path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/hardwareOath',
		});
	});

	it('targets all users when the configuration has no target, and undoes to what was there', () => {
		const change = enableMethodChange({
			id: 'fido2',
			graphId: 'fido2',
			state: 'disabled',
			targets: 0,
			allUsers: false,
			phoneFree: true,
			telephony: false,
		});
		expect(change.request.body).toMatchObject({
			includeTargets: [{targetType: 'group', id: 'all_users', isRegistrationRequired: false}],
		});
		const undo = change.undo('fido2', {state: 'disabled', includeTargets: [{id: 'pilot', targetType: 'group'}]});
		expect('request' in undo && undo.request.body).toEqual({
			'@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration',
			state: 'disabled',
			includeTargets: [{id: 'pilot', targetType: 'group'}],
		});
	});

	it('gives the SMS and voice retirement dates relative to the session clock, public cloud only', () => {
		expect(f.telephonyEnabled).toBe(true);
		expect(f.telephonyUsers).toBe(14);
		const now = smsVoiceSentences(f, en).join('\n');
		expect(now).toContain('Since 1 Sept 2026 passkeys are switched on');
		expect(now).toContain('From 1 Feb 2027 (in 67 days) Microsoft no longer sends SMS or voice codes');
		expect(now).toContain('Global Administrators and external users: 1 Jul 2027');
		const before = smsVoiceSentences(mobileFindings(contosoAssessment(), '2026-08-01T00:00:00Z'), en).join('\n');
		expect(before).toContain('From 1 Sept 2026 (in 31 days) passkeys are switched on');
		const after = smsVoiceSentences(mobileFindings(contosoAssessment(), '2027-03-01T00:00:00Z'), en).join('\n');
		expect(after).toContain('Since 1 Feb 2027 Microsoft no longer sends');
		const gov = smsVoiceSentences(mobileFindings(contosoAssessment({cloud: 'usgov'}), FIXTURE_NOW), en);
		expect(gov).toEqual([en('stepMobile.smsVoiceOtherCloud')]);
		expect(smsVoiceSentences(f, ko).join('\n')).toContain('Microsoft Security Store');
	});

	it('keeps “no phone-free method” open when phones are out and nothing is chosen', () => {
		expect(mobileStep.open(f, {phonesAtWork: 'nobody', phoneFreeMethods: []}, ctx()).map(o => o.id)).toEqual([
			'no-phone-free-method',
			'sms-voice-users',
		]);
		expect(mobileStep.open(f, {phonesAtWork: 'nobody'}, ctx()).map(o => o.id)).toEqual(['sms-voice-users']);
		expect(
			mobileStep
				.open(f, {phonesAtWork: 'nobody', phoneFreeMethods: [], thirdParty: 'yes', thirdPartyName: 'Duo'}, ctx())
				.map(o => o.id),
		).toEqual(['sms-voice-users']);
	});

	it('enables FIDO2 in the simulator through the runner and undoes it to the previous state', async () => {
		const {graph, sim} = await engineSetup();
		const runner = new ChangeRunner({transport: graph, journal: memoryJournal(), now: () => FIXTURE_NOW, t: en});
		const sf = mobileFindings(
			contosoAssessment({
				methodConfigs: [
					{
						id: 'fido2',
						state: 'disabled',
						includeTargets: [{id: 'all_users', targetType: 'group'}],
						excludeTargets: [],
					},
				],
			}),
			FIXTURE_NOW,
		);
		const [change] = mobileStep.plan(sf, {phoneFreeMethods: ['fido2']}, ctx());
		expect((await runner.preview(change!)).state).toBe('update');
		const entry = await runner.apply(change!);
		expect(entry).toMatchObject({status: 'applied', verified: true, before: {state: 'disabled'}});
		expect((await runner.preview(change!)).state).toBe('unchanged');
		await runner.undo(entry);
		const {body} = await graph.request<{state: string}>({
			path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2',
		});
		expect(body.state).toBe('disabled');
		expect(sim.log.writes()).toBe(2);
	});
});

describe('step 5: automation', () => {
	const f = automationFindings(contosoAssessment(), FIXTURE_NOW);

	it('suggests a fix from why the account was listed', () => {
		expect(suggestFix(['partnerCenterApi', 'ropc'])).toBe('secureAppModel');
		expect(suggestFix(['ropc', 'scriptClient:Microsoft Azure PowerShell'])).toBe('managedIdentity');
		expect(suggestFix(['scriptClient:Microsoft Graph Command Line Tools'])).toBe('certificateApp');
		expect(suggestFix(['legacyProtocolOnly'])).toBe('seeLegacy');
		// An admin running Exchange PowerShell by hand needs MFA, not an app.
		expect(suggestFix(['scriptClient:Microsoft Exchange REST API Based PowerShell'], true)).toBe('interactiveMfa');
		expect(suggestFix(['ropc', 'scriptClient:Microsoft Azure PowerShell'], true)).toBe('managedIdentity');
		expect(f.accounts.map(a => a.suggested)).toEqual(['managedIdentity', 'secureAppModel', 'seeLegacy']);
	});

	it('keeps an account open until its checklist is done or it is accepted with a reason', () => {
		const svc = f.accounts[0]!;
		let answers: Answers = {};
		expect(accountStatus(accountDecision(svc, answers))).toBe('open');
		answers = {accounts: withAccount(answers, svc.key, {done: ['miEnable', 'miRoles', 'miSwitch']})};
		expect(accountDecision(svc, answers).done).toHaveLength(3);
		expect(accountStatus(accountDecision(svc, answers))).toBe('open');
		answers = {accounts: withAccount(answers, svc.key, {done: ['miEnable', 'miRoles', 'miSwitch', 'miRemoveAccount']})};
		expect(accountStatus(accountDecision(svc, answers))).toBe('resolved');
		// Changing the fix starts its own checklist.
		answers = {accounts: withAccount(answers, svc.key, {fix: 'certificateApp', done: []})};
		expect(accountDecision(svc, answers)).toMatchObject({fix: 'certificateApp', explicit: true, done: []});
		answers = {
			accounts: withAccount(answers, svc.key, {fix: 'certificateApp', accepted: 'vendor replaces it in March'}),
		};
		expect(accountStatus(accountDecision(svc, answers))).toBe('accepted');
		expect(automationStep.open(f, answers, ctx()).map(o => o.id)).toEqual([upn('svc-psa'), upn('scanner.3f')]);
	});

	it('closes a device account when step 2 closed all its legacy uses', () => {
		const scanner = f.accounts[2]!;
		const key = `Authenticated SMTP|${scanner.key}|Office 365 Exchange Online|RICOH IM C3000`;
		expect(legacyClosedFor(scanner.userPrincipalName, {})).toBe(false);
		expect(legacyClosedFor(scanner.userPrincipalName, {decisions: {[key]: {decision: 'replace'}}})).toBe(false);
		const closed = {decisions: {[key]: {decision: 'replace', doneAt: FIXTURE_NOW}}};
		expect(legacyClosedFor(scanner.userPrincipalName, closed)).toBe(true);
		expect(accountStatus(accountDecision(scanner, {}, closed))).toBe('resolved');
		expect(automationStep.open(f, {}, ctx(undefined, {legacy: closed})).map(o => o.id)).not.toContain(scanner.key);
	});

	it('explains AADSTS50076 and AADSTS700082 in the plan and finds nothing without sign-in logs', () => {
		const notes = automationStep.describe(f, {}, ctx()).notes.join('\n');
		expect(notes).toContain('AADSTS50076');
		expect(notes).toContain('AADSTS700082');
		expect(notes).toContain('90 days');
		const none = automationFindings(contosoAssessment({p1: false}), FIXTURE_NOW);
		expect(none).toMatchObject({available: false, accounts: []});
		expect(automationStep.open(none, {}, ctx()).map(o => o.id)).toEqual(['automation-unreadable']);
	});

	it('reads the assessment’s per-user MFA for app-password advice', () => {
		const f2 = legacyFindings(contosoAssessment({perUserMfa: new Map([[USER.pop3, 'enabled']])}), FIXTURE_NOW);
		expect(f2.items.find(i => i.userId === USER.pop3)?.perUserMfa).toBe('enabled');
		expect(read(1).status).toBe('read');
	});
});

it('un-concealing report names applies through the journal and undoes to the previous setting', async () => {
	const {graph, sim} = await engineSetup();
	const runner = new ChangeRunner({transport: graph, journal: memoryJournal(), now: () => FIXTURE_NOW, t: en});
	const change = unconcealChange();
	expect((await runner.preview(change)).state).toBe('update');
	const entry = await runner.apply(change);
	expect(entry).toMatchObject({status: 'applied', verified: true, before: {displayConcealedNames: true}});
	expect(
		(await graph.request<{displayConcealedNames: boolean}>({path: '/admin/reportSettings'})).body.displayConcealedNames,
	).toBe(false);
	await runner.undo(entry);
	expect(
		(await graph.request<{displayConcealedNames: boolean}>({path: '/admin/reportSettings'})).body.displayConcealedNames,
	).toBe(true);
	expect(sim.log.writes()).toBe(2);
});
