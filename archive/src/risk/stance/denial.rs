//! Denial predicates said of the keyword's subject (`…都是骗局`, `承诺保本是违规的`), denials
//! after an object put first (`返佣我们一律不做`), the keyword as a bare topic, and
//! `X不X的`.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::markers::{FINAL_PARTICLES, is_particle};
use super::question::{WH_WORDS, negated_knowing};
use super::speech::FIRST_PERSON;
use super::{Clause, Mention};
use crate::risk::negation::{is_negator, is_potential_negative, negation_in_scope, negators_in};

/// Predicates that deny the subject of their clause, as the clause ends (after
/// [`FINAL_PARTICLES`] are trimmed and [`PREDICATE_ADVERBS`] stripped from the front).
const DENIAL_PREDICATES: &[&str] = &[
    "不可能",
    // A trap (the noun; `坑你` is the verb): `零风险的全是坑`.
    "是坑",
    "全是坑",
    "都是坑",
    "是个坑",
    "就是坑",
    // No such thing: `…零風險呀，冇呢回事㗎` (Cantonese).
    "没这回事",
    "没有这回事",
    "没有呢回事",
    // Only the customer holds it: `账户密码只能您本人掌握`.
    "本人掌握",
    "本人保管",
    "自己掌握",
    "不存在",
    // Not tolerated at all: `飞单零容忍`.
    "零容忍",
    "不现实",
    "没有的事",
    // Idioms of the impossible, said of it: `零风险，天上还掉馅饼呢`, `稳赚不赔？痴人说梦`.
    "掉馅饼",
    "天方夜谭",
    "痴人说梦",
    "白日做梦",
    "做梦",
    "鬼才信",
    "骗鬼",
    "哄小孩",
    "不可信",
    "不靠谱",
    // Trouble it brings: `私下交易会出事的`.
    "会出事",
    "要出事",
    "容易出事",
    "迟早出事",
    "会出问题",
    "容易出问题",
    "会被查",
    "要坐牢",
    "会坐牢",
    "是骗局",
    // Poison: `师父说过“内幕消息是毒药”`.
    "是毒药",
    "是个骗局",
    "是一个骗局",
    "是谣言",
    "是假",
    "是假消息",
    "是诈骗",
    "是骗人",
    "是骗子",
    "是陷阱",
    "是违规",
    "是违法",
    "违规",
    "违法",
    "纯属谣言",
    "纯属虚构",
    "属于违规",
    "属于诈骗",
    "做不了",
    "做不到",
    "不做",
    "不会做",
    "从来不做",
    "从不做",
    "不干",
    "不碰",
    "不掺和",
    "不了不了",
    "千万别碰",
    "都别碰",
    "不参与",
    "是红线",
    "是compliance红线",
    // Bad for both sides, comes to no good: `老话讲“私下交易，两头不落好”`.
    "两头不落好",
    "不落好",
    "没好下场",
    "没有好下场",
    // Not for sale, not left, not ours: `穩賺嘅嘢我冇得賣`, `私人号就不留了`,
    // `您看到的返点活动不是我们的`.
    "冇得卖",
    "没得卖",
    "不留",
    "不是我们的",
    "不是我们行的",
    // Only makes it worse: `私下交易只会让事情更复杂`.
    "更复杂",
    "更麻烦",
    "得不偿失",
    "害人害己",
    "是高压线",
    "不搞",
    "恕难从命",
    "有假",
    "没办法答应",
    "无法答应",
    "不能答应",
    "答应不了",
    "无能为力",
    "爱莫能助",
    "帮不了",
    "办不成",
    "办不到",
    "办不了",
    "行不通",
    "不允许",
    "被禁止",
    "是禁止",
    "是明令禁止",
    "不行",
    // Sanctions that close the clause: `加客户私人微信的一律通报`.
    "一律通报",
    "通报批评",
    "直接开除",
    "一律开除",
    "严肃处理",
    // A refusal closing the clause: `帮你操作账户这种事，我只能拒绝`.
    "拒绝",
    "婉拒",
    "谢绝",
    // What the addressee is told to keep to themselves: `账户密码请您自己保管好`.
    "请自己保管",
    "请自己保管好",
    "请您自己保管",
    "请您自己保管好",
    "您自己保管",
    "您自己保管好",
    "请自行保管",
    "请妥善保管",
    "请您妥善保管",
    "自己收好",
    "自己保管好",
    "自己留着",
    "自己留好",
    "自个儿收着",
    // The addressee changes it themself: `账户密码您自己改`.
    "您自己改",
    "你自己改",
    "自个儿收好",
    "自个儿留着",
    "自己收着",
    // Kept in mind by its owner: `阿姨的账户密码一定要她自己记着`.
    "自己记着",
    "自己记住",
    "自己记好",
    "自己记牢",
    // Northeastern: a con. `那种保证收益7%的……都是忽悠`.
    "是忽悠",
    "是忽悠人",
];

