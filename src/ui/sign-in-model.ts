/**
 * Bridges the auth layer's callbacks (SignInUi) to the Ink sign-in screen: it keeps what the screen shows and tells the
 * screen when it changes.
 */
import type {AuthNotice, DeviceCodePrompt, SignedInAccount, SignInUi} from '../auth/auth.js';

export interface SignInView {
	readonly deviceCode?: DeviceCodePrompt;
	/** When the device code was shown (ms), for the countdown. */
	readonly deviceCodeAt?: number;
	readonly browserUrl?: string;
	readonly notices: readonly AuthNotice[];
	readonly account?: SignedInAccount;
}

export interface SignInModel {
	readonly ui: SignInUi;
	getSnapshot(): SignInView;
	subscribe(listener: () => void): () => void;
}

export function createSignInModel(now: () => number): SignInModel {
	let view: SignInView = {notices: []};
	const listeners = new Set<() => void>();
	const update = (next: Partial<SignInView>) => {
		view = {...view, ...next};
		for (const listener of listeners) listener();
	};
	return {
		ui: {
			canPrompt: true,
			onDeviceCode: prompt => update({deviceCode: prompt, deviceCodeAt: now(), browserUrl: undefined}),
			onBrowser: url => update({browserUrl: url, deviceCode: undefined}),
			onNotice: notice => update({notices: [...view.notices, notice]}),
			onSignedIn: account => update({account}),
		},
		getSnapshot: () => view,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
