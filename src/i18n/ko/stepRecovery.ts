import type {stepRecovery as en} from '../en/stepRecovery.js';
import type {Translated} from '../types.js';

export const stepRecovery: Translated<typeof en> = {
	licenceP2: 'ID 보호(Entra ID P2): 위험한 사용자와 유출된 자격 증명 탐지를 아래에 보여 줍니다.',
	licenceP1:
		'위험한 사용자와 유출된 자격 증명 탐지에는 Entra ID P2가 필요합니다. 이 테넌트는 P1이라 포털에서도 제한된 위험 사용자 보고서만 볼 수 있고, 이 도구는 목록을 가져올 수 없습니다. 침해된 것을 아는 계정이 있으면 u를 눌러 복구하세요.',
	licenceFree:
		'Entra ID P1이나 P2가 없으면 이 도구는 위험한 사용자도 로그인 로그도 볼 수 없습니다. 자격 증명 유출로 차단된 사용자는 관리자가 암호를 재설정해야 합니다. u를 눌러 UPN으로 계정을 복구하세요.',
	licenceUnknown:
		'테넌트 라이선스를 읽지 못해 위험한 사용자를 가져오지 못했습니다. u를 눌러 UPN으로 계정을 복구하세요.',
	licenceP1Short:
		'위험한 사용자를 보려면 Entra ID P2가 필요합니다. 이 테넌트는 P1이라 여기서 목록을 볼 수 없습니다. 침해된 것을 아는 계정은 u를 눌러 복구하세요.',
	licenceFreeShort:
		'Entra ID P1이나 P2가 없어 위험한 사용자도 로그인 로그도 읽을 수 없습니다. u를 눌러 UPN으로 계정을 복구하세요.',
	licenceUnknownShort: '라이선스를 읽지 못해 위험한 사용자를 가져오지 못했습니다. u를 눌러 UPN으로 계정을 복구하세요.',
	listCount: ({count, recovered}) =>
		count === 0 ? '위험한 계정이 없습니다.' : `복구할 계정 ${count}개${recovered > 0 ? ` · ${recovered}개 완료` : ''}`,
	tagLeaked: '자격 증명 유출',
	tagCompromised: '침해 확인됨',
	tagAtRisk: '위험',
	tagManual: '직접 입력',
	tagRecovered: '복구 완료',
	tagDismissed: '위험 해제됨',
	tagRemediated: '해결됨',
	levelHigh: '높음',
	levelMedium: '중간',
	levelLow: '낮음',
	levelOther: '—',
	keyOpen: 'enter 열기',
	keyUpn: 'u UPN으로 복구',
	keyFinish: 'f 마치기',
	keyBack: 'b 뒤로',
	keyDo: 'enter 선택',
	upnPrompt: '복구할 계정(UPN 또는 개체 ID)을 입력하고 Enter를 누르세요. Esc나 빈 줄은 취소입니다:',
	upnPlaceholder: 'name@contoso.com',
	upnNotFound: ({upn}) => `이 테넌트에 ${upn} 계정이 없습니다.`,
	loading: '계정을 읽는 중: 인증 방법, 최근 로그인…',
	cloudOnly: '클라우드 전용',
	synced: 'AD에서 동기화됨',
	accountDisabled: '로그인 차단됨',
	guest: '게스트',
	syncWarning:
		'온-프레미스 AD에서 동기화된 계정입니다. 암호 쓰기 저장(writeback)이 켜져 있어야 여기서 바꾼 암호가 유지됩니다. 꺼져 있으면 다음 동기화 때 이전 암호로 돌아가니 AD에서 재설정하세요.',
	guestNote: '게스트는 자신의 조직에서 로그인하므로, 여기서 세션을 해지해도 그 세션은 끝나지 않습니다.',
	signInsTitle: ({count, from}) => `${from} 이후 최근 로그인: ${count}건`,
	signInsNone: '기간 안에 로그인이 없습니다.',
	signInsLicence: '로그인 로그에는 Entra ID P1이 필요해 최근 로그인을 보여 줄 수 없습니다.',
	signInsError: ({detail}) => `최근 로그인을 읽지 못했습니다(${detail}).`,
	unknownPlace: '위치 알 수 없음',
	resultOk: '성공',
	methodsLine: ({methods}) => `인증 방법: ${methods}`,
	methodsNone: '인증 방법: 암호뿐',
	methodsError: ({detail}) => `인증 방법을 읽지 못했습니다(${detail}).`,
	methodsCheck: '사용자와 함께 확인하고 모르는 방법은 지우세요(공격자가 추가했을 수 있습니다).',
	evidenceSaved: ({file}) => `증거 저장됨: ${file}`,
	evidenceFailed: ({message}) => `증거를 저장하지 못했습니다: ${message}`,
	actionReset: '암호 재설정(임시 암호, 로그인 때 변경)',
	actionRevoke: '모든 로그인 세션 해지',
	actionDismiss: '사용자 위험 해제',
	actionConfirm: '계정 침해 확인',
	needsP2: 'Entra ID P2 필요',
	notRisky: 'ID 보호가 위험으로 표시하지 않음',
	doneAt: ({time}) => `${time} 완료`,
	confirmReset: ({upn}) =>
		`${upn}의 암호를 재설정할까요? 무작위 임시 암호로 바뀌고 여기에 한 번만 표시됩니다. 사용자는 다음 로그인 때 암호를 바꿔야 하며 세션도 끝납니다.`,
	confirmRevoke: ({upn}) =>
		`${upn}의 모든 로그인 세션을 해지할까요? 앱과 장치는 다시 로그인해야 합니다(모두에 반영되기까지 몇 분 걸립니다).`,
	confirmDismiss: ({upn}) =>
		`${upn}의 위험을 해제할까요? 암호를 재설정한 뒤에 하세요. ID 보호가 더 이상 이 계정을 위험으로 다루지 않습니다.`,
	confirmConfirm: ({upn}) =>
		`${upn}을(를) 침해된 계정으로 확인할까요? ID 보호가 사용자 위험을 높음으로 올리고, 위험 기반 정책이 암호를 재설정할 때까지 차단하거나 추가 인증을 요구합니다.`,
	cannotUndo: '되돌릴 수 없습니다.',
	confirmAsk: '진행할까요? (y/n)',
	dryRunRecorded: '드라이 런: 계획에 기록했고 아무것도 보내지 않았습니다.',
	sending: '보내는 중…',
	applied: ({action}) => `완료: ${action}.`,
	alreadyDone: ({action}) => `이미 적용됨: ${action}.`,
	outcomeUnknown:
		'이전 시도의 결과를 알 수 없으며, 암호 재설정은 저절로 다시 보내지 않습니다. 다시 재설정하려면 한 번 더 선택하세요.',
	failed: ({message}) => `하지 못했습니다: ${message}`,
	declined: '하지 않았습니다. 아무것도 보내지 않았습니다.',
	revealTitle: ({upn}) => `${upn}의 임시 암호:`,
	revealOnce:
		'한 번만 표시하며 어디에도 저장하지 않습니다. 전화나 대면처럼 다른 경로로 사용자에게 전달하세요. 사용자는 다음 로그인 때 새 암호를 정해야 합니다.',
	revealContinue: '전달했으면 Enter를 누르세요. 화면에서 사라집니다.',
	appPasswords:
		'앱 암호는 암호를 재설정해도 그대로 남습니다. Graph로는 목록을 볼 수 없으니 사용자에게 https://aka.ms/mysecurityinfo에서 지우게 하거나, 사용자별 MFA 설정에서 앱 암호를 끄세요.',
	appPasswordsShort: '앱 암호는 재설정 후에도 남습니다. 사용자가 aka.ms/mysecurityinfo에서 지우게 하세요.',
	notePasswordOnce:
		'임시 암호는 재설정을 적용할 때 만들어 화면에 한 번만 보여 주며, 디스크·로그·기록·보고서 어디에도 쓰지 않습니다.',
	noteSynced: '온-프레미스 AD에서 동기화된 계정은 암호 쓰기 저장이 있어야 재설정이 유지됩니다.',
	describeUser: ({upn, level, state, leaked}) => `${upn}: 위험 ${level}, ${state}${leaked ? `, ${leaked}` : ''}`,
	questionActions: ({upn}) => `${upn} 복구`,

	changeResetTitle: ({upn}) => `${upn}의 암호 재설정(임시 암호, 다음 로그인 때 변경)`,
	changeResetWhy:
		'현재 암호를 다른 사람이 알고 있습니다. 사용자가 다음 로그인 때 바꾸는 임시 암호로 그 사람을 막습니다.',
	changeRevokeTitle: ({upn}) => `${upn}의 로그인 세션 해지`,
	changeRevokeWhy: '이미 발급된 토큰은 해지하기 전까지 암호를 바꿔도 계속 쓸 수 있습니다.',
	changeDismissTitle: ({upn}) => `${upn}의 위험 해제`,
	changeDismissWhy: '계정이 다시 안전해졌으니 ID 보호가 더 이상 차단하거나 추가 인증을 요구하지 않게 합니다.',
	changeConfirmTitle: ({upn}) => `${upn} 침해 확인`,
	changeConfirmWhy: '계정이 탈취되었음을 ID 보호에 알려 위험 기반 정책이 대응하게 합니다.',
	undoReset:
		'암호 재설정은 되돌릴 수 없습니다. 이 도구는 이전 암호를 모르며, 되돌리면 유출한 사람에게 계정을 다시 넘기는 셈입니다.',
	undoRevoke: '해지한 세션은 복원할 수 없습니다. 사용자가 다시 로그인하면 됩니다.',
	undoDismiss: 'ID 보호에는 해제한 위험을 되살리는 기능이 없습니다. 다시 침해가 의심되면 침해 확인을 하세요.',
	undoConfirm: '침해 확인 자체는 철회할 수 없습니다. 잘못 확인했다면 복구 단계에서 사용자 위험을 해제하세요.',
	openLeaked: ({upn}) => `${upn}의 자격 증명이 유출되어 아직 위험 상태입니다. 암호를 재설정하고 위험을 해제하세요.`,
	openAtRisk: ({upn}) => `${upn}이(가) 위험 상태입니다. 암호 재설정, 세션 해지, 위험 처리를 하세요.`,
};
