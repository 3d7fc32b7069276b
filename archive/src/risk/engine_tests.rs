//! Scans with the default pack: one test per evasion style and per honest-sentence style, the
//! engine's contract, and properties over random text.

use std::sync::OnceLock;

use proptest::prelude::*;

use super::*;

fn engine() -> &'static RiskEngine {
    static ENGINE: OnceLock<RiskEngine> = OnceLock::new();
    ENGINE.get_or_init(|| match RiskEngine::new(&default_pack()) {
        Ok(engine) => engine,
        Err(error) => panic!("the default pack does not compile: {error}"),
    })
}

fn codes(text: &str, sender: SenderKind) -> Vec<String> {
    engine()
        .scan(text, sender)
        .into_iter()
        .map(|hit| hit.rule_code)
        .collect()
}

fn staff(text: &str) -> Vec<String> {
    codes(text, SenderKind::Staff)
}

/// The original substrings that `rule` matched.
fn matched(text: &str, rule: &str) -> Vec<String> {
    engine()
        .scan(text, SenderKind::Staff)
        .into_iter()
        .filter(|hit| hit.rule_code == rule)
        .flat_map(|hit| hit.matches)
        .map(|span| span.text)
        .collect()
}

#[test]
fn plain_keywords_fire() {
    assert_eq!(staff("这个产品基本保本，您就当存款。"), ["R1"]);
    assert_eq!(staff("我这边有内幕消息，这只票下周要涨。"), ["R2"]);
    assert_eq!(staff("这次可以飞单，手续费我返一部分给您。"), ["R3"]);
    assert_eq!(staff("没时间盯盘的话我可以帮你操作。"), ["R4"]);
    assert_eq!(staff("后面的细节加我加我个人号详细说。"), ["R5"]);
}

#[test]
fn spaces_between_characters() {
    assert_eq!(
        matched("放心吧，这款稳 赚 不 赔的。", "R1"),
        ["稳 赚 不 赔"]
    );
    assert_eq!(matched("内 部 消 息已经进场了", "R2"), ["内 部 消 息"]);
    assert_eq!(
        matched("这事咱们到私 人 微 信上聊。", "R5"),
        ["私 人 微 信"]
    );
}

#[test]
fn punctuation_between_characters() {
    assert_eq!(matched("这款保-本的", "R1"), ["保-本"]);
    assert_eq!(matched("这款保．本的", "R1"), ["保．本"]);
    assert_eq!(matched("这款保，本的", "R1"), ["保，本"]);
    assert_eq!(matched("我们私*下*转*账更划算", "R3"), ["私*下*转*账"]);
}

#[test]
fn invisible_characters_between_characters() {
    for separator in [
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}',
    ] {
        let text = format!("这款保{separator}本的，放心");
        assert_eq!(
            matched(&text, "R1"),
            [format!("保{separator}本")],
            "U+{:04X}",
            u32::from(separator)
        );
    }
}

#[test]
fn full_width_and_traditional_forms() {
    assert_eq!(
        matched("跟着我买，零風險，年化至少8个点。", "R1"),
        ["零風險"]
    );
    assert_eq!(matched("您直接飛單给我", "R3"), ["飛單"]);
    assert_eq!(
        matched("后面的细节加我加我個人號详细说。", "R5"),
        ["加我個人號"]
    );
    assert_eq!(matched("很多客户都是让我帳戶密碼的", "R4"), ["帳戶密碼"]);
}

#[test]
fn split_and_full_width_digits() {
    let text = "我的电话是１３８ ００１３-８０００，有事直接打。";
    let hits = engine().scan(text, SenderKind::Customer);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].rule_code, "R6");
    let span = &hits[0].matches[0];
    assert_eq!(span.text, "１３８ ００１３-８０００");
    let expected_start = text.chars().position(|character| character == '１');
    assert_eq!(Some(span.start), expected_start);
    assert_eq!(span.end - span.start, span.text.chars().count());
}

#[test]
fn identity_and_card_numbers() {
    assert_eq!(
        staff("身份证号11010119830417475X，您帮我填一下表。"),
        ["R6"]
    );
    assert_eq!(
        staff("打款账户是6217 0023 5389 7489 774，户名写我的名字。"),
        ["R6"]
    );
    assert_eq!(
        staff("订单号6217002353897489775已发货"),
        Vec::<String>::new(),
        "fails Luhn"
    );
}

