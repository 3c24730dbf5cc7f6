/**
 * Step 5 — automation and integrations that sign in with user credentials (PRODUCT.md "The steps" 5; COMPLIANCE.md
 * "Automation accounts"). Each account with its evidence (apps, protocols, counts, last seen) and a fix — the Secure
 * Application Model (an app plus a refresh token obtained once with MFA), a managed identity, or an app with a
 * certificate — as a checklist the admin works through. An account stays open until every item is ticked or it is
 * accepted with a reason. The step records decisions only; nothing in the tenant changes.
 */
import type {Assessment} from '../../assessment/types.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {AADSTS} from '../../knowledge/aadsts.js';
import {DATES, daysUntil} from '../../knowledge/dates.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {recordAnswer} from '../common.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepModule} from '../types.js';

export const FIXES = ['secureAppModel', 'managedIdentity', 'certificateApp', 'interactiveMfa', 'seeLegacy'] as const;
export type Fix = (typeof FIXES)[number];

/** The checklist of each fix, in the order the work is done. */
export const CHECKLISTS: Readonly<Record<Fix, readonly string[]>> = {
	secureAppModel: ['samApp', 'samConsent', 'samVault', 'samSwitch', 'samRemovePassword'],
	managedIdentity: ['miEnable', 'miRoles', 'miSwitch', 'miRemoveAccount'],
	certificateApp: ['certApp', 'certConsent', 'certSwitch', 'certRemoveAccount'],
	interactiveMfa: ['personRegister', 'personInteractive'],
	seeLegacy: ['legacyDone'],
};

export interface AutomationAccount {
	/** The UPN lower-cased: the key of its answers. */
	readonly key: string;
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly reasons: readonly string[];
	readonly apps: readonly {readonly name: string; readonly signIns: number; readonly lastSeen: string}[];
	readonly resources: readonly string[];
	readonly protocols: readonly string[];
	readonly signIns: number;
	readonly singleFactorSignIns: number;
	readonly lastSeen: string | null;
	/** An admin's own account (a person running a module by hand), not a service account. */
	readonly isAdmin: boolean;
	readonly suggested: Fix;
}

export interface AutomationFindings {
	/** False without sign-in logs: accounts cannot be found automatically. */
	readonly available: boolean;
	/** False when some sign-in slices could not be read: there may be more accounts. */
	readonly complete: boolean;
	readonly accounts: readonly AutomationAccount[];
	readonly partnerCenterMfa: {readonly date: string; readonly daysUntil: number};
}

const AZURE_SCRIPT_CLIENTS = ['scriptClient:Microsoft Azure PowerShell', 'scriptClient:Microsoft Azure CLI'];

/** The fix the step recommends, from why the account was listed (and whether it is an admin's own account). */
export function suggestFix(reasons: readonly string[], isAdmin = false): Fix {
	if (reasons.includes('partnerCenterApi')) return 'secureAppModel';
	// An admin running Exchange or Graph PowerShell by hand only needs to sign in with MFA: the modules prompt for it.
	if (isAdmin && !reasons.includes('ropc') && reasons.some(r => r.startsWith('scriptClient:'))) return 'interactiveMfa';
	if (reasons.some(r => AZURE_SCRIPT_CLIENTS.includes(r))) return 'managedIdentity';
	if (reasons.includes('ropc') || reasons.some(r => r.startsWith('scriptClient:'))) return 'certificateApp';
	return 'seeLegacy';
}

export function automationFindings(assessment: Assessment, now: string): AutomationFindings {
	const signInLogs = assessment.report.coverage.signInLogs;
	const admins = new Set(assessment.admins.admins.map(a => a.userPrincipalName.toLowerCase()));
	const accounts = assessment.automation.map(
		(a): AutomationAccount => ({
			key: a.userPrincipalName.toLowerCase(),
			userId: a.userId,
			userPrincipalName: a.userPrincipalName,
			displayName: a.displayName,
			reasons: a.reasons,
			apps: a.apps.map(x => ({name: x.name, signIns: x.signIns, lastSeen: x.lastSeen})),
			resources: a.resources,
			protocols: a.protocols,
			signIns: a.signIns,
			singleFactorSignIns: a.singleFactorSignIns,
			lastSeen: a.lastSeen,
			isAdmin: admins.has(a.userPrincipalName.toLowerCase()),
			suggested: suggestFix(a.reasons, admins.has(a.userPrincipalName.toLowerCase())),
		}),
	);
	return {
		available: signInLogs.status !== 'unavailable',
		complete: signInLogs.status === 'complete',
		accounts,
		partnerCenterMfa: {
			date: DATES.partnerCenterApiMfa.date,
			daysUntil: daysUntil(DATES.partnerCenterApiMfa.date, now),
		},
	};
}

