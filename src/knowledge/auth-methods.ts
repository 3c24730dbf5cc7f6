/**
 * Authentication method facts.
 * A user counts as MFA-registered (fallback without registration details) when they hold any method other than these
 * (COMPLIANCE.md readiness facts). `@odata.type` values from
 * https://learn.microsoft.com/graph/api/resources/authenticationmethods-overview (beta adds hardware OATH).
 */
export const NON_MFA_METHOD_TYPES: readonly string[] = [
	'#microsoft.graph.passwordAuthenticationMethod',
	'#microsoft.graph.emailAuthenticationMethod',
	'#microsoft.graph.temporaryAccessPassAuthenticationMethod',
];

const NON_MFA = new Set(NON_MFA_METHOD_TYPES.map(t => t.toLowerCase()));

export function isMfaMethodType(odataType: string): boolean {
	return !NON_MFA.has(odataType.toLowerCase());
}

/** The fixed id of the password authentication method (GRAPH.md §10). */
export const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';

/** Built-in authentication strengths (GRAPH.md §6). */
export const AUTHENTICATION_STRENGTH = {
	multifactor: '00000000-0000-0000-0000-000000000002',
	passwordlessMfa: '00000000-0000-0000-0000-000000000003',
	phishingResistantMfa: '00000000-0000-0000-0000-000000000004',
} as const;

/** Self-service links admins and users open to register methods. */
export const REGISTRATION_LINKS = {
	securityInfo: 'https://aka.ms/mysecurityinfo',
	ssprSetup: 'https://aka.ms/ssprsetup',
} as const;

/**
 * A per-user method's `@odata.type` → the name `userRegistrationDetails.methodsRegistered` and
 * `usersRegisteredByMethod` use for it (GRAPH.md §3, §4), so counts read either way line up. Phone numbers are
 * counted as `mobilePhone` (the per-user fallback keeps only the type).
 * Sources: https://learn.microsoft.com/graph/api/resources/authenticationmethods-overview,
 * https://learn.microsoft.com/graph/api/resources/userregistrationdetails
 */
const REGISTRATION_NAME: Readonly<Record<string, string>> = {
	passwordauthenticationmethod: 'password',
	microsoftauthenticatorauthenticationmethod: 'microsoftAuthenticatorPush',
	passwordlessmicrosoftauthenticatorauthenticationmethod: 'microsoftAuthenticatorPasswordless',
	phoneauthenticationmethod: 'mobilePhone',
	fido2authenticationmethod: 'fido2SecurityKey',
	softwareoathauthenticationmethod: 'softwareOneTimePasscode',
	hardwareoathauthenticationmethod: 'hardwareOneTimePasscode',
	temporaryaccesspassauthenticationmethod: 'temporaryAccessPass',
	emailauthenticationmethod: 'email',
	windowshelloforbusinessauthenticationmethod: 'windowsHelloForBusiness',
	platformcredentialauthenticationmethod: 'macOsSecureEnclaveKey',
	qrcodepinauthenticationmethod: 'qrCodePin',
	externalauthenticationmethod: 'externalAuthenticationMethod',
};

export function registrationMethodName(odataType: string): string {
	const bare = odataType.replace(/^#?microsoft\.graph\./i, '');
	return REGISTRATION_NAME[bare.toLowerCase()] ?? bare.replace(/AuthenticationMethod$/, '');
}