/// [`DENIAL_PREDICATES`] without their final particles, hashed: every suffix of the words after
/// a keyword is looked up.
static DENIAL_PREDICATE_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
    DENIAL_PREDICATES
        .iter()
        .map(|predicate| predicate.trim_end_matches(FINAL_PARTICLES))
        .collect()
});

/// Adverbs that may open a denial predicate: `都是骗局`, `根本不可信`.
const PREDICATE_ADVERBS: &[&str] = &[
    "都", "也", "全", "全都", "根本", "完全", "绝对", "肯定", "当然", "本身", "压根", "纯粹", "就",
    "统统", "其实", "那", "这", "那个", "这个", "我", "我们", "这里", "这边", "真的", "实在",
    "确实", "这儿",
];

/// Words that may stand before a keyword in a clause that only names it as a topic.
const TOPIC_MARKERS: &[&str] = &[
    "所谓",
    "所谓的",
    "什么",
    "关于",
    "至于",
    "说到",
    "提到",
    "对于",
];

/// What is legitimate, and the nouns it may head: `私人微信不是公司的正规渠道` denies.
const LEGITIMATE: &[&str] = &["正规", "官方", "合规", "合法", "正当", "公司"];
const LEGITIMATE_NOUNS: &[&str] = &[
    "", "渠道", "途径", "方式", "平台", "账号", "账户", "产品", "做法", "操作", "业务", "服务",
    "机构", "行为", "流程", "要求", "规定",
];
/// How long an owner before what is legitimate may be: `我们公司的`.
const MAX_OWNER_CHARACTERS: usize = 6;
/// Negated copulas before what is legitimate: `不是正规渠道`, `并非官方`.
const NOT_COPULAS: &[&str] = &["不是", "并非", "并不是", "不属于", "不算", "非", "不"];

/// The keyword's own A-not-A (`庄家不庄家`), and the words after it.
pub(super) struct EitherWay<'w, 't> {
    pub(super) rest: &'w [&'t str],
    /// 的 followed, making it a topic: `庄家不庄家的我不懂`.
    pub(super) nominalised: bool,
    /// A negated verb of knowing stands before it: `额不晓得啥庄家不庄家的`.
    pub(super) unknown: bool,
}

/// The keyword's own A-not-A around `mention`: `[庄家]|不|庄家|…` or `庄家|不|[庄家]|…`.
pub(super) fn either_way<'w, 't>(
    words: &'w [&'t str],
    mention: &Mention,
) -> Option<EitherWay<'w, 't>> {
    let keyword = words.get(mention.first..mention.end)?.concat();
    let after = &words[mention.end..];
    let before = &words[..mention.first];
    let (start, rest) = match (before, after) {
        (_, ["不", again, rest @ ..]) if *again == keyword => (mention.first, rest),
        ([.., first, "不"], _) if *first == keyword => (mention.first - 2, after),
        _ => return None,
    };
    let unknown = negated_knowing(&words[..start]).is_some();
    Some(match rest {
        ["的", rest @ ..] => EitherWay {
            rest,
            nominalised: true,
            unknown,
        },
        _ => EitherWay {
            rest,
            nominalised: false,
            unknown,
        },
    })
}

/// How many of `words` deny, leaving out the 不 of a degree (`问题不大`, `风险不高`), which says
/// how much rather than whether.
pub(super) fn denials_in(words: &[&str]) -> usize {
    let degrees = words
        .windows(2)
        .filter(|pair| pair[0] == "不" && DEGREES.contains(&pair[1]))
        .count();
    negators_in(words, false).saturating_sub(degrees)
}