export interface AccountDecision {
	readonly fix: Fix;
	/** Whether the admin chose the fix (else it is the recommendation). */
	readonly explicit: boolean;
	/** Checklist items ticked, of the fix in force. */
	readonly done: readonly string[];
	/** The reason, when the account is accepted as it is. */
	readonly accepted?: string;
}

/**
 * Whether step 2 closed every legacy use of this account: each decision recorded there for it is retire or accept, or
 * was marked done. Without a recorded decision it is not known to be closed.
 */
export function legacyClosedFor(upn: string, legacyAnswers: Answers | undefined): boolean {
	if (!legacyAnswers) return false;
	const marker = `|${upn.toLowerCase()}|`;
	const decisions = Object.entries(recordAnswer(legacyAnswers, 'decisions')).filter(([key]) => key.includes(marker));
	return (
		decisions.length > 0 &&
		decisions.every(([, d]) => d.decision === 'retire' || d.decision === 'accept' || typeof d.doneAt === 'string')
	);
}

/** The account's decision; `legacyAnswers` (step 2's answers) closes a device or mailbox decided there. */
export function accountDecision(
	account: AutomationAccount,
	answers: Answers,
	legacyAnswers?: Answers,
): AccountDecision {
	const raw = recordAnswer(answers, 'accounts')[account.key] ?? {};
	const fix =
		typeof raw.fix === 'string' && (FIXES as readonly string[]).includes(raw.fix) ? (raw.fix as Fix) : undefined;
	const effective = fix ?? account.suggested;
	const done =
		effective === 'seeLegacy' && legacyClosedFor(account.userPrincipalName, legacyAnswers)
			? [...CHECKLISTS.seeLegacy]
			: Array.isArray(raw.done)
				? CHECKLISTS[effective].filter(id => (raw.done as JsonValue[]).includes(id))
				: [];
	const accepted = typeof raw.accepted === 'string' && raw.accepted.trim() ? raw.accepted.trim() : undefined;
	return {fix: effective, explicit: fix !== undefined, done, ...(accepted ? {accepted} : {})};
}

/** The `accounts` answer with one account's record replaced. */
export function withAccount(
	answers: Answers,
	key: string,
	record: {readonly fix?: Fix; readonly done?: readonly string[]; readonly accepted?: string},
): Record<string, JsonValue> {
	const next: Record<string, JsonValue> = {...recordAnswer(answers, 'accounts')};
	next[key] = {
		...(record.fix ? {fix: record.fix} : {}),
		done: [...(record.done ?? [])],
		...(record.accepted ? {accepted: record.accepted} : {}),
	};
	return next;
}

export type AccountStatus = 'resolved' | 'accepted' | 'open';

export function accountStatus(decision: AccountDecision): AccountStatus {
	if (decision.accepted) return 'accepted';
	return decision.done.length === CHECKLISTS[decision.fix].length ? 'resolved' : 'open';
}

const FIX_KEYS: Readonly<Record<Fix, MessageKey>> = {
	secureAppModel: 'stepAutomation.fixSecureAppModel',
	managedIdentity: 'stepAutomation.fixManagedIdentity',
	certificateApp: 'stepAutomation.fixCertificateApp',
	interactiveMfa: 'stepAutomation.fixInteractiveMfa',
	seeLegacy: 'stepAutomation.fixSeeLegacy',
};

export function fixText(fix: Fix, t: Translator): string {
	return t.dynamic(FIX_KEYS[fix]);
}

