import {Box} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {analyse, currentVerdicts, reportOnlySlots} from '../../steps/enforce/analysis.js';
import type {EnforceFindings} from '../../steps/enforce/findings.js';
import {daysBetween} from '../../steps/enforce/impact.js';
import {markerOf, type PolicyKey} from '../../steps/enforce/policies.js';
import {useUi} from '../context.js';
import {BreakGlassScreen} from './enforce/BreakGlassScreen.js';
import {Hint, Line, Menu, type MenuItem, type Screen, type ScreenProps} from './enforce/common.js';
import {GuardScreen} from './enforce/GuardScreen.js';
import {ImpactScreen} from './enforce/ImpactScreen.js';
import {PathScreen} from './enforce/PathScreen.js';
import {PoliciesScreen} from './enforce/PoliciesScreen.js';
import {SecurityDefaultsScreen, ThirdPartyScreen} from './enforce/SecurityDefaultsScreen.js';
import type {StepViewProps} from './types.js';

type HubItem = Exclude<Screen, 'hub'> | 'done';

/**
 * Step 6's view: an overview of where the rollout stands (security defaults, licences, the compliance verdicts as
 * `check` would give them) and its parts in order — path, emergency access, report-only policies, impact, lockout
 * guard and switch-on — with the next one selected. Each part is a screen; ← comes back here.
 */