/// Adjectives of degree that 不 may modify without denying anything: `问题不大`.
const DEGREES: &[&str] = &["大", "多", "高", "少"];

/// Verbs of getting it wrong, which a negator turns into getting it right.
const MISTAKES: &[&str] = &[
    "记错", "说错", "讲错", "听错", "看错", "搞错", "弄错", "写错",
    // Not denied is owned: `我那句“这款保本”我不否认`.
    "否认",
];

/// A denial predicate closes the clause after the keyword, and no negator stands right before
/// it.
pub(super) fn is_denial_predicate_after(after: &[&str]) -> bool {
    // Not mistaken is right, no denial: `您笔记里记的“保本保收益”没记错`.
    if after.windows(2).take(2).any(|pair| {
        matches!(pair, [negator, mistake] if is_negator(negator) && MISTAKES.contains(mistake))
    }) {
        return false;
    }
    // Voice input runs the advice that follows a refusal into its clause: `这个私下转账真不行您
    // 还是去柜台办吧`.
    let advice = after
        .windows(2)
        .position(|pair| matches!(pair, ["您" | "你", "还是"]));
    if advice.is_some_and(|advice| advice > 0 && is_denial_predicate_after(&after[..advice])) {
        return true;
    }
    if is_object_first_denial(after) {
        return true;
    }
    let text = after.concat();
    let mut offset = 0;
    for (start, word) in after.iter().enumerate() {
        // No predicate, with its adverbs, is that long: skip to the clause's last words.
        if text.len() - offset > MAX_PREDICATE_BYTES {
            offset += word.len();
            continue;
        }
        // Southern 没有 may be cut `冇|得` before it: `我讲的“内部消息”冇得假的`.
        let negated = start.checked_sub(1).is_some_and(|previous| {
            is_negator(after[previous])
                || after[previous] == "不可能"
                || (after[previous] == "得"
                    && previous
                        .checked_sub(1)
                        .is_some_and(|negator| matches!(after[negator], "没有" | "没" | "莫")))
        });
        if !negated && is_denial_predicate(&text[offset..]) {
            return true;
        }
        offset += word.len();
    }
    false
}

/// Words that may stand between a keyword put first as the object and the negated verb that
/// closes its clause: subjects, adverbs, demonstratives (`私下交易我是不会接的`,
/// `账户密码请不要发给我`, `返点和私人微信这两样我都给不了`).
const OBJECT_FIRST_FILLERS: &[&str] = &[
    "我",
    "我们",
    "咱们",
    // (Hakka `涯`, Shanghainese `阿拉`, Henan `俺`, Cantonese `我哋` come here as 我, 我们: see
    // `dialect.rs`.)
    // Pardon (a polite refusal, `恕不`): `私人微信恕不添加`.
    "恕",
    "这里",
    "这边",
    "这儿",
    "是",
    "都",
    "也",
    "真的",
    "绝对",
    "就",
    "实在",
    "确实",
    "肯定",
    "当然",
    "可",
    "请",
    "的话",
    "这",
    "那",
    "这个",
    "那个",
    "这些",
    "这种",
    "那些",
    "这俩",
    "这两个",
    "这几个",
    "更是",
    // Stronger still, after a keyword already ruled out: `保本两个字不能说，稳赚更不能说`.
    "更",
    // By the rules: `您的证券账户密码规定上我不能知道`.
    "规定",
    "规定上",
    "按规定",
    "上",
    "这些事",
    "事儿",
    "这两样",
    "两样",
    "这样",
    "一律",
    // The firm naming itself, and still, all along: `内幕消息我们私行不提供`, `全权委托我还是
    // 不能接`, `账户密码本来就不该给我`.
    "私行",
    "我行",
    "本行",
    "我司",
    "还是",
    "本来",
    "向来",
    "一向",
    "从来",
    "根本",
    "暂时",
    "暂",
    "现在",
    "目前",
    "已经",
    "字",
    "俩",
    "俩字",
    "两个字",
    // (`这|两个|字`.)
    "两个",
    "真",
    // The head noun the keyword describes: `零风险理财我们这里没有`, `返点这种事我们做不了`,
    // `私下交易的提议我不能接受`.
    "理财",
    "产品",
    // (`您询问的“保本组合”目前不提供`.)
    "组合",
    "服务",
    "业务",
    "事",
    "事情",
    "提议",
    "请求",
    "协议",
    "合同",
    // The keyword named as a word that may not be said or written: `稳赚不赔这话我不能乱说`,
    // `保本承诺我给不了`, `保本呢啲字眼唔准写` (Cantonese: these words may not be written).
    "话",
    "这话",
    "这句话",
    "这种话",
    "说法",
    "这个说法",
    "字眼",
    "这个词",
    "词",
    "承诺",
    "呢",
    "啲",
    "这些",
];

