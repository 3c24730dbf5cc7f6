/**
 * Step 4 — mobile-device policy and sign-in methods (PRODUCT.md "The steps" 4). Whether policy keeps phones out of
 * work (for everyone or some groups); which methods the authentication methods policy allows and how many users
 * registered each; and, when phones are out, the phone-free methods to switch on — each a PATCH of one method
 * configuration, undone by restoring what it was. SMS and voice are being retired by Microsoft (dates.ts, sourced).
 */
import type {Assessment} from '../../assessment/types.js';
import {type Change, changeId} from '../../changes/change.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {
	ALL_USERS_TARGET,
	methodConfigFact,
	PHONE_FREE_METHODS,
	type PhoneFreeMethod,
	REGISTERED_METHOD_CONFIG,
} from '../../knowledge/auth-methods.js';
import {daysUntil, SMS_VOICE_DATES} from '../../knowledge/dates.js';
import type {CoverageItem, ReportCloud} from '../../report/types.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {choiceAnswer, textAnswer} from '../common.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepModule} from '../types.js';

export const PHONE_POLICIES = ['allowed', 'someGroups', 'nobody'] as const;
export type PhonePolicy = (typeof PHONE_POLICIES)[number];
export const THIRD_PARTY = ['no', 'yes'] as const;

export interface MethodState {
	/** The canonical id (knowledge/auth-methods.ts). */
	readonly id: string;
	/** The id as the tenant's policy spells it (used in the PATCH path). */
	readonly graphId: string;
	readonly state: string;
	readonly targets: number;
	readonly allUsers: boolean;
	readonly phoneFree: boolean;
	readonly telephony: boolean;
}

export interface DatedNote {
	readonly date: string;
	readonly daysUntil: number;
}

export interface MobileFindings {
	/** Null when the policy could not be read. */
	readonly methods: readonly MethodState[] | null;
	/** `usersRegisteredByMethod` counts (non-zero), busiest first; null without Entra ID P1. */
	readonly registered: readonly {readonly method: string; readonly users: number}[] | null;
	/** Users with a phone registered for SMS or voice (mobile, alternate, office), when counted. */
	readonly telephonyUsers: number | null;
	readonly telephonyEnabled: boolean;
	readonly campaign: {readonly state: string} | null;
	readonly coverage: CoverageItem;
	/** Microsoft's SMS and voice timeline, relative to the session clock; public cloud only. */
	readonly smsVoice: {
		readonly appliesToThisCloud: boolean;
		readonly passkeysByDefault: DatedNote;
		readonly retired: DatedNote;
		readonly retiredGlobalAdmins: DatedNote;
	};
}

const dated = (date: string, now: string): DatedNote => ({date, daysUntil: daysUntil(date, now)});

function appliesToCloud(cloud: ReportCloud): boolean {
	return cloud === 'global' || cloud === 'custom';
}

export function mobileFindings(assessment: Assessment, now: string): MobileFindings {
	const m = assessment.methods;
	const methods =
		m.configurations?.map((c): MethodState => {
			const fact = methodConfigFact(c.id);
			return {
				id: fact?.id ?? c.id,
				graphId: c.id,
				state: c.state,
				targets: c.includeTargets.length,
				allUsers: c.includeTargets.some(x => x.id === ALL_USERS_TARGET),
				phoneFree: fact?.phoneFree ?? false,
				telephony: fact?.telephony ?? false,
			};
		}) ?? null;
	const counts = m.registeredByMethod;
	const telephonyNames = Object.entries(REGISTERED_METHOD_CONFIG)
		.filter(([, config]) => config === 'sms' || config === 'voice')
		.map(([name]) => name);
	return {
		methods,
		registered: counts
			? Object.entries(counts)
					.filter(([name, users]) => users > 0 && name !== 'password')
					.map(([method, users]) => ({method, users}))
					.sort((a, b) => b.users - a.users || a.method.localeCompare(b.method))
			: null,
		// The counts are per registration method, so a user with a mobile and an office phone is counted twice:
		// the largest single count is the honest lower bound.
		telephonyUsers: counts ? Math.max(0, ...telephonyNames.map(name => counts[name] ?? 0)) : null,
		telephonyEnabled: methods?.some(x => x.telephony && x.state === 'enabled') ?? false,
		campaign: m.registrationCampaign ? {state: m.registrationCampaign.state} : null,
		coverage: m.coverage,
		smsVoice: {
			appliesToThisCloud: appliesToCloud(assessment.tenant.cloud),
			passkeysByDefault: dated(SMS_VOICE_DATES.passkeysByDefault.date, now),
			retired: dated(SMS_VOICE_DATES.retired.date, now),
			retiredGlobalAdmins: dated(SMS_VOICE_DATES.retiredGlobalAdminsAndExternal.date, now),
		},
	};
}

