/**
 * Entra sign-in error codes (src/knowledge/aadsts.ts): `m<code>` what it means, `c<code>` the likely cause when this
 * tool meets it, `f<code>` what to do. Also used by `mfa-onboard explain`.
 */
export const aadsts = {
	meaning: 'Meaning',
	cause: 'Likely cause',
	fix: 'What to do',
	moreInfo: 'More',
	unknownCode: ({code}: {code: string}) =>
		`${code} is not one this tool explains offline; Microsoft's page for it is linked below.`,
	noCode: 'No AADSTS error code found in that text.',
	noCodeHint: 'Give the code (AADSTS50076 or 50076) or paste the whole error message in quotes.',
	listTitle: 'Entra sign-in error codes this tool explains offline:',
	listHint:
		'Run `mfa-onboard explain <code>` for what one means and how to fix it; any other code is looked up online.',
	inline: ({code, meaning}: {code: string; meaning: string}) => `${code}: ${meaning}`,
	m50072: 'The user must enrol for multifactor authentication before signing in.',
	c50072: 'The account has no MFA method yet and a policy now requires one.',
	f50072:
		'Sign in interactively and register a method at aka.ms/mysecurityinfo, or have an admin issue a Temporary Access Pass.',
	m50074: 'Strong authentication (MFA) is required and was not completed.',
	c50074: 'A script or non-interactive sign-in met an MFA requirement it cannot satisfy.',
	f50074:
		'Sign in interactively (device code or browser) so MFA can complete; move scripts to an app with a certificate.',
	m50076:
		'MFA is required by policy (Conditional Access, security defaults or per-user MFA) and this sign-in did not do it.',
	c50076: 'A cached sign-in or a password-only script ran into a policy that now asks for MFA.',
	f50076:
		'Sign in again interactively so MFA can complete. Scripts and integrations that send a password (ROPC) must move to an access token instead: an app with a certificate, a managed identity, or the Secure Application Model’s consented refresh token.',
	m50079: 'The user must register security information before MFA can be enforced.',
	c50079: 'The account has never registered an MFA method.',
	f50079:
		'The user signs in interactively and registers at aka.ms/mysecurityinfo, or an admin issues a Temporary Access Pass.',
	m50105: 'The signed-in user is not assigned to the application, and the app requires assignment.',
	c50105: 'The app this tool signs in with has "assignment required" turned on.',
	f50105: 'Assign the user (or a group they are in) to the enterprise app, or turn off "Assignment required".',
	m50126: 'The username or password is wrong.',
	c50126: 'In sign-in logs this is often password-spray noise from legacy protocols.',
	f50126: 'Check the credentials; if the attempts are not the user’s, block legacy authentication.',
	m50158: 'An external security challenge (third-party MFA, terms of use) was not yet satisfied.',
	c50158: 'A sign-in step outside Entra ID is still pending; in the logs it is not an error by itself.',
	f50158: 'Complete the challenge interactively.',
	m50173: 'The grant was revoked: the password changed or the sessions were revoked.',
	c50173: 'The cached sign-in of this tool is no longer valid.',
	f50173: 'Sign in again. The tool removes the dead sign-in from its cache and asks you to sign in.',
	m53003: 'Access was blocked by Conditional Access policies.',
	c53003:
		'For this tool, usually a policy that blocks device-code sign-in (Microsoft now rolls one out as a managed policy), or a location or device rule.',
	f53003:
		'Sign in with the browser instead (`--auth browser`). If that is blocked too, read the sign-in log entry’s applied Conditional Access policies to see which one blocks it.',
	m65001: 'The user or an administrator has not consented to the application or to the permissions it asks for.',
	c65001: 'The app this tool signs in with has not been granted these Microsoft Graph permissions in this tenant.',
	f65001:
		'An administrator grants consent (the admin-consent link `mfa-onboard setup` prints, or Enterprise applications in the portal). Under GDAP, pre-consent the app in the customer tenant through Partner Center.',
	m70043: 'The refresh token expired under a Conditional Access sign-in frequency policy.',
	c70043: 'A sign-in frequency policy applies to the account this tool signed in with.',
	f70043: 'Sign in again.',
	m90002: 'The tenant was not found.',
	c90002: 'The --tenant value is misspelt, or belongs to a different national cloud.',
	f90002:
		'Check the tenant id or domain, and --cloud. The tenant’s /.well-known/openid-configuration answers when both are right.',
	m90099: 'The application is not authorised in the customer tenant for partner delegated administration.',
	c90099: 'A partner technician signed in to a customer tenant with an app that the customer has not consented to.',
	f90099: 'Pre-consent the app in the customer tenant (Partner Center consent API, with GDAP).',
	m530034: 'Delegated admin sign-in was blocked because of suspicious activity.',
	c530034: 'Microsoft flagged the partner technician’s account.',
	f530034: 'Investigate the technician account in the partner tenant before trying again.',
	m530035: 'The sign-in was blocked by security defaults.',
	c530035: 'A legacy-authentication client, or a risky sign-in, met security defaults.',
	f530035: 'Use a modern-authentication client, or replace security defaults with Conditional Access policies.',
	m700016: 'The application was not found in the directory.',
	c700016: 'A wrong --client-id, or a multitenant app not yet provisioned or consented in this tenant.',
	f700016: 'Check the client id; run `mfa-onboard setup` to register the tool’s own app in this tenant.',
	m700082: 'The refresh token expired because it was not used for too long (90 days by default).',
	c700082:
		'This tool’s cached sign-in was not used for a long time — or, in your own automation, a stored Secure Application Model refresh token was never renewed.',
	f700082:
		'Sign in again: the tool removes the expired sign-in from its cache and asks you to sign in. For automation, generate a new refresh token and store the new one Entra returns with every access token, so it is never left unused for 90 days.',
	m7000218: 'The request needs a client assertion or client secret: the app is registered as confidential.',
	c7000218: 'The app registration used by this tool does not allow public client flows, which device code needs.',
	f7000218: 'Turn on "Allow public client flows" in the app registration (Authentication), or use a public client id.',
} as const;