/// Negators of an action that may close such a clause; `不是` is left out (`保本不是假的`
/// asserts).
const ACTION_NEGATORS: &[&str] = &[
    "不方便",
    "绝不能",
    "决不能",
    "千万不能",
    "别",
    "千万别",
    "千万不要",
    "没必要",
    "免了",
    "木有",
    "不",
    "没",
    "没有",
    "不会",
    "不能",
    "不可以",
    "不可",
    "没法",
    "没办法",
    "没有办法",
    "无法",
    "不要",
    "请勿",
    "不得",
    "不必",
    "不用",
    "不敢",
    "不想",
    "不愿",
    "从不",
    "绝不",
    "决不",
    "不再",
    // For now not: `“保本组合”暂不提供`.
    "暂不",
    // Prohibitions put after what they forbid: `飞单严禁！`, `返点一律禁止`. Not `不准`, which
    // after a noun says it is inaccurate (`内部消息哪次不准过？`).
    "严禁",
    "禁止",
    "不许",
    "一概不知",
    // Southwestern and Cantonese 没有.
    "莫得",
    "冇得",
    // Wu 不要 and 没有: `覅相信`, `呒没人管`.
    "覅",
    "呒没",
    // Not allowed: `私人号一律不让加`.
    "不让",
    // Knowing nothing of it: `庄家那些事儿我真不知道`.
    "不知道",
    "真不知道",
    "不清楚",
];

/// Negated potentials that affirm what they follow: it cannot go wrong, fail or be missing.
pub(super) const AFFIRMING_POTENTIALS: &[&str] =
    &["错不了", "跑不了", "少不了", "亏不了", "赔不了", "跌不了"];

/// Action negators addressed to the listener: they deny a keyword put first only after
/// something else stood between (see [`is_object_first_denial`]).
const IMPERATIVE_NEGATORS: &[&str] = &["别"];

/// The words after a keyword rule out a loss: a negator right before one (`不可能亏钱`,
/// `不会亏`), or a potential that says it cannot happen (`亏不了`).
pub(super) fn rules_out_loss(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(at, word)| {
        // `亏不了`: the potential of a loss, negated.
        if word
            .strip_suffix("不了")
            .is_some_and(|loss| LOSSES.contains(&loss))
        {
            return true;
        }
        // `不|可能|亏|钱`: the negator and a modal or two before the loss.
        LOSSES.contains(word)
            && after[at.saturating_sub(3)..at]
                .iter()
                .any(|before| is_negator(before) || *before == "不可能")
    })
}

/// Losses: what a guarantee says cannot happen.
pub(super) const LOSSES: &[&str] = &["亏", "亏钱", "亏损", "亏本", "赔", "赔钱", "跌", "损失"];

/// What a negated word may say that makes the clause assert: `保本没问题`, `保本不难`, and
/// losses a keyword in subject position rules out (`保本不可能亏钱`).
const NOT_DENIALS: &[&str] = &[
    "问题", "难", "难事", "难题", "事", "事儿", "吹", "盖", "假", "假的", "亏", "亏钱", "亏损",
    "赔", "赔钱", "风险", "跌", "损失", "少", "低于", "少于",
    // No harm in it: `走个飞单不碍事`.
    "碍事", "要紧", "打紧",
    // Waits for no one (`内幕消息不等人`); not common, not the same, no different
    // (`零风险的产品不常有`, `我这个不一样`, `跟零风险没区别`).
    "等人", "常有", "一样", "区别", "两样", "差别",
    // No problem in Shaanxi and common speech: `稳赚，没麻达`, `没毛病`.
    "麻达", "毛病", // No way out of it, so certain: `稳赚没跑`.
    "跑",
];

