/** Step 4: mobile-device policy and sign-in methods. */
const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

const NAMES: Readonly<Record<string, string>> = {
	fido2: 'FIDO2 security keys and passkeys',
	hardwareOath: 'hardware OATH tokens',
	temporaryAccessPass: 'Temporary Access Pass',
};

export const stepMobile = {
	tabPolicy: 'Phones',
	tabMethods: 'Methods',
	tabOptions: 'Options',
	methodAuthenticator: 'Microsoft Authenticator',
	methodFido2: 'FIDO2 security keys and passkeys',
	methodHardwareOath: 'hardware OATH tokens',
	methodTap: 'Temporary Access Pass',
	methodSoftwareOath: 'software OATH tokens',
	methodSms: 'SMS',
	methodVoice: 'voice call',
	methodEmail: 'email one-time passcode',
	methodCertificate: 'certificate-based authentication',
	methodWhfb: 'Windows Hello for Business',
	regMobilePhone: 'mobile phone (SMS or call)',
	regOtherPhone: 'alternate or office phone (call)',
	regPasskey: 'passkey',
	policyUnreadable: 'The authentication methods policy could not be read.',
	allowed: ({methods}: {methods: string}) => `Allowed now: ${methods}.`,
	allowedNone: 'No method is switched on in the authentication methods policy.',
	phoneFreeOff: ({methods}: {methods: string}) => `Phone-free methods switched off: ${methods}.`,
	registeredUnavailable:
		'How many users registered each method needs the registration report (Entra ID P1); not available here.',
	registeredNone: 'No one has registered a sign-in method yet.',
	registeredIntro: 'Users registered per method:',
	registeredLine: ({method, users}: {method: string; users: number}) => `${method}: ${plural(users, 'user', 'users')}`,
	smsVoiceWeaker:
		'SMS and voice are the weakest MFA methods (codes can be phished or intercepted, numbers taken over), and Microsoft is retiring the SMS and voice delivery it provides:',
	smsVoicePasskeysSoon: ({date, days}: {date: string; days: number}) =>
		`From ${date} (in ${plural(days, 'day', 'days')}) passkeys are switched on for users who can use SMS or voice, and they are asked to register one.`,
	smsVoicePasskeysDone: ({date}: {date: string}) =>
		`Since ${date} passkeys are switched on for users who can use SMS or voice, and they are asked to register one.`,
	smsVoiceRetiredSoon: ({date, days, adminDate}: {date: string; days: number; adminDate: string}) =>
		`From ${date} (in ${plural(days, 'day', 'days')}) Microsoft no longer sends SMS or voice codes (Global Administrators and external users: ${adminDate}); a user whose only method is SMS or voice must register a passkey before signing in. Keeping SMS needs a telephony provider from the Microsoft Security Store.`,
	smsVoiceRetiredDone: ({date, adminDate}: {date: string; adminDate: string}) =>
		`Since ${date} Microsoft no longer sends SMS or voice codes (Global Administrators and external users: ${adminDate}); users with only SMS or voice must register a passkey at sign-in.`,
	smsVoiceOtherCloud:
		'SMS and voice are the weakest MFA methods. Microsoft is retiring its SMS and voice delivery in the commercial cloud first; national clouds follow on dates not announced yet.',
	policyQuestion: 'Does a policy keep phones out of work?',
	policyAllowed: 'No — people may use their phones for sign-in',
	policySomeGroups: 'For some groups (for example shared devices, secure areas)',
	policyNobody: 'Yes — no one may use a phone for work',
	policyIntro:
		'This decides which MFA methods can work here. Microsoft Authenticator, SMS and voice all need a phone. Where phones are not allowed, people need a method without one: a security key or passkey on a key, a hardware token, or Windows Hello for Business on their PC.',
	groupsPrompt: 'Which groups keep phones out? (a note for the record; Enter saves, an empty line skips)',
	groupsPlaceholder: 'e.g. Warehouse, Finance secure room',
	groupsLabel: ({groups}: {groups: string}) => `Groups without phones: ${groups}`,
	methodsQuestion: 'Which phone-free methods should be switched on?',
	methodsIntro:
		'Switching a method on allows it; it forces no one to use it. Each is switched on for all users (unless it already has targets) so the people without phones can register it. Each is one change you confirm when you finish, journaled and undoable.',
	alreadyOn: 'already on',
	willEnable: 'to switch on',
	stateUnknown: 'state not read (beta only)',
	notPlanned: 'off',
	explainFido2:
		'FIDO2 security keys and passkeys: a key on a keyring, or a passkey on a PC. Phishing-resistant and phone-free; about the price of a lunch per key. The strongest choice.',
	explainHardwareOath:
		'Hardware OATH tokens: small devices showing a six-digit code. Phone-free, but phishable; the tokens are bought and their secrets uploaded (Entra admin center). Beta in Graph.',
	explainTemporaryAccessPass:
		'Temporary Access Pass: a time-limited code an admin issues so a person can sign in once and register a key or passkey — onboarding without a phone.',
	thirdPartyQuestion: 'Is a third-party MFA provider used or planned?',
	thirdPartyNo: 'No',
	thirdPartyYes: 'Yes (name it)',
	thirdPartyPrompt: 'Which provider? (recorded as your attestation; Enter saves)',
	thirdPartyPlaceholder: 'e.g. Duo, RSA, Okta',
	optionsIntro: 'Other ways to give people without phones a second factor:',
	optionVirtualAndroid:
		'A virtualised Android device running Microsoft Authenticator (the 2019 guidance’s workaround). It works, but it is one more device to secure and the approvals can still be phished; prefer keys.',
	optionThirdParty:
		'A third-party MFA provider (external authentication method) that offers the factor you need — record which one below; configure it with the vendor.',
	optionP1:
		'Entra ID P1 licences: in 2019 only the Authenticator app came with the free baseline policies. Today the authentication methods policy is free, so keys, tokens and passes need no P1 — but Conditional Access, which can require them, does.',
	optionWhfb:
		'Windows Hello for Business: a PIN or biometric on the user’s PC counts as MFA. Set up with Intune or Group Policy, not here.',
	optionsNote:
		'Other options for people without phones: a virtualised Android device with Authenticator, a third-party MFA provider, Windows Hello for Business; Entra ID P1 is not needed for keys, tokens or passes.',
	openNoPhoneFree: 'Phones are kept out of work, but no phone-free method is switched on or planned.',
	breaksNoPhoneFree: 'People without a phone cannot register MFA and are blocked once it is enforced.',
	openSmsVoice: ({users, date}: {users: number; date: string}) =>
		`At least ${plural(users, 'user has', 'users have')} a phone registered for SMS or voice, which Microsoft retires on ${date}.`,
	changeEnableTitle: ({method}: {method: string}) =>
		`Switch on ${NAMES[method] ?? method} in the authentication methods policy`,
	changeWhy_fido2: 'People without phones need a phone-free, phishing-resistant way to do MFA.',
	changeWhy_hardwareOath: 'People without phones can use a hardware code token instead.',
	changeWhy_temporaryAccessPass:
		'Lets admins issue a one-time pass so people without phones can sign in and register a key.',
} as const;
