/**
 * Sign-in `clientAppUsed` values.
 * Source: https://learn.microsoft.com/entra/identity/conditional-access/block-legacy-authentication (the client-app list
 * Conditional Access and the sign-in log use). Graph documents no enum for this free string, so comparisons ignore case and
 * results are reported under the canonical spelling below (COMPLIANCE.md "Legacy sign-in").
 */
export const MODERN_CLIENT_APPS = ['Browser', 'Mobile Apps and Desktop clients'] as const;

export const LEGACY_CLIENT_APPS = [
	'Authenticated SMTP',
	'AutoDiscover',
	'Exchange ActiveSync',
	'Exchange Online PowerShell',
	'Exchange Web Services',
	'IMAP4',
	'MAPI Over HTTP',
	'Offline Address Book',
	'Outlook Anywhere (RPC over HTTP)',
	'POP3',
	'Reporting Web Services',
	'Universal Outlook',
	'Other clients',
] as const;

export type LegacyProtocol = (typeof LEGACY_CLIENT_APPS)[number];

const LEGACY_BY_LOWER = new Map<string, LegacyProtocol>(LEGACY_CLIENT_APPS.map(p => [p.toLowerCase(), p]));
const MODERN_LOWER = new Set<string>(MODERN_CLIENT_APPS.map(p => p.toLowerCase()));

/** The canonical legacy protocol for a `clientAppUsed` value, or undefined when the value is not a legacy client. */
export function canonicalLegacyProtocol(clientAppUsed: string | null | undefined): LegacyProtocol | undefined {
	if (!clientAppUsed) return undefined;
	return LEGACY_BY_LOWER.get(clientAppUsed.trim().toLowerCase());
}

export function isModernClientApp(clientAppUsed: string | null | undefined): boolean {
	return !!clientAppUsed && MODERN_LOWER.has(clientAppUsed.trim().toLowerCase());
}

/**
 * Exchange ActiveSync can run over modern auth; it counts as legacy unless the beta `authenticationProtocol` says
 * `oAuth2` (COMPLIANCE.md).
 */
export function isLegacySignIn(
	clientAppUsed: string | null | undefined,
	authenticationProtocol?: string | null,
): boolean {
	const protocol = canonicalLegacyProtocol(clientAppUsed);
	if (!protocol) return false;
	if (protocol === 'Exchange ActiveSync' && authenticationProtocol?.toLowerCase() === 'oauth2') return false;
	return true;
}

/** The protocols whose basic-auth use a mail device or app typically shows (used to recognise scanners and mail clients). */
export const MAIL_PROTOCOLS: readonly LegacyProtocol[] = ['Authenticated SMTP', 'IMAP4', 'POP3', 'Exchange ActiveSync'];
