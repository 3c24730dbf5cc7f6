import {TextInput} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {useState} from 'react';
import {useUi} from '../context.js';
import {useTyping} from '../input-mode.js';

export interface ConfirmDomainProps {
	/** What will happen, in one or two sentences, shown above the field. */
	readonly consequence: string;
	readonly domain: string;
	readonly onConfirm: () => void;
	readonly onCancel: () => void;
}

/**
 * The confirmation for anything that blocks or challenges users (CONVENTIONS.md): the consequence is stated and the
 * admin types the tenant's domain. Anything else typed cancels nothing and sends nothing; Esc cancels.
 */
export function ConfirmDomain({consequence, domain, onConfirm, onCancel}: ConfirmDomainProps) {
	const {t, theme} = useUi();
	const [mismatch, setMismatch] = useState(false);
	useTyping(true);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.warn.color} paddingX={1}>
			<Text {...theme.warn} wrap="wrap">
				{consequence}
			</Text>
			<Text wrap="wrap">{t('shell.typeDomain', {domain})}</Text>
			<Box>
				<Text {...theme.selected}>{'› '}</Text>
				<TextInput
					placeholder={domain}
					onSubmit={value => {
						if (value.trim().toLowerCase() === domain.toLowerCase()) onConfirm();
						else if (value.trim() === '') onCancel();
						else setMismatch(true);
					}}
				/>
			</Box>
			{mismatch ? <Text {...theme.error}>{t('shell.domainMismatch', {domain})}</Text> : null}
			<Text {...theme.muted}>{t('shell.typeDomainCancel')}</Text>
		</Box>
	);
}