#[test]
fn numbers_spelled_in_chinese_numerals_point_at_what_was_typed() {
    for (text, typed) in [
        (
            "电话一三八一二三四五六七八，晚上打",
            "一三八一二三四五六七八",
        ),
        ("加我138一二三四5678就行", "138一二三四5678"),
        ("幺三八 幺二三四 五六七八", "幺三八 幺二三四 五六七八"),
        (
            "号码：一三八-〇〇一三-八〇〇〇。",
            "一三八-〇〇一三-八〇〇〇",
        ),
        (
            "卡號陸貳壹柒零零貳叁伍叁捌玖柒肆捌玖柒柒肆",
            "陸貳壹柒零零貳叁伍叁捌玖柒肆捌玖柒柒肆",
        ),
        (
            "身份证一一〇一〇一一九八三〇四一七四七五X",
            "一一〇一〇一一九八三〇四一七四七五X",
        ),
        ("电话13800138000一直打不通", "13800138000"),
    ] {
        let hits = engine().scan(text, SenderKind::Customer);
        assert_eq!(hits.len(), 1, "{text}: {hits:?}");
        assert_eq!(hits[0].rule_code, "R6", "{text}");
        let span = &hits[0].matches[0];
        assert_eq!(span.text, typed, "{text}");
        let start = text
            .chars()
            .collect::<String>()
            .find(typed)
            .map(|byte| text[..byte].chars().count());
        assert_eq!(Some(span.start), start, "{text}");
    }
}

#[test]
fn numbers_that_are_amounts_dates_and_words_are_not_personal_data() {
    for text in [
        "二〇二六年十二月三日下午三点半开会",
        "一万三千五百元，三十八万的额度",
        "三三两两来了一二十个人",
        "一一核对，五六七八个文件",
        "基金代码一一〇〇二二，年化百分之三点五",
        "一二三四五六七八九〇一",
    ] {
        assert_eq!(
            codes(text, SenderKind::Customer),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

#[test]
fn negated_keywords_are_honest() {
    for text in [
        "本产品不保本，投资需谨慎。",
        "基金有风险，过往业绩不代表未来，也不是零风险的。",
        "我们并非保证收益，请理性投资。",
        "我们没有内幕消息，请不要相信传言。",
        "公司规定不能私下转账。",
        "严禁私下交易。",
        "切勿私下转账给任何个人。",
        "我们不承诺保本。",
        "我不会帮你操作的，请您自己下单。",
        "请不要加我私人微信，有事在这里说。",
        "这是非保本浮动收益型理财产品。",
        "本产品不保本不保收益。",
        "市场上没有稳赚不赔的投资。",
        "我们从来不说保本这种话。",
        "我从没提过稳赚，一切以合同为准。",
        "零风险是不可能的，请理性看待。",
        "哪有什么保本，投资有风险。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn keywords_across_word_boundaries_are_honest() {
    for text in [
        "确保本次申购在截止前完成。",
        "我们会确保本周内把资料准备齐全。",
        "请确保本人操作。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn one_negation_covers_only_its_keyword() {
    assert_eq!(staff("保本保收益，放心买。"), ["R1"]);
    assert_eq!(matched("不保本，但是保收益。", "R1"), ["保收益"]);
}

#[test]
fn negation_needs_the_negator_right_before() {
    // "不" is far from the keyword, or in another clause: these are claims, not denials.
    assert_eq!(staff("不用担心，保本的。"), ["R1"]);
    assert_eq!(staff("不仅保本，收益还高。"), ["R1"]);
    assert_eq!(staff("没时间盯盘的话我可以帮你操作。"), ["R4"]);
    // A denial predicate must close the clause: this one asserts that a loss is impossible.
    assert_eq!(staff("保本不可能亏钱。"), ["R1"]);
    assert_eq!(staff("不说你也知道保本。"), ["R1"]);
}

#[test]
fn exception_phrases_suppress_matches_inside_them() {
    assert_eq!(staff("今天大盘拉升了不少。"), Vec::<String>::new());
    assert_eq!(staff("今天大 盘 拉 升了不少。"), Vec::<String>::new());
    assert_eq!(staff("庄家准备拉升了。"), ["R2"]);
}

#[test]
fn rules_apply_only_to_their_senders() {
    assert_eq!(
        codes("这个保本吗？", SenderKind::Customer),
        Vec::<String>::new()
    );
    assert_eq!(
        codes("这个保本吗？我电话13800138000", SenderKind::Customer),
        ["R6"]
    );
    assert_eq!(
        codes("这个保本，电话13800138000", SenderKind::Staff),
        ["R1", "R6"]
    );
}

#[test]
fn every_match_is_reported_in_text_order() {
    let hits = engine().scan("保本，稳 赚，保本", SenderKind::Staff);
    assert_eq!(hits.len(), 1);
    let spans: Vec<(usize, usize, &str)> = hits[0]
        .matches
        .iter()
        .map(|span| (span.start, span.end, span.text.as_str()))
        .collect();
    assert_eq!(spans, vec![(0, 2, "保本"), (3, 6, "稳 赚"), (7, 9, "保本")]);
}

#[test]
fn empty_and_plain_text_raise_nothing() {
    assert!(staff("").is_empty());
    assert!(staff("好的，明天见。").is_empty());
}

#[test]
fn the_engine_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<RiskEngine>();
}

fn custom_rule(code: &str) -> Rule {
    Rule {
        code: code.into(),
        name: "custom".into(),
        category: "custom".into(),
        severity: Severity::Low,
        keywords: Vec::new(),
        patterns: vec!["加v\\d{3,}".into()],
        detectors: Vec::new(),
        applies_to: AppliesTo::Customer,
        exceptions: vec!["加v123".into()],
    }
}

#[test]
fn patterns_match_the_compact_case_folded_text() {
    let engine = match RiskEngine::new(&[custom_rule("C1")]) {
        Ok(engine) => engine,
        Err(error) => panic!("{error}"),
    };
    let hits = engine.scan("有事 加 Ｖ 8 8 8 8", SenderKind::Customer);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].matches[0].text, "加 Ｖ 8 8 8 8");
    assert!(
        engine.scan("有事加v888", SenderKind::Staff).is_empty(),
        "customer-only rule"
    );
    assert!(
        engine.scan("有事加V123", SenderKind::Customer).is_empty(),
        "exception"
    );
}

#[test]
fn invalid_and_duplicate_rules_are_rejected() {
    let mut broken = custom_rule("C1");
    broken.patterns.push("(".into());
    let Err(error) = RiskEngine::new(&[broken]) else {
        panic!("an invalid pattern compiled");
    };
    assert!(
        error
            .to_string()
            .starts_with("rule C1 is invalid: patterns[1]: "),
        "{error}"
    );
    let Err(error) = RiskEngine::new(&[custom_rule("C1"), custom_rule("C1")]) else {
        panic!("duplicate codes compiled");
    };
    assert!(
        matches!(error, RiskRulesError::DuplicateCode { .. }),
        "{error}"
    );
}

/// Every keyword of the default pack with the rule it belongs to.
fn default_keywords() -> Vec<(String, String)> {
    default_pack()
        .into_iter()
        .flat_map(|rule| {
            let code = rule.code.clone();
            rule.keywords
                .into_iter()
                .map(move |keyword| (code.clone(), keyword))
        })
        .collect()
}

fn chinese_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::char::range('\u{4E00}', '\u{9FA5}'), 0..12)
        .prop_map(|characters| characters.into_iter().collect())
}

