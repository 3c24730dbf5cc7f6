import {TextInput} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useRef, useState} from 'react';
import stringWidth from 'string-width';
import type {Change} from '../../changes/change.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {AADSTS, aadstsText, isKnownAadsts} from '../../knowledge/aadsts.js';
import {resetPasswordChange, revokeSessionsChange, riskChange} from '../../steps/recovery/changes.js';
import {
	type DetailOptions,
	loadUserDetails,
	type RecentSignIn,
	type UserDetails,
} from '../../steps/recovery/details.js';
import {evidenceOf, saveEvidence} from '../../steps/recovery/evidence.js';
import {ACTION_LABEL, licenceKey, RECOVERY_ANSWERS} from '../../steps/recovery/index.js';
import {
	isAtRisk,
	isRecovered,
	type RecoveryAction,
	type RecoveryFindings,
	type RecoveryUser,
	withDone,
	withUser,
} from '../../steps/recovery/model.js';
import {generateTemporaryPassword} from '../../steps/recovery/password.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {useUi} from '../context.js';
import {errorText} from '../error-text.js';
import {useTyping} from '../input-mode.js';
import {methodLabels} from '../method-label.js';
import {clip, clipParts, clipStart, wrapText} from '../text.js';
import type {Theme} from '../theme.js';
import {VirtualList} from '../widgets/VirtualList.js';
import type {StepViewProps} from './types.js';

const ACTIONS: readonly RecoveryAction[] = ['reset', 'revoke', 'dismiss', 'confirmCompromised'];

const CONFIRM_KEY: Readonly<Record<RecoveryAction, MessageKey>> = {
	reset: 'stepRecovery.confirmReset',
	revoke: 'stepRecovery.confirmRevoke',
	dismiss: 'stepRecovery.confirmDismiss',
	confirmCompromised: 'stepRecovery.confirmConfirm',
};

const LICENCE_SHORT: Readonly<Record<ReturnType<typeof licenceKey>, MessageKey>> = {
	'stepRecovery.licenceP2': 'stepRecovery.licenceP2',
	'stepRecovery.licenceP1': 'stepRecovery.licenceP1Short',
	'stepRecovery.licenceFree': 'stepRecovery.licenceFreeShort',
	'stepRecovery.licenceUnknown': 'stepRecovery.licenceUnknownShort',
};

interface Loaded {
	readonly details?: UserDetails;
	readonly evidence?: {readonly file: string} | {readonly error: string};
	readonly error?: string;
}

type Prompt =
	| {readonly kind: 'none'}
	| {readonly kind: 'confirm'; readonly action: RecoveryAction}
	| {readonly kind: 'sending'; readonly action: RecoveryAction}
	| {readonly kind: 'result'; readonly text: string; readonly tone: 'ok' | 'warn' | 'error'};

/** Shown once, then forgotten: the only place the temporary password lives after it was sent. */
interface Reveal {
	readonly upn: string;
	readonly password: string;
}

type Mode = {readonly kind: 'list'} | {readonly kind: 'upn'} | {readonly kind: 'user'; readonly userId: string};

function timeOf(iso: string, lang: string): string {
	return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {timeStyle: 'short', hourCycle: 'h23'}).format(
		new Date(iso),
	);
}

function shortDate(iso: string, lang: string): string {
	return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(new Date(iso));
}

function levelKey(level: string | null): MessageKey {
	return level === 'high'
		? 'stepRecovery.levelHigh'
		: level === 'medium'
			? 'stepRecovery.levelMedium'
			: level === 'low'
				? 'stepRecovery.levelLow'
				: 'stepRecovery.levelOther';
}

function tags(user: RecoveryUser, t: Translator): string[] {
	const out: string[] = [];
	if (user.leakedCredentials) out.push(t('stepRecovery.tagLeaked'));
	if (user.riskState === 'confirmedCompromised') out.push(t('stepRecovery.tagCompromised'));
	else if (user.riskState === 'atRisk') out.push(t('stepRecovery.tagAtRisk'));
	else if (user.riskState === 'dismissed') out.push(t('stepRecovery.tagDismissed'));
	else if (user.riskState === 'remediated') out.push(t('stepRecovery.tagRemediated'));
	if (user.source === 'manual') out.push(t('stepRecovery.tagManual'));
	return out;
}

/**
 * Step 8's view: the accounts to recover (or what the licence hides, and a way to name one by UPN); for one account
 * its recent sign-ins, methods and the evidence file, then each action confirmed on its own. The temporary password is
 * generated at the moment the reset is sent, shown once, and dropped when the admin presses Enter.
 */
