import type {undo as en} from '../en/undo.js';
import type {Translated} from '../types.js';

export const undo: Translated<typeof en> = {
	leftAsIs: ({title, reason}) => `그대로 둡니다: “${title}”은(는) 되돌릴 수 없습니다. ${reason}`,
	whatToUndo: '무엇을 되돌릴지 지정하세요. 저널의 변경 ID나 --all을 주면 됩니다.',
	whatToUndoHint: '먼저 --dry-run으로 미리 보세요. 적용 중인 변경과 보낼 요청을 그대로 보여 줍니다.',
	idAndAll: '변경 ID와 --all 중 하나만 주세요.',
	noTerminal: '되돌리기는 확인을 받아야 하는데, 물어볼 터미널이 없습니다.',
	noTerminalHint: '터미널에서 실행하거나 --dry-run으로 미리 보세요(되돌리기에는 --yes가 없습니다).',
	unknownId: ({id}) => `이 테넌트의 저널에 “${id}” 변경이 없습니다.`,
	knownIds: ({ids}) => `되돌릴 수 있는 변경: ${ids}`,
	nothingApplied: '저널에 적용 중인 변경이 없습니다.',
	nothingToUndo: '되돌릴 것이 없습니다. 이 도구가 만든 변경 중 테넌트에 적용 중인 것이 없습니다.',
	previewTitle: ({count}) =>
		count === 1 ? '다음 변경을 되돌립니다:' : `다음 변경 ${count}개를 최신 것부터 되돌립니다:`,
	previewTitleDryRun: '모의 실행 — 아무것도 보내지 않습니다. 되돌리면 최신 것부터 다음을 보냅니다:',
	checkLater: '위의 더 최근 변경을 되돌린 뒤 다른 사람의 수정 여부를 확인합니다',
	driftRefuse: '이 도구가 적용한 뒤 다른 사람이 바꿨습니다. 거부됩니다(그래도 되돌리려면 --force)',
	driftForced: '이 도구가 적용한 뒤 다른 사람이 바꿨지만 --force로 되돌립니다',
	gone: '개체가 더 이상 없습니다',
	already: '이미 이전 상태입니다. 아무것도 보내지 않습니다',
	dryRunDone: '모의 실행이라 아무것도 보내지 않았습니다. 되돌리려면 --dry-run 없이 같은 명령을 실행하세요.',
	typeDomain: ({domain}) =>
		`보호가 해제되거나 MFA 대상이 바뀝니다. 되돌리려면 테넌트 도메인(${domain})을 입력하고, 취소하려면 그냥 Enter를 누르세요: `,
	confirm: ({count}) => (count === 1 ? '이 변경을 되돌릴까요? (y/N) ' : `변경 ${count}개를 되돌릴까요? (y/N) `),
	domainMismatch: ({domain}) => `${domain}과 다릅니다. 아무것도 되돌리지 않았고 아무것도 보내지 않았습니다.`,
	declined: '아무것도 되돌리지 않았고 아무것도 보내지 않았습니다.',
	undoneLine: ({title, request}) => `되돌림: ${title} (${request})`,
	wasAlready: ({title}) => `되돌림: ${title} (이미 이전 상태라 보낸 요청 없음)`,
	stopped: ({done, left}) => `${done}개를 되돌린 뒤 멈췄습니다. ${left}개는 아직 적용 중입니다(저널에 기록됨).`,
	done: ({count}) => `변경 ${count}개를 되돌리고 저널에 기록했습니다.`,
};
