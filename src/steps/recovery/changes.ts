/**
 * Step 8's changes, one per action so each is confirmed on its own (GRAPH.md §9 "Recovery order", §10): reset the
 * password to a temporary one that must be changed at the next sign-in, revoke the sign-in sessions, and dismiss the
 * user's risk or confirm the account compromised. None can be undone — the view says so before asking — and the
 * password reset is never resent by a resumed run (`repeatable: false`): its password was shown once and is gone.
 */
import {type Change, type ChangeTransport, changeId} from '../../changes/change.js';
import {segment} from '../../graph/odata.js';
import {msg} from '../types.js';
import type {RecoveryAction, RiskAction} from './model.js';

export interface Target {
	readonly id: string;
	readonly userPrincipalName: string;
}

/** What a dry-run plan shows instead of a password: none is generated until a real run applies the change. */
export const PASSWORD_PLACEHOLDER = '(generated when applied, shown once)';

export const PASSWORD_SECRET_PATH = 'passwordProfile.password';

export function recoveryChangeId(action: RecoveryAction, userId: string): string {
	return changeId('recovery', action, userId.toLowerCase());
}

/**
 * The admin reset (PATCH passwordProfile, scope User-PasswordProfile.ReadWrite.All). The user must pick a new password
 * at the next sign-in. `forceChangePasswordNextSignInWithMfa` stays off: the attacker may have registered the methods
 * the user would be asked for, and the admin is told to check them.
 */
export function resetPasswordChange(user: Target, password: string): Change {
	return {
		id: recoveryChangeId('reset', user.id),
		step: 'recovery',
		title: msg('stepRecovery.changeResetTitle', {upn: user.userPrincipalName}),
		why: msg('stepRecovery.changeResetWhy'),
		confirmation: 'confirm',
		secretPaths: [PASSWORD_SECRET_PATH],
		repeatable: false,
		request: {
			method: 'PATCH',
			version: 'v1.0',
			path: `/users/${segment(user.id)}`,
			body: {
				passwordProfile: {
					forceChangePasswordNextSignIn: true,
					forceChangePasswordNextSignInWithMfa: false,
					password,
				},
			},
			scopes: ['User-PasswordProfile.ReadWrite.All'],
		},
		objectIdFrom: () => user.id,
		irreversible: msg('stepRecovery.undoReset'),
		undo: () => ({impossible: msg('stepRecovery.undoReset')}),
	};
}

/** Ends every session and refresh token (POST revokeSignInSessions). Safe to repeat. */
export function revokeSessionsChange(user: Target): Change {
	return {
		id: recoveryChangeId('revoke', user.id),
		step: 'recovery',
		title: msg('stepRecovery.changeRevokeTitle', {upn: user.userPrincipalName}),
		why: msg('stepRecovery.changeRevokeWhy'),
		confirmation: 'confirm',
		request: {
			method: 'POST',
			version: 'v1.0',
			path: `/users/${segment(user.id)}/revokeSignInSessions`,
			scopes: ['User.ReadWrite.All'],
		},
		objectIdFrom: () => user.id,
		irreversible: msg('stepRecovery.undoRevoke'),
		undo: () => ({impossible: msg('stepRecovery.undoRevoke')}),
	};
}

async function riskStateOf(graph: ChangeTransport, userId: string): Promise<string | undefined> {
	const response = await graph.request<{riskState?: string}>({
		path: `/identityProtection/riskyUsers/${segment(userId)}`,
		scopes: ['IdentityRiskyUser.Read.All'],
		acceptStatus: [404],
	});
	return response.status === 404 ? undefined : response.body?.riskState;
}

/** Dismisses the user's risk, or confirms the account compromised (Identity Protection, P2). */
export function riskChange(user: Target, action: RiskAction): Change {
	const target = action === 'dismiss' ? 'dismissed' : 'confirmedCompromised';
	return {
		id: recoveryChangeId(action, user.id),
		step: 'recovery',
		title: msg(action === 'dismiss' ? 'stepRecovery.changeDismissTitle' : 'stepRecovery.changeConfirmTitle', {
			upn: user.userPrincipalName,
		}),
		why: msg(action === 'dismiss' ? 'stepRecovery.changeDismissWhy' : 'stepRecovery.changeConfirmWhy'),
		confirmation: 'confirm',
		request: {
			method: 'POST',
			version: 'v1.0',
			path: `/identityProtection/riskyUsers/${action}`,
			body: {userIds: [user.id]},
			scopes: ['IdentityRiskyUser.ReadWrite.All'],
		},
		async find(graph) {
			return (await riskStateOf(graph, user.id)) === target ? {done: true, objectId: user.id} : undefined;
		},
		objectIdFrom: () => user.id,
		async verify(graph) {
			return (await riskStateOf(graph, user.id)) === target;
		},
		irreversible: msg(action === 'dismiss' ? 'stepRecovery.undoDismiss' : 'stepRecovery.undoConfirm'),
		undo: () => ({
			impossible: msg(action === 'dismiss' ? 'stepRecovery.undoDismiss' : 'stepRecovery.undoConfirm'),
		}),
	};
}