/** A reason as people read it (`scriptClient:Microsoft Azure PowerShell` → "signs in through …"). */
export function reasonText(reason: string, t: Translator): string {
	if (reason.startsWith('scriptClient:')) return t('stepAutomation.reasonScriptClient', {app: reason.slice(13)});
	if (reason === 'ropc') return t('stepAutomation.reasonRopc');
	if (reason === 'legacyProtocolOnly') return t('stepAutomation.reasonLegacyOnly');
	if (reason === 'partnerCenterApi') return t('stepAutomation.reasonPartnerCenter');
	return reason;
}

export function checklistText(id: string, t: Translator): string {
	return t.dynamic(`stepAutomation.check_${id}`);
}

/** What scripts meet once MFA is enforced, and the refresh-token rule (AADSTS50076, AADSTS700082). */
export function errorSentences(t: Translator): string[] {
	return [
		`${AADSTS[50076].id}: ${t('aadsts.m50076')}`,
		t('stepAutomation.after50076'),
		`${t('aadsts.fix')}: ${t('aadsts.f50076')}`,
		`${AADSTS[700082].id}: ${t('aadsts.m700082')}`,
		t('stepAutomation.after700082'),
	];
}

export function findingSentences(f: AutomationFindings, t: Translator): string[] {
	if (!f.available) return [t('stepAutomation.unavailable')];
	const lines = [
		f.accounts.length === 0
			? t('stepAutomation.noneFound')
			: t('stepAutomation.found', {count: f.accounts.length, atLeast: f.complete ? 0 : 1}),
	];
	for (const a of f.accounts) {
		lines.push(
			t('stepAutomation.accountLine', {
				upn: a.userPrincipalName,
				reasons: a.reasons.map(r => reasonText(r, t)).join('; '),
				signIns: a.signIns,
			}),
		);
	}
	if (f.accounts.some(a => a.reasons.includes('partnerCenterApi'))) {
		const date = t.date(`${f.partnerCenterMfa.date}T12:00:00Z`);
		lines.push(
			f.partnerCenterMfa.daysUntil > 0
				? t('stepAutomation.partnerCenterSoon', {date, days: f.partnerCenterMfa.daysUntil})
				: t('stepAutomation.partnerCenterNow', {date}),
		);
	}
	return lines;
}

export const automationStep: StepModule<AutomationFindings> = {
	id: 'automation',
	readScopes: [],
	writeScopes: [],
	async assess(ctx) {
		return automationFindings(ctx.assessment, ctx.now());
	},
	summarize(f) {
		return {available: f.available, complete: f.complete, accounts: f.accounts.length};
	},
	recommend() {
		return {};
	},
	plan() {
		return [];
	},
	open(f, answers, ctx): OpenItem[] {
		const items: OpenItem[] = [];
		const legacy = ctx.answersOf('legacy-auth');
		if (!f.available) {
			items.push({
				step: 'automation',
				id: 'automation-unreadable',
				text: msg('stepAutomation.openUnavailable'),
				breaks: msg('stepAutomation.breaksAutomation'),
				severity: 'medium',
			});
		}
		for (const account of f.accounts) {
			const decision = accountDecision(account, answers, legacy);
			if (accountStatus(decision) !== 'open') continue;
			items.push({
				step: 'automation',
				id: account.key,
				text: msg('stepAutomation.openAccount', {
					upn: account.userPrincipalName,
					done: decision.done.length,
					total: CHECKLISTS[decision.fix].length,
				}),
				breaks: msg('stepAutomation.breaksAutomation'),
				severity: 'high',
			});
		}
		return items;
	},
	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		return {
			step: 'automation',
			findings: findingSentences(f, t),
			decisions: f.accounts.map(account => {
				const d = accountDecision(account, answers, ctx.answersOf('legacy-auth'));
				const status = accountStatus(d);
				return {
					question: t('stepAutomation.accountQuestion', {upn: account.userPrincipalName}),
					answer:
						status === 'accepted'
							? t('stepAutomation.acceptedWith', {reason: d.accepted ?? ''})
							: `${fixText(d.fix, t)}${d.explicit ? '' : ` (${t('stepUi.recommended')})`} — ${t(
									'stepAutomation.progress',
									{
										done: d.done.length,
										total: CHECKLISTS[d.fix].length,
									},
								)}`,
				};
			}),
			notes: f.accounts.length > 0 ? errorSentences(t) : [],
		};
	},
};
