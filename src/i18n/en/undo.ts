/** `mfa-onboard undo`: reversing journaled changes. */
export const undo = {
	leftAsIs: ({title, reason}: {title: string; reason: string}) =>
		`Left as it is: “${title}” cannot be undone: ${reason}`,
	whatToUndo: 'Say what to undo: a change id from the journal, or --all.',
	whatToUndoHint: 'Preview first with --dry-run: it lists the changes in effect and the exact requests.',
	idAndAll: 'Give either a change id or --all, not both.',
	noTerminal: 'Undo asks for a confirmation, and there is no terminal to ask on.',
	noTerminalHint: 'Run it in a terminal, or preview with --dry-run (there is no --yes for undo).',
	unknownId: ({id}: {id: string}) => `No change “${id}” in this tenant's journal.`,
	knownIds: ({ids}: {ids: string}) => `Changes that can be undone: ${ids}`,
	nothingApplied: 'The journal has no change in effect.',
	nothingToUndo: 'Nothing to undo: no change made by this tool is in effect in this tenant.',
	previewTitle: ({count}: {count: number}) =>
		count === 1 ? 'This change will be undone:' : `These ${count} changes will be undone, newest first:`,
	previewTitleDryRun: 'Dry run — nothing is sent. Undoing would send, newest first:',
	checkLater: 'checked for edits by others after the newer change above is undone',
	driftRefuse: 'changed by someone else since this tool applied it: will be refused (add --force to undo anyway)',
	driftForced: 'changed by someone else since this tool applied it: --force undoes it anyway',
	gone: 'the object no longer exists',
	already: 'already back in its earlier state: nothing will be sent',
	dryRunDone: 'Dry run: nothing was sent. Run the same command without --dry-run to undo.',
	typeDomain: ({domain}: {domain: string}) =>
		`This lifts protection or changes who must do MFA. Type the tenant's domain (${domain}) to undo, or press Enter to cancel: `,
	confirm: ({count}: {count: number}) =>
		count === 1 ? 'Undo this change? (y/N) ' : `Undo these ${count} changes? (y/N) `,
	domainMismatch: ({domain}: {domain: string}) => `That is not ${domain}. Nothing was undone; nothing was sent.`,
	declined: 'Nothing was undone; nothing was sent.',
	undoneLine: ({title, request}: {title: string; request: string}) => `Undone: ${title} (${request})`,
	wasAlready: ({title}: {title: string}) => `Undone: ${title} (it was already in its earlier state; nothing sent)`,
	stopped: ({done, left}: {done: number; left: number}) =>
		`Stopped after undoing ${done}; ${left} still in effect (the journal says which).`,
	done: ({count}: {count: number}) =>
		count === 1
			? '1 change undone and recorded in the journal.'
			: `${count} changes undone and recorded in the journal.`,
} as const;
