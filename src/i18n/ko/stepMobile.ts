import type {stepMobile as en} from '../en/stepMobile.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

const NAMES: Readonly<Record<string, string>> = {
	fido2: 'FIDO2 보안 키와 패스키',
	hardwareOath: '하드웨어 OATH 토큰',
	temporaryAccessPass: '임시 액세스 패스',
};

export const stepMobile: Translated<typeof en> = {
	tabPolicy: '휴대폰',
	tabMethods: '방법',
	tabOptions: '다른 선택지',
	methodAuthenticator: 'Microsoft Authenticator',
	methodFido2: 'FIDO2 보안 키와 패스키',
	methodHardwareOath: '하드웨어 OATH 토큰',
	methodTap: '임시 액세스 패스',
	methodSoftwareOath: '소프트웨어 OATH 토큰',
	methodSms: 'SMS',
	methodVoice: '음성 통화',
	methodEmail: '전자 메일 일회용 암호',
	methodCertificate: '인증서 기반 인증',
	methodWhfb: 'Windows Hello for Business',
	regMobilePhone: '휴대폰(SMS 또는 통화)',
	regOtherPhone: '보조 전화 또는 사무실 전화(통화)',
	regPasskey: '패스키',
	policyUnreadable: '인증 방법 정책을 읽지 못했습니다.',
	allowed: ({methods}) => `현재 허용: ${methods}.`,
	allowedNone: '인증 방법 정책에서 켜진 방법이 없습니다.',
	phoneFreeOff: ({methods}) => `꺼져 있는 휴대폰 없는 방법: ${methods}.`,
	registeredUnavailable:
		'방법별 등록 사용자 수는 등록 보고서(Entra ID P1)가 있어야 알 수 있습니다. 여기서는 쓸 수 없습니다.',
	registeredNone: '아직 로그인 방법을 등록한 사용자가 없습니다.',
	registeredIntro: '방법별 등록 사용자:',
	registeredLine: ({method, users}) => `${method}: ${n(users)}명`,
	smsVoiceWeaker:
		'SMS와 음성은 가장 약한 MFA 방법입니다(코드가 피싱되거나 가로채일 수 있고, 번호가 탈취될 수 있음). Microsoft는 자체 제공하는 SMS·음성 발송을 종료하고 있습니다.',
	smsVoicePasskeysSoon: ({date, days}) =>
		`${date}(${n(days)}일 후)부터 SMS나 음성을 쓸 수 있는 사용자에게 패스키가 켜지고, 패스키 등록을 요청받습니다.`,
	smsVoicePasskeysDone: ({date}) =>
		`${date}부터 SMS나 음성을 쓸 수 있는 사용자에게 패스키가 켜졌고, 패스키 등록을 요청받습니다.`,
	smsVoiceRetiredSoon: ({date, days, adminDate}) =>
		`${date}(${n(days)}일 후)부터 Microsoft는 SMS·음성 코드를 보내지 않습니다(전역 관리자와 외부 사용자는 ${adminDate}). SMS나 음성만 있는 사용자는 로그인 전에 패스키를 등록해야 합니다. SMS를 계속 쓰려면 Microsoft Security Store에서 통신 사업자를 계약해야 합니다.`,
	smsVoiceRetiredDone: ({date, adminDate}) =>
		`${date}부터 Microsoft는 SMS·음성 코드를 보내지 않습니다(전역 관리자와 외부 사용자는 ${adminDate}). SMS나 음성만 있는 사용자는 로그인할 때 패스키를 등록해야 합니다.`,
	smsVoiceOtherCloud:
		'SMS와 음성은 가장 약한 MFA 방법입니다. Microsoft는 상용 클라우드부터 SMS·음성 발송을 종료하며, 국가별 클라우드의 일정은 아직 발표되지 않았습니다.',
	policyQuestion: '업무 중 휴대폰 사용을 막는 정책이 있나요?',
	policyAllowed: '아니요 — 로그인에 휴대폰을 써도 됩니다',
	policySomeGroups: '일부 그룹만(공용 장치, 보안 구역 등)',
	policyNobody: '예 — 누구도 업무에 휴대폰을 쓸 수 없습니다',
	policyIntro:
		'여기서 어떤 MFA 방법을 쓸 수 있는지가 정해집니다. Microsoft Authenticator, SMS, 음성은 모두 휴대폰이 필요합니다. 휴대폰을 쓸 수 없는 곳에서는 휴대폰 없는 방법이 필요합니다. 보안 키나 키에 저장한 패스키, 하드웨어 토큰, 또는 PC의 Windows Hello for Business입니다.',
	groupsPrompt: '휴대폰을 쓰지 않는 그룹은 어디인가요? (기록용 메모, Enter로 저장, 빈 줄은 건너뜀)',
	groupsPlaceholder: '예: 물류 창고, 재무 보안실',
	groupsLabel: ({groups}) => `휴대폰 없는 그룹: ${groups}`,
	methodsQuestion: '어떤 휴대폰 없는 방법을 켤까요?',
	methodsIntro:
		'방법을 켜면 쓸 수 있게 될 뿐, 누구에게도 강제하지 않습니다. 휴대폰이 없는 사람이 등록할 수 있도록 모든 사용자에게 켭니다(이미 대상이 정해져 있으면 그대로 둠). 각각은 단계를 마칠 때 확인받는 변경 하나이며, 기록에 남고 되돌릴 수 있습니다.',
	alreadyOn: '이미 켜짐',
	willEnable: '켤 예정',
	stateUnknown: '상태를 읽지 않음(베타 전용)',
	notPlanned: '꺼짐',
	explainFido2:
		'FIDO2 보안 키와 패스키: 열쇠고리에 다는 키나 PC의 패스키입니다. 피싱에 강하고 휴대폰이 필요 없으며, 키 하나가 점심 한 끼 값 정도입니다. 가장 강력한 선택입니다.',
	explainHardwareOath:
		'하드웨어 OATH 토큰: 여섯 자리 코드를 보여 주는 작은 장치입니다. 휴대폰은 필요 없지만 피싱될 수 있고, 토큰을 구입해 비밀 값을 올려야 합니다(Entra 관리 센터). Graph에서는 베타입니다.',
	explainTemporaryAccessPass:
		'임시 액세스 패스: 관리자가 발급하는 기한이 있는 코드로, 한 번 로그인해 키나 패스키를 등록할 수 있습니다. 휴대폰 없이 처음 등록할 때 씁니다.',
	thirdPartyQuestion: '타사 MFA 공급자를 쓰거나 쓸 계획인가요?',
	thirdPartyNo: '아니요',
	thirdPartyYes: '예(이름 입력)',
	thirdPartyPrompt: '어느 공급자인가요? (확인 사항으로 기록, Enter로 저장)',
	thirdPartyPlaceholder: '예: Duo, RSA, Okta',
	optionsIntro: '휴대폰이 없는 사람에게 두 번째 인증 수단을 주는 다른 방법:',
	optionVirtualAndroid:
		'Microsoft Authenticator를 실행하는 가상 Android 장치(2019년 지침의 우회책). 동작은 하지만 관리할 장치가 하나 더 늘고 승인 요청이 여전히 피싱될 수 있습니다. 보안 키를 권장합니다.',
	optionThirdParty:
		'필요한 인증 수단을 제공하는 타사 MFA 공급자(외부 인증 방법). 아래에 어느 공급자인지 기록하고, 설정은 공급업체와 함께 하세요.',
	optionP1:
		'Entra ID P1 라이선스: 2019년에는 무료 기준 정책으로 Authenticator 앱만 쓸 수 있었습니다. 지금은 인증 방법 정책이 무료라 보안 키, 토큰, 패스에 P1이 필요 없습니다. 다만 이를 요구하는 조건부 액세스에는 필요합니다.',
	optionWhfb:
		'Windows Hello for Business: 사용자 PC의 PIN이나 생체 인식이 MFA로 인정됩니다. 여기가 아니라 Intune이나 그룹 정책으로 설정합니다.',
	optionsNote:
		'휴대폰이 없는 사람을 위한 다른 방법: Authenticator를 실행하는 가상 Android 장치, 타사 MFA 공급자, Windows Hello for Business. 보안 키, 토큰, 패스에는 Entra ID P1이 필요 없습니다.',
	openNoPhoneFree: '업무 중 휴대폰을 쓰지 않지만, 켜져 있거나 계획된 휴대폰 없는 방법이 없습니다.',
	breaksNoPhoneFree: '휴대폰이 없는 사람은 MFA를 등록할 수 없어, 적용되면 로그인이 막힙니다.',
	openSmsVoice: ({users, date}) =>
		`최소 ${n(users)}명이 SMS나 음성용 전화번호를 등록했습니다. Microsoft는 ${date}에 이 방법을 종료합니다.`,
	changeEnableTitle: ({method}) => `인증 방법 정책에서 ${NAMES[method] ?? method} 켜기`,
	changeWhy_fido2: '휴대폰이 없는 사람에게 휴대폰 없이 피싱에 강한 MFA 방법이 필요합니다.',
	changeWhy_hardwareOath: '휴대폰이 없는 사람이 대신 하드웨어 코드 토큰을 쓸 수 있습니다.',
	changeWhy_temporaryAccessPass:
		'관리자가 일회용 패스를 발급해, 휴대폰이 없는 사람이 로그인해서 보안 키를 등록할 수 있게 합니다.',
};
