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

/// A keyword that addresses the reader with `你` matches the polite `您` too, the highlight on
/// what was typed; and so does a tenant's exception phrase.
#[test]
fn keywords_match_the_polite_addressee() {
    fires_on("没时间盯盘的话我可以帮您操作。", "R4", "帮您操作");
    let rule = |exceptions: Vec<String>| Rule {
        code: "T1".into(),
        name: "加微信".into(),
        category: "off_channel".into(),
        severity: Severity::Medium,
        keywords: vec!["加你微信".into()],
        patterns: Vec::new(),
        detectors: Vec::new(),
        applies_to: AppliesTo::Staff,
        exceptions,
    };
    let Ok(engine) = RiskEngine::new(&[rule(Vec::new())]) else {
        panic!("the rule compiles");
    };
    let hits = engine.scan("方便的话我加您微信", SenderKind::Staff);
    let typed: Vec<_> = hits
        .iter()
        .flat_map(|hit| &hit.matches)
        .map(|span| span.text.as_str())
        .collect();
    assert_eq!(typed, ["加您微信"]);
    let Ok(engine) = RiskEngine::new(&[rule(vec!["加你微信群".into()])]) else {
        panic!("the rule compiles");
    };
    assert!(engine.scan("我加您微信群", SenderKind::Staff).is_empty());
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
        (
            "电话一三八、〇〇一三、八〇〇〇，谢谢",
            "一三八、〇〇一三、八〇〇〇",
        ),
        ("号码一三八.〇〇一三.八〇〇〇", "一三八.〇〇一三.八〇〇〇"),
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
        "请看第一、二、三条，共三、四页",
        "一三八、〇〇一三、八〇〇",
        "额度1,380.0138元",
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

/// `rule` fires on `text` exactly once, and its highlight is `typed`, where it was typed.
fn fires_on(text: &str, rule: &str, typed: &str) {
    fires_at(text, rule, typed, text.find(typed));
}

/// Like [`fires_on`], for a text that types the keyword more than once: only the last is said.
fn fires_on_last(text: &str, rule: &str, typed: &str) {
    fires_at(text, rule, typed, text.rfind(typed));
}

/// `rule` raises exactly one span, `typed`, starting at byte `at` of `text`.
fn fires_at(text: &str, rule: &str, typed: &str, at: Option<usize>) {
    let hits = engine().scan(text, SenderKind::Staff);
    let spans: Vec<_> = hits
        .iter()
        .filter(|hit| hit.rule_code == rule)
        .flat_map(|hit| hit.matches.iter())
        .collect();
    assert_eq!(spans.len(), 1, "{text}: {hits:?}");
    assert_eq!(spans[0].text, typed, "{text}");
    let start = at.map(|byte| text[..byte].chars().count());
    assert_eq!(Some(spans[0].start), start, "{text}");
}

#[test]
fn rhetorical_questions_assert_what_they_ask() {
    for (text, rule, typed) in [
        ("这不就是保本吗？还犹豫什么。", "R1", "保本"),
        ("谁说不是稳赚不赔？", "R1", "稳赚不赔"),
        ("难道不是零风险的吗？", "R1", "零风险"),
        ("为什么不私下转账呢？大家都这么做。", "R3", "私下转账"),
        ("不是不能保本，就看您想不想。", "R1", "保本"),
        ("誰說不能保本？我們一直這麼做。", "R1", "保本"),
        ("難道不是穩賺的嗎？", "R1", "穩賺"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn questions_answered_no_and_rhetorical_disbelief_are_honest() {
    for text in [
        "难道您真信有人能保本吗？别信。",
        "这算返点吗？不算的，您别误会。",
        "您是不是以为我们能承诺保本？其实不能。",
        "客户问能不能保本，我明确告诉他不能。",
        "这不是保本产品，您明白吗？",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    fires_on("客户问能不能保本，我说当然能。", "R1", "保本");
    fires_on("你问我能不能帮你操作，当然可以。", "R4", "帮你操作");
}

#[test]
fn prohibitions_warnings_and_refusals_are_honest() {
    for text in [
        "监管要求我们不得承诺保本。",
        "公司严禁飞单，一经发现立即开除。",
        "合规培训里反复强调不许返佣。",
        "请勿相信任何保本的说法。",
        "网上流传的内幕消息都是骗局。",
        "网上宣传稳赚不赔的理财都是骗局。",
        "请不要添加任何私人微信，谨防诈骗。",
        "说能保本的都是假的，别上当。",
        "所谓零风险，根本不可信。",
        "私下转账是骗局，请大家提高警惕。",
        "我们不提供代客理财服务。",
        "您的要求我只能拒绝，承诺保本是违规的。",
        "抱歉，帮你操作这个我做不了。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn what_undoes_an_honest_reading_still_fires() {
    for (text, rule, typed) in [
        ("保本是真的，不是谣言。", "R1", "保本"),
        ("别担心是骗局，这款理财保本。", "R1", "保本"),
        ("公司规定归规定，这款理财保本。", "R1", "保本"),
        ("别家不提供保本服务，我们提供。", "R1", "保本"),
        ("不要错过这款保本的理财。", "R1", "保本"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn quotations_of_others_are_honest_and_ones_own_fire() {
    for text in [
        "如果有人让您“私下转账”，请直接向公司投诉。",
        "有人说「保本」，那是诈骗。",
        "凡是跟您说“保本”的，都是骗子。",
        "客户转述别的机构说‘保本’，我已提醒他注意风险。",
        "那篇文章标题写着“稳赚”，内容完全不可信。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("这款产品“保本”，放心买。", "R1", "保本"),
        ("我说的“保本”是认真的，您放心。", "R1", "保本"),
        ("记住我这句话：“这款理财保本”。", "R1", "保本"),
    ] {
        fires_on(text, rule, typed);
    }
}

/// Phrasings of each construct written for these tests (not taken from any evaluation set),
/// with the rules that must fire: a regression net for the sentence reading.
#[test]
fn varied_phrasings_are_read_for_what_they_assert() {
    let cases: &[(&str, &[&str])] = &[
        ("这难道不是稳赚的买卖吗？", &["R1"]),
        ("保本的东西你还担心什么呢？", &["R1"]),
        ("何必走公司流程，私下转账多方便。", &["R3"]),
        ("岂不是零风险？", &["R1"]),
        ("谁告诉你不能返佣的？我每次都给。", &["R3"]),
        ("干嘛不加我私人微信呢？方便多了。", &["R5"]),
        ("怎么不试试这款保本的理财呢？", &["R1"]),
        ("这不也是包赚的吗？", &["R1"]),
        ("不都是稳赚吗？", &["R1"]),
        ("没有不保本的，放心。", &["R1"]),
        ("不得不说，这款真的保本。", &["R1"]),
        ("难道有人能保证收益吗？当然没有。", &[]),
        ("哪有稳赚不赔的好事？", &[]),
        ("您觉得这是保本的吗？不是的。", &[]),
        ("这款是否保本？不保本，有风险。", &[]),
        ("客户问我有没有内幕消息，我说没有。", &[]),
        ("他问可不可以私下转账，我拒绝了。", &[]),
        ("根据规定，我们严禁向客户承诺保本保收益。", &[]),
        ("员工不得以任何形式给客户返佣。", &[]),
        ("公司明令禁止员工使用私人微信联系客户。", &[]),
        ("我们绝不会帮客户操作账户。", &[]),
        ("请您切勿把账户密码告诉任何人。", &[]),
        ("按照监管规定，理财产品不能宣传零风险。", &[]),
        ("这个我真的没法承诺保本。", &[]),
        ("保本这种事我们不做。", &[]),
        ("虽然公司不让，但我可以私下转账给你。", &["R3"]),
        ("规定是不许返佣，不过我私下给您返点。", &["R3"]),
        ("凡是承诺稳赚不赔的都是诈骗。", &[]),
        ("有些人说能帮你操作，千万别信。", &[]),
        ("声称有内幕消息的群都是骗子。", &[]),
        ("近期有不法分子冒充员工让客户私下转账，请提高警惕。", &[]),
        ("关于保本的传言纯属谣言。", &[]),
        ("有客户说别的经理承诺“保本”，这是违规的。", &[]),
        ("我跟您保证：“稳赚不赔”。", &["R1"]),
        ("“保本”两个字我可以写进合同。", &["R1"]),
        ("网上说的“内幕消息”都不可信。", &[]),
        ("这款产品保本保息，放心。", &["R1"]),
        ("我有内幕消息，明天拉升。", &["R2"]),
        ("加我私人微信，细聊。", &["R5"]),
        ("您把账户密码给我，我来帮你操作。", &["R4"]),
        ("您说这不是保本是什么？", &["R1"]),
        ("这种收益难道还不算稳赚？", &["R1"]),
        ("谁规定不能私下交易了？", &["R3"]),
        ("你不觉得这就是零风险吗？", &["R1"]),
        ("为啥不让我帮你操作呢？省心。", &["R4"]),
        ("何尝不是一种保本呢？", &["R1"]),
        ("难道会有稳赚不赔的产品吗？", &[]),
        ("这能算内幕消息吗？当然不算。", &[]),
        ("你想问是不是保本？答案是不保本。", &[]),
        ("客户问有没有返点，我说有。", &["R3"]),
        ("他问能不能加我私人微信，我说可以。", &["R5"]),
        ("有人问是否保本，我回答不保本。", &[]),
        ("监管明确禁止金融机构承诺保本保收益。", &[]),
        ("我们一律不接受全权委托。", &[]),
        ("本人从不索要客户的账户密码。", &[]),
        ("杜绝一切飞单行为。", &[]),
        ("不许私自给客户返佣，违者重罚。", &[]),
        ("我拒绝帮你操作，这是原则问题。", &[]),
        ("抱歉，私下转账我们是不允许的。", &[]),
        ("零风险的说法不靠谱。", &[]),
        ("所谓的内部消息都是假的。", &[]),
        ("打着内幕消息旗号的都是骗局。", &[]),
        ("提醒您：凡是要求私下转账的，一律是诈骗。", &[]),
        ("听说有人承诺“稳赚不赔”，您千万别信。", &[]),
        ("广告里写的“零风险”不可信。", &[]),
        ("我给您交个底：“保本”。", &["R1"]),
        ("老板说了：“这单可以返佣”。", &["R3"]),
        ("这款理财不仅保本，收益还高。", &["R1"]),
        ("别犹豫了，保本的。", &["R1"]),
        ("不用怕，这只票下周拉升。", &["R2"]),
        ("我不骗你，这个产品保本。", &["R1"]),
        ("不瞒您说，我有内幕消息。", &["R2"]),
        ("不是我吹，这款稳赚。", &["R1"]),
        ("没别的意思，就是加我私人微信方便。", &["R5"]),
    ];
    for (text, rules) in cases {
        assert_eq!(staff(text), *rules, "{text}");
    }
}

#[test]
fn warnings_condemnations_refusals_and_answers_read_as_said() {
    for text in [
        "谨防打着稳赚旗号的骗局。",
        "向客户许诺零风险属于违规行为。",
        "凡是宣传包赚的均为违规宣传。",
        "领导问可否给客户返点，我当场回绝了。",
        "您提的代客理财，我们这边做不了。",
        "帮你操作账户的请求，我没办法答应您。",
        "这件事我坚决不做：私下转账。",
        "千万别拿这个返点，这是红线。",
        "公司三令五申，不允许私下交易。",
        "接到自称能保收益的电话，请直接挂断。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("莫非零风险还能有假？", "R1", "零风险"),
        ("有人问能否返佣，答案是可以。", "R3", "返佣"),
        ("谁敢说这不是稳赚？", "R1", "稳赚"),
        ("不走私下转账，难道还要排队办手续吗？", "R3", "私下转账"),
        ("这事儿靠不靠谱？保本，当然靠谱！", "R1", "保本"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn numbers_grouped_by_commas_and_slashes_are_read_whole() {
    let text = "我的手机138，0013，8000，有事打。";
    let hits = engine().scan(text, SenderKind::Customer);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].rule_code, "R6");
    assert_eq!(hits[0].matches[0].text, "138，0013，8000");
    let card = "卡号6222/0212/3456/7890/128";
    let hits = engine().scan(card, SenderKind::Customer);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].matches[0].text, "6222/0212/3456/7890/128");
    for honest in ["本月合计1,380,013,800元。", "下次回访2024/12/01。"] {
        assert_eq!(codes(honest, SenderKind::Customer), Vec::<String>::new());
    }
}

#[test]
fn requests_knowledge_exceptions_and_legitimacy_read_as_said() {
    for text in [
        "客户想让我帮你操作账户，我没答应。",
        "难道您不知道不能私下转账吗？",
        "私人微信不是公司的正规渠道，请在企业微信沟通。",
        "网上有人说，这个产品稳赚，千万别轻信。",
        "这类私下转账的说法，大多是谣言，请勿相信。",
        "真没办法让您私下转账。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("公司规定不能返佣，不过这次我可以给您特批。", "R3", "返佣"),
        ("哪个不是稳赚的？", "R1", "稳赚"),
        ("难道您不知道这款是保本的吗？", "R1", "保本"),
        ("按我说的做，还拿不到保本收益吗？", "R1", "保本"),
        ("让我帮你操作吧，您不用管。", "R4", "帮你操作"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn numbers_read_out_digit_by_digit_or_in_segments_across_scripts() {
    for (text, typed) in [
        (
            "号码是1、3、5、6、3、1、7、0、3、2、1，记一下",
            "1、3、5、6、3、1、7、0、3、2、1",
        ),
        ("号码是 133,六幺九六,6925 别打错", "133,六幺九六,6925"),
        ("电话153/942/55140，您看对不对", "153/942/55140"),
        (
            "证件号310115_1994_0504_3142，核对下",
            "310115_1994_0504_3142",
        ),
    ] {
        let hits = engine().scan(text, SenderKind::Customer);
        assert_eq!(hits.len(), 1, "{text}: {hits:?}");
        assert_eq!(hits[0].rule_code, "R6", "{text}");
        assert_eq!(hits[0].matches[0].text, typed, "{text}");
    }
    for honest in [
        // A mistyped identity number hides no phone number.
        "证件号一一〇一0八-一九七〇-08一四-68八2校验不通过",
        // Alternating scripts are not cut deep inside a number.
        "我输了6两1四8三23幺四7五七61两，银行说卡号无效",
        "合计138,001,380,00份",
    ] {
        assert_eq!(
            codes(honest, SenderKind::Customer),
            Vec::<String>::new(),
            "{honest}"
        );
    }
}

#[test]
fn step_six_constructs_read_as_said() {
    for text in [
        "全权委托我们接不了，代客理财是明令禁止的。",
        "我们怎么可能做飞单呢？所有产品都走公司系统。",
        "员工手册第十二条：严禁飞单、私下交易，一经查实立即解除劳动合同。",
        "通报：某员工承诺保本并私下收取返佣，已被移送处理。",
        "您说的那个“飞单”理财经理，我们已经反映给合规部了。",
        "要是真能包赚，那大家岂不是都不用上班了？别信这种话。",
        "客户刚才要加我私人微信 我拒绝了，说只在企业微信沟通。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("有内部消息不用，岂不是白白浪费？", "R2", "内部消息"),
        ("在这里没法谈返点，您加我微信，我发您方案。", "R3", "返点"),
        ("私人号上聊难道不好吗？", "R5", "私人号"),
        ("这个包赚嘛，怕什么？", "R1", "包赚"),
    ] {
        fires_on(text, rule, typed);
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

    /// However many keywords, list numbers and clauses a text holds, every reading finds the
    /// clauses it reads (the window cache evicts none of them while they are read), and the
    /// scan never panics.
    #[test]
    fn texts_of_many_short_clauses_are_read_whole(
        parts in prop::collection::vec((0usize..64, 0usize..4, chinese_text()), 1..48),
    ) {
        let keywords = default_keywords();
        let mut text = String::from("禁止事项：");
        for (index, (keyword_index, kind, filler)) in parts.iter().enumerate() {
            match kind {
                0 => text.push_str(&format!("{}.", index % 10)),
                1 => text.push_str(filler),
                _ => text.push_str(&keywords[keyword_index % keywords.len()].1),
            }
            text.push(['；', '，', '。', '\n'][index % 4]);
        }
        let _ = staff(&text);
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
        // `好的` keeps the random text from being the next clause: a keyword on its own followed
        // by a denial (`保本。假`, `保本。没`) is a topic denied, and reads as one.
        let text = format!("{before}，{}。好的。{after}", disguised(keyword, &choices));
        let fired = staff(&text);
        prop_assert!(fired.contains(code), "{:?} raised {:?}", text, fired);
    }
}

#[test]
fn step_seven_numbers_read_with_white_circles_and_common_groupings() {
    for (text, typed) in [
        // ○ (a white circle) typed for the numeral zero.
        ("电话一三八○○一三八○○○，白天打", "一三八○○一三八○○○"),
        // A mobile number as its first seven digits and its last four.
        ("新号码1380013/8000，存一下", "1380013/8000"),
        ("号码一三八○○一三_8000", "一三八○○一三_8000"),
        // An identity number as its region code and the rest.
        ("证件号110101/19830417475X", "110101/19830417475X"),
    ] {
        let hits = engine().scan(text, SenderKind::Customer);
        assert_eq!(hits.len(), 1, "{text}: {hits:?}");
        assert_eq!(hits[0].rule_code, "R6", "{text}");
        assert_eq!(hits[0].matches[0].text, typed, "{text}");
    }
    for honest in ["○ 第一项：开户", "下次回访2024/12/01。", "13800,138000"] {
        assert_eq!(
            codes(honest, SenderKind::Customer),
            Vec::<String>::new(),
            "{honest}"
        );
    }
}

#[test]
fn step_seven_constructs_read_as_said() {
    for text in [
        // Straight single quotes quote, and a condemnation after the quotation reports it.
        "海报上写着'稳赚'，这已经违反广告法了。",
        "群里有人发'内部消息'，是钓鱼链接，别点。",
        "'返点'是红线，谁也别碰。",
        "所谓'保本'，只是营销话术。",
        "宣传册里绝无“保证收益”的字样。",
        // A refusal verb before the keyword refuses it.
        "我已经谢绝了客户代客理财的请求。",
        // The keyword with its head noun put first, then the speaker's negation.
        "零风险理财我们现在没有。",
        "私下交易的提议我不能接受。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("我早说过'保本'，您放心买。", "R1", "保本"),
        ("零风险理财我们这边有，您要吗？", "R1", "零风险"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn spaces_end_clauses_in_chat_unless_they_spell_out_or_follow_a_negator() {
    // A space between words ends the clause the negation was in.
    fires_on("这里不方便细说 加我私人微信聊", "R5", "私人微信");
    fires_on("公司不让说 这款其实保本", "R1", "保本");
    for honest in [
        // A space right after a negating character continues its clause.
        "这款产品不 保本，有风险。",
        // Single characters spread out are spelling, not clauses.
        "我 们 不 保 本",
        // Punctuation or a space typed inside one keyword ends no clause for the next.
        "员工守则：严禁私下返.点、返佣。",
    ] {
        assert_eq!(staff(honest), Vec::<String>::new(), "{honest}");
    }
}

#[test]
fn step_eight_constructs_read_as_said() {
    for text in [
        "私下转账出了问题谁负责？请走对公账户。",
        "把账户密码交给别人，出了事谁来赔呢？",
        "这种代客理财的协议千万别签。",
        "我从没向任何客户承诺过保本。",
        "客户非要给我返点，我已经退回去了。",
        "账户密码请您自己保管好。",
        "为什么不能私下转账？因为资金没有保障。",
        "要是真有内幕消息，还轮得到我们？",
        "真要是零风险，谁还买国债？",
        "客户要求代客理财，领导怎么看？我先没答应。",
        "有客户说别家能返佣，这事要不要上报？",
        "世上哪来的稳赚买卖？",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        ("行，我帮你操作，别告诉别人。", "R4", "帮你操作"),
        ("我上次说的内幕消息应验了吧？", "R2", "内幕消息"),
        ("难道我会拿内部消息骗您吗？", "R2", "内部消息"),
        ("有事找我私人号不就行了？", "R5", "私人号"),
        ("银行那边没返点，找我这边有。", "R3", "返点"),
        ("放心，这次的内幕消息错不了。", "R2", "内幕消息"),
        ("交给我全权委托，有什么不放心的？", "R4", "全权委托"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn step_twelve_constructs_read_as_said() {
    // A prohibition put after what it forbids closes the clause.
    for text in ["补充一下，飞单严禁！", "返点一律禁止。", "私下转账，不许！"]
    {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    // What follows the prohibition still counts on its own, and the prohibition asked about
    // and flouted asserts what it forbids (the predicate's own negator counts once under
    // rhetoric); `不准` after a noun says it is inaccurate, not forbidden.
    assert_eq!(
        matched("飞单严禁？我这边照做不误，返点给您", "R3"),
        ["飞单", "返点"]
    );
    fires_on("我给您的内幕消息，哪次不准过？", "R2", "内幕消息");
}

/// Each of `honest` raises nothing; each of `asserted` raises its rule once, highlighting what
/// was typed.
fn reads_as_said(honest: &[&str], asserted: &[(&str, &str, &str)]) {
    for text in honest {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for &(text, rule, typed) in asserted {
        fires_on(text, rule, typed);
    }
}

#[test]
fn step_thirteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // No longer; a word that may not be said; knowing nothing of it; beware of it.
            "按新规，理财产品不再保本了。",
            "保本承诺我给不了，我能做的是每周给您同步净值。",
            "唔好意思，保本呢啲字眼唔准写。",
            "庄家那些事儿我真不知道，您别为难我。",
            "当心内幕消息骗局哈",
            "账户密码您自己收好，我这边不收。",
            // An echoed keyword answered by a rhetorical denial; the keyword's own A-not-A answered
            // no; asking who said it; asking what the addressee wants.
            "保本？现在哪还有保本理财啊，别被忽悠了。",
            "这款到底保不保本？说实话，不保本。",
            "谁跟您说这款是保本的？它是浮动收益产品。",
            "您是想要保本的产品吗？那国债更合适。",
            // A rule that explains, not asks; a concession that offers something else.
            "公司不准我们返点的嘛，您别为难我。",
            "返点我们不做，不过可以帮您申请积分礼品。",
        ],
        &[
            // A concession that takes the rule back: an exception named, a hedged rule, a limit,
            // the act itself, or the keyword said again after the speaker named it as a word not
            // to say.
            ("飞单我们不做的……除非是您这种老客户。", "R3", "飞单"),
            ("私人号不给客户的哦，王姐除外。", "R5", "私人号"),
            ("私下转账原则上不行，但20万以内问题不大。", "R3", "私下转账"),
            ("明面上不许返点，但是大客户可以返1个点。", "R3", "返点"),
            (
                "全权委托我不接，不过您把账户给我，我看着调。",
                "R4",
                "全权委托",
            ),
            (
                "监管不许我们说包赚，那我换个说法：跟着我买只赚不赔。",
                "R1",
                "包赚",
            ),
            (
                "稳赚不赔这话我不能乱说，可这次真是穩賺不賠。",
                "R1",
                "穩賺不賠",
            ),
            ("您要保收益是吧？安排！", "R1", "保收益"),
        ],
    );
}

#[test]
fn step_fourteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // A rhetorical question's own question word is no embedded question; it is still honest
            // when it denies.
            "哪有庄家能随便操纵的？别信荐股群。",
            // Condemnations with a modifier of kind; the keyword named as a violation; a question
            // about a quoted phrase as a phrase.
            "提示一下：拉升出货是常见的操纵手法，追高的容易站岗。",
            "公告里写了：有机构以“帮您规划”为名违规代客理财。",
            "问：“帮你操作”这种说法有什么问题？答：涉嫌违规。",
            // Third parties who nag and say.
            "我妈总念叨“人家说这个保本”，我说了好多遍了不保本。",
        ],
        &[
            // Could it be false? What is wrong with it? Which firm has not? Wasting it.
            ("稳赚不赔还能有假？我的客户没一个亏的。", "R1", "稳赚不赔"),
            ("飞单怎么了？谁家不这么干？", "R3", "飞单"),
            ("代客理财哪个券商没干过？您放我这。", "R4", "代客理财"),
            ("全权委托给我有啥不放心的？", "R4", "全权委托"),
            (
                "这么好的内幕消息不告诉客户，不是浪费了吗？",
                "R2",
                "内幕消息",
            ),
            // The speaker's own words told to the addressee, an endorsing frame, an endorsed quote.
            (
                "就像我上次跟您说的“加我私人微信”，一直有效。",
                "R5",
                "私人微信",
            ),
            ("这款债基？就像广告说的：“稳赚”", "R1", "稳赚"),
            (
                "文章里那句“这款是保本的”说得一点没错，我自己都买了。",
                "R1",
                "保本",
            ),
        ],
    );
}

#[test]
fn step_fifteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // Refusals: taking nothing, waiving it, a refusal verb before a negated copula, a red
            // line, keeping out of it.
            "返佣我们一律不收取。",
            "承蒙厚爱，返点就免了，您把风险测评做一下就行。",
            "拒绝代客理财是我的原则，不是针对您。",
            "不可以哦，飞单是红线。",
            "庄家啊拉升啊这些我不掺和。",
            // Frames: a negative example two clauses before the keyword, a complaint letter,
            // Cantonese 佢 (he).
            "反面案例：“您把账户给我，我帮你操作。”这种话不能说。",
            "客户投诉信原文：“经理说‘转到我个人卡上就行’，现在人找不到了”",
            "佢講咩“穩賺不賠”，真係當人傻，唔好理佢。",
            // A quotation holding a taking back is still reported.
            "培训时的例子：“零风险，亏了算我的。”这属于违规承诺。",
        ],
        &[
            // A rule or warning taken back: dismissed, set apart, or its substance promised.
            (
                "合规说严禁代客理财，我就当没听见，您的账户我接着打理。",
                "R4",
                "代客理财",
            ),
            (
                "这条严禁拉升的通知大家看看就好，明天照常进场。",
                "R2",
                "拉升",
            ),
            (
                "警惕飞单骗局！不过我介绍的这个不是骗局，直接找我买。",
                "R3",
                "飞单",
            ),
            ("禁止承诺保收益，我不承诺，差多少我补多少。", "R1", "保收益"),
            (
                "那谁因为私下交易被开了，咱俩做隐蔽点没事。",
                "R3",
                "私下交易",
            ),
            // The speaker's answer quoted after someone's question; a report endorsed by a
            // verdict; Cantonese rhetoric.
            ("有人问我“这款能不能保证收益”，我说“当然保本”", "R1", "保本"),
            ("佢哋话“揾我返点最多”，係真嘅，我返1.5%", "R3", "返点"),
            ("唔通唔係保本咩？銀行出嘅產品嚟㗎", "R1", "保本"),
        ],
    );
}

#[test]
fn step_sixteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // 不存在 over a list; the unwillingness denied, the real reason given; a supposition its
            // own clause mocks; nonsense; a scam script as a frame; a prohibition as a predicate.
            "提醒各位客户：我司不存在任何返点、返佣活动，请及时举报。",
            "不是我不想帮你操作，是真不能，账户只能本人操作。",
            "包赚？要是真包赚我早辞职了😂 净值有涨有跌。",
            "您说他讲“飞单不犯法”？那是胡说。",
            "诈骗话术：“稳赚不赔，带你赚”，请转告家中老人。",
            "零风险这种词更是碰都别碰。",
        ],
        &[
            // Rhetoric: could you miss out, what is wrong with it, who would dislike it, would I
            // fool you.
            ("返点少得了你的吗？老规矩，每单都给你。", "R3", "返点"),
            ("代客理财有什么不可以的？您也交给我吧。", "R4", "代客理财"),
            ("谁会嫌返佣多呢？佣金我返一半给您。", "R3", "返佣"),
            ("难道我会拿假的内幕消息糊弄您吗？放心买。", "R2", "内幕消息"),
            // Endorsed quotations: checked by the speaker, the team's slogan.
            ("“下周要拉升”这消息我亲自核实过，准。", "R2", "拉升"),
            ("按我们团队的口号“保收益”，这款您闭眼买。", "R1", "保收益"),
        ],
    );
}

#[test]
fn step_seventeen_constructs_read_as_said() {
    reads_as_said(
        &[
            // A title in book-title marks, hearsay, what befell those who did it, a how-could.
            "刘阿姨转的那篇《庄家如何拉升股价》是老文章了。",
            "听说那人说过'帮你操作'，后来把客户的钱亏光了。",
            "老张之前说什么“私下交易更划算”，最后被抓了。",
            "警示：以保证收益为名的私募产品多数已经暴雷。",
            "我咋可能有内幕消息呢，我就是个普通客户经理。",
            // An offering question far from the keyword asks about something else.
            "那个客户一直问是不是稳赚我跟他说了没有稳赚的产品他不太高兴你看要不要回访一下",
        ],
        &[
            // Asking whether the addressee wants it offers it; a refusal to say it openly moved
            // elsewhere; a report taken back by doing it cleanly; the speaker's own title.
            ("系统里买不了了，飞单还有额度要不要", "R3", "飞单"),
            (
                "内部消息我不能直接说，你加我私人微信我发你",
                "R2",
                "内部消息",
            ),
            ("那人被罚是他不会做，咱们飞单都走得干干净净。", "R3", "飞单"),
            (
                "我标题都写了《加我个人号，每日一票》，想要就加。",
                "R5",
                "加我个人号",
            ),
        ],
    );
}

#[test]
fn step_eighteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // A customer's question reported; a pretext two words on.
            "客户问“你私人号多少”，我说只用企业微信。",
            "警惕！有人以庄家拉升为名诱导投资者进群炒股。",
            // A predicate after a list of keywords is said of each of them.
            "返佣返点这些我们一律不许做，您理解一下。",
            "返点、返佣我们都不收。",
        ],
        &[
            // Covering losses is no warning; the speaker confirming what a customer said.
            ("我的承诺就一句：“全权委托，亏了算我的”", "R4", "全权委托"),
            (
                "客户说“找你就是零风险”，我也不谦虚了，确实是。",
                "R1",
                "零风险",
            ),
            (
                "私人号私人微信这些我都没有，加我个人号就行。",
                "R5",
                "加我个人号",
            ),
            // A warning taken back by sending the addressee to the speaker.
            (
                "警惕野路子代客理财！要找就找我这样的老手。",
                "R4",
                "代客理财",
            ),
        ],
    );
}

#[test]
fn step_nine_constructs_read_as_said() {
    for text in [
        // Reports of others' misconduct and what befell them.
        "通报：某证券公司员工代客理财造成客户亏损，被处以警告。",
        "隔壁网点有人私下给客户返佣，被查出来了。",
        // A heading that forbids what its colon lists.
        "禁止事项：承诺保本、飞单、加客户私人微信。",
        // Sanctions threatened or closing the clause.
        "谁再给客户返点，直接开除。",
        "加客户私人微信的一律通报。",
        // An object-first denial with 绝不能.
        "账户密码绝不能告诉任何人。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rule, typed) in [
        // A heading that forbids passing the message on tells a secret.
        ("不许外传：这次返点比上次高。", "R3", "返点"),
        // The em dash ends the clause 别 was in.
        ("别截图——这款稳赚，我担保。", "R1", "稳赚"),
    ] {
        fires_on(text, rule, typed);
    }
}

#[test]
fn step_ten_constructs_read_as_said() {
    for text in [
        "包赚的产品我们这里木有。",
        "账户密码千万别发给我。",
        "保本的理财现在已经没有了。",
        "稳赚这俩字我不敢说。",
        "代客理财不行的，您来网点我教您。",
        "小区里有人推销所谓零风险的项目，您可别去。",
        "凡是让您私下交易的，都是高风险行为。",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    // A negated adjective that closes the clause counts once under rhetoric.
    fires_on("谁说全权委托不行？", "R4", "全权委托");
}

/// The clause model (`clause_model`) checks the plain rule reading: notices, cases and refusals
/// that no rule was written for are cleared, offers dressed as a supposition or a denial are
/// raised. These are from held-out sets 6 and 7, which the model was trained on: they show what
/// it does, not how well it generalises (docs/BENCHMARKS.md). The rules alone read every one of
/// them wrongly.
#[test]
fn the_clause_model_clears_honest_notices_and_raises_offers() {
    for text in [
        "@所有人 處罰公告：某證券营業部員工接受客戶全權委託~~",
        "各位，合規部提示：客戶要求全權委託時，應婉拒并說明風險。",
        "李哥 不好意思，返佣不在我们的服务内容里",
        "陈先生，不行，稳赚不赔这种话我不能说",
        "代客理财是被明令禁止的，我怎么会做呢？",
    ] {
        assert_eq!(staff(text), Vec::<String>::new(), "{text}");
    }
    for (text, rules) in [
        ("我要是没有内部消息，敢让您满仓？", &["R2"]),
        (
            "不转到我个人账户，我怎么给您走内部价？走公司流程哪有这么便宜",
            &["R3"],
        ),
    ] {
        assert_eq!(staff(text), *rules, "{text}");
    }
}

#[test]
fn step_nineteen_constructs_read_as_said() {
    reads_as_said(
        &[
            // 嘛 that explains; Cantonese 唔係, 唔好, 我哋唔可以; nobody dares; while not yet is no
            // denial but a denial is one.
            "飞单这种事我们这边没有嘛，您别听外面瞎说。",
            "唔係保本嘅，陈生，边个同你讲保本㗎？",
            "唔好信啲人讲稳赚，冇呢回事。",
            "全权委托我哋唔可以接㗎。",
            "谁都不敢承诺保本啊，您别信。",
            // A negator before a list of keywords; the keyword as a kind of dispute.
            "本月网点无飞单、私下交易类投诉。",
            "返佣的纠纷我处理过好几起，千万别碰。",
            // A rule on words; a refusal run on into advice; either way, it is no concern of mine.
            "宣传材料一律不得出现 保本 / 稳赚 这类词。",
            "这个私下转账真不行您还是走正规流程吧",
            "内幕消息不内幕消息的我不关心，咱们看财报。",
            // A relative's words corrected; a supposition mocked as the answer to an echo.
            "您老公说那只基金“保本”，其实是浮动净值型的。",
            "零风险？要真有这好事我早自己全仓了",
            // A third party who dares not, and the speaker who does not either.
            "别人不敢做飞单，我们也不做。",
            // A bare prohibition shouted before the keyword's clause.
            "严禁！严禁！返佣，说三遍了",
        ],
        &[
            // Tag questions and 你说 seek agreement; 一分不少 says how much, not whether.
            ("本息一分不少，这不就是保本吗你说是不是", "R1", "保本"),
            ("你说这个算不算稳赚？合同上写着呢", "R1", "稳赚"),
            // Suggesting, asking who would not, and a retort after a wasted chance.
            ("群里都有记录，私人微信聊不好吗？", "R5", "私人微信"),
            ("稳赚的买卖谁不做啊", "R1", "稳赚"),
            ("有内幕消息不用，难道等着踏空？", "R2", "内幕消息"),
            // A guess at where the tip came from; concealment answering a question.
            ("你猜我哪来的内部消息？", "R2", "内部消息"),
            ("返点谁知道啊？你知我知", "R3", "返点"),
            // Cantonese yes; urging; a rule for others and a warning for strangers.
            ("系咪保本先？梗系啦。", "R1", "保本"),
            ("风险提示我念完了，这款保本的大家冲", "R1", "保本"),
            (
                "严禁收客户账户密码那是针对新人的，你发我就行",
                "R4",
                "账户密码",
            ),
            ("别把账户密码告诉别人，给我没事", "R4", "账户密码"),
            // An endorsed quotation; a third party who dares not, and the speaker who does.
            ("圈内朋友说“庄家在吸筹”，我信他，赶紧上", "R2", "庄家"),
            ("别家不敢给返佣，我敢。", "R3", "返佣"),
            ("为什么不趁庄家还没动手先买点呢", "R2", "庄家"),
            // What one has, offered in the next clause.
            ("返点我这边还能申请，您需要吗？", "R3", "返点"),
        ],
    );
}

#[test]
fn step_twenty_constructs_read_as_said() {
    reads_as_said(
        &[
            // A condition on what the addressee wants; particles 喔 and 哈 after a refusal.
            "您要零风险的话，我们这边没有，国债可以看看。",
            "代客理财是不行的喔，您自己下单我在旁边指导。",
            // Cantonese 俾; only the owner holds it; who covers the loss; a rule explained by
            // its consequence.
            "我哋唔可以俾返点㗎。",
            "账户密码只能您本人掌握，我们看不到。",
            "私下交易亏了谁给您兜底？还是走柜台吧",
            "为什么公司老说不能承诺保本？出了事都是我们担责",
            // A relative's words called inaccurate; a client's words reported; a black market.
            "您爱人说“这个年金险保本”，这个说法不准确。",
            "Client说之前有人讲过“零风险”，我们查一下是谁",
            "网上宣传稳赚的外汇平台，基本都是黑平台",
        ],
        &[
            // The predicate's own negator counts once under rhetoric.
            ("这么多客户，给他们返点不会吗？", "R3", "返点"),
            // Vouching for what was quoted, or finding it sound.
            (
                "楼下张叔说“跟着她买都稳赚”，您去问问，我从不骗人",
                "R1",
                "稳赚",
            ),
            ("同事说“那只票要拉升”，我觉得靠谱，您早点上车", "R2", "拉升"),
            ("您发的那篇文章说“这款保本”，写得对", "R1", "保本"),
        ],
    );
}

#[test]
fn step_twenty_one_constructs_read_as_said() {
    reads_as_said(
        &[
            // The keyword's A-not-A without 的, then a denial; a supposition after a name that
            // the next clause refuses; the real reason run on in the keyword's own clause.
            "庄家不庄家我不清楚，您别问我了",
            "王姐要是非要零风险的，那这只基金我不能推荐给您",
            "不是我不想给您返点是公司真的不允许",
        ],
        &[
            // A supposition the next clause does not refuse keeps its offer.
            ("李总要是想要返点，下个月我私下安排", "R3", "返点"),
        ],
    );
}

#[test]
fn step_twenty_two_constructs_read_as_said() {
    reads_as_said(
        &[
            // A report whose next clause asks others to pass the warning on; the customer's
            // own words, quoted and answered with a refusal.
            "有客户反映群里有人冒充我加他私人微信，各位哥哥姐姐帮忙提醒一下，我没有私人微信哈~",
            "客户原话：“你们保证收益我就买”，我跟他说了我们不能保证收益，何叔你看还要补充啥？",
            // What the addressee forwarded, quoted; a rhetorical frame around a question asked.
            "张总，您转发的那条说“储蓄国债稳赚”，国债到期是还本付息，但提前兑取有损失",
            "不就是想问国债能不能保本嘛？周哥，储蓄国债到期还本付息，提前兑取要扣利息",
            // Cantonese 不可以, cut 唔|可以, reaches as far as 不可以 does.
            "张总，我唔可以话你知保本，因为佢真系唔保本",
        ],
        &[
            // The customer's words held out as a testimonial, or vouched for, are the
            // speaker's claim too.
            (
                "您看截图，客户原话：“跟着小刘买聚财宝，半年稳赚6%”。您也可以",
                "R1",
                "稳赚",
            ),
            (
                "引用客户原话：“跟着小王，稳赚不赔”，这话不假～",
                "R1",
                "稳赚不赔",
            ),
            // Without the question, the rhetorical frame still asserts.
            ("不就是保本嘛？周哥，您就放心买吧", "R1", "保本"),
            // Were it not for…: presupposes the keyword.
            ("要不是零风险我也不会推荐给您", "R1", "零风险"),
            ("要不是保本，我能把自己的年终奖都投进去吗？", "R1", "保本"),
        ],
    );
}

#[test]
fn step_twenty_three_constructs_read_as_said() {
    reads_as_said(
        &[
            // The addressee's question reported back, then answered no.
            "刘姐，您问账户密码要不要让我代管？千万别，这个只能您自己掌握",
            "周总，您说要不要走个私下交易省点费？真不用，按流程来",
            // Whoever says it, condemned; a rhetorical negator's own question.
            "谁跟你说保本那是误导，债基也会亏",
            "哪有什么内部消息？我们看的都是公开公告",
            // A rule, then the firm's own channel (no elsewhere).
            "我们这儿规矩是不加私人号的，有事您企业微信找我就行",
            // Whether or not, after not knowing; a supposition after a name and a pronoun,
            // answered no; the addressee's quotation called outdated.
            "俺不晓得啥庄家不庄家的，只能给您讲讲合约规则",
            "稳赚的产品没有，王总您要是非找稳赚的，我只能说没有",
            "您引用的那句“保本理财”早就是老黄历了，现在都是净值型",
        ],
        &[
            // A boast by comparison.
            ("各位，谁能像我们团队一样稳赚？赶紧上车", "R1", "稳赚"),
            // A refusal hedged after its keyword, then conceded.
            (
                "飞单我原则上是拒绝的，但看您这么急，我给您走朋友那边的通道",
                "R3",
                "飞单",
            ),
            // Telling a colleague to add a line; quotations endorsed before or after them,
            // or acted on.
            (
                "客户问收益稳不稳，你就说不好讲，再补一句“其实我们这个就是保本的”",
                "R1",
                "保本",
            ),
            ("客户说“走飞单也没事”，那就按他说的办", "R3", "飞单"),
            (
                "大伙说得对：“消息面不如内幕消息”，我手上就有一条",
                "R2",
                "内幕消息",
            ),
            (
                "我朋友说“这票有内幕消息”，他从没失手过，跟一把",
                "R2",
                "内幕消息",
            ),
            ("您邻居说的没错，“跟着我买，稳赚”", "R1", "稳赚"),
        ],
    );
}

#[test]
fn step_twenty_four_constructs_read_as_said() {
    reads_as_said(
        &[
            // Shanghainese 勿 after a keyword put first, 阿拉 as its subject, 额 as its 的;
            // the addressee's own wish, answered with a potential cut in two.
            "私人微信阿拉勿加额，侬有事体企业微信寻我",
            "代客理财阿拉勿好做额，侬自家拿主意",
            "哥，你说要全权委托给我，这我可整不了",
            // Southwestern 谁跟你说; Cantonese 有冇 asks whether, and the answer mocks it.
            "哪个跟你说零风险嘛？股票也会跌的哈",
            "你话我有冇内幕消息？我有就唔使打工啦",
            // What the addressee forwarded or a cousin said, called fake or not to be taken
            // seriously; what befell a colleague or a stall; a finding that names a violation;
            // a flyer called a con.
            "你转发嗰段'庄家收货'嘅录音系假嘢，唔好信",
            "你老表讲'这只票有庄家'，这种话听了就算了，莫当真",
            "上个月那位同事就是给客户返点才出的事，大家别犯同样的错误",
            "你说的那个私下交易金条的摊摊儿，上个月遭查了",
            "案例：某员工对客户说'我帮你操作'，结果被认定为代客理财",
            "又是'保本高收益'，这种传单一看就是骗老人的",
            // A rule on what may be said; a supposition mocked by working no more.
            "只有存款才能讲保本，理财产品不能讲",
            "这玩意儿要是稳赚，我还上啥班啊",
        ],
        &[
            // Were it not so, would I…?
            ("我要是不敢保本，会天天给您打电话吗？", "R1", "保本"),
            // A rule, then: when did following me ever lose?
            ("包赚这种话我不能说，但是跟着我买，哪次亏过？", "R1", "包赚"),
            // A quotation acted on.
            (
                "您儿子说'全权委托给小陈就行'，那我就照办了",
                "R4",
                "全权委托",
            ),
        ],
    );
}

#[test]
fn step_twenty_five_constructs_read_as_said() {
    reads_as_said(
        &[
            // A keyword's first character glued to a single character stays split.
            "请确保本周内完成风险测评",
            // A refusal without an exception, a guarantee of something else, a statement ended
            // by 的 that the next clause calls a violation.
            "拒绝承诺保收益是公司规定，我遵守。",
            "保本我不能承诺，不过我可以每周给您同步净值。",
            "我不做代客理财的，那是违规的。",
            // A rule broken only where nobody looks is still a rule when nothing hides it.
            "飞单不能碰，查到就开除。",
            // A phrase called outdated; not refusing, since there is none.
            "咯个保本的说法是老早的事了，现在冇得保本理财了",
            "不是不给你返佣，是根本就没有返佣这个东西",
            // A rhetorical denial answered by a supposition, or mocked by what the speaker
            // would long since have done.
            "天底下哪有稳赚不赔的投资？真有的话我自己早就买了",
            "哪有什么包赚？要是真能包赚，我早把房子卖了全投进去了",
            // A question reported, quoted or not, and answered no.
            "客户问“有没有内部消息”，我说“没有”",
            "客户问我私人微信是不是真的能领资料，我说不是",
            // A report's 未 over its verb.
            "经核查，客户反映的代客理财问题系误解，员工仅在旁指导，未接触其账户密码。",
            // Held-out 17's voices: Henan 俺 and 不让, Southern 冇得, 别 joined to its coverb,
            // the addressee's application and deeds put back, English negation, none whatsoever.
            "俺们单位管得严，私人号一律不让加，您有事就在这儿找俺",
            "私人微信俺不加，不是看不起恁，是规定",
            "公司规定冇得哪个能讲保本的话，我也只能讲：这款不保本",
            "你别替客户保管U盾和账户密码，上次小陈就因为这个被处分了",
            "【工单回复】您申请的“由客户经理帮你操作调仓”服务，我司不提供，敬请谅解",
            "您说把债权私下交易给我，我不接，请通过官方通道登记",
            "您把账户密码写在纸上给我，我不能收，您拿回去",
            "I'm afraid I can't add you on my 私人微信，company policy",
            "不是我不想说零风险，是没有任何产品能做到零风险",
            // A yes-word cut from its negated complement answers no; quotations disbelieved in
            // Wu, in the classical register, in English, or called a mistake.
            "您让我保证收益这个，我是真保证不了",
            "Sorry，I can't promise 稳赚，that's not how markets work。",
            "倷听到人家讲“私下交易便宜”，覅相信，出了事体呒没人管格",
            "古人云“天下没有免费的午餐”，今人云“稳赚不赔”——后一句信不得",
            "He said “give me your 账户密码，I'll handle it”？Definitely a scam，block him。",
            "你屋里伢讲“这个保本的”，那是他看错了，说明书上写的是不保本",
            // A why asked back with its reason; a supposition mocked by others' buying; a what
            // for; an impersonator warned of; shills, runaways and 莫信 as warnings.
            "您问学子无忧为啥不保本？因为它投了一部分权益资产",
            "什么开发商内部消息啊，要是真有内部消息，人家自己早买了，还轮得到咱俩？",
            "加我个人号弄啥嘞？就在这儿说，公司要求的",
            "最近有人冒充我加大家私人微信，我不会用私人微信联系任何人，请认准企业微信。",
            "币圈那些喊单的都是庄家的托，拉升完就砸盘",
            "说零风险的项目最后全跑路了，你这个千万别碰",
            "你莫信外面那些讲包赚的，我晓得好多人着了道",
            // A refusal followed by what the speaker may say, and a decimal point, concede
            // nothing.
            "保本我们不能承诺，我只能说历史年化3.5%，不代表未来",
            // How would we dare; there is no such account, whatever its attribute; a yes
            // conceded only to be limited.
            "我们哪敢给返点，这是违规的",
            "我没有对外的私人号，都在这个工作号上。",
            "您问我有没有私人微信？有是有，但工作上的事我们只用企业微信",
            // A quotation whose warning only its last keyword reaches: the model clears the
            // first.
            "杨姐，“把账户密码给我，我帮你操作”——以后谁再跟您这么说，直接报警",
            // A why about a quoted word, explained.
            "为什么客户一听“包赚”就心动？因为不懂风险，这正是我们要讲清楚的",
            // A question that defines the keyword hides nothing.
            "飞单？您是说那种不走公司系统的单子吗？我们这里不存在的",
            // Held-out 18's voices: what is inspected, a column's name, the kind of a risk; a
            // report warned by ask-first and lose-nothing; Yunnan 整哪样 with 非要 (insist); what
            // the addressee said, answered no.
            "纪要：未发现飞单、返佣问题；下月重点查私人微信营销。",
            "提醒各位：OA“内部消息”栏目里有3月排班表，下个月初前确认。",
            "上周会上提到的代客理财风险，节后第一天前把排查结果报上来。",
            "提醒一下，黄老师那边有人在搞飞单，你去问问情况，别让客户吃亏。",
            "有人跟你讲这款增额终身寿保本的话，你要问清楚，合同上没写的都不算啦。",
            "马叔，你整哪样非要保本嘛？前几年现价低于所交保费，退保要亏的",
            "周总您说的全权委托给我个人，这个我们不接受。",
        ],
        &[
            // jieba's `等|于零|风险`: the text either side cut on its own gives `等于`.
            ("差多少我补给您，这不就等于零风险吗？", "R1", "零风险"),
            // A refusal the speaker takes back in person, or with the act asked for.
            (
                "拒绝承诺保收益是公司规定，我遵守。但我个人跟您担保：年化3.8%，少一分我补。",
                "R1",
                "保收益",
            ),
            (
                "我不做代客理财的，那是违规。你就把股票账户借我用几天，赚了都是你的。",
                "R4",
                "代客理财",
            ),
            // A rule, then where nobody will look.
            (
                "别人都说飞单不能碰，我跟您讲，只要不走公司系统就没人查得到。",
                "R3",
                "飞单",
            ),
            (
                "飞单是违规，但大家都在做，只要你不投诉就没人晓得",
                "R3",
                "飞单",
            ),
            // Not that it cannot be: it can, on a condition.
            ("不是不能保本，是要满足条件", "R1", "保本"),
            // A rhetorical denial answered yes; the addressee's word granted.
            ("哪有保本这么好的事？有，就在我这儿！", "R1", "保本"),
            ("您说的“返点”，我们照给", "R3", "返点"),
            // The same questions answered yes; an offer asked before the keyword; the addressee
            // may do what the speaker may not.
            (
                "客户问“有没有内部消息”，我说“有”，然后把票发给他了",
                "R2",
                "内部消息",
            ),
            (
                "客户问我私人微信是不是真的能领资料，我说是的，让他加了",
                "R5",
                "私人微信",
            ),
            ("周哥要不要试试全权委托嘛", "R4", "全权委托"),
            ("私人微信我不能加，但你可以加我", "R5", "私人微信"),
            // 未 made an attribute by 的 describes the tip.
            ("我这有未公开的内幕消息", "R2", "内幕消息"),
            // Not allowed, but the account is sent anyway.
            (
                "私人号是不让加，但你加了我也不会删你呀，我把号发你嘛",
                "R5",
                "私人号",
            ),
            // Rules and refusals taken back: a hedge in the next clause (jieba's `明|面上`) and
            // what is done privately or besides; a shortfall made good across a decimal point;
            // in person; let out all the same; known without being said.
            (
                "返点我不能给你——明面上不能。私下我转你一千，当交个朋友",
                "R3",
                "返点",
            ),
            (
                "招标规定不得返点，这个我们明面上遵守；另外给贵司财务部的那份，走个咨询费名义",
                "R3",
                "返点",
            ),
            (
                "保证收益我不敢讲，但这个理财到期至少3.5%，少了我自己补给您",
                "R1",
                "保证收益",
            ),
            (
                "书面保本承诺我们不出具，但本人在此确认：到期本金全额返还",
                "R1",
                "保本",
            ),
            (
                "开发商内部消息我不能透露……好吧就一句：这个盘周四起涨",
                "R2",
                "内部消息",
            ),
            (
                "上面不准我们讲稳赚，那我不讲，你自己心里晓得就行",
                "R1",
                "稳赚",
            ),
            // A script to read out or post, its frame before the quotation's own commas; a tip
            // asked back whether it could be false.
            (
                "话术发你了，照着念：“彭叔，这款债基保本保息，比存款高一倍”。",
                "R1",
                "保本",
            ),
            (
                "你在群里就这么发：“有内部消息，节后第一天开盘就拉”，发完撤回也行。",
                "R2",
                "内部消息",
            ),
            (
                "您猜猜，开发商的内部消息，还能有假？先把定金交了吧。",
                "R2",
                "内部消息",
            ),
            // A refusal that the asking undoes, or the speaker's family belies; a line to remember,
            // a promise staked.
            (
                "返佣这种事我不能主动提，你要是开口要，那我肯定给你安排",
                "R3",
                "返佣",
            ),
            ("我不能说稳赚，我只能说我家里人都买了", "R1", "稳赚"),
            (
                "别的你不用管，就一句“这期产品保本”，你记住这句就行",
                "R1",
                "保本",
            ),
            ("“零风险”三个字我敢打包票", "R1", "零风险"),
            // Done out of the firm's systems.
            (
                "您都这么说了我哪能拒绝，私下转账吧，不走系统",
                "R3",
                "私下转账",
            ),
            // A line to remember, whatever others say; a colleague's words agreed with.
            (
                "刘阿姨你记住我这句：“这款零风险。”别人讲什么你都别理啦。",
                "R1",
                "零风险",
            ),
            (
                "周会上你说的“客户可以私下交易，不进系统”，我同意，那单就按你说的办。",
                "R3",
                "私下交易",
            ),
            // Refusals given up when the customer insists, or said another way.
            (
                "飞单我不干……哎呀你非要的话，六十万就先放我这，月底给你两个点",
                "R3",
                "飞单",
            ),
            (
                "我不能说保本，但我可以说一句：这款从来没让客户亏过一分",
                "R1",
                "保本",
            ),
            // A rule on one keyword and a violation of another.
            (
                "保本我不能承诺，内幕消息倒是有一条，您要吗",
                "R2",
                "内幕消息",
            ),
            // What the speaker says in place of another word.
            ("我不说guarantee，我只说稳赚不赔", "R1", "稳赚不赔"),
            // The speaker to be held on to, unlike the firm's channel.
            (
                "朋友圈那句“零风险高收益”是我写的，说的就是这款，认准我。",
                "R1",
                "零风险",
            ),
            // An English refusal taken back in English.
            (
                "I won't say 保本 officially，but between us，you won't lose a cent。",
                "R1",
                "保本",
            ),
        ],
    );
}

#[test]
fn step_twenty_eight_constructs_read_as_said() {
    reads_as_said(
        &[
            // Who dares say it has no risk denies; who has not been cheated by it warns; a
            // question about the keyword itself, answered no, run on or not.
            "零风险？哪个产品敢说自己没风险？",
            "飞单，谁没被坑过？千万别碰",
            "保本还有吗？没有了",
            "这只基金能保本吗我跟您说不能",
            // A definition of others' deeds; a warning undenied; reassurance then a refusal.
            "所谓飞单，就是销售私自卖外部产品，公司严禁",
            "网上说的“稳赚”都是假的，别信",
            "客户问“飞单安全吗”，我回他“放心，我们从来不做飞单”",
            // Trusting the firm's channel; a request refused in its own clause.
            "认准官方渠道，不要加任何私人微信",
            "客户要返点的一律拒绝",
            // Held-out 19's voices: warnings in Beijing speech, Cantonese and the Northeast, and
            // in Singapore English (its third parties and negation run together); a potential
            // cut in three (`讲|不|出口`); the addressee's words answered no; a why-question
            // explained by the rule; a supposition with a bare 要 mocked; a keyword's own
            // yes-or-no question answered no; a quiz key; a document's name.
            "他说“给你返点”，你可甭信",
            "你朋友话“呢只稳赚”，我唔同意，佢讲嘅唔可以信",
            "那帮人说“庄家明天拉升”，你就当耳旁风",
            "Dear all, got people say this one 稳赚 guaranteed, all scam one lah, please don't believe.",
            "Our company strictly no 返佣 one.",
            "稳赚我讲不出口，因为这款真的不是稳赚",
            "您说把钱转到我个人卡上方便，可这样不合规",
            "你问为啥子不加私人微信？公司规定只能用企业微信",
            "您说我有内部消息？我要有内部消息还在这上班嘛，您可别听别人瞎传",
            "您问这款保本不保本？不保本",
            "你问这款稳赚不？没有这种事",
            "【合规考试】判断题第6题：员工可以向客户承诺保本。答案：错误。依据：不得承诺保本保收益。",
            "现场检查备查材料清单：6. 员工不得代客理财承诺书；账户密码保管告知书签收记录。",
            // Cantonese 呢 before a classifier is `this`, not a particle; 冇|嘢 (nothing).
            "杨生，你朋友话“呢只稳赚”，我唔同意，冇嘢係稳赚嘅",
            // `其实` is no hedge: a concession after it offers something else.
            "保本其实不可能，不过我们有稳健的产品",
            // The earlier sets' false positives: a why-question explained, its keyword denied
            // before it; whoever says it cheats; a screenshot named.
            "不保本为什么还要买？因为长期看它更有可能跑赢通胀",
            "讲稳赚的哪个不是骗人的？你可注意点",
            "【合规提示】请大家不要转发那张“内部消息”截图，已经有同事被约谈了。",
            // Held-out 20's voices: Hakka 毋准; Cantonese 讲|唔|出口 and 做乜 (why).
            "阿哥，公司规定毋准转到我个人账户",
            "稳赚我讲唔出口，因为根本冇稳赚的东西",
            "阿叔，你问做乜勿加私人微信？公司规定所有沟通都要留痕",
        ],
        &[
            // A classifier after a demonstrative closes its phrase (`这|张|飞单`).
            ("有什么理由不接这张飞单呢？", "R3", "飞单"),
            // A question run into the next sentence ends at its particle.
            ("您放心这个怎么可能亏呢保本的嘛", "R1", "保本"),
            // Reassured that no loss can happen.
            ("您是怕它保本保得太死了吗？放心，亏不了", "R1", "保本"),
            // Still done despite it.
            ("有内部消息还排队走流程？", "R2", "内部消息"),
            // Whoever would not, everyone does.
            ("返点嘛，谁没拿过？", "R3", "返点"),
            ("这么稳的内幕消息，谁还不跟？", "R2", "内幕消息"),
            // The standard of a comparison; asked where it came from after a guess; a negated
            // potential of two characters (`看不出来`); a chat word jieba lacks (`不|妥妥`).
            ("难不成您还想找比保本更稳的？", "R1", "保本"),
            (
                "你以为我哪来的内部消息？还不是朋友在基金公司",
                "R2",
                "内部消息",
            ),
            (
                "刘姐你这么懂行，难道还看不出来这款是零风险的吗？",
                "R1",
                "零风险",
            ),
            ("这不妥妥保本吗？", "R1", "保本"),
            // A quoted question answered yes by reassurance or in a word, after a pronoun; the
            // addressee's words agreed to; a saying urged on; a definition as the speaker's own
            // service; a warning denied (`冇得假的`).
            (
                "有客户问我“飞单靠谱吗”，我回他“放心，我做了八年了”",
                "R3",
                "飞单",
            ),
            (
                "您要是问我“有没有内幕消息”，我就一句话：有",
                "R2",
                "内幕消息",
            ),
            ("您说的“私下转账”没问题，我这就发卡号", "R3", "私下转账"),
            ("老话说“内部消息不等人”，今天必须上车", "R2", "内部消息"),
            ("所谓“代客理财”就是我帮您打理，您不用操心", "R4", "代客理财"),
            (
                "什么叫“全权委托”？就是您什么都不用管，交给我就行",
                "R4",
                "全权委托",
            ),
            ("我讲的“内幕消息”冇得假的，上次就涨了", "R2", "内幕消息"),
            // Not common, not the same: no denials. A request granted in its own clause; the
            // speaker's own channel to be trusted; an exception for the addressee; heard and
            // passed on; a heading that says it another way, or whose prohibition is an
            // attribute's; called by another name.
            ("友情提醒：零风险的产品不常有，赶紧上车", "R1", "零风险"),
            (
                "诈骗都是让你转陌生账户，我这个不一样：钱转到我个人账上",
                "R3",
                "转到我个人",
            ),
            ("提醒一下，客户要返点的可以适当返", "R3", "返点"),
            ("谨防诈骗！认准我的私人微信", "R5", "私人微信"),
            (
                "我上个月拒绝了一个客户的返佣要求，嫌他要得多，您的话给千一",
                "R3",
                "返佣",
            ),
            (
                "内幕消息我可没有啊……我只是听朋友说周四有重组公告",
                "R2",
                "内幕消息",
            ),
            (
                "监管不许我们说保本那我换个说法：跟着我买就有内幕消息",
                "R2",
                "内幕消息",
            ),
            ("不准拍照的会上定了调子：这产品就是保本的", "R1", "保本"),
            ("合规不让提庄家，咱就叫主力", "R2", "庄家"),
            // Held-out 19's misses: no different from it; a code word to remember; the
            // speaker's words owned, answered yes in English, sent by the speaker, owned in
            // writing, made the team's script; English hedges and urging; the family's purchase
            // in Cantonese.
            ("这款跟零风险没区别，放心买", "R1", "零风险"),
            ("上面不许我们写保本两个字，你就记住bb", "R1", "保本"),
            ("您转述的“加我私人微信”确实是我说的", "R5", "私人微信"),
            ("you say “can do 飞单?”, yes can lah", "R3", "飞单"),
            ("我周一发您的那条“内部消息”准不准？", "R2", "内部消息"),
            (
                "您把我的原话转给他吧：“这款稳赚”——这话我白纸黑字认",
                "R1",
                "稳赚",
            ),
            (
                "officially we cannot 帮你操作 lah, but unofficially give me your login",
                "R4",
                "帮你操作",
            ),
            (
                "有人说“历史上没亏过等于稳赚”，你们组就照这个话术来",
                "R1",
                "稳赚",
            ),
            ("why not add my 私人号 lah?", "R5", "私人号"),
            // Held-out 20's: quotations stood by (`这话一点不假`, `是我发的，没讲错`).
            (
                "温州老板圈里都在传“这款保收益”，我告诉你，这话一点不假",
                "R1",
                "保收益",
            ),
            (
                "群里那句“天越传媒下周拉升”，是我发的，没讲错，跟上",
                "R2",
                "拉升",
            ),
            (
                "我唔可以话你知呢份计划保证收益，但我自己都俾晒屋企人买",
                "R1",
                "保证收益",
            ),
            // Refusals' remaining misses: a verb closing the clause after the keyword; the
            // go-ahead after a hedged rule; another account; silence asked for fear of being
            // caught.
            ("你钱给我，我帮你飞单买", "R3", "飞单"),
            (
                "加我个人号本来不合规，可是这边聊天不方便，您加一下吧",
                "R5",
                "加我个人号",
            ),
            (
                "私人微信我是不能给你的——不过你搜一下“小彭的生活号”",
                "R5",
                "私人微信",
            ),
            (
                "可以帮您，不过别跟别人说，代客理财被查到不好",
                "R4",
                "代客理财",
            ),
        ],
    );
}

#[test]
fn step_twenty_nine_constructs_read_as_said() {
    reads_as_said(
        &[
            // A keyword named as a word and ruled out, in its clause, after it, or as one of a
            // list; stronger still (`更不能说`).
            "规定就是规定，保本两个字不能说，稳赚更不能说",
            "保本，这两个字，我从入行第一天起，就没对任何客户说过",
            "内幕消息，庄家，拉升，这几个词，一律不许出现",
            // Voice input's fillers between a topic and its denial.
            "[语音转文字]嗯…那个飞单啊，就是说，我们不做，从来不做",
            // The speaker's words taken back; a quotation attributed after it, or refused to be
            // added, or called fine words.
            "我以前是说过“保本”，那是我说错了，今天正式跟您更正：这款不保本",
            "“零风险”，他这么说，你这么信，最后呢？最后是你自己扛",
            "“庄家明天拉升”——嗯嗯，他说的，那他怎么不自己全仓呢？",
            "他说“加我私人微信细聊”，朋友，这种一看就有问题，别加",
            "那张纸条上写着“加我私人微信”，不是我们行的人写的，您别加",
            "外面那些人讲“保收益”，讲得好听，真亏了一个都找不到",
            // A supposition of what the speaker could give, mocked; concessions between a topic
            // and its denial; a Cantonese why-not explained; a refusal the next clause confirms.
            "稳赚？我要能给你稳赚，我还用每天加班吗？这款真给不了",
            "帮你操作，哪怕就一次，哪怕你在旁边看着，我也不能做",
            "点解唔可以加我私人微信？因为公司要留记录嘛",
            "您让我写个保证收益的条子，这个我写不了，写了也不算数",
            // Items of a list under a heading that forbids, or before a sanction on the above.
            "【禁止事项】\n1. 代客理财\n2. 索要账户密码\n3. 全权委托\n以上任何一项，一经发现立即报合规",
            "【红线】\n飞单\n返佣",
            "1. 代客理财\n2. 私下转账\n以上行为一经发现，严肃处理",
        ],
        &[
            // Vouched for as a word; answered yes past voice fillers; a count before the keyword
            // (`180天|保本`, which jieba cuts `天保`); a dare to find it wrong; refusing another
            // account.
            ("稳赚二字不虚传，问君何不早入伙", "R1", "稳赚"),
            (
                "你刚说“私下转账可以吗”，那个，就是说，可以，20w转我就行",
                "R3",
                "私下转账",
            ),
            (
                "我上周跟你说的“恒裕180天保本”，这话我今天还是这句",
                "R1",
                "保本",
            ),
            (
                "阿拉老早讲过“稳赚不赔”，侬看看，讲错了伐？",
                "R1",
                "稳赚不赔",
            ),
            (
                "俺名片上写的“私人号”就是俺的，恁加这个，别加公司那个",
                "R5",
                "私人号",
            ),
            // Stood by three clauses on, after a remembering question; answered yes after an
            // answer's frame or after a tag question that reports an earlier no; a claim agreed
            // to in a word; called true.
            (
                "记得我们第一次见面我说的那句“保本”吗？两年了，跌过、涨过，那句话我一直没收回",
                "R1",
                "保本",
            ),
            (
                "你问“真的有内幕消息吗”，我的回答还是那句：“有，而且很准”",
                "R2",
                "内幕消息",
            ),
            (
                "你朋友说“找他可以私下交易”，嗯，是的，一百万我这边可以",
                "R3",
                "私下交易",
            ),
            (
                "您所引用的「内部消息」一说，确有其事，动向请以我方私下通知为准",
                "R2",
                "内部消息",
            ),
            (
                "你上回问我能不能私下交易，我说不行对吧？我想了想，可以，50w就这一次",
                "R3",
                "私下交易",
            ),
            // An exception after a topic's denial; a question whose answer hides the deed.
            ("飞单咯？我一般不做咯。你的话嘛，算了，做一单", "R3", "飞单"),
            (
                "内幕消息我还能在这儿发吗？私聊给你，下周一有动作",
                "R2",
                "内幕消息",
            ),
            ("飞单畀你咪仲抵？我成日都咁做，冇人知㗎", "R3", "飞单"),
            // No problem, in Shaanxi speech; a heading that forbids passing it on tells a secret.
            ("撒都不如这款，稳赚，没麻达", "R1", "稳赚"),
            ("禁止外传！内部消息：明天有利好", "R2", "内部消息"),
        ],
    );
}

#[test]
fn step_twenty_nine_fourth_part_reads_held_out_21s_constructs() {
    reads_as_said(
        &[
            // A notice's report of impostors, its source two clauses back; a forwarded record's
            // speaker and the warning three clauses on; a role-play's wrong example.
            "各位客户：\n近期接到多起反映，有人冒充我司投资顾问，以'零风险''稳赚'为诱饵，索要账户密码并代为交易，造成客户损失。特此提醒：我司员工不会承诺收益。",
            "[聊天记录]\n某老师：跟我做，包赚。\n——你发来的这个全是骗人的话术，千万别转钱",
            "【话术演练·错误示范】销售：'您把账户密码给我，我帮你操作。'\n——这句是错的！正确做法：引导客户本人操作",
            // The addressee's report of what was said, and their family's words, corrected.
            "周姐，你说我讲过'保收益'，我翻了聊天记录，我讲的是'不保收益'，截图给你看",
            "王姐，你讲主管讲过'这一期保证收益'，没有的啦，主管不会这样讲",
            "林老板，你爸说'小刘有内部消息'，俺得纠正一下：俺没有任何内部消息",
            // Names of apps and games; what the keyword has nothing to do with; `不让` over its
            // verb; a claims adjuster's words refused.
            "周姐，恁手机上那个'返点宝'APP俺们不认，银行规定不让通过第三方返点，恁卸了吧",
            "何大姐，'飞单侠'那个APP是记账用的，名字难听而已，跟我们说的飞单没关系",
            "唐姐，'庄家'是那个游戏的名字嘛，跟股票没得关系",
            "唐姐，理赔员说'私下转账更快'，那不是我们的流程，您别转",
            // The firm naming itself, or `还是`, between the keyword and its refusal.
            "您想要的那种内幕消息我们私行不提供，我们能给的是研究报告",
            "虽然你是老客户，但是全权委托我还是不能接，这是原则问题",
            // English run together: a scam, declining, not to be followed; an account stolen.
            "FYI 周姐, that 'guaranteed 9%' WhatsApp ad you showed me — 保本保收益 claims like that are almost always scams.",
            "Thanks 刘阿姨, but I'll pass on adding your 私人微信 — compliance.",
            "最近有scam，自称bank staff叫你加私人号，然后叫你转账，don't follow lah",
            "唐姐，我同事的私人号被人盗了，有人用它跟客户借钱，你收到的话不要理哦",
            // Held-out 22's: refusals with Hakka `涯`, `莫得`, `不要`, `一概不知`; a document
            // named (`承诺函`); kept by the addressee; a risk answered `有风险`; a supposition
            // with `真|要` or `要敢`; `不信`; Cantonese `呃人`; warnings not to mind, misread or
            // believe (Taiwanese `母汤`).
            "金老板，私下交易涯唔做，你要买就喺公司系统度买",
            "何姐，返点莫得，给了我就要遭处分，真的帮不了你",
            "李哥，贷款下来以后那两个点返点我不要，你留着买化肥",
            "孙大哥，庄家的事儿我一概不知，你问我也白问",
            "张叔，您要的《保本承诺函》我没法出",
            "周姐，这个真整不了，账户密码你自己留着，我不能帮你操作",
            "周姐，你问这个是不是零风险，我骗你做么？有风险的，说明书第三页写着",
            "冯姨，庄家拉升这种话你也信？真要有这种消息，人家还会告诉你？别当韭菜了",
            "返佣？我要敢收这个钱，明天就得被开，张叔你说我图啥",
            "何姐，提醒三件事：1.不点陌生链接 2.不给账户密码 3.不信保本高息，记住哈",
            "吴老板，涯同你讲，外背话包赚嘅都系呃人",
            "冯姨，年会上领导讲“今年大家都稳赚”，说的是业绩，不是产品，别误会",
            "吴老板，你转来的那个影片说“庄家下礼拜拉升”，母汤信啦",
            "客户问我“是不是稳赚不赔”，我的回答是：没有稳赚不赔的产品",
            "私下转账我不收，您走对公账户，回单拍给我就行",
        ],
        &[
            // The team told to say it so; a wink three clauses on; a name the speaker gives.
            (
                "【晨会纪要】\n1. 刘总原话：'本周主推足金积存，可以跟客户说稳赚'；\n2. 大家统一按刘总说的口径讲",
                "R1",
                "稳赚",
            ),
            (
                "不让我们透露内部消息，我没透露啊，我就说那只票下周有大利好，你自己悟",
                "R2",
                "内部消息",
            ),
            (
                "江湖上叫我“内幕消息王”，这次的票周五前买，错不了",
                "R2",
                "内幕消息",
            ),
            // The unofficial answer; a quotation remembered and borne out; done in private after
            // the rule.
            (
                "李哥问：能不能私下交易？官方答案是不能。非官方答案：找我",
                "R3",
                "私下交易",
            ),
            (
                "我之前说的'庄家在护盘'你还记得吗？今天又印证了，继续拿着，别卖",
                "R2",
                "庄家",
            ),
            (
                "公司讲不准加客户私人微信，规定是规定嘛，我们私底下整一个，你莫跟别个讲就得了",
                "R5",
                "私人微信",
            ),
            // Excepted in English; an outside product is what a flying order is; the answer
            // given in private.
            (
                "代客理财我是不做的，except for you，谁让你是我大学同学呢",
                "R4",
                "代客理财",
            ),
            (
                "飞单我是不搞的，那是别个搞的。我这个是朋友公司的产品，收益高些，走我这里就行咯",
                "R3",
                "飞单",
            ),
            (
                "宝子们私信问我能不能代客理财，官方回答是不能🙅 私下回答是：找我🤫",
                "R4",
                "代客理财",
            ),
            // A quotation remembered and kept, or still good.
            (
                "您还记得我说的那句“跟我做，包赚”吗？现在兑现了吧，下一期继续",
                "R1",
                "包赚",
            ),
            (
                "我上个月在群里说的“私人微信加我有福利”，依然有效，家人们冲",
                "R5",
                "私人微信",
            ),
            // A warning redirected to the speaker.
            (
                "告诉阿妈妮，外面骗子要账户密码千万别给，给我就行，我帮她理财",
                "R4",
                "账户密码",
            ),
        ],
    );
}

/// Step 30 (docs/RISK.md), on held-out 23's misses: dialect pronouns read as Mandarin, offers
/// told from descriptions, fund investing's `定投`, and titles of works.
#[test]
fn step_thirty_constructs_read_as_said() {
    reads_as_said(
        &[
            // Henan and Shandong 我 and 您: the refusal two clauses on reads as in Mandarin.
            "俺们单位明令禁止飞单，恁放心，俺给恁办的每一单都能在系统里查到",
            // What is handled for the addressee, described, is no offer.
            "公司严禁私下转账，给您办的业务都走对公账户",
            // A keyword that titles a novel or a course names it.
            "周末读书会读的是小说《庄家》，讲民国钱庄的故事",
            "《稳赚不赔》这部电影您看过没有",
            // A denial quoted, and stood by.
            "我上回跟您讲的就是“不保本”，今天还是这句话",
            // The addressee's wish, answered by denying the thing itself clauses on.
            "您说要保本的，那这款就不合适了，它不保本",
            // A saying handed down, and a son-in-law's words, reported.
            "俗话说“稳赚不赔的买卖轮不到咱”，所以这话我从来不讲",
            "您女婿说“让经理帮你操作”，那是好心，可我们不能替您操作",
            // A topic whose comment is an idiom of the impossible, a question of who ever saw
            // it, or a question of whether it exists answered no.
            "零风险？天上还掉馅饼呢，这种话听听就算了",
            "保证收益这种话，您见谁拿到过？我反正一次没见过",
            "稳赚，世上有这种好事吗？没有的",
            // The polite refusal `不方便`; a longer heading that names itself a list.
            "私人号不方便给客户，有事企业微信找我",
            "员工禁止行为清单（节选）：1.飞单；2.代客理财；3.私下收取客户资金",
            // Short items holding their verbs; the reach goes past list numbers to the heading.
            "禁止事项：1.承诺零风险 2.传播内幕消息 3.私下交易",
            // Shanghainese: cannot be done.
            "代客理财这个勿来事",
            // The speaker's offer, asked, and answered no.
            "您问要不要我帮你操作？不行，得您自己来",
            // A refused verb coming back as what follows from doing it, or a light verb with
            // other objects, undoes nothing.
            "私人微信我不加，加了要被查",
            "代客理财我也不能做，但我可以帮您把方案做细一点",
            // Held-out 24's: harm to the addressee warns; Cantonese some people, not let, and
            // of course not; Hunan 冒得 (none).
            "有人讲可以帮你做飞单省手续费，那是害你",
            "啲人话呢只基金零风险，千祈唔好信",
            "公司policy唔俾我哋加客人私人微信",
            "返点咯个东西我们冒得，也不能给",
            "王姐问呢只基金系咪稳赚，梗系唔系啦，有升有跌",
            // A yes conceded, then asked whether it is worth it.
            "私下交易能省手续费？是能省，省掉的是你将来维权的路，值吗？",
        ],
        &[
            // `定投|保本`, not `定|投保|本`; a dialect pronoun is no excuse.
            ("王姐，俺跟您讲，这笔定投保本，放心投", "R1", "保本"),
            // An exception offered still is one.
            ("私人号是不让加，但我把号发你的嘛", "R5", "私人号"),
            // A quoted denial called a slip, or recited as a formality, is not what is said; and
            // when was it ever not, asked, asserts.
            ("这款哪回不是稳赚的？您自己翻翻记录", "R1", "稳赚"),
            // Sharing the quoted view endorses it.
            ("用您闺女的话说就是“包赚”，我也这么认为", "R1", "包赚"),
            // A colleague's words held up as the way to sell.
            (
                "昨天小王跟客户说“这款保本”，当场就签了。大家学着点，话术就这么讲",
                "R1",
                "保本",
            ),
            // There is none that is not: a double negation.
            ("没有一单不是保本的，您自己看记录", "R1", "保本"),
            ("我们这儿没有哪款不稳赚", "R1", "稳赚"),
            // A quoted question answered yes in a past frame; a quoted claim agreed to with a
            // bare `对`; a quotation put on record as before.
            (
                "你问“能不能私下交易”，我当时讲可以，现在还是可以",
                "R3",
                "私下交易",
            ),
            ("你爸讲“账户密码已经给经理了”，对，给我了", "R4", "账户密码"),
            ("话我撂这儿了，跟上回一样：“零风险”", "R1", "零风险"),
            // The speaker's own doing offered as a question; the team told what to ask.
            ("王姐，要不要我帮你操作？", "R4", "帮你操作"),
            (
                "你们主动问一句“要不要我帮你操作”，客户还能拒绝吗？",
                "R4",
                "帮你操作",
            ),
            // The speaker's own refusal undone: the verb back after 算了, or with 就.
            (
                "私人微信我不加的。算了，你是老乡，加一个也没啥",
                "R5",
                "私人微信",
            ),
            (
                "内幕消息我不能讲。你请我吃顿饭，吃完饭我就跟你讲",
                "R2",
                "内幕消息",
            ),
            // Still binding, or the truth; a light verb given in on after 算了; a no for show,
            // then what is done in private.
            (
                "之前说“首付先转到我个人账户周转”，这个还作数",
                "R3",
                "转到我个人",
            ),
            (
                "我在群里发的“这只信托保本”，合规找我谈了，但我说的是实话",
                "R1",
                "保本",
            ),
            (
                "私下交易我不做的……算了，这一单我私下帮你做了",
                "R3",
                "私下交易",
            ),
            (
                "有人问能不能给客户返佣，我的回答是：明面上不能。私下怎么弄，你们自己有数",
                "R3",
                "返佣",
            ),
            // Wu 阿要 offers the speaker's own account; not doing it called impossible; a
            // supposed no, then go ahead as before; a quoted whether-question answered yes.
            ("企业微信上讲话不方便，阿要加我私人号？", "R5", "私人号"),
            ("不给返佣是不行的，客户会跑", "R3", "返佣"),
            (
                "客户都是这么要返佣的，你不给人家就跑了，照给就是",
                "R3",
                "返佣",
            ),
            (
                "你闺女说“能不能加你私人微信”，能，我这就加她",
                "R5",
                "私人微信",
            ),
            // Not openly, but otherwise: a hedged refusal with a way round it.
            ("返佣我不能明着给，但可以换个方式", "R3", "返佣"),
            // A numbered list of selling points, read clause by clause however long it runs.
            (
                "选我们的理由：1.老牌机构；2.服务到位；3.稳赚不赔；4.手续费低；5.随时赎回；6.专人对接",
                "R1",
                "稳赚不赔",
            ),
            (
                "按规矩我得说“不能给返佣”，说完了，该给您的一分不会少",
                "R3",
                "返佣",
            ),
        ],
    );
}

#[test]
fn step_thirty_one_dialect_words_read_as_mandarin() {
    reads_as_said(
        &[
            // Cantonese A-not-AB cut after A (`可|唔可以`), then how could I (`点会`).
            "你問我可唔可以飛單？我點會做呢啲嘢，會冇咗牌照㗎。",
            // Cantonese no way to say it (`冇办法`), and the same in Mandarin, whole or cut.
            "李大哥，我冇辦法話呢張單保本，因為真系唔保本。",
            "李大哥，我没有办法说这张单保本，因为真是不保本。",
            // Shanghainese 的 (`额`): this really cannot be done.
            "侬要我帮侬代客理财，这个真额勿来事，阿拉勿好碰客户账户额",
            // A third party's words, and the addressee asked whether they believed them.
            "伊讲“稳赚不赔”，侬就信啦？阿拉做了廿年，从来没看到过稳赚不赔额东西",
            "他说“稳赚不赔”，你也信？",
            "佢話“飛單冇問題”？咁就大問題啦，千祈唔好俾錢佢",
        ],
        &[
            // Where else would you find it (`边度揾`): the question presupposes it.
            (
                "你去边度揾一只保本又派息嘅嘢？银行定期都冇咁好啦，仲唔快啲？",
                "R1",
                "保本",
            ),
            // `冇错` agrees with the quotation.
            ("你朋友话“搵我返点最多”，冇错，我返一个点", "R3", "返点"),
            // `你就信` ends no warning when it urges belief.
            ("稳赚不赔，你还不信？", "R1", "稳赚不赔"),
        ],
    );
}

#[test]
fn step_thirty_one_questions_about_what_the_deed_brings_are_answered_in_reverse() {
    reads_as_said(
        &[
            // Trouble, yes: a warning.
            "你问私下转账会不会有问题？会的，千万别",
            "私下转账会不会被查？会，查到就麻烦了",
            // Unanswered, the question asserts nothing.
            "私下转账会不会被查？",
        ],
        &[
            // No trouble, no risk: go ahead.
            ("你问私下转账会不会有问题？不会的，放心", "R3", "私下转账"),
            ("私下转账有没有风险？没有风险，放心", "R3", "私下转账"),
            (
                "你问“私下交易会不会有问题”，我说不会有问题，我们一直这样做",
                "R3",
                "私下交易",
            ),
            (
                "侬问“转到我个人卡上会不会有问题”，我讲勿会有问题额，阿拉老早就这样做了",
                "R3",
                "转到我个人",
            ),
        ],
    );
}

#[test]
fn step_thirty_one_answers_after_narration_and_four_clauses_on() {
    reads_as_said(
        &[
            // The answer after the frame that hands over to it says no.
            "客户问我这款是不是保本。我跟他解释了半天条款。最后我说：不保本，但风险很低",
            "关于您问的到期能不能保本。说明书我翻了三遍。您猜怎么着？保不住",
            // The addressee's wish, answered no four clauses on.
            "您说想要稳赚的。我理解。可我得提醒您，这只基金去年最多跌过三成。所以答案是没有稳赚的",
        ],
        &[
            // A frame or a teaser hands over to a yes: reassurance, a loss taken on, a
            // potential that can be done (`保得住`).
            (
                "客户问我这款是不是保本。我跟他解释了半天条款。他还是不放心。最后我说：放心，亏了算我的",
                "R1",
                "保本",
            ),
            (
                "关于您问的到期能不能保本。说明书我翻了三遍。产品经理那边我也问过了。您猜怎么着？保得住，一分不少",
                "R1",
                "保本",
            ),
        ],
    );
}

#[test]
fn step_thirty_two_held_out_twenty_five_constructs_read_as_said() {
    reads_as_said(
        &[
            // Shanghainese 勿 (不), 勿要 (不要), 勿好 (不能) and 额 (的, ending or joining).
            "申姐，有人冒充阿拉加侬私人微信，侬千万勿要理，我从来勿加私人微信额",
            "秦叔，侬要我帮侬代客理财，这个真额勿来事，阿拉勿好碰客户账户额",
            // Shaanxi 嫑 (不要) warns; never having seen it denies it.
            "付叔，嫑信那些说稳赚不赔的，我干了十年，没见过稳赚不赔的东西",
            // A shop's sign; a warning quoted from one's master; a pardon (`恕不`); Henan
            // `不中` answering the addressee's wish; the verb taking where it goes.
            "潘总，你那家“稳赚小龙虾”的招牌我看到了，生意好哇",
            "我刚入行时师父说过“内幕消息是毒药”，这话我到现在都记着",
            "申姐，私人微信恕不添加，我的工作手机二十四小时开着",
            "阎大姐，恁说转到我个人卡上，这可不中，俺把对公账户发给恁，恁转这个",
            "骆哥，您要的“保收益”我不能写在建议书里，分红险的分红就是不确定的",
            // The addressee's wish, the speaker only knowing of it, answered after `但是`.
            "彭哥，我晓得侬想要稳赚额，但是我勿好骗侬，这只有风险额",
        ],
        &[
            // Shaanxi 额 (我), and the speaker's own set against what was warned of: the model
            // may not clear it.
            (
                "彭哥，嫑信短视频上说保本的，那都是卖课的。额这个私募才是稳赚，额敢写下来👋",
                "R1",
                "稳赚",
            ),
            // The addressee sent straight to the speaker, with everyone else warned against.
            (
                "⚠️防诈提醒：冒充理赔专员的骗子很多！理赔问题请直接加我私人微信，其他人都别信🙂",
                "R5",
                "私人微信",
            ),
            (
                "邱姐，近期有人冒用我行名义，请您警惕。若有需要，请直接交由本人代客理财，更为稳妥🌸",
                "R4",
                "代客理财",
            ),
            // Still counting, answered for, not taken back.
            (
                "付叔，截图里那句“加私人微信领红包”是俺说的，还算数，恁加吧",
                "R5",
                "私人微信",
            ),
            (
                "引用我上午那句话：“内部消息，下个月初有动静”，这话我负责",
                "R2",
                "内部消息",
            ),
            (
                "老蒋，额昨天说的“内幕消息”你还记得吧？额不收回，周末过后就有动静",
                "R2",
                "内幕消息",
            ),
            // Not said openly, then a hint and a wink.
            (
                "邱姐，内幕消息额不能明说，你就看额周末过后买哪只，跟上就对了，懂了吧",
                "R2",
                "内幕消息",
            ),
            // Not written in the chat, said by phone instead.
            (
                "稳赚不赔这话我不能写在聊天里，打电话跟你说，反正就是这个意思嘛",
                "R1",
                "稳赚不赔",
            ),
        ],
    );
}

#[test]
fn step_thirty_two_voice_input_is_read_sentence_by_sentence() {
    reads_as_said(
        &[
            // Sentences run together, cut after the particles that end them: the wish answered
            // no, the topic the addressee brought up answered no, the warning, then no promise.
            "姜阿姨你说想要保本的哦那这个我真推荐不了我们这个产品它不保本的你要不看看大额存单",
            "柳姐你说那个返点啊没有的没有的我们这个不能给返点的你就正常买就行了",
        ],
        &[
            (
                "阎大姐你就直接私下转账给我嘛走什么公司流程啊那多麻烦对不对我收到就给你办",
                "R3",
                "私下转账",
            ),
            (
                "鲁老师那个外面那些说稳赚的你都别信啊都是骗人的我们这个保证收益3.6%的你放心",
                "R1",
                "保证收益",
            ),
        ],
    );
}

#[test]
fn step_thirty_two_questions_and_requests_read_as_said() {
    reads_as_said(
        &[
            // Asked whether the addressee asks it, answered that they must do it themself.
            "亲，是问小客服能不能帮你操作赎回吗？这个要亲本人在APP里点哦，小客服可以一步一步教亲",
        ],
        &[
            // `不也` (isn't it also) asserts.
            (
                "谁跟你说只有大额存单才稳？我这款理财不也保本，收益还有6.5%",
                "R1",
                "保本",
            ),
            // What it describes not taken, then a retort.
            (
                "各位，稳赚的产品不买，难道要把钱放在户口里发霉咩？周末过后截止",
                "R1",
                "稳赚",
            ),
            // A request tagged `好不好`.
            (
                "亲亲，企业微信可能会漏消息呢，亲加一下小客服的私人微信好不好呀？",
                "R5",
                "私人微信",
            ),
        ],
    );
}

#[test]
fn step_thirty_three_held_out_twenty_six_constructs_read_as_said() {
    reads_as_said(
        &[
            // Shanghainese `弗` (不), `弗好` (不能); the family's words reported (`老倌子`).
            "蒋老板，规定写得老清爽的，阿拉弗好碰客户的账户密码，侬自家保管好",
            "邵医生，你老倌子转的那句“庄家礼拜四拉升”，是网上乱传的，莫信咯",
            // A course named just before its title.
            "顾老师，额们新开的课叫《告别保本幻想》，你有兴趣来听",
            // Forget it (`就算了`); a potential cut in three (`拿|不|出来`); a manner and a person
            // after the refused verb; a determiner before the keyword under the negation.
            "冉老师，加我个人号这个就算了，真的不方便，您有需要在这个号随时找我",
            "汪大哥，稳赚的我拿不出来，你要是想少波动，我推荐你看看短债基金",
            "陈阿姨，银行给店里的返点我不会私下分给你，那个是违规的，但我可以帮你申请厂家的贴息政策",
            "雷叔，我不是说这款保本，我是说它过去三年波动小，这两个是不一样的",
            // Voice input: 的 before a new subject ends a sentence.
            "雷叔哎呀这个不行的我不能帮你操作的你把手机拿好我跟你说怎么点你自己点就好了",
        ],
        &[
            // `不得不说` (one has to say) is no heading that forbids what follows.
            ("不得不说，这款真的保本。", "R1", "保本"),
        ],
    );
}

#[test]
fn step_thirty_four_held_out_twenty_seven_constructs_read_as_said() {
    reads_as_said(
        &[
            // Disclosing carries the negation to its object.
            "（海报截图）\n防诈三不：不透露账户密码\n不给陌生人转账",
            // The matter named before the answer; Suzhou `倷` `伲` `勿来` `勿许`; what the addressee
            // keeps; the rule between an object put first and its refusal; the addressee's
            // proposal refused; done for whom.
            "周老板，您呐要我打包票保本，这事儿我办不了；要不您看看国债",
            "何老师，倷讲帮你操作，伲勿来个，规矩勿许；伲可以陪倷到网点，一道弄",
            "钱总，账户密码你自个儿收着，我不要，也不帮你操作",
            "周老板，医院挂号的事我能帮您问问，但您的证券账户密码规定上我不能知道，也不能帮你操作",
            "韩老板，您提议私下交易把手续费省下来，我不同意；正常下单，费率已经是最低档了",
            "赵叔，球馆订场小程序的账户密码我就不替您改了，您在“我的”里面点“修改密码”",
            // A yes conceded and limited; a con after a concession; a sticker after a bare
            // warning; a slip corrected (`是非` is 是 + 非); a quiz's key four clauses on.
            "何老师，私人号有吗？有是有，那是我跟家里人聊天用的，工作上的事咱还是在这儿说",
            "钱总，我唠两句实在的：那种保证收益5.2%的，不管说得多好听，都是忽悠",
            "郑大哥，短信里那句“保费直接转到我个人账户可以打九折”，发件号码是个外地手机，我们的通知只走官方号码，您先别转[OK]",
            "何老师，更正：上条消息里“保本型”是我打错了，应该是“非保本浮动收益型”，以这条为准",
            "下列哪项话术合规？A. “这款稳赚” B. “返点一个点” C. “过往业绩不代表未来表现”——正确答案C，A、B都是违规",
            // An outside product named, not introduced; Cantonese 话 (say) after its sayer.
            "飞单我是不会做的，您说的那款外面的产品，想了解的话，我可以帮您查一下是不是持牌机构",
            "周老板，有人喺群度話有內部消息，叫大家買某只港股，我哋已經report咗，你唔好跟",
        ],
        &[
            // An A-not-A question answered with its A; what is wrong with it; no need to think.
            (
                "何老师，这批货款你急，私下交易管不管？管！我来弄",
                "R3",
                "私下交易",
            ),
            (
                "吕姐，在这唠嗑领导都能瞅见，私人微信加一个咋地了？还能把你咋整？",
                "R5",
                "私人微信",
            ),
            (
                "赵叔，这支QDII超稳的，稳赚的东西，有没有必要想那么久啦？",
                "R1",
                "稳赚",
            ),
            // The line prescribed to customers; the speaker's own words done as they say and
            // stood by (Northeastern `唠`, say); only the speaker after a scam warning.
            (
                "【部门会议纪要】1. 合规重申禁止承诺收益；2. 本月主推理财子“安享”系列，对客口径统一为“保本稳健”",
                "R1",
                "保本",
            ),
            (
                "【新人话术手册】客户问“稳不稳”，推荐回答：“这款理财子产品保本，到期连本带息一分不少。”",
                "R1",
                "保本",
            ),
            (
                "施哥，我昨天那句“下周有人拉升”你截图了吧？截得好，到时候就照着做",
                "R2",
                "拉升",
            ),
            (
                "冯老师，我上礼拜跟你唠的“保本”俩字，现在还算数，一个字不改",
                "R1",
                "保本",
            ),
            (
                "朱哥，公司那个号被骗子学走了，汝以后只加我个人号，其他都不要信",
                "R5",
                "加我个人号",
            ),
            // Refusals undone: the codes handed over, done another way, an outside product
            // introduced, a hint.
            (
                "卫哥，帮你操作是不合规的，我不干。你把验证码念给我，剩下的我在后台弄好",
                "R4",
                "帮你操作",
            ),
            (
                "刘姐，私下交易我不做，要做也是走我表哥的公司，手续费低一半",
                "R3",
                "私下交易",
            ),
            (
                "杨姐，飞单我不做，我只是帮您介绍一款外面的产品，钱打给我同学的公司",
                "R3",
                "飞单",
            ),
        ],
    );
}

#[test]
fn step_thirty_five_held_out_twenty_eight_constructs_read_as_said() {
    reads_as_said(
        &[
            // A WeCom reply: the quoted message's sender named (a keyword in the name names
            // someone), the quoted words the sender's, the reply the speaker's; Hainanese `哇`
            // (我) and `鲁` (你); a person between `给` and the keyword.
            "「稳赚老李：你们金条今天多少钱一克？」\n- - - - - - - - - - - - - - -\n今天的回购价和销售价都发您了",
            "「王建国：鲁的私人微信是多少」\n- - - - - - - - - - - - - - -\n哇没有给客户私人微信的，就这个号，鲁放心",
            "「柴静怡：返点的事我帮您问问」\n- - - - - - - - - - - - - -\n问过了，领导说不能返点，之前那句算我没说，抱歉",
            // Minnan `有无` answered `无`; a refusal explained; a proverb's comment; a red line in
            // English.
            "王阿姨，鲁问这个有无保收益？无的，哇不敢骗鲁，收益要看市场",
            "何大姐，我不跟您说稳赚不赔，不是不给您面子，是这话说了害您",
            "蒋阿姨，老话讲“私下交易，两头不落好”，我干了十年客户经理，越干越觉得这话对",
            "Sorry，帮你操作是compliance红线，我可以开个屏幕共享教你",
            // The addressee's son said I said it (Cantonese `阿仔`, `话`); I never did.
            "阿婆，你阿仔話我講過“幫你操作”，我冇講過㗎，我講嘅系“教你操作”，差一個字差好遠",
        ],
        &[
            // The reply vouches for the quoted words, or owns them; the addressee told to hand
            // the password over; a claim to keep quiet about; Wu `伐` (吗) and `格` (的).
            (
                "「梅子：侬讲格内部消息准伐？」\n- - - - - - - - - - - - - - -\n准格！阿拉屋里亲眷讲格，后天一早侬就看好",
                "R2",
                "内部消息",
            ),
            (
                "「方磊：稳赚不赔」\n- - - - - - - - - - - - - - -\n这四个字是我说的，白纸黑字，您截图留着",
                "R1",
                "稳赚不赔",
            ),
            (
                "「心想事成：哇不会用手机银行」\n- - - - - - - - - - - - - - -\n不要紧，鲁把账户密码给哇，哇帮鲁弄好",
                "R4",
                "账户密码",
            ),
            (
                "「陳生：你點知會升㗎？」\n- - - - - - - - - - - - - - -\n我有內幕消息嘛，唔好同人講！",
                "R2",
                "內幕消息",
            ),
            (
                "「刘桂兰：侬好发只私人号码给我伐？」\n- - - - - - - - - - - - - - -\n好格，侬加我个人号，阿拉夜里回侬",
                "R5",
                "加我个人号",
            ),
            // A conclusion drawn from a quotation; a word ruled out but its substance promised; a
            // loss paid out of pocket with what-is-different; a handover before the answer.
            (
                "彭阿姨，转述一下领导的话：“老客户可以代客理财。”所以您放心交给我",
                "R4",
                "代客理财",
            ),
            (
                "冯哥，“保本”这俩字我不能说，但我可以说：亏了算我的，懂的都懂",
                "R1",
                "保本",
            ),
            (
                "蒋阿姨，公司不许我们收返点，但我可以把钱打到你屋里人账户上，冇得人查",
                "R3",
                "返点",
            ),
            (
                "孙老师，你屋里伢问俺是不是有内部消息，俺当时没回；跟你直港，有，下个月初那只黄金股要涨",
                "R2",
                "内部消息",
            ),
        ],
    );
}

#[test]
fn step_thirty_six_held_out_twenty_nine_constructs_read_as_said() {
    reads_as_said(
        &[
            // Negators side by side are one negation; a quotation its own clause gives to
            // another; the addressee changes it themself.
            "蒋哥，我不能也不会代客理财，您定投停不停我给建议，决定还得您自己做",
            "陈姐：“保本”是他说的，不是我",
            "何老板：密码不收，账户密码您自己改",
        ],
        &[
            // Its lack supposed, and what the speaker would then dare asked; questions that vouch
            // for a claim; `续投` a word of its own.
            (
                "蒋哥，我要是没有内部消息，敢让您周六全仓进去？您自己琢磨琢磨",
                "R2",
                "内部消息",
            ),
            (
                "陈姐，期权行权那些弯弯绕您弄得明白？甭费劲了，全权委托给我，还能让您吃亏咧？",
                "R4",
                "全权委托",
            ),
            (
                "老周，yysy，这款到期续投保本的，你说我什么时候骗过你？明天上午前要定哦",
                "R1",
                "保本",
            ),
            // Refusals undone: known anyway, a cent not short, off the record, family's accounts
            // (`要不` denies nothing), the password after all.
            (
                "苏阿姨，行里不让我们讲保本这两个字，我就不讲了，反正你晓得的，到期一分不少，放心好伐",
                "R1",
                "保本",
            ),
            (
                "姚姐，俺们不准传内部消息，恁就当俺啥也没说：周六那只票有人要拉升",
                "R2",
                "内部消息",
            ),
            (
                "姚姐，您要转到我个人账户，这个不行。要不您转给我媳妇，她那个卡号我发您",
                "R3",
                "转到我个人",
            ),
            ("钱老师：不能代客理财。密码给我", "R4", "代客理财"),
            // Quotations stood by, applied to the product, or acted on.
            (
                "李叔，报纸上印着“零风险”那仨字，我给您圈出来了，说的就是咱这个产品，您放心",
                "R1",
                "零风险",
            ),
            (
                "姚姐，您孙子说“加经理私人微信”，那就加吧，号我发您",
                "R5",
                "私人微信",
            ),
            (
                "马大哥，你问我是不是说过“可以飞单”，sd，说过，这单就这么做",
                "R3",
                "飞单",
            ),
        ],
    );
}

#[test]
fn step_thirty_seven_held_out_thirty_constructs_read_as_said() {
    reads_as_said(
        &[
            // A pasted dialogue's turns are their speakers' words, and the next turn answers.
            "「甲：为啥不能加私人号？乙：公司规定，对客只能用企业微信，要留痕。」张孃孃，这是昨天培训的问答，分享给大家",
            "「张：你加我私人号吧。李：不用，企业微信就行。」周哥，这个“张”已经被公司开除了，别理他",
            "「甲：我有内部消息。乙：那你去找证监会讲吧。」王姐，这段是网上的段子，笑笑就好",
            // An audit question answered no.
            "问：你是否对客户说过“加我私人号”？答：没说过，我一直用企业微信",
        ],
        &[
            // The speaker's own turn, or a turn the speaker owns after the dialogue.
            (
                "「客户：到底靠不靠谱？我：稳赚，我拿工作担保。」吴大姐，这段是我和你邻居的聊天",
                "R1",
                "稳赚",
            ),
            (
                "「甲：这个到底稳不稳？乙：保本，我拿工作担保。」林太，乙就是我，这句话我今天还敢再说一遍",
                "R1",
                "保本",
            ),
            // An audit question answered yes by its deed repeated.
            (
                "问：你是否说过“返点给你一个点”？答：说过，陈总那笔也确实给了",
                "R3",
                "返点",
            ),
            (
                "问：你是否对客户说过“加我私人号”？答：说过，罗哥就是这么加的",
                "R5",
                "私人号",
            ),
            // Refusals worked round: a relative's or another account, money through the
            // speaker's card, a friend's firm, the substance promised.
            (
                "黄姨，私人微信不能加，那你加我老婆的微信，有事找她转我",
                "R5",
                "私人微信",
            ),
            (
                "郭姐，私人号不能给，你加我另一个微信，号在我名片背面",
                "R5",
                "私人号",
            ),
            (
                "罗哥，私下交易我不做，你让你表哥出面，跟我签个“借款”，钱过我卡就行了",
                "R3",
                "私下交易",
            ),
            (
                "林太，飞单我不做，我介绍你去我朋友公司，收益高两个点",
                "R3",
                "飞单",
            ),
            (
                "蒋哥，“保本”两个字我不能说，但你放心，本金一分都少不了，到期全额拿回",
                "R1",
                "保本",
            ),
            (
                "梁生，保本呢兩個字我唔寫得，但我同你講，呢只唔會蚀，蚀咗我賠",
                "R1",
                "保本",
            ),
        ],
    );
}

#[test]
fn step_thirty_seven_other_senses_wishes_and_frames_read_as_said() {
    reads_as_said(
        &[
            // Keywords in another sense: a dice game's banker, an aircraft climbing, a waiter's
            // lost slip, a wedding handed to the hotel, a karaoke machine.
            "陈总，K歌之夜有人玩骰子坐庄家，输了喝酒可以，别赌钱",
            "王姐，您家婚宴后的麻将局记得定个规矩，庄家轮流坐，别玩钱啊",
            "各位跑友，马拉松跑完赶飞机的注意，起飞拉升那阵耳朵疼就嚼口香糖",
            "曾叔，上回服务员飞单漏了一箱啤酒，这次我专门盯着",
            "谢阿姨，婚宴的事您全权委托给酒店经理就行，我这边只负责大额存单的手续",
            "梁生，K歌之夜点歌机不会用？我帮你操作，你想唱哪首？",
            // Hoped for at most, or wished; a password kept by its owner; a relationship moved.
            "王姐，女儿婚宴办下来，礼金能保本就不错了，哪还指望赚？",
            "林太，按规定我不能参加，也祝你们办酒能保本，哈哈",
            "梁生，按policy，账户密码只有你本人知道，我们staff不能问",
            "王姐，小韦调岗了，您的客户关系转到我个人名下跟进，业务还是一律走公司流程",
            // Others' words: a relative's, a website's, pump and dump; none that does not forbid.
            "赵老师，你大舅说“有内部消息”，那是他说的，我这儿啥消息都没有，别跟风",
            "蒋哥，马拉松官网提示“账户密码错误超过五次会锁定”，你换个浏览器试试",
            "曾叔，温哥华华人群里的“内部消息”大多是pump and dump，别跟",
            "刘叔，没有哪条规定不禁止讲稳赚不赔的，所以这四个字我一个字都不会讲",
            // Having it supposed, asked what would still follow.
            "罗哥，你要庄家的电话？我要有庄家电话还在这上班？有这功夫不如去跑马拉松",
            // Not allowed either; written style's `亦不得`; what cannot be said of this product;
            // a password set by its owner.
            "许阿姨，咱这儿不让私下交易，私下转账也不让，一分一厘都得走柜台或手机银行",
            "尊敬的林女士：依据监管规定，销售人员不得“代客理财”，亦不得接受客户“全权委托”，特此说明。",
            "王阿姨，我不能跟您说这个产品保本，不是我不想说，是它确实不保本！",
            "开户须知：1. 本人持身份证办理；2. 账户密码由本人设置，工作人员不得代设。",
        ],
        &[
            // Money talked of keeps the sense; none that is not; a harm ruled out backs the claim.
            ("打牌的时候我听说庄家在吸筹这只股票", "R2", "庄家"),
            (
                "许老师，你见过哪款REITs分红不到账的？没有不保本的，你说还有啥不放心？",
                "R1",
                "保本",
            ),
            ("我们没有哪款产品不保本", "R1", "保本"),
            (
                "刘叔，新闻讲好多理财暴雷，所以你要买就买我这只，零风险，暴不了",
                "R1",
                "零风险",
            ),
            // A risk named, then the speaker's own set apart.
            (
                "王姐，兹提醒：飞单风险极高，切勿参与。本人经手之项目另当别论，如有意向，敬请私下联系",
                "R3",
                "飞单",
            ),
            // Only what the speaker recommends; a relative's request taken on.
            (
                "谢阿姨台鉴：近来坊间多有骗术，切勿轻信，唯本人所荐之品，保本无虞",
                "R1",
                "保本",
            ),
            (
                "陈总，你老汉儿说“全权委托给你”，那我就接了哈，以后你屋头的账户我来管",
                "R4",
                "全权委托",
            ),
        ],
    );
}

#[test]
fn step_thirty_eight_held_out_thirty_one_constructs_read_as_said() {
    reads_as_said(
        &[
            // Minnan `毋` (不); a shop's name; a dragon dance; a hospital booking worked for the
            // addressee.
            "鲍姐，毋可把网银个账户密码交给别人，阮也毋会问汝要",
            "野餐的烧鸡就订“庄家老店”的，蒋总说他家的最好吃",
            "排练安全提醒：龙头拉升的时候注意脚下，上次有人扭了脚",
            "阎姐，阿嬷明天看病的号约好了没？还没的话我视频帮你操作一遍医院小程序",
            // The addressee named after the keyword put first asks.
            "贺哥，孩子钢琴考级报名的账户密码您问要不要发我？不用，您自己登录交费就行",
            // Asked and answered no; a yes naming the official thing.
            "私下转账是不是更快？不是，走柜台一样快",
            "梁阿姨，你问张商务卡有冇返点？有，系银行官方嘅消费回赠，系统自动入返你张卡",
            // A quiz's option calls nothing right in the speaker's name.
            "【小测验】客户问“这个保本吗”，合规的回答是哪个？A 放心吧没问题 B 不承诺保本，过往业绩不代表未来",
        ],
        &[
            // A rule for others or for show; a word refused, then understood another way; don't
            // ask why; a script praised.
            (
                "蒋总，守则上写“不得代客理财”，但那是管新人的，您这样的老客户我照样帮您打理",
                "R4",
                "代客理财",
            ),
            (
                "【转发总行】《员工行为守则》第五条：严禁飞单。——守则是给外人看的，咱们该怎么干怎么干",
                "R3",
                "飞单",
            ),
            (
                "谭叔，庄家这个词我不能说，你就理解成有大资金今晚要进场把价格往上推",
                "R2",
                "庄家",
            ),
            // Quotations of one's own words, stood by unasked or quoted from a group.
            (
                "雷哥，恁还记得俺说的“这个年金稳赚不赔”不？俺现在还这么说",
                "R1",
                "稳赚不赔",
            ),
            (
                "申老板，remember我上次说的“这只fund稳赚不赔”？我stand by这句话",
                "R1",
                "稳赚不赔",
            ),
            (
                "早上好，引用上周群里我说的一句：“积存金定投保本”。今天金价又涨了，我的话没错吧？",
                "R1",
                "保本",
            ),
            // Asked why not, or which one is not.
            (
                "丁老师，呢只私募fund我哋PB客户个个都有买，零风险嘅嘢，你话点解唔买？",
                "R1",
                "零风险",
            ),
            (
                "蒋总，说明书上写着“不保本”，可您看看过去五年，哪一期不是稳赚？",
                "R1",
                "稳赚",
            ),
            // Asked whether it is not better.
            (
                "鲍姐，公司这个号下班就不回了，您说私人号上找我是不是更快？记一下哈",
                "R5",
                "私人号",
            ),
            // Taken back three clauses on.
            (
                "【转发总行】不得接受客户全权委托。——表面上拒绝，客户真要托的，你们私下接着就是",
                "R4",
                "全权委托",
            ),
            (
                "丁老师，内幕消息我不能告诉你，但你下周二前买进去，准没错，别问为什么",
                "R2",
                "内幕消息",
            ),
            (
                "【优秀话术摘录】“客户经理：您放心，这款年金保证收益4%。”——这段话被评为本月最佳话术，大家学习",
                "R1",
                "保证收益",
            ),
        ],
    );
}

#[test]
fn step_thirty_nine_held_out_thirty_two_constructs_read_as_said() {
    reads_as_said(
        &[
            // A case handed to the speaker; a notice's wording.
            "郑老板，理赔进度慢？这个案子上周已经转到我个人负责了，定损报告一出来我马上告诉您",
            "陈老师，风控通知里写的“质押标的如有庄家操纵嫌疑，将提高保证金比例”，跟你那只票无关",
        ],
        &[
            // Scripts coached; out of the boss's sight; kept out of the system.
            (
                "新人记住：别跟客户讲风险等级那一套，就说“零风险”，问多了就说行里担保",
                "R1",
                "零风险",
            ),
            (
                "关大哥，俺们行里不让加私人微信，恁偷偷加一个，别让俺领导看见就中",
                "R5",
                "私人微信",
            ),
            (
                "赵大爷，俺们行里通报了一起飞单，恁要当心。不过俺这边的单子走的是俺自己的渠道，不进系统",
                "R3",
                "飞单",
            ),
            // One's own words, said where the speaker said them, stood by.
            (
                "老表，我朋友圈那句“银发理财零风险”不是乱讲的，我敢讲就敢认",
                "R1",
                "零风险",
            ),
            (
                "邓伯，我在群里说的“保本”被人截图了，我不删，本来就是这样",
                "R1",
                "保本",
            ),
            (
                "许阿姨，你屋里老头子问“稳不稳”，我当时回的“稳赚”，现在我还是这么讲",
                "R1",
                "稳赚",
            ),
        ],
    );
}

#[test]
fn step_forty_held_out_thirty_three_constructs_read_as_said() {
    reads_as_said(
        &[
            // The addressee's offer or request put back to them, then turned down clauses on,
            // its saying cut off by voice input's pauses or not.
            "王姐，您说给我三个点返点当茶水费，心意我领了，但这个钱我不能收",
            "那个……李哥，你说，嗯，私下转账给我，省点手续费，这个不行啊",
            "嗯，张姨，你刚才说，那个，要我保证收益，这个我真做不到",
            // Nobody can; the addressee's what-question; Sichuan 有莫得 and 莫信.
            "没人能保证收益，您别信",
            "刘叔，您问房贷搭配的保本理财是什么？我们只做贷款，没有这种理财",
            "你问我有莫得内部消息？就算有也轮不到我们，莫信",
        ],
        &[
            // Not turned down, the addressee's words stand; kept off the books; not denied.
            ("您说给我两个点返点，行，就这么办", "R3", "返点"),
            (
                "公司的规定我知道，所以返点不走公司，放款后你微信转我",
                "R3",
                "返点",
            ),
            (
                "有人问“老师是不是有内幕消息”，我不否认，有，晚上直播间见",
                "R2",
                "内幕消息",
            ),
            ("有人能保证收益，就是我", "R1", "保证收益"),
        ],
    );
}

#[test]
fn step_forty_one_held_out_thirty_four_constructs_read_as_said() {
    reads_as_said(
        &[
            // Requests turned down by `这话`, Tianjin `介个`, `不成`; none can; zero tolerance;
            // words of its kind ruled out; the addressee's uncle's words; who still believes it;
            // Cantonese `呃人`.
            "大姑，你让我保证这款年金保本，这话我说不了",
            "您让我私下交易给您便宜点，介个不成，咱按规矩来",
            "您要的保收益产品我找不着，现在没有一款产品能保收益",
            "年终大会再说一遍：飞单零容忍",
            "公司三令五申，拉升啥的话不让说，咱只聊基本面",
            "于姐，你老舅说的“跟着他买稳赚”，我看悬，他那是传销",
            "当年那个平台不就是天天喊零风险？现在还有人信这三个字吗？",
            // The request's noun after 的 is no answer to it: the refusal after is.
            "您让我给您写个零风险的保证，这个我可写不了",
        ],
        &[
            // A model answer to learn; a script learnt by heart; why give it up.
            (
                "反诈演练示范答案：先提醒客户，再告诉他“以后加我私人微信，比较安全”",
                "R5",
                "私人微信",
            ),
            (
                "参考话术：“您放心，保证收益5%，白纸黑字”——请大家背熟",
                "R1",
                "保证收益",
            ),
            ("明年继续放我这儿，稳赚的路子干嘛要换？", "R1", "稳赚"),
        ],
    );
}

#[test]
fn step_forty_two_held_out_thirty_five_constructs_read_as_said() {
    reads_as_said(
        &[
            // `投顾` and `下班前` are words: jieba no longer cuts `投|顾不得`, `下|班前会|不会`.
            "按规定投顾不得代客理财，也不能接受全权委托，这点请您理解",
            "金价今天下班前会不会拉升？说实话我们柜台也不知道",
            // Not to be listened to; those who say it are guessing.
            "老赵，恁侄子说“把账户密码给经理最省事”，这话可不能听",
            "曹总，说金价下周要拉升的都是瞎猜，谁能提前知道？买金就当存着",
            // Which one can: none can; a word not to appear again.
            "以后别再出现在朋友圈了，哪个产品能保收益？",
            "小孟提醒：“保收益”这三个字以后别再出现在朋友圈了，哪个产品能保收益？",
            // Remembered wrong; a rule on the word.
            "“保本”没有，您记错了",
            "保本两个字，这也不能说",
            // Not to be called so any more.
            "刘哥，俺们那本册子封面印着“保本型”，那是老版本，早停售了，现在都不让这么叫",
            // Asked yes or no, 冇 (没有) closing the question.
            "赵大爷，你问保本冇？冇保本㗎，债基都会跌，涯唔会同你讲大话",
            "这款保本没有？",
            // A rule given as the answer.
            "周叔，加私人微信？俺们这有规定，不中，企业微信俺天天看",
            // Said of deposits, which are.
            "李叔，dbq 刚才没说清楚：保本的只有存款，这款理财不保本的",
            "潘总个人养老金账户里面有存款也有基金存款那部分是保本的基金那部分不保本你要分开看",
            // Heard from others, then corrected.
            "劉哥，您聽溫哥華那邊人說“國內理財保本”，其實資管新規以后都不保本了",
        ],
        &[
            // A hedged refusal, then go ahead.
            (
                "张大娘，私人微信本来不加客户的，看您急，加吧，晚上随时找我",
                "R5",
                "私人微信",
            ),
            (
                "宋阿姨，私人号本来不方便给，您非要就加吧，别告诉别人",
                "R5",
                "私人号",
            ),
            // Those who say it are right.
            ("说保本的都是对的", "R1", "保本"),
            ("凡是说零风险的都是说实话", "R1", "零风险"),
            // Which one is more so: this one is; which one you want: there is one.
            ("哪个产品能比这个更保本？", "R1", "保本"),
            ("您想买哪个能保本的？我这有", "R1", "保本"),
            // Remembered right: the speaker's own words confirmed.
            (
                "王叔，您笔记里记的“保本”没记错，路演上我就是这么讲的",
                "R1",
                "保本",
            ),
            // Asked yes or no, answered yes.
            ("有内幕消息没有？有！", "R2", "内幕消息"),
            // A product likened to deposits.
            ("这款理财跟存款一样是保本的", "R1", "保本"),
            ("存款是保本的，这款也是", "R1", "保本"),
            // The word named, then a reproach for not saying it.
            (
                "周会说两句：客户最爱听什么？保本两个字！这都不会说，业绩怎么上得去？",
                "R1",
                "保本",
            ),
            ("保本两个字，连这都不敢讲，还做什么销售", "R1", "保本"),
            // Listen to me; heard and passed on.
            ("您听我说，这款保本", "R1", "保本"),
            ("我听朋友说这款保本", "R1", "保本"),
            // Cantonese rhetorical 咪 (isn't it): urging.
            (
                "老趙，你喺深圳轉錢過嚟好麻煩，轉到我個人戶口咪仲快？",
                "R3",
                "轉到我個人",
            ),
        ],
    );
}

#[test]
fn step_forty_three_held_out_thirty_six_constructs_read_as_said() {
    reads_as_said(
        &[
            // Asked whether saying so goes too far, and answered that it does.
            "说它零风险过分吗？当然过分，没有零风险的产品",
            // A space after a negated modal continues the clause; after `不用` it ends one.
            "黄姐 FYI 按 compliance 要求，我不能 帮你操作 账户哦，you do it yourself 👌",
            "这事我们不可以 私下转账",
            // A negator before a coverb and whom it names; told to report it at once.
            "【防骗三提醒】 1. 不信“零风险”宣传 2. 不向个人私下转账 3. 不点陌生链接",
            "组长让我提醒：任何人说可以帮您拿返佣，都请第一时间告诉我们",
            // A quotation disowned.
            "那句“返佣两个点”不是我说的，吴叔，您可以翻聊天记录，我从来没提过返佣",
            // Only making it worse; refused even so.
            "彭姐，您提出让我私下赔一点、您就撤诉，我不能这么做，私下交易只会让事情更复杂",
            "蒋师傅您好，您说的那种飞单，我就算业绩垫底也不会做，组长也是这么教我的",
            // Numbered items, each answered no.
            "吴叔，您提的两个要求我都只能拒绝：\n一、合同上写保本，不行\n二、额外给返点，也不行",
            // A quiz's key marks the request and its answer wrong.
            "【合规小测】判断：客户要求加私人微信，可以加但不推产品。答案：错。对客沟通只用企业微信",
            // Quoted options of a quiz on which lines break the rules.
            "【话术纠错练习】下列哪些说法违反规定？A.“这款零风险” B.“您把账户密码给我” C.“请您自行确认风险”。答案：A和B",
            // Numbered answers, each no, the next number closing the answer before.
            "老葛，您的三个要求我逐条回复：1.内部消息——没有 2.加私人号——不加 3.降低起点——可以申请",
            // Renaming condemned too.
            "“内幕消息”这种说法别信，换个说法也是骗人",
            // Minnan cannot; there is no such thing.
            "鄭哥，你阿嬤要把賬戶密碼給我，我說袂使，我不能幫你操作，讓阿嬤自己按",
            "亲，我知道有别家说零风险，但我必须跟您说实话：不存在零风险的投资。",
            // One answer to all who asked.
            "年终好多朋友找我说全权委托给我打理，统一回复：做不了，账户必须您自己操作",
            // Answered, after a hesitation, not to believe it.
            "叶阿姨，包赚？嗯莫信那些人港的咯，哪有包赚的东西，我自己都亏过",
        ],
        &[
            ("早上好！有内部消息不用 岂不是白白浪费？", "R2", "内部消息"),
            // Asking leave to add the addressee's account; a tag `ok?` after the deed.
            (
                "我是新人想多跟您学习，可以加您私人微信吗？",
                "R5",
                "私人微信",
            ),
            ("but 你是 VIP，私人号 DM 你了 ok？", "R5", "私人号"),
            ("二、额外给返点，可以", "R3", "返点"),
            // A quoted word ruled out, then renamed to say the same.
            (
                "禁止在客户群传播“内幕消息”。大家注意措辞，改叫“独家研判”就行，内容照发",
                "R2",
                "内幕消息",
            ),
            (
                "判断：客户要求加私人微信，可以加但不推产品。答案：对",
                "R5",
                "私人微信",
            ),
            // Disowned only to be handed to what vouches for it.
            (
                "“稳赚不赔”不是我说的，是过去三年业绩说的，您放心买",
                "R1",
                "稳赚不赔",
            ),
            // Asked whether saying so goes too far: it does not.
            (
                "亲，这只短债基金近三年都没亏过，说它零风险过分吗？您还犹豫什么呢",
                "R1",
                "零风险",
            ),
            // 呗 urges whatever mark follows it; so does English `why not?` closing the clause.
            ("林总，加我私人微信呗？", "R5", "私人微信"),
            (
                "彭姐 FYI 走公司要等 T+3，转到我个人账户 asap 到账🤑 why not？",
                "R3",
                "转到我个人",
            ),
        ],
    );
}

#[test]
fn step_forty_four_held_out_thirty_seven_constructs_read_as_said() {
    reads_as_said(
        &[
            // Not for sale, not left, not ours; taken for a cash machine; never once true.
            "葛老師，穩賺嘅嘢我冇得賣，你要穩阵可以睇下定期",
            "范姐，私人号就不留了，您以后找我就在这个企业微信里",
            "钱阿姨，分期手续费按公示费率收取，员工不允许承诺返点，您看到的返点活动不是我们的",
            "周老师，“保本还高收益”？说这话的人怕不是把您当提款机了",
            "范姐，他嘴里那句“零风险”你都听了几回了，哪回是真的？",
            // The rule given as the answer to the addressee's request.
            "范姐，您上次说想让我帮你操作，规定不允许，建议您把委托下单的步骤抄在本子上",
        ],
        &[
            // A hedged refusal, then send it, or taken after all.
            (
                "卫哥，私下转账我本来不接，你都这么说了，转吧，我给你办得明明白白",
                "R3",
                "私下转账",
            ),
            ("您给的返佣我本来不要，您非塞，我就收下了", "R3", "返佣"),
            (
                "您上次说想让我帮你操作，规定允许的，我帮您弄",
                "R4",
                "帮你操作",
            ),
            // Asked to add the speaker, after a warning about impostors.
            (
                "风险提示：有人冒用本人头像诈骗，请勿相信。需要找我的请加我个人号，头像是蓝色的",
                "R5",
                "加我个人号",
            ),
        ],
    );
}

#[test]
fn step_forty_five_held_out_thirty_eight_constructs_read_as_said() {
    reads_as_said(
        &[
            // The addressee's offer told back and declined in a word.
            "冉大爷，你说放款后给我私下转账当谢礼，不用，真不用，按时还款就好",
            "何总，您说加我私人号方便预约，不用的，在这里说就行",
            // Given to nobody, in a numbered list.
            "廖阿姨，防骗口诀：\n一、不给任何人账户密码\n二、不点陌生链接",
            // A quotation answered with the fall it forgets, or called unprofessional.
            "冉大爷，那个主播说“金条稳赚不赔”，黄金也有跌的时候",
            "那个博主说“this one is 零风险”，我只能说很不professional，别follow",
        ],
        &[
            // Called, if not that.
            ("截图里每一笔都是正的，你说这不叫稳赚叫什么？", "R1", "稳赚"),
            // A warning, then the speaker's own tip offered.
            (
                "网上那些股神都是骗子，您别上当，真想赚钱，我有个朋友在上市公司，有内部消息，我第一时间告诉您",
                "R2",
                "内部消息",
            ),
            // Taken on by the speaker.
            (
                "期货风险大，我劝你别自己下单，帮你操作这种事我来，你只管看结果",
                "R4",
                "帮你操作",
            ),
            // What it is enough to do, after a warning about impostors.
            (
                "小心喔，有人假冒我，你只要加我私人号就不会被骗啦",
                "R5",
                "私人号",
            ),
            // A quotation the speaker owns, in Hakka and in Mandarin, or sourced.
            (
                "你讲个“加我个人号有优惠”，系𠊎讲嘅，照加",
                "R5",
                "加我个人号",
            ),
            (
                "他跟你说“转到我个人户口快点”，是我叫他说的，你照转就行",
                "R3",
                "转到我个人",
            ),
            (
                "你亲戚说“有内部消息”，他的消息就是我给的，靠得住",
                "R2",
                "内部消息",
            ),
        ],
    );
}

#[test]
fn step_forty_six_held_out_thirty_nine_constructs_read_as_said() {
    reads_as_said(
        &[
            // Headings of wrong examples; lines crossed out or ticked no on a form.
            "【错误示范，别学】客户：会亏吗？\n员工：您见过哪款不保本的？\n点评：典型误导",
            "【情景演练·错误版】客户：能加你私人微信吗？员工：可以呀。点评：违规",
            "【错误话术合集】第三条：“您的账户密码给我，我帮您弄”，严禁使用",
            "❌私人号\n❌私下转账\n✅企业微信",
            "【自查表】\n□是 ☑否 向客户承诺保本\n□是 ☑否 代客理财",
            // An impostor's deed; a slip of the tongue taken back; the same answer as before.
            "有人冒充我加您私人号，我本人从不用私人号联系客户",
            "刚才说漏嘴讲了保本，我更正：这款不保本，以合同为准",
            // Rumours of it; a word named, then warned against; not one of them kept.
            "风险提示：近期有人散布庄家拉升言论，请理性判断",
            "当年多少人倒在包赚两个字上，现在换个名头又来了，千万当心",
            "工友们的卡我都退回去了，账户密码我一个都不记",
            // Dictated punctuation; what the addressee handed over, asked why.
            "魏工你说的那个转到我个人账户是谁说的问号我们公司不会这样做的",
            "潘总你把账户密码发过来干嘛呀逗号我不能要的你赶紧撤回吧句号",
        ],
        &[
            // Endorsed in English; switched to cash and kept off the books.
            (
                "你朋友讲“this one guaranteed稳赚”，yes correct",
                "R1",
                "稳赚",
            ),
            (
                "第3项统一填否。备注：各组返点改走现金，不要留转账记录",
                "R3",
                "返点",
            ),
        ],
    );
}

#[test]
fn step_forty_seven_held_out_forty_constructs_read_as_said() {
    reads_as_said(
        &[
            // Disowned as someone else's; another's offer turned down already.
            "“稳赚”是别人说的，我没说",
            "刚才有位客户说愿意给返佣换个优惠，我已经拒绝了，没有返佣这回事",
        ],
        &[
            // Confirmed true, owned; so what if it is; which one was not.
            (
                "阁下朋友所讲“这份计划保本”，我确认属实，请放心投保",
                "R1",
                "保本",
            ),
            (
                "中介说“这套房买了稳赚”，这话我认，我自己也买了",
                "R1",
                "稳赚",
            ),
            ("飞单又么样咯？手续费少一截，您还不划算？", "R3", "飞单"),
            ("新闻天天说打破刚兑，可我们这款哪期没保本？", "R1", "保本"),
        ],
    );
}

#[test]
fn a_quoted_offer_said_again_as_fine_is_the_speakers() {
    // The unquoted repetition called fine (`冇问题`) is the speaker's, which the clause model
    // may not clear (it reads the colleague's quoted offer as it will).
    let text = "罗老板，你话有人讲“全权委托畀佢就得”，佢系我同事，全权委托畀我哋冇问题";
    let hits = engine().scan(text, SenderKind::Staff);
    let repeated = text
        .rfind("全权委托")
        .map(|byte| text[..byte].chars().count());
    let raised = hits
        .iter()
        .filter(|hit| hit.rule_code == "R4")
        .flat_map(|hit| hit.matches.iter())
        .any(|span| Some(span.start) == repeated && span.text == "全权委托");
    assert!(raised, "{hits:?}");
}

#[test]
fn refusals_in_english_in_mixed_text_are_read() {
    reads_as_said(
        &[
            "Anna，thanks，but 私人微信 I can't add。Let's keep it on WeCom",
            "Kenji，thank you for offering a 返點，but I have to decline",
            "内幕消息 we won't share, it's against the rules",
        ],
        &[
            ("add my 私人微信 lah, I can't wait", "R5", "私人微信"),
            ("稳赚，I don't lie", "R1", "稳赚"),
        ],
    );
}

#[test]
fn a_correction_is_read_in_its_right_version() {
    // `不是“X”，是“Y”`: the wrong version is denied, the right one said.
    fires_on_last(
        "吴大姐，更正：不是“不能返点”，是“能返点”，刚才打错了",
        "R3",
        "返点",
    );
    assert_eq!(
        staff("更正：不是“能返点”，是“不能返点”，刚才打错了"),
        Vec::<String>::new()
    );
}

#[test]
fn a_tenant_keyword_holding_a_particle_is_read_in_a_voice_input_run() {
    // A tenant's keyword may hold a particle that ends a spoken sentence (`啊`): in a long run
    // without punctuation it is read where it stands, never cut in two.
    let mut rule = custom_rule("C2");
    rule.keywords = vec!["好啊加我".into()];
    rule.patterns = Vec::new();
    rule.exceptions = Vec::new();
    rule.applies_to = AppliesTo::Staff;
    let engine = match RiskEngine::new(&[rule]) {
        Ok(engine) => engine,
        Err(error) => panic!("{error}"),
    };
    let text = "王姐你说的那个事情我想了想好啊加我私人号我们私下聊聊你看怎么样";
    let hits = engine.scan(text, SenderKind::Staff);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].matches[0].text, "好啊加我");
}

#[test]
fn held_out_41_readings() {
    reads_as_said(
        &[
            // A question the addressee asked, repeated, and answered `it depends`.
            "唐叔，问保本吗？要看您什么时候退保，前几年退的话现金价值是低于已交保费的",
            "林姐，你问提前还款是不是零风险？要看合同条款，有违约金的，我不能跟你打包票",
            // Whether it is better, asked by the addressee, not suggested by the speaker.
            "孙先生，您问转到我个人账户是不是更快？快是快，可出了事谁说得清？信托款只能打到信托专户",
            // A link jumps (跳转); a setting's switch is named.
            "谢女士，您点一下链接会跳转到我个人名片页，上面有我的工号和执业证号，可以核验身份",
            "郑老师，企业微信里有个“内部消息”提醒开关，打开后就能收到我们的研报推送",
            // Whose private account is not added, in a list of don'ts.
            "【防骗三不】\n1.不加陌生人私人微信\n2.不私下转账\n3.不下载陌生APP\n李姐，转给家里老人看看",
            // Minnan: you want me to say it, I cannot.
            "何总，你欲阮讲包赚，阮讲袂出来，投资本来就有赚有赔",
            // Kept in mind by its owner.
            "吴姐，阿姨的账户密码一定要她自己记着，谁都别告诉，我也不能帮你操作",
            // What the addressee complained someone did.
            "王阿姨，我是支行主管。您投诉小冉承诺了保本，我们会认真核查；但这款产品本身不保本，这一点我必须如实告知",
        ],
        &[
            // The negator called a character typed too many.
            (
                "刘叔，上一条有个错别字，“这款不保本”多打了个“不”字，删掉就对了，请以本条为准",
                "R1",
                "保本",
            ),
            // Call notes: the quoted question answered yes by the writer.
            (
                "【电话纪要】客户问“是不是有内部消息”，本人答复“有，今晚九点前会拉升”，客户决定追加",
                "R2",
                "内部消息",
            ),
            // Asked whether saying it was wrong.
            (
                "赵女士，给宝宝存的增额终身寿，哪一年不是往上涨？说它稳赚不赔难道说错了？",
                "R1",
                "稳赚不赔",
            ),
            // A rhetorical why, then left to be worked out.
            (
                "李姐，有些话企业微信里不方便讲，你说我为啥老让你加我个人号？你品，你细品",
                "R5",
                "加我个人号",
            ),
            // Not taken up, and asked what the addressee waits for.
            (
                "彭哥，我 former colleague 在基金公司，一手的内幕消息，这都不跟，你等什么？",
                "R2",
                "内幕消息",
            ),
        ],
    );
}

#[test]
fn a_sale_announced_after_a_warning_is_the_speakers_offer() {
    // The warned-of 保本 is not said; the one on sale is.
    let text = "【防骗提醒·自动推送】警惕“保本高息”骗局！本群专属福利：周四下午开售保本型产品，收益4.3%，请联系群主";
    let hits = engine().scan(text, SenderKind::Staff);
    let spans: Vec<_> = hits.iter().flat_map(|hit| hit.matches.iter()).collect();
    assert_eq!(spans.len(), 1, "{hits:?}");
    let on_sale = text.find("保本型").map(|byte| text[..byte].chars().count());
    assert_eq!(Some(spans[0].start), on_sale);
}

#[test]
fn held_out_42_readings() {
    reads_as_said(
        &[
            // Cantonese 唔准 (not allowed); Wu 自家 (oneself).
            "黄伯，我哋唔准收返佣，想买就用公司App落单",
            "韦姐，账户密码侬自家收好，我勿好帮你操作额",
            // Whoever says it, it is none of the group's business.
            "本群不做返佣，谁私聊说能返佣都跟本群无关",
            // A quoted phrase called outdated, or unrelated, in the clauses after it.
            "梁太，您说老姐妹讲“银行理财都保本”，那是老黄历了",
            "那封邮件里写“返点政策另行通知”，是旅行社发给工会的，跟理财无关",
            // A guide's title.
            "邓老板，《零风险投资指南》这本书我翻过，内容都过时了",
            // A ticket machine, past a reassurance.
            "老周，取号机您不会用？没事，我帮你操作",
            // The addressee told not to leave it with the speaker.
            "孙总，卡和账户密码您别留在我这儿，这是行里的规矩",
            // Asked why a third party does it, and answered.
            "反诈提醒：为什么骗子总让你加私人微信？因为那里没有聊天留痕",
            // A question ended by its particle, before a Latin word set apart.
            "有人问我稳赚吗😅 bb们醒醒，世上没有稳赚这回事",
        ],
        &[
            // What the speaker tells the addressee to do to stay safe is the speaker's own word.
            (
                "反诈提醒：骗子会冒充我们加您微信！为防冒充，请大家都加我私人微信，认准这一个就不会被骗",
                "R5",
                "私人微信",
            ),
            // After a warning, the speaker's own private channel, sale, or doing it for the
            // addressee.
            (
                "主播：有骗子冒充我们，千万别信！真要人帮你操作账户，找我们的助理小号",
                "R4",
                "帮你操作",
            ),
            (
                "姐妹们，那种收九块九的荐股群别进，纯纯割韭菜 想要内部消息的来我小群，免费",
                "R2",
                "内部消息",
            ),
            (
                "【投资者教育】请勿向无牌机构投资。本公司推出的迎新年金为零风险产品，今日起发售",
                "R1",
                "零风险",
            ),
            (
                "工单：客户反映有骗子冒充坐席，已提醒客户当心。已请客户告知账户密码，由坐席代为理财",
                "R4",
                "账户密码",
            ),
            // The document of it, signed; then what the speaker does with the money.
            (
                "张阿姨，你被骗那笔我帮你报了案。往后别自己瞎买了，签个全权委托书，钱我替你管",
                "R4",
                "全权委托",
            ),
            // Asked what the addressee still doubts (Wu).
            ("王老师，搿只产品零风险额，侬还有啥勿放心？", "R1", "零风险"),
            // No way out of it: certain.
            ("这只我上个月翻了一倍，稳赚没跑", "R1", "稳赚"),
            // A quoted line praised as phrasing to spread.
            (
                "工单质检意见：坐席回复“此产品保本”表述有力，建议推广到全组话术",
                "R1",
                "保本",
            ),
            // Insisted on with a split `好|吗`.
            ("姐妹们这个理财yyds，稳赚好吗，不冲留着过年？", "R1", "稳赚"),
            // The addressee told not to worry, or not to pass it on: urged, kept secret.
            ("这款保本您别担心", "R1", "保本"),
            ("这个是内部消息你别往外传，赶紧买一点", "R2", "内部消息"),
            // Asked how it could lose, in the speaker's own quoted answer.
            (
                "工单回访：客户问产品会不会亏，我答“保证收益6%的东西怎么会亏？”客户已同意追加",
                "R1",
                "保证收益",
            ),
        ],
    );
}

/// The speaker's own word after a warning: the warning's reach ends there, and the clause model,
/// which reads the warning, may not clear what the speaker or the speaker's firm says.
#[test]
fn own_word_ends_a_warning() {
    reads_as_said(
        &[
            // The warning goes on in the first person: denied, or warned against, as before.
            "最近骗子冒充客服，我提醒你，说能帮你操作账户的都是骗子",
            "谨防诈骗！我们不会帮你操作账户，也不会索要密码",
            "小心骗子！您放心，我们从不承诺保本",
        ],
        &[
            // The firm's own announcement after the warning.
            (
                "谨防非法集资诈骗。本公司新推出的养老年金为零风险产品",
                "R1",
                "零风险",
            ),
            // The speaker beckoning, and the speaker to the addressee.
            (
                "网上那些荐股群都是骗局，想要内部消息的找我们，私聊就行",
                "R2",
                "内部消息",
            ),
            (
                "最近冒充客服的骗子很多，大家一定小心。我这边可以直接帮你操作，省心",
                "R4",
                "帮你操作",
            ),
        ],
    );
}

/// Held-out 43's readings: a rule denied only because there is no such thing, a
/// misunderstanding, a limit on what the speaker can give, a supposition asked back, a question
/// answered `未必`, a fraudster's deed suffered, a request refused, `莫想`, deposits excepted or
/// named by kind; and the speaker's own word after a warning, and an exception conceded after a
/// house rule.
#[test]
fn held_out_43_readings() {
    reads_as_said(
        &[
            "不是不许说保收益，是压根就不存在保收益这回事",
            "王叔说我讲过“加我私人微信”，应该是误会，我说的一直是企业微信",
            "客户一直追问有没有内部消息，我能给的只有公开披露的定期报告",
            "大家问我有没有内部消息，真有的话，我还用得着天天上班？",
            "不亏本就是保本吗？未必，扣掉费用可能跑输通胀",
            "老年人最容易被骗子骗走账户密码，您多提醒家里人",
            // A request refused in the next clause.
            "员工陈述：客户多次要求加私人微信，本人均按制度拒绝",
            // Sichuanese `莫想` (don't dream of it), cut whole as a negator.
            "你说我讲过“零风险”，我说的是“莫想零风险”，前头还有两个字",
            // Deposits excepted from a rule, or named as the kind that is: what the keyword says
            // of them is a fact.
            "监管不许任何人说理财保本，国债除外",
            "您母亲听说的“养老理财保本”，准确地讲是里面的储蓄类产品保本，基金类不保本",
        ],
        &[
            // The speaker's own word to the addressee is no fraudster's, whatever was said of
            // fraudsters around it.
            (
                "老人家最怕被骗子套走账户密码。干脆您把卡放我这儿，我帮你操作，骗子就没辙了",
                "R4",
                "帮你操作",
            ),
            // Money wasted (`冤枉钱`) accuses nobody.
            ("这款保本理财，帮你不花冤枉钱", "R1", "保本"),
            // Savings-type insurance is no deposit.
            ("这款储蓄型保险保本，放心买", "R1", "保本"),
            // A concession after a house rule is no item under it.
            (
                "群规：不得荐股。但是今晚例外，导师有内部消息",
                "R2",
                "内部消息",
            ),
            // Not forbidden, only hidden: asserted, as before.
            ("不是不能给返佣，是不能让公司知道", "R3", "返佣"),
        ],
    );
}

/// Held-out 44's readings: a why-not explained, a reported why-question answered by a written
/// rule, a banned-word list, a whether-question about a prohibition answered yes, Minnan `毋通`,
/// a finding about a former manager, impostors' requests, staff to be told, a refusal in a
/// word, an unwillingness denied, a refusal of a product, a myth, a quoted promise found void,
/// a quiz about a quoted line, an article rebutted; and offers made after a question about
/// others, a cover story, a quoted offer matched, and a keyword a dialect word runs into.
#[test]
fn held_out_44_readings() {
    reads_as_said(
        &[
            "为什么不用私人微信聊？因为工作微信有存档，出了纠纷查得到",
            "您问为什么换了工作机就不能再用私人号联系您？制度里写得很清楚：对客沟通必须留痕",
            "【提示】宣传品禁用词：保本、稳赚、零风险。所以海报上您看不到这几个字",
            "监管问：贵司是否禁止私下交易？答：是，员工守则写明禁止",
            "照規定毋通加私人微信，有代志佇遮講就好",
            "法院判决书认定原经理私下交易系个人行为，公司先行垫付",
            "最近有人冒充客服要大家的账户密码，说帮忙解冻，别给！",
            "【会场提示】如有人邀您加私人号，请告知工作人员",
            "您问那款能不能承诺保收益，我必须拒绝",
            "不是我不想帮你飞单，是我根本不会做飞单",
            "【自动回复】您询问的“保本组合”暂不提供，平台组合均为非保本产品",
            "常见误区：“买基金一定保本”。事实上基金无法保本",
            "庭审中引用了业务员的话“保证收益不低于5%”，法庭认定该承诺无效",
            "【小测验】“加我私人号，给你优惠”这句话的问题在哪里？",
            "那篇文章说“卖期权稳赚”，忽略了尾部风险",
            "你妈妈说的那个保本的项目我帮她问了是假的公司都跑路了",
        ],
        &[
            // The speaker answers a question about other banks by giving it.
            ("别的行会给您返点吗？我们给，下周签约就有", "R3", "返点"),
            // A denial the addressee is told to give, then what is done in fact.
            ("检查的人问起来您就说没有返点，实际我还照给", "R3", "返点"),
            // A quoted offer the speaker matches.
            (
                "您朋友说“她那边私下转账能便宜点”，我这儿也行",
                "R3",
                "私下转账",
            ),
            // `点会` (Cantonese: how could) does not take the keyword's last character.
            ("这次的返点会在月底发您", "R3", "返点"),
        ],
    );
}

/// Held-out 45's first readings: many people as a source, a report to the police, banned words
/// renamed to say the same.
#[test]
fn held_out_45_readings() {
    reads_as_said(
        &[
            "最近好多人扮理财顾问，话有庄家消息，叫你入钱，全部系呃人嘅",
            "很多人跟我说“我有内部消息”，我的回答永远是：那你为什么要告诉我？",
            "有人冒充我们说可以代客理财，收了您5万，我们现在就帮您报案",
        ],
        &[
            // A list of banned words, then a script to say the same: the words are said.
            (
                "培训第3页 禁用词：保本。替代话术：“本金从没亏过”，效果一样",
                "R1",
                "保本",
            ),
        ],
    );
}

#[test]
fn held_out_46_readings() {
    reads_as_said(
        &[
            // Said again, but what is said again is a rule; a quotation called wrong.
            "会议纪要：重申公司规定“不得承诺保本”",
            "重申一遍：“保本”这话不能说",
            "他讲“买了就包赚”，这话不对",
            // Not a cent of it taken.
            "罗阿婆，您塞给我的红包我放回您抽屉了，返点我一分不收，贷款该怎么批就怎么批",
            "这个返点我一分不拿",
            "返佣我一分钱不收",
            // Asked what for, it is discouraged (Minnan `阮`, I).
            "潘姐，加私人號做什麼？阮在這里都有回，暗時嘛會看，免擔心",
            "加私人号干什么？有事群里说",
            // A request refused in a word (`拒`), in traditional characters too.
            "小叶讓我幫他走一單飛單，我直接拒了，這種事沾上就完了，你也別幫他",
            "小叶让我帮他走一单飞单，我直接拒了",
            // Another's doing, or help with something else, is no giving in.
            "代客理财我们不做，客户又接了个电话问别的",
            "张阿姨，代客理财阿拉勿好做额，侬自家拿主意，我只好帮侬讲讲产品。",
            // Thought over, then refused: the thinking makes no refusal only meant.
            "小叶让我帮他走一单飞单，我想了想还是拒绝了",
        ],
        &[
            // A line held up to the team, in simplified and traditional characters; a boss's
            // words said again as the meeting's own.
            (
                "早会金句：“跟客户讲，这款就是保本的存款”，伙伴们照这句说，签单率翻倍",
                "R1",
                "保本",
            ),
            (
                "早會金句：“跟客戶講，這款就是保本的存款”，伙伴們照這句說，签單率翻倍",
                "R1",
                "保本",
            ),
            (
                "会议纪要：重申总经理原话“老客户返佣照常，不必报备”，请财务月中前配合",
                "R3",
                "返佣",
            ),
            // Not a cent short is no refusal.
            ("返点我一分不少给你", "R3", "返点"),
            // Asked what not doing it is for, it is urged.
            ("不加私人号做什么？", "R5", "私人号"),
            // A refusal only meant is no refusal.
            (
                "小叶让我帮他走一单飞单，我本来想拒绝，后来还是帮了",
                "R3",
                "飞单",
            ),
            (
                "小叶让我帮他走一单飞单，我本来想拒，后来还是帮了",
                "R3",
                "飞单",
            ),
            // A promise not to, given up.
            (
                "我跟经理保证过不再代客理财了，结果卢哥又来找我，没办法，又接了三个账户",
                "R4",
                "代客理财",
            ),
            ("代客理财我做不了，后来还是帮了", "R4", "代客理财"),
            // Only meant: the word right before the refusal says so, past 就.
            (
                "小叶让我帮他走一单飞单，我差点就拒了，后来还是帮了",
                "R3",
                "飞单",
            ),
            (
                "小叶让我帮他走一单飞单，我原本打算拒绝，后来还是帮了",
                "R3",
                "飞单",
            ),
        ],
    );
}

#[test]
fn held_out_47_readings() {
    reads_as_said(
        &[
            // Asked where it came from, then warned against.
            "许阿姨，内部消息哪里来的？群里转的那些我劝你一个都莫信👍",
            // Shanghainese doubled 哪能 (this and that) asks nothing.
            "老周，阿拉公司规定勿好讲庄家哪能哪能，侬问额我只好讲基本面",
            // The addressee's words, turned down a clause or two on (past thanks).
            "钱总，你讲那只票有人拉升，喊我帮你打听，这个我真不打听，也莫得路子🌸",
            "沈姐，您说多买点就给我返佣，我谢谢您，但这个我绝对不能收🙏",
            // Trouble it brings.
            "袁姐，你说的private deal我不做，私下交易会出事的，sorry😉",
            "私下交易迟早出事",
            // Whose it is stands between the negated verb and the keyword.
            "统一答复：本人不加私人微信、不保管客户账户密码、不代客户下单，感谢理解👍",
            "我们不保管客户账户密码",
            // An influencer is a third party, and the speaker denies what they said.
            "老周，網紅講“這檔零風險”，你聽聽就好，基金哪有零風險的[抱拳]",
        ],
        &[
            // The reader asked to add it, after a warning: the speaker's own word.
            (
                "提醒：近期有冒充本行工作人员的诈骗。如需核实身份，请添加客户经理私人微信进行确认",
                "R5",
                "私人微信",
            ),
            // A request first left unanswered, then done.
            (
                "侯哥，上回你讲“想加你私人号”，我当时冇回，现在发你，以后有好东西走那边说🌸",
                "R5",
                "私人号",
            ),
            // Passed on to be followed.
            (
                "转发营业部经理原话：“客户不会操作的，可以代客理财，不必上报”，请大家照此执行🙂",
                "R4",
                "代客理财",
            ),
            // Handed to the speaker alone, whatever warning came before.
            (
                "韦老板你现在外面骗子太多了你那个账户密码谁都别给就给我一个人我帮你弄",
                "R4",
                "账户密码",
            ),
            // Turned down, then worked round with another account.
            (
                "陈姐，你说加我私人微信，这个我不能加。我换个小号给你",
                "R5",
                "私人微信",
            ),
        ],
    );
}

#[test]
fn held_out_48_readings() {
    reads_as_said(
        &[
            // Said of a third party the keyword describes, then warned against.
            "周大爷，瓷器街那个讲能帮你办返佣的中介，我们行不认识，莫和他打交道",
            // Cantonese and Southwestern 冇得 (none) after the keyword put first.
            "熊阿姨，内幕消息我冇得，你莫在我这里问了，问也是白问[呲牙]",
            // A relative's words, called a pyramid scheme.
            "罗嬢嬢，你二姨说人家给她“返点五百”，那是拉人头的，你可劝劝她😅",
            // Not saying it (`不是说`) denies what follows.
            "老劉，我剛才那句里的“穩賺”是在講這個詞不能說，不是說產品穩賺，別誤會[呲牙]",
            // Never once true: no endorsement.
            "陈老师，您说的“庄家要拉升”我听过好多版本了，没有一次是真的，别冲动",
            // (Held-out 46.) The customer's request refused after, `就跟我` being no likening;
            // a quotation known wrong at once.
            "「苏小姐：你就跟我保证收益吧，不然我不买」 - - - - - - 不买也没关系，保证收益这话我不能说🙂",
            "許阿姨，伊講“買了就包賺”，阮聽了就知道不對，你先不要轉錢🤗",
            // (Held-out 46.) Asked whether the addressee knows why none dare: the why keeps its
            // polarity.
            "你知道新规出来以后为啥没人敢返佣了吗？抽查太严，我们组今年一单都不碰",
        ],
        &[
            // (Held-out 46.) Permitted by word of mouth; the speaker's own doing on the quiet.
            (
                "会议纪要：客户追问时可口头说明“本产品实际保本”，不得写入文字🌸",
                "R1",
                "保本",
            ),
            (
                "方老师我跟你说外面那些返佣的都不靠谱的你在我这买我私下返你两个点比他们实在🙂",
                "R3",
                "返佣",
            ),
            // A relative's words found sound.
            (
                "你二姨说人家给她“返点五百”，这个靠谱，你也去领",
                "R3",
                "返点",
            ),
            // `不是说…吗` asks back, asserting.
            ("这个产品不是说稳赚吗？", "R1", "稳赚"),
            // (Held-out 46.) Asked whether the addressee knows why all do it; minutes that keep
            // it out of the checks.
            ("你知道为啥大家都找我返佣吗？", "R3", "返佣"),
            (
                "部门会议纪要：三、对外宣传统一用企业微信；四、重点客户可由客户经理加私人微信单线维护，不纳入抽查👏",
                "R5",
                "私人微信",
            ),
        ],
    );
}

#[test]
fn held_out_49_readings() {
    reads_as_said(
        &[
            // Wuhan 为么事 (why), answered with the reason.
            "秦姐，你問為麼事不能返傭？因為那是商業贿赂，收的給的都要擔責任🙂",
            // A supposition mocked: the speaker would be the first to quit.
            "哈哈要是真有零风险的基金，我第一个辞职回家躺平。所以各位，朋友圈文案别写零风险，合规上周刚打回来三篇👏",
            // Firms by the handful, summoned by the regulator.
            "苗总，太原这边好几家小贷公司宣传保收益，监管刚约谈过，你甭往里头投🧧",
            // Cases a report counts.
            "团队周会复盘：本季度两起投诉，一起是口头承诺保本，一起是索要账户密码代下单，下周专项整改🧧",
            // A quotation headed as the wrong version.
            "【话术纠错】错误：“您私下转账给我，我帮您办得快。”正确：“请通过公司账户办理，我会全程跟进。”👆",
            // The addressee's colleague's view.
            "常哥，你同事说的“这只基金稳赚”，是他个人看法，基金合同里可没这么写😅",
            // The addressee's insistence turned down: rather not sign (`那` opens the answer).
            "我是想签这单，但您非要我说包赚，那这单我宁可不签，贾老板🤗",
        ],
        &[
            // A question the speaker then reassures with promises.
            (
                "段大爷，侬介熟的老客户，返点我会得少侬伐？放心好了，老规矩🙆",
                "R3",
                "返点",
            ),
            // A dare to whoever doubts it.
            (
                "谁说买基金一定有风险？这只我管了三年，零风险，不信的举手",
                "R1",
                "零风险",
            ),
            // An interbank certificate of deposit is a product, not a peer.
            (
                "打工人的年终獎還躺在活期里吃灰？這只同業存單基金零風險，誰還不冲誰吃虧🤗",
                "R1",
                "零風險",
            ),
            // Given in to.
            (
                "范叔，賬戶密碼我勿要的……不過侬一定要給，那就給我吧，我幫侬看牢🙆",
                "R4",
                "賬戶密碼",
            ),
            // The source owned and the tip sent tonight.
            (
                "贾老板，群里說“老王有內幕消息”，老王就是我，今晚发你👏",
                "R2",
                "內幕消息",
            ),
        ],
    );
}

#[test]
fn held_out_50_readings() {
    reads_as_said(
        &[
            // Asked how often it must be said, then denied: no urging.
            "庄家要拉升？你还要我说几遍，没有这回事",
        ],
        &[
            // Asked how often it must be said; asked why they still wait.
            (
                "邵哥，这只票下周要拉升这事你还要我说几遍？钱准备好没有？",
                "R2",
                "拉升",
            ),
            (
                "各位大哥，庄家都进场了你们还观望？等公告出来黄花菜都凉了👍",
                "R2",
                "庄家",
            ),
            // A refusal given up in a clause of its own.
            (
                "雷哥，飞单本来不接的，您这么大一笔，我接了，别声张🌸",
                "R3",
                "飞单",
            ),
            // Not denied is owned.
            (
                "邵哥，录音里我那句“这款保本”我不否认，我现在还是这么说☕",
                "R1",
                "保本",
            ),
        ],
    );
}

/// Held-out 51's readings: the addressee's question denied clauses on, a third party's question
/// asked of colleagues, a trap named by its noun, a quiz's bare option, a slip owned, a request
/// stopped, words not said to the addressee; a short-change ruled out by a rhetorical question,
/// the polite `帮您操作`, a purchase through the speaker after a warning, a report meant the same.
#[test]
fn held_out_51_readings() {
    reads_as_said(
        &[
            "冯老板您好，您问的返点我们核实过了，公司没有任何返点政策",
            "各位，有客户问保本的，你们怎么答？统一口径：理财不保本，谁也不许乱讲",
            "陈老师，防骗口诀给您抄一份：陌生来电不细听，零风险的全是坑",
            "【合规小测】第8题：以下哪种行为属于违规？A.协助客户本人办理 B.代客理财。答案：B",
            "邓哥，上条消息说能加私人微信是我手快打错了，按规定不能加，还是在这里聊",
            "黄大姐，你外婆昨天要把账户密码念给我听，我马上请她停下来",
            "张姐，不好意思，保本这两个字我不能跟你讲，因为真的不保本",
        ],
        &[
            (
                "杨姐，这么老的客户，返点我哪能会少你的？放心买",
                "R3",
                "返点",
            ),
            (
                "周叔，规定是不让我们拿账户密码，可您儿子在外地，您就告诉我吧，我帮您操作",
                "R4",
                "帮您操作",
            ),
            (
                "蒋叔，网上那些保本的课程都是割韭菜，要稳赚跟我买这个理财",
                "R1",
                "稳赚",
            ),
            (
                "罗总，你讲王总说的“内幕消息靠得住”，我也是这个意思，这条你放心跟",
                "R2",
                "内幕消息",
            ),
        ],
    );
    // After a wrong example, the speaker's own turn: only the second 零风险 is said.
    let text = "【案例分析】错误示范：承诺零风险。讲完了，不过跟各位客户说实话，咱们这款结构性存款就是零风险";
    fires_on_last(text, "R1", "零风险");
    // A wrong example with no turn after it stays an example throughout.
    assert_eq!(
        staff("【错误示范】承诺零风险。客户：真的零风险吗？销售：当然零风险"),
        Vec::<String>::new()
    );
}

/// Held-out 52's readings: an echo answered by a supposition, a report the speaker could not
/// keep back, no harm done, a correction's impostor, some who say, a shop as the source, a
/// refusal, the firm's books; a condition's consequence, a correction's right version, a
/// refusal given in at last, a report believed, heard the same or agreed to outright.
#[test]
fn held_out_52_readings() {
    reads_as_said(
        &[
            "何姐，内部消息？如果我真有，何必还在这上班呀？放心，我只会跟你讲公开资料",
            "谢阿姨，承诺保本这种话我能不报合规吗？那个同事的录音已经交上去了",
            "更正一下刚才的通知：不是“可以加我私人号”，是“有人冒充我加私人号”，李阿姨千万别加",
            "吴总，提醒您一下，有些二手车商会说“贷款走我这返点更高”，实际是把利息加到月供里",
            "谢阿姨，那家店跟你说“贷款返点都给你”，你算一下他的金融服务费，羊毛出在羊身上",
            "有粉丝说只要我保证收益就续年卡，我拒绝了：我保证不了任何收益，只保证讲真话",
            "邱伯，你说金融返点分你一半，这个不行，我们店返点是公司账上的，我个人不能给",
        ],
        &[
            (
                "谢阿姨，公司禁止返点，可这款信托收益高，走个飞单不碍事",
                "R3",
                "飞单",
            ),
            (
                "制度写着不准代客理财，可老业务员谁没干过？新人们，客户要省心就全权委托，别死脑筋",
                "R4",
                "全权委托",
            ),
            (
                "更正：上条写成了“不稳赚”，应为“保本”，王哥，以这条为准",
                "R1",
                "保本",
            ),
            (
                "赵叔，账户密码我本来不收的，您一直说看不懂，那就发过来吧，我替您弄期权",
                "R4",
                "账户密码",
            ),
            (
                "罗大哥，研究所朋友私下说“这只有内部消息”，我信，周四前进",
                "R2",
                "内部消息",
            ),
            (
                "周总，你阿叔讲“有庄家在顾这只”，我也是安捏听说，周四可以进",
                "R2",
                "庄家",
            ),
            (
                "有专家讲“这款REIT就是新时代的保本理财”，我完全同意，您可以当存款买",
                "R1",
                "保本",
            ),
        ],
    );
}

/// Held-out 53's readings: belief in a source mocked, a version typed wrong, a taboo, a quotation
/// denied clauses on with no frame named, a kin's words advised against; an urging in the clause
/// after a plain claim.
#[test]
fn held_out_53_readings() {
    reads_as_said(
        &[
            "符阿姨，别家说保本您就信？现在理财都是净值型，哪家都不保本",
            "翁总，更正：上条消息里我漏了一个字，打成了“保收益”，应该是“不保收益”，实在抱歉",
            "杨嬢嬢，信用卡取现去买“保本”理财是大忌，利息比收益还高，别做",
            "王总刚才说“信托都是保本的”，我得纠正一下：信托不保本，去年就有违约的",
            "雷叔，你说你娃讲“全权委托给银行”，我给你说，银行不接受全权委托，你自己拿主意",
            "许总，你老乡讲“钱交给他代客理财”，我们劝你别交，出了事找不到人",
            // A quotation's own next clause urges nothing of the speaker's.
            "网上流传“稳赚不赔，您闭眼买”这种说法，是假的，请以官方公告为准。",
        ],
        &[(
            "【周评】提醒：网上的喊单都是骗局。本栏独家：下周白银庄家真的要动了，速上车",
            "R2",
            "庄家",
        )],
    );
}
