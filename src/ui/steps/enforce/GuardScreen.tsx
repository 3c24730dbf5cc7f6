import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {Msg} from '../../../changes/change.js';
import {MIN_REPORT_ONLY_DAYS} from '../../../knowledge/enforcement.js';
import {projectEnabled, reportOnlySlots} from '../../../steps/enforce/analysis.js';
import {type GuardCheckId, lockoutGuard} from '../../../steps/enforce/guard.js';
import {daysBetween, recentMfaSignIn} from '../../../steps/enforce/impact.js';
import type {OpenItem} from '../../../steps/types.js';
import {type StepId, stepInfo} from '../../../wizard/step-ids.js';
import {useUi} from '../../context.js';
import {VirtualList} from '../../widgets/VirtualList.js';
import {Hint, Para, type ScreenProps, useBack, wrapText} from './common.js';

/** Steps whose open items the guard lists: legacy authentication (2) and automation (5). */
const WATCHED: readonly StepId[] = ['legacy-auth', 'automation'];

interface Gathered {
	readonly items: readonly OpenItem[];
	readonly sessionMfa: boolean | null;
	readonly unknownSteps: readonly string[];
}

interface Row {
	readonly text: string;
	readonly tone?: 'ok' | 'warn' | 'error' | 'muted';
}

/**
 * The lockout guard: every check with its result and reason, the open items of steps 2 and 5 with what will break,
 * and the Exchange Online PowerShell note. Enter goes on only when the guard passes (the flag can accept the risk of
 * the last two checks, never the emergency-account ones).
 */
export function GuardScreen(props: ScreenProps) {
	const {engine, findings, analysis, isFocused, width, height, onAnswer, onFinish, go} = props;
	const {t, theme} = useUi();
	const [gathered, setGathered] = useState<Gathered | undefined>(undefined);
	useBack(isFocused, () => go('hub'));

	useEffect(() => {
		let active = true;
		(async () => {
			const unknownSteps: string[] = [];
			for (const step of WATCHED) {
				if (!engine.module(step)) {
					unknownSteps.push(t(stepInfo(step).title));
					continue;
				}
				// Their open items need their findings: assessed now if the admin went straight to this step.
				await engine.assess(step).catch(() => undefined);
			}
			const items = engine.openItems();
			const signedIn = findings.signedIn;
			let sessionMfa: boolean | null = null;
			if (signedIn?.mfaRegistered !== true && signedIn?.id) {
				const since = new Date(Date.parse(findings.collectedAt) - 3_600_000).toISOString();
				sessionMfa = await recentMfaSignIn(engine.context().graph, signedIn.id, since);
			}
			if (active) setGathered({items, sessionMfa, unknownSteps});
		})().catch(() => {
			if (active) setGathered({items: [], sessionMfa: null, unknownSteps: []});
		});
		return () => {
			active = false;
		};
	}, [engine, findings, t]);

	const guard = gathered
		? lockoutGuard({
				analysis,
				enabling: analysis.path === 'conditionalAccess' ? projectEnabled(analysis) : [],
				signedIn: findings.signedIn,
				sessionMfa: gathered.sessionMfa,
				openItems: gathered.items,
				acceptLockoutRisk: engine.context().acceptLockoutRisk === true,
				unknownSteps: gathered.unknownSteps,
			})
		: undefined;

	useInput(
		(_input, key) => {
			if (!key.return || !guard?.passes) return;
			if (analysis.path === 'conditionalAccess') onAnswer('enable', true);
			onFinish();
		},
		{isActive: isFocused && !!guard},
	);

	if (!guard || !gathered) return <Spinner label={t('stepEnforce.grdChecking')} />;

	const render = (m: Msg) => t.dynamic(m.key, m.params);
	const rows: Row[] = [];
	const wrapWidth = Math.max(10, width - 4);
	// Continuation lines sit under the text, not under its icon or bullet.
	const push = (text: string, tone?: Row['tone'], indent = '') => {
		wrapText(text, wrapWidth - indent.length - 2).forEach((line, i) => {
			rows.push({text: `${indent}${i === 0 ? '' : '  '}${line}`, tone});
		});
	};
	// A bullet keeps its text on its own line even when the first word (a long UPN) is wider than what is left.
	const pushBullet = (text: string, tone: Row['tone'], indent: string) => {
		wrapText(text, wrapWidth - indent.length - 2).forEach((line, i) => {
			rows.push({text: `${indent}${i === 0 ? '• ' : '  '}${line}`, tone});
		});
	};
	for (const check of guard.checks) {
		const overridden = guard.overridden.includes(check.id);
		const icon = check.unknown ? '?' : check.ok ? '✔' : overridden ? '⚠' : '✖';
		push(
			`${icon} ${t(`stepEnforce.check_${check.id}` as `stepEnforce.check_${GuardCheckId}`)}`,
			check.ok ? 'ok' : overridden ? 'warn' : 'error',
		);
		if (overridden) push(t('stepEnforce.guardOverridden'), 'warn', '    ');
		if (check.id === 'openItems') {
			for (const item of gathered.items.filter(i => WATCHED.includes(i.step))) {
				const text = render(item.text);
				pushBullet(item.breaks ? t('stepEnforce.grdBreaks', {text, breaks: render(item.breaks)}) : text, 'muted', '  ');
			}
		} else if (!check.ok) for (const detail of check.details) pushBullet(render(detail), 'muted', '  ');
	}
	const early = reportOnlySlots(analysis).some(
		s => daysBetween(String(s.policy!.createdDateTime ?? findings.readAt), findings.readAt) < MIN_REPORT_ONLY_DAYS,
	);
	if (early && analysis.path === 'conditionalAccess') push(`⚠ ${t('stepEnforce.grdEarly')}`, 'warn');
	for (const note of guard.notes) push(`ℹ ${render(note)}`, 'muted');

	const refusedOverridable =
		guard.checks.some(c => !c.ok && c.overridable) && guard.checks.every(c => c.ok || c.overridable);
	const verdict = guard.passes
		? t('stepEnforce.guardPass')
		: refusedOverridable
			? t('stepEnforce.guardRefusedOverridable')
			: t('stepEnforce.guardRefused');
	// The list gets what the verdict (a blank line, then its wrapped lines) and the hint (a blank line and one) leave.
	const below = 1 + wrapText(verdict, Math.max(10, width)).length + 2;
	return (
		<Box flexDirection="column">
			<VirtualList
				items={rows}
				height={Math.max(3, height - below)}
				isFocused={isFocused}
				renderItem={row => (
					<Text {...(row.tone ? theme[row.tone] : {})} wrap="truncate-end">
						{row.text}
					</Text>
				)}
			/>
			<Box marginTop={1}>
				<Para tone={guard.passes ? 'ok' : 'error'}>{verdict}</Para>
			</Box>
			<Hint>{guard.passes ? t('stepEnforce.grdHintPass') : t('stepEnforce.grdHintRefused')}</Hint>
		</Box>
	);
}
