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
