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

/**
 * Entries of the authentication methods policy (`authenticationMethodConfigurations`, GRAPH.md §4), keyed by a
 * lower-camel id. Graph spells the ids as it likes (`Fido2`, `fido2`): compare without regard to case. A PATCH of one
 * configuration must name its derived `@odata.type`; hardware OATH exists only in beta.
 * Source: https://learn.microsoft.com/graph/api/resources/authenticationmethodspolicies-overview
 */
export interface MethodConfigFact {
	readonly id: string;
	readonly odataType: string;
	readonly version: 'v1.0' | 'beta';
	/** Works without a mobile phone (for organisations that keep phones out of work). */
	readonly phoneFree: boolean;
	/** SMS or voice: the methods Microsoft is retiring (dates.ts SMS_VOICE_DATES). */
	readonly telephony: boolean;
}

const config = (id: string, type: string, options: Partial<MethodConfigFact> = {}): MethodConfigFact => ({
	id,
	odataType: `#microsoft.graph.${type}AuthenticationMethodConfiguration`,
	version: 'v1.0',
	phoneFree: false,
	telephony: false,
	...options,
});

export const METHOD_CONFIGS: readonly MethodConfigFact[] = [
	config('microsoftAuthenticator', 'microsoftAuthenticator'),
	config('fido2', 'fido2', {phoneFree: true}),
	config('hardwareOath', 'hardwareOath', {phoneFree: true, version: 'beta'}),
	config('temporaryAccessPass', 'temporaryAccessPass', {phoneFree: true}),
	config('softwareOath', 'softwareOath'),
	config('sms', 'sms', {telephony: true}),
	config('voice', 'voice', {telephony: true}),
	config('email', 'email'),
	config('x509Certificate', 'x509Certificate', {phoneFree: true}),
];

export function methodConfigFact(id: string): MethodConfigFact | undefined {
	const lower = id.toLowerCase();
	return METHOD_CONFIGS.find(m => m.id.toLowerCase() === lower);
}

/** The phone-free methods the mobile step can switch on (third-party providers are recorded, not configured). */
export const PHONE_FREE_METHODS = ['fido2', 'hardwareOath', 'temporaryAccessPass'] as const;
export type PhoneFreeMethod = (typeof PHONE_FREE_METHODS)[number];

/**
 * `methodsRegistered` / `usersRegisteredByMethod` names (GRAPH.md §3) grouped under the policy entry that allows them.
 * Windows Hello for Business is configured on devices (Intune, group policy), not in this policy.
 */
export const REGISTERED_METHOD_CONFIG: Readonly<Record<string, string>> = {
	microsoftAuthenticatorPush: 'microsoftAuthenticator',
	microsoftAuthenticatorPasswordless: 'microsoftAuthenticator',
	softwareOneTimePasscode: 'softwareOath',
	hardwareOneTimePasscode: 'hardwareOath',
	fido2SecurityKey: 'fido2',
	passKeyDeviceBound: 'fido2',
	passKeyDeviceBoundAuthenticator: 'fido2',
	passKeyDeviceBoundWindowsHello: 'fido2',
	passKeySynced: 'fido2',
	temporaryAccessPass: 'temporaryAccessPass',
	mobilePhone: 'sms',
	alternateMobilePhone: 'voice',
	officePhone: 'voice',
	email: 'email',
	windowsHelloForBusiness: 'windowsHelloForBusiness',
};

/** The group id Graph uses for "all users" in method targets. */
export const ALL_USERS_TARGET = 'all_users';