const SEPARATORS: &[char] = &[
    ' ', '\u{3000}', '\t', '\n', '-', '.', '．', ',', '，', '、', '。', '*', '_', '~', '|', '/',
    '·', '…', '😀', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}',
];

/// `keyword` with 0 to 2 separators after each character but the last.
fn disguised(keyword: &str, choices: &[Vec<usize>]) -> String {
    let mut text = String::new();
    let length = keyword.chars().count();
    for (index, character) in keyword.chars().enumerate() {
        text.push(character);
        if index + 1 == length {
            break;
        }
        for &choice in choices.get(index).map(Vec::as_slice).unwrap_or_default() {
            text.push(SEPARATORS[choice % SEPARATORS.len()]);
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Separators never change a verdict: whatever the plain text raises, the disguised text
    /// raises too, and nothing more.
    #[test]
    fn separators_never_change_the_verdict(
        before in chinese_text(),
        after in chinese_text(),
        keyword_index in 0usize..64,
        choices in prop::collection::vec(prop::collection::vec(0usize..64, 0..3), 4),
    ) {
        let keywords = default_keywords();
        let (_, keyword) = &keywords[keyword_index % keywords.len()];
        let plain = format!("{before}{keyword}{after}");
        let hidden = format!("{before}{}{after}", disguised(keyword, &choices));
        prop_assert_eq!(staff(&plain), staff(&hidden), "{} vs {:?}", plain, hidden);
    }

    /// A disguised keyword in a clause of its own inside random text is always caught.
    #[test]
    fn a_disguised_keyword_is_never_hidden(
        before in chinese_text(),
        after in chinese_text(),
        keyword_index in 0usize..64,
        choices in prop::collection::vec(prop::collection::vec(0usize..64, 0..3), 4),
    ) {
        let keywords = default_keywords();
        let (code, keyword) = &keywords[keyword_index % keywords.len()];
        let text = format!("{before}，{}。{after}", disguised(keyword, &choices));
        let fired = staff(&text);
        prop_assert!(fired.contains(code), "{:?} raised {:?}", text, fired);
    }
}