export function phonePolicy(answers: Answers): PhonePolicy {
	return choiceAnswer(answers, 'phonesAtWork', PHONE_POLICIES, 'allowed');
}

/** The phone-free methods chosen: the admin's list, else FIDO2 and a Temporary Access Pass when phones are out. */
export function chosenMethods(answers: Answers): PhoneFreeMethod[] {
	const value = answers.phoneFreeMethods;
	if (Array.isArray(value)) return PHONE_FREE_METHODS.filter(m => value.includes(m));
	return phonePolicy(answers) === 'allowed' ? [] : ['fido2', 'temporaryAccessPass'];
}

export function thirdPartyProvider(answers: Answers): string | undefined {
	return choiceAnswer(answers, 'thirdParty', THIRD_PARTY, 'no') === 'yes'
		? (textAnswer(answers, 'thirdPartyName') ?? '')
		: undefined;
}

/** A method the policy read did not list (state unknown until looked up). */
export function unlistedMethod(id: string): MethodState {
	const fact = methodConfigFact(id);
	return {
		id: fact?.id ?? id,
		graphId: fact?.id ?? id,
		state: 'unknown',
		targets: 0,
		allUsers: false,
		phoneFree: fact?.phoneFree ?? false,
		telephony: fact?.telephony ?? false,
	};
}

export function methodOf(f: MobileFindings, id: string): MethodState | undefined {
	return f.methods?.find(x => x.id.toLowerCase() === id.toLowerCase());
}

const METHOD_NAMES: Readonly<Record<string, MessageKey>> = {
	microsoftAuthenticator: 'stepMobile.methodAuthenticator',
	fido2: 'stepMobile.methodFido2',
	hardwareOath: 'stepMobile.methodHardwareOath',
	temporaryAccessPass: 'stepMobile.methodTap',
	softwareOath: 'stepMobile.methodSoftwareOath',
	sms: 'stepMobile.methodSms',
	voice: 'stepMobile.methodVoice',
	email: 'stepMobile.methodEmail',
	x509Certificate: 'stepMobile.methodCertificate',
};

/** A method's name in the admin's language (an unknown id as Graph spells it). */
export function methodName(id: string, t: Translator): string {
	const key = METHOD_NAMES[methodConfigFact(id)?.id ?? id];
	return key ? t.dynamic(key) : id;
}

/** A `methodsRegistered` name as people say it (grouped under the policy entry that allows it). */
export function registeredName(method: string, t: Translator): string {
	if (method === 'windowsHelloForBusiness') return t('stepMobile.methodWhfb');
	if (method === 'mobilePhone') return t('stepMobile.regMobilePhone');
	if (method === 'alternateMobilePhone' || method === 'officePhone') return t('stepMobile.regOtherPhone');
	if (method.startsWith('passKey')) return t('stepMobile.regPasskey');
	const config = REGISTERED_METHOD_CONFIG[method];
	return config ? methodName(config, t) : method;
}

const METHODS_POLICY = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations';

interface ConfigBody {
	readonly state?: string;
	readonly includeTargets?: JsonValue[];
}

