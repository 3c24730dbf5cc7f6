/** Step 7 — self-service password reset for admins (src/steps/sspr, src/ui/steps/SsprView.tsx). */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const stepSspr = {
	summaryDone: ({done, total}: {done: number; total: number}) =>
		total === 0 ? 'No admins found.' : `${done} of ${plural(total, 'admin', 'admins')} registered`,
	summaryMissing: ({count}: {count: number}) => `${count} without MFA`,
	noAdmins: 'No enabled account holds a privileged role.',
	colMfa: 'MFA',
	colSspr: 'SSPR',
	colAdmin: 'Admin and role',
	eligible: 'eligible',
	moreRoles: ({count}: {count: number}) => `+${count}`,
	detail: ({roles, methods}: {roles: string; methods: string}) => `${roles} · ${methods}`,
	breakGlass: 'break-glass',
	breakGlassCandidate: 'break-glass?',
	methodAuthenticator: 'Authenticator',
	methodAuthenticatorPasswordless: 'Authenticator (passwordless)',
	methodPhone: 'phone',
	methodOfficePhone: 'office phone',
	methodEmail: 'email',
	methodSecurityQuestions: 'security questions',
	methodOtpApp: 'code app (OATH)',
	methodOtpToken: 'hardware token (OATH)',
	methodPasskey: 'passkey / FIDO2 key',
	methodWindowsHello: 'Windows Hello',
	methodTap: 'Temporary Access Pass',
	methodPlatform: 'platform credential',
	noMethods: 'no sign-in method besides the password',
	methodsUnknown: 'methods unknown',
	sourceDetails: 'Registration read from the registration details report (Entra ID P1).',
	sourceMethods:
		'Without Entra ID P1 the registration report cannot be read: MFA comes from each admin’s registered methods, and SSPR registration is unknown (shown as ?).',
	sourceUnavailable:
		'Registration could not be read (no Entra ID P1, and the admins’ methods were not readable): every state is unknown.',
	adminSsprOn: 'Admins may reset their own password (SSPR for administrators is on).',
	adminSsprOff: 'SSPR for administrators is off: an admin who forgets their password needs another admin to reset it.',
	adminSsprUnknown: 'Whether admins may use SSPR could not be read (authorization policy).',
	adminSsprOnShort: 'SSPR for administrators: allowed',
	adminSsprOffShort: 'SSPR for administrators: off',
	adminSsprUnknownShort: 'SSPR for administrators: unknown',
	registerAt: ({url}: {url: string}) => `Register: ${url}`,
	linkLine: ({sspr, info}: {sspr: string; info: string}) =>
		`Each admin registers at ${info} (the older ${sspr} leads to the same page): sign in, then add at least one method such as Microsoft Authenticator or a phone.`,
	userScopeNote:
		'Which users may use SSPR (None, Selected or All) cannot be set through Microsoft Graph: set it in the Entra admin center → Protection → Password reset → Properties.',
	userScopeShort: 'User SSPR scope: Entra admin center → Password reset → Properties (not settable through Graph).',
	checking: 'Checking who has registered…',
	checkedAt: ({time, seconds}: {time: string; seconds: number}) =>
		`Checked ${time} · again every ${seconds} s · c check now`,
	checkFailed: ({count}: {count: number}) => `${plural(count, 'admin', 'admins')} could not be read this time.`,
	checkError: ({message}: {message: string}) => `Re-check failed: ${message}`,
	allRegistered: 'Every admin is registered. Nothing left to wait for.',
	justRegistered: ({name, time}: {name: string; time: string}) => `✔ ${name} registered (${time})`,
	campaignUnknown: 'The registration campaign’s state could not be read.',
	campaignToggle: ({count}: {count: string}) => `Registration campaign (${count} users without MFA)`,
	campaignToggleUnknown: 'Registration campaign for users without MFA',
	adminSsprToggle: 'Turn on SSPR for administrators',
	campaignOnShort: 'Registration campaign: on for every user',
	keyFinish: 'f finish',
	keyCheck: 'c check now',
	keyQr: 'v QR code',
	keyCampaign: 'a campaign',
	keyAdminSspr: 'p admin SSPR',
	keyBackToList: 'v back to the list',
	qrTitle: 'Scan with a phone to register',
	qrLinks: ({info, sspr}: {info: string; sspr: string}) => `${info}\n(or ${sspr})`,
	sourceMethodsShort: 'No Entra ID P1: MFA read from each admin’s methods; SSPR registration unknown (?).',
	sourceUnavailableShort: 'Registration could not be read (no Entra ID P1, methods unreadable).',
	qrTooSmall: 'The window is too small for the QR code; open the link above instead.',

	questionCampaign: 'Turn on the Microsoft Authenticator registration campaign for users not yet registered?',
	questionAdminSspr: 'Turn on SSPR for administrators?',
	describeAdmins: ({total, done, mfaMissing}: {total: number; done: number; mfaMissing: number}) =>
		`${done} of ${plural(total, 'admin', 'admins')} registered; ${plural(mfaMissing, 'admin', 'admins')} without any MFA method.`,
	describeAdmin: ({upn, roles, mfa, sspr}: {upn: string; roles: string; mfa: string; sspr: string}) =>
		`${upn} (${roles}): MFA ${mfa}, SSPR ${sspr}`,

	changeCampaignTitle: 'Turn on the Microsoft Authenticator registration campaign for every user',
	changeCampaignWhy:
		'Users without Microsoft Authenticator are asked to set it up at sign-in (they may snooze it for a day), so they are registered before MFA is enforced.',
	changeAdminSsprTitle: 'Allow administrators to reset their own password (SSPR for administrators)',
	changeAdminSsprWhy:
		'An admin locked out of their account can then recover it after two verification checks instead of waiting for another admin.',

	openMfa: ({upn, roles}: {upn: string; roles: string}) => `${upn} (${roles}) has no MFA method registered.`,
	openMfaBreaks: 'Once MFA is enforced this admin must register at their next sign-in, or is locked out.',
	openSspr: ({upn}: {upn: string}) => `${upn} has not registered for self-service password reset.`,
	openSsprUnknown: 'The admins’ SSPR registration could not be read (it needs Entra ID P1).',
	openAdminSsprOff: 'SSPR for administrators is off.',
} as const;
