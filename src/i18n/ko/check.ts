import type {check as en} from '../en/check.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

export const check: Translated<typeof en> = {
	daysInvalid: ({value}) => `--days에는 1 이상의 정수(일 수)를 지정해야 합니다(입력값: ${value}).`,
	daysInvalidHint: '예: mfa-onboard check --days 14',
	daysCapped: ({requested, days}) =>
		`참고: 로그인 기록을 ${n(requested)}일 요청했지만 이 테넌트는 ${n(days)}일만 보관하므로 최근 ${n(days)}일을 읽습니다.`,
	progress: ({parts}) => `테넌트를 읽는 중… ${parts}`,
	progressUsers: ({count}) => `사용자 ${n(count)}`,
	progressRegistration: ({count, total}) => (total ? `등록 정보 ${n(count)}/${n(total)}` : `등록 정보 ${n(count)}`),
	progressPerUserMfa: ({count, total}) => (total ? `사용자별 MFA ${n(count)}/${n(total)}` : `사용자별 MFA ${n(count)}`),
	progressSignIns: ({rows, requests}) => `로그인 ${n(rows)}건(요청 ${n(requests)}회)`,
	progressReports: ({count}) => `사용 현황 보고서 ${n(count)}`,
	progressEvaluating: '규칙 적용 중',
	saved: ({file}) => `\`mfa-onboard report\`에서 쓸 수 있도록 점검 결과를 저장했습니다: ${file}`,
	wrote: ({file}) => `보고서를 ${file}에 저장했습니다`,
	outputFailed: ({file, reason}) => `${file}에 쓸 수 없습니다: ${reason}`,
	outputFailedHint: '폴더가 있는지, 쓰기 권한이 있는지 확인하거나 --output으로 다른 경로를 지정하세요.',

	noSaved: '보고서로 만들 저장된 점검 결과가 없습니다.',
	noSavedHint:
		'먼저 `mfa-onboard check`를 실행하세요(데모 테넌트는 `mfa-onboard check --demo`). 점검 결과가 저장됩니다.',
	noSavedFor: ({tenant}) => `${tenant}에 대해 저장된 점검 결과가 없습니다.`,
	severalSaved: ({list}) => `저장된 점검 결과가 있는 테넌트가 여러 개입니다: ${list}.`,
	severalSavedHint: '--tenant <테넌트 ID 또는 도메인>으로 하나를 고르세요.',
	savedEntry: ({name, domain, id, when}) => `${name}(${domain}, ${id}, ${when} 점검)`,
	savedUnreadable: ({file, problem}) => `저장된 점검 결과 ${file}을(를) 읽을 수 없습니다: ${problem}`,
	savedUnreadableHint: '`mfa-onboard check`를 다시 실행해 새로 저장하세요.',
	journalUnreadable: ({file}) =>
		`참고: ${file}의 변경 기록을 읽을 수 없어 보고서에서 뺐습니다. 진행 파일은 바꾸지 않았습니다.`,
	csvFolder: ({folder, files}) => `CSV 파일을 ${folder}에 저장했습니다: ${files}`,
};