export function RecoveryView({
	engine,
	step,
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
}: StepViewProps<RecoveryFindings>) {
	const {t, theme} = useUi();
	const context = engine.context();
	const [mode, setMode] = useState<Mode>({kind: 'list'});
	const [loaded, setLoaded] = useState<Readonly<Record<string, Loaded>>>({});
	const [upnError, setUpnError] = useState<string | undefined>(undefined);
	const [isLooking, setLooking] = useState(false);
	const [cursor, setCursor] = useState(0);
	const [prompt, setPrompt] = useState<Prompt>({kind: 'none'});
	const [reveal, setReveal] = useState<Reveal | undefined>(undefined);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);
	useTyping(mode.kind === 'upn');

	const options: DetailOptions = {
		since: findings.since,
		signInLogs: findings.signInLogs,
		risk: findings.riskAvailable,
		now: context.now,
	};

	/** Reads one account, keeps the evidence, and folds what was read into the findings. */
	const load = async (idOrUpn: string, base: RecoveryUser | undefined): Promise<RecoveryUser | undefined> => {
		const details = await loadUserDetails(context.graph, idOrUpn, options);
		if (details.user.status !== 'read') return undefined;
		const read = details.user.value;
		const risk = details.risk?.status === 'read' ? details.risk.value : undefined;
		const user: RecoveryUser = {
			id: read.id,
			userPrincipalName: read.userPrincipalName ?? idOrUpn,
			displayName: read.displayName ?? base?.displayName ?? null,
			source: base?.source ?? 'manual',
			riskLevel: risk?.riskLevel ?? base?.riskLevel ?? null,
			riskState: risk?.riskState ?? base?.riskState ?? null,
			riskDetail: risk?.riskDetail ?? base?.riskDetail ?? null,
			riskLastUpdatedDateTime: base?.riskLastUpdatedDateTime ?? null,
			leakedCredentials: base?.leakedCredentials ?? false,
			cloudOnly: read.onPremisesSyncEnabled === undefined ? (base?.cloudOnly ?? null) : !read.onPremisesSyncEnabled,
			userType: read.userType ?? null,
			done: base?.done ?? {},
		};
		let evidence: Loaded['evidence'];
		try {
			const dir = context.progressDir ?? context.workDir;
			evidence = {file: saveEvidence(dir, evidenceOf(context.assessment.tenant.id, user, details))};
		} catch (error) {
			evidence = {error: (error as Error).message};
		}
		if (!mounted.current) return user;
		engine.updateFindings<RecoveryFindings>(step, f => withUser(f, user));
		setLoaded(current => ({...current, [user.id]: {details, evidence}}));
		return user;
	};

	const open = (user: RecoveryUser) => {
		setMode({kind: 'user', userId: user.id});
		setCursor(0);
		setPrompt({kind: 'none'});
		if (loaded[user.id]) return;
		load(user.id, user).catch((error: unknown) => {
			if (mounted.current) setLoaded(current => ({...current, [user.id]: {error: errorText(error, t)}}));
		});
	};

	const lookUp = (value: string) => {
		const upn = value.trim();
		if (upn === '') {
			setMode({kind: 'list'});
			setUpnError(undefined);
			return;
		}
		const known = findings.users.find(u => u.userPrincipalName.toLowerCase() === upn.toLowerCase() || u.id === upn);
		if (known) {
			open(known);
			return;
		}
		setLooking(true);
		load(upn, undefined)
			.then(user => {
				if (!mounted.current) return;
				setLooking(false);
				if (!user) setUpnError(t('stepRecovery.upnNotFound', {upn}));
				else {
					setUpnError(undefined);
					setMode({kind: 'user', userId: user.id});
					setCursor(0);
					setPrompt({kind: 'none'});
				}
			})
			.catch((error: unknown) => {
				if (!mounted.current) return;
				setLooking(false);
				setUpnError(errorText(error, t));
			});
	};

	const user = mode.kind === 'user' ? findings.users.find(u => u.id === mode.userId) : undefined;
	const details = user ? loaded[user.id]?.details : undefined;
	const isRisky = (u: RecoveryUser) =>
		u.source === 'risk' || (details?.risk?.status === 'read' && details.risk.value !== null) || isAtRisk(u.riskState);

	const unavailableReason = (u: RecoveryUser, action: RecoveryAction): string | undefined => {
		if (action === 'reset' || action === 'revoke') return undefined;
		if (!findings.riskAvailable) return t('stepRecovery.needsP2');
		if (!isRisky(u)) return t('stepRecovery.notRisky');
		return undefined;
	};

	/** The dry run's plan: the actions the admin went ahead with, per user (answers), starting from the recommendation. */
	const recordPlanned = (u: RecoveryUser, action: RecoveryAction, include: boolean) => {
		const current = (answers[RECOVERY_ANSWERS.actions] ?? {}) as Record<string, string[]>;
		const list = new Set(current[u.id] ?? []);
		if (include) list.add(action);
		else list.delete(action);
		onAnswer(RECOVERY_ANSWERS.actions, {...current, [u.id]: [...list]} as JsonValue);
	};

	const run = async (u: RecoveryUser, action: RecoveryAction) => {
		const label = t(ACTION_LABEL[action]);
		if (context.dryRun) {
			recordPlanned(u, action, true);
			setPrompt({kind: 'result', text: t('stepRecovery.dryRunRecorded'), tone: 'ok'});
			return;
		}
		setPrompt({kind: 'sending', action});
		let password: string | undefined;
		let change: Change;
		if (action === 'reset') {
			password = generateTemporaryPassword();
			// Registered before anything is sent: any log line or error text that could carry it is redacted.
			context.graph.redactor.add(password);
			change = resetPasswordChange(u, password);
		} else if (action === 'revoke') change = revokeSessionsChange(u);
		else change = riskChange(u, action);
		try {
			const entry = await engine.runner.apply(change);
			if (!mounted.current) return;
			if (entry.status === 'unknown') {
				setPrompt({kind: 'result', text: t('stepRecovery.outcomeUnknown'), tone: 'warn'});
				return;
			}
			engine.updateFindings<RecoveryFindings>(step, f => withDone(f, u.id, action, entry.finishedAt ?? context.now()));
			// On to the next action in the recovery order (reset → revoke → settle the risk).
			if (action === 'reset' || action === 'revoke') setCursor(ACTIONS.indexOf(action) + 1);
			if (action === 'reset' && password && entry.status === 'applied') {
				setReveal({upn: u.userPrincipalName, password});
				setPrompt({
					kind: 'result',
					text: `${t('stepRecovery.applied', {action: label})} ${t('stepRecovery.appPasswordsShort')}`,
					tone: 'ok',
				});
				return;
			}
			setPrompt({
				kind: 'result',
				text:
					entry.status === 'already-done'
						? t('stepRecovery.alreadyDone', {action: label})
						: t('stepRecovery.applied', {action: label}),
				tone: 'ok',
			});
		} catch (error) {
			if (mounted.current)
				setPrompt({kind: 'result', text: t('stepRecovery.failed', {message: errorText(error, t)}), tone: 'error'});
		} finally {
			password = undefined;
		}
	};

	useInput(
		(input, key) => {
			if (reveal) {
				if (key.return) setReveal(undefined);
				return;
			}
			if (mode.kind === 'upn') {
				if (key.escape) {
					setMode({kind: 'list'});
					setUpnError(undefined);
				}
				return;
			}
			if (mode.kind === 'list') {
				if (input === 'u') {
					setMode({kind: 'upn'});
					setUpnError(undefined);
				} else if (input === 'f') onFinish();
				return;
			}
			if (!user || prompt.kind === 'sending') return;
			if (prompt.kind === 'confirm') {
				if (input === 'y') void run(user, prompt.action);
				else if (input === 'n') {
					if (context.dryRun) recordPlanned(user, prompt.action, false);
					setPrompt({kind: 'result', text: t('stepRecovery.declined'), tone: 'warn'});
				}
				return;
			}
			if (input === 'b' || key.leftArrow) {
				setMode({kind: 'list'});
				setPrompt({kind: 'none'});
			} else if (key.upArrow || input === 'k') setCursor(c => Math.max(0, c - 1));
			else if (key.downArrow || input === 'j') setCursor(c => Math.min(ACTIONS.length - 1, c + 1));
			else if (key.return) {
				const action = ACTIONS[cursor]!;
				if (!unavailableReason(user, action)) setPrompt({kind: 'confirm', action});
			}
		},
		{isActive: isFocused},
	);

	if (reveal) return <RevealBox reveal={reveal} width={width} theme={theme} t={t} />;

	if (mode.kind === 'upn') {
		return (
			<Box flexDirection="column" width={width}>
				<Text wrap="wrap">{t('stepRecovery.upnPrompt')}</Text>
				<Box>
					<Text {...theme.selected}>{'› '}</Text>
					{isLooking ? (
						<Text {...theme.muted}>{t('stepRecovery.loading')}</Text>
					) : (
						<TextInput placeholder={t('stepRecovery.upnPlaceholder')} onSubmit={lookUp} />
					)}
				</Box>
				{upnError ? (
					<Text {...theme.error} wrap="wrap">
						{upnError}
					</Text>
				) : null}
			</Box>
		);
	}

	if (mode.kind === 'user' && user) {
		return (
			<UserPanel
				user={user}
				loaded={loaded[user.id]}
				findings={findings}
				cursor={cursor}
				prompt={prompt}
				isDryRun={context.dryRun}
				unavailableReason={action => unavailableReason(user, action)}
				width={width}
				height={height}
			/>
		);
	}

	const recovered = findings.users.filter(isRecovered).length;
	const note = findings.riskAvailable
		? t('stepRecovery.listCount', {count: findings.users.length, recovered})
		: t(LICENCE_SHORT[licenceKey(findings)]);
	const keys = [
		...(findings.users.length > 0 ? [t('stepRecovery.keyOpen')] : []),
		t('stepRecovery.keyUpn'),
		t('stepRecovery.keyFinish'),
	].join(' · ');
	const noteLines = findings.riskAvailable ? 1 : 4;
	return (
		<Box flexDirection="column" width={width}>
			<Box height={noteLines} overflow="hidden">
				<Text
					wrap="wrap"
					{...(findings.riskAvailable ? (findings.users.length > recovered ? theme.warn : theme.ok) : theme.warn)}
				>
					{note}
				</Text>
			</Box>
			{findings.users.length > 0 ? (
				<VirtualList
					items={findings.users}
					height={Math.max(3, height - noteLines - 2)}
					isFocused={isFocused && mode.kind === 'list'}
					onSelect={open}
					renderItem={(u, isSelected) => <UserRow user={u} isSelected={isSelected} width={width} theme={theme} t={t} />}
				/>
			) : null}
			<Text {...theme.muted}>{clip(keys, width)}</Text>
		</Box>
	);
}

