import type {graph as en} from '../en/graph.js';
import type {Translated} from '../types.js';

export const graph: Translated<typeof en> = {
	featureSignInLogs: '로그인 로그를 읽을',
	featureRegistrationDetails: 'MFA 등록 보고서를 읽을',
	featureConditionalAccess: '조건부 액세스를 사용할',
	featureRiskyUsers: '위험한 사용자를 읽을',
	featureRiskDetections: '위험 검색을 읽을',
	featureRoleEligibility: '적격(PIM) 역할 할당을 읽을',
	featureUsageReports: 'Microsoft 365 사용 현황 보고서를 읽을',
	featurePerUserMfa: '사용자별 MFA 상태를 읽을',
	featureAuthMethods: '사용자의 로그인 방법을 읽을',
	featureGeneric: ({method, endpoint}) => `${method} ${endpoint}을(를) 실행할`,
	unauthorized: ({code}) => `Microsoft Graph가 이 로그인을 받아들이지 않았습니다(${code}).`,
	unauthorizedHint:
		'로그인이 만료되었거나 취소되었습니다. `mfa-onboard --sign-out`으로 로그아웃한 뒤 명령을 다시 실행하세요.',
	forbidden: ({what}) => `${what} 수 없습니다. 로그인한 계정에 권한이 없습니다.`,
	forbiddenHint: ({scopes, roles}) =>
		`이 앱에 동의된 위임 권한 ${scopes}와(과) 디렉터리 역할 ${roles}(또는 그 이상)이 필요합니다.`,
	forbiddenHintNoRole: ({scopes}) =>
		`이 앱에 동의된 위임 권한 ${scopes}와(과) 이를 허용하는 디렉터리 역할이 필요합니다.`,
	forbiddenConsent: '관리자는 `mfa-onboard setup`이 출력하는 관리자 동의 링크로 권한을 부여할 수 있습니다.',
	forbiddenRole: '또는 그 역할이 있는 계정으로 로그인하세요(파트너라면 그 역할이 포함된 GDAP 관계).',
	licence: ({what, licence}) => `${what} 수 없습니다. 이 테넌트에 Microsoft Entra ID ${licence} 라이선스가 없습니다.`,
	licenceHintSignInLogs: '로그인 로그 대신 이메일 앱 사용 현황 보고서와 관리자의 답변으로 레거시 로그인을 찾습니다.',
	licenceHintRegistrationDetails: '등록 보고서 대신 사용자별 로그인 방법을 읽습니다(큰 테넌트에서는 더 느립니다).',
	licenceHintConditionalAccess: '조건부 액세스 대신 모든 테넌트에서 쓸 수 있는 보안 기본값으로 MFA를 적용합니다.',
	licenceHintRiskyUsers:
		'P2가 없으면 위험한 사용자 목록을 읽을 수 없습니다. Entra 관리 센터에서 위험한 로그인을 검토하세요.',
	licenceHintRiskDetections: '라이선스가 없으면 위험 검색을 건너뛰고 보고서에 그 사실을 적습니다.',
	licenceHintRoleEligibility: 'P2가 없으면 적격 할당이 없으므로 활성 역할 할당만 읽습니다.',
	licenceHintGeneric: '이 데이터 없이 계속하며, 읽지 못한 항목을 표시합니다.',
	throttled: ({seconds}) => `Microsoft Graph가 이 테넌트의 요청을 제한하고 있으며 ${seconds}초 기다리라고 했습니다.`,
	throttledUnknown: '여러 번 다시 시도했지만 Microsoft Graph가 이 테넌트의 요청을 계속 제한했습니다.',
	throttledHint: '몇 분 기다린 뒤 명령을 다시 실행하세요. 저장된 진행 상황은 유지됩니다.',
	notFound: ({endpoint}) => `Microsoft Graph에 해당 개체가 없습니다: ${endpoint}.`,
	notFoundHint: '마지막 평가 이후 삭제되었을 수 있습니다. 단계를 다시 실행해 테넌트를 다시 읽으세요.',
	badRequest: ({endpoint, message}) => `Microsoft Graph가 ${endpoint} 요청을 거부했습니다: ${message}`,
	badRequestHint: '--verbose로 다시 실행하면 요청 내용을 볼 수 있습니다. 계속되면 그 출력과 함께 알려 주세요.',
	serverError: ({status}) => `Microsoft Graph가 HTTP ${status} 오류로 실패했습니다.`,
	serverErrorHint: 'Microsoft 쪽 문제로 대개 곧 해결됩니다. 몇 분 뒤 명령을 다시 실행하세요.',
	network: ({origin, code}) => `${origin}의 Microsoft Graph에 연결할 수 없습니다(${code}).`,
	networkHint: '네트워크 연결, 프록시, --graph-endpoint를 확인한 뒤 명령을 다시 실행하세요.',
	shape: ({endpoint, field, problem}) =>
		`Microsoft Graph의 ${endpoint} 응답 형식이 예상과 다릅니다: ${field}: ${problem}.`,
	shapeHint: 'Graph가 바뀌어 이 도구가 오래된 것일 수 있습니다. 업데이트하거나 이 메시지를 알려 주세요.',
	untrusted: ({url}) => `${url}은(는) 이 세션의 Graph 엔드포인트가 아니므로 액세스 토큰을 보내지 않았습니다.`,
	untrustedHint:
		'Graph가 다른 호스트로 가는 링크를 보냈습니다. 그곳으로는 아무것도 보내지 않았습니다. --verbose 출력과 함께 알려 주세요.',
	dryRunRefused: ({count}) => `모의 실행: 변경 ${count}건을 보내지 않았습니다.`,
	dryRunRefusedHint: '적용하려면 --dry-run 없이 실행하세요. 계획에 각 변경이 나와 있습니다.',
	requestId: ({id}) => `Microsoft 지원용 Graph 요청 ID: ${id}`,
};
