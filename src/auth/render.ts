/**
 * Plain-text sign-in for headless commands (`check`, `setup`, `--sign-out`): writes the device-code prompt, the
 * browser URL and notices to a stream (stderr, so `check --json` keeps stdout clean). The wizard's Ink screen gets
 * the same data through SignInUi's callbacks instead.
 */
import type {Translator} from '../i18n/index.js';
import type {AuthNotice, DeviceCodePrompt, SignedInAccount, SignInUi} from './auth.js';

export interface TextSignInUiOptions {
	readonly t: Translator;
	/** Where lines go (stderr). */
	readonly write: (text: string) => void;
	/** A person can act on a prompt (stdin and stderr are terminals). */
	readonly canPrompt: boolean;
	/** Print the QR code (off when the terminal is narrow or --no-color plain output is wanted). */
	readonly showQr?: boolean;
}

export function renderDeviceCode(prompt: DeviceCodePrompt, t: Translator, showQr = true): string {
	const lines = [
		'',
		t('auth.deviceCodeTitle'),
		`  ${t('auth.deviceCodeOpen', {url: prompt.verificationUri})}`,
		`  ${t('auth.deviceCodeEnter', {code: prompt.userCode})}`,
		`  ${t('auth.deviceCodeExpires', {minutes: Math.max(1, Math.round(prompt.expiresInSeconds / 60))})}`,
	];
	if (showQr && prompt.qr) lines.push('', t('auth.deviceCodeQr'), prompt.qr);
	lines.push('', t('auth.waiting'), '');
	return lines.join('\n');
}

export function createTextSignInUi(options: TextSignInUiOptions): SignInUi {
	const {t, write} = options;
	return {
		canPrompt: options.canPrompt,
		onDeviceCode(prompt: DeviceCodePrompt) {
			write(renderDeviceCode(prompt, t, options.showQr ?? true));
		},
		onBrowser(url: string) {
			write(`\n${t('auth.browserOpening')}\n  ${url}\n\n${t('auth.waiting')}\n`);
		},
		onNotice(notice: AuthNotice) {
			write(`${notice.text}\n`);
		},
		onSignedIn(account: SignedInAccount) {
			write(
				`${
					account.kind === 'app'
						? t('auth.signedInApp', {clientId: account.clientId, tenant: account.tenantId})
						: account.via === 'token'
							? t('auth.usingSuppliedToken', {user: account.username, tenant: account.tenantId})
							: t('auth.signedIn', {user: account.username, tenant: account.tenantId})
				}\n`,
			);
		},
	};
}