function UserRow({
	user,
	isSelected,
	width,
	theme,
	t,
}: {
	user: RecoveryUser;
	isSelected: boolean;
	width: number;
	theme: Theme;
	t: Translator;
}) {
	const level = user.riskLevel === 'high' ? theme.error : user.riskLevel === 'medium' ? theme.warn : theme.muted;
	const done = isRecovered(user);
	const parts = clipParts(
		[
			{text: isSelected ? '❯ ' : '  ', style: isSelected ? theme.selected : {}},
			{text: done ? '✔ ' : '  ', style: theme.ok},
			{text: `${t(levelKey(user.riskLevel))} `, style: level},
			{text: user.displayName ?? user.userPrincipalName, style: isSelected ? theme.selected : {}},
			{
				text: ` · ${[...(done ? [t('stepRecovery.tagRecovered')] : []), ...tags(user, t)].join(', ')}`,
				style: theme.muted,
			},
		],
		width,
	);
	return (
		<Text>
			{parts.map((part, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a row's pieces are fixed in number and order.
				<Text key={i} {...part.style}>
					{part.text}
				</Text>
			))}
		</Text>
	);
}

function signInLine(s: RecentSignIn, t: Translator): {text: string; style: 'ok' | 'error'}[] {
	const place = [s.city, s.country].filter(Boolean).join(', ') || s.ipAddress || t('stepRecovery.unknownPlace');
	const app = s.app ?? s.clientApp ?? '?';
	const result =
		s.errorCode === 0
			? t('stepRecovery.resultOk')
			: isKnownAadsts(s.errorCode)
				? `${AADSTS[s.errorCode].id} ${aadstsText(s.errorCode, 'm', t)}`
				: `AADSTS${s.errorCode}`;
	return [
		{text: `${shortDate(s.at, t.lang)}  ${place}  ${app}  `, style: 'ok'},
		{text: `${s.errorCode === 0 ? '✔' : '✖'} ${result}`, style: s.errorCode === 0 ? 'ok' : 'error'},
	];
}

