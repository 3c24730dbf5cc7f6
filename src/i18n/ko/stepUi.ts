import type {stepUi as en} from '../en/stepUi.js';
import type {Translated} from '../types.js';

export const stepUi: Translated<typeof en> = {
	scrollPosition: ({from, to, total}) => `${total}줄 중 ${from}–${to} · ↑↓ PgUp/PgDn`,
	scrollPositionPages: ({from, to, total}) => `${total}줄 중 ${from}–${to} · PgUp/PgDn`,
	keyTabs: '←→ 탭',
	keyFinish: 'f 마치기',
	keyChoose: 'enter 선택',
	keyOpen: 'enter 열기',
	keyMove: '↑↓ 이동',
	keyBackToList: '← 목록으로',
	keyToggle: 'space 체크',
	keyExport: 'x CSV',
	keyWriteReg: 'w .reg 파일 만들기',
	tabFindings: '찾은 내용',
	tabDecide: '결정',
	tabWhy: '설명',
	recommended: '권장',
	notePrompt: '기록할 메모(Enter로 저장, 빈 줄은 취소):',
	notePlaceholder: '예: 담당자 동의, 3월에 폐기 예정',
	noteLabel: ({note}) => `메모: ${note}`,
	saved: '저장했습니다.',
	fileWritten: ({path}) => `${path}에 저장했습니다`,
	fileFailed: ({message}) => `파일을 쓰지 못했습니다: ${message}`,
	finishHint: '결정을 마쳤으면 f를 눌러 이 단계를 마치세요. 확인 없이는 아무것도 보내지 않습니다.',
	answered: ({n, total}) => `직접 결정 ${n}/${total} · ○ 권장 ● 직접 ✔ 완료`,
};
