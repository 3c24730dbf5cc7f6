import {TextInput} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {useUi} from '../../context.js';
import {useTyping} from '../../input-mode.js';
import {Hint, Line, Para, type ScreenProps, useBack} from './common.js';

/**
 * Security defaults: what they enforce and that they allow no exclusions; refused while Conditional Access policies
 * are on (named), unless the admin chooses to move those to report-only first — the CA → security-defaults switch.
 */
export function SecurityDefaultsScreen(props: ScreenProps) {
	const {findings, analysis, isFocused, onAnswer, go} = props;
	const {t} = useUi();
	const conflicts = analysis.enabledPolicies;
	const switching = analysis.answers.switchFromCa;
	const blocked = conflicts.length > 0 && !switching;
	useBack(isFocused, () => go('hub'));
	useInput(
		(input, key) => {
			if (findings.securityDefaults === true) return;
			if (input === 'y' && conflicts.length > 0 && !switching) {
				onAnswer('switchFromCa', true);
				// Recorded now: a resumed run moves exactly these, even once they are no longer on.
				onAnswer(
					'switchPolicyIds',
					conflicts.map(p => p.id),
				);
			}
			if (key.return && !blocked) go('guard');
		},
		{isActive: isFocused},
	);
	if (findings.securityDefaults === true) {
		return (
			<Box flexDirection="column">
				<Para tone="ok">{t('stepEnforce.sdIsOn')}</Para>
				<Hint>{t('stepEnforce.hintBack')}</Hint>
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Para>{t('stepEnforce.sdWhat')}</Para>
			{conflicts.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Para tone={switching ? 'muted' : 'warn'}>{t('stepEnforce.sdConflicts', {count: conflicts.length})}</Para>
					{conflicts.slice(0, 5).map(p => (
						<Line key={p.id} tone="muted">{`  • ${p.displayName}`}</Line>
					))}
					{conflicts.length > 5 ? <Line tone="muted">{`  … +${conflicts.length - 5}`}</Line> : null}
					<Para tone={switching ? 'ok' : undefined}>
						{switching ? t('stepEnforce.sdSwitchChosen') : t('stepEnforce.sdSwitchOffer')}
					</Para>
				</Box>
			) : null}
			<Hint>{blocked ? t('stepEnforce.hintBack') : t('stepEnforce.sdHint')}</Hint>
		</Box>
	);
}

function ProviderInput({onSubmit}: {readonly onSubmit: (value: string) => void}) {
	const {t, theme} = useUi();
	useTyping(true);
	return (
		<Box flexDirection="column">
			<Para>{t('stepEnforce.tpProvider')}</Para>
			<Box>
				<Text {...theme.selected}>{'› '}</Text>
				<TextInput placeholder="Duo, Okta, RSA…" onSubmit={value => onSubmit(value.trim())} />
			</Box>
		</Box>
	);
}

/** Third-party MFA: the provider's name and the admin's statement, recorded as answers (nothing to change). */
export function ThirdPartyScreen(props: ScreenProps) {
	const {analysis, isFocused, onAnswer, onFinish, go} = props;
	const {t} = useUi();
	const provider = analysis.answers.thirdPartyProvider;
	const [typing, setTyping] = useState(!provider);
	useBack(isFocused && !typing, () => go('hub'));
	useInput(
		(input, key) => {
			if (input === 'y' && provider) onAnswer('thirdPartyAttested', true);
			if (input === 'e') setTyping(true);
			if (key.return && provider && analysis.answers.thirdPartyAttested) onFinish();
		},
		{isActive: isFocused && !typing},
	);
	return (
		<Box flexDirection="column">
			<Para tone="muted">{t('stepEnforce.tpAbout')}</Para>
			<Box marginTop={1} flexDirection="column">
				{typing ? (
					<ProviderInput
						onSubmit={value => {
							if (value) onAnswer('thirdPartyProvider', value);
							setTyping(false);
						}}
					/>
				) : provider ? (
					analysis.answers.thirdPartyAttested ? (
						<Para tone="ok">{t('stepEnforce.tpRecorded', {provider})}</Para>
					) : (
						<Para>{t('stepEnforce.tpAttest', {provider})}</Para>
					)
				) : null}
			</Box>
			<Hint>{t('stepEnforce.tpHint')}</Hint>
		</Box>
	);
}
