/**
 * The report as people read it: the `check` summary in the terminal and the Markdown, HTML and CSV renderings of the
 * REPORT.md object. Machine fields (reason strings, ids, CSV column names) stay as they are; this is the prose.
 */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
const num = (value: number | null, unknown: string) => (value === null ? unknown : n(value));

export const report = {
	title: ({tenant}: {tenant: string}) => `MFA compliance report — ${tenant}`,
	metaTenant: ({name, domain, id}: {name: string; domain: string; id: string}) => `${name} (${domain}), tenant ${id}`,
	metaGenerated: ({when}: {when: string}) => `Checked ${when}`,
	metaWindow: ({days, from, to}: {days: number; from: string; to: string}) =>
		`Sign-ins read from the last ${plural(days, 'day', 'days')} (${from} to ${to})`,
	metaDemo: 'Demo tenant (simulated; nothing real was read)',
	metaPartner: ({type}: {type: string}) => `Partner tenant type: ${type}`,
	metaLicences: ({p1, p2}: {p1: string; p2: string}) => `Entra ID P1: ${p1} · Entra ID P2: ${p2}`,
	metaTool: ({version}: {version: string}) => `mfa-onboard ${version}`,

	compliantTrue: 'Compliant: MFA is enforced for everyone and legacy authentication is blocked.',
	compliantFalse: 'Not compliant.',
	compliantNull: 'Compliance unknown: data needed to decide could not be read.',
	enforcedBy: ({mechanism}: {mechanism: string}) => `Enforced by: ${mechanism}`,
	mechanismSecurityDefaults: 'security defaults',
	mechanismConditionalAccess: 'Conditional Access',
	mechanismPerUserMfa: 'per-user MFA',
	mechanismMixed: 'several mechanisms',
	mechanismNone: 'nothing',

	verdictMfaAllUsers: 'MFA for every user',
	verdictMfaAdmins: 'MFA for every admin',
	verdictLegacyAuthBlocked: 'Legacy authentication blocked',
	mfaEnforced: 'enforced',
	mfaReportOnly: 'report-only (nothing is enforced yet)',
	mfaPartial: 'partly enforced',
	mfaNone: 'not enforced',
	mfaUnknown: 'unknown',
	legacyEnforced: 'blocked',
	legacyReportOnly: 'report-only (nothing is blocked yet)',
	legacyPartial: 'partly blocked',
	legacyNone: 'not blocked',
	legacyUnknown: 'unknown',
	noReasons: 'no policy, setting or per-user MFA covers it',
	moreReasons: ({count}: {count: number}) => `… and ${n(count)} more`,

	reasonSecurityDefaultsOn: 'security defaults are on',
	reasonEnforces: ({policy}: {policy: string}) => `policy “${policy}” enforces it`,
	reasonReportOnly: ({policy}: {policy: string}) =>
		`policy “${policy}” would, but it is in report-only mode: switch it on`,
	reasonGap: ({policy, gap}: {policy: string; gap: string}) => `policy “${policy}” ${gap}`,
	reasonPerUser: ({covered, total}: {covered: number; total: number}) =>
		`per-user MFA is on for ${n(covered)} of ${plural(total, 'user', 'users')}`,
	reasonPerUserAdmins: ({covered, total}: {covered: number; total: number}) =>
		`per-user MFA is on for ${n(covered)} of ${plural(total, 'admin', 'admins')}`,
	reasonUnreadable: ({what}: {what: string}) => `${what} could not be read`,
	reasonOther: ({reason}: {reason: string}) => reason,

	gapIncludeUsers: 'does not include all users',
	gapExcludeUsers: ({name}: {name: string}) => `excludes user ${name}`,
	gapExcludeGroups: ({name}: {name: string}) => `excludes group ${name}`,
	gapExcludeRoles: ({role}: {role: string}) => `excludes the ${role} role`,
	gapIncludeRoles: ({role}: {role: string}) => `does not include the ${role} role`,
	gapExcludeGuests: 'excludes guests or external users',
	gapIncludeApplications: 'does not cover all cloud apps',
	gapExcludeApplications: ({app}: {app: string}) => `excludes app ${app}`,
	gapClientAppTypes: 'applies to some client apps only',
	gapPlatforms: 'applies to some device platforms only',
	gapLocations: 'applies in some locations only',
	gapDevices: 'applies to some devices only (device filter)',
	gapSignInRiskLevels: 'applies to risky sign-ins only',
	gapUserRiskLevels: 'applies to risky users only',
	gapServicePrincipalRiskLevels: 'applies to risky service principals only',
	gapAuthenticationFlows: 'applies to some authentication flows only',
	gapIncludeUserActions: 'applies to user actions, not to sign-ins',
	gapGrantAlternatives: 'can be satisfied without MFA (another control is allowed instead)',
	gapOther: ({gap}: {gap: string}) => `has a gap: ${gap}`,

	headingResult: 'Result',
	headingPolicies: 'Conditional Access policies',
	headingReadiness: 'Readiness',
	headingFindings: 'Findings',
	headingCoverage: 'What could not be read',
	headingNext: 'What to do next',
	headingBreakGlass: 'Break-glass accounts',
	headingLegacy: 'Legacy authentication in use',
	headingAutomation: 'Accounts used by scripts and integrations',
	headingAdmins: 'Admins',
	headingUnregistered: 'Users not registered for MFA',
	headingChanges: 'Changes made by mfa-onboard',

	policiesNone: 'No Conditional Access policies.',
	policiesUnknown: 'The Conditional Access policies could not be read.',
	policyState: ({state}: {state: string}) => state,
	stateEnabled: 'on',
	stateReportOnly: 'report-only',
	stateDisabled: 'off',
	kindMfa: 'requires MFA',
	kindBlock: 'blocks',
	kindOther: 'other',
	noGaps: 'no gaps',

	unknown: 'unknown',
	yes: 'yes',
	no: 'no',
	readinessUsers: ({
		members,
		guests,
		disabled,
	}: {
		members: number | null;
		guests: number | null;
		disabled: number | null;
	}) =>
		`Users: ${num(members, 'unknown')} enabled members, ${num(guests, 'unknown')} guests, ${num(disabled, 'unknown')} disabled`,
	readinessRegistered: ({registered, total}: {registered: number | null; total: number | null}) =>
		registered === null
			? 'Registered for MFA: unknown'
			: `Registered for MFA: ${n(registered)} of ${num(total, 'unknown')}`,
	readinessAdmins: ({admins, notRegistered}: {admins: number | null; notRegistered: number | null}) =>
		admins === null
			? 'Admins: unknown'
			: `Admins: ${n(admins)}${notRegistered === null ? ' (registration unknown)' : notRegistered > 0 ? `, ${n(notRegistered)} not registered for MFA` : ', all registered for MFA'}`,
	readinessEligible: ({count}: {count: number | null}) =>
		`PIM-eligible admins: ${count === null ? 'unknown (needs Entra ID P2)' : n(count)}`,
	readinessLegacy: ({
		signIns,
		successes,
		users,
	}: {
		signIns: number | null;
		successes: number | null;
		users: number | null;
	}) =>
		signIns === null
			? 'Legacy sign-ins: unknown (sign-in logs not read)'
			: `Legacy sign-ins: ${n(signIns)} (${num(successes, 'unknown')} successful) by ${plural(users ?? 0, 'user', 'users')}`,
	readinessFailedOnly: ({attempts}: {attempts: number}) =>
		`Failed legacy sign-ins by users who never succeeded (often password spray): ${n(attempts)}`,
	readinessAutomation: ({count}: {count: number}) => `Accounts used by scripts or integrations: ${n(count)}`,
	readinessRisk: ({
		risky,
		compromised,
		leaked,
	}: {
		risky: number | null;
		compromised: number | null;
		leaked: number | null;
	}) =>
		risky === null && leaked === null
			? 'Risky users: unknown (needs Entra ID P2)'
			: `Risky users: ${num(risky, 'unknown')} (${num(compromised, 'unknown')} confirmed compromised); leaked credentials: ${num(leaked, 'unknown')}`,
	breakGlassNone: 'None declared. Name them with --break-glass so they can be checked and kept out of new policies.',
	breakGlassOk: ({account}: {account: string}) => `${account}: all checks passed`,
	breakGlassFailed: ({account, checks}: {account: string; checks: string}) => `${account}: ${checks}`,
	breakGlassUnknown: ({account, checks}: {account: string; checks: string}) => `${account}: could not check ${checks}`,

	severityHigh: 'High',
	severityMedium: 'Medium',
	severityLow: 'Low',
	severityInfo: 'Info',
	findingsNone: 'No findings.',
	moreSubjects: ({count}: {count: number}) => `… and ${n(count)} more`,

	coverageAllRead: 'Everything the rules use was read.',
	coverageLine: ({name, status, reason}: {name: string; status: string; reason: string}) =>
		`${name}: ${status}${reason ? ` (${reason})` : ''}`,
	statusPartial: 'partly read',
	statusUnavailable: 'not read',
	statusSkipped: 'not needed',

	nextWizard: 'Work through the fixes step by step: mfa-onboard',
	nextWizardDemo: 'Work through the fixes step by step: mfa-onboard --demo',
	nextBreakGlass: 'Declare your emergency-access accounts: mfa-onboard check --break-glass <upn>,<upn>',
	nextReport: 'Share the full report: mfa-onboard report --format html --output mfa-report.html',
	nextReportDemo: 'Share the full report: mfa-onboard report --demo --format html --output mfa-report.html',
	nextRecheck: 'Check again after changes: mfa-onboard check',
	nextRecheckDemo: 'Check again after changes: mfa-onboard check --demo',

	kindPerson: 'person',
	kindDevice: 'device',
	kindSharedMailbox: 'shared mailbox',
	kindServiceAccount: 'service account',
	viaGroup: ({group}: {group: string}) => `through group ${group}`,
	eligible: 'eligible (PIM)',

	colAccount: 'Account',
	colProtocols: 'Protocols',
	colProtocol: 'Protocol',
	colApp: 'App',
	colDevice: 'Device',
	colKind: 'Looks like',
	colSuccessful: 'Successful sign-ins',
	colSignIns: 'Sign-ins',
	colLastSeen: 'Last seen',
	colReasons: 'Why',
	colApps: 'Apps',
	colRoles: 'Roles',
	colMfa: 'MFA registered',
	colSspr: 'SSPR registered',
	colPolicy: 'Policy',
	colState: 'State',
	colKinds: 'Kind',
	colGaps: 'Gaps',
	colWhen: 'When',
	colStep: 'Step',
	colChange: 'Change',
	colStatus: 'Status',
	colRequest: 'Request',
	colSeverity: 'Severity',
	colFinding: 'Finding',
	colCount: 'Count',

	reasonRopc: 'password sent directly (ROPC)',
	reasonScriptClient: ({app}: {app: string}) => `single-factor sign-in through ${app}`,
	reasonLegacyProtocolOnly: 'legacy protocols only, never a modern sign-in',
	reasonPartnerCenterApi: 'single-factor sign-in to the Partner Center API',

	changesNone: 'No changes made by mfa-onboard are recorded for this tenant.',
	changeApplying: 'in progress (interrupted?)',
	changeApplied: 'applied',
	changeAlreadyDone: 'already done',
	changeFailed: 'failed',
	changeUnknown: 'outcome unknown',
	changeUndone: 'undone',

	htmlFooter: ({version, when}: {version: string; when: string}) =>
		`Generated by mfa-onboard ${version} from the assessment of ${when}. This page loads nothing from the network.`,
	listNote: ({count, total}: {count: number; total: number}) =>
		`Showing ${n(count)} of ${n(total)}; the CSV export has them all (mfa-onboard report --format csv).`,
} as const;
