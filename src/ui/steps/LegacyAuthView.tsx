import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import stringWidth from 'string-width';
import type {Translator} from '../../i18n/index.js';
import type {LegacyProtocol} from '../../knowledge/legacy-protocols.js';
import {choiceAnswer} from '../../steps/common.js';
import {writeLegacyCsv} from '../../steps/legacy-auth/export.js';
import {
	decisionText,
	effectiveDecision,
	findingSentences,
	kindText,
	LEGACY_DECISIONS,
	type LegacyDecision,
	type LegacyFindings,
	type LegacyItem,
	needsNote,
	offersUnconceal,
	QUESTION_ANSWERS,
	QUESTIONS,
	type QuestionAnswer,
	type QuestionId,
	questionAnswerText,
	questionnaireApplies,
	questionText,
	type RecordedDecision,
	recordedDecisions,
	smtpAuthText,
	UNCONCEAL_CHOICES,
	type UsageRow,
	withDecision,
} from '../../steps/legacy-auth/index.js';
import {useUi} from '../context.js';
import {blank, bullet, clip, type Line, padTo} from '../text.js';
import {useKeys} from '../use-keys.js';
import {ChoiceList} from '../widgets/ChoiceList.js';
import {ScrollText} from '../widgets/ScrollText.js';
import {VirtualList} from '../widgets/VirtualList.js';
import {ItemDetail} from './ItemDetail.js';
import {StepScreen} from './StepScreen.js';
import type {StepViewProps} from './types.js';

type Row =
	| {readonly kind: 'header'; readonly protocol: LegacyProtocol; readonly users: number; readonly signIns: number}
	| {readonly kind: 'item'; readonly item: LegacyItem};

function rowsOf(f: LegacyFindings): Row[] {
	const rows: Row[] = [];
	for (const p of f.protocols) {
		rows.push({kind: 'header', protocol: p.protocol, users: p.users, signIns: p.signIns});
		for (const item of f.items) if (item.protocol === p.protocol) rows.push({kind: 'item', item});
	}
	return rows;
}

function migrateAdvice(protocol: LegacyProtocol, t: Translator): string {
	switch (protocol) {
		case 'POP3':
		case 'IMAP4':
			return t('stepLegacy.explainMigrateMailbox');
		case 'Exchange ActiveSync':
			return t('stepLegacy.explainMigrateEas');
		case 'Authenticated SMTP':
			return t('stepLegacy.explainMigrateSmtp');
		case 'Exchange Online PowerShell':
			return t('stepLegacy.explainMigratePowershell');
		case 'Other clients':
			return t('stepLegacy.explainMigrateOther');
		default:
			return t('stepLegacy.explainMigrateOutlook');
	}
}

export function explainDecision(item: LegacyItem, decision: LegacyDecision, t: Translator): Line[] {
	switch (decision) {
		case 'migrate':
			return [{text: migrateAdvice(item.protocol, t)}];
		case 'appPassword':
			return [
				{text: t('stepLegacy.explainAppPassword'), tone: 'warn'},
				{text: t('stepLegacy.detailPerUser', {state: item.perUserMfa ?? t('stepLegacy.perUserUnknown')})},
			];
		case 'replace':
			return [
				{
					text:
						item.kind === 'device' || item.protocol === 'Authenticated SMTP'
							? t('stepLegacy.explainReplaceDevice')
							: t('stepLegacy.explainReplaceOther'),
				},
			];
		case 'retire':
			return [{text: item.failedOnly ? t('stepLegacy.explainRetireFailedOnly') : t('stepLegacy.explainRetire')}];
		case 'accept':
			return [{text: t('stepLegacy.explainAccept'), tone: 'warn'}];
	}
}

function hintText(hint: string, t: Translator): string {
	const key = `stepLegacy.hint_${hint}`;
	const text = t.dynamic(key);
	return text === key ? hint : text;
}

