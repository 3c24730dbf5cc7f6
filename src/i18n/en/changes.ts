export const changes = {
	undoNotApplied: ({title}: {title: string}) =>
		`“${title}” is not in effect (it was not applied, or was already undone).`,
	undoImpossible: ({title, reason}: {title: string; reason: string}) => `“${title}” cannot be undone: ${reason}`,
	undoDrift: ({title}: {title: string}) =>
		`“${title}” was changed by someone else after this tool applied it; undoing now could discard their edit.`,
	undoGone: ({title}: {title: string}) =>
		`“${title}” cannot be undone: the object it changed no longer exists in the tenant.`,
	undoDriftHint: 'Check the object in the Entra admin center first. To undo anyway, add --force.',
	wouldSend: ({method, path}: {method: string; path: string}) => `[Dry run] Would ${method} ${path}`,
	stateCreate: 'to create',
	stateUpdate: 'to update',
	stateUnchanged: 'already in place',
	statusApplying: 'in progress (interrupted?)',
	statusApplied: 'applied',
	statusAlreadyDone: 'already in place',
	statusFailed: 'failed',
	statusUnknown: 'outcome unknown',
	statusUndone: 'undone',
} as const;
