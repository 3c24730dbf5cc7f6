import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import stringWidth from 'string-width';
import type {Translator} from '../../i18n/index.js';
import {AADSTS} from '../../knowledge/aadsts.js';
import {DATES} from '../../knowledge/dates.js';
import {REMEDIATION_LINKS} from '../../knowledge/remediation.js';
import {
	type AccountDecision,
	type AutomationAccount,
	type AutomationFindings,
	accountDecision,
	accountStatus,
	CHECKLISTS,
	checklistText,
	errorSentences,
	FIXES,
	type Fix,
	findingSentences,
	fixText,
	reasonText,
	withAccount,
} from '../../steps/automation/index.js';
import {useUi} from '../context.js';
import {blank, bullet, clip, type Line, padTo} from '../text.js';
import {useKeys} from '../use-keys.js';
import {CheckList} from '../widgets/CheckList.js';
import {ChoiceList} from '../widgets/ChoiceList.js';
import {NoteInput} from '../widgets/NoteInput.js';
import {ScrollText} from '../widgets/ScrollText.js';
import {VirtualList} from '../widgets/VirtualList.js';
import {StepScreen} from './StepScreen.js';
import type {StepViewProps} from './types.js';

const FIX_LINKS: Readonly<Record<Fix, string | undefined>> = {
	secureAppModel: REMEDIATION_LINKS.secureAppModel,
	managedIdentity: REMEDIATION_LINKS.managedIdentity,
	certificateApp: REMEDIATION_LINKS.certificateAppGraph,
	interactiveMfa: REMEDIATION_LINKS.exchangeOnlinePowerShell,
	seeLegacy: undefined,
};

export function explainFix(fix: Fix, t: Translator): Line[] {
	const text = t.dynamic(`stepAutomation.explain${fix.charAt(0).toUpperCase()}${fix.slice(1)}`);
	const link = FIX_LINKS[fix];
	return [{text}, ...(link ? [{text: link, tone: 'muted' as const}] : [])];
}

export function accountLines(account: AutomationAccount, decision: AccountDecision, t: Translator): Line[] {
	const lines: Line[] = [
		{text: `${account.displayName ?? account.userPrincipalName} (${account.userPrincipalName})`, tone: 'title'},
		...account.reasons.map(r => bullet(reasonText(r, t), 'warn')),
	];
	if (decision.accepted) lines.push({text: t('stepAutomation.acceptedNote', {reason: decision.accepted}), tone: 'ok'});
	lines.push({
		text: t('stepAutomation.detailCounts', {signIns: account.signIns, singleFactor: account.singleFactorSignIns}),
	});
	if (account.apps.length > 0) {
		lines.push({text: t('stepAutomation.detailApps')});
		for (const app of account.apps)
			lines.push(
				bullet(t('stepAutomation.appLine', {name: app.name, signIns: app.signIns, date: t.dateTime(app.lastSeen)})),
			);
	}
	if (account.protocols.length > 0)
		lines.push({text: t('stepAutomation.detailProtocols', {protocols: account.protocols.join(', ')}), tone: 'muted'});
	if (account.resources.length > 0)
		lines.push({text: t('stepAutomation.detailResources', {resources: account.resources.join(', ')}), tone: 'muted'});
	if (account.lastSeen)
		lines.push({text: t('stepAutomation.detailLastSeen', {date: t.dateTime(account.lastSeen)}), tone: 'muted'});
	return lines;
}

function errorLines(t: Translator): Line[] {
	const [m50076, after50076, fix50076, m700082, after700082] = errorSentences(t);
	return [
		{text: m50076 ?? '', tone: 'title'},
		{text: after50076 ?? ''},
		{text: fix50076 ?? ''},
		{text: AADSTS[50076].link, tone: 'muted'},
		blank,
		{text: m700082 ?? '', tone: 'title'},
		{text: after700082 ?? ''},
		{text: REMEDIATION_LINKS.refreshTokens, tone: 'muted'},
	];
}

function whyLines(t: Translator): Line[] {
	return [
		{text: t('stepAutomation.whyUserCredentials')},
		blank,
		{text: t('stepAutomation.whyMandatory', {date: t.date(`${DATES.mandatoryAzureMfaPhase2.date}T12:00:00Z`)})},
		blank,
		{text: t('stepAutomation.whyChecklist'), tone: 'muted'},
	];
}

