export const shell = {
	appName: 'mfa-onboard',
	stepsHeading: 'Steps',
	stepOf: ({n, total}: {n: number; total: number}) => `Step ${n} of ${total}`,
	keyMove: '↑↓ move',
	keyOpen: 'enter open',
	keyBack: 'esc back',
	keySkip: 's skip',
	keyHelp: '? help',
	keyQuit: 'q quit',
	helpTitle: 'Keys',
	helpMove: '↑ ↓ or k j — move between steps or items',
	helpOpen: 'Enter — open the selected step, or choose',
	helpBack: 'Esc — back to the step list; closes this help',
	helpSkip: 's — skip the step (you are asked for a reason)',
	helpRevisit: 'r — revisit a finished or skipped step',
	helpQuit: 'q — save and quit; run the same command again to resume',
	helpHelp: '? — show or hide this help',
	helpSaved: 'Progress is saved after every answer, so quitting loses nothing.',
	tooSmall: ({
		columns,
		rows,
		minColumns,
		minRows,
	}: {
		columns: number;
		rows: number;
		minColumns: number;
		minRows: number;
	}) =>
		`This terminal is ${columns}×${rows}; mfa-onboard needs at least ${minColumns}×${minRows}. Enlarge the window — nothing is lost meanwhile.`,
	resumeTitle: 'A saved session exists for this tenant',
	resumeDetail: ({updated, done, total}: {updated: string; done: number; total: number}) =>
		`Last saved ${updated}; ${done} of ${total} steps finished.`,
	resumeContinue: 'Resume where I left off',
	resumeFresh: 'Start fresh (the saved session is kept as a backup)',
	resumeQuit: 'Quit',
	savedAndQuit: ({file}: {file: string}) => `Progress saved to ${file}. Run the same command again to resume.`,
	freshBackup: ({file}: {file: string}) => `Previous session kept as ${file}.`,
	stepNotReady:
		'This step’s checks are not part of this version yet. You can skip it with a reason; it will be offered again when you resume after an update.',
	skipPrompt: 'Why skip this step? (recorded in the journal)',
	skipPlaceholder: 'e.g. handled by our MSP tooling',
	skipped: ({reason}: {reason: string}) => `Skipped: ${reason}`,
	failed: ({message}: {message: string}) => `Failed: ${message}`,
	signedInAs: ({account}: {account: string}) => `as ${account}`,
	listPosition: ({n, total}: {n: string; total: string}) => `${n} of ${total} · PgUp/PgDn for pages`,
	typeDomain: ({domain}: {domain: string}) => `To go ahead, type the tenant's domain (${domain}) and press Enter.`,
	domainMismatch: ({domain}: {domain: string}) =>
		`That is not ${domain}; nothing was sent. Type it exactly, or press Enter on an empty line to cancel.`,
	typeDomainCancel: 'An empty line cancels; nothing is sent until the domain matches.',
	signingIn: 'Signing in…',
	demoApproves: 'Demo tenant: the simulated admin approves this sign-in on their phone in a moment — nothing to do.',
	readingTenant: 'Reading the tenant…',
	readingPhase: ({phase}: {phase: string}) => `Reading the tenant: ${phase}`,
	readFailed: ({message}: {message: string}) => `Reading the tenant failed: ${message}`,
	retryKey: 'Press r to try again.',
	assessingStep: 'Looking at what this step needs…',
	planTitle: 'What this step will change',
	planNothing: 'Nothing to change in the tenant: your decisions are recorded.',
	planNothingMore: ({count}: {count: number}) =>
		count === 1
			? 'Nothing more to change: the change made in this step is in the journal.'
			: `Nothing more to change: the ${count} changes made in this step are in the journal.`,
	planDryRun: 'Dry run: nothing is sent. These are the exact requests a real run would make.',
	planConfirm: ({count}: {count: number}) =>
		count === 1 ? 'Apply this change? (y/n)' : `Apply these ${count} changes? (y/n)`,
	planInPlace: ({count}: {count: number}) =>
		count === 1 ? '1 more change is already in place.' : `${count} more changes are already in place.`,
	planApplying: ({done, total}: {done: number; total: number}) => `Applying ${done} of ${total}…`,
	planApplied: ({count}: {count: number}) =>
		count === 1
			? '1 change applied and recorded in the journal.'
			: `${count} changes applied and recorded in the journal.`,
	planDeclined: 'Not applied; nothing was sent. You can come back to this step at any time.',
	planFailed: ({message}: {message: string}) =>
		`Stopped: ${message}. What was applied before stays applied and journaled.`,
	planOpenItems: ({count}: {count: number}) =>
		count === 1
			? '1 item of this step is still open: it stays listed, and step 6 shows it again before enforcing MFA.'
			: `${count} items of this step are still open: they stay listed, and step 6 shows them again before enforcing MFA.`,
	continueKey: 'Enter to continue',
	finishStep: 'f finish this step',
	allDone: 'Every step is finished or skipped. Press r on a step to revisit it, or q to quit.',
} as const;