/** PATCH one method configuration to `enabled` (for all users when it has no target), undone by restoring it. */
export function enableMethodChange(method: MethodState): Change {
	const fact = methodConfigFact(method.id)!;
	const version = fact.version;
	const path = `${METHODS_POLICY}/${encodeURIComponent(method.graphId)}`;
	const scopes = ['Policy.ReadWrite.AuthenticationMethod'];
	const body: Record<string, JsonValue> = {'@odata.type': fact.odataType, state: 'enabled'};
	if (method.targets === 0) {
		body.includeTargets = [{targetType: 'group', id: ALL_USERS_TARGET, isRegistrationRequired: false}];
	}
	const read = async (graph: Parameters<NonNullable<Change['find']>>[0]) =>
		(await graph.request<ConfigBody>({path, version, scopes: ['Policy.Read.All']})).body;
	return {
		id: changeId('mobile', 'enable-method', fact.id),
		step: 'mobile',
		title: msg('stepMobile.changeEnableTitle', {method: fact.id}),
		why: msg(`stepMobile.changeWhy_${fact.id}` as MessageKey),
		confirmation: 'confirm',
		request: {method: 'PATCH', version, path, body, scopes},
		async find(graph) {
			const current = await read(graph);
			return {done: current.state === 'enabled' && (current.includeTargets?.length ?? 0) > 0, objectId: method.graphId};
		},
		async before(graph) {
			const current = await read(graph);
			return {state: current.state ?? 'disabled', includeTargets: current.includeTargets ?? []};
		},
		async verify(graph) {
			return (await read(graph)).state === 'enabled';
		},
		objectIdFrom: () => method.graphId,
		undo(_objectId, before) {
			const previous = (before && typeof before === 'object' && !Array.isArray(before) ? before : {}) as ConfigBody;
			return {
				request: {
					method: 'PATCH',
					version,
					path,
					body: {
						'@odata.type': fact.odataType,
						state: previous.state ?? 'disabled',
						includeTargets: previous.includeTargets ?? [],
					},
					scopes,
				},
				check: {path, version, fields: ['state']},
			};
		},
	};
}

export function phonePolicyText(policy: PhonePolicy, t: Translator): string {
	return policy === 'allowed'
		? t('stepMobile.policyAllowed')
		: policy === 'someGroups'
			? t('stepMobile.policySomeGroups')
			: t('stepMobile.policyNobody');
}

export function dateText(note: DatedNote, t: Translator): string {
	return t.date(`${note.date}T12:00:00Z`);
}

/** The SMS and voice timeline in sentences, when the tenant allows or uses them. */
export function smsVoiceSentences(f: MobileFindings, t: Translator): string[] {
	if (!f.telephonyEnabled && !f.telephonyUsers) return [];
	const s = f.smsVoice;
	if (!s.appliesToThisCloud) return [t('stepMobile.smsVoiceOtherCloud')];
	return [
		t('stepMobile.smsVoiceWeaker'),
		s.passkeysByDefault.daysUntil > 0
			? t('stepMobile.smsVoicePasskeysSoon', {
					date: dateText(s.passkeysByDefault, t),
					days: s.passkeysByDefault.daysUntil,
				})
			: t('stepMobile.smsVoicePasskeysDone', {date: dateText(s.passkeysByDefault, t)}),
		s.retired.daysUntil > 0
			? t('stepMobile.smsVoiceRetiredSoon', {
					date: dateText(s.retired, t),
					days: s.retired.daysUntil,
					adminDate: dateText(s.retiredGlobalAdmins, t),
				})
			: t('stepMobile.smsVoiceRetiredDone', {
					date: dateText(s.retired, t),
					adminDate: dateText(s.retiredGlobalAdmins, t),
				}),
	];
}

