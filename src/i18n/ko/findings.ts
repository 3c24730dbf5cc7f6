import type {findings as en} from '../en/findings.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const findings: Translated<typeof en> = {
	mfaNotEnforcedTitle: '모든 사용자에게 MFA가 강제되지 않음',
	mfaAdminsNotEnforcedTitle: '모든 관리자에게 MFA가 강제되지 않음',
	legacyAuthNotBlockedTitle: '레거시 인증이 차단되지 않음',
	policyReportOnlyTitle: '아직 보고 전용 모드인 정책',
	policyGapsTitle: '빈틈이 있는 사용 중 정책',
	legacyAuthInUseTitle: '아직 쓰이는 레거시 인증',
	legacyAuthFailedAttemptsTitle: '실패한 레거시 로그인 시도',
	automationAccountsTitle: '스크립트나 연동 서비스가 쓰는 사용자 계정',
	usersNotMfaRegisteredTitle: 'MFA를 등록하지 않은 사용자',
	adminsNotMfaRegisteredTitle: 'MFA를 등록하지 않은 관리자',
	breakGlassNotDeclaredTitle: '지정된 비상 액세스 계정 없음',
	breakGlassCheckFailedTitle: '점검을 통과하지 못한 비상 액세스 계정',
	riskyUsersTitle: '위험 상태인 사용자',
	leakedCredentialsTitle: '유출된 자격 증명 발견',
	caWithoutLicenceTitle: 'Entra ID P1 라이선스 없이 있는 조건부 액세스 정책',
	dataUnavailableTitle: '읽지 못한 테넌트 데이터',

	mfaAllUsersReportOnly:
		'모든 사용자에게 MFA를 요구할 조건부 액세스 정책이 있지만 보고 전용 모드입니다. 어떻게 동작할지 기록만 할 뿐 아무에게도 MFA를 요구하지 않습니다.',
	mfaAllUsersPartial: '일부 사용자, 앱 또는 로그인에만 MFA가 요구되고 전부에 요구되지는 않습니다.',
	mfaAllUsersNone:
		'모든 사용자에게 MFA를 요구하는 설정이 없습니다. 보안 기본값이 꺼져 있고, 모두를 포함하는 사용 중 조건부 액세스 정책이나 사용자별 MFA 설정도 없습니다.',
	mfaAllUsersUnknown: ({what}) =>
		`다음 데이터를 읽지 못해 모든 사용자에게 MFA가 강제되는지 판단할 수 없습니다: ${what}.`,
	mfaAdminsReportOnly:
		'모든 관리자에게 MFA를 요구할 조건부 액세스 정책이 있지만 보고 전용 모드입니다. 어떻게 동작할지 기록만 할 뿐 아무에게도 MFA를 요구하지 않습니다.',
	mfaAdminsPartial: '일부 관리자나 로그인에만 MFA가 요구되고 전부에 요구되지는 않습니다.',
	mfaAdminsNone:
		'관리자에게 MFA를 요구하는 설정이 없습니다. 보안 기본값이 꺼져 있고, 모든 관리자 역할을 포함하는 사용 중 조건부 액세스 정책이나 사용자별 MFA 설정도 없습니다.',
	mfaAdminsUnknown: ({what}) => `다음 데이터를 읽지 못해 모든 관리자에게 MFA가 강제되는지 판단할 수 없습니다: ${what}.`,
	legacyReportOnly:
		'레거시 인증을 차단할 조건부 액세스 정책이 있지만 보고 전용 모드라서 레거시 로그인이 여전히 성공합니다.',
	legacyPartial:
		'레거시 인증을 일부 사용자, 앱 또는 클라이언트에서만 차단합니다. 나머지는 여전히 암호만으로 로그인할 수 있습니다.',
	legacyNone:
		'레거시 인증을 차단하는 설정이 없습니다. 보안 기본값이 꺼져 있고 이를 차단하는 사용 중 조건부 액세스 정책도 없습니다. 레거시 프로토콜은 두 번째 인증 단계를 묻지 않으므로 사용자별 MFA로는 막을 수 없습니다.',
	legacyUnknown: ({what}) => `다음 데이터를 읽지 못해 레거시 인증이 차단되는지 판단할 수 없습니다: ${what}.`,
	gapsSentence: ({gaps}) => `조건부 액세스에 빈틈이 ${n(gaps)}개 있습니다. 판정 사유에 하나씩 나와 있습니다.`,
	perUserSentence: ({covered, total}) =>
		`사용자별 MFA는 사용자 ${n(total)}명 중 ${n(covered)}명에게 적용되어 있습니다.`,
	reportOnlyGapsSentence: '있는 보고 전용 정책에도 빈틈이 있으며, 판정 사유에 나와 있습니다.',
	unreadableSecurityDefaults: '보안 기본값 설정',
	unreadableConditionalAccess: '조건부 액세스 정책(또는 정책이 가리키는 그룹과 역할)',
	unreadablePerUserMfa: '해당 사용자들의 사용자별 MFA 상태',
	listJoin: ({items}) => items.join(', '),

	policyReportOnlyDetail: ({count}) =>
		`요구 사항을 충족할 정책 ${n(count)}개가 보고 전용 모드로 실행 중입니다. 로그인 영향을 확인한 뒤 켜세요.`,
	policyGapsDetail: ({count}) =>
		`사용 중인 정책 ${n(count)}개가 일부 사용자, 앱 또는 조건을 빠뜨리고 있습니다. 판정 사유와 정책별 빈틈에 바꿀 곳이 나와 있습니다.`,
	legacyAuthInUseDetail: ({users, atLeast, days}) =>
		`지난 ${n(days)}일 동안 사용자 ${n(users)}명${atLeast ? ' 이상' : ''}이 레거시 프로토콜로 로그인했습니다. 이런 로그인은 MFA를 할 수 없고 레거시 인증을 차단하면 더 이상 되지 않으므로, 먼저 최신 인증으로 옮기세요.`,
	legacyAuthFailedAttemptsDetail: ({attempts, users, days}) =>
		`지난 ${n(days)}일 동안 레거시 방식으로 한 번도 로그인에 성공하지 못한 사용자 ${n(users)}명에게서 레거시 로그인 ${n(attempts)}건이 실패했습니다. 흔히 암호 스프레이 공격이며, 레거시 인증을 차단하면 막을 수 있습니다.`,
	automationAccountsDetail: ({count, complete}) =>
		`사용자 계정 ${n(count)}개${complete ? '가' : ' 이상이'} 스크립트나 연동 서비스에서 암호만으로 로그인합니다. MFA를 강제하면 모두 동작하지 않으므로 인증서를 쓰는 앱 등록, 관리 ID 또는 보안 애플리케이션 모델로 옮기세요.`,
	usersNotMfaRegisteredDetail: ({count, total}) =>
		`사용 중인 사용자 ${n(total)}명 중 ${n(count)}명이 MFA 방법을 등록하지 않았습니다. MFA를 강제하면 다음 로그인 때 등록하라는 안내를 받습니다.`,
	adminsNotMfaRegisteredDetail: ({count, total}) =>
		`관리자 ${n(total)}명 중 ${n(count)}명이 MFA 방법을 등록하지 않았습니다. MFA를 강제하기 전에 등록하게 하세요. 그렇지 않으면 테넌트에 들어오지 못할 수 있습니다.`,
	breakGlassNotDeclaredDetail:
		'비상 액세스 계정을 지정하지 않아 점검하거나 새 정책에서 제외할 수 없었습니다. MFA를 강제하기 전에 --break-glass로 지정하세요. Microsoft는 두 개를 권장합니다.',
	breakGlassCheckFailedDetail: ({failures}) => `${failures}.`,
	breakGlassFailure: ({account, checks}) => `${account}: ${checks}`,
	checkExists: '존재하지 않음',
	checkEnabled: '사용 중지됨',
	checkCloudOnly: '클라우드 전용이 아니라 온-프레미스에서 동기화됨',
	checkGlobalAdmin: '전역 관리자(Global Administrator) 역할이 없음',
	checkExcludedFromAllBlockingPolicies: '사용 중인 MFA·차단 정책 중 일부에서 제외되지 않음',
	riskyUsersDetail: ({count, confirmed}) =>
		`ID 보호가 사용자 ${n(count)}명을 위험 상태로 표시했습니다${confirmed ? `(그중 ${n(confirmed)}명은 침해 확인됨)` : ''}. 복구 단계에서 암호를 재설정하고 세션을 취소하세요.`,
	leakedCredentialsDetail: ({count}) =>
		`Microsoft가 사용자 ${n(count)}명의 자격 증명을 유출 자료에서 발견했습니다. 암호를 재설정하고 MFA를 쓰는지 확인하세요.`,
	caWithoutLicenceDetail: ({count}) =>
		`조건부 액세스 정책 ${n(count)}개가 켜져 있지만 테넌트에 유효한 Entra ID P1 라이선스가 없어 Microsoft가 적용하지 않을 수 있습니다. 라이선스를 갱신하거나 대신 보안 기본값을 쓰세요.`,
	dataUnavailableDetail: ({items}) =>
		`다음 데이터를 읽지 못했습니다: ${items}. 보고서에는 읽은 내용만 있으며, 나머지는 0이 아니라 빈 값(null)으로 남깁니다.`,
	dataUnavailableItem: ({name, reason}) => `${name}(${reason})`,

	coveragePolicies: '조건부 액세스 정책',
	coverageSignInLogs: '로그인 로그',
	coverageRegistration: 'MFA 등록 정보',
	coveragePerUserMfa: '사용자별 MFA 상태',
	coverageRisk: '위험 데이터',
	coverageUsageReports: '사용 현황 보고서',
	coverageSecurityDefaults: '보안 기본값 설정',
	coverageLicences: '라이선스',
	coverageDirectory: '사용자와 역할 할당',
	coverageRoleEligibility: 'PIM 적격 역할 할당',
	reasonLicence: '테넌트에 없는 라이선스가 필요함',
	reasonPermission: '권한 없음',
	reasonError: 'Graph가 오류를 반환함',
	reasonThrottled: 'Graph 요청 제한에 걸림',
	reasonNotRead: '읽지 않음',
	reasonOther: ({reason}) => reason,

	windowCapped: ({requested, days}) =>
		`${n(requested)}일을 요청했지만 이 테넌트는 로그인 로그를 ${n(days)}일만 보관하므로 기간을 ${n(days)}일로 잡았습니다.`,
	slicesNotRead: ({slices}) => `끝까지 읽지 못한 부분: ${slices}.`,
	registrationMissing: ({count}) =>
		`사용 중인 사용자 ${n(count)}명이 아직 등록 보고서에 없어(몇 시간 늦게 반영됨) 미등록으로 셌습니다.`,
	perUserMethodsPartial: ({read, total}) =>
		`사용 중인 사용자 ${n(total)}명 중 ${n(read)}명의 로그인 방법만 읽어서 등록 수치는 비워 두었습니다.`,
	perUserMfaPartial: ({read, total}) =>
		`사용 중인 사용자 ${n(total)}명 중 ${n(read)}명의 사용자별 MFA 상태를 읽었습니다.`,
	policiesUncertain: ({items}) =>
		`일부 정책이 가리키는 다음 항목을 읽지 못해 그 정책들의 빈틈을 모두 판단하지는 못했습니다: ${items}.`,
	groupsItem: ({groups}) => `그룹 ${groups}의 구성원`,
	directoryIncomplete: ({items}) => `다음 항목을 읽지 못했습니다: ${items}.`,
	directoryUsers: '사용자 목록',
	directoryRoles: '역할 할당',

	warnFewerThanTwo: ({count}) =>
		`비상 액세스 계정이 ${n(count)}개만 지정되었습니다. 키나 암호 하나를 잃어도 모두가 잠기지 않도록 Microsoft는 두 개를 권장합니다.`,
	warnLookAlikeName: ({upn}) =>
		`${upn} 계정은 이름이 비상 액세스 계정처럼 보이지만 지정되지 않았으므로 비상 계정으로 취급하지 않았습니다. 비상 계정이 맞다면 --break-glass로 추가하세요.`,
	warnMostExcluded: ({upn, policies}) =>
		`${upn} 계정은 어느 계정보다 많은 MFA·차단 정책 ${n(policies)}개에서 제외되어 있지만 비상 액세스 계정으로 지정되지 않았으므로 비상 계정으로 취급하지 않았습니다. 비상 계정이 맞다면 --break-glass로 지정하고, 아니라면 왜 제외되었는지 검토하세요.`,
};