/** The item in short (above the explanation of the highlighted choice) and in full (below it). */
export function itemLines(item: LegacyItem, decision: RecordedDecision, t: Translator): {head: Line[]; more: Line[]} {
	const head: Line[] = [
		{
			text: t('stepLegacy.detailUser', {upn: item.userPrincipalName, name: item.displayName ?? item.userPrincipalName}),
			tone: 'title',
		},
		item.failedOnly
			? {text: t('stepLegacy.detailFailedOnly'), tone: 'warn'}
			: {
					text: `${item.protocol} · ${t('stepLegacy.detailCounts', {signIns: item.signIns, successful: item.successfulSignIns})}`,
				},
	];
	const more: Line[] = [{text: t('stepLegacy.detailKind', {kind: kindText(item.kind, t)})}];
	if (item.kindHints.length > 0)
		more.push({
			text: t('stepLegacy.detailHints', {hints: item.kindHints.map(h => hintText(h, t)).join(', ')}),
			tone: 'muted',
		});
	more.push({text: t('stepLegacy.detailProtocol', {protocol: item.protocol, app: item.app ?? t('common.unknown')})});
	if (item.device) {
		const device =
			item.operatingSystem && item.operatingSystem !== item.device
				? `${item.device} (${item.operatingSystem})`
				: item.device;
		more.push({text: t('stepLegacy.detailDevice', {device})});
	}
	more.push({text: t('stepLegacy.detailLastSeen', {date: t.dateTime(item.lastSeen)}), tone: 'muted'});
	if (decision.note) head.push({text: t('stepUi.noteLabel', {note: decision.note})});
	if (decision.doneAt) head.push({text: t('stepLegacy.detailDone', {date: t.dateTime(decision.doneAt)}), tone: 'ok'});
	return {head, more};
}

function findingLines(f: LegacyFindings, t: Translator): Line[] {
	const lines: Line[] = [];
	if (f.source === 'usageReport') lines.push({text: t('stepLegacy.lessComplete'), tone: 'warn'});
	for (const sentence of findingSentences(f, t)) {
		const isProtocol = f.protocols.some(p => sentence.startsWith(`${p.protocol}: `));
		const tone =
			sentence === t('stepLegacy.alreadyBlocked')
				? 'ok'
				: sentence === t('stepLegacy.notBlocked') || (f.smtpAuth !== null && sentence === smtpAuthText(f.smtpAuth, t))
					? 'warn'
					: 'plain';
		lines.push(isProtocol ? bullet(sentence) : {text: sentence, tone});
	}
	if (f.concealedNames === true && f.source === 'signInLogs')
		lines.push({text: t('stepLegacy.namesNotNeeded'), tone: 'muted'});
	lines.push(blank, {
		text: f.source === 'signInLogs' ? t('stepLegacy.findingsHint') : t('stepLegacy.findingsHintReport'),
		tone: 'muted',
	});
	return lines;
}

function whyLines(f: LegacyFindings, t: Translator): Line[] {
	return [
		{text: t('stepLegacy.whyLegacy')},
		blank,
		{text: t('stepLegacy.whyBlock')},
		blank,
		{text: t('stepLegacy.appPasswordTruth'), tone: 'warn'},
		...(f.smtpAuth ? [blank, {text: smtpAuthText(f.smtpAuth, t)}] : []),
	];
}

