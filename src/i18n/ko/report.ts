import type {report as en} from '../en/report.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');
const num = (value: number | null) => (value === null ? '알 수 없음' : n(value));

export const report: Translated<typeof en> = {
	title: ({tenant}) => `MFA 준수 보고서 — ${tenant}`,
	metaTenant: ({name, domain, id}) => `${name}(${domain}), 테넌트 ${id}`,
	metaGenerated: ({when}) => `점검 시각: ${when}`,
	metaWindow: ({days, from, to}) => `최근 ${n(days)}일의 로그인 기록을 읽었습니다(${from}부터 ${to}까지)`,
	metaDemo: '데모 테넌트(시뮬레이션이며 실제 테넌트는 읽지 않았습니다)',
	metaPartner: ({type}) => `파트너 테넌트 유형: ${type}`,
	metaLicences: ({p1, p2}) => `Entra ID P1: ${p1} · Entra ID P2: ${p2}`,
	metaTool: ({version}) => `mfa-onboard ${version}`,

	compliantTrue: '준수: 모든 사용자에게 MFA가 적용되고 레거시 인증이 차단되어 있습니다.',
	compliantFalse: '준수하지 않음.',
	compliantNull: '준수 여부를 알 수 없음: 판단에 필요한 데이터를 읽지 못했습니다.',
	enforcedBy: ({mechanism}) => `적용 방식: ${mechanism}`,
	mechanismSecurityDefaults: '보안 기본값',
	mechanismConditionalAccess: '조건부 액세스',
	mechanismPerUserMfa: '사용자별 MFA',
	mechanismMixed: '여러 방식',
	mechanismNone: '없음',

	verdictMfaAllUsers: '모든 사용자 MFA',
	verdictMfaAdmins: '모든 관리자 MFA',
	verdictLegacyAuthBlocked: '레거시 인증 차단',
	mfaEnforced: '적용됨',
	mfaReportOnly: '보고 전용(아직 아무것도 적용되지 않음)',
	mfaPartial: '일부만 적용됨',
	mfaNone: '적용되지 않음',
	mfaUnknown: '알 수 없음',
	legacyEnforced: '차단됨',
	legacyReportOnly: '보고 전용(아직 아무것도 차단되지 않음)',
	legacyPartial: '일부만 차단됨',
	legacyNone: '차단되지 않음',
	legacyUnknown: '알 수 없음',
	noReasons: '이를 적용하는 정책, 설정, 사용자별 MFA가 없습니다',
	moreReasons: ({count}) => `… 외 ${n(count)}개`,

	reasonSecurityDefaultsOn: '보안 기본값이 켜져 있습니다',
	reasonEnforces: ({policy}) => `“${policy}” 정책이 적용합니다`,
	reasonReportOnly: ({policy}) => `“${policy}” 정책이 적용할 수 있지만 보고 전용 모드입니다. 켜야 합니다`,
	reasonGap: ({policy, gap}) => `“${policy}” 정책: ${gap}`,
	reasonPerUser: ({covered, total}) => `사용자별 MFA가 ${n(total)}명 중 ${n(covered)}명에게 켜져 있습니다`,
	reasonUnreadable: ({what}) => `${what}을(를) 읽지 못했습니다`,
	reasonOther: ({reason}) => reason,

	gapIncludeUsers: '모든 사용자를 포함하지 않음',
	gapExcludeUsers: ({name}) => `사용자 ${name} 제외`,
	gapExcludeGroups: ({name}) => `그룹 ${name} 제외`,
	gapExcludeRoles: ({role}) => `${role} 역할 제외`,
	gapIncludeRoles: ({role}) => `${role} 역할이 포함되지 않음`,
	gapExcludeGuests: '게스트 또는 외부 사용자 제외',
	gapIncludeApplications: '모든 클라우드 앱을 포함하지 않음',
	gapExcludeApplications: ({app}) => `앱 ${app} 제외`,
	gapClientAppTypes: '일부 클라이언트 앱에만 적용',
	gapPlatforms: '일부 디바이스 플랫폼에만 적용',
	gapLocations: '일부 위치에서만 적용',
	gapDevices: '일부 디바이스에만 적용(디바이스 필터)',
	gapSignInRiskLevels: '위험한 로그인에만 적용',
	gapUserRiskLevels: '위험한 사용자에만 적용',
	gapServicePrincipalRiskLevels: '위험한 서비스 주체에만 적용',
	gapAuthenticationFlows: '일부 인증 흐름에만 적용',
	gapIncludeUserActions: '로그인이 아닌 사용자 작업에 적용',
	gapGrantAlternatives: 'MFA 대신 다른 컨트롤로도 충족 가능',
	gapOther: ({gap}) => `빈틈: ${gap}`,

	headingResult: '결과',
	headingPolicies: '조건부 액세스 정책',
	headingReadiness: '준비 상태',
	headingFindings: '발견 사항',
	headingCoverage: '읽지 못한 데이터',
	headingNext: '다음에 할 일',
	headingBreakGlass: '비상 액세스(break-glass) 계정',
	headingLegacy: '사용 중인 레거시 인증',
	headingAutomation: '스크립트와 연동에 쓰이는 계정',
	headingAdmins: '관리자',
	headingUnregistered: 'MFA를 등록하지 않은 사용자',
	headingChanges: 'mfa-onboard가 적용한 변경',

	policiesNone: '조건부 액세스 정책이 없습니다.',
	policiesUnknown: '조건부 액세스 정책을 읽지 못했습니다.',
	policyState: ({state}) => state,
	stateEnabled: '켜짐',
	stateReportOnly: '보고 전용',
	stateDisabled: '꺼짐',
	kindMfa: 'MFA 요구',
	kindBlock: '차단',
	kindOther: '기타',
	noGaps: '빈틈 없음',

	unknown: '알 수 없음',
	yes: '예',
	no: '아니요',
	readinessUsers: ({members, guests, disabled}) =>
		`사용자: 활성 구성원 ${num(members)}명, 게스트 ${num(guests)}명, 비활성 ${num(disabled)}명`,
	readinessRegistered: ({registered, total}) =>
		registered === null ? 'MFA 등록: 알 수 없음' : `MFA 등록: ${num(total)}명 중 ${n(registered)}명`,
	readinessAdmins: ({admins, notRegistered}) =>
		admins === null
			? '관리자: 알 수 없음'
			: `관리자: ${n(admins)}명${notRegistered === null ? '(등록 여부 알 수 없음)' : notRegistered > 0 ? `, 그중 ${n(notRegistered)}명은 MFA 미등록` : ', 모두 MFA 등록'}`,
	readinessEligible: ({count}) =>
		`PIM 자격 관리자: ${count === null ? '알 수 없음(Entra ID P2 필요)' : `${n(count)}명`}`,
	readinessLegacy: ({signIns, successes, users}) =>
		signIns === null
			? '레거시 로그인: 알 수 없음(로그인 로그를 읽지 못함)'
			: `레거시 로그인: ${n(signIns)}건(성공 ${num(successes)}건), 사용자 ${n(users ?? 0)}명`,
	readinessFailedOnly: ({attempts}) =>
		`성공한 적 없는 사용자의 레거시 로그인 실패(주로 암호 스프레이): ${n(attempts)}건`,
	readinessAutomation: ({count}) => `스크립트나 연동에 쓰이는 계정: ${n(count)}개`,
	readinessRisk: ({risky, compromised, leaked}) =>
		risky === null && leaked === null
			? '위험한 사용자: 알 수 없음(Entra ID P2 필요)'
			: `위험한 사용자: ${num(risky)}명(손상 확인 ${num(compromised)}명), 유출된 자격 증명: ${num(leaked)}명`,
	breakGlassNone: '지정된 계정이 없습니다. --break-glass로 지정하면 점검하고 새 정책에서 제외할 수 있습니다.',
	breakGlassOk: ({account}) => `${account}: 모든 점검 통과`,
	breakGlassFailed: ({account, checks}) => `${account}: ${checks}`,
	breakGlassUnknown: ({account, checks}) => `${account}: 점검하지 못함(${checks})`,

	severityHigh: '높음',
	severityMedium: '중간',
	severityLow: '낮음',
	severityInfo: '정보',
	findingsNone: '발견 사항이 없습니다.',
	moreSubjects: ({count}) => `… 외 ${n(count)}명`,

	coverageAllRead: '규칙에 필요한 데이터를 모두 읽었습니다.',
	coverageLine: ({name, status, reason}) => `${name}: ${status}${reason ? `(${reason})` : ''}`,
	statusPartial: '일부만 읽음',
	statusUnavailable: '읽지 못함',
	statusSkipped: '필요 없음',

	nextWizard: '단계별로 해결하기: mfa-onboard',
	nextWizardDemo: '단계별로 해결하기: mfa-onboard --demo',
	nextBreakGlass: '비상 액세스 계정 지정하기: mfa-onboard check --break-glass <upn>,<upn>',
	nextReport: '전체 보고서 공유하기: mfa-onboard report --format html --output mfa-report.html',
	nextRecheck: '변경 후 다시 점검하기: mfa-onboard check',

	kindPerson: '사람',
	kindDevice: '디바이스',
	kindSharedMailbox: '공유 사서함',
	kindServiceAccount: '서비스 계정',
	viaGroup: ({group}) => `${group} 그룹을 통해`,
	eligible: '자격(PIM)',

	colAccount: '계정',
	colProtocols: '프로토콜',
	colProtocol: '프로토콜',
	colApp: '앱',
	colDevice: '디바이스',
	colKind: '추정 유형',
	colSuccessful: '성공한 로그인',
	colSignIns: '로그인',
	colLastSeen: '마지막 확인',
	colReasons: '이유',
	colApps: '앱',
	colRoles: '역할',
	colMfa: 'MFA 등록',
	colSspr: 'SSPR 등록',
	colPolicy: '정책',
	colState: '상태',
	colKinds: '종류',
	colGaps: '빈틈',
	colWhen: '시각',
	colStep: '단계',
	colChange: '변경',
	colStatus: '상태',
	colRequest: '요청',
	colSeverity: '심각도',
	colFinding: '발견 사항',
	colCount: '수',

	reasonRopc: '암호를 직접 전송(ROPC)',
	reasonScriptClient: ({app}) => `${app}을(를) 통한 단일 요소 로그인`,
	reasonLegacyProtocolOnly: '레거시 프로토콜만 사용하고 최신 로그인은 없음',
	reasonPartnerCenterApi: 'Partner Center API에 단일 요소로 로그인',

	changesNone: '이 테넌트에 mfa-onboard가 적용한 변경 기록이 없습니다.',
	changeApplying: '진행 중(중단되었을 수 있음)',
	changeApplied: '적용됨',
	changeAlreadyDone: '이미 적용되어 있었음',
	changeFailed: '실패',
	changeUnknown: '결과 알 수 없음',
	changeUndone: '되돌림',

	htmlFooter: ({version, when}) =>
		`mfa-onboard ${version}이(가) ${when}의 점검 결과로 만들었습니다. 이 페이지는 네트워크에서 아무것도 불러오지 않습니다.`,
	listNote: ({count, total}) =>
		`${n(total)}명 중 ${n(count)}명을 표시합니다. 전체 목록은 CSV 내보내기에 있습니다(mfa-onboard report --format csv).`,
};