interface DetailProps {
	readonly account: AutomationAccount;
	readonly decision: AccountDecision;
	readonly onSave: (record: {fix?: Fix; done?: readonly string[]; accepted?: string}, message: string) => void;
	readonly onBack: () => void;
	readonly width: number;
	readonly height: number;
	readonly isFocused: boolean;
}

function AccountDetail({account, decision, onSave, onBack, width, height, isFocused}: DetailProps) {
	const {t, theme} = useUi();
	const [mode, setMode] = useState<'checklist' | 'fix' | 'accept'>('checklist');
	const [highlight, setHighlight] = useState<Fix>(decision.fix);
	const base = {fix: decision.explicit ? decision.fix : undefined, done: decision.done, accepted: decision.accepted};
	useKeys(
		(input, key) => {
			if (key.leftArrow || key.backspace || key.delete) onBack();
			else if (input === 'c') setMode('fix');
			else if (input === 'a') {
				if (decision.accepted) onSave({...base, accepted: undefined}, t('stepAutomation.acceptCleared'));
				else setMode('accept');
			}
		},
		{isActive: isFocused && mode === 'checklist'},
	);
	useKeys(
		(_input, key) => {
			if (key.leftArrow || key.backspace || key.delete) setMode('checklist');
		},
		{isActive: isFocused && mode === 'fix'},
	);
	const checklist = CHECKLISTS[mode === 'fix' ? highlight : decision.fix];
	const lines = [
		...accountLines(account, decision, t),
		blank,
		...explainFix(mode === 'fix' ? highlight : decision.fix, t),
	];
	const bottom = mode === 'fix' ? FIXES.length + 2 : mode === 'accept' ? 4 : checklist.length + 3;
	return (
		<Box flexDirection="column">
			<ScrollText
				lines={lines}
				width={width}
				height={Math.max(height - bottom - 1, 3)}
				isFocused={isFocused && mode !== 'accept'}
				arrows={false}
			/>
			{mode === 'accept' ? (
				<NoteInput
					prompt={t('stepAutomation.acceptPrompt')}
					placeholder={t('stepAutomation.acceptPlaceholder')}
					onSubmit={reason => {
						setMode('checklist');
						onSave({...base, accepted: reason}, t('stepUi.saved'));
					}}
					onCancel={() => setMode('checklist')}
				/>
			) : mode === 'fix' ? (
				<>
					<Text wrap="truncate-end">{t('stepAutomation.chooseFix')}</Text>
					<ChoiceList<Fix>
						choices={FIXES.map(value => ({value, label: fixText(value, t)}))}
						current={decision.fix}
						recommended={account.suggested}
						isFocused={isFocused}
						onHighlight={setHighlight}
						onChoose={fix => {
							setMode('checklist');
							onSave(
								{fix, done: fix === decision.fix ? decision.done : [], accepted: decision.accepted},
								t('stepUi.saved'),
							);
						}}
					/>
				</>
			) : (
				<>
					<Text {...theme.title} wrap="truncate-end">
						{`${t('stepAutomation.fixLabel', {fix: fixText(decision.fix, t)})} · ${t('stepAutomation.progress', {done: decision.done.length, total: checklist.length})}`}
					</Text>
					<CheckList
						choices={checklist.map(id => ({value: id, label: checklistText(id, t)}))}
						checked={decision.done}
						isFocused={isFocused}
						onChange={done => onSave({...base, done}, t('stepUi.saved'))}
					/>
				</>
			)}
		</Box>
	);
}

