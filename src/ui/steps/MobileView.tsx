import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {Translator} from '../../i18n/index.js';
import {PHONE_FREE_METHODS, type PhoneFreeMethod} from '../../knowledge/auth-methods.js';
import {choiceAnswer, textAnswer} from '../../steps/common.js';
import {
	chosenMethods,
	findingSentences,
	type MobileFindings,
	methodName,
	methodOf,
	PHONE_POLICIES,
	phonePolicy,
	phonePolicyText,
	registeredName,
	smsVoiceSentences,
	THIRD_PARTY,
} from '../../steps/mobile/index.js';
import {useUi} from '../context.js';
import {blank, bullet, type Line} from '../text.js';
import {CheckList} from '../widgets/CheckList.js';
import {ChoiceList} from '../widgets/ChoiceList.js';
import {NoteInput} from '../widgets/NoteInput.js';
import {ScrollText} from '../widgets/ScrollText.js';
import {StepScreen} from './StepScreen.js';
import type {StepViewProps} from './types.js';

function findingLines(f: MobileFindings, t: Translator): Line[] {
	const telephony = new Set(smsVoiceSentences(f, t));
	const registered = new Set(
		(f.registered ?? []).map(r =>
			t('stepMobile.registeredLine', {method: registeredName(r.method, t), users: r.users}),
		),
	);
	const off = PHONE_FREE_METHODS.map(id => methodOf(f, id))
		.filter(x => x !== undefined)
		.filter(x => x.state !== 'enabled');
	const offText =
		off.length > 0 ? t('stepMobile.phoneFreeOff', {methods: off.map(x => methodName(x.id, t)).join(', ')}) : '';
	return findingSentences(f, t).map(text =>
		registered.has(text) ? bullet(text) : {text, tone: telephony.has(text) || text === offText ? 'warn' : 'plain'},
	);
}

function optionLines(t: Translator): Line[] {
	return [
		{text: t('stepMobile.optionsIntro')},
		bullet(t('stepMobile.optionWhfb')),
		bullet(t('stepMobile.optionVirtualAndroid')),
		bullet(t('stepMobile.optionThirdParty')),
		bullet(t('stepMobile.optionP1')),
	];
}

function explainMethod(id: PhoneFreeMethod, t: Translator): string {
	return t.dynamic(`stepMobile.explain${id.charAt(0).toUpperCase()}${id.slice(1)}`);
}