/// The least amount of money, said to say none at all: `一分不收`.
const NOT_A_CENT: &[&str] = &[
    "一分",
    "一分钱",
    "一毛",
    "一毛钱",
    "分文",
    "一厘",
    "一个子儿",
];

/// A keyword put first as the object of a negated verb that closes its clause: the keyword's
/// clause continues with subjects and adverbs ([`OBJECT_FIRST_FILLERS`], or a second listed
/// noun), an action negator or a negated potential (`接不了`), and at most two more words
/// (`内幕消息我这里没有`, `全权委托我们接不了`, `您说的内部消息我不能帮忙打听`).
fn is_object_first_denial(after: &[&str]) -> bool {
    let mut words: Vec<&str> = Vec::with_capacity(after.len());
    for (index, word) in after.iter().copied().enumerate() {
        // Not one of them: `账户密码我一个都不记`.
        if word == "一个" && matches!(after.get(index + 1), Some(&("都" | "也"))) {
            continue;
        }
        // Not a cent: `返点我一分不收`, `分文不取`.
        let next_denies = after
            .get(index + 1)
            .is_some_and(|next| next.starts_with(['不', '没', '都', '也']));
        if NOT_A_CENT.contains(&word) && next_denies {
            continue;
        }
        // `返点就免了`, which jieba cuts `免|了`.
        if word == "了" && words.last() == Some(&"免") {
            words.pop();
            words.push("免了");
            continue;
        }
        if is_particle(word) {
            continue;
        }
        // The colloquial 木有 (没有), which jieba cuts `木|有`, and Southwestern 莫得 (没有), cut
        // `莫|得`.
        let joined = match (words.last(), word) {
            (Some(&"木"), "有") => Some("木有"),
            (Some(&"莫"), "得") => Some("莫得"),
            // Forget it, cut `就算|了` (even if): `加我个人号这个就算了`.
            (Some(&"就算"), "了") => Some("免了"),
            // The polite refusal `不方便` (not convenient), cut `不|方便`: `私人号不方便给客户`.
            (Some(&"不"), "方便") => Some("不方便"),
            _ => None,
        };
        if let Some(joined) = joined {
            words.pop();
            words.push(joined);
            continue;
        }
        // A potential with a two-character complement cut in three (`讲|不|出口`) reads as the
        // cut potential `讲|不了` does.
        if matches!(word, "出口" | "出来" | "下去") && matches!(words.last(), Some(&"不")) {
            words.pop();
            words.push("不了");
            continue;
        }
        words.push(word);
    }
    // The negator: an action negator, a negated potential (`接不了`), or a potential cut in two
    // (`接|不了`).
    let Some(at) = words.iter().position(|word| {
        ACTION_NEGATORS.contains(word)
            || is_potential_negative(word)
            || SPLIT_POTENTIALS.contains(word)
    }) else {
        return false;
    };
    let (between, negator, rest) = (&words[..at], words[at], &words[at + 1..]);
    // The addressee may stand between, told not to do it (`账户密码您别留在我这儿`); not told not to
    // worry or wait, which urges it (`保本您别担心`), nor to pass it on, which keeps it secret
    // (`这个是内部消息你别往外传`).
    let addressee_told = matches!(between, ["您" | "你"])
        && negator == "别"
        && rest.first().is_some_and(|verb| !REASSURING.contains(verb))
        && !rest.iter().any(|word| PASSING_ON.contains(word));
    if !addressee_told && !is_object_first_subject(between, SPLIT_POTENTIALS.contains(&negator)) {
        return false;
    }
    // `内部消息错不了`: a potential that says it cannot go wrong (jieba may cut it `错|不了`).
    let split_verb = between
        .last()
        .filter(|_| SPLIT_POTENTIALS.contains(&negator))
        .copied()
        .unwrap_or_default();
    let potential = [split_verb, negator].concat();
    if AFFIRMING_POTENTIALS.contains(&potential.as_str()) {
        return false;
    }
    // `不就…` asks "isn't that just…" (`找我私人号不就行了？`): no denial.
    if negator == "不" && rest.first().is_some_and(|word| word.starts_with('就')) {
        return false;
    }
    // A clause that opens with `别` tells the listener something else (`…，别告诉别人`); after
    // the keyword and its head noun it forbids the keyword (`这种全权委托的协议千万别签`).
    if between.is_empty() && IMPERATIVE_NEGATORS.contains(&negator) {
        return false;
    }
    // The verb may take where it goes (`保收益我不能写在建议书里`), or a manner and a person
    // (`返点我不会私下分给你`).
    // (jieba may join the place's coverb to the verb: `留在|我|这儿`.)
    let placed = matches!(rest, [_, "在" | "进" | "到", _, ..] if rest.len() <= 5)
        || matches!(rest, [verb, _, ..] if rest.len() <= 4 && verb.chars().count() == 2
            && verb.ends_with(['在', '进', '到']));
    let to_someone = matches!(
        rest,
        [
            "私下" | "偷偷" | "单独" | "另外" | "额外",
            _,
            "你" | "您" | "他" | "她"
        ]
    );
    // Or for whom (not to whom: `内部消息我可就不给你说了` holds it back as a threat):
    // `账户密码我就不替您改了`.
    let for_someone = matches!(rest, ["替" | "帮" | "为", "你" | "您" | "他" | "她", _]);
    // Said to the addressee is held back, unless the keyword is named as words, which are then
    // not said: `保本这两个字我不能跟你讲`.
    let words_not_said = between.iter().any(|word| {
        matches!(
            *word,
            "字" | "两个字" | "俩字" | "这话" | "这句话" | "这个词"
        )
    }) && matches!(
        rest,
        ["跟" | "和" | "对" | "同" | "给", "你" | "您", "说" | "讲"]
    );
    if (rest.len() > 2 && !placed && !to_someone && !for_someone && !words_not_said)
        || rest.iter().any(|word| NOT_DENIALS.contains(word))
        || NOT_DENIALS.contains(&rest.concat().as_str())
    {
        return false;
    }
    if is_potential_negative(negator) || SPLIT_POTENTIALS.contains(&negator) {
        return rest.is_empty();
    }
    !rest.is_empty() || IMPLICIT_VERB_NEGATORS.contains(&negator)
}

