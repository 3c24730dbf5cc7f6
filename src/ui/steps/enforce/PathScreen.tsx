import {Box} from 'ink';
import {useState} from 'react';
import {type EnforcePath, PATHS} from '../../../steps/enforce/answers.js';
import {useUi} from '../../context.js';
import {Hint, Line, Menu, Para, type ScreenProps, useBack} from './common.js';

/** Security defaults, Conditional Access (P1) or a third-party provider: what each does, and which this tenant can use. */
export function PathScreen({analysis, findings, isFocused, width, onAnswer, go}: ScreenProps) {
	const {t} = useUi();
	const [highlight, setHighlight] = useState<EnforcePath>(analysis.path);
	useBack(isFocused, () => go('hub'));
	const items = PATHS.map(path => {
		const available = analysis.available.includes(path);
		return {
			value: path,
			label: t(`stepEnforce.path_${path}`),
			hint: !available
				? t('stepEnforce.pathNeedsP1')
				: path === analysis.path
					? t('stepEnforce.pathCurrent')
					: undefined,
			isDisabled: !available,
		};
	});
	return (
		<Box flexDirection="column">
			<Line tone="muted">{t('stepEnforce.pathTitle')}</Line>
			<Menu
				items={items}
				isFocused={isFocused}
				initial={analysis.path}
				width={width}
				onHighlight={setHighlight}
				onPick={path => {
					onAnswer('path', path);
					// Security defaults on while Conditional Access is chosen: remember to turn them off just before the
					// policies go on (the decision is recorded, so a resumed run plans the same switch).
					if (path === 'conditionalAccess' && findings.securityDefaults === true) {
						onAnswer('switchFromSecurityDefaults', true);
					}
					go('hub');
				}}
			/>
			<Box marginTop={1}>
				<Para>{t(`stepEnforce.pathAbout_${highlight}`)}</Para>
			</Box>
			<Hint>{`${t('stepEnforce.hintHub')} · ${t('stepEnforce.hintBack')}`}</Hint>
		</Box>
	);
}
