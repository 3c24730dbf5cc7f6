import type {progress as en} from '../en/progress.js';
import type {Translated} from '../types.js';

export const progress: Translated<typeof en> = {
	corrupt: ({file, backup}) =>
		`저장된 진행 파일 ${file}을(를) 읽을 수 없습니다(올바른 진행 데이터가 아님). 파일은 ${backup}(으)로 보관했습니다.`,
	corruptHint: '--fresh로 다시 실행하면 새 세션을 시작합니다. 손상된 파일은 확인할 수 있도록 그대로 둡니다.',
	unreadable: ({file, reason}) => `저장된 진행 파일 ${file}을(를) 열 수 없습니다: ${reason}.`,
	unreadableHint: '파일 소유자와 권한(본인 소유, 모드 600)을 확인하거나 --fresh로 실행하세요.',
	newerSchema: ({file, version}) =>
		`${file}은(는) 더 새로운 mfa-onboard(진행 스키마 ${version})가 썼습니다. 이 버전은 안전하게 읽을 수 없습니다.`,
	newerSchemaHint:
		'mfa-onboard를 업데이트하거나(npx mfa-onboard@latest) --fresh로 새로 시작하세요(파일은 백업으로 보관).',
	locked: ({pid, command, startedAt, hostname}) =>
		`다른 mfa-onboard가 이 테넌트에서 작업 중입니다: ${hostname}의 프로세스 ${pid}, ${startedAt} 시작(${command}).`,
	lockedHint:
		'먼저 그 실행을 마치거나 종료하세요. 완전히 사라졌다면(컴퓨터 재시작 등) 진행 파일 옆의 .lock 파일을 지우세요.',
	lockRecovered: ({pid}) => `이전 실행(프로세스 ${pid})이 정상 종료되지 않아 잠금을 해제했습니다.`,
};