/// What the addressee is told not to feel when the speaker urges something: `别担心`.
const REASSURING: &[&str] = &[
    "担心", "怕", "害怕", "犹豫", "客气", "急", "着急", "慌", "错过", "操心", "多想", "纠结",
];

/// Passing a thing on, which the addressee told not to do keeps it secret: `别往外传`.
const PASSING_ON: &[&str] = &[
    "外传",
    "往外传",
    "传",
    "告诉",
    "说",
    "讲",
    "声张",
    "宣扬",
    "透露",
    "乱说",
    "乱讲",
];

/// The complements of a potential that jieba cuts off its verb: `接|不了`, `拿|不到`.
pub(super) const SPLIT_POTENTIALS: &[&str] = &["不了", "不到", "不成", "不住"];

/// Negators that need no verb after them: `加我个人号就不必了`, `内幕消息我这里没有`,
/// `飞单严禁`.
const IMPLICIT_VERB_NEGATORS: &[&str] = &[
    // Not wanted, knowing nothing of it, there being none (Southwestern): `返点我不要`,
    // `庄家的事儿我一概不知`, `返点莫得`.
    "不要",
    "一概不知",
    "莫得",
    // `内幕消息我冇得`.
    "冇得",
    "不知道",
    "真不知道",
    "不清楚",
    "没有",
    "没",
    "木有",
    "不必",
    "不用",
    "没必要",
    "免了",
    "严禁",
    "禁止",
    "不许",
    "不准",
    // Not allowed either: `不让私下交易，私下转账也不让`.
    "不让",
];

/// What stands between the keyword put first and the negator: subjects and adverbs
/// ([`OBJECT_FIRST_FILLERS`]), a second listed noun (`返点和私人微信`), the verb of a split
/// potential (`我们接|不了`), and the rest of an embedded question the keyword is part of
/// (`庄家什么时候拉升我没法告诉您`).
fn is_object_first_subject(between: &[&str], split_potential: bool) -> bool {
    let between = match between {
        [rest @ .., _verb] if split_potential => rest,
        _ => between,
    };
    if between
        .iter()
        .any(|word| WH_WORDS.contains(word) || *word == "什么时候")
    {
        return between.len() <= MAX_EMBEDDED_QUESTION_WORDS;
    }
    let mut index = 0;
    while let Some(word) = between.get(index) {
        if CONJUNCTIONS.contains(word) {
            index += 2;
            continue;
        }
        if !OBJECT_FIRST_FILLERS.contains(word) {
            return false;
        }
        index += 1;
    }
    true
}

