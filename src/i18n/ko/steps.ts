import type {steps as en} from '../en/steps.js';
import type {Translated} from '../types.js';

export const steps: Translated<typeof en> = {
	shortProfile: '테넌트 프로필',
	shortLegacyAuth: '레거시 로그인',
	shortOffice: 'Office 클라이언트',
	shortMobile: '휴대폰·인증 방법',
	shortAutomation: '자동화 계정',
	shortEnforce: 'MFA 적용',
	shortSspr: '관리자 복구',
	shortRecovery: '침해된 사용자',
	shortSummary: '요약',
	titleProfile: '로그인과 테넌트 프로필',
	titleLegacyAuth: 'MFA를 못 하는 앱과 장치',
	titleOffice: 'Office와 최신 인증',
	titleMobile: '모바일 장치 정책과 로그인 방법',
	titleAutomation: '사용자 자격 증명으로 로그인하는 자동화',
	titleEnforce: '모든 사용자에게 MFA 적용',
	titleSspr: '관리자용 셀프 서비스 암호 재설정',
	titleRecovery: '침해된 계정 복구',
	titleSummary: '요약',
	aboutProfile:
		'로그인한 사람, 테넌트와 클라우드, 라이선스, 그리고 지금 MFA를 강제하는 수단(보안 기본값, 조건부 액세스, 사용자별 MFA)을 봅니다. 이후 어떤 경로가 가능한지 여기서 정해집니다.',
	aboutLegacyAuth:
		'지난 30일간 IMAP, POP, 인증된 SMTP, ActiveSync 등 레거시 프로토콜 로그인을 프로토콜·사용자·장치별로 봅니다. 항목마다 최신 인증으로 전환, 교체, 폐기, 메모와 함께 수용 중에서 고릅니다.',
	aboutOffice:
		'Office·Exchange 라이선스 사용자, 사용 중인 Outlook 버전, Exchange Online의 최신 인증 사용 여부를 봅니다. Outlook 2013에는 레지스트리 값이 필요하며, 바로 쓸 .reg 파일을 만들어 드립니다.',
	aboutMobile:
		'업무 중 휴대폰 사용을 막는 정책이 있는지, 테넌트가 허용하는 로그인 방법과 방법별 등록 사용자 수, 필요하면 켤 휴대폰 없는 방법을 봅니다.',
	aboutAutomation:
		'스크립트, 제어판, 청구 연동이 암호로 쓰는 계정을 찾습니다. 계정마다 해결책(동의된 새로 고침 토큰을 쓰는 앱, 관리 ID, 인증서)을 제시하며 해결될 때까지 목록에 남습니다.',
	aboutEnforce:
		'보안 기본값, 또는 먼저 보고 전용으로 만든 조건부 액세스 정책의 영향을 확인한 뒤 켭니다. 비상 계정이 안전해지기 전에는 절대 켜지 않습니다.',
	aboutSspr:
		'암호 재설정과 MFA에 등록하지 않은 관리자를 등록 링크와 함께 보여 주고, 모두 마칠 때까지 실시간으로 다시 확인합니다.',
	aboutRecovery:
		'위험한 사용자와 유출된 자격 증명: 최근 로그인을 본 뒤, 임시 암호 설정, 세션 해지, 위험 해제를 각각 확인받고 진행합니다.',
	aboutSummary: '규칙 대비 준수 여부, 바뀐 것, 아직 남은 것, 보고서 내보내는 방법을 보여 줍니다.',
	statusPending: '시작 전',
	statusAssessed: '결정 대기',
	statusAnswered: '답함',
	statusPlanned: '계획됨',
	statusDone: '완료',
	statusSkipped: '건너뜀',
	statusFailed: '실패',
};
