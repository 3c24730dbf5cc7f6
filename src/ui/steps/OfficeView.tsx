import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {Translator} from '../../i18n/index.js';
import {DATES} from '../../knowledge/dates.js';
import {
	EXO_MODERN_AUTH_CHECK,
	EXO_MODERN_AUTH_ENABLE,
	OFFICE_2013_IDENTITY_KEY,
	OFFICE_2013_MODERN_AUTH_VALUES,
} from '../../knowledge/office.js';
import {writeOffice2013RegFile} from '../../steps/office/export.js';
import {
	EXO_ANSWERS,
	exoAnswer,
	exoAnswerText,
	findingSentences,
	type OfficeFindings,
	OLD_OUTLOOK_PLANS,
	OUTLOOK_2013_PLANS,
	office2013Support,
	oldOutlookPlan,
	oldOutlookPlanText,
	outlook2013Plan,
	outlook2013PlanText,
	versionName,
} from '../../steps/office/index.js';
import {useUi} from '../context.js';
import {blank, bullet, type Line} from '../text.js';
import {useKeys} from '../use-keys.js';
import {ChoiceList} from '../widgets/ChoiceList.js';
import {ScrollText} from '../widgets/ScrollText.js';
import {StepScreen} from './StepScreen.js';
import type {StepViewProps} from './types.js';

function findingLines(f: OfficeFindings, t: Translator): Line[] {
	const lines: Line[] = [];
	for (const sentence of findingSentences(f, t)) {
		const isVersion =
			f.versions?.some(v => sentence === t('stepOffice.versionLine', {name: versionName(v.name, t), users: v.users})) ??
			false;
		const tone =
			sentence === office2013Support(t) ||
			sentence.startsWith(t('stepOffice.oldOutlookFound', {users: f.noModernAuthUsers}))
				? 'warn'
				: 'plain';
		lines.push(isVersion ? bullet(sentence) : {text: sentence, tone});
	}
	if (f.outlook2013.users > 0) {
		if (f.outlook2013.concealed) lines.push({text: t('stepOffice.names2013Concealed'), tone: 'muted'});
		else if (f.outlook2013.names && f.outlook2013.names.length > 0)
			lines.push({text: t('stepOffice.names2013', {names: f.outlook2013.names.join(', ')})});
	}
	return lines;
}

function regLines(f: OfficeFindings, t: Translator): Line[] {
	return [
		...(f.outlook2013.users > 0
			? [{text: office2013Support(t), tone: 'warn' as const}, blank]
			: [{text: t('stepOffice.noOutlook2013'), tone: 'muted' as const}, blank]),
		{text: t('stepOffice.regIntro')},
		{text: t('stepOffice.regKey', {key: OFFICE_2013_IDENTITY_KEY}), tone: 'title', indent: 2, hang: 2},
		...OFFICE_2013_MODERN_AUTH_VALUES.map(
			(v): Line => ({text: t('stepOffice.regValue', {name: v.name, data: v.data}), tone: 'title', indent: 2}),
		),
		{text: t('stepOffice.regHow'), tone: 'muted'},
	];
}

function exoLines(t: Translator): Line[] {
	return [
		{text: t('stepOffice.exoIntro')},
		{text: EXO_MODERN_AUTH_CHECK, tone: 'title', indent: 2},
		bullet(t('stepOffice.exoTrue')),
		bullet(t('stepOffice.exoFalse', {command: EXO_MODERN_AUTH_ENABLE})),
	];
}

function whyLines(t: Translator): Line[] {
	return [
		{text: t('stepOffice.whyModern')},
		blank,
		{text: t('stepOffice.whySupport', {date: t.date(`${DATES.office2016And2019EndOfSupport.date}T12:00:00Z`)})},
	];
}