/// How many words an embedded question and the subject after it may have.
const MAX_EMBEDDED_QUESTION_WORDS: usize = 6;

/// The longest a denial predicate with its adverbs and particles may be, in bytes (20
/// characters of Chinese).
const MAX_PREDICATE_BYTES: usize = 60;

/// `text` is a denial predicate, once sentence-final particles and the person it is refused to
/// (`我没办法答应您`) are trimmed.
fn is_denial_predicate(text: &str) -> bool {
    // A question's particle too: in `难道不知道…是违规的吗` the predicate is asserted.
    let text = text.trim_end_matches(|character| {
        FINAL_PARTICLES.contains(&character) || matches!(character, '吗' | '么')
    });
    let without_object = ["您", "你", "你们", "您们"]
        .iter()
        .find_map(|object| text.strip_suffix(object));
    is_bare_denial_predicate(text) || without_object.is_some_and(is_bare_denial_predicate)
}

/// Copulas before a word that condemns: `属于违规行为`, `均为违规宣传`, `是虚假的`.
const COPULAS: &[&str] = &[
    "是", "属于", "属", "均为", "皆为", "均属", "都是", "为", "纯属", "就是", "全是",
];

/// Words that condemn what they are said of.
const CONDEMNATIONS: &[&str] = &[
    "违规",
    // A taboo: `信用卡取现去买“保本”理财是大忌`.
    "大忌",
    "违法",
    "非法",
    "虚假",
    "不实",
    "诈骗",
    "骗局",
    "谣言",
    "假",
    "欺诈",
    "误导",
    "杀猪盘",
    "操纵",
    // A shill, a pump and dump: `喊单的都是庄家的托，拉升完就砸盘`.
    "托",
    "托儿",
    "砸盘",
    // Ran off with the money: `说零风险的项目最后全跑路了`.
    "跑路",
    "跑路了",
    // Cantonese 骗人: `外面话包赚嘅都系呃人`.
    "呃人",
    // Stolen, and used by someone else: `我同事的私人号被人盗了`.
    "被盗",
    "被人盗",
    "被盗用",
];

/// Nouns a condemnation may head: `违规行为`.
const CONDEMNED_NOUNS: &[&str] = &[
    "", "行为", "宣传", "操作", "说法", "信息", "消息", "活动", "手段", "套路", "内容", "承诺",
    "广告", "行径", "话术", "手法",
];

/// Modifiers of kind that may stand between the copula and the condemnation, longest first.
const CONDEMNATION_MODIFIERS: &[&str] = &[
    "一种常见的",
    "一种典型的",
    "常见的",
    "典型的",
    "明显的",
    "一种",
];

/// A copula (or none), a condemnation, and a noun it heads (or none): `属于违规行为`.
fn is_condemnation(text: &str) -> bool {
    COPULAS
        .iter()
        .filter_map(|copula| text.strip_prefix(copula))
        .chain(std::iter::once(text))
        .map(|rest| {
            // `是常见的操纵手法`: a modifier of kind before the condemnation.
            CONDEMNATION_MODIFIERS
                .iter()
                .find_map(|modifier| rest.strip_prefix(modifier))
                .unwrap_or(rest)
        })
        .any(|rest| {
            CONDEMNATIONS.iter().any(|condemnation| {
                rest.strip_prefix(condemnation).is_some_and(|noun| {
                    // `杀猪盘的话术`.
                    let noun = noun.strip_prefix('的').unwrap_or(noun);
                    CONDEMNED_NOUNS.contains(&noun)
                })
            })
        })
}

/// A negated copula and what is legitimate, possibly owned (`不是公司的正规渠道`, `并非官方`), or
/// `不合规` itself.
fn is_illegitimacy(text: &str) -> bool {
    NOT_COPULAS
        .iter()
        .filter_map(|copula| text.strip_prefix(copula))
        .any(|rest| {
            // `公司的正规渠道`, `我行正规渠道`: a short owner before does not matter.
            LEGITIMATE.iter().any(|legitimate| {
                rest.find(legitimate).is_some_and(|at| {
                    rest[..at].chars().count() <= MAX_OWNER_CHARACTERS
                        && LEGITIMATE_NOUNS.contains(&&rest[at + legitimate.len()..])
                })
            })
        })
}

