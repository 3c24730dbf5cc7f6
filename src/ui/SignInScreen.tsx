import {Spinner} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useSyncExternalStore} from 'react';
import {useUi} from './context.js';
import type {SignInModel} from './sign-in-model.js';

export interface SignInScreenProps {
	readonly model: SignInModel;
	readonly isDemo: boolean;
}

/**
 * Sign-in: the device code, the address, and a QR code of the address (for a phone), or the browser address; notices
 * such as "device code is blocked, using the browser" appear as they come.
 */
export function SignInScreen({model, isDemo}: SignInScreenProps) {
	const {t, theme} = useUi();
	const view = useSyncExternalStore(model.subscribe, model.getSnapshot);
	const code = view.deviceCode;
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text {...theme.title}>{t('auth.deviceCodeTitle')}</Text>
			{view.notices.map(notice => (
				<Text key={`${notice.kind}-${notice.text}`} {...theme.warn} wrap="wrap">
					{notice.text}
				</Text>
			))}
			{code ? (
				<Box marginTop={1}>
					<Box flexDirection="column" marginRight={2} flexShrink={0}>
						<Text>{code.qr.trimEnd()}</Text>
					</Box>
					<Box flexDirection="column" flexShrink={1}>
						<Text wrap="wrap">{t('auth.deviceCodeOpen', {url: code.verificationUri})}</Text>
						<Text wrap="wrap">{t('auth.deviceCodeEnter', {code: ''}).trim()}</Text>
						<Box marginY={1}>
							<Text bold inverse>{` ${code.userCode} `}</Text>
						</Box>
						<Text {...theme.muted} wrap="wrap">
							{t('auth.deviceCodeExpires', {minutes: Math.max(1, Math.round(code.expiresInSeconds / 60))})}
						</Text>
						{isDemo ? (
							<Text {...theme.muted} wrap="wrap">
								{t('shell.demoApproves')}
							</Text>
						) : null}
						<Box marginTop={1}>
							<Spinner label={t('auth.waiting')} />
						</Box>
					</Box>
				</Box>
			) : view.browserUrl ? (
				<Box flexDirection="column" marginTop={1}>
					<Text wrap="wrap">{t('auth.browserOpening')}</Text>
					<Text {...theme.selected} wrap="wrap">
						{view.browserUrl}
					</Text>
					<Box marginTop={1}>
						<Spinner label={t('auth.waiting')} />
					</Box>
				</Box>
			) : view.account ? (
				<Text {...theme.ok}>{t('auth.signedIn', {user: view.account.username, tenant: view.account.tenantId})}</Text>
			) : (
				<Box marginTop={1}>
					<Spinner label={t('shell.signingIn')} />
				</Box>
			)}
		</Box>
	);
}
