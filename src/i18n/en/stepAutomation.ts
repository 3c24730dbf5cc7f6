/** Step 5: automation and integrations that sign in with user credentials. */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const stepAutomation = {
	tabAccounts: 'Accounts',
	tabErrors: 'Errors',
	fixSecureAppModel: 'Secure Application Model (app + refresh token)',
	fixManagedIdentity: 'Managed identity',
	fixCertificateApp: 'App with a certificate',
	fixShort_secureAppModel: 'SAM app',
	fixShort_managedIdentity: 'managed identity',
	fixShort_certificateApp: 'certificate app',
	fixShort_seeLegacy: 'step 2',
	fixInteractiveMfa: 'A person: sign in with MFA',
	fixShort_interactiveMfa: 'MFA sign-in',
	fixSeeLegacy: 'A device or mailbox: decided in step 2',
	explainSecureAppModel:
		'For Partner Center integrations (control panels, billing and PSA tools): register an app, consent to it, and sign in once interactively with MFA to get a refresh token. The integration then uses the app and that token — never a password. Refresh tokens are renewed on every use; one unused for 90 days expires (AADSTS700082), so store the newest one and use it at least monthly.',
	explainManagedIdentity:
		'For scripts that run in Azure (Automation accounts, Functions, VMs): give the resource a managed identity and grant it what the script needs. There is no password or secret to store, and nothing to expire.',
	explainCertificateApp:
		'For scripts elsewhere (a server, a scheduled task): register an app, give it the application permissions it needs, and sign in with a certificate (Connect-MgGraph -CertificateThumbprint, Connect-ExchangeOnline -AppId -CertificateThumbprint). No user account, no MFA prompt.',
	explainInteractiveMfa:
		'An admin running PowerShell by hand is not automation: register an MFA method and sign in interactively — Connect-ExchangeOnline and Connect-MgGraph ask for MFA (Exchange Online PowerShell V3 also works with MFA for partners’ delegated access). Stop passing a stored password.',
	explainSeeLegacy:
		'This account signs in only with a legacy protocol and no modern sign-in: it is a device or a mailbox, not a script. Its fix is decided in step 2; tick it when that is done.',
	reasonScriptClient: ({app}: {app: string}) => `signs in through ${app} with a password alone`,
	reasonRopc: 'sends its username and password directly (ROPC)',
	reasonLegacyOnly: 'signs in only with legacy protocols',
	reasonPartnerCenter: 'calls the Partner Center API without MFA',
	check_samApp: 'An app registration for the integration exists (multitenant where customers are involved)',
	check_samConsent: 'The app is consented; a refresh token was obtained with an interactive MFA sign-in',
	check_samVault: 'The refresh token is stored in a vault (for example Key Vault) and renewed on use',
	check_samSwitch: 'The integration uses the app and token, not the account’s password',
	check_samRemovePassword: 'The account’s password is removed from the integration (or the account disabled)',
	check_miEnable: 'The Azure resource running the script has a managed identity',
	check_miRoles: 'The managed identity holds the roles and permissions the script needs',
	check_miSwitch: 'The script signs in with the identity (Connect-AzAccount -Identity, Connect-MgGraph -Identity)',
	check_miRemoveAccount: 'The user account is removed from the script and disabled',
	check_certApp: 'An app registration with a certificate (no client secret in scripts)',
	check_certConsent: 'The app holds the application permissions it needs, with admin consent',
	check_certSwitch: 'The script signs in with the app and certificate',
	check_certRemoveAccount: 'The user account is removed from the script and disabled',
	check_personRegister: 'The admin has an MFA method registered (aka.ms/mysecurityinfo)',
	check_personInteractive: 'The admin signs in to the module interactively; no stored password or -Credential any more',
	check_legacyDone: 'Its fix in step 2 is done',
	after50076:
		'After MFA is enforced, every script or integration that signs in with a username and password gets this error and stops: it cannot answer an MFA prompt. Moving it to an app identity is the only lasting fix; excluding it from the policy breaks the partner requirement.',
	after700082:
		'Refresh tokens expire after 90 days without use. Each use returns a new refresh token: keep the newest one, and make sure the integration runs at least once in 90 days — otherwise sign in again with MFA to get a new token.',
	unavailable:
		'Automation accounts are found from the sign-in log, which needs Entra ID P1. List the accounts your scripts, control panels and billing tools use yourself; each needs one of the fixes below.',
	noneFound: 'No account signs in from a script or integration with a password alone in the window.',
	found: ({count, atLeast}: {count: number; atLeast: number}) =>
		`${atLeast ? 'At least ' : ''}${plural(count, 'account signs', 'accounts sign')} in from a script or integration with a password alone:`,
	accountLine: ({upn, reasons, signIns}: {upn: string; reasons: string; signIns: number}) =>
		`${upn} — ${reasons} (${plural(signIns, 'sign-in', 'sign-ins')})`,
	partnerCenterSoon: ({date, days}: {date: string; days: number}) =>
		`From ${date} (in ${plural(days, 'day', 'days')}) every App+User call to the Partner Center API needs a token obtained with MFA.`,
	partnerCenterNow: ({date}: {date: string}) =>
		`Since ${date} every App+User call to the Partner Center API needs a token obtained with MFA: an integration still signing in with a password alone is already failing or about to.`,
	openUnavailable: 'Automation accounts could not be searched for (no sign-in log).',
	openAccount: ({upn, done, total}: {upn: string; done: number; total: number}) =>
		`${upn} still signs in with a password alone (${done} of ${plural(total, 'step', 'steps')} of its fix done).`,
	breaksAutomation: 'Fails with AADSTS50076 once MFA is enforced.',
	accountQuestion: ({upn}: {upn: string}) => `Fix for ${upn}`,
	acceptedWith: ({reason}: {reason: string}) => `accepted as it is — ${reason}`,
	progress: ({done, total}: {done: number; total: number}) => `${done} of ${total} done`,
	statusResolved: 'resolved',
	statusAccepted: 'accepted',
	detailApps: 'Signs in through:',
	appLine: ({name, signIns, date}: {name: string; signIns: number; date: string}) =>
		`${name}: ${plural(signIns, 'sign-in', 'sign-ins')}, last ${date}`,
	detailProtocols: ({protocols}: {protocols: string}) => `Protocols: ${protocols}`,
	detailResources: ({resources}: {resources: string}) => `Signs in to: ${resources}`,
	detailCounts: ({signIns, singleFactor}: {signIns: number; singleFactor: number}) =>
		`${plural(signIns, 'sign-in', 'sign-ins')} in the window, ${n(singleFactor)} with a password alone`,
	detailLastSeen: ({date}: {date: string}) => `Last seen: ${date}`,
	fixLabel: ({fix}: {fix: string}) => `Fix: ${fix}`,
	keyFix: 'c change fix',
	keyAccept: 'a accept',
	acceptPrompt: 'Why is this account accepted as it is? (required; Enter saves, an empty line cancels)',
	acceptPlaceholder: 'e.g. vendor replaces it in March; excluded nowhere',
	acceptedNote: ({reason}: {reason: string}) => `Accepted: ${reason}. Press a to reopen it.`,
	acceptCleared: 'Reopened: the account is listed until its fix is done.',
	chooseFix: 'Which fix fits this account?',
	whyUserCredentials:
		'The requirement covers every user, service accounts included. An account that a script, control panel or billing tool signs in with a password cannot answer an MFA prompt, so it breaks the day MFA is enforced — and it cannot be excluded without breaking the requirement.',
	whyMandatory: ({date}: {date: string}) =>
		`Microsoft already requires MFA for Azure CLI, Azure PowerShell and Azure Resource Manager changes (rolling out since ${date}); user accounts used as service accounts are affected there too.`,
	whyChecklist:
		'Each account stays listed until every item of its fix is ticked, or until you accept it with a reason; step 6 shows the open ones before enforcing.',
} as const;
