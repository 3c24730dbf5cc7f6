/**
 * Where the fixes the wizard proposes are documented (links shown to the admin next to each fix).
 */
export const REMEDIATION_LINKS = {
	/** Partner Center's Secure Application Model: an app plus a refresh token obtained once with MFA. */
	secureAppModel: 'https://learn.microsoft.com/partner-center/developer/enable-secure-app-model',
	/** Managed identities for code running in Azure (no credential to store). */
	managedIdentity: 'https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview',
	/** App-only sign-in with a certificate: Microsoft Graph PowerShell and Exchange Online PowerShell. */
	certificateAppGraph: 'https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands#app-only-access',
	certificateAppExchange: 'https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2',
	/** Exchange Online PowerShell V3: modern authentication and MFA, also for partners' delegated access. */
	exchangeOnlinePowerShell: 'https://learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell',
	/** App passwords and their limits (per-user MFA only; not revoked by a password reset). */
	appPasswords: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-app-passwords',
	/** Scanners and multifunction devices: SMTP relay connector, direct send, or SMTP AUTH with OAuth. */
	multifunctionDevices:
		'https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
	/** OAuth for IMAP, POP and SMTP AUTH (applications that read or send mail). */
	oauthMailProtocols:
		'https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
	/** Blocking legacy authentication with Conditional Access. */
	blockLegacyAuth: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-block-legacy-authentication',
	/** Microsoft 365 admin center: Settings > Org settings > Services > Reports (concealed names). */
	reportSettings:
		'https://learn.microsoft.com/microsoft-365/admin/activity-reports/activity-reports#show-user-details-in-the-reports',
	/** Temporary Access Pass (onboarding without a phone). */
	temporaryAccessPass:
		'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass',
	/** Passkeys (FIDO2) and security keys. */
	passkeys: 'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2',
	/** Hardware OATH tokens. */
	hardwareOath: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-oath-tokens',
	/** External (third-party) authentication methods. */
	externalMethods:
		'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-external-method-manage',
	/** Refresh-token lifetime and inactivity (AADSTS700082). */
	refreshTokens: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens',
} as const;
