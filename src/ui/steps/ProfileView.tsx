import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {Translator} from '../../i18n/index.js';
import {SKU_PRODUCT_NAMES} from '../../knowledge/licences.js';
import {choiceAnswer} from '../../steps/common.js';
import {
	CONFIRM_CHOICES,
	type ConfirmChoice,
	capabilityText,
	enforcementSentences,
	isSovereign,
	type ProfileFindings,
	profileSentences,
} from '../../steps/profile/index.js';
import {useUi} from '../context.js';
import {blank, type Line} from '../text.js';
import {ChoiceList} from '../widgets/ChoiceList.js';
import {ScrollText} from '../widgets/ScrollText.js';
import {StepScreen} from './StepScreen.js';
import type {StepViewProps} from './types.js';

function overviewLines(f: ProfileFindings, t: Translator): Line[] {
	const lines: Line[] = profileSentences(f, t).map(text => ({
		text,
		tone:
			text === t('stepProfile.adminMfaNo') || text === t('stepProfile.sovereignNote')
				? 'warn'
				: text === t('stepProfile.adminMfaYes')
					? 'ok'
					: 'plain',
	}));
	if (f.licences.skusReadable) {
		for (const sku of f.licences.skus) {
			lines.push({
				text: t('stepProfile.skuLine', {
					name: SKU_PRODUCT_NAMES[sku.name] ? `${SKU_PRODUCT_NAMES[sku.name]} (${sku.name})` : sku.name,
					consumed: sku.consumed === null ? '?' : t.number(sku.consumed),
					enabled: sku.enabled === null ? '?' : t.number(sku.enabled),
				}),
				tone: 'muted',
				indent: 2,
			});
		}
	} else {
		lines.push({text: t('stepProfile.skusUnreadable'), tone: 'warn'});
	}
	return lines;
}

function enforcementLines(f: ProfileFindings, t: Translator): Line[] {
	const good = new Set([
		t('stepProfile.sdOn'),
		t('stepProfile.compliantYes'),
		t('stepProfile.verdictAllUsers', {verdict: t('stepProfile.verdictEnforced')}),
		t('stepProfile.verdictAdmins', {verdict: t('stepProfile.verdictEnforced')}),
		t('stepProfile.verdictLegacy', {verdict: t('stepProfile.verdictEnforced')}),
	]);
	return enforcementSentences(f, t).map(text => ({
		text,
		tone: good.has(text)
			? 'ok'
			: text.startsWith('  ')
				? 'muted'
				: text === t('stepProfile.compliantNo')
					? 'warn'
					: 'plain',
		hang: text.startsWith('  ') ? 2 : 0,
	}));
}

function pathLines(f: ProfileFindings, t: Translator): Line[] {
	return [
		{text: t('stepProfile.pathsIntro')},
		blank,
		...f.capabilities.map(
			(c): Line => ({
				text: `${c.status === 'yes' ? '✔' : c.status === 'limited' ? '◐' : '✖'} ${capabilityText(c, t)}`,
				tone: c.status === 'yes' ? 'ok' : c.status === 'limited' ? 'warn' : 'error',
				hang: 2,
			}),
		),
	];
}

/** Step 1: who is signed in, the tenant, its licences and enforcement, what is possible; confirm the tenant. */
export function ProfileView({
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<ProfileFindings>) {
	const {t, theme} = useUi();
	const overview = useMemo(() => overviewLines(findings, t), [findings, t]);
	const enforcement = useMemo(() => enforcementLines(findings, t), [findings, t]);
	const paths = useMemo(() => pathLines(findings, t), [findings, t]);
	const [status, setStatus] = useState<{text: string; tone: 'ok' | 'error'} | undefined>(undefined);
	const confirmed = choiceAnswer<ConfirmChoice>(answers, 'tenantConfirmed', CONFIRM_CHOICES, 'yes');
	const tabs = [
		{id: 'overview', label: t('stepProfile.tabOverview')},
		{id: 'enforcement', label: t('stepProfile.tabEnforcement')},
		{id: 'paths', label: t('stepProfile.tabPaths')},
		{id: 'confirm', label: t('stepProfile.tabConfirm')},
	];
	return (
		<StepScreen tabs={tabs} width={width} height={height} isFocused={isFocused} onFinish={onFinish} status={status}>
			{(tab, size) => {
				if (tab === 'overview')
					return <ScrollText lines={overview} width={size.width} height={size.height} isFocused={isFocused} />;
				if (tab === 'enforcement')
					return <ScrollText lines={enforcement} width={size.width} height={size.height} isFocused={isFocused} />;
				if (tab === 'paths')
					return <ScrollText lines={paths} width={size.width} height={size.height} isFocused={isFocused} />;
				return (
					<Box flexDirection="column">
						<Text wrap="wrap">{t('stepProfile.confirmQuestion')}</Text>
						<Text {...theme.muted} wrap="wrap">
							{`${findings.tenant.name} · ${findings.tenant.defaultDomain ?? findings.tenant.id}`}
						</Text>
						<ChoiceList
							choices={CONFIRM_CHOICES.map(value => ({
								value,
								label: value === 'yes' ? t('stepProfile.confirmYes') : t('stepProfile.confirmNo'),
							}))}
							current={confirmed}
							recommended="yes"
							isFocused={isFocused}
							onChoose={value => {
								onAnswer('tenantConfirmed', value);
								setStatus({text: t('stepUi.saved'), tone: 'ok'});
							}}
						/>
						<Box marginTop={1}>
							<Text {...(confirmed === 'no' ? theme.warn : theme.muted)} wrap="wrap">
								{confirmed === 'no'
									? t('stepProfile.confirmNoHint')
									: isSovereign(findings.tenant.cloud)
										? t('stepProfile.sovereignNote')
										: t('stepUi.finishHint')}
							</Text>
						</Box>
					</Box>
				);
			}}
		</StepScreen>
	);
}
