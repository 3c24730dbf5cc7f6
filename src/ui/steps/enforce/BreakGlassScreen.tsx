import {Spinner, TextInput} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import type {AccountStatus} from '../../../steps/enforce/analysis.js';
import {planAccount, suggestAccountUpn} from '../../../steps/enforce/plan.js';
import {useUi} from '../../context.js';
import {useTyping} from '../../input-mode.js';
import {VirtualList} from '../../widgets/VirtualList.js';
import {Hint, Line, Para, type ScreenProps, useBack} from './common.js';

type Mode =
	| {kind: 'list'}
	| {kind: 'type'}
	| {kind: 'create'; upn: string}
	| {kind: 'working'}
	| {kind: 'password'; upn: string; password: string}
	| {kind: 'notice'; text: string; tone: 'warn' | 'error'};

interface Row {
	readonly entry: string;
	readonly declared: boolean;
	readonly status?: AccountStatus;
}

function statusKey(
	s: AccountStatus,
):
	| 'stepEnforce.bgStatus_ready'
	| 'stepEnforce.bgStatus_missing'
	| 'stepEnforce.bgStatus_disabled'
	| 'stepEnforce.bgStatus_synced'
	| 'stepEnforce.bgStatus_notGlobalAdmin'
	| 'stepEnforce.bgStatus_unknown' {
	if (s.ready) return 'stepEnforce.bgStatus_ready';
	if (s.exists === false) return 'stepEnforce.bgStatus_missing';
	if (s.enabled === false) return 'stepEnforce.bgStatus_disabled';
	if (s.cloudOnly === false) return 'stepEnforce.bgStatus_synced';
	if (s.globalAdmin === false) return 'stepEnforce.bgStatus_notGlobalAdmin';
	return 'stepEnforce.bgStatus_unknown';
}

function TypeAccounts({onSubmit}: {readonly onSubmit: (entries: string[]) => void}) {
	const {t, theme} = useUi();
	useTyping(true);
	return (
		<Box flexDirection="column">
			<Para>{t('stepEnforce.bgTypePrompt')}</Para>
			<Box>
				<Text {...theme.selected}>{'› '}</Text>
				<TextInput
					placeholder="breakglass01@contoso.onmicrosoft.com"
					onSubmit={value =>
						onSubmit(
							value
								.split(',')
								.map(v => v.trim())
								.filter(Boolean),
						)
					}
				/>
			</Box>
		</Box>
	);
}

/**
 * Emergency-access accounts: declare them (the engine keeps the list; never guessed — look-alikes are offered, not
 * assumed), see whether each is ready, or create one: cloud-only, Global Administrator, password shown once.
 */
