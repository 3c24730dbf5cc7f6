import type {plan as en} from '../en/plan.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const plan: Translated<typeof en> = {
	title: ({tenant}) => `mfa-onboard 계획 — ${tenant}`,
	intro: ({when, mode, version}) =>
		`${when} 모의 실행(${mode}, mfa-onboard ${version}). 아무것도 바꾸지 않았습니다. 아래 요청은 실제 실행에서 대화형 확인을 거친 뒤 보낼 내용 그대로입니다. 결정은 저장된 관리자 답변을, 그 밖에는 권장 답변을 따랐습니다.`,
	modeDemo: '데모 테넌트',
	modeLive: '실제 테넌트',
	summary: ({changes, steps, open}) =>
		`${n(steps)}개 단계에서 변경 ${n(changes)}개를 계획했고, 남은 항목은 ${n(open)}개입니다.`,
	stepHeading: ({n: number, title}) => `${number}단계 — ${title}`,
	notAvailable: '아직 이 버전에 없습니다. 계획한 것이 없습니다.',
	skipped: ({reason}) => `관리자가 건너뜀: ${reason}`,
	failed: ({message}) => `계획하지 못했습니다: ${message}`,
	findings: '찾은 내용',
	decisions: '결정',
	changes: '변경',
	noChanges: '테넌트에서 바꿀 것은 없습니다. 결정은 기록했습니다.',
	changeMeta: ({id, scopes, confirmation}) =>
		`변경 ${id} · 권한 ${scopes} · ${confirmation} · 기록에 남으며 \`mfa-onboard undo ${id}\`로 되돌림`,
	changeMetaNoUndo: ({id, scopes, confirmation, reason}) =>
		`변경 ${id} · 권한 ${scopes} · ${confirmation} · 기록에 남지만 되돌릴 수 없음: ${reason}`,
	confirmDomain: '테넌트 도메인을 입력해야 적용',
	confirmKey: '확인을 받은 뒤에만 적용',
	journaled: '이 도구가 이미 적용했습니다(기록 참조). 실제 실행에서 다시 보내지 않습니다.',
	previewFailed: ({message}) => `현재 상태를 읽지 못했습니다: ${message}`,
	stateUnknown: '상태 알 수 없음',
	notes: '참고',
	open: '남은 항목',
	severity_high: '높음',
	severity_medium: '보통',
	severity_low: '낮음',
	footer: '적용하려면 --dry-run 없이 mfa-onboard를 실행하고, 단계마다 변경을 확인하세요.',
	readingStep: ({step}) => `계획하는 중: ${step}`,
	written: '계획을 출력했습니다. 테넌트에는 아무것도 보내지 않았습니다.',
};