function UserPanel({
	user,
	loaded,
	findings,
	cursor,
	prompt,
	isDryRun,
	unavailableReason,
	width,
	height,
}: {
	user: RecoveryUser;
	loaded: Loaded | undefined;
	findings: RecoveryFindings;
	cursor: number;
	prompt: Prompt;
	isDryRun: boolean;
	unavailableReason: (action: RecoveryAction) => string | undefined;
	width: number;
	height: number;
}) {
	const {t, theme} = useUi();
	const details = loaded?.details;
	const read = details?.user.status === 'read' ? details.user.value : undefined;
	const facts = [
		...(user.riskLevel && user.riskLevel !== 'none' ? [t(levelKey(user.riskLevel))] : []),
		...tags(user, t),
		...(user.cloudOnly === false ? [t('stepRecovery.synced')] : user.cloudOnly ? [t('stepRecovery.cloudOnly')] : []),
		...(read?.accountEnabled === false ? [t('stepRecovery.accountDisabled')] : []),
		...(read?.userType === 'Guest' ? [t('stepRecovery.guest')] : []),
	];
	const synced = user.cloudOnly === false;
	const isGuest = read?.userType === 'Guest';
	const actionLines = ACTIONS.map((action, i) => {
		const reason = unavailableReason(action);
		const doneAt = user.done[action];
		const isSelected = i === cursor;
		const suffix = doneAt
			? ` · ${t('stepRecovery.doneAt', {time: timeOf(doneAt, t.lang)})}`
			: reason
				? ` (${reason})`
				: '';
		const text = `${isSelected ? '❯' : ' '} ${doneAt ? '✔' : ' '} ${t(ACTION_LABEL[action])}${suffix}`;
		return {action, isSelected, reason, doneAt, text};
	});

	let promptBlock: {lines: string[]; style: object} | undefined;
	let wouldSend: string | undefined;
	if (prompt.kind === 'confirm') {
		const change =
			prompt.action === 'reset'
				? resetPasswordChange(user, '')
				: prompt.action === 'revoke'
					? revokeSessionsChange(user)
					: riskChange(user, prompt.action);
		if (isDryRun) {
			wouldSend = t('changes.wouldSend', {
				method: change.request.method,
				path: `/${change.request.version}${change.request.path}`,
			});
		}
		promptBlock = {
			lines: [
				t(CONFIRM_KEY[prompt.action] as 'stepRecovery.confirmReset', {upn: user.userPrincipalName}),
				...(prompt.action === 'reset' && synced ? [t('stepRecovery.syncWarning')] : []),
				t('stepRecovery.cannotUndo'),
			],
			style: theme.warn,
		};
	} else if (prompt.kind === 'sending') {
		promptBlock = {lines: [t('stepRecovery.sending')], style: theme.muted};
	} else if (prompt.kind === 'result') {
		promptBlock = {
			lines: [prompt.text],
			style: prompt.tone === 'ok' ? theme.ok : prompt.tone === 'warn' ? theme.warn : theme.error,
		};
	}

	// Header (2), sync warning (3), sign-ins title, methods, evidence, 4 actions, app passwords, keys.
	const fixed = 2 + (synced ? 3 : 0) + 1 + 1 + 1 + ACTIONS.length + 1 + 1;
	const room = Math.max(1, height - fixed);
	const isConfirming = prompt.kind === 'confirm';
	const signIns = details?.signIns;
	const methods = details?.methods;
	const evidence = loaded?.evidence;
	const keys = [t('stepRecovery.keyDo'), t('stepRecovery.keyBack')].join(' · ');

	return (
		<Box flexDirection="column" width={width}>
			<Text {...theme.title}>
				{clip(`${user.displayName ?? user.userPrincipalName} · ${user.userPrincipalName}`, width)}
			</Text>
			<Text {...(isAtRisk(user.riskState) ? theme.warn : theme.muted)}>{clip(facts.join(' · '), width)}</Text>
			{synced ? (
				<Box height={3} overflow="hidden">
					<Text {...theme.warn} wrap="wrap">
						{t('stepRecovery.syncWarning')}
					</Text>
				</Box>
			) : null}
			{isConfirming && promptBlock ? (
				<Box flexDirection="column">
					{/* While asking, the prompt takes the rows of the methods and evidence lines too, and the question stays last. */}
					<Box height={room + (isConfirming ? (wouldSend ? 0 : 2) : 1)} overflow="hidden">
						<Text {...promptBlock.style}>{wrapText(promptBlock.lines.join(' '), width).join('\n')}</Text>
					</Box>
					{wouldSend ? (
						<Box height={2} overflow="hidden">
							<Text {...theme.muted} wrap="wrap">
								{wouldSend}
							</Text>
						</Box>
					) : null}
					{isConfirming ? <Text {...theme.selected}>{t('stepRecovery.confirmAsk')}</Text> : null}
				</Box>
			) : (
				<Box flexDirection="column">
					{/* A result or "sending" takes two rows above the sign-ins, which stay in view. */}
					{promptBlock ? (
						<Box height={2} overflow="hidden">
							<Text {...promptBlock.style}>{wrapText(promptBlock.lines.join(' '), width).join('\n')}</Text>
						</Box>
					) : null}
					<Box flexDirection="column" height={Math.max(0, room + 1 - (promptBlock ? 2 : 0))} overflow="hidden">
						{loaded?.error ? (
							<Text {...theme.error} wrap="wrap">
								{loaded.error}
							</Text>
						) : !details ? (
							<Text {...theme.muted}>{t('stepRecovery.loading')}</Text>
						) : signIns?.status === 'read' ? (
							<>
								<Text {...theme.muted}>
									{clip(
										signIns.value.length === 0
											? t('stepRecovery.signInsNone')
											: t('stepRecovery.signInsTitle', {count: signIns.value.length, from: t.date(findings.since)}),
										width,
									)}
								</Text>
								{signIns.value.slice(0, Math.max(0, room - (promptBlock ? 2 : 0))).map((s, i) => {
									const parts = clipParts(signInLine(s, t), width);
									return (
										// biome-ignore lint/suspicious/noArrayIndexKey: sign-ins are listed newest first and never reorder.
										<Text key={i}>
											{parts.map((p, j) => (
												// biome-ignore lint/suspicious/noArrayIndexKey: fixed pieces of one line.
												<Text key={j} {...(p.style === 'error' ? theme.error : {})}>
													{p.text}
												</Text>
											))}
										</Text>
									);
								})}
							</>
						) : (
							<Text {...theme.muted} wrap="wrap">
								{signIns?.status === 'unavailable' && signIns.reason === 'licence'
									? t('stepRecovery.signInsLicence')
									: t('stepRecovery.signInsError', {detail: signIns?.status === 'unavailable' ? signIns.detail : '?'})}
							</Text>
						)}
					</Box>
				</Box>
			)}
			{isConfirming ? null : (
				<Text {...theme.muted}>
					{clip(
						!methods
							? ' '
							: methods.status === 'read'
								? methods.value.filter(m => m.type !== 'password').length === 0
									? t('stepRecovery.methodsNone')
									: t('stepRecovery.methodsLine', {
											methods: methodLabels(
												methods.value.map(m => m.type),
												t,
											).join(', '),
										})
								: t('stepRecovery.methodsError', {detail: methods.detail}),
						width,
					)}
				</Text>
			)}
			{isConfirming ? null : (
				<Text {...(evidence && 'error' in evidence ? theme.error : theme.muted)}>
					{!evidence
						? ' '
						: 'file' in evidence
							? t('stepRecovery.evidenceSaved', {
									file: clipStart(evidence.file, width - stringWidth(t('stepRecovery.evidenceSaved', {file: ''}))),
								})
							: clip(t('stepRecovery.evidenceFailed', {message: evidence.error}), width)}
				</Text>
			)}
			{actionLines.map(line => (
				<Text
					key={line.action}
					{...(line.reason ? theme.muted : line.doneAt ? theme.ok : line.isSelected ? theme.selected : {})}
				>
					{clip(line.text, width)}
				</Text>
			))}
			<Text {...theme.muted}>
				{clip(isGuest ? t('stepRecovery.guestNote') : t('stepRecovery.appPasswordsShort'), width)}
			</Text>
			<Text {...theme.muted}>{clip(keys, width)}</Text>
		</Box>
	);
}

function RevealBox({reveal, width, theme, t}: {reveal: Reveal; width: number; theme: Theme; t: Translator}) {
	return (
		<Box flexDirection="column" width={width} borderStyle="round" borderColor={theme.warn.color} paddingX={1}>
			<Text wrap="wrap">{t('stepRecovery.revealTitle', {upn: reveal.upn})}</Text>
			<Box marginY={1}>
				<Text bold inverse>{` ${reveal.password} `}</Text>
			</Box>
			<Text wrap="wrap" {...theme.warn}>
				{t('stepRecovery.revealOnce')}
			</Text>
			<Text wrap="wrap" {...theme.muted}>
				{t('stepRecovery.appPasswordsShort')}
			</Text>
			<Text {...theme.selected} wrap="wrap">
				{t('stepRecovery.revealContinue')}
			</Text>
		</Box>
	);
}
