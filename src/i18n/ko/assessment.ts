import type {assessment as en} from '../en/assessment.js';
import type {Translated} from '../types.js';

export const assessment: Translated<typeof en> = {
	usageConcealed:
		'보고서 설정에서 Microsoft 365 사용 현황 보고서의 사용자 이름을 숨기고 있어, 사용 현황 행을 사용자와 연결할 수 없습니다.',
};
