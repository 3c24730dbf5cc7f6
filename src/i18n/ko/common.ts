import type {common as en} from '../en/common.js';
import type {Translated} from '../types.js';

export const common: Translated<typeof en> = {
	yes: '예',
	no: '아니요',
	unknown: '알 수 없음',
	none: '없음',
	demo: '데모',
	dryRun: '모의 실행',
	notSignedIn: '로그인 안 됨',
	noTenant: '테넌트 없음',
};
