import type {setup as en} from '../en/setup.js';
import type {Translated} from '../types.js';

export const setup: Translated<typeof en> = {
	title: ({tenant}) => `${tenant}에 mfa-onboard 전용 앱을 등록합니다`,
	dryRunTitle: ({tenant}) => `[모의 실행] setup이 ${tenant}에서 할 일(아무것도 쓰지 않습니다)`,
	wouldSend: ({method, url}) => `[모의 실행] ${method} ${url} 요청을 보낼 예정`,
	exists: ({name, appId}) => `“${name}” 앱이 이미 있습니다(클라이언트 ID ${appId}). 이 앱을 사용합니다.`,
	created: ({name, appId}) => `“${name}” 앱을 만들었습니다(클라이언트 ID ${appId}).`,
	appSettings:
		'디바이스 코드와 브라우저 로그인을 쓰는 퍼블릭 클라이언트, 리디렉션 URI http://localhost, 이 테넌트 전용.',
	permissions: ({count}) => `위임된 Microsoft Graph 권한(${count}개). 각 권한은 단계에서 필요할 때만 요청합니다:`,
	permissionLine: ({scope, id, write}) => `  ${scope}  ${id}${write ? '  (쓰기)' : ''}`,
	permissionIdsLive: '권한 ID는 이 테넌트의 Microsoft Graph 서비스 주체에서 읽었습니다.',
	permissionIdsBuiltIn: '권한 ID는 내장 표에서 가져왔습니다(실시간 조회가 허용되지 않았습니다).',
	permissionSkipped: ({scope}) =>
		`  ${scope}: 이 테넌트에서 ID를 알 수 없어 제외했습니다(암호 재설정이 필요하면 포털에서 추가하세요).`,
	consent: '관리자가 다음 주소에서 모든 사용자를 위해 한 번 권한을 부여합니다:',
	saved: ({path}) => `이 테넌트의 클라이언트 ID를 ${path}에 저장했습니다.`,
	next: '다음: `mfa-onboard`를 실행하세요. 이제부터 이 앱으로 로그인합니다(또는 --client-id를 지정하세요).',
	dryRunNext: '등록하려면 --dry-run 없이 `mfa-onboard setup`을 실행하세요.',
	signedOut: ({count, path}) => `로그아웃했습니다: 저장된 로그인 ${count}개를 지웠습니다(${path}).`,
};
