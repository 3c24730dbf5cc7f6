import type {stepAutomation as en} from '../en/stepAutomation.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const stepAutomation: Translated<typeof en> = {
	tabAccounts: '계정',
	tabErrors: '오류',
	fixSecureAppModel: '보안 애플리케이션 모델(앱 + 새로 고침 토큰)',
	fixManagedIdentity: '관리 ID',
	fixCertificateApp: '인증서를 쓰는 앱',
	fixShort_secureAppModel: 'SAM 앱',
	fixShort_managedIdentity: '관리 ID',
	fixShort_certificateApp: '인증서 앱',
	fixShort_seeLegacy: '2단계',
	fixInteractiveMfa: '사람: MFA로 로그인',
	fixShort_interactiveMfa: 'MFA 로그인',
	fixSeeLegacy: '장치나 사서함: 2단계에서 결정',
	explainSecureAppModel:
		'Partner Center 연동(제어판, 청구·PSA 도구)용입니다. 앱을 등록하고 동의한 뒤, MFA로 한 번 대화형 로그인해 새로 고침 토큰을 받습니다. 이후 연동은 암호가 아니라 앱과 그 토큰을 씁니다. 새로 고침 토큰은 쓸 때마다 갱신되며, 90일 동안 쓰지 않으면 만료되므로(AADSTS700082) 가장 최근 토큰을 저장하고 한 달에 한 번 이상 쓰세요.',
	explainManagedIdentity:
		'Azure에서 실행되는 스크립트(Automation 계정, Functions, VM)용입니다. 리소스에 관리 ID를 주고 스크립트에 필요한 권한을 부여합니다. 저장할 암호나 비밀이 없고, 만료될 것도 없습니다.',
	explainCertificateApp:
		'그 밖의 곳(서버, 예약된 작업)에서 실행되는 스크립트용입니다. 앱을 등록하고 필요한 애플리케이션 권한을 준 뒤 인증서로 로그인합니다(Connect-MgGraph -CertificateThumbprint, Connect-ExchangeOnline -AppId -CertificateThumbprint). 사용자 계정도, MFA 요청도 없습니다.',
	explainInteractiveMfa:
		'관리자가 직접 PowerShell을 실행하는 것은 자동화가 아닙니다. MFA 방법을 등록하고 대화형으로 로그인하세요. Connect-ExchangeOnline과 Connect-MgGraph는 MFA를 요청합니다(Exchange Online PowerShell V3는 파트너의 위임된 액세스에서도 MFA로 동작합니다). 저장된 암호는 더 이상 넘기지 마세요.',
	explainSeeLegacy:
		'이 계정은 레거시 프로토콜로만 로그인하고 최신 로그인은 없습니다. 스크립트가 아니라 장치나 사서함입니다. 해결책은 2단계에서 정하며, 끝나면 체크하세요.',
	reasonScriptClient: ({app}) => `${app} 앱을 통해 암호만으로 로그인`,
	reasonRopc: '사용자 이름과 암호를 직접 보냄(ROPC)',
	reasonLegacyOnly: '레거시 프로토콜로만 로그인',
	reasonPartnerCenter: 'MFA 없이 Partner Center API 호출',
	check_samApp: '연동용 앱이 등록되어 있음(고객이 관련되면 다중 테넌트)',
	check_samConsent: '앱에 동의했고, MFA 대화형 로그인으로 새로 고침 토큰을 받음',
	check_samVault: '새로 고침 토큰을 보관소(예: Key Vault)에 저장하고, 쓸 때마다 갱신함',
	check_samSwitch: '연동이 계정 암호가 아니라 앱과 토큰을 씀',
	check_samRemovePassword: '연동에서 계정 암호를 지움(또는 계정을 사용 중지함)',
	check_miEnable: '스크립트를 실행하는 Azure 리소스에 관리 ID가 있음',
	check_miRoles: '관리 ID에 스크립트가 필요한 역할과 권한이 있음',
	check_miSwitch: '스크립트가 관리 ID로 로그인함(Connect-AzAccount -Identity, Connect-MgGraph -Identity)',
	check_miRemoveAccount: '스크립트에서 사용자 계정을 지우고 계정을 사용 중지함',
	check_certApp: '인증서를 쓰는 앱이 등록되어 있음(스크립트에 클라이언트 비밀 없음)',
	check_certConsent: '앱에 필요한 애플리케이션 권한이 있고 관리자 동의를 받음',
	check_certSwitch: '스크립트가 앱과 인증서로 로그인함',
	check_certRemoveAccount: '스크립트에서 사용자 계정을 지우고 계정을 사용 중지함',
	check_personRegister: '관리자가 MFA 방법을 등록함(aka.ms/mysecurityinfo)',
	check_personInteractive: '관리자가 모듈에 대화형으로 로그인함. 저장된 암호나 -Credential은 더 이상 쓰지 않음',
	check_legacyDone: '2단계의 해결책을 마침',
	after50076:
		'MFA가 적용되면, 사용자 이름과 암호로 로그인하는 스크립트나 연동은 모두 이 오류를 받고 멈춥니다. MFA 요청에 답할 수 없기 때문입니다. 앱 ID로 옮기는 것만이 오래가는 해결책이며, 정책에서 제외하면 파트너 요구 사항을 어기게 됩니다.',
	after700082:
		'새로 고침 토큰은 90일 동안 쓰지 않으면 만료됩니다. 쓸 때마다 새 토큰을 돌려주므로 가장 최근 것을 보관하고, 연동이 90일 안에 한 번 이상 실행되게 하세요. 그러지 못했다면 MFA로 다시 로그인해 새 토큰을 받아야 합니다.',
	unavailable:
		'자동화 계정은 로그인 로그에서 찾는데, 로그인 로그에는 Entra ID P1이 필요합니다. 스크립트, 제어판, 청구 도구가 쓰는 계정을 직접 적어 두세요. 계정마다 아래 해결책 중 하나가 필요합니다.',
	noneFound: '이 기간에 스크립트나 연동에서 암호만으로 로그인한 계정은 없습니다.',
	found: ({count, atLeast}) =>
		`${atLeast ? '최소 ' : ''}${n(count)}개 계정이 스크립트나 연동에서 암호만으로 로그인합니다.`,
	accountLine: ({upn, reasons, signIns}) => `${upn} — ${reasons}(로그인 ${n(signIns)}건)`,
	partnerCenterSoon: ({date, days}) =>
		`${date}(${n(days)}일 후)부터 Partner Center API의 앱+사용자 호출에는 모두 MFA로 받은 토큰이 필요합니다.`,
	partnerCenterNow: ({date}) =>
		`${date}부터 Partner Center API의 앱+사용자 호출에는 모두 MFA로 받은 토큰이 필요합니다. 아직 암호만으로 로그인하는 연동은 이미 실패하고 있거나 곧 실패합니다.`,
	openUnavailable: '자동화 계정을 찾을 수 없었습니다(로그인 로그 없음).',
	openAccount: ({upn, done, total}) =>
		`${upn} 계정이 아직 암호만으로 로그인합니다(해결 단계 ${total}개 중 ${done}개 완료).`,
	breaksAutomation: 'MFA가 적용되면 AADSTS50076 오류로 실패합니다.',
	accountQuestion: ({upn}) => `${upn} 계정의 해결책`,
	acceptedWith: ({reason}) => `그대로 수용 — ${reason}`,
	progress: ({done, total}) => `${total}개 중 ${done}개 완료`,
	statusResolved: '해결됨',
	statusAccepted: '수용함',
	detailApps: '로그인 경로:',
	appLine: ({name, signIns, date}) => `${name}: 로그인 ${n(signIns)}건, 마지막 ${date}`,
	detailProtocols: ({protocols}) => `프로토콜: ${protocols}`,
	detailResources: ({resources}) => `로그인 대상: ${resources}`,
	detailCounts: ({signIns, singleFactor}) => `이 기간 로그인 ${n(signIns)}건, 그중 암호만으로 ${n(singleFactor)}건`,
	detailLastSeen: ({date}) => `마지막 확인: ${date}`,
	fixLabel: ({fix}) => `해결책: ${fix}`,
	keyFix: 'c 해결책 변경',
	keyAccept: 'a 수용',
	acceptPrompt: '이 계정을 그대로 수용하는 이유는 무엇인가요? (필수, Enter로 저장, 빈 줄은 취소)',
	acceptPlaceholder: '예: 공급업체가 3월에 교체, 어디서도 제외하지 않음',
	acceptedNote: ({reason}) => `수용함: ${reason}. a를 누르면 다시 엽니다.`,
	acceptCleared: '다시 열었습니다. 해결될 때까지 목록에 남습니다.',
	chooseFix: '이 계정에 맞는 해결책은 무엇인가요?',
	whyUserCredentials:
		'요구 사항은 서비스 계정을 포함한 모든 사용자에게 적용됩니다. 스크립트, 제어판, 청구 도구가 암호로 로그인하는 계정은 MFA 요청에 답할 수 없으므로 MFA를 적용하는 날 동작을 멈춥니다. 요구 사항을 어기지 않고서는 제외할 수도 없습니다.',
	whyMandatory: ({date}) =>
		`Microsoft는 이미 Azure CLI, Azure PowerShell, Azure Resource Manager 변경에 MFA를 요구합니다(${date}부터 순차 적용). 서비스 계정으로 쓰는 사용자 계정은 여기서도 영향을 받습니다.`,
	whyChecklist:
		'각 계정은 해결책의 모든 항목을 체크하거나 이유와 함께 수용할 때까지 목록에 남습니다. 6단계에서 MFA를 적용하기 전에 남은 계정을 보여 줍니다.',
};
