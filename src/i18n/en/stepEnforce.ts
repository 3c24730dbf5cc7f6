/** Step 6 — enforce MFA for everyone: the step's changes, lockout guard, plan document and screens. */
export const stepEnforce = {
	// Changes (journal, plan, confirmation).
	changeCreatePolicy: ({name}: {name: string}) => `Create “${name}” in report-only`,
	whyCreatePolicy:
		'Report-only first: the policy is evaluated at every sign-in and its results logged, but nobody is blocked or asked for anything yet.',
	changeScopePolicy: ({name, count}: {name: string; count: number}) =>
		count === 0
			? `Remove every exclusion from “${name}” (no emergency-access account is declared)`
			: count === 1
				? `Limit the exclusions of “${name}” to the emergency-access account`
				: `Limit the exclusions of “${name}” to the ${count} emergency-access accounts`,
	whyScopeOurs:
		'This tool’s policy is put back to its own shape, with the declared emergency-access accounts excluded.',
	whyScopeReuse:
		'An equivalent policy already exists and is reused rather than duplicated; only emergency-access accounts may be excluded from it.',
	changeEnablePolicy: ({name}: {name: string}) => `Switch on “${name}”`,
	whyEnablePolicy: 'Its report-only results were reviewed and the lockout guard passed.',
	changeReportOnlyPolicy: ({name}: {name: string}) => `Move “${name}” to report-only`,
	whyReportOnlyPolicy:
		'Security defaults cannot be turned on while a Conditional Access policy is on; report-only keeps its results visible and undo puts it back.',
	changeSdOn: 'Turn on security defaults',
	whySdOn: 'Security defaults enforce MFA registration for everyone, MFA for admins and block legacy authentication.',
	changeSdOff: 'Turn off security defaults',
	whySdOff:
		'Conditional Access policies cannot be switched on while security defaults are on; the policies go on right after this.',
	changeCreateAccount: ({upn}: {upn: string}) =>
		`Create the emergency-access account ${upn} (cloud-only, then Global Administrator)`,
	whyCreateAccount:
		'An account that can still sign in if MFA or Conditional Access locks everyone else out; excluded from these policies.',
	changeAssignGlobalAdmin: ({upn}: {upn: string}) => `Give ${upn} the Global Administrator role`,
	whyAssignGlobalAdmin: 'An emergency-access account must be able to undo any policy.',
	undoNoObject: 'the object it created was never identified',
	undoNoBefore: 'its earlier state was not recorded',
	consequenceMfaAllUsers:
		'Everyone except the emergency-access accounts must complete MFA at every sign-in; people not registered yet must register first.',
	consequenceMfaAdmins: 'Everyone holding one of the 15 admin roles must complete MFA at every sign-in.',
	consequenceBlockLegacy:
		'IMAP, POP, authenticated SMTP, basic ActiveSync and other legacy sign-ins are refused, for every account.',
	consequenceUserRisk: 'People flagged at high user risk must complete MFA and change their password to sign in.',
	consequenceRollout: ({count, accounts, risk}: {count: number; accounts: number; risk: number}) =>
		`${count} policies go on: everyone except the ${accounts === 1 ? 'emergency-access account' : `${accounts} emergency-access accounts`} must complete MFA at every sign-in (people not registered yet register first), and legacy sign-ins (IMAP, POP, SMTP AUTH, basic ActiveSync) are refused${risk ? '; people at high user risk must also change their password' : ''}.`,
	consequenceEnableOther: ({name}: {name: string}) => `“${name}” starts applying to sign-ins.`,
	consequenceReportOnly: ({name}: {name: string}) =>
		`“${name}” stops applying until security defaults are on (seconds later).`,
	consequenceSdOn:
		'Everyone must register for MFA at the next sign-in, admins do MFA every time, legacy sign-ins are refused — with no exclusions.',
	consequenceSdOff: 'Security defaults stop; the Conditional Access policies take over a second later.',

	// Lockout guard.
	check_breakGlassDeclared: 'An emergency-access account is declared',
	check_breakGlassReady: 'It exists, is enabled, cloud-only and Global Administrator',
	check_breakGlassExcluded: 'It is excluded from every policy being switched on',
	check_adminMfa: 'You are registered for MFA',
	check_openItems: 'Nothing is still open in steps 2 and 5',
	guardDeclared: ({account}: {account: string}) => `Declared: ${account}`,
	guardAccountReady: ({account}: {account: string}) => `${account}: ready`,
	guardAccountMissing: ({account}: {account: string}) => `${account}: no such account in the tenant`,
	guardAccountUnknown: ({account}: {account: string}) => `${account}: could not be checked (directory unreadable)`,
	guardAccountDisabled: ({account}: {account: string}) => `${account}: the account is disabled`,
	guardAccountSynced: ({account}: {account: string}) => `${account}: synced from on-premises AD (must be cloud-only)`,
	guardAccountNotGlobalAdmin: ({account}: {account: string}) => `${account}: does not hold Global Administrator`,
	guardNotExcluded: ({account, name}: {account: string; name: string}) => `${account} is not excluded from “${name}”`,
	guardAdminRegistered: 'Your account has an MFA method registered.',
	guardAdminSessionMfa: 'You completed MFA in this session.',
	guardAdminNotRegistered:
		'Your account has no MFA method: once the policies are on you could not sign in. Register at https://aka.ms/mysecurityinfo first.',
	guardAdminUnknown: 'Your MFA registration could not be read.',
	guardOpenItem: ({id, step}: {id: string; step: number}) => `Step ${step}: ${id}`,
	guardPass: 'Every check passes.',
	guardRefused: 'Refused: fix the items marked ✖ first.',
	guardRefusedOverridable:
		'Refused. Resolve them (or accept them in steps 2 and 5), or run again with --i-understand-lockout-risk — which never bypasses the emergency-account checks.',
	guardOverridden: 'accepted with --i-understand-lockout-risk',
	noteExoPowerShell: ({connect}: {connect: string}) =>
		`Exchange Online PowerShell: the 2019 requirements page listed a known issue — delegated admin access did not work with MFA. That is no longer true: the V3 module (ExchangeOnlineManagement 3.x) does MFA and GDAP delegated access (${connect}). No exclusion is needed for it.`,
	noteSdNoExclusions:
		'Security defaults allow no exclusions: the emergency-access account also has to do MFA. Register a FIDO2 key for it first.',
	noteStepUnknown: ({step}: {step: string}) =>
		`Step “${step}” is not part of this version: its open items are not known.`,

	// Open items (summary).
	openBreakGlass: 'No emergency-access account is declared and ready.',
	openBreakGlassBreaks: 'If MFA or a policy goes wrong, nobody could sign in to fix it.',
	openThirdParty: 'Third-party MFA was chosen but not attested.',
	openSecurityDefaults: 'Security defaults are not on yet.',
	openReportOnly: 'The policies are in report-only: come back to review their impact and switch them on.',
	openNoPolicies: 'The Conditional Access policies are not created yet.',

	// Plan document (--dry-run --yes).
	docSecurityDefaults: ({state}: {state: string}) => `Security defaults on: ${state}`,
	docLicences: ({p1, p2}: {p1: string; p2: string}) => `Entra ID P1: ${p1}; Entra ID P2: ${p2}`,
	docSlotOurs: ({title, name, state}: {title: string; name: string; state: string}) =>
		`${title}: this tool’s policy “${name}” (${state})`,
	docSlotReuse: ({title, name, state}: {title: string; name: string; state: string}) =>
		`${title}: equivalent policy “${name}” (${state}) is reused`,
	docSlotNone: ({title}: {title: string}) => `${title}: no policy yet; one is created in report-only`,
	docAccountReady: ({account}: {account: string}) => `Emergency-access account ${account}: ready`,
	docAccountNotReady: ({account}: {account: string}) => `Emergency-access account ${account}: not ready`,
	docNoAccounts: 'No emergency-access account is declared (--break-glass).',
	qPath: 'How is MFA enforced?',
	path_conditionalAccess: 'Conditional Access policies',
	path_securityDefaults: 'Security defaults',
	path_thirdParty: 'A third-party MFA provider',
	qUserRisk: 'Also a policy for high user risk (P2)?',
	qCreateAccount: 'Create an emergency-access account?',
	qEnable: 'Switch the policies on?',
	docNoP1: 'This tenant has no Entra ID P1 licence: Conditional Access is not available.',
	docReportOnlyFirst: ({days}: {days: number}) =>
		`Policies are created in report-only. After at least ${days} days, the wizard reads their results from the sign-in log, runs the lockout guard and, once the admin types the tenant's domain, switches them on.`,
	docEnableRefused: 'Switching on is refused: no declared emergency-access account is ready and excluded.',
	docEnableAfterCreate: 'The policies must exist in report-only before they can be switched on.',
	docSdSwitchOrder:
		'Security defaults are on: the policies are created in report-only while they stay on, then security defaults are turned off and the policies switched on straight after.',
	docSdWhat: ({source}: {source: string}) =>
		`Security defaults: everyone registers for MFA at the next sign-in, admins do MFA at every sign-in, other users when Microsoft judges it necessary, and legacy authentication is blocked. Nothing can be excluded — an account used by a script with a password stops working (${source}).`,
	docSdRefused: ({names}: {names: string}) =>
		`Refused: security defaults cannot be turned on while these Conditional Access policies are on: ${names}.`,
	docSdSwitch: ({count}: {count: number}) =>
		`${count} Conditional Access ${count === 1 ? 'policy is' : 'policies are'} moved to report-only, then security defaults are turned on.`,
	docThirdParty:
		'MFA is enforced by a third-party provider: the wizard records the attestation; the compliance check cannot see it.',

	// Screens: the step's overview.
	stateLine: ({sd, p1, p2}: {sd: string; p1: string; p2: string}) => `Security defaults ${sd} · P1 ${p1} · P2 ${p2}`,
	on: 'on',
	off: 'off',
	verdictLine: ({all, admins, legacy}: {all: string; admins: string; legacy: string}) =>
		`All: ${all} · Admins: ${admins} · Legacy blocked: ${legacy}`,
	verdict_enforced: 'yes',
	verdict_reportOnly: 'report-only',
	verdict_partial: 'partly',
	verdict_none: 'no',
	verdict_unknown: '?',
	itemPath: ({path}: {path: string}) => `How: ${path}`,
	itemBreakGlassNone: 'Emergency access: none declared',
	itemBreakGlass: ({ready, total}: {ready: number; total: number}) => `Emergency access: ${ready} of ${total} ready`,
	itemPoliciesPrepare: ({create, fix}: {create: number; fix: number}) =>
		`Policies: ${[create > 0 ? `create ${create}` : '', fix > 0 ? `adjust ${fix}` : ''].filter(Boolean).join(', ')} (report-only)`,
	itemPoliciesCreate: ({count}: {count: number}) =>
		count === 1 ? 'Create 1 policy in report-only' : `Create ${count} policies in report-only`,
	itemPoliciesReportOnly: ({days}: {days: number}) =>
		days === 1 ? 'Policies in report-only (1 day)' : `Policies in report-only (${days} days)`,
	itemPoliciesEnabled: 'Policies: switched on',
	itemImpact: 'Review their report-only impact',
	itemEnable: 'Lockout check, then switch on',
	itemSdOn: 'Security defaults: on',
	itemSdTurnOn: 'Turn on security defaults',
	itemThirdParty: 'Record the attestation',
	itemDone: 'Done — MFA is enforced',
	next: 'next',
	hintHub: '↑↓ choose · Enter open',
	hintBack: '← back',
	stale: 'Some objects could not be re-read; the assessment’s copy is shown.',

	// Path.
	pathTitle: 'How should MFA be enforced?',
	pathAbout_conditionalAccess:
		'Needs Entra ID P1. MFA for everyone, MFA for admins and a block on legacy sign-ins, created in report-only, checked against real sign-ins, then switched on. Emergency accounts are excluded.',
	pathAbout_securityDefaults:
		'Any tenant. Everyone registers for MFA at the next sign-in, admins do MFA every time, legacy sign-ins are blocked. No exclusions at all: an account a script uses with a password stops working.',
	pathAbout_thirdParty:
		'MFA comes from another provider (federation or external authentication methods). The wizard records your statement; it cannot check it.',
	pathNeedsP1: 'needs Entra ID P1',
	pathCurrent: 'chosen',

	// Emergency access.
	bgTitle: 'Emergency-access (break-glass) accounts',
	bgAbout:
		'At least one cloud-only Global Administrator, excluded from these policies and kept offline, so the tenant can be recovered if MFA fails. Two are recommended.',
	bgNone: 'None declared yet.',
	bgCandidate: 'not declared',
	bgStatus_ready: 'ready',
	bgStatus_missing: 'not found',
	bgStatus_disabled: 'disabled',
	bgStatus_synced: 'synced, not cloud-only',
	bgStatus_notGlobalAdmin: 'not Global Administrator',
	bgStatus_unknown: 'unknown',
	bgDeclared: 'declared',
	bgHint: 'Enter declare/undeclare · a type · c create',
	bgTypePrompt: 'Emergency accounts (UPNs, comma-separated), then Enter:',
	bgCreateTitle: ({upn}: {upn: string}) => `Create ${upn}?`,
	bgCreateAbout:
		'Cloud-only, on the tenant’s onmicrosoft.com domain, Global Administrator, with a random 32-character password shown once. It is declared as emergency access and excluded from the policies.',
	bgCreating: 'Giving it Global Administrator…',
	bgCreated: ({upn}: {upn: string}) => `Created ${upn}. Its password, shown this once:`,
	bgPasswordAbout:
		'Store it offline now (a safe; two halves in two places). It is not saved anywhere and will not be shown again. Then register a FIDO2 security key for the account.',
	bgPasswordStored: 'Enter when it is stored',
	bgPasswordLost: ({upn}: {upn: string}) =>
		`${upn} exists, but the run that created it was interrupted before its password could be shown. Reset its password in the Entra admin center.`,

	// Policies.
	polTitle: 'Conditional Access policies',
	polCreate: 'to create',
	polOurs: 'this tool’s',
	polReuse: ({name}: {name: string}) => `reuses “${name}”`,
	polFix: 'exclusions limited to emergency accounts',
	polUserRisk: ({mark}: {mark: string}) => `${mark} High user risk → password change + MFA (P2)`,
	polHint: 'Enter create in report-only · u user-risk policy',
	polHintNoRisk: 'Enter create in report-only',
	polNeedBreakGlass: 'Declare an emergency-access account first: it is excluded from every policy.',
	polAllExist: 'All policies exist.',
	state_enabled: 'on',
	state_enabledForReportingButNotEnforced: 'report-only',
	state_disabled: 'off',

	// Impact.
	impTitle: 'Report-only impact',
	impReading: ({count}: {count: string}) => `Reading the sign-in log… ${count} sign-ins`,
	impPolicy: ({name, days}: {name: string; days: number}) =>
		days === 1 ? `${name} — 1 day` : `${name} — ${days} days`,
	impCounts: ({blocked, challenged, users}: {blocked: string; challenged: string; users: string}) =>
		`✖ ${blocked} blocked · ! ${challenged} MFA prompts · ${users} people`,
	impTooEarly: ({min}: {min: number}) => `Too early to judge: give it at least ${min} days.`,
	impEstimate_legacyUsers: ({count, examples}: {count: number; examples: string}) =>
		`Estimate: ${count} people use legacy sign-ins${examples ? ` (${examples})` : ''}.`,
	impEstimate_unregisteredAdmins: ({count, examples}: {count: number; examples: string}) =>
		`Estimate: ${count} admins not registered for MFA${examples ? ` (${examples})` : ''}.`,
	impEstimate_unregisteredMembers: ({count, examples}: {count: number; examples: string}) =>
		`Estimate: ${count} people not registered for MFA — asked to register at their next sign-in${examples ? ` (${examples})` : ''}.`,
	impEstimate_highRiskUsers: ({count, examples}: {count: number; examples: string}) =>
		`Estimate: ${count} people at high user risk${examples ? ` (${examples})` : ''}.`,
	impAutomation: ({count, examples, more}: {count: number; examples: string; more: number}) =>
		`${count === 1 ? '1 automation account signs' : `${count} automation accounts sign`} in with a password alone and will fail (${examples}${more > 0 ? ` and ${more} more` : ''}).`,
	impComeBack: ({date}: {date: string}) =>
		`Come back after ${date}: press q, then run the same command — it resumes here.`,
	impIncomplete: 'Only the newest sign-ins were read (read limit reached).',
	impProblem: ({reason}: {reason: string}) => `The sign-in log could not be read (${reason}): impact unknown.`,
	impNone: 'No policy of this rollout is in report-only.',
	impHint: 'Enter who · g lockout check · ← back',
	impUsersTitle: ({name}: {name: string}) => `Would be blocked or challenged by ${name}`,
	impUserRow: ({upn, blocked, challenged}: {upn: string; blocked: number; challenged: number}) =>
		`✖${blocked} !${challenged}  ${upn}`,
	impNobody: 'Nobody would have been blocked or challenged.',

	// Guard and switch-on.
	grdTitle: 'Lockout guard',
	grdChecking: 'Checking…',
	grdHintPass: 'Enter review and switch on · ← back',
	grdHintRefused: '← back',
	grdBreaks: ({text, breaks}: {text: string; breaks: string}) => `${text} — ${breaks}`,
	grdEarly: 'Some policies have run less than a week in report-only: switching on now relies on the estimates.',

	// Security defaults.
	sdTitle: 'Security defaults',
	sdWhat:
		'Everyone registers for MFA at the next sign-in, admins do MFA at every sign-in, other users when Microsoft judges it necessary, and legacy authentication is blocked. Nothing can be excluded: an account a script uses with a password stops working.',
	sdIsOn: 'Security defaults are on: MFA is enforced for everyone. Nothing to change.',
	sdConflicts: ({count}: {count: number}) =>
		count === 1
			? 'They cannot be turned on while this Conditional Access policy is on:'
			: `They cannot be turned on while these ${count} Conditional Access policies are on:`,
	sdSwitchOffer: 'y move them to report-only, then turn on security defaults',
	sdSwitchChosen: 'They move to report-only just before security defaults go on.',
	sdHint: 'Enter lockout check and turn on · ← back',

	// Third-party MFA.
	tpTitle: 'Third-party MFA',
	tpAbout:
		'Name the provider and confirm that every user, service accounts included, gets an MFA challenge from it at every sign-in. The summary shows this as your statement.',
	tpProvider: 'Provider name, then Enter:',
	tpAttest: ({provider}: {provider: string}) =>
		`y: I confirm ${provider} challenges every user, service accounts included, at every sign-in`,
	tpRecorded: ({provider}: {provider: string}) => `Recorded: MFA is enforced by ${provider}.`,
	tpHint: 'Enter finish · ← back',
} as const;
