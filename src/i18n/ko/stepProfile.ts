import type {stepProfile as en} from '../en/stepProfile.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const stepProfile: Translated<typeof en> = {
	tabOverview: '개요',
	tabEnforcement: '적용 상태',
	tabPaths: '가능한 작업',
	tabConfirm: '확인',
	signedInAs: ({upn, name}) => `${name}(${upn}) 계정으로 로그인했습니다.`,
	roles: ({roles}) => `현재 보유 역할: ${roles}.`,
	noRoles:
		'활성화된 디렉터리 역할이 없습니다. 위 내용은 일부만 읽혔을 수 있고, 이후 변경에는 전역 관리자나 조건부 액세스 관리자 같은 역할이 필요합니다.',
	adminMfaYes: '내 계정에는 MFA 방법이 등록되어 있습니다.',
	adminMfaNo:
		'내 계정에 등록된 MFA 방법이 없습니다. 무엇이든 적용하기 전에 aka.ms/mysecurityinfo에서 등록하세요. 그러지 않으면 스스로 잠길 수 있습니다.',
	adminMfaUnknown: '내 계정의 MFA 방법 등록 여부를 읽지 못했습니다.',
	tenantLine: ({name, id}) => `테넌트: ${name} (${id}).`,
	domainLine: ({domain}) => `기본 도메인: ${domain}.`,
	partnerLine: ({type}) => `파트너 유형: ${type}.`,
	partnerNone:
		'파트너 테넌트로 표시되어 있지 않음(고객 테넌트이거나 Graph가 표시하지 않는 파트너 테넌트 — 요구 사항은 파트너 자신의 테넌트에 적용됩니다)',
	partnerMicrosoftSupport: 'Microsoft 지원',
	partnerSyndicate: '신디케이션 파트너',
	partnerBreadth: '브레드스 파트너',
	partnerBreadthDelegated: '위임된 관리 권한이 있는 브레드스 파트너',
	partnerReseller: '위임된 관리 권한이 있는 CSP 리셀러',
	partnerValueAdded: '위임된 관리 권한이 있는 부가가치 리셀러',
	cloudLine: ({cloud}) => `클라우드: ${cloud}.`,
	cloudGlobal: 'Microsoft 글로벌(상용) 클라우드',
	cloudUsgov: '미국 정부(GCC High)',
	cloudUsgovdod: '미국 정부(DoD)',
	cloudChina: '중국(21Vianet 운영)',
	cloudCustom: '사용자 지정 Graph 엔드포인트(--graph-endpoint)',
	sovereignNote:
		'국가별 클라우드입니다. 파트너 요구 사항은 상용 클라우드에서 먼저 적용되었고, 국가별 클라우드의 일정은 Microsoft가 따로 발표합니다. 그래도 여기서 MFA를 적용하세요(단계는 똑같이 동작합니다). 다만 이 도구가 알려 주는 일부 날짜(기본 SMTP AUTH, SMS·음성 인증 종료)는 상용 클라우드 기준입니다.',
	customCloudNote:
		'사용자 지정 엔드포인트로 Graph에 접속하므로 클라우드를 특정할 수 없습니다. 날짜는 상용 클라우드 기준으로 안내합니다.',
	syncNote: '사용자가 온-프레미스 Active Directory에서 동기화됩니다. 이후 암호 재설정에는 암호 쓰기 저장이 필요합니다.',
	licenceLine: ({p1, p2}) => `Entra ID P1: ${p1} · Entra ID P2: ${p2}.`,
	skuLine: ({name, consumed, enabled}) => `${name}: ${enabled}석 중 ${consumed}석 사용`,
	skusUnreadable: '구독 정보를 읽지 못했습니다. 더 안전한 쪽으로, 라이선스가 없는 것으로 간주합니다.',
	sdOn: '보안 기본값: 켜짐.',
	sdOff: '보안 기본값: 꺼짐.',
	sdUnknown: '보안 기본값: 읽지 못함.',
	caNone: '조건부 액세스: 정책 없음.',
	caNoLicence: '조건부 액세스: Entra ID P1이 없어 사용할 수 없음.',
	caUnreadable: '조건부 액세스: 정책을 읽지 못함.',
	caCount: ({count}) => `조건부 액세스: 정책 ${n(count)}개.`,
	policyLine: ({name, state, gaps}) => `  ${name} — ${state}${gaps > 0 ? `, 빈틈 ${n(gaps)}개` : ''}`,
	stateEnabled: '켜짐',
	stateReportOnly: '보고 전용(아무에게도 요구하지 않음)',
	stateDisabled: '꺼짐',
	perUserLine: ({enforced, enabled, disabled}) =>
		`사용자별 MFA: 적용 ${n(enforced)}명, 사용 ${n(enabled)}명, 사용 안 함 ${n(disabled)}명.`,
	perUserNotNeeded: '사용자별 MFA: 보안 기본값이나 켜진 정책이 이미 판정을 정하므로 읽지 않았습니다.',
	perUserUnavailable: '사용자별 MFA: 읽지 못함.',
	verdictAllUsers: ({verdict}) => `모든 사용자 MFA: ${verdict}.`,
	verdictAdmins: ({verdict}) => `모든 관리자 MFA: ${verdict}.`,
	verdictLegacy: ({verdict}) => `레거시 인증 차단: ${verdict}.`,
	verdictEnforced: '적용됨',
	verdictReportOnly: '보고 전용, 적용 안 됨',
	verdictPartial: '일부만, 빈틈 있음',
	verdictNone: '아니요',
	verdictUnknown: '알 수 없음(데이터를 읽지 못함)',
	compliantYes: '이 테넌트는 현재 파트너 MFA 요구 사항을 충족합니다.',
	compliantNo:
		'이 테넌트는 아직 파트너 MFA 요구 사항을 충족하지 않습니다. 다음 단계들에서 준비하고, 6단계에서 적용합니다.',
	compliantUnknown: '읽은 내용만으로는 요구 사항 충족 여부를 판단할 수 없습니다.',
	pathsIntro: '이 라이선스로 이후 단계에서 할 수 있는 일은 다음과 같습니다.',
	capLegacyYes: '2단계는 로그인 로그(30일)에서 레거시 로그인을 프로토콜·사용자·장치별로 보여 줍니다.',
	capLegacyLimited:
		'Entra ID P1이 없으면 2단계에서 로그인 로그를 쓸 수 없어, 대신 전자 메일 앱 사용 보고서와 짧은 설문을 씁니다. 덜 완전합니다.',
	capMethodsYes:
		'4단계는 라이선스와 관계없이 휴대폰 없는 방법(FIDO2 보안 키와 패스키, 하드웨어 토큰, 임시 액세스 패스)을 켤 수 있습니다.',
	capAutomationYes: '5단계는 스크립트와 연동이 로그인에 쓰는 계정을 로그인 로그에서 찾습니다.',
	capAutomationNo:
		'로그인 로그(Entra ID P1)가 없으면 5단계에서 자동화 계정을 자동으로 찾을 수 없습니다. 알고 있는 계정을 직접 적어야 합니다.',
	capEnforceYes:
		'6단계는 조건부 액세스를 쓸 수 있습니다. 모든 사용자·관리자 MFA와 레거시 인증 차단 정책을 먼저 보고 전용으로 만들고, 비상 계정은 제외합니다.',
	capEnforceLimited:
		'6단계는 보안 기본값만 켤 수 있습니다. 예외를 전혀 둘 수 없습니다. 비상 계정도, 서비스 계정도 마찬가지입니다.',
	capRegistrationYes: '7단계는 등록 보고서에서 MFA와 암호 재설정 등록 여부를 읽습니다.',
	capRegistrationLimited:
		'Entra ID P1이 없으면 7단계에 등록 보고서가 없어, 사용자마다 로그인 방법을 읽습니다(더 느림).',
	capRiskYes: '8단계는 위험한 사용자와 유출된 자격 증명을 모두 볼 수 있습니다(Entra ID P2).',
	capRiskLimited:
		'8단계는 위험 탐지를 제한된 정보로만 봅니다(Entra ID P1). 위험한 사용자 목록과 위험 기반 정책에는 P2가 필요합니다.',
	capRiskNo: 'Entra ID P1이나 P2가 없으면 8단계에서 위험한 사용자나 유출된 자격 증명을 볼 수 없습니다.',
	confirmQuestion: '모든 사용자에게 MFA를 적용하려는 테넌트가 이곳이 맞나요?',
	confirmYes: '예, 맞는 테넌트입니다',
	confirmNo: '아니요, 다른 테넌트입니다',
	confirmNoHint:
		'아무것도 바꾸지 않았습니다. q로 종료한 다음 mfa-onboard --tenant <ID 또는 도메인>으로 맞는 테넌트에 로그인하세요.',
	openWrongTenant: ({tenant}) => `${tenant} 테넌트는 잘못 고른 테넌트로 표시했습니다.`,
	openAdminNotRegistered: ({upn}) => `${upn} 계정(본인)에 등록된 MFA 방법이 없습니다.`,
	breaksAdminNotRegistered:
		'MFA가 적용되면 로그인해서 작업을 마칠 수 없습니다. 먼저 방법을 등록하세요(aka.ms/mysecurityinfo).',
};
