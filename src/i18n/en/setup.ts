/** `mfa-onboard setup`: registering the tool's own app in the tenant. */
export const setup = {
	title: ({tenant}: {tenant: string}) => `Registering mfa-onboard’s own app in ${tenant}`,
	dryRunTitle: ({tenant}: {tenant: string}) => `[Dry run] What setup would do in ${tenant} (nothing is written)`,
	wouldSend: ({method, url}: {method: string; url: string}) => `[Dry run] Would ${method} ${url}`,
	exists: ({name, appId}: {name: string; appId: string}) =>
		`An app named “${name}” already exists (client id ${appId}); using it.`,
	created: ({name, appId}: {name: string; appId: string}) => `Created the app “${name}” (client id ${appId}).`,
	appSettings: 'Public client with device code and browser sign-in; redirect URI http://localhost; this tenant only.',
	permissions: ({count}: {count: number}) =>
		`Delegated Microsoft Graph permissions (${count}), each asked for only when a step needs it:`,
	permissionLine: ({scope, id, write}: {scope: string; id: string; write: boolean}) =>
		`  ${scope}  ${id}${write ? '  (write)' : ''}`,
	permissionIdsLive: 'Permission ids were read from this tenant’s Microsoft Graph service principal.',
	permissionIdsBuiltIn: 'Permission ids come from the built-in table (the live lookup was not allowed).',
	permissionSkipped: ({scope}: {scope: string}) =>
		`  ${scope}: no id known for it in this tenant; left out (add it in the portal if you need password resets).`,
	consent: 'An administrator grants these permissions once for everyone, at:',
	saved: ({path}: {path: string}) => `Saved the client id for this tenant in ${path}.`,
	next: 'Next: run `mfa-onboard`; it signs in with this app from now on (or pass --client-id).',
	dryRunNext: 'Run `mfa-onboard setup` without --dry-run to register it.',
	signedOut: ({count, path}: {count: number; path: string}) =>
		count === 1
			? `Signed out: removed 1 saved sign-in (${path}).`
			: `Signed out: removed ${count} saved sign-ins (${path}).`,
} as const;
