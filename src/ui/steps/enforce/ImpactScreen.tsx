import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {MIN_REPORT_ONLY_DAYS} from '../../../knowledge/enforcement.js';
import {reportOnlySlots} from '../../../steps/enforce/analysis.js';
import {estimate} from '../../../steps/enforce/estimate.js';
import {type ImpactResult, type ImpactTarget, readImpact} from '../../../steps/enforce/impact.js';
import {POLICY_TITLES} from '../../../steps/enforce/policies.js';
import {useUi} from '../../context.js';
import {VirtualList} from '../../widgets/VirtualList.js';
import {Hint, Line, Menu, Para, type ScreenProps, useBack} from './common.js';

const DAY_MS = 86_400_000;

/** Names in a sentence: the part before @ is enough here (the list view shows full UPNs). */
function localPart(upn: string): string {
	return upn.split('@')[0] ?? upn;
}

/**
 * What the report-only policies would have done, read back from the sign-in log for the days each has run; a policy
 * too young to judge shows the assessment's estimate beside it, and the date to come back.
 */
export function ImpactScreen(props: ScreenProps) {
	const {engine, findings, analysis, isFocused, width, height, go} = props;
	const {t, theme} = useUi();
	const wanted: ImpactTarget[] = reportOnlySlots(analysis).map(slot => ({
		policyId: slot.policy!.id,
		key: slot.key,
		name: slot.policy!.displayName,
		since: typeof slot.policy!.createdDateTime === 'string' ? slot.policy!.createdDateTime : findings.readAt,
	}));
	// Read once per set of policies, not once per render (the analysis is rebuilt on every render).
	const signature = JSON.stringify(wanted);
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the targets' content, on purpose.
	const targets = useMemo(() => wanted, [signature]);
	const [result, setResult] = useState<ImpactResult | undefined>(undefined);
	const [read, setRead] = useState(0);
	const [selected, setSelected] = useState<string | undefined>(targets[0]?.policyId);
	const [showUsers, setShowUsers] = useState(false);

	useEffect(() => {
		let cancelled = false;
		const ctx = engine.context();
		void readImpact(ctx.graph, targets, {
			now: ctx.now(),
			onProgress: count => {
				if (!cancelled) setRead(count);
			},
			isCancelled: () => cancelled,
		}).then(r => {
			if (!cancelled) setResult(r);
		});
		return () => {
			cancelled = true;
		};
	}, [engine, targets]);

	useBack(isFocused, () => (showUsers ? setShowUsers(false) : go('hub')));
	useInput(
		input => {
			if (input === 'g') go('guard');
		},
		{isActive: isFocused && !showUsers},
	);

	if (targets.length === 0) {
		return (
			<Box flexDirection="column">
				<Para>{t('stepEnforce.impNone')}</Para>
				<Hint>{t('stepEnforce.hintBack')}</Hint>
			</Box>
		);
	}
	if (!result) return <Spinner label={t('stepEnforce.impReading', {count: t.number(read)})} />;

	const current = result.policies.find(p => p.target.policyId === selected) ?? result.policies[0]!;
	if (showUsers) {
		return (
			<Box flexDirection="column">
				<Line tone="muted">{t('stepEnforce.impUsersTitle', {name: POLICY_TITLES[current.target.key!]})}</Line>
				<VirtualList
					items={current.users}
					height={Math.max(2, height - 3)}
					isFocused={isFocused}
					emptyText={t('stepEnforce.impNobody')}
					renderItem={(user, isSel) => (
						<Box width={width}>
							<Text {...(isSel ? theme.selected : {})}>{isSel ? '› ' : '  '}</Text>
							<Text wrap="truncate-end">
								{t('stepEnforce.impUserRow', {
									upn: user.userPrincipalName,
									blocked: user.blocked,
									challenged: user.challenged,
								})}
								<Text {...theme.muted}>{`  ${user.apps.slice(0, 2).join(', ')}`}</Text>
							</Text>
						</Box>
					)}
				/>
				<Hint>{t('stepEnforce.hintBack')}</Hint>
			</Box>
		);
	}

	const est = current.target.key ? estimate(findings, current.target.key) : undefined;
	const early = result.policies.filter(p => !p.longEnough);
	const comeBack = early.length
		? new Date(Math.max(...early.map(p => Date.parse(p.target.since))) + MIN_REPORT_ONLY_DAYS * DAY_MS).toISOString()
		: undefined;
	return (
		<Box flexDirection="column">
			<Menu
				items={result.policies.map(p => ({
					value: p.target.policyId,
					label: t('stepEnforce.impPolicy', {name: POLICY_TITLES[p.target.key!], days: p.daysRun}),
					tone: p.longEnough ? undefined : ('warn' as const),
				}))}
				isFocused={isFocused}
				initial={selected}
				width={width}
				onHighlight={setSelected}
				onPick={value => {
					setSelected(value);
					setShowUsers(true);
				}}
			/>
			<Box marginTop={1} flexDirection="column">
				{result.problem ? (
					<Para tone="error">{t('stepEnforce.impProblem', {reason: result.problem.reason})}</Para>
				) : current.daysRun === 0 && current.blocked + current.challenged + current.satisfied === 0 ? null : (
					<Line>
						{t('stepEnforce.impCounts', {
							blocked: t.number(current.blocked),
							challenged: t.number(current.challenged),
							users: t.number(current.affectedUsers),
						})}
					</Line>
				)}
				{current.longEnough ? null : (
					<Para tone="warn">{t('stepEnforce.impTooEarly', {min: MIN_REPORT_ONLY_DAYS})}</Para>
				)}
				{!current.longEnough && est ? (
					<Para tone="muted">
						{t(`stepEnforce.impEstimate_${est.basis}`, {
							count: est.count,
							examples: est.examples.map(localPart).join(', '),
						})}
					</Para>
				) : null}
				{est && est.automation.length > 0 && current.target.key !== 'blockLegacy' ? (
					<Para tone="muted">
						{t('stepEnforce.impAutomation', {
							count: est.automation.length,
							examples: est.automation.slice(0, 3).map(localPart).join(', '),
							more: Math.max(0, est.automation.length - 3),
						})}
					</Para>
				) : null}
				{result.complete ? null : <Line tone="muted">{t('stepEnforce.impIncomplete')}</Line>}
				{comeBack ? <Para tone="muted">{t('stepEnforce.impComeBack', {date: t.date(comeBack)})}</Para> : null}
			</Box>
			<Hint>{t('stepEnforce.impHint')}</Hint>
		</Box>
	);
}
