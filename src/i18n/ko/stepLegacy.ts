import type {stepLegacy as en} from '../en/stepLegacy.js';
import type {Translated} from '../types.js';

const n = (value: number) => value.toLocaleString('ko-KR');

const DECISIONS: Readonly<Record<string, string>> = {
	migrate: '최신 인증으로 전환',
	appPassword: '당분간 앱 암호 사용',
	replace: '교체',
	retire: '폐기',
	accept: '수용',
};

const QUESTIONS: Readonly<Record<string, string>> = {
	qScanners: '메일을 보내는 스캐너나 복합기',
	qMailboxApps: 'IMAP이나 POP로 사서함을 읽는 애플리케이션',
	qOtherClients: 'Outlook이 아닌 앱으로 메일을 읽는 사람',
	qScripts: '암호로 메일을 보내는 스크립트나 업무용 앱',
};

export const stepLegacy: Translated<typeof en> = {
	tabQuestions: '질문',
	tabReport: '보고서',
	reportHeader: '전자 메일 앱 사용 보고서, 30일(덜 완전함):',
	findingsHintReport:
		'보고서에 나온 사용자는 "보고서" 탭에 있습니다. 빠뜨리지 않도록 "질문"에 답하세요. x를 누르면 목록을 CSV로 내보냅니다.',
	tabNames: '이름 표시',
	decisionMigrate: '최신 인증으로 전환',
	decisionAppPassword: '앱 암호(임시방편)',
	decisionReplace: '교체(릴레이 커넥터, OAuth 등)',
	decisionRetire: '폐기',
	decisionAccept: '메모와 함께 수용',
	short_migrate: '전환',
	short_appPassword: '앱 암호',
	short_replace: '교체',
	short_retire: '폐기',
	short_accept: '수용',
	kindTag_device: '장치',
	kindTag_sharedMailbox: '공유 사서함',
	kindTag_serviceAccount: '서비스',
	kindPerson: '사람',
	kindDevice: '장치(스캐너, 프린터 등)',
	kindSharedMailbox: '공유 사서함',
	kindServiceAccount: '서비스 계정',
	hint_nameLooksLikeDevice: '이름이 장치(스캐너, 프린터)처럼 보임',
	hint_deviceLooksLikePrinter: '장치가 프린터나 스캐너처럼 보임',
	hint_smtpOnly: '메일을 보내기만 함(SMTP)',
	hint_nameLooksLikeSharedMailbox: '이름이 공유 사서함처럼 보임',
	hint_nameLooksLikeServiceAccount: '이름이 서비스 계정처럼 보임',
	hint_automationSignIns: '스크립트나 연동에서도 로그인함(5단계)',
	hint_noModernSignIns: '브라우저나 Office 앱으로 로그인하는 사람이 없음',
	hint_failedOnly: '모든 시도가 실패함',
	qScanners: '메일을 보내는(스캔하여 메일 전송) 스캐너, 프린터, 복합기가 있나요?',
	qMailboxApps: 'IMAP이나 POP로 사서함을 읽는 애플리케이션(헬프데스크 티켓 시스템, CRM 등)이 있나요?',
	qOtherClients:
		'Outlook이 아닌 앱(Thunderbird, ActiveSync를 쓰는 오래된 휴대폰 메일 앱 등)으로 메일을 읽는 사람이 있나요?',
	qScripts: '사용자 이름과 암호로 SMTP를 통해 메일을 보내는 스크립트나 업무용 애플리케이션이 있나요?',
	answerUnsure: '잘 모름',
	smtpAuthSoon: ({date, days}) =>
		`Microsoft는 2026년 12월 말(${date}, ${n(days)}일 후)에 기존 테넌트의 기본 SMTP AUTH를 기본값으로 끕니다. 완전히 제거되기 전(2027년 하반기 발표 예정)까지는 관리자가 다시 켤 수 있습니다. 이 방식으로 메일을 보내는 장치는 지금 옮기세요.`,
	smtpAuthPassed: ({date}) =>
		`기본 SMTP AUTH는 2026년 12월 말(${date})부터 기본값으로 꺼져 있습니다. 완전히 제거되기 전(2027년 하반기 발표 예정)까지는 관리자가 다시 켤 수 있습니다. 아직 이 방식으로 보내는 장치는 다시 켜 두었기 때문에 동작하는 것입니다.`,
	sourceSignIns: ({days}) => `로그인 로그에서 찾은 최근 ${n(days)}일간의 레거시 프로토콜 로그인:`,
	noneFound: '없습니다. 이 기간에 레거시 프로토콜로 로그인한 것이 없습니다.',
	protocolLine: ({protocol, signIns, successful, users}) =>
		`${protocol}: 로그인 ${n(signIns)}건, 성공 ${n(successful)}건, 사용자 ${n(users)}명`,
	failedOnly: ({attempts}) =>
		`이 방식으로 한 번도 성공한 적 없는 사용자에 대한 시도 ${n(attempts)}건이 모두 실패했습니다. 암호 스프레이 공격일 가능성이 큽니다. 레거시 인증을 차단하면 멈춥니다.`,
	sourceUsageReport:
		'로그인 로그가 없습니다(Entra ID P1 필요). 이 목록은 전자 메일 앱 사용 보고서(30일)와 아래 질문으로 만듭니다. 덜 완전합니다. POP3, IMAP4, SMTP 클라이언트를 쓴 사람은 보이지만 어떤 장치인지는 알 수 없고, 다른 레거시 프로토콜은 빠집니다.',
	usageCounts: ({pop3, imap4, smtp}) =>
		`POP3 클라이언트 사용자: ${n(pop3)}명 · IMAP4: ${n(imap4)}명 · SMTP: ${n(smtp)}명.`,
	sourceNone:
		'레거시 프로토콜 사용 현황을 읽지 못했습니다. 로그인 로그도 사용 보고서도 쓸 수 없었습니다. 빠뜨리는 것이 없도록 질문에 답하세요.',
	concealedExplained:
		'사용 보고서가 사용자 이름을 숨기고 있습니다(테넌트의 보고서 설정). 이름 대신 해시가 보이므로 사람과 연결할 수 없습니다. "이름 표시" 탭에서 이름을 보이게 할 수 있습니다. 확인을 거쳐 적용하는 계획된 변경이며, 기록에 남고 되돌릴 수 있습니다.',
	alreadyBlocked: '레거시 인증은 이미 차단되어 있습니다. 이 로그인들은 지금도 실패합니다.',
	notBlocked:
		'레거시 인증은 아직 차단되지 않았습니다. 6단계에서 차단하면 여기 있는 항목은 모두 동작을 멈추므로, 먼저 하나씩 결정하세요.',
	openUnreadable: '레거시 프로토콜 사용 현황을 읽지 못했습니다.',
	breaksLegacy: '레거시 인증을 차단하면 로그인하지 못합니다.',
	openSeenAgain: ({upn, protocol}) => `${upn} 계정이 완료로 표시한 뒤에도 ${protocol} 프로토콜로 로그인합니다.`,
	openItem: ({upn, protocol, decision}) =>
		`${upn} 계정의 ${protocol}: ${DECISIONS[decision] ?? decision}, 아직 완료되지 않음.`,
	openQuestionYes: ({question}) =>
		`있다고 답한 항목: ${QUESTIONS[question] ?? question}. 레거시 인증을 차단하기 전에 찾아서 옮기세요.`,
	openQuestionUnsure: ({question}) => `있는지 모르는 항목: ${QUESTIONS[question] ?? question}.`,
	itemQuestion: ({protocol, upn, device}) => `${protocol} · ${upn} · ${device}`,
	markedDone: '완료로 표시함',
	aggregateQuestion: ({protocol, count}) => `${protocol} · 하나씩 결정하지 않은 항목 ${n(count)}개`,
	aggregateNote: ({count}) =>
		`항목 ${n(count)}개: 여기서는 권장안을 프로토콜별로 셌습니다. 2단계의 CSV 내보내기(x)에 모든 항목이 있습니다.`,
	unconcealQuestion: 'Microsoft 365 사용 보고서에서 사용자 이름을 보이게 할까요?',
	unconcealYes: '예 — 변경을 계획합니다(기록에 남고, 되돌리면 다시 숨깁니다)',
	unconcealNo: '아니요 — 이름을 계속 숨깁니다',
	lessComplete: '로그인 로그보다 덜 완전합니다. 전자 메일 앱 사용 보고서와 답변으로 만들었습니다(Entra ID P1 없음).',
	appPasswordTruth:
		'앱 암호는 사용자별 MFA를 쓰는 사용자에게만 동작하며, 조건부 액세스나 보안 기본값에서는 쓸 수 없습니다. 암호를 재설정해도 앱 암호는 취소되지 않습니다. 요구 사항에 따라 레거시 인증을 차단하면 앱 암호도 동작을 멈추므로, 임시방편일 뿐입니다.',
	changeUnconcealTitle: 'Microsoft 365 사용 보고서에 사용자 이름 표시',
	changeUnconcealWhy:
		'로그인 로그가 없으면 사용 보고서가 레거시 사용 현황의 유일한 출처인데, 숨겨진 이름은 사람과 연결할 수 없습니다. 되돌리면 다시 숨깁니다.',
	findingsHint: '"결정" 탭에서 항목마다 어떻게 할지 정하세요. x를 누르면 목록을 CSV로 내보냅니다.',
	groupHeader: ({protocol, users, signIns}) => `${protocol} — 사용자 ${n(users)}명, 로그인 ${n(signIns)}건`,
	rowOk: ({ok, total}) => `${n(ok)}/${n(total)} 성공`,
	rowFailed: ({total}) => `${n(total)}건 실패`,
	keyDone: 'd 완료',
	detailUser: ({upn, name}) => `${name} (${upn})`,
	detailKind: ({kind}) => `종류(추정): ${kind}.`,
	detailHints: ({hints}) => `근거: ${hints}.`,
	detailProtocol: ({protocol, app}) => `프로토콜: ${protocol} · 앱: ${app}`,
	detailDevice: ({device}) => `장치: ${device}`,
	detailCounts: ({signIns, successful}) => `로그인 ${n(signIns)}건, 성공 ${n(successful)}건`,
	detailFailedOnly:
		'모든 시도가 실패했습니다. 정상적인 사용자는 이 방식으로 로그인하지 않습니다. 암호 스프레이 공격일 가능성이 큽니다.',
	detailLastSeen: ({date}) => `마지막 확인: ${date}`,
	detailPerUser: ({state}) => `이 사용자의 사용자별 MFA: ${state}.`,
	detailDone: ({date}) => `${date}에 완료로 표시함.`,
	explainMigrateMailbox:
		'앱이 최신 인증으로 로그인하게 하세요. 사람은 Outlook(데스크톱, 모바일, 웹)을 쓰고, 애플리케이션은 OAuth 2.0을 쓰는 IMAP/POP나 Microsoft Graph를 씁니다. 그러면 MFA를 하거나 앱 자체의 ID를 쓸 수 있습니다.',
	explainMigrateEas:
		'iOS·Android용 Outlook이나, 최신 인증으로 로그인하는 휴대폰 메일 앱을 쓰세요(계정을 다시 추가하면 MFA를 요구합니다). 기본 인증을 쓰는 오래된 Android 메일 앱은 할 수 없습니다.',
	explainMigrateSmtp:
		'OAuth 2.0을 쓰는 SMTP AUTH나, 앱 ID로 Microsoft Graph(sendMail)를 써서 보내세요. 장치나 스크립트에 암호를 두지 않습니다.',
	explainMigrateOutlook:
		'최신 인증을 쓰는 클라이언트로 업데이트하세요. Outlook 2016 이상, 또는 레지스트리 값을 넣은 Outlook 2013(3단계)입니다. Outlook 2010 이하는 할 수 없습니다.',
	explainMigratePowershell:
		'Exchange Online PowerShell V3(Connect-ExchangeOnline)는 최신 인증과 MFA로 로그인합니다. 스크립트는 인증서를 쓰는 앱으로 옮깁니다(5단계).',
	explainMigrateOther:
		'"기타 클라이언트"에는 오래된 Office 앱과 타사 도구가 포함됩니다. 장치와 사용자로 어떤 앱인지 찾은 다음, 최신 인증으로 로그인하는 버전으로 업데이트하세요.',
	explainAppPassword:
		'앱 암호를 쓰면 레거시 앱이 MFA를 거치지 않고 로그인합니다. 사용자별 MFA를 쓰는 사용자에게만 동작하며, 조건부 액세스나 보안 기본값에서는 쓸 수 없고, 암호를 재설정해도 취소되지 않습니다. 파트너 요구 사항에 따라 레거시 인증을 차단하면 동작을 멈추므로, 시간을 버는 용도로만 쓰세요.',
	explainReplaceDevice:
		'스캐너와 복합기: SMTP 릴레이 커넥터(고정 IP에서 암호 없이 보냄), 조직 내 사서함으로의 직접 전송, 또는 OAuth를 쓰는 SMTP AUTH를 지원하는 장치. 어떤 사용자 계정도 로그인할 필요가 없습니다.',
	explainReplaceOther:
		'최신 인증을 지원하는 앱이나 장치로 바꾸거나, 작업을 다른 방식으로 옮기세요(메일은 릴레이 커넥터, 자동화는 앱 ID).',
	explainRetire: '더 이상 쓰지 않습니다. 끄거나, 계정의 사서함 액세스를 없애거나, 계정을 사용 중지하세요.',
	explainRetireFailedOnly:
		'정상적으로 쓰는 곳이 없습니다. 레거시 인증을 차단하면(6단계) 이런 시도는 끝납니다. 이 사용자의 암호가 강력하고 MFA를 쓰는지 확인하세요.',
	explainAccept:
		'이대로 수용한다고 기록합니다. 레거시 인증을 차단하면 동작을 멈추며, 그래도 괜찮은 이유를 메모에 남깁니다. 메모가 필요합니다.',
	perUserUnknown: '읽지 않음',
	doneMarked: '완료로 표시했습니다. 다시 로그인하지 않는 한 닫힌 상태로 둡니다.',
	doneCleared: '완료 표시를 지웠습니다.',
	doneNotApplicable: '계획된 작업(전환, 앱 암호, 교체)만 완료로 표시할 수 있습니다.',
	usageRow: ({name, protocols, last}) => `${name} · ${protocols} · ${last}`,
	hiddenName: ({hash}) => `숨겨진 이름 ${hash}`,
	noActivity: '활동 날짜 없음',
	namesIntro:
		'Microsoft 365 사용 보고서에서 사용자 이름이 숨겨져 있습니다. 테넌트 전체 설정(Microsoft 365 관리 센터 → 설정 → 조직 설정 → 서비스 → 보고서)이 모든 보고서의 이름을 해시로 바꿉니다. 누가 아직 POP3, IMAP4, SMTP를 쓰는지 보려면 이름이 보여야 합니다. 이 도구는 이 설정을 몰래 바꾸지 않습니다. "예"를 고르면 요청 하나(PATCH /admin/reportSettings)를 계획하고, 단계를 마칠 때 확인을 받아 적용합니다. 기록에 남으며 `mfa-onboard undo`로 다시 숨길 수 있습니다.',
	namesAfter: '적용하면 다음에 테넌트를 읽을 때(다음 마법사 실행이나 check) 이름이 보입니다.',
	namesNotNeeded:
		'사용 보고서의 이름은 숨겨져 있지만, 여기 있는 사용자는 로그인 로그에 모두 이름이 나오므로 바꿀 것이 없습니다.',
	questionsIntro:
		'로그인 로그가 없으므로, 사용 보고서가 채우지 못하는 부분을 이 답변으로 채웁니다. "예"나 "잘 모름"은 처리할 때까지 남은 항목으로 둡니다.',
	whyLegacy:
		'레거시 프로토콜(IMAP, POP, 인증된 SMTP, 기본 인증을 쓰는 ActiveSync, 오래된 Outlook과 PowerShell 연결)은 요청마다 사용자 이름과 암호를 보내며 두 번째 인증을 요구할 수 없습니다. MFA를 적용한다는 것은 이를 차단한다는 뜻이므로, 아직 쓰고 있는 것은 모두 먼저 옮겨야 합니다.',
	whyBlock:
		'파트너 요구 사항은 레거시 인증이 보안 기본값이나 조건부 액세스 정책으로 차단된 테넌트만 인정합니다. 사용자별 MFA만으로는 절대 차단되지 않습니다.',
};