export function BreakGlassScreen(props: ScreenProps) {
	const {engine, findings, analysis, answers, isFocused, width, height, isDryRun, onAnswer, go} = props;
	const {t, theme} = useUi();
	const [mode, setMode] = useState<Mode>({kind: 'list'});
	useBack(isFocused && (mode.kind === 'list' || mode.kind === 'create'), () =>
		mode.kind === 'create' ? setMode({kind: 'list'}) : go('hub'),
	);

	const declare = async (entries: readonly string[]) => {
		engine.declareBreakGlass(entries);
		// New entries may be accounts the assessment did not list: the step looks them up.
		await engine.reassess('enforce');
	};

	const declared = analysis.accounts.map(a => a.entry.toLowerCase());
	const rows: Row[] = [
		...analysis.accounts.map(status => ({entry: status.entry, declared: true, status})),
		...findings.admins.breakGlassCandidates
			.filter(c => !declared.includes(c.userPrincipalName.toLowerCase()) && !declared.includes(c.id))
			.map(c => ({entry: c.userPrincipalName, declared: false})),
	];

	const create = async (upn: string) => {
		onAnswer('createBreakGlass', upn);
		if (!declared.includes(upn.toLowerCase())) engine.declareBreakGlass([...engine.breakGlass, upn]);
		if (isDryRun) {
			setMode({kind: 'list'});
			return;
		}
		setMode({kind: 'working'});
		try {
			const withUpn = {...answers, createBreakGlass: upn};
			const [createChange] = planAccount(findings, withUpn, engine.context());
			if (!createChange) throw new Error('no account change');
			const before = engine.runner.latest(createChange.id)?.status;
			const [entry] = await engine.apply('enforce', [createChange]);
			const fresh = await engine.reassess<typeof findings>('enforce');
			// Global Administrator needs the new account's id: planned now that the tenant shows it.
			await engine.apply('enforce', planAccount(fresh, withUpn, engine.context()));
			await engine.reassess('enforce');
			// Applying marked the step done: it is not (the policies come next).
			onAnswer('breakGlassCreatedAt', engine.context().now());
			const body = createChange.request.body as {passwordProfile?: {password?: string}};
			if (entry?.status === 'applied' && before === 'applying') {
				setMode({kind: 'notice', text: t('stepEnforce.bgPasswordLost', {upn}), tone: 'warn'});
			} else if (entry?.status === 'applied' && before !== 'applied' && body.passwordProfile?.password) {
				setMode({kind: 'password', upn, password: body.passwordProfile.password});
			} else setMode({kind: 'list'});
		} catch (error) {
			setMode({kind: 'notice', text: (error as Error).message ?? String(error), tone: 'error'});
		}
	};

	useInput(
		(_input, key) => {
			if ((mode.kind === 'password' || mode.kind === 'notice') && key.return) setMode({kind: 'list'});
		},
		{isActive: isFocused && (mode.kind === 'password' || mode.kind === 'notice')},
	);
	useInput(
		input => {
			if (input === 'a') setMode({kind: 'type'});
			if (input === 'c') {
				const upn = analysis.answers.createBreakGlass ?? suggestAccountUpn(findings);
				if (upn) setMode({kind: 'create', upn});
			}
		},
		{isActive: isFocused && mode.kind === 'list'},
	);
	useInput(
		input => {
			if (mode.kind === 'create' && input === 'y') void create(mode.upn);
			if (mode.kind === 'create' && input === 'n') setMode({kind: 'list'});
		},
		{isActive: isFocused && mode.kind === 'create'},
	);

	if (mode.kind === 'working') return <Spinner label={t('stepEnforce.bgCreating')} />;
	if (mode.kind === 'password') {
		return (
			<Box flexDirection="column">
				<Para tone="ok">{t('stepEnforce.bgCreated', {upn: mode.upn})}</Para>
				<Box marginY={1}>
					<Text bold>{mode.password}</Text>
				</Box>
				<Para tone="warn">{t('stepEnforce.bgPasswordAbout')}</Para>
				<Hint>{t('stepEnforce.bgPasswordStored')}</Hint>
			</Box>
		);
	}
	if (mode.kind === 'notice') {
		return (
			<Box flexDirection="column">
				<Para tone={mode.tone}>{mode.text}</Para>
				<Hint>{t('shell.continueKey')}</Hint>
			</Box>
		);
	}
	if (mode.kind === 'type') {
		return (
			<TypeAccounts
				onSubmit={entries => {
					setMode({kind: 'list'});
					if (entries.length > 0) void declare([...engine.breakGlass, ...entries]);
				}}
			/>
		);
	}
	if (mode.kind === 'create') {
		const request = `POST /v1.0/users`;
		return (
			<Box flexDirection="column">
				<Line tone="warn">{t('stepEnforce.bgCreateTitle', {upn: mode.upn})}</Line>
				<Para>{t('stepEnforce.bgCreateAbout')}</Para>
				<Line tone="muted">{isDryRun ? t('changes.wouldSend', {method: 'POST', path: '/v1.0/users'}) : request}</Line>
				<Hint>{isDryRun ? `y · ${t('stepEnforce.hintBack')}` : `${t('shell.planConfirm', {count: 1})}`}</Hint>
			</Box>
		);
	}

	const listHeight = Math.max(2, height - 5);
	return (
		<Box flexDirection="column">
			<Para tone="muted">{t('stepEnforce.bgAbout')}</Para>
			{rows.length === 0 ? <Line tone="warn">{t('stepEnforce.bgNone')}</Line> : null}
			<VirtualList
				items={rows}
				height={listHeight}
				isFocused={isFocused}
				emptyText=" "
				renderItem={(row, selected) => (
					<Box width={width}>
						<Text
							{...(selected && isFocused
								? theme.selected
								: row.status?.ready
									? theme.ok
									: row.declared
										? theme.warn
										: theme.muted)}
							wrap="truncate-end"
						>
							{`${selected ? '›' : ' '} ${row.declared ? (row.status?.ready ? '✔' : '✖') : '·'} `}
							<Text {...theme.muted}>
								{`[${row.status ? t(statusKey(row.status)) : t('stepEnforce.bgCandidate')}] `}
							</Text>
							{row.entry}
						</Text>
					</Box>
				)}
				onSelect={row => {
					const next = row.declared
						? engine.breakGlass.filter(e => e.toLowerCase() !== row.entry.toLowerCase())
						: [...engine.breakGlass, row.entry];
					void declare(next);
				}}
			/>
			<Hint>{`${t('stepEnforce.bgHint')} · ${t('stepEnforce.hintBack')}`}</Hint>
		</Box>
	);
}
