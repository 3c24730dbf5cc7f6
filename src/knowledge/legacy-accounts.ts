/**
 * What an account that still uses a legacy protocol probably is — a person's mail app, a device (scanner,
 * multifunction printer), a shared mailbox read by a system, or a service account — so the legacy-auth step can
 * suggest the right fix: modern auth for people, an SMTP relay connector or OAuth SMTP for devices
 * (https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365),
 * delegated access or an app for shared mailboxes, an app registration for service accounts.
 * These are naming conventions seen in partner tenants, not facts: the assessment shows which hint matched and the
 * admin decides. Matched against the UPN's local part and the display name.
 */

/** Devices that send scans or faxes by mail. */
export const DEVICE_NAME_PATTERNS: readonly RegExp[] = [
	/scan/i,
	/print/i,
	/copier/i,
	/\bmf[dp]\b/i,
	/\bfax\b/i,
	/스캐너|복합기|프린터|팩스/,
];

/** Multifunction-printer makers as they appear in a sign-in's device name. */
export const PRINTER_MAKERS: readonly RegExp[] = [
	/\b(ricoh|canon|xerox|konica|minolta|kyocera|brother|lexmark|epson|sharp|toshiba e-studio|hp laserjet|bizhub)\b/i,
];

/** Role mailboxes that several people (or a ticketing system) read. */
export const SHARED_MAILBOX_NAME_PATTERNS: readonly RegExp[] = [
	/^(support|info|help|helpdesk|servicedesk|sales|contact|office|billing|accounts|invoices?|noreply|no-reply|reception|hr|jobs|careers|orders|marketing|press|admin)$/i,
	/shared mailbox|mailbox/i,
	/공용|대표\s*메일/,
];

/** Accounts named for a service rather than a person. */
export const SERVICE_ACCOUNT_NAME_PATTERNS: readonly RegExp[] = [
	/^svc[-_.]/i,
	/[-_.]svc$/i,
	/^sa[-_.]/i,
	/service[-_. ]?account/i,
	/automation|integration|\bsync\b|robot|\bbot\b|^api[-_.]/i,
	/서비스\s*계정/,
];

function matches(patterns: readonly RegExp[], userPrincipalName: string, displayName?: string | null): boolean {
	const local = userPrincipalName.split('@')[0] ?? userPrincipalName;
	return patterns.some(p => p.test(local) || (!!displayName && p.test(displayName)));
}

export function nameLooksLikeDevice(userPrincipalName: string, displayName?: string | null): boolean {
	return matches(DEVICE_NAME_PATTERNS, userPrincipalName, displayName);
}

export function nameLooksLikeSharedMailbox(userPrincipalName: string, displayName?: string | null): boolean {
	return matches(SHARED_MAILBOX_NAME_PATTERNS, userPrincipalName, displayName);
}

export function nameLooksLikeServiceAccount(userPrincipalName: string, displayName?: string | null): boolean {
	return matches(SERVICE_ACCOUNT_NAME_PATTERNS, userPrincipalName, displayName);
}

export function deviceLooksLikePrinter(deviceName: string | null | undefined): boolean {
	return !!deviceName && PRINTER_MAKERS.some(p => p.test(deviceName));
}
