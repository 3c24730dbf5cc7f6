/** Step 8 — compromised-account recovery (src/steps/recovery, src/ui/steps/RecoveryView.tsx). */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const stepRecovery = {
	licenceP2: 'Identity Protection (Entra ID P2): risky users and leaked-credential detections are listed below.',
	licenceP1:
		'Risky users and leaked-credential detections need Entra ID P2. This tenant has P1: the portal shows only a limited risky-users report, and this tool cannot list them. Press u to recover an account you know is compromised.',
	licenceFree:
		'Without Entra ID P1 or P2 this tool can see neither risky users nor sign-in logs. Users blocked for leaked credentials need an admin to reset their password: press u to recover an account by its UPN.',
	licenceUnknown:
		'The tenant’s licences could not be read, so risky users could not be listed. Press u to recover an account by its UPN.',
	licenceP1Short:
		'Risky users need Entra ID P2; this tenant has P1, so they cannot be listed here. Press u to recover an account you know is compromised.',
	licenceFreeShort:
		'Without Entra ID P1 or P2, neither risky users nor sign-in logs can be read. Press u to recover an account by its UPN.',
	licenceUnknownShort:
		'Licences unreadable: risky users could not be listed. Press u to recover an account by its UPN.',
	listCount: ({count, recovered}: {count: number; recovered: number}) =>
		count === 0
			? 'No account is at risk.'
			: `${plural(count, 'account', 'accounts')} to recover${recovered > 0 ? ` · ${recovered} done` : ''}`,
	tagLeaked: 'leaked credentials',
	tagCompromised: 'confirmed compromised',
	tagAtRisk: 'at risk',
	tagManual: 'named by you',
	tagRecovered: 'recovered',
	tagDismissed: 'risk dismissed',
	tagRemediated: 'remediated',
	levelHigh: 'High',
	levelMedium: 'Medium',
	levelLow: 'Low',
	levelOther: '—',
	keyOpen: 'enter open',
	keyUpn: 'u recover by UPN',
	keyFinish: 'f finish',
	keyBack: 'b back',
	keyDo: 'enter choose',
	upnPrompt: 'Account to recover (UPN or object id), Enter to look it up, Esc or an empty line to cancel:',
	upnPlaceholder: 'name@contoso.com',
	upnNotFound: ({upn}: {upn: string}) => `No account ${upn} in this tenant.`,
	loading: 'Reading the account: methods, recent sign-ins…',
	cloudOnly: 'cloud-only',
	synced: 'synced from AD',
	accountDisabled: 'sign-in blocked',
	guest: 'guest',
	syncWarning:
		'Synchronised from on-premises AD: a reset here only lasts with password writeback on. Without it the next sync puts the old password back — reset it in AD instead.',
	guestNote: 'A guest signs in at their home organisation: revoking sessions here does not end those sessions.',
	signInsTitle: ({count, from}: {count: number; from: string}) => `Recent sign-ins since ${from}: ${count}`,
	signInsNone: 'No sign-ins in the window.',
	signInsLicence: 'Sign-in logs need Entra ID P1: recent sign-ins cannot be shown.',
	signInsError: ({detail}: {detail: string}) => `Recent sign-ins could not be read (${detail}).`,
	unknownPlace: 'unknown place',
	resultOk: 'ok',
	methodsLine: ({methods}: {methods: string}) => `Methods: ${methods}`,
	methodsNone: 'Methods: password only',
	methodsError: ({detail}: {detail: string}) => `Methods could not be read (${detail}).`,
	methodsCheck: 'Check them with the user: remove any they do not recognise (an attacker may have added one).',
	evidenceSaved: ({file}: {file: string}) => `Evidence saved: ${file}`,
	evidenceFailed: ({message}: {message: string}) => `Evidence could not be saved: ${message}`,
	actionReset: 'Reset password (temporary, change at sign-in)',
	actionRevoke: 'Revoke all sign-in sessions',
	actionDismiss: 'Dismiss the user’s risk',
	actionConfirm: 'Confirm the account compromised',
	needsP2: 'needs Entra ID P2',
	notRisky: 'not flagged by Identity Protection',
	doneAt: ({time}: {time: string}) => `done ${time}`,
	confirmReset: ({upn}: {upn: string}) =>
		`Reset the password of ${upn}? A random temporary password, shown once here, replaces it; the user must change it at the next sign-in. Sessions end too.`,
	confirmRevoke: ({upn}: {upn: string}) =>
		`Revoke every sign-in session of ${upn}? Apps and devices must sign in again (it takes a few minutes to reach all of them).`,
	confirmDismiss: ({upn}: {upn: string}) =>
		`Dismiss the risk of ${upn}? Do this once the password is reset: Identity Protection stops treating the account as at risk.`,
	confirmConfirm: ({upn}: {upn: string}) =>
		`Confirm ${upn} compromised? Identity Protection raises the user’s risk to high, and risk-based policies block or challenge them until the password is reset.`,
	cannotUndo: 'This cannot be undone.',
	confirmAsk: 'Go ahead? (y/n)',
	dryRunRecorded: 'Dry run: recorded in the plan, nothing sent.',
	sending: 'Sending…',
	applied: ({action}: {action: string}) => `Done: ${action}.`,
	alreadyDone: ({action}: {action: string}) => `Already in place: ${action}.`,
	outcomeUnknown:
		'The outcome of an earlier attempt is unknown and a password reset is never resent on its own. Choose it again to reset once more.',
	failed: ({message}: {message: string}) => `Not done: ${message}`,
	declined: 'Not done; nothing was sent.',
	revealTitle: ({upn}: {upn: string}) => `Temporary password for ${upn}:`,
	revealOnce:
		'Shown once and saved nowhere. Give it to the user over another channel (phone, in person); they must choose a new password when they next sign in.',
	revealContinue: 'Press Enter once it is handed over — it disappears from the screen.',
	appPasswords:
		'App passwords survive a password reset. Graph cannot list them: ask the user to delete any at https://aka.ms/mysecurityinfo, or turn app passwords off in the per-user MFA settings.',
	appPasswordsShort: 'App passwords survive a reset: have the user delete them at aka.ms/mysecurityinfo.',
	notePasswordOnce:
		'Each temporary password is generated when the reset is applied, shown once on screen, and never written to disk, logs, the journal or reports.',
	noteSynced: 'Accounts synchronised from on-premises AD need password writeback for a reset to last.',
	describeUser: ({upn, level, state, leaked}: {upn: string; level: string; state: string; leaked: string}) =>
		`${upn}: risk ${level}, ${state}${leaked ? `, ${leaked}` : ''}`,
	questionActions: ({upn}: {upn: string}) => `Recovery of ${upn}`,

	changeResetTitle: ({upn}: {upn: string}) => `Reset the password of ${upn} (temporary, change at next sign-in)`,
	changeResetWhy:
		'The current password is known to someone else: a temporary one, changed by the user at the next sign-in, locks them out.',
	changeRevokeTitle: ({upn}: {upn: string}) => `Revoke the sign-in sessions of ${upn}`,
	changeRevokeWhy: 'Tokens already issued keep working after a reset until they are revoked.',
	changeDismissTitle: ({upn}: {upn: string}) => `Dismiss the risk of ${upn}`,
	changeDismissWhy: 'The account is secured again; Identity Protection stops blocking or challenging it.',
	changeConfirmTitle: ({upn}: {upn: string}) => `Confirm ${upn} compromised`,
	changeConfirmWhy: 'Tells Identity Protection the account was taken over, so risk-based policies act on it.',
	undoReset:
		'a password reset cannot be reversed: the old password is not known to this tool, and putting it back would hand the account to whoever leaked it.',
	undoRevoke: 'revoked sessions cannot be restored; the user simply signs in again.',
	undoDismiss:
		'Identity Protection has no way to put a dismissed risk back; if the account looks compromised again, confirm it compromised.',
	undoConfirm:
		'a confirmation cannot be withdrawn as such; if it was a mistake, dismiss the user’s risk in the recovery step.',
	openLeaked: ({upn}: {upn: string}) =>
		`${upn} has leaked credentials and is still at risk: reset the password and dismiss the risk.`,
	openAtRisk: ({upn}: {upn: string}) => `${upn} is at risk: reset the password, revoke sessions, settle the risk.`,
} as const;
