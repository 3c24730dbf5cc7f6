import {Box, Text, useInput} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {REGISTRATION_LINKS} from '../../knowledge/auth-methods.js';
import {roleDisplayName} from '../../knowledge/roles.js';
import {SSPR_ANSWERS} from '../../steps/sspr/index.js';
import {campaignIsOn, isRegistered, type SsprAdmin, type SsprFindings} from '../../steps/sspr/model.js';
import {recheckAdmins, withRecheck} from '../../steps/sspr/recheck.js';
import {useUi} from '../context.js';
import {errorText} from '../error-text.js';
import {methodLabels} from '../method-label.js';
import {clip, clipParts, wrapText} from '../text.js';
import type {Theme} from '../theme.js';
import {qrLines} from '../widgets/qr.js';
import {VirtualList} from '../widgets/VirtualList.js';
import type {StepViewProps} from './types.js';

/** How often the live re-check reads the admins who are not registered yet. */
export const RECHECK_INTERVAL_MS = 15_000;

export interface SsprViewProps extends StepViewProps<SsprFindings> {
	/** Tests use a short interval; the wizard uses RECHECK_INTERVAL_MS. */
	readonly recheckIntervalMs?: number;
}

const QR_WIDTH = 27;

function mark(value: boolean | null, theme: Theme): {text: string; style: object} {
	if (value === null) return {text: '?', style: theme.muted};
	return value ? {text: '✔', style: theme.ok} : {text: '✖', style: theme.error};
}

function timeOf(iso: string, lang: string): string {
	return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {timeStyle: 'medium', hourCycle: 'h23'}).format(
		new Date(iso),
	);
}

