/** Sign-in (src/auth): prompts, notices and errors. */
export const auth = {
	deviceCodeTitle: 'Sign in to Microsoft',
	deviceCodeOpen: ({url}: {url: string}) => `On any device, open ${url}`,
	deviceCodeEnter: ({code}: {code: string}) => `and enter the code ${code}`,
	deviceCodeQr: 'Or scan this QR code with a phone to open the page:',
	deviceCodeExpires: ({minutes}: {minutes: number}) =>
		minutes === 1 ? 'The code expires in 1 minute.' : `The code expires in ${minutes} minutes.`,
	waiting: 'Waiting for the sign-in to finish…',
	browserOpening: 'Opening a browser to sign in. If none opens, go to this address on this machine:',
	signedIn: ({user, tenant}: {user: string; tenant: string}) => `Signed in as ${user} (tenant ${tenant}).`,
	signedInApp: ({clientId, tenant}: {clientId: string; tenant: string}) =>
		`Signed in as the app ${clientId} (tenant ${tenant}).`,
	usingCachedSignIn: ({user}: {user: string}) => `Using the saved sign-in of ${user}.`,
	usingSuppliedToken: ({user, tenant}: {user: string; tenant: string}) =>
		`Using the supplied access token for ${user} (tenant ${tenant}); it is read, not verified — Graph verifies it.`,
	defaultClient:
		'Signing in with Microsoft Graph Command Line Tools, a Microsoft app. For production, `mfa-onboard setup` registers an app of your own.',
	reasonExpired: ({code}: {code: string}) =>
		`The saved sign-in expired after a long time unused (${code}); sign in again. The old one was removed from the cache.`,
	reasonRevoked: ({code}: {code: string}) =>
		`The saved sign-in was revoked — a password change or a session revocation (${code}); sign in again. The old one was removed from the cache.`,
	reasonInteraction: ({code}: {code: string}) =>
		`The saved sign-in needs you again (${code}), for example for MFA or a new policy; sign in again.`,
	reasonConsent: ({scopes}: {scopes: string}) =>
		`To apply this change the tool needs the permission ${scopes}. Sign in again to grant it (an administrator may have to consent).`,
	deviceCodeBlocked: 'Device-code sign-in is blocked by Conditional Access in this tenant (AADSTS53003).',
	deviceCodeBlockedFallback:
		'Device-code sign-in is blocked by Conditional Access in this tenant (AADSTS53003); signing in with the browser instead.',
	deviceCodeBlockedHint:
		'Sign in with a browser on this machine: run again with --auth browser. Over SSH without a browser, ask an administrator to exclude this app from the device-code policy, or use --auth token.',
	deviceCodeExpired: 'The sign-in code expired before the sign-in finished.',
	deviceCodeExpiredHint: 'Run the command again and finish the sign-in within the time shown.',
	signInFailed: ({code, meaning}: {code: string; meaning: string}) => `Sign-in failed (${code}): ${meaning}`,
	signInFailedGeneric: ({detail}: {detail: string}) => `Sign-in failed: ${detail}`,
	signInFailedHint: 'Run `mfa-onboard explain <code>` for details, or run again with --verbose.',
	signInNetwork: ({host}: {host: string}) => `Can't reach the Microsoft sign-in service at ${host}.`,
	signInNetworkHint: 'Check the network connection and proxy, and --cloud for national clouds.',
	browserDone: 'Signed in. You can close this window and go back to the terminal.',
	browserFailed: 'The browser sign-in did not complete.',
	browserFailedHint: 'Try again, or use device code (--auth device-code) from another device.',
	noTtyForSignIn: 'Signing in needs you to act in a browser, and this run cannot show a prompt.',
	noTtyForSignInHint:
		'Sign in once interactively (the sign-in is saved), or use --auth certificate or --auth token for unattended runs.',
	tokenMissing: '--auth token needs an access token in the MFA_ONBOARD_ACCESS_TOKEN environment variable.',
	tokenMissingHint:
		'For example: MFA_ONBOARD_ACCESS_TOKEN=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)',
	tokenNotJwt: 'MFA_ONBOARD_ACCESS_TOKEN does not hold an access token (a JWT with three dot-separated parts).',
	tokenExpired: ({when}: {when: string}) => `The supplied access token expired at ${when}.`,
	tokenExpiredHint: 'Get a fresh token and run the command again.',
	tokenWrongAudience: ({audience}: {audience: string}) =>
		`The supplied access token is for ${audience}, not for Microsoft Graph.`,
	tokenWrongAudienceHint: 'Request a token for Microsoft Graph (for az: --resource-type ms-graph).',
	tokenWrongTenant: ({tokenTenant, tenant}: {tokenTenant: string; tenant: string}) =>
		`The supplied access token is for tenant ${tokenTenant}, but --tenant is ${tenant}.`,
	tokenMissingScopes: ({scopes}: {scopes: string}) =>
		`The supplied access token does not carry ${scopes}; the calls that need it will be refused.`,
	tokenCannotAddScopes: ({scopes}: {scopes: string}) =>
		`This change needs ${scopes}, which a supplied access token cannot gain.`,
	tokenCannotAddScopesHint: 'Supply a token that carries it, or sign in with --auth device-code or --auth browser.',
	certificateNeedsApp: '--auth certificate needs --client-id (the app the certificate belongs to) and --tenant.',
	certificateNeedsPath: '--auth certificate needs --certificate <path> (a PEM or PFX file).',
	certificateUnreadable: ({path}: {path: string}) => `Can't read the certificate file ${path}.`,
	certificateNoKey: ({path}: {path: string}) => `${path} holds no private key (PEM "PRIVATE KEY" block or PFX key).`,
	certificateNoCert: ({path}: {path: string}) =>
		`${path} holds no certificate (PEM "CERTIFICATE" block or PFX certificate).`,
	certificateEncrypted: ({path}: {path: string}) =>
		`${path} is protected by a password; set MFA_ONBOARD_CERTIFICATE_PASSWORD.`,
	certificateBadPassword: ({path}: {path: string}) => `The password for ${path} is wrong, or the file is damaged.`,
	certificatePfxUnsupported: ({path, detail}: {path: string; detail: string}) =>
		`${path} uses PFX protection this tool cannot read (${detail}).`,
	certificatePfxHint: 'Convert it to PEM: openssl pkcs12 -in cert.pfx -out cert.pem -nodes',
	certificateWriteScopes:
		'An app signed in with a certificate has the application permissions consented to it; it cannot be asked for more.',
	cacheCorrupt: ({path, backup}: {path: string; backup: string}) =>
		`The sign-in cache ${path} could not be read; it was kept as ${backup} and you will sign in again.`,
	signedOut: ({count, path}: {count: number; path: string}) =>
		count === 1
			? `Signed out: removed 1 saved sign-in from ${path}.`
			: `Signed out: removed ${count} saved sign-ins from ${path}.`,
	signedOutNothing: 'Nothing to sign out: no sign-in is saved.',
	clientIdInvalid: ({value}: {value: string}) => `--client-id ${value} is not an application id (a GUID).`,
	browserOpenFailed: 'Could not open a browser automatically.',
	settingsCorrupt: ({path}: {path: string}) => `The settings file ${path} is damaged.`,
	settingsCorruptHint: 'Fix it or move it away, then run `mfa-onboard setup` again.',
} as const;
