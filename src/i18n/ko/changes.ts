import type {changes as en} from '../en/changes.js';
import type {Translated} from '../types.js';

export const changes: Translated<typeof en> = {
	undoNotApplied: ({title}) => `“${title}”은(는) 적용된 상태가 아닙니다(적용되지 않았거나 이미 되돌렸음).`,
	undoImpossible: ({title, reason}) => `“${title}”은(는) 되돌릴 수 없습니다: ${reason}`,
	undoDrift: ({title}) =>
		`이 도구가 “${title}”을(를) 적용한 뒤 다른 사람이 바꿨습니다. 지금 되돌리면 그 사람의 변경이 사라질 수 있습니다.`,
	undoGone: ({title}) => `“${title}”은(는) 되돌릴 수 없습니다. 바꾼 개체가 테넌트에 더 이상 없습니다.`,
	undoDriftHint: '먼저 Entra 관리 센터에서 개체를 확인하세요. 그래도 되돌리려면 --force를 붙이세요.',
	wouldSend: ({method, path}) => `[모의 실행] ${method} ${path} 요청 예정`,
	stateCreate: '새로 만듦',
	stateUpdate: '수정함',
	stateUnchanged: '이미 적용됨',
	statusApplying: '진행 중(중단되었나요?)',
	statusApplied: '적용됨',
	statusAlreadyDone: '이미 적용됨',
	statusFailed: '실패',
	statusUnknown: '결과 알 수 없음',
	statusUndone: '되돌림',
};
