import type {stepOffice as en} from '../en/stepOffice.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const stepOffice: Translated<typeof en> = {
	tabOutlook2013: 'Outlook 2013',
	tabExchange: 'Exchange',
	tabOldOutlook: 'Outlook 2010/2007',
	licensed: ({exchange, office}) =>
		`Exchange Online 라이선스 사용자: ${exchange} · Microsoft 365 앱(Office) 라이선스 사용자: ${office}.`,
	versionUndetermined: '확인 안 됨',
	versionsIntro: '최근 30일간 확인된 Outlook 버전(사용 보고서):',
	versionLine: ({name, users}) => `${name}: ${n(users)}명`,
	versionsNone: '최근 30일간 Outlook 데스크톱 사용 기록이 없습니다(사용 보고서).',
	versionsUnavailable: 'Outlook 버전을 읽지 못했습니다(사용 보고서를 쓸 수 없음).',
	outlook2013Found: ({users}) =>
		`${n(users)}명이 Outlook 2013을 씁니다. 서비스 팩 1 이상과 레지스트리 값 두 개가 있어야만 최신 인증을 씁니다.`,
	office2013Support: ({connections, end}) =>
		`Office 2013은 지원이 끝났고(${end}부터), ${connections}부터는 Microsoft 365 연결도 지원되지 않습니다. 더 이상 연결된다고 믿을 수 없습니다. 레지스트리 값은 임시방편이니 업그레이드를 계획하세요.`,
	oldOutlookFound: ({users}) =>
		`${n(users)}명이 Outlook 2010이나 2007을 씁니다. 최신 인증을 전혀 쓸 수 없어, 레거시 인증을 차단하는 즉시 막힙니다. 먼저 업그레이드하세요.`,
	outOfSupportFound: ({users, date}) =>
		`${n(users)}명이 Outlook 2016이나 2019를 씁니다. 최신 인증은 동작하지만, 두 버전 모두 ${date}에 지원이 끝났습니다.`,
	names2013: ({names}) => `Outlook 2013 사용자: ${names}.`,
	names2013Concealed:
		'사용 보고서에서 이름이 숨겨져 있습니다(2단계에서 보이게 할 수 있음). 아직 Office 2013을 쓰는 사람이 누구인지 물어보세요.',
	regIntro:
		'Office 2013(서비스 팩 1 이상)이 설치된 Windows PC마다, 로그인한 Windows 사용자에 대해 다음 두 값을 넣으면 최신 인증이 켜집니다.',
	regKey: ({key}) => `키: ${key}`,
	regValue: ({name, data}) => `${name} = ${data} (REG_DWORD)`,
	regHow:
		'w를 누르면 바로 쓸 .reg 파일을 현재 폴더에 만듭니다. PC마다 해당 사용자로 두 번 클릭하거나(또는 그룹 정책이나 Intune으로 배포) Outlook을 다시 시작하세요.',
	outlook2013Question: ({users}) => `Outlook 2013 사용자 ${n(users)}명은 어떻게 할까요?`,
	planRegKeysThenUpgrade: '지금 레지스트리 값을 넣고, 곧 업그레이드',
	planUpgrade: 'MFA 적용 전에 Microsoft 365 앱으로 업그레이드',
	planAccept: '수용: 연결이 끊깁니다',
	oldOutlookQuestion: ({users}) => `Outlook 2010이나 2007을 쓰는 ${n(users)}명은 어떻게 할까요?`,
	planUpgradeOld: 'MFA 적용 전에 업그레이드',
	planAcceptOld: '수용: 이 사용자들의 Outlook이 동작을 멈춥니다',
	noOutlook2013:
		'Outlook 2013을 쓰는 사람이 없습니다. 여기서 할 일은 없습니다. 혹시 찾게 되면 .reg 파일을 만들 수 있습니다(w).',
	exoIntro:
		'Outlook과 다른 Office 앱은 조직이 허용할 때(OAuth2ClientProfileEnabled)만 Exchange Online에서 최신 인증을 씁니다. Graph로는 이 설정을 읽을 수 없으니, Exchange Online PowerShell에서 직접 확인하세요(먼저 Connect-ExchangeOnline).',
	exoTrue: 'True: 최신 인증이 켜져 있습니다. "켜짐"을 고르세요. 2017년 이후 만든 테넌트는 기본으로 켜져 있습니다.',
	exoFalse: ({command}) =>
		`False: Outlook이 계속 기본 인증을 쓰는데, MFA 단계에서 이를 차단합니다. ${command} 명령으로 켠 다음 "켜짐"을 고르세요.`,
	exoQuestion: 'Get-OrganizationConfig에서 OAuth2ClientProfileEnabled 값은 무엇이었나요?',
	exoEnabled: '켜짐(True)',
	exoDisabled: '꺼짐(False)',
	exoNotChecked: '아직 확인하지 않음',
	exoCheckNote:
		'Exchange Online 최신 인증 설정은 Graph로 읽을 수 없습니다. 관리자가 Get-OrganizationConfig | Format-Table Name,OAuth2ClientProfileEnabled 명령으로 확인합니다.',
	regFileNote:
		'Outlook 2013에는 HKCU\\Software\\Microsoft\\Office\\15.0\\Common\\Identity 키에 EnableADAL = 1, Version = 1(REG_DWORD)이 필요합니다. 마법사가 바로 쓸 .reg 파일을 만듭니다(3단계에서 w). 모의 실행에서는 파일을 만들지 않습니다.',
	openExoDisabled: 'Exchange Online 최신 인증이 꺼져 있습니다.',
	openExoNotChecked: 'Exchange Online 최신 인증을 아직 확인하지 않았습니다.',
	breaksExo: '켜기 전까지 Outlook은 MFA로 로그인할 수 없습니다.',
	openOutlook2013: ({users}) => `Outlook 2013(지원 종료) 사용자 ${n(users)}명: 레지스트리 값과 업그레이드를 계획함.`,
	breaksOutlook2013: '레지스트리 값이 없으면 Outlook 2013은 MFA를 할 수 없어 연결이 끊깁니다.',
	openOldOutlook: ({users}) => `Outlook 2010이나 2007 사용자 ${n(users)}명.`,
	breaksOldOutlook: '이 버전은 최신 인증을 할 수 없어 Outlook이 동작을 멈춥니다.',
	whyModern:
		'MFA에는 최신 인증이 필요합니다. 앱이 Microsoft 로그인 창을 열어 두 번째 인증을 요구할 수 있어야 합니다. 오래된 Outlook은 암호를 바로 보내므로, MFA를 적용하고 레거시 인증을 차단하면 동작하지 않습니다.',
	whySupport: ({date}) =>
		`Office 2016과 2019는 ${date}에 지원이 끝났고, Office 2013은 훨씬 전에 끝났습니다. 계속 연결하려면 지원되는 Microsoft 365 앱을 쓰세요.`,
};
