/** Step names: `short*` fits the step list (≤ 18 columns), `title*` heads the step's pane, `about*` says what it does. */
export const steps = {
	shortProfile: 'Tenant profile',
	shortLegacyAuth: 'Legacy sign-ins',
	shortOffice: 'Office clients',
	shortMobile: 'Phones & methods',
	shortAutomation: 'Automation',
	shortEnforce: 'Enforce MFA',
	shortSspr: 'Admin recovery',
	shortRecovery: 'Compromised users',
	shortSummary: 'Summary',
	titleProfile: 'Sign-in and tenant profile',
	titleLegacyAuth: 'Apps and devices that cannot do MFA',
	titleOffice: 'Office and modern authentication',
	titleMobile: 'Mobile-device policy and sign-in methods',
	titleAutomation: 'Automation that signs in with user credentials',
	titleEnforce: 'Enforce MFA for everyone',
	titleSspr: 'Self-service password reset for admins',
	titleRecovery: 'Compromised-account recovery',
	titleSummary: 'Summary',
	aboutProfile:
		'Who is signed in, which tenant and cloud, its licences, and what enforces MFA today (security defaults, Conditional Access, per-user MFA). This decides which later paths exist.',
	aboutLegacyAuth:
		'Sign-ins over IMAP, POP, authenticated SMTP, ActiveSync and other legacy protocols in the last 30 days, by protocol, user and device. For each you decide: move to modern authentication, replace, retire, or accept with a note.',
	aboutOffice:
		'Users with Office and Exchange licences, the Outlook versions in use, and whether Exchange Online has modern authentication on. Outlook 2013 needs registry values; a ready .reg file is written for you.',
	aboutMobile:
		'Whether policy keeps phones out of work, which sign-in methods the tenant allows and how many users registered each, and the phone-free methods to enable if needed.',
	aboutAutomation:
		'Accounts that scripts, control panels and billing integrations use with a password. Each gets its fix — an app with a consented refresh token, a managed identity or a certificate — and stays listed until resolved.',
	aboutEnforce:
		'Security defaults, or Conditional Access policies created in report-only first, checked against their impact, then switched on — never before a break-glass account is safe.',
	aboutSspr:
		'Which admins have not registered for password reset and MFA, with the registration link, re-checked live until everyone is done.',
	aboutRecovery:
		'Risky users and leaked credentials: recent sign-ins, then a temporary password, revoked sessions and dismissed risk — each confirmed separately.',
	aboutSummary: 'Compliance against the rules, what changed, what is still open, and how to export the report.',
	statusPending: 'not started',
	statusAssessed: 'to decide',
	statusAnswered: 'answered',
	statusPlanned: 'planned',
	statusDone: 'done',
	statusSkipped: 'skipped',
	statusFailed: 'failed',
} as const;