/** `https://aka.ms/mysecurityinfo` → `aka.ms/mysecurityinfo`: 21 columns, the room beside the QR code at 80×24. */
function bareLink(url: string): string {
	return url.replace(/^https:\/\//, '');
}

function nameOf(admin: SsprAdmin): string {
	return admin.displayName ?? admin.userPrincipalName;
}

/**
 * Step 7's view: the admins with their MFA and SSPR registration (Global Administrators first), the registration link
 * and its QR code, a live re-check (on open, every RECHECK_INTERVAL_MS while someone is missing, and on `c`) that ticks
 * admins off as they register, and the two optional changes (registration campaign, SSPR for administrators).
 */
export function SsprView({
	engine,
	step,
	findings,
	answers,
	isFocused,
	width,
	height,
	onAnswer,
	onFinish,
	recheckIntervalMs = RECHECK_INTERVAL_MS,
}: SsprViewProps) {
	const {t, theme} = useUi();
	const [isQr, setQr] = useState(false);
	const [isChecking, setChecking] = useState(false);
	const [error, setError] = useState<string | undefined>(undefined);
	const [flash, setFlash] = useState<string | undefined>(undefined);
	const [highlighted, setHighlighted] = useState<SsprAdmin | undefined>(findings.admins[0]);
	const inFlight = useRef(false);
	const mounted = useRef(true);
	const pending = findings.admins.filter(a => !isRegistered(a)).length;
	const canCheck = findings.source !== 'unavailable' && pending > 0;

	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);

	const check = useCallback(async () => {
		if (inFlight.current) return;
		const current = engine.findingsOf<SsprFindings>(step);
		if (!current || current.source === 'unavailable' || current.admins.every(isRegistered)) return;
		inFlight.current = true;
		setChecking(true);
		try {
			const result = await recheckAdmins(engine.context().graph, current, engine.context().now);
			if (!mounted.current) return;
			engine.updateFindings<SsprFindings>(step, f => withRecheck(f, result));
			setError(undefined);
			const names = result.admins.filter(a => result.newlyRegistered.includes(a.id)).map(nameOf);
			if (names.length > 0)
				setFlash(t('stepSspr.justRegistered', {name: names.join(', '), time: timeOf(result.at, t.lang)}));
		} catch (caught) {
			if (mounted.current) setError(errorText(caught, t));
		} finally {
			inFlight.current = false;
			if (mounted.current) setChecking(false);
		}
	}, [engine, step, t]);

	// A first read when the step opens (the assessment may be hours old), then on an interval while anyone is missing.
	useEffect(() => {
		if (!canCheck) return;
		void check();
		const timer = setInterval(() => void check(), recheckIntervalMs);
		return () => clearInterval(timer);
	}, [canCheck, check, recheckIntervalMs]);

	const canCampaign = findings.campaign !== null && !campaignIsOn(findings.campaign);
	const canAdminSspr = findings.adminSsprAllowed === false;

	useInput(
		input => {
			if (input === 'v') setQr(open => !open);
			else if (input === 'c') void check();
			else if (input === 'f') onFinish();
			else if (input === 'a' && canCampaign) onAnswer(SSPR_ANSWERS.campaign, answers[SSPR_ANSWERS.campaign] !== true);
			else if (input === 'p' && canAdminSspr)
				onAnswer(SSPR_ANSWERS.adminSspr, answers[SSPR_ANSWERS.adminSspr] !== true);
		},
		{isActive: isFocused},
	);

	const keys = [
		t('stepSspr.keyFinish'),
		...(canCheck ? [t('stepSspr.keyCheck')] : []),
		isQr ? t('stepSspr.keyBackToList') : t('stepSspr.keyQr'),
		...(canCampaign ? [t('stepSspr.keyCampaign')] : []),
		...(canAdminSspr ? [t('stepSspr.keyAdminSspr')] : []),
	].join(' · ');

	if (isQr) return <QrPanel width={width} height={height} keys={keys} />;

	const done = findings.admins.length - pending;
	const current = highlighted ? (findings.admins.find(a => a.id === highlighted.id) ?? highlighted) : undefined;
	const missing = findings.admins.filter(a => a.mfaRegistered === false).length;
	const live = isChecking
		? t('stepSspr.checking')
		: error
			? t('stepSspr.checkError', {message: error})
			: pending === 0
				? t('stepSspr.allRegistered')
				: findings.lastCheck
					? `${t('stepSspr.checkedAt', {time: timeOf(findings.lastCheck.at, t.lang), seconds: Math.round(recheckIntervalMs / 1000)})}${findings.lastCheck.failed > 0 ? ` ${t('stepSspr.checkFailed', {count: findings.lastCheck.failed})}` : ''}`
					: undefined;
	const adminSsprLine =
		findings.adminSsprAllowed === null
			? t('stepSspr.adminSsprUnknownShort')
			: findings.adminSsprAllowed
				? t('stepSspr.adminSsprOnShort')
				: `[${answers[SSPR_ANSWERS.adminSspr] === true ? 'x' : ' '}] ${t('stepSspr.adminSsprToggle')}`;
	const notRegistered =
		findings.usersNotRegistered === null ? t('common.unknown') : t.number(findings.usersNotRegistered);
	const campaignLine =
		findings.campaign === null
			? t('stepSspr.campaignUnknown')
			: campaignIsOn(findings.campaign)
				? t('stepSspr.campaignOnShort')
				: `[${answers[SSPR_ANSWERS.campaign] === true ? 'x' : ' '}] ${
						findings.usersNotRegistered === null
							? t('stepSspr.campaignToggleUnknown')
							: t('stepSspr.campaignToggle', {count: notRegistered})
					}`;
	const status = flash ? `${flash}${isChecking ? ' · …' : ''}` : live;

	// Fixed lines under and over the list; the list gets what is left, at least three rows.
	const showSource = findings.source !== 'registrationDetails';
	const showScope = height >= 18;
	// summary, admin SSPR, header, two detail lines, link, status, campaign, keys.
	const fixed = 8 + (status ? 1 : 0) + (showSource ? 2 : 0) + (showScope ? 2 : 0);
	const listHeight = Math.max(3, height - fixed - (findings.admins.length > height - fixed ? 1 : 0));

	return (
		<Box flexDirection="column" width={width}>
			<Text {...(missing > 0 ? theme.warn : theme.ok)}>
				{clip(
					`${t('stepSspr.summaryDone', {done, total: findings.admins.length})}${missing > 0 ? ` · ${t('stepSspr.summaryMissing', {count: missing})}` : ''}`,
					width,
				)}
			</Text>
			{showSource ? (
				<Box height={2} overflow="hidden">
					<Text {...theme.muted} wrap="wrap">
						{t(
							findings.source === 'perUserMethods' ? 'stepSspr.sourceMethodsShort' : 'stepSspr.sourceUnavailableShort',
						)}
					</Text>
				</Box>
			) : null}
			<Text
				{...(findings.adminSsprAllowed === false
					? answers[SSPR_ANSWERS.adminSspr] === true
						? theme.selected
						: theme.warn
					: theme.muted)}
			>
				{clip(adminSsprLine, width)}
			</Text>
			<Text {...theme.muted}>
				{clip(`  ${t('stepSspr.colMfa')} ${t('stepSspr.colSspr')}  ${t('stepSspr.colAdmin')}`, width)}
			</Text>
			{findings.admins.length === 0 ? (
				<Text {...theme.muted}>{t('stepSspr.noAdmins')}</Text>
			) : (
				<VirtualList
					items={findings.admins}
					height={listHeight}
					isFocused={isFocused}
					onHighlight={admin => setHighlighted(admin)}
					renderItem={(admin, isSelected) => (
						<AdminRow admin={admin} isSelected={isSelected} theme={theme} width={width} />
					)}
				/>
			)}
			<Text>{current ? clip(current.userPrincipalName, width) : ' '}</Text>
			<Text {...theme.muted}>{current ? clip(detailOf(current, t), width) : ' '}</Text>
			<Text>{clip(t('stepSspr.registerAt', {url: REGISTRATION_LINKS.securityInfo}), width)}</Text>
			{status ? <Text {...(flash ? theme.ok : error ? theme.error : theme.muted)}>{clip(status, width)}</Text> : null}
			<Text {...(canCampaign && answers[SSPR_ANSWERS.campaign] === true ? theme.selected : {})}>
				{clip(campaignLine, width)}
			</Text>
			{showScope ? (
				<Box height={2} overflow="hidden">
					<Text {...theme.muted} wrap="wrap">
						{t('stepSspr.userScopeShort')}
					</Text>
				</Box>
			) : null}
			<Text {...theme.muted}>{clip(keys, width)}</Text>
		</Box>
	);
}

