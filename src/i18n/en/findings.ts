/**
 * Text the compliance engine writes into the report: finding titles and details, coverage details and break-glass
 * warnings. Machine fields (ids, reasons, coverage reasons) stay in English; this is what people read.
 */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const findings = {
	mfaNotEnforcedTitle: 'MFA is not enforced for every user',
	mfaAdminsNotEnforcedTitle: 'MFA is not enforced for every admin',
	legacyAuthNotBlockedTitle: 'Legacy authentication is not blocked',
	policyReportOnlyTitle: 'Policies are still in report-only mode',
	policyGapsTitle: 'Enabled policies leave gaps',
	legacyAuthInUseTitle: 'Legacy authentication is still in use',
	legacyAuthFailedAttemptsTitle: 'Failed legacy sign-in attempts',
	automationAccountsTitle: 'User accounts used by scripts or integrations',
	usersNotMfaRegisteredTitle: 'Users not registered for MFA',
	adminsNotMfaRegisteredTitle: 'Admins not registered for MFA',
	breakGlassNotDeclaredTitle: 'No break-glass account declared',
	breakGlassCheckFailedTitle: 'A break-glass account fails its checks',
	riskyUsersTitle: 'Users at risk',
	leakedCredentialsTitle: 'Leaked credentials found',
	caWithoutLicenceTitle: 'Conditional Access policies without an Entra ID P1 licence',
	dataUnavailableTitle: 'Some tenant data could not be read',

	mfaAllUsersReportOnly:
		'A Conditional Access policy would require MFA for every user, but it is in report-only mode: it records what it would do and challenges no one.',
	mfaAllUsersPartial: 'MFA is required for some users, apps or sign-ins, but not for all of them.',
	mfaAllUsersNone:
		'Nothing requires MFA for every user: security defaults are off, and no enabled Conditional Access policy or per-user MFA setting covers everyone.',
	mfaAllUsersUnknown: ({what}: {what: string}) =>
		`Could not tell whether MFA is enforced for every user, because ${what} could not be read.`,
	mfaAdminsReportOnly:
		'A Conditional Access policy would require MFA for every admin, but it is in report-only mode: it records what it would do and challenges no one.',
	mfaAdminsPartial: 'MFA is required for some admins or sign-ins, but not for all of them.',
	mfaAdminsNone:
		'Nothing requires MFA for admins: security defaults are off, and no enabled Conditional Access policy or per-user MFA setting covers every admin role.',
	mfaAdminsUnknown: ({what}: {what: string}) =>
		`Could not tell whether MFA is enforced for every admin, because ${what} could not be read.`,
	legacyReportOnly:
		'A Conditional Access policy would block legacy authentication, but it is in report-only mode, so legacy sign-ins still succeed.',
	legacyPartial:
		'A policy blocks legacy authentication for some users, apps or clients only; the rest can still sign in with a password alone.',
	legacyNone:
		'Nothing blocks legacy authentication: security defaults are off and no enabled Conditional Access policy blocks it. Per-user MFA cannot stop it, because legacy protocols never ask for a second factor.',
	legacyUnknown: ({what}: {what: string}) =>
		`Could not tell whether legacy authentication is blocked, because ${what} could not be read.`,
	gapsSentence: ({gaps}: {gaps: number}) =>
		`Conditional Access leaves ${plural(gaps, 'gap', 'gaps')}; the verdict's reasons name each one.`,
	perUserSentence: ({covered, total}: {covered: number; total: number}) =>
		`Per-user MFA covers ${n(covered)} of ${plural(total, 'user', 'users')}.`,
	reportOnlyGapsSentence: 'The report-only policies that exist leave gaps too; the reasons name them.',
	unreadableSecurityDefaults: 'the security defaults setting',
	unreadableConditionalAccess: 'the Conditional Access policies (or the groups and roles they name)',
	unreadablePerUserMfa: 'the per-user MFA state of the users concerned',
	listJoin: ({items}: {items: readonly string[]}) =>
		items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,

	policyReportOnlyDetail: ({count}: {count: number}) =>
		`${plural(count, 'policy would', 'policies would')} close the requirement but ${count === 1 ? 'runs' : 'run'} in report-only mode. Check the sign-in impact, then switch ${count === 1 ? 'it' : 'them'} on.`,
	policyGapsDetail: ({count}: {count: number}) =>
		`${plural(count, 'enabled policy leaves', 'enabled policies leave')} users, apps or conditions uncovered. The verdict reasons and each policy's gaps say what to change.`,
	legacyAuthInUseDetail: ({users, atLeast, days}: {users: number; atLeast: boolean; days: number}) =>
		`${atLeast ? 'At least ' : ''}${plural(users, 'user', 'users')} signed in with a legacy protocol in the last ${plural(days, 'day', 'days')}. These sign-ins cannot do MFA and will stop working once legacy authentication is blocked: move them to modern authentication first.`,
	legacyAuthFailedAttemptsDetail: ({attempts, users, days}: {attempts: number; users: number; days: number}) =>
		`${plural(attempts, 'legacy sign-in', 'legacy sign-ins')} in the last ${plural(days, 'day', 'days')} failed for ${plural(users, 'user', 'users')} who never signed in that way successfully. This is often password spraying; blocking legacy authentication stops it.`,
	automationAccountsDetail: ({count, complete}: {count: number; complete: boolean}) =>
		`${complete ? '' : 'At least '}${plural(count, 'user account signs', 'user accounts sign')} in from a script or integration with a password alone. Each breaks when MFA is enforced: move it to an app registration with a certificate, a managed identity, or the Secure Application Model.`,
	usersNotMfaRegisteredDetail: ({count, total}: {count: number; total: number}) =>
		`${n(count)} of ${plural(total, 'enabled user has', 'enabled users have')} no MFA method registered. They will be asked to register at their next sign-in once MFA is enforced.`,
	adminsNotMfaRegisteredDetail: ({count, total}: {count: number; total: number}) =>
		`${n(count)} of ${plural(total, 'admin has', 'admins have')} no MFA method registered. Get them registered before enforcing MFA, or they may be locked out of the tenant.`,
	breakGlassNotDeclaredDetail:
		'No emergency-access account was named, so none could be checked or kept out of the new policies. Name them with --break-glass before enforcing MFA; Microsoft recommends two.',
	breakGlassCheckFailedDetail: ({failures}: {failures: string}) => `${failures}.`,
	breakGlassFailure: ({account, checks}: {account: string; checks: string}) => `${account}: ${checks}`,
	checkExists: 'does not exist',
	checkEnabled: 'is disabled',
	checkCloudOnly: 'is synchronised from on-premises, not cloud-only',
	checkGlobalAdmin: 'does not hold Global Administrator',
	checkExcludedFromAllBlockingPolicies: 'is not excluded from every enabled MFA or block policy',
	riskyUsersDetail: ({count, confirmed}: {count: number; confirmed: number | null}) =>
		`Identity Protection flags ${plural(count, 'user', 'users')} as at risk${confirmed ? `, ${n(confirmed)} of them confirmed compromised` : ''}. Reset their passwords and revoke their sessions in the recovery step.`,
	leakedCredentialsDetail: ({count}: {count: number}) =>
		`Microsoft found the credentials of ${plural(count, 'user', 'users')} in a leak. Reset their passwords and make sure they use MFA.`,
	caWithoutLicenceDetail: ({count}: {count: number}) =>
		`${plural(count, 'Conditional Access policy is', 'Conditional Access policies are')} switched on, but the tenant has no active Entra ID P1 licence, so Microsoft may not enforce ${count === 1 ? 'it' : 'them'}. Renew the licence, or use security defaults instead.`,
	dataUnavailableDetail: ({items}: {items: string}) =>
		`Could not read ${items}. The report shows what was read; the rest is left empty (null), never counted as zero.`,
	dataUnavailableItem: ({name, reason}: {name: string; reason: string}) => `${name} (${reason})`,

	coveragePolicies: 'Conditional Access policies',
	coverageSignInLogs: 'sign-in logs',
	coverageRegistration: 'MFA registration',
	coveragePerUserMfa: 'per-user MFA states',
	coverageRisk: 'risk data',
	coverageUsageReports: 'usage reports',
	coverageSecurityDefaults: 'the security defaults setting',
	coverageLicences: 'licences',
	coverageDirectory: 'users and role assignments',
	coverageRoleEligibility: 'PIM-eligible role assignments',
	reasonLicence: 'needs a licence the tenant does not have',
	reasonPermission: 'permission denied',
	reasonError: 'Graph returned an error',
	reasonThrottled: 'throttled by Graph',
	reasonNotRead: 'not read',
	reasonOther: ({reason}: {reason: string}) => reason,

	windowCapped: ({requested, days}: {requested: number; days: number}) =>
		`Asked for ${plural(requested, 'day', 'days')}, but this tenant keeps sign-in logs for ${plural(days, 'day', 'days')}, so the window is ${plural(days, 'day', 'days')}.`,
	slicesNotRead: ({slices}: {slices: string}) => `Not read completely: ${slices}.`,
	registrationMissing: ({count}: {count: number}) =>
		`${plural(count, 'enabled user is', 'enabled users are')} not in the registration report yet (it lags a few hours) and ${count === 1 ? 'is' : 'are'} counted as not registered.`,
	perUserMethodsPartial: ({read, total}: {read: number; total: number}) =>
		`Sign-in methods were read for ${n(read)} of ${plural(total, 'enabled user', 'enabled users')}, so the registration counts are left empty.`,
	perUserMfaPartial: ({read, total}: {read: number; total: number}) =>
		`Per-user MFA was read for ${n(read)} of ${plural(total, 'enabled user', 'enabled users')}.`,
	policiesUncertain: ({items}: {items: string}) =>
		`Could not read ${items}, which some policies name; their gaps could not all be decided.`,
	groupsItem: ({groups}: {groups: string}) => `the members of group ${groups}`,
	directoryIncomplete: ({items}: {items: string}) => `Could not read ${items}.`,
	directoryUsers: 'the users',
	directoryRoles: 'the role assignments',

	warnFewerThanTwo: ({count}: {count: number}) =>
		`Only ${plural(count, 'break-glass account is', 'break-glass accounts are')} declared; Microsoft recommends two, so that one lost key or password cannot lock everyone out.`,
	warnLookAlikeName: ({upn}: {upn: string}) =>
		`${upn} is named like a break-glass account but was not declared, so it was not treated as one. If it is one, add it with --break-glass.`,
	warnMostExcluded: ({upn, policies}: {upn: string; policies: number}) =>
		`${upn} is excluded from ${plural(policies, 'MFA or block policy', 'MFA or block policies')}, more than any other account, but was not declared as a break-glass account, so it was not treated as one. Declare it with --break-glass if it is one; otherwise review why it is excluded.`,
} as const;
