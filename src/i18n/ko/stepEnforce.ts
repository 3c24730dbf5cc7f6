import type {stepEnforce as en} from '../en/stepEnforce.js';
import type {Translated} from '../types.js';

export const stepEnforce: Translated<typeof en> = {
	changeCreatePolicy: ({name}) => `“${name}” 정책을 보고 전용으로 만들기`,
	whyCreatePolicy:
		'먼저 보고 전용으로 둡니다. 로그인할 때마다 정책이 평가되고 결과가 기록되지만, 아직 아무도 차단되거나 추가 인증을 요구받지 않습니다.',
	changeScopePolicy: ({name, count}) =>
		count === 0
			? `“${name}” 정책의 제외 대상을 모두 없애기(선언된 비상 액세스 계정이 없음)`
			: count === 1
				? `“${name}” 정책의 제외 대상을 비상 액세스 계정으로만 한정`
				: `“${name}” 정책의 제외 대상을 비상 액세스 계정 ${count}개로만 한정`,
	whyScopeOurs: '이 도구가 만든 정책을 원래 모양으로 되돌리고, 선언된 비상 액세스 계정을 제외합니다.',
	whyScopeReuse:
		'같은 역할의 정책이 이미 있어 새로 만들지 않고 재사용합니다. 이 정책에서 제외할 수 있는 것은 비상 액세스 계정뿐입니다.',
	changeEnablePolicy: ({name}) => `“${name}” 정책 켜기`,
	whyEnablePolicy: '보고 전용 결과를 검토했고 잠금 방지 점검을 통과했습니다.',
	changeReportOnlyPolicy: ({name}) => `“${name}” 정책을 보고 전용으로 전환`,
	whyReportOnlyPolicy:
		'조건부 액세스 정책이 켜져 있으면 보안 기본값을 켤 수 없습니다. 보고 전용으로 두면 결과는 계속 볼 수 있고, 되돌리기로 원래대로 돌릴 수 있습니다.',
	changeSdOn: '보안 기본값 켜기',
	whySdOn: '보안 기본값은 모든 사용자의 MFA 등록, 관리자의 MFA를 강제하고 레거시 인증을 차단합니다.',
	changeSdOff: '보안 기본값 끄기',
	whySdOff: '보안 기본값이 켜져 있으면 조건부 액세스 정책을 켤 수 없습니다. 끄자마자 정책을 켭니다.',
	changeCreateAccount: ({upn}) => `비상 액세스 계정 ${upn} 만들기(클라우드 전용, 이어서 전역 관리자 지정)`,
	whyCreateAccount:
		'MFA나 조건부 액세스 때문에 다른 모든 계정이 막혀도 로그인할 수 있는 계정입니다. 이 정책들에서 제외됩니다.',
	changeAssignGlobalAdmin: ({upn}) => `${upn} 계정에 전역 관리자 역할 부여`,
	whyAssignGlobalAdmin: '비상 액세스 계정은 어떤 정책이든 되돌릴 수 있어야 합니다.',
	undoNoObject: '만든 개체를 식별하지 못했습니다',
	undoNoBefore: '이전 상태가 기록되지 않았습니다',
	consequenceMfaAllUsers:
		'비상 액세스 계정을 뺀 모든 사용자가 로그인할 때마다 MFA를 거쳐야 합니다. 아직 등록하지 않은 사용자는 먼저 등록해야 합니다.',
	consequenceMfaAdmins: '관리자 역할 15가지 중 하나라도 가진 사용자는 로그인할 때마다 MFA를 거쳐야 합니다.',
	consequenceBlockLegacy: 'IMAP, POP, 인증된 SMTP, 기본 인증 ActiveSync 같은 레거시 로그인이 모든 계정에서 거부됩니다.',
	consequenceUserRisk: '사용자 위험이 높음으로 표시된 사용자는 로그인하려면 MFA를 거치고 암호를 바꿔야 합니다.',
	consequenceRollout: ({count, accounts, risk}) =>
		`정책 ${count}개가 켜집니다. 비상 액세스 계정 ${accounts}개를 뺀 모든 사용자가 로그인할 때마다 MFA를 거쳐야 하고(미등록 사용자는 먼저 등록), 레거시 로그인(IMAP, POP, SMTP AUTH, 기본 인증 ActiveSync)은 거부됩니다${risk ? '. 사용자 위험이 높은 사용자는 암호도 바꿔야 합니다' : ''}.`,
	consequenceEnableOther: ({name}) => `“${name}” 정책이 로그인에 적용되기 시작합니다.`,
	consequenceReportOnly: ({name}) => `보안 기본값이 켜질 때까지(몇 초) “${name}” 정책이 적용되지 않습니다.`,
	consequenceSdOn:
		'모든 사용자가 다음 로그인 때 MFA를 등록해야 하고, 관리자는 매번 MFA를 거치며, 레거시 로그인은 거부됩니다. 예외는 없습니다.',
	consequenceSdOff: '보안 기본값이 꺼지고, 곧바로 조건부 액세스 정책이 그 역할을 이어받습니다.',

	check_breakGlassDeclared: '비상 액세스 계정이 선언되어 있음',
	check_breakGlassReady: '계정이 존재하고, 사용 중이며, 클라우드 전용 전역 관리자임',
	check_breakGlassExcluded: '켜는 모든 정책에서 제외되어 있음',
	check_adminMfa: '내 계정이 MFA에 등록되어 있음',
	check_openItems: '2단계와 5단계에 남은 항목이 없음',
	guardDeclared: ({account}) => `선언됨: ${account}`,
	guardAccountReady: ({account}) => `${account}: 준비됨`,
	guardAccountMissing: ({account}) => `${account}: 테넌트에 없는 계정입니다`,
	guardAccountUnknown: ({account}) => `${account}: 확인하지 못했습니다(디렉터리를 읽을 수 없음)`,
	guardAccountDisabled: ({account}) => `${account}: 계정이 사용 중지되어 있습니다`,
	guardAccountSynced: ({account}) => `${account}: 온-프레미스 AD에서 동기화된 계정입니다(클라우드 전용이어야 함)`,
	guardAccountNotGlobalAdmin: ({account}) => `${account}: 전역 관리자 역할이 없습니다`,
	guardNotExcluded: ({account, name}) => `${account} 계정이 “${name}” 정책에서 제외되어 있지 않습니다`,
	guardAdminRegistered: '내 계정에 MFA 방법이 등록되어 있습니다.',
	guardAdminSessionMfa: '이번 세션에서 MFA를 완료했습니다.',
	guardAdminNotRegistered:
		'내 계정에 MFA 방법이 없습니다. 정책을 켜면 로그인할 수 없게 됩니다. 먼저 https://aka.ms/mysecurityinfo 에서 등록하세요.',
	guardAdminUnknown: '내 계정의 MFA 등록 상태를 읽지 못했습니다.',
	guardOpenItem: ({id, step}) => `${step}단계: ${id}`,
	guardPass: '모든 점검을 통과했습니다.',
	guardRefused: '진행할 수 없습니다. ✖ 표시된 항목을 먼저 해결하세요.',
	guardRefusedOverridable:
		'진행할 수 없습니다. 해당 항목을 해결하거나(2·5단계에서 위험 수용으로 처리해도 됨), --i-understand-lockout-risk를 붙여 다시 실행하세요. 이 옵션도 비상 계정 점검은 건너뛰지 못합니다.',
	guardOverridden: '--i-understand-lockout-risk로 수용함',
	noteExoPowerShell: ({connect}) =>
		`Exchange Online PowerShell: 2019년 요구 사항 문서에는 MFA를 켜면 위임 관리자 권한으로 쓸 수 없다는 알려진 문제가 있었습니다. 지금은 해당하지 않습니다. V3 모듈(ExchangeOnlineManagement 3.x)은 MFA와 GDAP 위임 액세스를 지원합니다(${connect}). 이를 위해 예외를 둘 필요가 없습니다.`,
	noteSdNoExclusions:
		'보안 기본값은 예외를 허용하지 않으므로 비상 액세스 계정도 MFA를 거쳐야 합니다. 먼저 이 계정에 FIDO2 보안 키를 등록하세요.',
	noteStepUnknown: ({step}) => `“${step}” 단계는 이 버전에 없어 남은 항목을 알 수 없습니다.`,

	openBreakGlass: '준비된 비상 액세스 계정이 선언되어 있지 않습니다.',
	openBreakGlassBreaks: 'MFA나 정책에 문제가 생기면 고치러 로그인할 사람이 없습니다.',
	openThirdParty: '타사 MFA를 선택했지만 확인 진술이 없습니다.',
	openSecurityDefaults: '보안 기본값이 아직 켜져 있지 않습니다.',
	openReportOnly: '정책이 보고 전용 상태입니다. 다시 와서 영향을 검토하고 켜세요.',
	openNoPolicies: '조건부 액세스 정책을 아직 만들지 않았습니다.',

	docSecurityDefaults: ({state}) => `보안 기본값 켜짐: ${state}`,
	docLicences: ({p1, p2}) => `Entra ID P1: ${p1}, Entra ID P2: ${p2}`,
	docSlotOurs: ({title, name, state}) => `${title}: 이 도구가 만든 정책 “${name}”(${state})`,
	docSlotReuse: ({title, name, state}) => `${title}: 같은 역할의 기존 정책 “${name}”(${state}) 재사용`,
	docSlotNone: ({title}) => `${title}: 정책이 없어 보고 전용으로 새로 만듦`,
	docAccountReady: ({account}) => `비상 액세스 계정 ${account}: 준비됨`,
	docAccountNotReady: ({account}) => `비상 액세스 계정 ${account}: 준비되지 않음`,
	docNoAccounts: '선언된 비상 액세스 계정이 없습니다(--break-glass).',
	qPath: 'MFA를 어떻게 강제할까요?',
	path_conditionalAccess: '조건부 액세스 정책',
	path_securityDefaults: '보안 기본값',
	path_thirdParty: '타사 MFA 제공자',
	qUserRisk: '사용자 위험 높음 정책도 만들까요(P2)?',
	qCreateAccount: '비상 액세스 계정을 만들까요?',
	qEnable: '정책을 켤까요?',
	docNoP1: '이 테넌트에는 Entra ID P1 라이선스가 없어 조건부 액세스를 쓸 수 없습니다.',
	docReportOnlyFirst: ({days}) =>
		`정책은 보고 전용으로 만들어집니다. 최소 ${days}일이 지나면 마법사가 로그인 로그에서 결과를 읽고 잠금 방지 점검을 한 뒤, 관리자가 테넌트 도메인을 입력하면 정책을 켭니다.`,
	docEnableRefused: '정책을 켤 수 없습니다. 준비되고 제외된 비상 액세스 계정이 없습니다.',
	docEnableAfterCreate: '정책을 켜려면 먼저 보고 전용으로 만들어져 있어야 합니다.',
	docSdSwitchOrder:
		'보안 기본값이 켜져 있습니다. 보안 기본값을 켠 채로 정책을 보고 전용으로 만들고, 보안 기본값을 끈 직후 정책을 켭니다.',
	docSdWhat: ({source}) =>
		`보안 기본값: 모든 사용자가 다음 로그인 때 MFA를 등록하고, 관리자는 매 로그인마다, 다른 사용자는 Microsoft가 필요하다고 판단할 때 MFA를 거치며, 레거시 인증은 차단됩니다. 예외를 둘 수 없어 스크립트가 암호로 쓰는 계정은 동작하지 않게 됩니다(${source}).`,
	docSdRefused: ({names}) =>
		`진행할 수 없습니다. 다음 조건부 액세스 정책이 켜져 있는 동안에는 보안 기본값을 켤 수 없습니다: ${names}.`,
	docSdSwitch: ({count}) => `조건부 액세스 정책 ${count}개를 보고 전용으로 바꾼 뒤 보안 기본값을 켭니다.`,
	docThirdParty: 'MFA는 타사 제공자가 강제합니다. 마법사는 확인 진술만 기록하며 준수 점검에서는 보이지 않습니다.',

	stateLine: ({sd, p1, p2}) => `보안 기본값 ${sd} · P1 ${p1} · P2 ${p2}`,
	on: '켜짐',
	off: '꺼짐',
	verdictLine: ({all, admins, legacy}) => `전체: ${all} · 관리자: ${admins} · 레거시 차단: ${legacy}`,
	verdict_enforced: '예',
	verdict_reportOnly: '보고 전용',
	verdict_partial: '일부',
	verdict_none: '아니요',
	verdict_unknown: '?',
	itemPath: ({path}) => `방식: ${path}`,
	itemBreakGlassNone: '비상 액세스: 선언된 계정 없음',
	itemBreakGlass: ({ready, total}) => `비상 액세스: ${total}개 중 ${ready}개 준비됨`,
	itemPoliciesPrepare: ({create, fix}) =>
		`정책: ${[create > 0 ? `${create}개 만들기` : '', fix > 0 ? `${fix}개 조정` : ''].filter(Boolean).join(', ')}(보고 전용)`,
	itemPoliciesCreate: ({count}) => `정책 ${count}개를 보고 전용으로 만들기`,
	itemPoliciesReportOnly: ({days}) => `정책 보고 전용 ${days}일째`,
	itemPoliciesEnabled: '정책: 켜짐',
	itemImpact: '보고 전용 영향 검토',
	itemEnable: '잠금 방지 점검 후 켜기',
	itemSdOn: '보안 기본값: 켜짐',
	itemSdTurnOn: '보안 기본값 켜기',
	itemThirdParty: '확인 진술 기록',
	itemDone: '완료 — MFA가 강제됩니다',
	next: '다음',
	hintHub: '↑↓ 선택 · Enter 열기',
	hintBack: '← 뒤로',
	stale: '일부 개체를 다시 읽지 못해 평가 당시 정보를 표시합니다.',

	pathTitle: 'MFA를 어떻게 강제할까요?',
	pathAbout_conditionalAccess:
		'Entra ID P1이 필요합니다. 전체 사용자 MFA, 관리자 MFA, 레거시 로그인 차단 정책을 보고 전용으로 만들고 실제 로그인으로 확인한 뒤 켭니다. 비상 계정은 제외됩니다.',
	pathAbout_securityDefaults:
		'모든 테넌트에서 쓸 수 있습니다. 모든 사용자가 다음 로그인 때 MFA를 등록하고, 관리자는 매번 MFA를 거치며, 레거시 로그인은 차단됩니다. 예외가 전혀 없어 스크립트가 암호로 쓰는 계정은 동작하지 않게 됩니다.',
	pathAbout_thirdParty:
		'다른 제공자(페더레이션이나 외부 인증 방법)가 MFA를 맡습니다. 마법사는 관리자의 진술을 기록할 뿐 확인할 수는 없습니다.',
	pathNeedsP1: 'Entra ID P1 필요',
	pathCurrent: '선택됨',

	bgTitle: '비상 액세스(break-glass) 계정',
	bgAbout:
		'이 정책들에서 제외되고 오프라인으로 보관되는 클라우드 전용 전역 관리자 계정이 하나 이상 있어야, MFA에 문제가 생겨도 테넌트를 복구할 수 있습니다. 두 개를 권장합니다.',
	bgNone: '아직 선언된 계정이 없습니다.',
	bgCandidate: '선언 안 됨',
	bgStatus_ready: '준비됨',
	bgStatus_missing: '없음',
	bgStatus_disabled: '사용 중지됨',
	bgStatus_synced: '동기화됨(클라우드 전용 아님)',
	bgStatus_notGlobalAdmin: '전역 관리자 아님',
	bgStatus_unknown: '알 수 없음',
	bgDeclared: '선언됨',
	bgHint: 'Enter 선언/해제 · a 입력 · c 만들기',
	bgTypePrompt: '비상 계정 UPN을 쉼표로 구분해 입력하고 Enter:',
	bgCreateTitle: ({upn}) => `${upn} 계정을 만들까요?`,
	bgCreateAbout:
		'테넌트의 onmicrosoft.com 도메인에 클라우드 전용 전역 관리자로 만들고, 32자 임의 암호를 한 번만 보여 드립니다. 비상 액세스 계정으로 선언되어 정책에서 제외됩니다.',
	bgCreating: '전역 관리자 역할을 부여하는 중…',
	bgCreated: ({upn}) => `${upn} 계정을 만들었습니다. 암호는 지금 한 번만 보입니다:`,
	bgPasswordAbout:
		'지금 오프라인으로 보관하세요(금고, 두 부분으로 나눠 두 곳에). 어디에도 저장되지 않으며 다시 보여 드리지 않습니다. 그다음 이 계정에 FIDO2 보안 키를 등록하세요.',
	bgPasswordStored: '보관했으면 Enter',
	bgPasswordLost: ({upn}) =>
		`${upn} 계정은 만들어졌지만 암호를 보여 드리기 전에 실행이 중단되었습니다. Entra 관리 센터에서 이 계정의 암호를 재설정하세요.`,

	polTitle: '조건부 액세스 정책',
	polCreate: '새로 만듦',
	polOurs: '이 도구가 만든 정책',
	polReuse: ({name}) => `“${name}” 재사용`,
	polFix: '제외 대상을 비상 계정으로 한정',
	polUserRisk: ({mark}) => `${mark} 사용자 위험 높음 → 암호 변경 + MFA (P2)`,
	polHint: 'Enter 보고 전용으로 만들기 · u 사용자 위험 정책',
	polHintNoRisk: 'Enter 보고 전용으로 만들기',
	polNeedBreakGlass: '먼저 비상 액세스 계정을 선언하세요. 모든 정책에서 제외됩니다.',
	polAllExist: '정책이 모두 있습니다.',
	state_enabled: '켜짐',
	state_enabledForReportingButNotEnforced: '보고 전용',
	state_disabled: '꺼짐',

	impTitle: '보고 전용 영향',
	impReading: ({count}) => `로그인 로그 읽는 중… ${count}건`,
	impPolicy: ({name, days}) => `${name} — ${days}일`,
	impCounts: ({blocked, challenged, users}) => `✖ 차단 ${blocked} · ! MFA 요구 ${challenged} · ${users}명`,
	impTooEarly: ({min}) => `판단하기 이릅니다. 최소 ${min}일은 두세요.`,
	impEstimate_legacyUsers: ({count, examples}) =>
		`추정: ${count}명이 레거시 로그인을 씁니다${examples ? `(${examples})` : ''}.`,
	impEstimate_unregisteredAdmins: ({count, examples}) =>
		`추정: MFA에 등록하지 않은 관리자 ${count}명${examples ? `(${examples})` : ''}.`,
	impEstimate_unregisteredMembers: ({count, examples}) =>
		`추정: MFA에 등록하지 않은 사용자 ${count}명. 다음 로그인 때 등록을 요구받습니다${examples ? `(${examples})` : ''}.`,
	impEstimate_highRiskUsers: ({count, examples}) =>
		`추정: 사용자 위험이 높은 사용자 ${count}명${examples ? `(${examples})` : ''}.`,
	impAutomation: ({count, examples, more}) =>
		`자동화 계정 ${count}개가 암호만으로 로그인하므로 실패하게 됩니다(${examples}${more > 0 ? ` 외 ${more}개` : ''}).`,
	impComeBack: ({date}) => `${date} 이후에 다시 오세요. q로 나간 뒤 같은 명령을 실행하면 여기서 이어집니다.`,
	impIncomplete: '최근 로그인만 읽었습니다(읽기 한도에 도달).',
	impProblem: ({reason}) => `로그인 로그를 읽지 못했습니다(${reason}). 영향을 알 수 없습니다.`,
	impNone: '이번 적용 대상 중 보고 전용 상태인 정책이 없습니다.',
	impHint: 'Enter 대상자 · g 잠금 방지 점검 · ← 뒤로',
	impUsersTitle: ({name}) => `${name} 정책으로 차단되거나 MFA를 요구받을 사용자`,
	impUserRow: ({upn, blocked, challenged}) => `✖${blocked} !${challenged}  ${upn}`,
	impNobody: '차단되거나 MFA를 요구받았을 사용자가 없습니다.',

	grdTitle: '잠금 방지 점검',
	grdChecking: '점검하는 중…',
	grdHintPass: 'Enter 검토 후 켜기 · ← 뒤로',
	grdHintRefused: '← 뒤로',
	grdBreaks: ({text, breaks}) => `${text} — ${breaks}`,
	grdEarly: '보고 전용으로 일주일이 안 된 정책이 있습니다. 지금 켜면 추정치에 기대게 됩니다.',

	sdTitle: '보안 기본값',
	sdWhat:
		'모든 사용자가 다음 로그인 때 MFA를 등록하고, 관리자는 매 로그인마다, 다른 사용자는 Microsoft가 필요하다고 판단할 때 MFA를 거치며, 레거시 인증은 차단됩니다. 예외를 둘 수 없어 스크립트가 암호로 쓰는 계정은 동작하지 않게 됩니다.',
	sdIsOn: '보안 기본값이 켜져 있어 모든 사용자에게 MFA가 강제됩니다. 바꿀 것이 없습니다.',
	sdConflicts: ({count}) =>
		count === 1
			? '다음 조건부 액세스 정책이 켜져 있는 동안에는 보안 기본값을 켤 수 없습니다:'
			: `다음 조건부 액세스 정책 ${count}개가 켜져 있는 동안에는 보안 기본값을 켤 수 없습니다:`,
	sdSwitchOffer: 'y 이 정책들을 보고 전용으로 바꾼 뒤 보안 기본값 켜기',
	sdSwitchChosen: '보안 기본값을 켜기 직전에 이 정책들을 보고 전용으로 바꿉니다.',
	sdHint: 'Enter 잠금 방지 점검 후 켜기 · ← 뒤로',

	tpTitle: '타사 MFA',
	tpAbout:
		'제공자 이름을 적고, 서비스 계정을 포함한 모든 사용자가 로그인할 때마다 그 제공자에게서 MFA를 요구받는다는 것을 확인해 주세요. 요약에는 관리자의 진술로 표시됩니다.',
	tpProvider: '제공자 이름을 입력하고 Enter:',
	tpAttest: ({provider}) =>
		`y: 제공자 ${provider}에서 서비스 계정을 포함한 모든 사용자에게 매 로그인마다 MFA를 요구함을 확인합니다`,
	tpRecorded: ({provider}) => `기록함: MFA는 ${provider}에서 강제합니다.`,
	tpHint: 'Enter 마치기 · ← 뒤로',
};
