/**
 * Step 8 — compromised-account recovery (PRODUCT.md; the partner requirements' "Recovering compromised accounts"):
 * for each account Identity Protection flags (P2) — or that the admin names — look at its recent sign-ins, keep the
 * evidence, then, each confirmed on its own: reset the password to a temporary one, revoke the sessions, and dismiss
 * the risk or confirm the account compromised.
 *
 * The actions are applied one by one from the view (src/ui/steps/RecoveryView.tsx), not from `plan()`: the temporary
 * password must be generated at the moment it is sent and shown once, so it can never sit in a plan, the progress file
 * or the journal. `plan()` therefore returns the changes only for a dry run's plan document, with a placeholder where
 * the password would go; a real run has nothing left to apply when the admin finishes the step.
 */
import type {Change} from '../../changes/change.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepContext, type StepModule} from '../types.js';
import {PASSWORD_PLACEHOLDER, resetPasswordChange, revokeSessionsChange, riskChange} from './changes.js';
import {findingsFrom, isAtRisk, isRecovered, type RecoveryAction, type RecoveryFindings} from './model.js';

export const RECOVERY_ANSWERS = {
	/** `{[userId]: RecoveryAction[]}`: the actions a dry run plans per user. */
	actions: 'actions',
} as const;

const ORDER: readonly RecoveryAction[] = ['reset', 'revoke', 'dismiss', 'confirmCompromised'];

function plannedActions(answers: Answers): Record<string, RecoveryAction[]> {
	const raw = answers[RECOVERY_ANSWERS.actions];
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
	const out: Record<string, RecoveryAction[]> = {};
	for (const [id, list] of Object.entries(raw)) {
		if (Array.isArray(list)) out[id] = ORDER.filter(a => list.includes(a));
	}
	return out;
}

export function licenceKey(
	f: RecoveryFindings,
): 'stepRecovery.licenceP2' | 'stepRecovery.licenceP1' | 'stepRecovery.licenceFree' | 'stepRecovery.licenceUnknown' {
	if (f.riskAvailable) return 'stepRecovery.licenceP2';
	return f.licence === 'p1'
		? 'stepRecovery.licenceP1'
		: f.licence === 'free'
			? 'stepRecovery.licenceFree'
			: 'stepRecovery.licenceUnknown';
}

export const recoveryStep: StepModule<RecoveryFindings> = {
	id: 'recovery',
	readScopes: ['IdentityRiskyUser.Read.All', 'AuditLog.Read.All', 'UserAuthenticationMethod.Read.All'],
	writeScopes: ['User-PasswordProfile.ReadWrite.All', 'User.ReadWrite.All', 'IdentityRiskyUser.ReadWrite.All'],

	async assess(ctx) {
		return findingsFrom(ctx.assessment);
	},

	summarize(f): JsonValue {
		return {
			licence: f.licence,
			riskAvailable: f.riskAvailable,
			atRisk: f.users.filter(u => u.source === 'risk').length,
			leakedCredentials: f.users.filter(u => u.leakedCredentials).length,
			recovered: f.users.filter(isRecovered).length,
		};
	},

	recommend(f): Answers {
		const actions: Record<string, string[]> = {};
		for (const user of f.users) {
			if (user.source !== 'risk' || isRecovered(user)) continue;
			actions[user.id] = ['reset', 'revoke', ...(f.riskAvailable ? ['dismiss'] : [])];
		}
		return {[RECOVERY_ANSWERS.actions]: actions};
	},

	plan(f, answers, ctx): readonly Change[] {
		if (!ctx.dryRun) return [];
		const changes: Change[] = [];
		for (const [id, actions] of Object.entries(plannedActions(answers))) {
			const user = f.users.find(u => u.id === id);
			if (!user) continue;
			for (const action of actions) {
				if (action === 'reset') changes.push(resetPasswordChange(user, PASSWORD_PLACEHOLDER));
				else if (action === 'revoke') changes.push(revokeSessionsChange(user));
				else if (f.riskAvailable) changes.push(riskChange(user, action));
			}
		}
		return changes;
	},

	open(f): readonly OpenItem[] {
		const items: OpenItem[] = [];
		for (const user of f.users) {
			if (isRecovered(user) || (user.source === 'manual' && !isAtRisk(user.riskState))) continue;
			items.push({
				step: 'recovery',
				id: user.userPrincipalName,
				text: msg(user.leakedCredentials ? 'stepRecovery.openLeaked' : 'stepRecovery.openAtRisk', {
					upn: user.userPrincipalName,
				}),
				severity: 'high',
			});
		}
		if (!f.riskAvailable) {
			items.push({step: 'recovery', id: 'risk-unavailable', text: msg(licenceKey(f)), severity: 'low'});
		}
		return items;
	},

	describe(f, answers, ctx: StepContext): PlanSection {
		const {t} = ctx;
		const planned = plannedActions(answers);
		const findings = [
			t(licenceKey(f)),
			...f.users.map(u =>
				t('stepRecovery.describeUser', {
					upn: u.userPrincipalName,
					level: u.riskLevel ?? t('common.unknown'),
					state: u.riskState ?? t('common.unknown'),
					leaked: u.leakedCredentials ? t('stepRecovery.tagLeaked') : '',
				}),
			),
		];
		const decisions = f.users
			.filter(u => planned[u.id])
			.map(u => ({
				question: t('stepRecovery.questionActions', {upn: u.userPrincipalName}),
				answer: (planned[u.id] ?? []).map(a => t(ACTION_LABEL[a])).join(', ') || t('common.none'),
			}));
		return {
			step: 'recovery',
			findings,
			decisions,
			notes: [t('stepRecovery.notePasswordOnce'), t('stepRecovery.appPasswords'), t('stepRecovery.noteSynced')],
		};
	},
};

export const ACTION_LABEL: Readonly<
	Record<
		RecoveryAction,
		| 'stepRecovery.actionReset'
		| 'stepRecovery.actionRevoke'
		| 'stepRecovery.actionDismiss'
		| 'stepRecovery.actionConfirm'
	>
> = {
	reset: 'stepRecovery.actionReset',
	revoke: 'stepRecovery.actionRevoke',
	dismiss: 'stepRecovery.actionDismiss',
	confirmCompromised: 'stepRecovery.actionConfirm',
};