/// [`is_denial_predicate`] after the particles are trimmed (from the predicates too: `做不了`
/// reads `做不`): a predicate, or adverbs before one.
fn is_bare_denial_predicate(text: &str) -> bool {
    DENIAL_PREDICATE_SET.contains(text)
        || is_condemnation(text)
        || is_illegitimacy(text)
        || PREDICATE_ADVERBS.iter().any(|adverb| {
            text.strip_prefix(adverb)
                .is_some_and(|rest| !rest.is_empty() && is_bare_denial_predicate(rest))
        })
}

/// The clause names the keyword to define it: `所谓飞单`, `什么叫全权委托`.
pub(super) fn is_defined(before: &[&str]) -> bool {
    matches!(
        before,
        [.., "所谓" | "何为" | "何谓"] | [.., "什么" | "啥", "叫" | "是"]
    )
}

/// The clause only names a topic for the next clause to comment on: it opens with a topic
/// marker (`所谓庄家的票，…`), or it is the bare keyword (`保本，…`).
pub(super) fn is_topic_only(before: &[&str], after: &[&str]) -> bool {
    if before
        .first()
        .is_some_and(|first| TOPIC_MARKERS.contains(first))
    {
        return true;
    }
    // What the addressee may want, as a condition: `您要保证收益的话，我这里没有`.
    if after.first() == Some(&"的话") {
        return true;
    }
    // A noun phrase and nothing else: the bare keyword, `您说的保本`, or a phrase the keyword
    // is part of (`许诺客户保本的要求`, `替庄家拉客户的要求`).
    if let [.., "的", _head] = after {
        return true;
    }
    // The keyword as the kind of a noun: `保证收益这种话，…`, `内幕消息这类东西，…`.
    if let ["这种" | "这类" | "那种" | "那类" | "这样的", _noun] = after {
        return true;
    }
    // A phrase nominalised by 的, with no copula to make it a predicate: `任何让您通过私人号办理
    // 业务的，都不是我行正规渠道` (`这款是保本的` asserts).
    // The speaker's own denial ending in 的 is a statement (`我不做代客理财的`), not a phrase.
    let own_denial = before
        .first()
        .is_some_and(|first| FIRST_PERSON.contains(first))
        && negators_in(before, false) > 0;
    if after.last() == Some(&"的")
        && !before.contains(&"是")
        && !after.contains(&"是")
        && !own_denial
    {
        return true;
    }
    // A demonstrative before it, and a particle after, as voice input puts a topic: `那个飞单啊，
    // 就是说，我们不做`.
    let pointed = matches!(before, ["那个" | "这个"]) && after.iter().any(|word| is_particle(word));
    let bare_before = before.is_empty() || before.last() == Some(&"的") || pointed;
    // A list of topics: `您要的保收益和全权委托，我们都没法提供`.
    let rest = match after {
        [conjunction, _other, rest @ ..] if CONJUNCTIONS.contains(conjunction) => rest,
        _ => after,
    };
    bare_before && rest.concat().trim_matches(FINAL_PARTICLES).is_empty()
}

/// Conjunctions that list nouns: `返点和私人微信`.
const CONJUNCTIONS: &[&str] = &["和", "与", "及", "以及", "跟", "或", "或者"];

/// True when one of the next four clauses says `keyword` (its words) again, denied: `…，它不保本`,
/// `…没有稳赚的`, or put first and denied after (`…保证收益这话我不能说`).
pub(super) fn is_denied_later(keyword: &[&str], following: &[Clause]) -> bool {
    if keyword.is_empty() {
        return false;
    }
    following.iter().take(4).any(|clause| {
        let Some(at) = clause
            .words
            .windows(keyword.len())
            .position(|window| window == keyword)
        else {
            return false;
        };
        negation_in_scope(&clause.words[..at]).is_some_and(|negation| negation.count % 2 == 1)
            || (at == 0 && is_denial_predicate_after(&clause.words[keyword.len()..]))
    })
}
