import type {auth as en} from '../en/auth.js';
import type {Translated} from '../types.js';

export const auth: Translated<typeof en> = {
	deviceCodeTitle: 'Microsoft에 로그인',
	deviceCodeOpen: ({url}) => `아무 기기에서나 ${url}을(를) 열고`,
	deviceCodeEnter: ({code}) => `코드 ${code}을(를) 입력하세요`,
	deviceCodeQr: '또는 휴대폰으로 이 QR 코드를 스캔해 페이지를 여세요:',
	deviceCodeExpires: ({minutes}) => `코드는 ${minutes}분 뒤에 만료됩니다.`,
	waiting: '로그인이 끝나기를 기다리는 중…',
	browserOpening: '로그인하려고 브라우저를 엽니다. 열리지 않으면 이 컴퓨터에서 다음 주소로 이동하세요:',
	signedIn: ({user, tenant}) => `${user}(으)로 로그인했습니다(테넌트 ${tenant}).`,
	signedInApp: ({clientId, tenant}) => `앱 ${clientId}(으)로 로그인했습니다(테넌트 ${tenant}).`,
	usingCachedSignIn: ({user}) => `저장된 ${user}의 로그인을 사용합니다.`,
	usingSuppliedToken: ({user, tenant}) =>
		`${user}(테넌트 ${tenant})의 제공된 액세스 토큰을 사용합니다. 토큰은 읽기만 하고 검증하지 않습니다. 검증은 Graph가 합니다.`,
	defaultClient:
		'Microsoft 앱인 Microsoft Graph Command Line Tools로 로그인합니다. 운영 환경에서는 `mfa-onboard setup`으로 전용 앱을 등록하세요.',
	reasonExpired: ({code}) =>
		`저장된 로그인을 오랫동안 쓰지 않아 만료되었습니다(${code}). 다시 로그인하세요. 이전 로그인은 캐시에서 지웠습니다.`,
	reasonRevoked: ({code}) =>
		`저장된 로그인이 취소되었습니다. 암호가 바뀌었거나 세션이 취소되었습니다(${code}). 다시 로그인하세요. 이전 로그인은 캐시에서 지웠습니다.`,
	reasonInteraction: ({code}) =>
		`저장된 로그인에 다시 본인 확인이 필요합니다(${code}). 예: MFA나 새 정책. 다시 로그인하세요.`,
	reasonConsent: ({scopes}) =>
		`이 변경을 적용하려면 ${scopes} 권한이 필요합니다. 다시 로그인해 권한을 부여하세요(관리자 동의가 필요할 수 있습니다).`,
	deviceCodeBlocked: '이 테넌트에서는 조건부 액세스가 디바이스 코드 로그인을 차단합니다(AADSTS53003).',
	deviceCodeBlockedFallback:
		'이 테넌트에서는 조건부 액세스가 디바이스 코드 로그인을 차단합니다(AADSTS53003). 대신 브라우저로 로그인합니다.',
	deviceCodeBlockedHint:
		'이 컴퓨터의 브라우저로 로그인하세요: --auth browser로 다시 실행합니다. 브라우저가 없는 SSH 환경이라면 관리자에게 이 앱을 디바이스 코드 정책에서 제외해 달라고 하거나 --auth token을 쓰세요.',
	deviceCodeExpired: '로그인이 끝나기 전에 로그인 코드가 만료되었습니다.',
	deviceCodeExpiredHint: '명령을 다시 실행하고 표시된 시간 안에 로그인을 마치세요.',
	signInFailed: ({code, meaning}) => `로그인에 실패했습니다(${code}): ${meaning}`,
	signInFailedGeneric: ({detail}) => `로그인에 실패했습니다: ${detail}`,
	signInFailedHint: '자세한 내용은 `mfa-onboard explain <코드>`를 실행하거나 --verbose로 다시 실행하세요.',
	signInNetwork: ({host}) => `${host}의 Microsoft 로그인 서비스에 연결할 수 없습니다.`,
	signInNetworkHint: '네트워크 연결과 프록시, 그리고 국가별 클라우드라면 --cloud를 확인하세요.',
	browserDone: '로그인했습니다. 이 창을 닫고 터미널로 돌아가세요.',
	browserFailed: '브라우저 로그인이 완료되지 않았습니다.',
	browserFailedHint: '다시 시도하거나, 다른 기기에서 디바이스 코드(--auth device-code)를 사용하세요.',
	noTtyForSignIn: '로그인하려면 브라우저에서 직접 확인해야 하는데, 이 실행에서는 안내를 표시할 수 없습니다.',
	noTtyForSignInHint:
		'한 번 대화형으로 로그인하거나(로그인은 저장됩니다), 무인 실행에는 --auth certificate 또는 --auth token을 쓰세요.',
	tokenMissing: '--auth token을 쓰려면 MFA_ONBOARD_ACCESS_TOKEN 환경 변수에 액세스 토큰이 있어야 합니다.',
	tokenMissingHint:
		'예: MFA_ONBOARD_ACCESS_TOKEN=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)',
	tokenNotJwt: 'MFA_ONBOARD_ACCESS_TOKEN의 값이 액세스 토큰(점으로 나뉜 세 부분의 JWT)이 아닙니다.',
	tokenExpired: ({when}) => `제공된 액세스 토큰이 ${when}에 만료되었습니다.`,
	tokenExpiredHint: '새 토큰을 받아 명령을 다시 실행하세요.',
	tokenWrongAudience: ({audience}) => `제공된 액세스 토큰은 Microsoft Graph가 아니라 ${audience}용입니다.`,
	tokenWrongAudienceHint: 'Microsoft Graph용 토큰을 요청하세요(az라면 --resource-type ms-graph).',
	tokenWrongTenant: ({tokenTenant, tenant}) =>
		`제공된 액세스 토큰은 테넌트 ${tokenTenant}용인데 --tenant는 ${tenant}입니다.`,
	tokenMissingScopes: ({scopes}) =>
		`제공된 액세스 토큰에 ${scopes}이(가) 없습니다. 이 권한이 필요한 호출은 거부됩니다.`,
	tokenCannotAddScopes: ({scopes}) =>
		`이 변경에는 ${scopes}이(가) 필요한데, 제공된 액세스 토큰에는 권한을 추가할 수 없습니다.`,
	tokenCannotAddScopesHint: '그 권한이 있는 토큰을 제공하거나 --auth device-code 또는 --auth browser로 로그인하세요.',
	certificateNeedsApp: '--auth certificate에는 --client-id(인증서가 속한 앱)와 --tenant가 필요합니다.',
	certificateNeedsPath: '--auth certificate에는 --certificate <경로>(PEM 또는 PFX 파일)가 필요합니다.',
	certificateUnreadable: ({path}) => `인증서 파일 ${path}을(를) 읽을 수 없습니다.`,
	certificateNoKey: ({path}) => `${path}에 개인 키(PEM "PRIVATE KEY" 블록 또는 PFX 키)가 없습니다.`,
	certificateNoCert: ({path}) => `${path}에 인증서(PEM "CERTIFICATE" 블록 또는 PFX 인증서)가 없습니다.`,
	certificateEncrypted: ({path}) =>
		`${path}은(는) 암호로 보호되어 있습니다. MFA_ONBOARD_CERTIFICATE_PASSWORD를 설정하세요.`,
	certificateBadPassword: ({path}) => `${path}의 암호가 틀렸거나 파일이 손상되었습니다.`,
	certificatePfxUnsupported: ({path, detail}) =>
		`${path}은(는) 이 도구가 읽을 수 없는 PFX 보호 방식을 씁니다(${detail}).`,
	certificatePfxHint: 'PEM으로 변환하세요: openssl pkcs12 -in cert.pfx -out cert.pem -nodes',
	certificateWriteScopes:
		'인증서로 로그인한 앱은 그 앱에 동의된 애플리케이션 권한만 가지며, 권한을 더 요청할 수 없습니다.',
	cacheCorrupt: ({path, backup}) =>
		`로그인 캐시 ${path}을(를) 읽을 수 없어 ${backup}(으)로 보관했습니다. 다시 로그인하게 됩니다.`,
	signedOut: ({count, path}) => `로그아웃했습니다: ${path}에서 저장된 로그인 ${count}개를 지웠습니다.`,
	signedOutNothing: '로그아웃할 것이 없습니다. 저장된 로그인이 없습니다.',
	clientIdInvalid: ({value}) => `--client-id ${value}은(는) 애플리케이션 ID(GUID)가 아닙니다.`,
	browserOpenFailed: '브라우저를 자동으로 열 수 없습니다.',
	settingsCorrupt: ({path}) => `설정 파일 ${path}이(가) 손상되었습니다.`,
	settingsCorruptHint: '파일을 고치거나 다른 곳으로 옮긴 뒤 `mfa-onboard setup`을 다시 실행하세요.',
};