/** Step 3: Office licences and Outlook versions, the Outlook 2013 .reg file, and the Exchange modern-auth check. */
export function OfficeView({
	engine,
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<OfficeFindings>) {
	const {t} = useUi();
	const [status, setStatus] = useState<{text: string; tone: 'ok' | 'error'} | undefined>(undefined);
	const facts = useMemo(() => findingLines(findings, t), [findings, t]);
	const reg = useMemo(() => regLines(findings, t), [findings, t]);
	const exo = useMemo(() => exoLines(t), [t]);
	const why = useMemo(() => whyLines(t), [t]);
	const [tab, setTab] = useState('findings');

	useKeys(
		input => {
			if (input !== 'w') return;
			try {
				setStatus({
					text: t('stepUi.fileWritten', {path: writeOffice2013RegFile(engine.context().workDir)}),
					tone: 'ok',
				});
			} catch (error) {
				setStatus({text: t('stepUi.fileFailed', {message: (error as Error).message}), tone: 'error'});
			}
		},
		{isActive: isFocused && tab === 'outlook2013'},
	);

	const tabs = [
		{id: 'findings', label: t('stepUi.tabFindings')},
		{id: 'outlook2013', label: t('stepOffice.tabOutlook2013')},
		...(findings.noModernAuthUsers > 0 ? [{id: 'old', label: t('stepOffice.tabOldOutlook')}] : []),
		{id: 'exchange', label: t('stepOffice.tabExchange')},
		{id: 'why', label: t('stepUi.tabWhy')},
	];
	const saved = () => setStatus({text: t('stepUi.saved'), tone: 'ok'});

	return (
		<StepScreen
			tabs={tabs}
			width={width}
			height={height}
			isFocused={isFocused}
			onFinish={onFinish}
			onTabChange={setTab}
			status={status}
			hints={active =>
				active === 'outlook2013'
					? [t('stepUi.keyChoose'), t('stepUi.keyWriteReg')]
					: active === 'exchange' || active === 'old'
						? [t('stepUi.keyChoose')]
						: []
			}
		>
			{(active, size) => {
				if (active === 'outlook2013') {
					const has = findings.outlook2013.users > 0;
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={reg}
								width={size.width}
								height={has ? Math.max(size.height - OUTLOOK_2013_PLANS.length - 2, 3) : size.height}
								isFocused={isFocused}
								arrows={!has}
							/>
							{has ? (
								<>
									<Text wrap="truncate-end">
										{t('stepOffice.outlook2013Question', {users: findings.outlook2013.users})}
									</Text>
									<ChoiceList
										choices={OUTLOOK_2013_PLANS.map(value => ({value, label: outlook2013PlanText(value, t)}))}
										current={outlook2013Plan(answers)}
										recommended="regKeysThenUpgrade"
										isFocused={isFocused}
										onChoose={value => {
											onAnswer('outlook2013Plan', value);
											saved();
										}}
									/>
								</>
							) : null}
						</Box>
					);
				}
				if (active === 'old') {
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={[{text: t('stepOffice.oldOutlookFound', {users: findings.noModernAuthUsers}), tone: 'warn'}]}
								width={size.width}
								height={Math.max(size.height - OLD_OUTLOOK_PLANS.length - 2, 3)}
								isFocused={isFocused}
								arrows={false}
							/>
							<Text wrap="truncate-end">{t('stepOffice.oldOutlookQuestion', {users: findings.noModernAuthUsers})}</Text>
							<ChoiceList
								choices={OLD_OUTLOOK_PLANS.map(value => ({value, label: oldOutlookPlanText(value, t)}))}
								current={oldOutlookPlan(answers)}
								recommended="upgrade"
								isFocused={isFocused}
								onChoose={value => {
									onAnswer('oldOutlookPlan', value);
									saved();
								}}
							/>
						</Box>
					);
				}
				if (active === 'exchange') {
					return (
						<Box flexDirection="column">
							<ScrollText
								lines={exo}
								width={size.width}
								height={Math.max(size.height - EXO_ANSWERS.length - 2, 3)}
								isFocused={isFocused}
								arrows={false}
							/>
							<Text wrap="truncate-end">{t('stepOffice.exoQuestion')}</Text>
							<ChoiceList
								choices={EXO_ANSWERS.map(value => ({value, label: exoAnswerText(value, t)}))}
								current={exoAnswer(answers)}
								isFocused={isFocused}
								onChoose={value => {
									onAnswer('exoModernAuth', value);
									saved();
								}}
							/>
						</Box>
					);
				}
				if (active === 'why')
					return <ScrollText lines={why} width={size.width} height={size.height} isFocused={isFocused} />;
				return <ScrollText lines={facts} width={size.width} height={size.height} isFocused={isFocused} />;
			}}
		</StepScreen>
	);
}