/** Step 5: accounts scripts and integrations sign in with, each with its evidence, fix and checklist. */
export function AutomationView({
	engine,
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<AutomationFindings>) {
	const {t, theme} = useUi();
	const [detail, setDetail] = useState<string | undefined>(undefined);
	const [cursor, setCursor] = useState(0);
	const [status, setStatus] = useState<{text: string; tone: 'ok' | 'error'} | undefined>(undefined);
	const facts = useMemo(() => {
		const accounts = new Set(
			findings.accounts.map(a =>
				t('stepAutomation.accountLine', {
					upn: a.userPrincipalName,
					reasons: a.reasons.map(r => reasonText(r, t)).join('; '),
					signIns: a.signIns,
				}),
			),
		);
		return findingSentences(findings, t).map(
			(text, i): Line => (accounts.has(text) ? bullet(text) : {text, tone: i === 0 ? 'plain' : 'warn'}),
		);
	}, [findings, t]);
	const errors = useMemo(() => errorLines(t), [t]);
	const why = useMemo(() => whyLines(t), [t]);
	const tabs = [
		{id: 'findings', label: t('stepUi.tabFindings')},
		{id: 'accounts', label: t('stepAutomation.tabAccounts')},
		{id: 'errors', label: t('stepAutomation.tabErrors')},
		{id: 'why', label: t('stepUi.tabWhy')},
	];
	const account = detail === undefined ? undefined : findings.accounts.find(a => a.key === detail);
	const legacyAnswers = engine.answers('legacy-auth');
	const tenant = engine.assessment?.tenant;
	// The tenant's own domain adds nothing in a one-row list: show the local part, keep other domains whole.
	const shortUpn = (value: string) => {
		const [local, domain] = value.split('@');
		const own = [tenant?.defaultDomain, tenant?.initialDomain].map(d => d?.toLowerCase());
		return local && domain && own.includes(domain.toLowerCase()) ? local : value;
	};

	return (
		<StepScreen
			tabs={tabs}
			width={width}
			height={height}
			isFocused={isFocused}
			isModal={account !== undefined}
			onFinish={onFinish}
			status={status}
			hints={active =>
				account
					? [
							t('stepUi.keyToggle'),
							t('stepAutomation.keyFix'),
							t('stepAutomation.keyAccept'),
							t('stepUi.keyBackToList'),
						]
					: active === 'accounts'
						? [t('stepUi.keyOpen')]
						: []
			}
		>
			{(active, size) => {
				if (active === 'accounts') {
					if (account) {
						return (
							<AccountDetail
								key={account.key}
								account={account}
								decision={accountDecision(account, answers, legacyAnswers)}
								onSave={(record, message) => {
									onAnswer('accounts', withAccount(answers, account.key, record));
									setStatus({text: message, tone: 'ok'});
								}}
								onBack={() => setDetail(undefined)}
								width={size.width}
								height={size.height}
								isFocused={isFocused}
							/>
						);
					}
					return (
						<VirtualList<AutomationAccount>
							items={findings.accounts}
							height={Math.max(size.height - 1, 1)}
							isFocused={isFocused}
							initialIndex={cursor}
							emptyText={findings.available ? t('stepAutomation.noneFound') : t('stepAutomation.unavailable')}
							onHighlight={(_a, index) => setCursor(index)}
							onSelect={a => setDetail(a.key)}
							renderItem={(a, isSelected) => {
								const d = accountDecision(a, answers, legacyAnswers);
								const state = accountStatus(d);
								const mark = state === 'resolved' ? '✔' : state === 'accepted' ? '≈' : '○';
								const right =
									state === 'open'
										? ` ${d.done.length}/${CHECKLISTS[d.fix].length} · ${t.dynamic(`stepAutomation.fixShort_${d.fix}`)}`
										: ` ${t(state === 'resolved' ? 'stepAutomation.statusResolved' : 'stepAutomation.statusAccepted')}`;
								const rightCut = clip(right, Math.floor(size.width / 2));
								const room = Math.max(size.width - stringWidth(rightCut) - 1, 8);
								return (
									<Text {...(isSelected && isFocused ? theme.selected : {})} wrap="truncate-end">
										{padTo(`${isSelected ? '❯' : ' '} ${mark} ${shortUpn(a.userPrincipalName)}`, room)}
										<Text {...(state === 'open' && !(isSelected && isFocused) ? theme.warn : {})}>{rightCut}</Text>
									</Text>
								);
							}}
						/>
					);
				}
				if (active === 'errors')
					return <ScrollText lines={errors} width={size.width} height={size.height} isFocused={isFocused} />;
				if (active === 'why')
					return <ScrollText lines={why} width={size.width} height={size.height} isFocused={isFocused} />;
				return <ScrollText lines={facts} width={size.width} height={size.height} isFocused={isFocused} />;
			}}
		</StepScreen>
	);
}
