/**
 * Office client facts for the Office step (GRAPH.md §16).
 * - Office 2013 uses modern authentication only with two values under the user's Office 15.0 identity key.
 *   Source: https://learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication
 * - Exchange Online's modern-auth switch (`OAuth2ClientProfileEnabled`) has no Graph property; only Exchange Online
 *   PowerShell reads and sets it.
 *   Source: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/enable-or-disable-modern-authentication-in-exchange-online
 * - Support dates are in dates.ts (https://learn.microsoft.com/deployoffice/endofsupport/resources).
 */

export const OFFICE_2013_IDENTITY_KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Common\\Identity';

export interface RegistryValue {
	readonly name: string;
	readonly type: 'REG_DWORD';
	readonly data: number;
}

export const OFFICE_2013_MODERN_AUTH_VALUES: readonly RegistryValue[] = [
	{name: 'EnableADAL', type: 'REG_DWORD', data: 1},
	{name: 'Version', type: 'REG_DWORD', data: 1},
];

export const OFFICE_2013_MODERN_AUTH_SOURCE =
	'https://learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication';

/** The one-line check an admin runs in Exchange Online PowerShell (after Connect-ExchangeOnline). */
export const EXO_MODERN_AUTH_CHECK = 'Get-OrganizationConfig | Format-Table Name,OAuth2ClientProfileEnabled';
/** And the line that turns it on when the check says False. */
export const EXO_MODERN_AUTH_ENABLE = 'Set-OrganizationConfig -OAuth2ClientProfileEnabled $true';
export const EXO_MODERN_AUTH_SOURCE =
	'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/enable-or-disable-modern-authentication-in-exchange-online';

/**
 * Outlook versions as `getEmailAppUsageVersionsUserCounts` names them (GRAPH.md §2): which can use modern
 * authentication, and which are out of support.
 */
export const OUTLOOK_VERSION = {
	/** Cannot use modern authentication at all: blocked once legacy authentication is. */
	noModernAuth: ['Outlook 2010', 'Outlook 2007'],
	/** Modern authentication only with the registry values above (and SP1 or later). */
	needsRegistryValues: ['Outlook 2013'],
	/** Out of support since 14 Oct 2025 (dates.ts), still able to use modern authentication. */
	outOfSupport: ['Outlook 2016', 'Outlook 2019'],
} as const;

/** The .reg file body (regedit's "Version 5.00" format, CRLF line ends) that sets the Office 2013 values. */
export function office2013RegFile(): string {
	const lines = [
		'Windows Registry Editor Version 5.00',
		'',
		`[${OFFICE_2013_IDENTITY_KEY}]`,
		...OFFICE_2013_MODERN_AUTH_VALUES.map(v => `"${v.name}"=dword:${v.data.toString(16).padStart(8, '0')}`),
		'',
	];
	return lines.join('\r\n');
}
