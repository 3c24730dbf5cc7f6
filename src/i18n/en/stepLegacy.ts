/** Step 2: applications and devices that cannot do MFA (legacy authentication). */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

const DECISIONS: Readonly<Record<string, string>> = {
	migrate: 'move to modern authentication',
	appPassword: 'app password for now',
	replace: 'replace',
	retire: 'retire',
	accept: 'accept',
};

const QUESTIONS: Readonly<Record<string, string>> = {
	qScanners: 'scanners or multifunction devices that send mail',
	qMailboxApps: 'applications that read a mailbox over IMAP or POP',
	qOtherClients: 'people reading mail in apps other than Outlook',
	qScripts: 'scripts or business apps that send mail with a password',
};

export const stepLegacy = {
	tabQuestions: 'Questions',
	tabReport: 'Report',
	reportHeader: 'Email-apps usage report, 30 days (less complete):',
	findingsHintReport:
		'The users the report names are in the Report tab; answer the Questions so nothing is missed. x exports the list as CSV.',
	tabNames: 'Names',
	decisionMigrate: 'Move to modern authentication',
	decisionAppPassword: 'App password (stop-gap)',
	decisionReplace: 'Replace (relay connector, OAuth…)',
	decisionRetire: 'Retire it',
	decisionAccept: 'Accept, with a note',
	short_migrate: 'migrate',
	short_appPassword: 'app pw',
	short_replace: 'replace',
	short_retire: 'retire',
	short_accept: 'accept',
	kindTag_device: 'device',
	kindTag_sharedMailbox: 'shared mailbox',
	kindTag_serviceAccount: 'service',
	kindPerson: 'a person',
	kindDevice: 'a device (scanner, printer…)',
	kindSharedMailbox: 'a shared mailbox',
	kindServiceAccount: 'a service account',
	hint_nameLooksLikeDevice: 'the name looks like a device (scanner, printer)',
	hint_deviceLooksLikePrinter: 'the device looks like a printer or scanner',
	hint_smtpOnly: 'it only sends mail (SMTP)',
	hint_nameLooksLikeSharedMailbox: 'the name looks like a shared mailbox',
	hint_nameLooksLikeServiceAccount: 'the name looks like a service account',
	hint_automationSignIns: 'it also signs in from scripts or integrations (step 5)',
	hint_noModernSignIns: 'no one signs in to it with a browser or an Office app',
	hint_failedOnly: 'every attempt failed',
	qScanners: 'Do scanners, printers or multifunction devices send mail (scan to email)?',
	qMailboxApps: 'Does any application (a ticketing system, a CRM) read a mailbox over IMAP or POP?',
	qOtherClients:
		'Does anyone read mail in an app other than Outlook (Thunderbird, an older phone mail app using ActiveSync)?',
	qScripts: 'Do scripts or business applications send mail through SMTP with a username and password?',
	answerUnsure: 'Not sure',
	smtpAuthSoon: ({date, days}: {date: string; days: number}) =>
		`Microsoft turns basic SMTP AUTH off by default for existing tenants at the end of December 2026 (${date}, in ${plural(days, 'day', 'days')}); admins can switch it back on until it is removed (announced for the second half of 2027). Devices that send this way should move now.`,
	smtpAuthPassed: ({date}: {date: string}) =>
		`Basic SMTP AUTH has been off by default since the end of December 2026 (${date}); admins can switch it back on until it is removed (announced for the second half of 2027). Devices still sending this way work only because it was switched back on.`,
	sourceSignIns: ({days}: {days: number}) =>
		`Legacy-protocol sign-ins from the sign-in log, last ${plural(days, 'day', 'days')}:`,
	noneFound: 'None found: nothing signed in with a legacy protocol in the window.',
	protocolLine: ({
		protocol,
		signIns,
		successful,
		users,
	}: {
		protocol: string;
		signIns: number;
		successful: number;
		users: number;
	}) =>
		`${protocol}: ${plural(signIns, 'sign-in', 'sign-ins')}, ${n(successful)} successful, ${plural(users, 'user', 'users')}`,
	failedOnly: ({attempts}: {attempts: number}) =>
		`${plural(attempts, 'attempt', 'attempts')} failed for users who never signed in this way successfully — most likely password spray. Blocking legacy authentication stops them.`,
	sourceUsageReport:
		'No sign-in log (it needs Entra ID P1): this list comes from the email-apps usage report (30 days) and the questions below. It is less complete — it shows who used POP3, IMAP4 or SMTP clients, not which device, and misses other legacy protocols.',
	usageCounts: ({pop3, imap4, smtp}: {pop3: number; imap4: number; smtp: number}) =>
		`Users with a POP3 client: ${n(pop3)} · IMAP4: ${n(imap4)} · SMTP: ${n(smtp)}.`,
	sourceNone:
		'Legacy-protocol use could not be read: neither the sign-in log nor the usage report was available. Answer the questions so nothing is forgotten.',
	concealedExplained:
		'The usage report hides user names (a tenant report setting): rows show a hash instead of a name, so they cannot be matched to people. You can un-conceal them in the Names tab — a planned change you confirm, journaled and undoable.',
	alreadyBlocked: 'Legacy authentication is already blocked: these sign-ins fail today.',
	notBlocked:
		'Legacy authentication is not blocked yet: every item here stops working when step 6 blocks it, so decide each one first.',
	openUnreadable: 'Legacy-protocol use could not be read.',
	breaksLegacy: 'Stops signing in when legacy authentication is blocked.',
	openSeenAgain: ({upn, protocol}: {upn: string; protocol: string}) =>
		`${upn} still signs in over ${protocol} after it was marked done.`,
	openItem: ({upn, protocol, decision}: {upn: string; protocol: string; decision: string}) =>
		`${upn} over ${protocol}: ${DECISIONS[decision] ?? decision}, not done yet.`,
	openQuestionYes: ({question}: {question: string}) =>
		`You said there are ${QUESTIONS[question] ?? question}: find them and move them before blocking legacy authentication.`,
	openQuestionUnsure: ({question}: {question: string}) =>
		`Not known whether there are ${QUESTIONS[question] ?? question}.`,
	itemQuestion: ({protocol, upn, device}: {protocol: string; upn: string; device: string}) =>
		`${protocol} · ${upn} · ${device}`,
	markedDone: 'marked done',
	aggregateQuestion: ({protocol, count}: {protocol: string; count: number}) =>
		`${protocol} · ${plural(count, 'item', 'items')} not decided one by one`,
	aggregateNote: ({count}: {count: number}) =>
		`${n(count)} items: the recommendations are counted per protocol here; step 2’s CSV export (x) lists every one.`,
	unconcealQuestion: 'Un-conceal user names in Microsoft 365 usage reports?',
	unconcealYes: 'Yes — plan the change (journaled; undo hides them again)',
	unconcealNo: 'No — keep names hidden',
	lessComplete:
		'Less complete than a sign-in log: built from the email-apps usage report and your answers (no Entra ID P1).',
	appPasswordTruth:
		'App passwords work only for users with per-user MFA — not with Conditional Access or security defaults — and a password reset does not revoke them. Once legacy authentication is blocked, which the requirement needs, they stop working too: a stop-gap only.',
	changeUnconcealTitle: 'Show user names in Microsoft 365 usage reports',
	changeUnconcealWhy:
		'The usage report is the only source of legacy use without a sign-in log, and hidden names cannot be matched to people. Undo hides them again.',
	findingsHint: 'Decide what happens to each item in the Decide tab; x exports the list as CSV.',
	groupHeader: ({protocol, users, signIns}: {protocol: string; users: number; signIns: number}) =>
		`${protocol} — ${plural(users, 'user', 'users')}, ${plural(signIns, 'sign-in', 'sign-ins')}`,
	rowOk: ({ok, total}: {ok: number; total: number}) => `${n(ok)}/${n(total)} ok`,
	rowFailed: ({total}: {total: number}) => `${n(total)} failed`,
	keyDone: 'd done',
	detailUser: ({upn, name}: {upn: string; name: string}) => `${name} (${upn})`,
	detailKind: ({kind}: {kind: string}) => `Looks like ${kind}.`,
	detailHints: ({hints}: {hints: string}) => `Why: ${hints}.`,
	detailProtocol: ({protocol, app}: {protocol: string; app: string}) => `Protocol: ${protocol} · app: ${app}`,
	detailDevice: ({device}: {device: string}) => `Device: ${device}`,
	detailCounts: ({signIns, successful}: {signIns: number; successful: number}) =>
		`${plural(signIns, 'sign-in', 'sign-ins')}, ${n(successful)} successful`,
	detailFailedOnly: 'Every attempt failed: no one legitimate signs in this way. Most likely password spray.',
	detailLastSeen: ({date}: {date: string}) => `Last seen: ${date}`,
	detailPerUser: ({state}: {state: string}) => `Per-user MFA for this user: ${state}.`,
	detailDone: ({date}: {date: string}) => `Marked done on ${date}.`,
	explainMigrateMailbox:
		'Have the app sign in with modern authentication: Outlook (desktop, mobile or web) for people; for an application, IMAP/POP with OAuth 2.0 or Microsoft Graph. Then it can do MFA, or use its own app identity.',
	explainMigrateEas:
		'Use Outlook for iOS or Android, or a phone mail app that signs in with modern authentication (the account is added again and asks for MFA). Old Android mail apps with basic auth cannot.',
	explainMigrateSmtp:
		'Send with SMTP AUTH over OAuth 2.0, or with Microsoft Graph (sendMail) under an app identity; no password in the device or script.',
	explainMigrateOutlook:
		'Update the client to one that uses modern authentication: Outlook 2016 or later, or Outlook 2013 with the registry values (step 3) — Outlook 2010 and older cannot.',
	explainMigratePowershell:
		'Exchange Online PowerShell V3 (Connect-ExchangeOnline) signs in with modern authentication and MFA; scripts use an app with a certificate (step 5).',
	explainMigrateOther:
		'"Other clients" covers older Office apps and third-party tools. Find the app from the device and user, then update it to one that signs in with modern authentication.',
	explainAppPassword:
		'An app password lets a legacy app sign in past MFA. It works only for users with per-user MFA — not with Conditional Access or security defaults — and a password reset does not revoke it. Once legacy authentication is blocked, which the partner requirement needs, it stops working: use it only to buy time.',
	explainReplaceDevice:
		'For scanners and multifunction devices: an SMTP relay connector (the device sends from a fixed IP, no password), direct send to your own mailboxes, or a device that supports SMTP AUTH with OAuth. No user account needs to sign in.',
	explainReplaceOther:
		'Replace the app or device with one that supports modern authentication, or move the job elsewhere (a relay connector for mail, an app identity for automation).',
	explainRetire: 'Stop using it: switch it off, remove the account’s mailbox access, or disable the account.',
	explainRetireFailedOnly:
		'Nothing legitimate uses this: blocking legacy authentication (step 6) ends these attempts. Check that the user has a strong password and MFA.',
	explainAccept:
		'Record that you accept this: it will stop working when legacy authentication is blocked, and the note says why that is fine. A note is required.',
	perUserUnknown: 'not read',
	doneMarked: 'Marked done. It stays closed unless it signs in again.',
	doneCleared: 'No longer marked done.',
	doneNotApplicable: 'Only planned work (migrate, app password, replace) can be marked done.',
	usageRow: ({name, protocols, last}: {name: string; protocols: string; last: string}) =>
		`${name} · ${protocols} · ${last}`,
	hiddenName: ({hash}: {hash: string}) => `hidden name ${hash}`,
	noActivity: 'no activity date',
	namesIntro:
		'User names in Microsoft 365 usage reports are concealed: a tenant-wide setting (Microsoft 365 admin center → Settings → Org settings → Services → Reports) replaces names with hashes in every report. To see who still uses POP3, IMAP4 or SMTP, names must be shown. This tool never changes it silently: choosing yes plans one request (PATCH /admin/reportSettings) that you confirm when you finish the step; it is journaled, and `mfa-onboard undo` hides the names again.',
	namesAfter: 'Once applied, names appear the next time the tenant is read (the next run of the wizard or check).',
	namesNotNeeded:
		'Names in usage reports are hidden, but the sign-in log already names every user here, so nothing needs to change.',
	questionsIntro:
		'Without a sign-in log, these answers fill the gaps the usage report leaves. Each "yes" or "not sure" stays open until you deal with it.',
	whyLegacy:
		'Legacy protocols (IMAP, POP, authenticated SMTP, ActiveSync with basic auth, older Outlook and PowerShell connections) send a username and password with every request and cannot ask for a second factor. Enforcing MFA means blocking them, so everything that still uses them must move first.',
	whyBlock:
		'The partner requirement counts only a tenant where legacy authentication is blocked — by security defaults or a Conditional Access policy. Per-user MFA alone never blocks it.',
} as const;
