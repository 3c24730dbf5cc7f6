/** Step 3: Office and modern authentication. */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const stepOffice = {
	tabOutlook2013: 'Outlook 2013',
	tabExchange: 'Exchange',
	tabOldOutlook: 'Outlook 2010/2007',
	licensed: ({exchange, office}: {exchange: string; office: string}) =>
		`Licensed for Exchange Online: ${exchange} · for Microsoft 365 Apps (Office): ${office}.`,
	versionUndetermined: 'Undetermined (not identified)',
	versionsIntro: 'Outlook versions seen in the last 30 days (usage report):',
	versionLine: ({name, users}: {name: string; users: number}) => `${name}: ${plural(users, 'user', 'users')}`,
	versionsNone: 'No Outlook desktop use in the last 30 days (usage report).',
	versionsUnavailable: 'Outlook versions could not be read (the usage report was not available).',
	outlook2013Found: ({users}: {users: number}) =>
		`${plural(users, 'user runs', 'users run')} Outlook 2013: it uses modern authentication only with Service Pack 1 or later and two registry values.`,
	office2013Support: ({connections, end}: {connections: string; end: string}) =>
		`Office 2013 is out of support (since ${end}) and has not been supported for connecting to Microsoft 365 since ${connections}: it can no longer be relied on to connect. The registry values are a stop-gap — plan the upgrade.`,
	oldOutlookFound: ({users}: {users: number}) =>
		`${plural(users, 'user runs', 'users run')} Outlook 2010 or 2007, which cannot use modern authentication at all: blocked as soon as legacy authentication is. Upgrade them first.`,
	outOfSupportFound: ({users, date}: {users: number; date: string}) =>
		`${plural(users, 'user runs', 'users run')} Outlook 2016 or 2019 — modern authentication works, but both left support on ${date}.`,
	names2013: ({names}: {names: string}) => `Outlook 2013 users: ${names}.`,
	names2013Concealed:
		'Their names are concealed in usage reports (see step 2 to show them); ask who still runs Office 2013.',
	regIntro:
		'On each Windows PC with Office 2013 (Service Pack 1 or later), these two values turn on modern authentication for the signed-in Windows user:',
	regKey: ({key}: {key: string}) => `Key: ${key}`,
	regValue: ({name, data}: {name: string; data: number}) => `${name} = ${data} (REG_DWORD)`,
	regHow:
		'Press w to write a ready .reg file into the current folder; double-click it on each PC as that user (or deploy it with Group Policy or Intune), then restart Outlook.',
	outlook2013Question: ({users}: {users: number}) =>
		`What is the plan for the ${plural(users, 'Outlook 2013 user', 'Outlook 2013 users')}?`,
	planRegKeysThenUpgrade: 'Set the registry values now, upgrade soon',
	planUpgrade: 'Upgrade to Microsoft 365 Apps before enforcing',
	planAccept: 'Accept: it will stop connecting',
	oldOutlookQuestion: ({users}: {users: number}) =>
		`What is the plan for the ${plural(users, 'user', 'users')} on Outlook 2010 or 2007?`,
	planUpgradeOld: 'Upgrade before enforcing',
	planAcceptOld: 'Accept: Outlook will stop working for them',
	noOutlook2013: 'No one uses Outlook 2013: nothing to do here. The .reg file is still there if you find one (w).',
	exoIntro:
		'Outlook and the other Office apps use modern authentication with Exchange Online only when the organisation allows it (OAuth2ClientProfileEnabled). Graph cannot read this setting, so check it yourself in Exchange Online PowerShell (Connect-ExchangeOnline first):',
	exoTrue: 'True: modern authentication is on — choose “On”. It is on by default in tenants created since 2017.',
	exoFalse: ({command}: {command: string}) =>
		`False: Outlook keeps using basic authentication, which the MFA step blocks. Turn it on with ${command}, then choose “On”.`,
	exoQuestion: 'What did Get-OrganizationConfig say about OAuth2ClientProfileEnabled?',
	exoEnabled: 'On (True)',
	exoDisabled: 'Off (False)',
	exoNotChecked: 'Not checked yet',
	exoCheckNote:
		'Exchange Online modern authentication is not readable through Graph: the admin checks it with Get-OrganizationConfig | Format-Table Name,OAuth2ClientProfileEnabled.',
	regFileNote:
		'Outlook 2013 needs HKCU\\Software\\Microsoft\\Office\\15.0\\Common\\Identity: EnableADAL = 1 and Version = 1 (REG_DWORD). The wizard writes a ready .reg file (w in step 3); no file is written in a dry run.',
	openExoDisabled: 'Exchange Online modern authentication is off.',
	openExoNotChecked: 'Exchange Online modern authentication has not been checked.',
	breaksExo: 'Outlook cannot sign in with MFA until it is on.',
	openOutlook2013: ({users}: {users: number}) =>
		`${plural(users, 'user', 'users')} on Outlook 2013 (unsupported): registry values and an upgrade planned.`,
	breaksOutlook2013: 'Without the registry values Outlook 2013 cannot do MFA and stops connecting.',
	openOldOutlook: ({users}: {users: number}) => `${plural(users, 'user', 'users')} on Outlook 2010 or 2007.`,
	breaksOldOutlook: 'These versions cannot do modern authentication: Outlook stops working.',
	whyModern:
		'MFA needs modern authentication: the app opens a Microsoft sign-in window that can ask for a second factor. Older Outlook versions send a password directly instead, so they break once MFA is enforced and legacy authentication is blocked.',
	whySupport: ({date}: {date: string}) =>
		`Office 2016 and 2019 left support on ${date}; Office 2013 long before. Microsoft 365 Apps is the supported way to stay connected.`,
} as const;