/** Step 2: legacy sign-ins by protocol → user → device, a decision for each, or the usage report and questions. */
export function LegacyAuthView({
	engine,
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<LegacyFindings>) {
	const {t, theme} = useUi();
	const [detail, setDetail] = useState<string | undefined>(undefined);
	const [question, setQuestion] = useState<QuestionId | undefined>(undefined);
	const [status, setStatus] = useState<{text: string; tone: 'ok' | 'error'} | undefined>(undefined);
	const recorded = useMemo(() => recordedDecisions(answers), [answers]);
	const rows = useMemo(() => rowsOf(findings), [findings]);
	const facts = useMemo(() => findingLines(findings, t), [findings, t]);
	const why = useMemo(() => whyLines(findings, t), [findings, t]);
	const [cursor, setCursor] = useState(0);
	const ctx = engine.context();

	const exportCsv = () => {
		try {
			setStatus({
				text: t('stepUi.fileWritten', {path: writeLegacyCsv(findings, answers, ctx.workDir, ctx.now())}),
				tone: 'ok',
			});
		} catch (error) {
			setStatus({text: t('stepUi.fileFailed', {message: (error as Error).message}), tone: 'error'});
		}
	};

	const isModal = detail !== undefined || question !== undefined;
	useKeys(
		input => {
			if (input === 'x') exportCsv();
		},
		{isActive: isFocused && !isModal},
	);

	const tabs = [
		{id: 'findings', label: t('stepUi.tabFindings')},
		...(findings.source === 'signInLogs' ? [{id: 'decide', label: t('stepUi.tabDecide')}] : []),
		...(findings.source !== 'signInLogs' && findings.usageRows.length > 0
			? [{id: 'report', label: t('stepLegacy.tabReport')}]
			: []),
		...(questionnaireApplies(findings) ? [{id: 'questions', label: t('stepLegacy.tabQuestions')}] : []),
		...(offersUnconceal(findings) ? [{id: 'names', label: t('stepLegacy.tabNames')}] : []),
		{id: 'why', label: t('stepUi.tabWhy')},
	];

	const detailItem = detail === undefined ? undefined : findings.items.find(i => i.key === detail);

	const renderDecide = (size: {width: number; height: number}) => {
		if (detailItem) {
			const decision = effectiveDecision(detailItem, recorded);
			const {head, more} = itemLines(detailItem, decision, t);
			return (
				<ItemDetail<LegacyDecision>
					lines={head}
					more={more}
					explain={value => explainDecision(detailItem, value, t)}
					choices={LEGACY_DECISIONS.map(value => ({value, label: decisionText(value, t)}))}
					current={decision.decision}
					recommended={detailItem.suggested}
					needsNote={needsNote}
					noteDefault={decision.note}
					onChoose={(value, note) => {
						onAnswer('decisions', withDecision(answers, detailItem.key, {decision: value, ...(note ? {note} : {})}));
						setDetail(undefined);
						setStatus({text: t('stepUi.saved'), tone: 'ok'});
					}}
					onBack={() => setDetail(undefined)}
					width={size.width}
					height={size.height}
					isFocused={isFocused}
				/>
			);
		}
		const explicit = findings.items.filter(i => recorded.has(i.key)).length;
		return (
			<Box flexDirection="column">
				<Text {...theme.muted} wrap="truncate-end">
					{t('stepUi.answered', {n: explicit, total: findings.items.length})}
				</Text>
				<VirtualList<Row>
					items={rows}
					height={Math.max(size.height - 2, 1)}
					isFocused={isFocused}
					initialIndex={cursor}
					emptyText={t('stepLegacy.noneFound')}
					onHighlight={(_row, index) => setCursor(index)}
					onSelect={row => {
						if (row.kind === 'item') setDetail(row.item.key);
					}}
					onKey={(input, row) => {
						if (input !== 'd' || row.kind !== 'item') return;
						const d = effectiveDecision(row.item, recorded);
						if (d.decision === 'retire' || d.decision === 'accept') {
							setStatus({text: t('stepLegacy.doneNotApplicable'), tone: 'error'});
							return;
						}
						const {explicit: _e, doneAt, ...rest} = d;
						onAnswer('decisions', withDecision(answers, row.item.key, doneAt ? rest : {...rest, doneAt: ctx.now()}));
						setStatus({text: doneAt ? t('stepLegacy.doneCleared') : t('stepLegacy.doneMarked'), tone: 'ok'});
					}}
					renderItem={(row, isSelected) => {
						const style = isSelected && isFocused ? theme.selected : {};
						if (row.kind === 'header') {
							return (
								<Text {...(isSelected && isFocused ? theme.selected : theme.title)} wrap="truncate-end">
									{`${isSelected ? '❯' : ' '} ${t('stepLegacy.groupHeader', {protocol: row.protocol, users: row.users, signIns: row.signIns})}`}
								</Text>
							);
						}
						const item = row.item;
						const d = effectiveDecision(item, recorded);
						const mark = d.doneAt ? '✔' : d.explicit ? '●' : '○';
						const counts = item.failedOnly
							? t('stepLegacy.rowFailed', {total: item.signIns})
							: t('stepLegacy.rowOk', {ok: item.successfulSignIns, total: item.signIns});
						const right = ` ${counts} → ${t.dynamic(`stepLegacy.short_${d.decision}`)}`;
						const name = item.userPrincipalName.split('@')[0] ?? item.userPrincipalName;
						// Devices and shared mailboxes are tagged: they need a replacement, not a new app for a person.
						const tag = item.kind === 'person' ? '' : ` [${t.dynamic(`stepLegacy.kindTag_${item.kind}`)}]`;
						const left = `${isSelected ? '❯' : ' '}  ${mark} ${name}${tag}${item.device ? ` · ${item.device}` : ''}`;
						const room = Math.max(size.width - stringWidth(right) - 1, 8);
						return (
							<Text {...style} wrap="truncate-end">
								{padTo(left, room)}
								<Text {...(d.explicit || (isSelected && isFocused) ? {} : theme.muted)}>
									{clip(right, size.width - room)}
								</Text>
							</Text>
						);
					}}
				/>
			</Box>
		);
	};

	const renderReport = (size: {width: number; height: number}) => (
		<Box flexDirection="column">
			<Text {...theme.warn} wrap="truncate-end">
				{t('stepLegacy.reportHeader')}
			</Text>
			<VirtualList<UsageRow>
				items={findings.usageRows}
				height={Math.max(size.height - 2, 1)}
				isFocused={isFocused}
				renderItem={(row, isSelected) => {
					const protocols = [row.pop3 ? 'POP3' : '', row.imap4 ? 'IMAP4' : '', row.smtp ? 'SMTP' : '']
						.filter(Boolean)
						.join('+');
					const name = row.concealed
						? t('stepLegacy.hiddenName', {hash: `${row.userPrincipalName.slice(0, 8)}…`})
						: (row.displayName ?? row.userPrincipalName);
					const last = row.lastActivityDate ? t.date(`${row.lastActivityDate}T12:00:00Z`) : t('stepLegacy.noActivity');
					return (
						<Text
							{...(isSelected && isFocused ? theme.selected : row.concealed ? theme.muted : {})}
							wrap="truncate-end"
						>
							{`${isSelected ? '❯' : ' '} ${t('stepLegacy.usageRow', {name, protocols, last})}`}
						</Text>
					);
				}}
			/>
		</Box>
	);

	const renderQuestions = (size: {width: number; height: number}) => {
		if (question) {
			const current = choiceAnswer<QuestionAnswer>(answers, question, QUESTION_ANSWERS, 'unsure');
			return (
				<ItemDetail<QuestionAnswer>
					lines={[
						{text: questionText(question, t), tone: 'title'},
						blank,
						{text: t('stepLegacy.questionsIntro'), tone: 'muted'},
					]}
					choices={QUESTION_ANSWERS.map(value => ({value, label: questionAnswerText(value, t)}))}
					current={current}
					onChoose={value => {
						onAnswer(question, value);
						setQuestion(undefined);
					}}
					onBack={() => setQuestion(undefined)}
					width={size.width}
					height={size.height}
					isFocused={isFocused}
				/>
			);
		}
		return (
			<Box flexDirection="column">
				<ScrollText
					lines={[{text: t('stepLegacy.questionsIntro'), tone: 'muted'}]}
					width={size.width}
					height={3}
					isFocused={false}
				/>
				<VirtualList<QuestionId>
					items={QUESTIONS}
					height={Math.max(size.height - 4, 1)}
					isFocused={isFocused}
					onSelect={q => setQuestion(q)}
					renderItem={(q, isSelected) => {
						const answer = questionAnswerText(choiceAnswer<QuestionAnswer>(answers, q, QUESTION_ANSWERS, 'unsure'), t);
						const right = ` → ${answer}`;
						return (
							<Text {...(isSelected && isFocused ? theme.selected : {})} wrap="truncate-end">
								{padTo(
									`${isSelected ? '❯' : ' '} ${questionText(q, t)}`,
									Math.max(size.width - stringWidth(right) - 2, 8),
								)}
								{right}
							</Text>
						);
					}}
				/>
			</Box>
		);
	};

	const renderNames = (size: {width: number; height: number}) => {
		const current = choiceAnswer(answers, 'unconceal', UNCONCEAL_CHOICES, 'no');
		return (
			<Box flexDirection="column">
				<ScrollText
					lines={[{text: t('stepLegacy.namesIntro')}, {text: t('stepLegacy.namesAfter'), tone: 'muted'}]}
					width={size.width}
					height={Math.max(size.height - 5, 2)}
					isFocused={isFocused}
					arrows={false}
				/>
				<Text wrap="truncate-end">{t('stepLegacy.unconcealQuestion')}</Text>
				<ChoiceList
					choices={UNCONCEAL_CHOICES.map(value => ({
						value,
						label: value === 'yes' ? t('stepLegacy.unconcealYes') : t('stepLegacy.unconcealNo'),
					}))}
					current={current}
					recommended="yes"
					isFocused={isFocused}
					onChoose={value => {
						onAnswer('unconceal', value);
						setStatus({text: t('stepUi.saved'), tone: 'ok'});
					}}
				/>
			</Box>
		);
	};

	return (
		<StepScreen
			tabs={tabs}
			width={width}
			height={height}
			isFocused={isFocused}
			isModal={isModal}
			onFinish={onFinish}
			status={status}
			hints={tab =>
				isModal
					? [t('stepUi.keyChoose'), t('stepUi.keyBackToList')]
					: tab === 'decide'
						? [t('stepUi.keyOpen'), t('stepLegacy.keyDone'), t('stepUi.keyExport')]
						: [t('stepUi.keyExport')]
			}
		>
			{(tab, size) => {
				if (tab === 'decide') return renderDecide(size);
				if (tab === 'report') return renderReport(size);
				if (tab === 'questions') return renderQuestions(size);
				if (tab === 'names') return renderNames(size);
				if (tab === 'why')
					return <ScrollText lines={why} width={size.width} height={size.height} isFocused={isFocused} />;
				return <ScrollText lines={facts} width={size.width} height={size.height} isFocused={isFocused} />;
			}}
		</StepScreen>
	);
}