export function findingSentences(f: MobileFindings, t: Translator): string[] {
	const lines: string[] = [];
	if (f.methods === null) lines.push(t('stepMobile.policyUnreadable'));
	else {
		const enabled = f.methods.filter(x => x.state === 'enabled');
		lines.push(
			enabled.length > 0
				? t('stepMobile.allowed', {methods: enabled.map(x => methodName(x.id, t)).join(', ')})
				: t('stepMobile.allowedNone'),
		);
		const off = PHONE_FREE_METHODS.map(id => methodOf(f, id)).filter(
			(x): x is MethodState => x !== undefined && x.state !== 'enabled',
		);
		if (off.length > 0)
			lines.push(t('stepMobile.phoneFreeOff', {methods: off.map(x => methodName(x.id, t)).join(', ')}));
	}
	if (f.registered === null) lines.push(t('stepMobile.registeredUnavailable'));
	else if (f.registered.length === 0) lines.push(t('stepMobile.registeredNone'));
	else {
		lines.push(t('stepMobile.registeredIntro'));
		for (const r of f.registered)
			lines.push(t('stepMobile.registeredLine', {method: registeredName(r.method, t), users: r.users}));
	}
	lines.push(...smsVoiceSentences(f, t));
	return lines;
}

export const mobileStep: StepModule<MobileFindings> = {
	id: 'mobile',
	readScopes: [],
	writeScopes: ['Policy.ReadWrite.AuthenticationMethod'],
	async assess(ctx) {
		return mobileFindings(ctx.assessment, ctx.now());
	},
	summarize(f) {
		return {
			enabled: f.methods?.filter(x => x.state === 'enabled').map(x => x.id) ?? null,
			telephonyUsers: f.telephonyUsers,
		};
	},
	recommend() {
		return {phonesAtWork: 'allowed', thirdParty: 'no'};
	},
	plan(f, answers) {
		const changes: Change[] = [];
		for (const id of chosenMethods(answers)) {
			// Hardware OATH is beta-only, so a v1.0 read of the policy does not list it: plan it anyway; its current
			// state is looked up when the change is previewed or applied, and undo restores exactly that.
			const method = methodOf(f, id) ?? (f.methods ? unlistedMethod(id) : undefined);
			if (method && methodConfigFact(method.id) && method.state !== 'enabled') changes.push(enableMethodChange(method));
		}
		return changes;
	},
	open(f, answers): OpenItem[] {
		const items: OpenItem[] = [];
		const policy = phonePolicy(answers);
		if (policy !== 'allowed') {
			const usable = PHONE_FREE_METHODS.filter(
				id => methodOf(f, id)?.state === 'enabled' || chosenMethods(answers).includes(id),
			);
			if (usable.length === 0 && thirdPartyProvider(answers) === undefined) {
				items.push({
					step: 'mobile',
					id: 'no-phone-free-method',
					text: msg('stepMobile.openNoPhoneFree'),
					breaks: msg('stepMobile.breaksNoPhoneFree'),
					severity: 'high',
				});
			}
		}
		if (f.smsVoice.appliesToThisCloud && f.telephonyUsers && f.telephonyUsers > 0) {
			items.push({
				step: 'mobile',
				id: 'sms-voice-users',
				text: msg('stepMobile.openSmsVoice', {users: f.telephonyUsers, date: f.smsVoice.retired.date}),
				severity: 'low',
			});
		}
		return items;
	},
	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		const policy = phonePolicy(answers);
		const groups = textAnswer(answers, 'phoneFreeGroups');
		const chosen = chosenMethods(answers);
		const provider = thirdPartyProvider(answers);
		return {
			step: 'mobile',
			findings: findingSentences(f, t),
			decisions: [
				{
					question: t('stepMobile.policyQuestion'),
					answer: `${phonePolicyText(policy, t)}${groups ? ` — ${groups}` : ''}`,
				},
				{
					question: t('stepMobile.methodsQuestion'),
					answer: chosen.length > 0 ? chosen.map(id => methodName(id, t)).join(', ') : t('common.none'),
				},
				{
					question: t('stepMobile.thirdPartyQuestion'),
					answer: provider === undefined ? t('common.no') : provider || t('common.yes'),
				},
			],
			notes: policy === 'allowed' ? [] : [t('stepMobile.optionsNote')],
		};
	},
};
