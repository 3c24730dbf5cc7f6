/** Step 1: sign-in and tenant profile. */
const plural = (count: number, one: string, many: string) =>
	`${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export const stepProfile = {
	tabOverview: 'Overview',
	tabEnforcement: 'Enforcement',
	tabPaths: 'Paths',
	tabConfirm: 'Confirm',
	signedInAs: ({upn, name}: {upn: string; name: string}) => `Signed in as ${name} (${upn}).`,
	roles: ({roles}: {roles: string}) => `Roles held now: ${roles}.`,
	noRoles:
		'You hold no active directory role: the reads above may be partial, and changes later need a role such as Global Administrator or Conditional Access Administrator.',
	adminMfaYes: 'Your account has an MFA method registered.',
	adminMfaNo:
		'Your account has no MFA method registered. Register one at aka.ms/mysecurityinfo before anything is enforced, or you may lock yourself out.',
	adminMfaUnknown: 'Whether your account has an MFA method could not be read.',
	tenantLine: ({name, id}: {name: string; id: string}) => `Tenant: ${name} (${id}).`,
	domainLine: ({domain}: {domain: string}) => `Default domain: ${domain}.`,
	partnerLine: ({type}: {type: string}) => `Partner type: ${type}.`,
	partnerNone:
		'not marked as a partner tenant (a customer tenant, or a partner tenant Graph does not mark — the requirements apply to your own partner tenant)',
	partnerMicrosoftSupport: 'Microsoft support',
	partnerSyndicate: 'syndication partner',
	partnerBreadth: 'breadth partner',
	partnerBreadthDelegated: 'breadth partner with delegated admin',
	partnerReseller: 'CSP reseller with delegated admin',
	partnerValueAdded: 'value-added reseller with delegated admin',
	cloudLine: ({cloud}: {cloud: string}) => `Cloud: ${cloud}.`,
	cloudGlobal: 'Microsoft global (commercial) cloud',
	cloudUsgov: 'US Government (GCC High)',
	cloudUsgovdod: 'US Government (DoD)',
	cloudChina: 'China, operated by 21Vianet',
	cloudCustom: 'a custom Graph endpoint (--graph-endpoint)',
	sovereignNote:
		'National cloud: the partner requirements were first enforced in the commercial cloud and Microsoft announces national-cloud dates separately. Enforce MFA here anyway — the steps work the same — but some dates this tool quotes (basic SMTP AUTH, SMS and voice retirement) are for the commercial cloud only.',
	customCloudNote:
		'Graph is reached through a custom endpoint, so the cloud cannot be named; dates are quoted for the commercial cloud.',
	syncNote: 'Users are synchronised from on-premises Active Directory: password resets later need password writeback.',
	licenceLine: ({p1, p2}: {p1: string; p2: string}) => `Entra ID P1: ${p1} · Entra ID P2: ${p2}.`,
	skuLine: ({name, consumed, enabled}: {name: string; consumed: string; enabled: string}) =>
		`${name}: ${consumed} of ${enabled} seats used`,
	skusUnreadable: 'The subscriptions could not be read; licences are treated as absent (the safer reading).',
	sdOn: 'Security defaults: on.',
	sdOff: 'Security defaults: off.',
	sdUnknown: 'Security defaults: could not be read.',
	caNone: 'Conditional Access: no policies.',
	caNoLicence: 'Conditional Access: not available without Entra ID P1.',
	caUnreadable: 'Conditional Access: the policies could not be read.',
	caCount: ({count}: {count: number}) => `Conditional Access: ${plural(count, 'policy', 'policies')}.`,
	policyLine: ({name, state, gaps}: {name: string; state: string; gaps: number}) =>
		`  ${name} — ${state}${gaps > 0 ? `, ${plural(gaps, 'gap', 'gaps')}` : ''}`,
	stateEnabled: 'on',
	stateReportOnly: 'report-only (challenges no one)',
	stateDisabled: 'off',
	perUserLine: ({enforced, enabled, disabled}: {enforced: number; enabled: number; disabled: number}) =>
		`Per-user MFA: ${enforced} enforced, ${enabled} enabled, ${disabled} off.`,
	perUserNotNeeded: 'Per-user MFA: not read, because security defaults or an enabled policy already decide it.',
	perUserUnavailable: 'Per-user MFA: could not be read.',
	verdictAllUsers: ({verdict}: {verdict: string}) => `MFA for every user: ${verdict}.`,
	verdictAdmins: ({verdict}: {verdict: string}) => `MFA for every admin: ${verdict}.`,
	verdictLegacy: ({verdict}: {verdict: string}) => `Legacy authentication blocked: ${verdict}.`,
	verdictEnforced: 'enforced',
	verdictReportOnly: 'report-only, not enforced',
	verdictPartial: 'partly, with gaps',
	verdictNone: 'no',
	verdictUnknown: 'unknown (data could not be read)',
	compliantYes: 'The tenant meets the partner MFA requirement today.',
	compliantNo:
		'The tenant does not meet the partner MFA requirement yet: the next steps prepare it, step 6 enforces it.',
	compliantUnknown: 'Whether the tenant meets the requirement could not be decided from what was read.',
	pathsIntro: 'With these licences, the later steps can do the following:',
	capLegacyYes: 'Step 2 lists legacy sign-ins from the sign-in log (30 days), by protocol, user and device.',
	capLegacyLimited:
		'Step 2 has no sign-in log without Entra ID P1: it uses the email-apps usage report and a short questionnaire instead — less complete.',
	capMethodsYes:
		'Step 4 can switch on phone-free methods (FIDO2 security keys and passkeys, hardware tokens, Temporary Access Pass) with any licence.',
	capAutomationYes: 'Step 5 finds accounts that scripts and integrations sign in with, from the sign-in log.',
	capAutomationNo:
		'Step 5 cannot find automation accounts without the sign-in log (Entra ID P1): you list them from what you know.',
	capEnforceYes:
		'Step 6 can use Conditional Access: MFA for all users and admins and a legacy-authentication block, created report-only first, emergency accounts excluded.',
	capEnforceLimited:
		'Step 6 can only turn on security defaults: no exclusions at all — not for emergency accounts, not for service accounts.',
	capRegistrationYes: 'Step 7 reads who has registered for MFA and password reset from the registration report.',
	capRegistrationLimited:
		'Step 7 has no registration report without Entra ID P1: it reads each user’s sign-in methods instead (slower).',
	capRiskYes: 'Step 8 sees risky users and leaked credentials in full (Entra ID P2).',
	capRiskLimited:
		'Step 8 sees risk detections with limited detail (Entra ID P1); risky-user lists and risk policies need P2.',
	capRiskNo: 'Step 8 cannot see risky users or leaked credentials without Entra ID P1 or P2.',
	confirmQuestion: 'Is this the tenant you mean to bring to MFA for everyone?',
	confirmYes: 'Yes, this is the right tenant',
	confirmNo: 'No, it is the wrong tenant',
	confirmNoHint:
		'Nothing has been changed. Quit with q, then sign in to the right one with mfa-onboard --tenant <id or domain>.',
	openWrongTenant: ({tenant}: {tenant: string}) => `${tenant} was marked as the wrong tenant.`,
	openAdminNotRegistered: ({upn}: {upn: string}) => `${upn} (you) has no MFA method registered.`,
	breaksAdminNotRegistered:
		'Once MFA is enforced you could not sign in to finish the job: register a method first (aka.ms/mysecurityinfo).',
} as const;