/** Step 4: are phones allowed at work, which methods are allowed and registered, and which phone-free ones to add. */
export function MobileView({
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<MobileFindings>) {
	const {t, theme} = useUi();
	const [status, setStatus] = useState<{text: string; tone: 'ok' | 'error'} | undefined>(undefined);
	const [asking, setAsking] = useState<'groups' | 'provider' | undefined>(undefined);
	const [highlight, setHighlight] = useState<PhoneFreeMethod>('fido2');
	const facts = useMemo(() => findingLines(findings, t), [findings, t]);
	const options = useMemo(() => optionLines(t), [t]);
	const policy = phonePolicy(answers);
	const chosen = chosenMethods(answers);
	const groups = textAnswer(answers, 'phoneFreeGroups');
	const thirdParty = choiceAnswer(answers, 'thirdParty', THIRD_PARTY, 'no');
	const provider = textAnswer(answers, 'thirdPartyName');
	const saved = () => setStatus({text: t('stepUi.saved'), tone: 'ok'});

	const tabs = [
		{id: 'findings', label: t('stepUi.tabFindings')},
		{id: 'phones', label: t('stepMobile.tabPolicy')},
		{id: 'methods', label: t('stepMobile.tabMethods')},
		{id: 'options', label: t('stepMobile.tabOptions')},
	];

	const stateLabel = (id: PhoneFreeMethod) => {
		const current = methodOf(findings, id);
		if (current?.state === 'enabled') return t('stepMobile.alreadyOn');
		if (chosen.includes(id)) return t('stepMobile.willEnable');
		return current ? t('stepMobile.notPlanned') : t('stepMobile.stateUnknown');
	};

	return (
		<StepScreen
			tabs={tabs}
			width={width}
			height={height}
			isFocused={isFocused}
			isModal={asking !== undefined}
			onFinish={onFinish}
			status={status}
			hints={active =>
				active === 'methods'
					? [t('stepUi.keyMove'), t('stepUi.keyToggle')]
					: active === 'phones' || active === 'options'
						? [t('stepUi.keyChoose')]
						: []
			}
		>
			{(active, size) => {
				if (active === 'phones') {
					if (asking === 'groups') {
						return (
							<NoteInput
								prompt={t('stepMobile.groupsPrompt')}
								placeholder={t('stepMobile.groupsPlaceholder')}
								defaultValue={groups}
								onSubmit={note => {
									onAnswer('phoneFreeGroups', note);
									setAsking(undefined);
									saved();
								}}
								onCancel={() => setAsking(undefined)}
							/>
						);
					}
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={[
									{text: t('stepMobile.policyIntro')},
									...(groups ? [{text: t('stepMobile.groupsLabel', {groups}), tone: 'muted' as const}] : []),
								]}
								width={size.width}
								height={Math.max(size.height - PHONE_POLICIES.length - 2, 3)}
								isFocused={isFocused}
								arrows={false}
							/>
							<Text wrap="truncate-end">{t('stepMobile.policyQuestion')}</Text>
							<ChoiceList
								choices={PHONE_POLICIES.map(value => ({value, label: phonePolicyText(value, t)}))}
								current={policy}
								isFocused={isFocused}
								onChoose={value => {
									onAnswer('phonesAtWork', value);
									if (value === 'someGroups') setAsking('groups');
									else saved();
								}}
							/>
						</Box>
					);
				}
				if (active === 'methods') {
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={[
									{text: t('stepMobile.methodsIntro'), tone: 'muted'},
									blank,
									{text: explainMethod(highlight, t)},
								]}
								width={size.width}
								height={Math.max(size.height - PHONE_FREE_METHODS.length - 2, 3)}
								isFocused={isFocused}
								arrows={false}
							/>
							<Text wrap="truncate-end">{t('stepMobile.methodsQuestion')}</Text>
							<CheckList<PhoneFreeMethod>
								choices={PHONE_FREE_METHODS.map(id => ({value: id, label: `${methodName(id, t)} — ${stateLabel(id)}`}))}
								checked={chosen}
								isFocused={isFocused}
								onHighlight={setHighlight}
								onChange={next => {
									onAnswer('phoneFreeMethods', next);
									saved();
								}}
							/>
						</Box>
					);
				}
				if (active === 'options') {
					if (asking === 'provider') {
						return (
							<NoteInput
								prompt={t('stepMobile.thirdPartyPrompt')}
								placeholder={t('stepMobile.thirdPartyPlaceholder')}
								defaultValue={provider}
								onSubmit={name => {
									onAnswer('thirdPartyName', name);
									onAnswer('thirdParty', 'yes');
									setAsking(undefined);
									saved();
								}}
								onCancel={() => setAsking(undefined)}
							/>
						);
					}
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={options}
								width={size.width}
								height={Math.max(size.height - THIRD_PARTY.length - 2, 3)}
								isFocused={isFocused}
								arrows={false}
							/>
							<Text wrap="truncate-end">
								{t('stepMobile.thirdPartyQuestion')}
								{thirdParty === 'yes' && provider ? <Text {...theme.muted}>{` (${provider})`}</Text> : null}
							</Text>
							<ChoiceList
								choices={THIRD_PARTY.map(value => ({
									value,
									label: value === 'yes' ? t('stepMobile.thirdPartyYes') : t('stepMobile.thirdPartyNo'),
								}))}
								current={thirdParty}
								isFocused={isFocused}
								onChoose={value => {
									if (value === 'yes') setAsking('provider');
									else {
										onAnswer('thirdParty', 'no');
										saved();
									}
								}}
							/>
						</Box>
					);
				}
				return <ScrollText lines={facts} width={size.width} height={size.height} isFocused={isFocused} />;
			}}
		</StepScreen>
	);
}
