/**
 * Sign-in method names as admins read them. Graph names methods two ways: `methodsRegistered` of the registration
 * details (`microsoftAuthenticatorPush`, `mobilePhone`…) and the `@odata.type` of a user's methods
 * (`#microsoft.graph.phoneAuthenticationMethod`); both map here. Unknown names are shown as Graph wrote them.
 */
import type {MessageKey, Translator} from '../i18n/index.js';

const LABEL: Readonly<Record<string, MessageKey>> = {
	microsoftauthenticatorpush: 'stepSspr.methodAuthenticator',
	microsoftauthenticator: 'stepSspr.methodAuthenticator',
	microsoftauthenticatorpasswordless: 'stepSspr.methodAuthenticatorPasswordless',
	passwordlessmicrosoftauthenticator: 'stepSspr.methodAuthenticatorPasswordless',
	mobilephone: 'stepSspr.methodPhone',
	alternatemobilephone: 'stepSspr.methodPhone',
	phone: 'stepSspr.methodPhone',
	officephone: 'stepSspr.methodOfficePhone',
	email: 'stepSspr.methodEmail',
	securityquestion: 'stepSspr.methodSecurityQuestions',
	softwareonetimepasscode: 'stepSspr.methodOtpApp',
	softwareoath: 'stepSspr.methodOtpApp',
	hardwareonetimepasscode: 'stepSspr.methodOtpToken',
	hardwareoath: 'stepSspr.methodOtpToken',
	fido2securitykey: 'stepSspr.methodPasskey',
	fido2: 'stepSspr.methodPasskey',
	passkeydevicebound: 'stepSspr.methodPasskey',
	passkeydeviceboundauthenticator: 'stepSspr.methodPasskey',
	passkeydeviceboundwindowshello: 'stepSspr.methodPasskey',
	passkeysynced: 'stepSspr.methodPasskey',
	windowshelloforbusiness: 'stepSspr.methodWindowsHello',
	temporaryaccesspass: 'stepSspr.methodTap',
	platformcredential: 'stepSspr.methodPlatform',
	macossecureenclavekey: 'stepSspr.methodPlatform',
};

/** `phoneAuthenticationMethod` / `#microsoft.graph.phoneAuthenticationMethod` → `phone`. */
function bare(name: string): string {
	return name
		.replace(/^#microsoft\.graph\./i, '')
		.replace(/AuthenticationMethod$/i, '')
		.toLowerCase();
}

export function methodLabel(name: string, t: Translator): string {
	const key = LABEL[bare(name)];
	return key ? t(key) : name;
}

/** Distinct labels, in first-seen order; the password itself is not a method worth listing. */
export function methodLabels(names: readonly string[], t: Translator): string[] {
	return [...new Set(names.filter(n => bare(n) !== 'password').map(n => methodLabel(n, t)))];
}