function detailOf(admin: SsprAdmin, t: ReturnType<typeof useUi>['t']): string {
	const labels = admin.methods === null ? null : methodLabels(admin.methods, t);
	const methods =
		labels === null ? t('stepSspr.methodsUnknown') : labels.length === 0 ? t('stepSspr.noMethods') : labels.join(', ');
	return t('stepSspr.detail', {roles: admin.roles.map(r => roleDisplayName(r) ?? r).join(', '), methods});
}

function AdminRow({
	admin,
	isSelected,
	theme,
	width,
}: {
	admin: SsprAdmin;
	isSelected: boolean;
	theme: Theme;
	width: number;
}) {
	const {t} = useUi();
	const mfa = mark(admin.mfaRegistered, theme);
	const sspr = mark(admin.ssprRegistered, theme);
	const role = roleDisplayName(admin.roles[0] ?? '') ?? admin.roles[0] ?? '';
	const more = admin.roles.length > 1 ? ` ${t('stepSspr.moreRoles', {count: admin.roles.length - 1})}` : '';
	const markers = [
		...(admin.eligibleOnly ? [t('stepSspr.eligible')] : []),
		...(admin.isBreakGlass
			? [t('stepSspr.breakGlass')]
			: admin.looksLikeBreakGlass
				? [t('stepSspr.breakGlassCandidate')]
				: []),
	];
	const parts = clipParts(
		[
			{text: isSelected ? '❯ ' : '  ', style: isSelected ? theme.selected : {}},
			{text: mfa.text.padEnd(4), style: mfa.style},
			{
				text: (admin.isBreakGlass && admin.ssprRegistered === false ? '–' : sspr.text).padEnd(5),
				style: sspr.style,
			},
			{text: nameOf(admin), style: isSelected ? theme.selected : {}},
			{text: markers.length > 0 ? ` (${markers.join(', ')})` : '', style: theme.warn},
			{text: ` · ${role}${more}`, style: theme.muted},
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

function QrPanel({width, height, keys}: {width: number; height: number; keys: string}) {
	const {t, theme} = useUi();
	const lines = qrLines(REGISTRATION_LINKS.securityInfo);
	const fits = lines.length + 1 <= height && width >= QR_WIDTH;
	const beside = width - QR_WIDTH - 2;
	const column = beside >= 20 ? beside : width;
	// Wrapped here rather than by Ink, which can start a continuation line with a space.
	const wrapped = (text: string) => wrapText(text, column).join('\n');
	const text = (
		<Box flexDirection="column" width={column}>
			<Text {...theme.title}>{wrapped(t('stepSspr.qrTitle'))}</Text>
			<Text>
				{wrapped(
					t('stepSspr.qrLinks', {
						info: bareLink(REGISTRATION_LINKS.securityInfo),
						sspr: bareLink(REGISTRATION_LINKS.ssprSetup),
					}),
				)}
			</Text>
			<Box marginTop={1}>
				<Text {...theme.muted}>{wrapped(t('stepSspr.userScopeNote'))}</Text>
			</Box>
		</Box>
	);
	if (!fits) {
		return (
			<Box flexDirection="column" width={width}>
				{text}
				<Text {...theme.warn} wrap="wrap">
					{t('stepSspr.qrTooSmall')}
				</Text>
				<Text {...theme.muted}>{keys}</Text>
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={width}>
			<Box>
				<Box flexDirection="column" width={QR_WIDTH} flexShrink={0}>
					{lines.map((line, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: the QR code's rows never reorder.
						<Text key={i}>{line}</Text>
					))}
				</Box>
				{beside >= 20 ? <Box marginLeft={2}>{text}</Box> : null}
			</Box>
			{beside >= 20 ? null : text}
			<Text {...theme.muted}>{clip(keys, width)}</Text>
		</Box>
	);
}
