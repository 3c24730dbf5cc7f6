import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import type {Change} from '../../../changes/change.js';
import {planEnforce} from '../../../steps/enforce/plan.js';
import {POLICY_TITLES} from '../../../steps/enforce/policies.js';
import {useUi} from '../../context.js';
import {PlanReview} from '../../PlanReview.js';
import {Hint, Line, Para, type ScreenProps, stateLabel, useBack} from './common.js';

/**
 * The policies this rollout needs, and where each comes from: this tool's own (found by its marker), an equivalent
 * already in the tenant (reused, its exclusions limited to the emergency accounts), or to be created — always in
 * report-only. Enter shows the exact changes and applies them after a y.
 */
export function PoliciesScreen(props: ScreenProps) {
	const {engine, findings, analysis, isFocused, width, isDryRun, onAnswer, go} = props;
	const {t} = useUi();
	const [plan, setPlan] = useState<readonly Change[] | undefined>(undefined);
	const ready = analysis.accounts.some(a => a.ready);
	useBack(isFocused && !plan, () => go('hub'));
	useInput(
		(input, key) => {
			if (input === 'u' && findings.p2 === true) onAnswer('userRiskPolicy', !analysis.answers.userRiskPolicy);
			// This round only creates and scopes (report-only): never the switch-on, whatever an earlier answer said.
			if (key.return && ready)
				setPlan(planEnforce(findings, {...engine.effectiveAnswers('enforce'), enable: false}, engine.context()));
		},
		{isActive: isFocused && !plan},
	);

	if (plan) {
		return (
			<PlanReview
				engine={engine}
				step="enforce"
				changes={plan}
				isDryRun={isDryRun}
				domain={findings.tenant.defaultDomain ?? findings.tenant.id}
				isFocused={isFocused}
				height={props.height}
				onApplied={() => {
					// Recorded at once (not after Enter): the step stays open for the impact review and the switch-on,
					// so a run that stops here resumes on this step.
					if (!analysis.answers.reportOnlySince) onAnswer('reportOnlySince', engine.context().now());
					else onAnswer('reportOnlyRound', engine.context().now());
				}}
				onContinue={outcome => {
					setPlan(undefined);
					if (outcome === 'applied') void engine.reassess('enforce').then(() => go('hub'));
					else if (outcome === 'planned') go('hub');
				}}
			/>
		);
	}

	return (
		<Box flexDirection="column">
			{analysis.keys.map(key => {
				const slot = analysis.slots[key];
				const where = !slot.policy
					? t('stepEnforce.polCreate')
					: slot.origin === 'ours'
						? `${t('stepEnforce.polOurs')}, ${stateLabel(t, slot.policy.state)}`
						: `${t('stepEnforce.polReuse', {name: slot.policy.displayName})}, ${stateLabel(t, slot.policy.state)}`;
				return (
					<Box key={key} flexDirection="column" width={width}>
						<Text wrap="truncate-end">{`${slot.policy ? '●' : '○'} ${POLICY_TITLES[key]}`}</Text>
						<Line tone="muted">{`    ${where}`}</Line>
						{slot.policy && (!slot.usersOk || !slot.shapeOk) ? (
							<Line tone="warn">{`    ${t('stepEnforce.polFix')}`}</Line>
						) : null}
					</Box>
				);
			})}
			{findings.p2 === true ? (
				<Box marginTop={1}>
					<Line>{t('stepEnforce.polUserRisk', {mark: analysis.answers.userRiskPolicy ? '[x]' : '[ ]'})}</Line>
				</Box>
			) : null}
			{ready ? null : (
				<Box marginTop={1}>
					<Para tone="warn">{t('stepEnforce.polNeedBreakGlass')}</Para>
				</Box>
			)}
			<Hint>
				{`${findings.p2 === true ? t('stepEnforce.polHint') : t('stepEnforce.polHintNoRisk')} · ${t('stepEnforce.hintBack')}`}
			</Hint>
		</Box>
	);
}
