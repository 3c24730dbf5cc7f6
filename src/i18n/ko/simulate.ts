import type {simulate as en} from '../en/simulate.js';
import type {Translated} from '../types.js';

export const simulate: Translated<typeof en> = {
	generating: ({scenario}) => `${scenario} 테넌트를 만드는 중…`,
	started: ({scenario, seed, users, signIns, seconds}) =>
		`테넌트 시뮬레이터 실행 중: 시나리오 ${scenario}, 시드 ${seed} — 사용자 ${users}명, 최근 30일 로그인 ${signIns}건 (준비 ${seconds}초).`,
	tenant: ({name, domain, id}) => `테넌트:    ${name} (${domain}, ${id})`,
	baseUrl: ({url}) => `기본 URL:  ${url}`,
	endpoints: ({url, tenant}) =>
		`Graph:     ${url}/v1.0/… 및 ${url}/beta/… · 로그인 엔드포인트: ${url}/${tenant}/oauth2/v2.0/…`,
	throttleReal:
		'요청 제한: Graph가 공개한 한도를 적용합니다(로그인 로그 10초에 5회, 조건부 액세스 쓰기와 ID 보호는 초당 약 1회).',
	faults: ({rate}) => `장애 주입: 요청 중 ${rate}에서 429, 503, 연결 끊김 또는 추가 지연이 발생합니다.`,
	token: ({user, hours}) =>
		`${user}의 전달자 토큰입니다. 모든 읽기·쓰기 권한이 있고 ${hours}시간 동안 유효합니다(서명되지 않은 토큰이라 이 시뮬레이터에서만 쓸 수 있습니다):`,
	tryIt: '예시:',
	stopHint: '멈추려면 Ctrl-C를 누르세요.',
	stopped: ({requests}) => `시뮬레이터를 멈췄습니다. 처리한 요청: ${requests}건.`,
	scaleFlagsNeedLarge: ({flag}) => `--${flag}는 large 시나리오에서만 쓸 수 있습니다.`,
	scaleFlagsHint: '--scenario large를 함께 지정하거나, 직접 만든 contoso 테넌트를 쓰려면 이 옵션을 빼세요.',
	countInvalid: ({flag, max}) => `--${flag}에는 1부터 ${max}까지의 정수를 지정하세요.`,
	faultRateInvalid: '--fault-rate에는 0부터 1 사이의 숫자를 지정하세요(예: 5%는 0.05).',
	portInvalid: '--port에는 1부터 65535까지의 정수를 지정하세요.',
	portInUse: ({port}) => `127.0.0.1의 ${port}번 포트를 이미 다른 프로그램이 쓰고 있습니다.`,
	portInUseHint: '다른 --port를 지정하거나, 옵션을 빼서 비어 있는 포트를 쓰세요.',
};