export function EnforceView(props: StepViewProps<EnforceFindings>) {
	const {engine, findings, answers, isFocused, width, height, onAnswer, onFinish} = props;
	const {t} = useUi();
	const [screen, setScreen] = useState<Screen>('hub');
	const breakGlass = engine.breakGlass;
	const signature = JSON.stringify([answers, breakGlass, findings.readAt]);
	// biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the findings are re-read.
	const journaled = useMemo(() => {
		// The journal's object ids for this tool's creations: found even if someone renamed the policy's marker away.
		const map = new Map<PolicyKey, string>();
		for (const e of engine.journal) {
			const body = e.request.body as {displayName?: string} | undefined;
			const key = e.request.method === 'POST' ? markerOf(body?.displayName) : undefined;
			if (key && e.objectId && (e.status === 'applied' || e.status === 'already-done')) map.set(key, e.objectId);
		}
		return map;
	}, [engine, findings]);
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the content of answers and declarations.
	const analysis = useMemo(() => analyse(findings, breakGlass, answers, journaled), [findings, signature, journaled]);
	const verdicts = useMemo(() => currentVerdicts(findings, breakGlass, t), [findings, breakGlass, t]);

	// Changes applied since these findings were read (the host applied the switch-on): read the tenant's objects again.
	const lastChange = engine.journal
		.filter(e => e.step === 'enforce' && e.finishedAt)
		.map(e => e.finishedAt!)
		.sort()
		.at(-1);
	const fresh = !lastChange || lastChange <= findings.readAt;
	useEffect(() => {
		if (!fresh) engine.reassess('enforce').catch(() => undefined);
	}, [fresh, engine]);
	// A switch-on that was declined (or interrupted before its confirmation) is not a decision: start from report-only.
	useEffect(() => {
		if (fresh && analysis.answers.enable && analysis.stage !== 'enabled') onAnswer('enable', false);
	}, [fresh, analysis.answers.enable, analysis.stage, onAnswer]);

	const screenProps: ScreenProps = {
		engine,
		findings,
		analysis,
		answers,
		isFocused,
		width,
		height,
		isDryRun: engine.context().dryRun,
		onAnswer,
		onFinish,
		go: setScreen,
	};
	switch (screen) {
		case 'path':
			return <PathScreen {...screenProps} />;
		case 'breakGlass':
			return <BreakGlassScreen {...screenProps} />;
		case 'policies':
			return <PoliciesScreen {...screenProps} />;
		case 'impact':
			return <ImpactScreen {...screenProps} />;
		case 'guard':
			return <GuardScreen {...screenProps} />;
		case 'securityDefaults':
			return <SecurityDefaultsScreen {...screenProps} />;
		case 'thirdParty':
			return <ThirdPartyScreen {...screenProps} />;
		default:
			break;
	}

	const ready = analysis.accounts.filter(a => a.ready).length;
	const items: MenuItem<HubItem>[] = [
		{value: 'path', label: t('stepEnforce.itemPath', {path: t(`stepEnforce.path_${analysis.path}`)})},
		{
			value: 'breakGlass',
			label:
				analysis.accounts.length === 0
					? t('stepEnforce.itemBreakGlassNone')
					: t('stepEnforce.itemBreakGlass', {ready, total: analysis.accounts.length}),
			tone: ready > 0 ? 'ok' : 'warn',
		},
	];
	let next: HubItem = ready > 0 ? 'policies' : 'breakGlass';
	if (analysis.path === 'conditionalAccess') {
		const toCreate = analysis.keys.filter(k => !analysis.slots[k].policy).length;
		const toFix = analysis.keys.filter(
			k => analysis.slots[k].policy && (!analysis.slots[k].usersOk || !analysis.slots[k].shapeOk),
		).length;
		const missing = toCreate + toFix;
		const reportOnly = reportOnlySlots(analysis);
		// The youngest policy decides whether the rollout has run long enough.
		const since = reportOnly
			.map(s => String(s.policy!.createdDateTime ?? findings.readAt))
			.sort()
			.at(-1);
		items.push({
			value: 'policies',
			label:
				analysis.stage === 'enabled'
					? t('stepEnforce.itemPoliciesEnabled')
					: missing > 0
						? t('stepEnforce.itemPoliciesPrepare', {create: toCreate, fix: toFix})
						: t('stepEnforce.itemPoliciesReportOnly', {days: since ? daysBetween(since, findings.readAt) : 0}),
			tone: analysis.stage === 'enabled' ? 'ok' : undefined,
		});
		const canReview = reportOnly.length > 0;
		items.push({value: 'impact', label: t('stepEnforce.itemImpact'), isDisabled: !canReview});
		items.push({
			value: 'guard',
			label: t('stepEnforce.itemEnable'),
			isDisabled: analysis.stage !== 'reportOnly' || missing > 0,
		});
		if (ready > 0) next = missing > 0 ? 'policies' : analysis.stage === 'reportOnly' ? 'impact' : 'done';
	} else if (analysis.path === 'securityDefaults') {
		const on = findings.securityDefaults === true;
		items.push({
			value: 'securityDefaults',
			label: on ? t('stepEnforce.itemSdOn') : t('stepEnforce.itemSdTurnOn'),
			tone: on ? 'ok' : undefined,
		});
		if (ready > 0 || on) next = on ? 'done' : 'securityDefaults';
	} else {
		items.push({value: 'thirdParty', label: t('stepEnforce.itemThirdParty')});
		next = 'thirdParty';
	}
	const done = next === 'done';
	if (done) items.push({value: 'done', label: t('stepEnforce.itemDone'), tone: 'ok'});
	const labelled = items.map(i => (i.value === next && !done ? {...i, hint: `← ${t('stepEnforce.next')}`} : i));

	const yes = t('stepEnforce.on');
	const no = t('stepEnforce.off');
	const flag = (v: boolean | null) => (v === null ? '?' : v ? '✔' : '✖');
	return (
		<Box flexDirection="column">
			<Line tone="muted">
				{t('stepEnforce.stateLine', {
					sd: findings.securityDefaults === null ? '?' : findings.securityDefaults ? yes : no,
					p1: flag(findings.p1),
					p2: flag(findings.p2),
				})}
			</Line>
			{verdicts ? (
				<Line tone="muted">
					{t('stepEnforce.verdictLine', {
						all: t(`stepEnforce.verdict_${verdicts.mfaAllUsers}` as 'stepEnforce.verdict_none'),
						admins: t(`stepEnforce.verdict_${verdicts.mfaAdmins}` as 'stepEnforce.verdict_none'),
						legacy: t(`stepEnforce.verdict_${verdicts.legacyAuthBlocked}` as 'stepEnforce.verdict_none'),
					})}
				</Line>
			) : null}
			{findings.stale.length > 0 ? <Line tone="warn">{t('stepEnforce.stale')}</Line> : null}
			<Box marginTop={1}>
				<Menu
					key={next}
					items={labelled}
					isFocused={isFocused}
					initial={next}
					width={width}
					onPick={value => {
						if (value !== 'done') setScreen(value);
					}}
				/>
			</Box>
			<Hint>{t('stepEnforce.hintHub')}</Hint>
		</Box>
	);
}
