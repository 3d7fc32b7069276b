//! Questions: a real one asserts nothing and its answer decides; a rhetorical one asserts the
//! opposite of what it says; offers and suppositions put as questions.

use std::sync::LazyLock;

use super::denial::{AFFIRMING_POTENTIALS, LOSSES, SPLIT_POTENTIALS, is_denial_predicate_after};
use super::exception::REFUSALS;
use super::lexicon::{DECEIVING, KEPT_QUIET, PROHIBITING_MODALS};
use super::markers::{
    FINAL_PARTICLES, Markers, contains_any, contains_text, is_particle, position_of,
};
use super::speech::TOLD_TO;
use super::{Clause, Mention};
use crate::risk::negation::{is_negator, is_potential_negative, negators_in};

/// Words that make a question rhetorical by themselves.
pub(super) static RHETORICAL_MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "难道",
        "岂",
        "岂不",
        "岂不是",
        "何尝",
        "莫非",
        "哪能",
        "谁敢说",
        "谁敢讲",
        "谁能",
        "谁敢",
        "谁会",
        "有什么理由",
        "凭什么",
        "谁说",
        "谁讲",
        "谁说过",
        "谁告诉",
        "谁跟您说",
        "谁跟你说",
        // Southwestern 谁: `哪个跟你说零风险嘛？`.
        "哪个跟你说",
        "哪个跟您说",
        "谁和您说",
        "谁和你说",
        // Cantonese 谁跟你说: `邊個同你講保本㗎？`.
        "边个同你讲",
        "边个同你说",
        "边个话",
        "边个讲",
        "谁规定",
        "难不成",
        // Cantonese 难道.
        "唔通",
        // Could it be false? `稳赚不赔还能有假？`
        "还能有假",
        "怎么了",
        "咋了",
        "怎么啦",
        // Could you miss out on it? `返点少得了你的吗？`
        "少得了",
        // What is wrong with it? `代客理财有什么不可以的？`
        "有什么不可以",
        "有啥不可以",
        "有什么不行",
        "有啥不行",
        "有什么不好",
        "有啥不好",
        "能有假",
        "还会有假",
        // Nothing to worry about: `全权委托给我有什么不放心的呢？`.
        "有什么不放心",
        "有啥不放心",
        // How could…: `我们怎么可能做飞单呢？` denies, `怎么会不保本呢` asserts.
        "怎么可能",
        "咋可能",
        "咋会",
        "咋能",
        "怎么会",
        "怎么能",
        "怎能",
        "怎会",
        "哪会",
        "哪可能",
        "岂能",
    ])
});

/// The burdensome alternative a retort offers: `难道还要…`, `非要…`.
static INSTEAD: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["还要", "还得", "还想", "非要", "偏要", "非得"]));

/// Question words that make a question rhetorical when it also holds a negation:
/// `为什么不…呢` urges.
pub(super) static WHY: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "为什么",
        "为何",
        "为啥",
        "干嘛",
        "干吗",
        "怎么",
        // What for, in Henan, Hunan and common speech: `加我个人号弄啥嘞？`.
        "弄啥",
        "干啥",
        "搞啥",
        "做啥",
        // `加私人號做什麼？` (what for?).
        "做什么",
        "干什么",
        "搞么子",
        // Yunnan and Guizhou: `你整哪样非要保本嘛？`.
        "整哪样",
        "做哪样",
        "为么子",
        // Sichuan: `你问为啥子不加私人微信？`; Cantonese: `你问做乜勿加私人微信？`.
        "为啥子",
        "做乜",
    ])
});

/// Question words asking when or which, that make a question rhetorical when a negator follows
/// them: `什么时候不是保本的？`, `哪个不是稳赚？` (when or which one was it ever not?),
/// `我什么时候说过不能给您返点了？`. `不会告诉您哪只票要拉升` asks nothing.
static WHICH: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "什么时候",
        "哪个",
        "哪一个",
        "哪款",
        "哪只",
        "哪次",
        "哪一次",
        "哪回",
        "哪一回",
        "啥时候",
        // Who would not…: `包赚的事儿谁不干啊`.
        "谁",
    ])
});

/// Question words: a question that has one asks for that part only and presupposes the rest
/// (`保本的东西你还担心什么呢`), unless it also ends in `吗`.
pub(super) const WH_WORDS: &[&str] = &[
    "几次",
    "几个",
    "几回",
    "什么",
    "啥",
    "谁",
    "哪",
    "哪里",
    "哪儿",
    "哪个",
    "怎么",
    "怎样",
    "怎么样",
    "多少",
    "几",
    "为什么",
    "为何",
    "为啥",
];

/// Question-final particles.
const QUESTION_PARTICLES: &[&str] = &["吗", "么", "嘛", "咩"];

/// Words asking whether something holds, as one word or A-not-A (`能|不能`, `能|不|能`).
pub(super) const WHETHER: &[&str] = &[
    "是否",
    "可否",
    "能否",
    "可以不可以",
    "是不是",
    "能不能",
    "会不会",
    "可不可以",
    "算不算",
    "有没有",
    "对不对",
    "行不行",
];

/// Words an answer may open with before it says yes or no: `我明确告诉他不能`.
const ANSWER_FRAMES: &[&str] = &[
    "我",
    "我们",
    // The first person of call notes: `本人答复“有”`.
    "本人",
    // `这可不中` (Henan: this won't do); the matter named first: `这事儿我办不了`.
    "这",
    "事儿",
    "这事儿",
    "这事",
    // A wish acknowledged, then answered: `我晓得你想要稳赚的，但是我不能骗你`.
    "但是",
    "可是",
    // `我的回答还是那句：“有”`; `我想了想，可以`.
    "的",
    "想",
    "了",
    "还是",
    "那句",
    "句",
    "明确",
    "直接",
    "告诉",
    "他",
    "她",
    "你",
    "您",
    "说",
    "回答",
    "答复",
    "跟",
    "对",
    "其实",
    "坦白",
    "老实",
    "讲",
    "地",
    "就",
    "只能",
    "很",
    "也",
    "都",
    "客户",
    "当场",
    // When it was or is said: `我当时讲可以`, `现在还是可以`.
    "当时",
    "那时",
    "那时候",
    "上次",
    "现在",
    "立刻",
    "马上",
    "已经",
    "立即",
    "果断",
    "坚决",
    "了",
    "答案",
    "回复",
    "结果",
    "所以",
    "因此",
    "从来",
    "先",
    "暂时",
    "还",
    // `这我可整不了`: the matter put first, and an emphatic 可.
    "这",
    "可",
    "这个",
    // That way: `可这样不合规`.
    "这样",
    // In a word: `我就一句话：有`; I replied: `我回他…`.
    "一句",
    "一句话",
    "话",
    "回",
];

/// Answers that say yes.
const YES: &[&str] = &[
    "yes",
    // Pinyin initials of 是的.
    "sd",
    // Go ahead as before: `…，照给就是`.
    "照",
    "照给",
    "照做",
    "照办",
    "能",
    "可以",
    "是",
    "是的",
    "对",
    "对的",
    "没问题",
    "行",
    "会",
    "必须",
    "有",
    "要",
    "好",
    "嗯",
    "保证",
    // Consider it done: `您要保收益是吧？安排！`.
    "安排",
    "安排上",
    // Cantonese 是 (`係咪穩賺先？梗係啦`) and 没错 (`冇错`) come here as Mandarin.
    "没错",
];

/// Connectives that start with 不 and answer nothing: `不过我跟领导申请了特批`.
const CONNECTIVES: &[&str] = &["不过", "不仅", "不但", "不如", "不管", "不论", "不然"];

/// Adverbs that may open either answer (`当然能`, `当然不算`) and say yes when nothing follows.
const EMPHATIC: &[&str] = &["当然", "肯定", "绝对", "确实", "真的", "真", "梗", "可"];

/// Endings that make a negated question rhetorical: `这不是保本是什么？`.
const WHAT_ELSE: &[&str] = &[
    "是什么",
    "又是什么",
    "还能是什么",
    "还是什么",
    // Called, if not that: `你说这不叫稳赚叫什么？`.
    "叫什么",
    // Wouldn't that do? `找我私人号不就行了？`
    "不就行",
    "不就好",
    "不就得",
    "不就完",
];

/// Words that open a condition: what follows is supposed, not said to be so.
pub(super) const CONDITIONALS: &[&str] =
    &["要是", "如果", "假如", "万一", "若是", "倘若", "假设", "若"];

/// Questions after a claim whether it needs thinking over: they urge taking it (`稳赚的东西，有没有
/// 必要想那么久啦？`).
pub(super) const NO_NEED_TO_THINK: &[&str] = &[
    "有没有必要想",
    "有必要想",
    "想那么久",
    "想那么多",
    "还想什么",
    "还想啥",
    "还犹豫什么",
    "还犹豫啥",
    "还考虑什么",
    "还考虑啥",
    "还等什么",
    "还等啥",
    // Or vouching for it: `…保本的，你说我什么时候骗过你？`, `…全权委托给我，还能让您吃亏咧？`.
    "什么时候骗过你",
    "什么时候骗过您",
    "啥时候骗过你",
    "还能让您吃亏",
    "还能让你吃亏",
    "能让您吃亏",
    "能让你吃亏",
];

/// How a question that asks what is wrong with the thing ends: it says nothing is
/// (`私人微信加一个咋地了？`, `说它保本有错吗？`). Not `怎么了` alone, which asks what happened
/// (`您的账户密码怎么了？`).
const WHAT_IS_WRONG: &[&str] = &[
    "咋地了",
    "咋地",
    "咋的了",
    "有错吗",
    "有什么错",
    "有啥错",
    "又怎样",
    "又怎么样",
    // Wuhan 么样 (怎么样): `飞单又么样咯？`.
    "又么样",
    "有什么不行",
    "有啥不行",
    "有什么不可以",
    "有啥不可以",
    // Or how it differs: `买了亏了主播全额补给你，这跟保本有区别吗？`.
    "有区别吗",
    "有什么区别",
    "有啥区别",
    "有什么两样",
    "有啥两样",
];

/// True when the words after the keyword ask whether saying so goes too far (`说它零风险过分
/// 吗？`): unless answered yes, it does not.
pub(super) fn asks_whether_overstated(after: &[&str]) -> bool {
    matches!(after, [.., judged, "吗" | "么"] if OVERSTATED.contains(judged))
}

/// Saying too much.
const OVERSTATED: &[&str] = &["过分", "夸张", "过头", "言过其实", "离谱"];

/// True when the words after the keyword ask what is wrong with it ([`WHAT_IS_WRONG`]).
pub(super) fn asks_what_is_wrong(after: &[&str]) -> bool {
    let text = after.concat();
    let text = text.trim_end_matches(|character| {
        FINAL_PARTICLES.contains(&character) || matches!(character, '吗' | '么' | '呢')
    });
    WHAT_IS_WRONG
        .iter()
        .any(|ending| text.ends_with(ending) || text.ends_with(ending.trim_end_matches('吗')))
}

/// The answer that repeats the verb of an A-not-A question after the keyword: `私下交易管不管？
/// 管！` says yes, `不管` no.
/// So does repeating the predicate a `吗` asks about: `…内部消息准吗？准的`.
pub(super) fn echoed_answer(after: &[&str], following: &[Clause]) -> Option<bool> {
    let verb = match after {
        [verb, negated, ..] if negated.strip_prefix('不') == Some(*verb) => *verb,
        [verb, "不", again, ..] if verb == again => *verb,
        [verb, "吗" | "么"] => *verb,
        _ => return None,
    };
    let reply = following.first()?.words.concat();
    let reply = reply.trim_end_matches(FINAL_PARTICLES);
    if reply == verb {
        return Some(true);
    }
    (reply.strip_prefix('不') == Some(verb)).then_some(false)
}

/// The answer that repeats a whether-question's past deed before the keyword: `问：你是否说过
/// “返点给你一个点”？答：说过` says yes, `没说过` and `从没说过` no.
pub(super) fn echoed_deed_answer(before: &[&str], following: &[Clause]) -> Option<bool> {
    let whether = before.iter().position(|word| *word == WHETHER_MARK)?;
    let deed = before[whether + 1..].concat();
    let deed = PAST_DEEDS.iter().find(|past| deed.ends_with(*past))?;
    let reply = following.first()?.words.concat();
    let reply = reply.trim_end_matches(FINAL_PARTICLES);
    if reply == *deed {
        return Some(true);
    }
    let denied = reply.strip_suffix(deed)?;
    ["没", "没有", "从没", "从来没", "从没有", "从来没有"]
        .contains(&denied)
        .then_some(false)
}

/// Past deeds an audit question asks about, as their answer repeats them.
const PAST_DEEDS: &[&str] = &[
    "说过",
    "讲过",
    "承诺过",
    "做过",
    "收过",
    "给过",
    "加过",
    "发过",
    "答应过",
];

/// Questions whether a bother is needed: they urge doing without it.
pub(super) static NO_NEED: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["还用得着", "用得着", "何必", "何须", "还需要", "还用"]));

/// Verbs of knowing: negated under a rhetorical question they are asserted (`难道您不知道…吗`
/// says you know), and what is known keeps its own polarity (`难道您不知道不能私下转账吗`
/// denies). jieba keeps some whole with their negator (`不知道`).
const KNOWING: &[&str] = &["知道", "明白", "清楚", "了解", "晓得", "懂"];
const NOT_KNOWING: &[&str] = &["不知道", "不明白", "不清楚", "不了解", "不晓得", "不懂"];

/// Where a negated verb of knowing ends in `words`: `不|知道`, `不知道`.
pub(super) fn negated_knowing(words: &[&str]) -> Option<usize> {
    (0..words.len()).find(|&index| {
        NOT_KNOWING.contains(&words[index])
            || (KNOWING.contains(&words[index])
                && index
                    .checked_sub(1)
                    .is_some_and(|previous| is_negator(words[previous])))
    })
}

/// The next clause answers `有` alone, or `当然有` (not `真有的话…`, a supposition).
pub(super) fn is_answered_there_is(following: &[Clause]) -> bool {
    following.first().is_some_and(|next| {
        matches!(
            next.words.as_slice(),
            ["有" | "有的" | "有啊" | "有呀" | "当然有"] | ["当然", "有"]
        )
    })
}

/// A question asking who else does as the speaker's side does (`有几个人能像我们团队这样…？`,
/// `谁能像我一样…？`): a boast, unnegated.
pub(super) fn is_boast(before: &[&str]) -> bool {
    let Some(like) = before.iter().position(|word| *word == "像") else {
        return false;
    };
    let ours = before
        .get(like + 1)
        .is_some_and(|word| matches!(*word, "我" | "我们" | "咱" | "咱们"));
    let so = before[like + 1..]
        .iter()
        .any(|word| matches!(*word, "这样" | "一样" | "这么"));
    let who_else = before[..like]
        .iter()
        .any(|word| WH_WORDS.contains(word) || word.starts_with('谁'));
    ours && so && who_else && negators_in(before, false) == 0
}

/// `你说…` right before a whether-question: `你说这算不算包赚？`. Not `你说的…` (the addressee's
/// words) nor `我跟你说…` (let me tell you).
pub(super) fn is_seeking_agreement(before: &[&str]) -> bool {
    let Some(whether) = before.iter().position(|word| *word == WHETHER_MARK) else {
        return false;
    };
    let opening = whether.saturating_sub(4);
    (opening..whether).any(|at| {
        matches!(before[at], "你" | "您")
            && before.get(at + 1) == Some(&"说")
            && before.get(at + 2) != Some(&"的")
            && !at
                .checked_sub(1)
                .is_some_and(|previous| TOLD_TO.contains(&before[previous]))
    })
}

/// The next clause opens with a reason: `…？因为…`.
pub(super) fn opens_with_reason(following: &[Clause]) -> bool {
    following.first().is_some_and(|next| {
        next.words
            .first()
            .is_some_and(|word| matches!(*word, "因为" | "由于" | "是因为"))
    })
}

/// The next clause gives a reason: `…？因为…`.
pub(super) fn is_explained(following: &[Clause]) -> bool {
    if opens_with_reason(following) {
        return true;
    }
    following.first().is_some_and(|next| {
        let text = next.words.concat();
        // Or by what befalls those who break the rule: `为什么监管一直强调不能说稳赚？出了事都是
        // 我们担责`. Or by the rule itself: `你问为啥子不加私人微信？公司规定只能用企业微信`.
        contains_text(&text, CONSEQUENCES) || contains_text(&text, RULE_GIVERS)
    })
}

/// Who lays down a rule given as a question's reason.
/// (Or the rule written down: `您问为什么…不能用私人号联系您？总部备忘写得明白：…`.)
const RULE_GIVERS: &[&str] = &[
    "公司规定",
    "监管规定",
    "规定只能",
    "制度规定",
    "写得明白",
    "写得很明白",
    "写得清楚",
    "写得很清楚",
    "明文规定",
];

/// What befalls those who break a rule, given as its reason.
const CONSEQUENCES: &[&str] = &["出了事", "出事", "担责", "被罚", "被查", "追责"];

/// An offering question within [`MAX_OFFER_WORDS`] words of the keyword's end, as one word or
/// cut (`要|不要`).
pub(super) fn is_offering_question(after_keyword: &[&str]) -> bool {
    let near: String = after_keyword
        .iter()
        .take(MAX_OFFER_WORDS)
        .copied()
        .collect();
    contains_text(&near, OFFERING_QUESTIONS)
}

/// A whether-question right before the keyword that offers it: `要不要试试全权委托嘛`.
pub(super) fn is_offering_before(before_keyword: &[&str]) -> bool {
    let near: String = before_keyword
        .iter()
        .rev()
        .take(MAX_OFFER_WORDS)
        .rev()
        .copied()
        .collect();
    OFFERING_BEFORE.iter().any(|offer| near.ends_with(offer))
}

/// Whether-questions that offer what follows them.
const OFFERING_BEFORE: &[&str] = &[
    "要不要试试",
    "要不要试一下",
    "要不要试下",
    "想不想试试",
    "要不要考虑",
    "要不要考虑一下",
    "要不要来个",
    "要不要做个",
    "要不要搞个",
];

/// Whether-questions after a keyword that offer it to the addressee.
const OFFERING_QUESTIONS: &[&str] = &["要不要", "需不需要", "想不想", "要不要试试"];

/// Asking in the next clause whether the addressee wants it: `…，您要吗？`.
pub(super) const OFFERS_WANTED: &[&str] = &[
    "您要吗",
    "你要吗",
    "要不要",
    "需要吗",
    "想要吗",
    "感兴趣吗",
    "要一份吗",
    "来一份吗",
];
/// How many words after the keyword an offering question may stand: further on, in a run-on
/// message, it asks about something else (`…没有稳赚的产品他不太高兴你看要不要回访一下`).
const MAX_OFFER_WORDS: usize = 4;

/// Working no more, what the speaker would do if the supposition held: `这玩意儿要是包赚，我还上
/// 啥班啊`, `我有就唔使打工啦` (Cantonese: if I had it, I would not need to work).
pub(super) const NO_MORE_WORK: &[&str] = &[
    "第一个辞职",
    "回家躺平",
    "上啥班",
    "上什么班",
    "不用上班",
    "不用打工",
    "不用返工",
    "打什么工",
    "打啥工",
    "早辞职",
    // Or by what the speaker would long since have done: `要是真能包赚，我早把房子卖了全投进去了`.
    "早把房子卖",
    "早就发财",
    "早发财",
    "早退休",
    // Would I still be calling you every day: `我要真有内幕消息还用天天给您打电话吗`.
    "还用天天",
    "还天天",
    // Others would have bought it all long ago: `要是真有内部消息，人家自己早买了`.
    "自己早买",
    "早买光",
    "还轮得到",
    // Would I still be working here: `我要有内部消息还在这上班嘛`.
    "还在这上班",
    "还在这打工",
];

/// A rhetorical question that mocks the alternative to what the clause before declined:
/// `不加我个人号，难道还要走那么多流程吗？` urges adding the private account.
pub(super) fn is_retort(clause: &Clause) -> bool {
    contains_any(&clause.words, &RHETORICAL_MARKERS) && contains_any(&clause.words, &INSTEAD)
}

/// The clause's words with whether-questions (`能不能`, `能|不能`, `能|不|能`) taken out, since
/// their negator denies nothing, and the keyword's new index.
pub(super) fn without_whether<'t>(
    clause: &Clause<'t>,
    mention: &Mention,
) -> (Vec<&'t str>, usize, usize) {
    let mut words = Vec::with_capacity(clause.words.len());
    let (mut keyword_at, mut keyword_end) = (None, None);
    let mut index = 0;
    while index < clause.words.len() {
        if index == mention.first {
            keyword_at = Some(words.len());
        }
        if index == mention.end {
            keyword_end = Some(words.len());
        }
        let skipped = whether_length(&clause.words[index..]);
        // The A-not-A of the keyword itself (`保|不|保本`) asks whether it holds: the question
        // stands before the keyword, which is kept.
        if skipped == 3 && index + 2 == mention.first {
            words.push(WHETHER_MARK);
            index += 2;
            continue;
        }
        let overlaps_keyword = index < mention.end && index + skipped > mention.first;
        if skipped > 0 && !overlaps_keyword {
            words.push(WHETHER_MARK);
            index += skipped;
            continue;
        }
        words.push(clause.words[index]);
        index += 1;
    }
    let keyword_at = keyword_at.unwrap_or(words.len());
    let keyword_end = keyword_end.unwrap_or(words.len()).max(keyword_at);
    (words, keyword_at, keyword_end)
}

/// Drops a tag question that closes the clause after the keyword and seeks agreement with what
/// the clause said: `…不就是保本吗你说是不是` asks `不就是保本吗`, `…保本的，对不对` says it.
pub(super) fn drop_tag_question(words: &mut Vec<&str>, keyword_end: usize) {
    if words.last() != Some(&WHETHER_MARK) {
        return;
    }
    let mut start = words.len() - 1;
    if let [.., "你" | "您", "说", _] = words.as_slice() {
        start -= 2;
    }
    if start > keyword_end {
        words.truncate(start);
    }
}

/// What [`without_whether`] puts in place of a whether-question.
pub(super) const WHETHER_MARK: &str = "是否";

/// A whether-question, just after the keyword, about what doing it may bring
/// (`私下转账会不会被查？`, `…有没有风险`): its answer says the opposite of the deed's, since no
/// trouble says go ahead.
pub(super) fn asks_about_harm(after: &[&str]) -> bool {
    (0..after.len().min(3)).any(|at| {
        let length = whether_length(&after[at..]);
        length > 0 && {
            let asked = after[at + length..].concat();
            HARMS.iter().any(|harm| asked.starts_with(harm))
        }
    })
}

/// What doing it may bring, as a whether-question asks it.
const HARMS: &[&str] = &[
    "有问题",
    "出问题",
    "有事",
    "出事",
    "有风险",
    "风险",
    "被查",
    "查到",
    "查出来",
    "被发现",
    "违规",
    "违法",
    "犯法",
    "有麻烦",
    "穿帮",
];

/// How many words at the start of `words` form a whether-question (0: none).
fn whether_length(words: &[&str]) -> usize {
    match words {
        [first, ..] if WHETHER.contains(first) => 1,
        // Cantonese 是不是, which jieba cuts `係|咪`: `係咪穩賺先？`.
        ["是", "咪", ..] => 2,
        // `能|不|能`, and A-not-AB: `靠|不|靠谱`; Cantonese `系|唔|系`.
        [first, "不" | "没", third, ..] if !first.is_empty() && third.starts_with(first) => 3,
        [first, second, ..]
            if !first.is_empty()
                && (second.strip_prefix('不') == Some(first)
                    || second.strip_prefix('没') == Some(first)
                    // A-not-AB cut after A: `可|唔可以` (Cantonese, read `可|不可以`).
                    || second
                        .strip_prefix('不')
                        .is_some_and(|rest| rest.starts_with(first))) =>
        {
            2
        }
        _ => 0,
    }
}

/// A yes-or-no question, closed by a question mark or `吗`; a question mark after a question
/// word asks for that word only (see [`WH_WORDS`]).
pub(super) fn is_question(words: &[&str], clause: &Clause) -> bool {
    // English `why not?` closing it urges what it says: `转到我个人账户 asap 到账 why not？`; a
    // tag `ok?` seeks agreement with it: `私人号 DM 你了 ok？`.
    if matches!(words, [.., "why", "not"] | [.., "ok" | "okay"]) {
        return false;
    }
    match words.last() {
        // A question closed by 吧 seeks agreement with what it says: `我上次说的内部消息应验了吧？`;
        // 呗 urges it: `加我私人微信呗？`.
        Some(&("吧" | "呗")) => return false,
        // 嘛 asks only in a negated question (`不就是保本嘛`); otherwise it insists
        // (`肯定保本嘛`, `稳赚不赔的嘛`), and after a rule it explains (`公司不准我们返点的嘛`).
        Some(&"嘛")
            if negators_in(words, false) > 0
                && !words.iter().any(|word| PROHIBITING_MODALS.contains(word)) =>
        {
            return true;
        }
        Some(word) if QUESTION_PARTICLES.contains(word) && *word != "嘛" => return true,
        _ => {}
    }
    clause.question_mark && !words.iter().any(|word| WH_WORDS.contains(word))
}

/// A question that asserts its opposite: marked by `难道`, `谁说`…, or a negated question
/// (`为什么不…呢`, `不就是…吗`).
pub(super) fn is_rhetorical(words: &[&str], clause: &Clause) -> bool {
    if contains_any(words, &RHETORICAL_MARKERS) {
        return true;
    }
    let ending = words.concat();
    let ending = ending.trim_end_matches(FINAL_PARTICLES);
    if negators_in(words, false) > 0 && WHAT_ELSE.iter().any(|what| ending.ends_with(what)) {
        return true;
    }
    // `为什么要加私人微信呢？` (why would you?) discourages, as `为什么不…呢` urges.
    if contains_any(words, &WHY) && is_asking(clause) {
        return true;
    }
    // `私人微信聊不好吗？` (wouldn't it be better?) suggests it.
    let suggesting = is_question(words, clause)
        && words
            .iter()
            .rev()
            .find(|word| !is_particle(word) && !QUESTION_PARTICLES.contains(word))
            .is_some_and(|word| is_negated_adjective(word));
    if suggesting {
        return true;
    }
    if negators_in(words, false) == 0 {
        return false;
    }
    // `谁也不能保证保本`, `谁都不敢` (nobody) deny; they ask nothing.
    let which_not = position_of(words, &WHICH).is_some_and(|which| {
        negators_in(&words[which + 1..], false) > 0
            && !(words[which] == "谁" && matches!(words.get(which + 1), Some(&("也" | "都"))))
    });
    // `包赚的事儿谁不干啊` asks with its 啊, as chat leaves the question mark out.
    let exclaimed = matches!(words.last(), Some(&("啊" | "呀")));
    contains_any(words, &WHY)
        || is_question(words, clause)
        || (which_not && (is_asking(clause) || exclaimed))
}

/// `你问保本冇？`, `有内幕消息没有？`: the keyword's question closed by 没有, which asks yes or
/// no and denies nothing (the clause's only negator).
pub(super) fn is_asked_yes_or_no(before: &[&str], after: &[&str], clause: &Clause) -> bool {
    let tail = match after {
        ["没有" | "没"] => true,
        ["没有" | "没", particle] => is_particle(particle),
        _ => false,
    };
    tail && is_asking(clause) && negators_in(before, false) == 0
}

/// A word of 不 and an adjective or verb that is no negator of its own: `不好`, `不行`, `不对`.
pub(super) fn is_negated_adjective(word: &str) -> bool {
    word.starts_with('不')
        && word.chars().count() == 2
        && !CONNECTIVES.contains(&word)
        && !AFFIRMING_ADJECTIVES.contains(&word)
        && !is_negator(word)
}

/// Words of 不 that say how much or how well, not whether: `一分不少`, `收益不错`.
const AFFIRMING_ADJECTIVES: &[&str] = &[
    "不少", "不错", "不止", "不断", "不久", "不愧", "不已", "不时",
];

/// The clause was typed as a question: a question mark, or a question particle at its end.
pub(super) fn is_asking(clause: &Clause) -> bool {
    clause.question_mark
        || clause
            .words
            .iter()
            .rev()
            .find(|word| !is_particle(word))
            .is_some_and(|word| QUESTION_PARTICLES.contains(word))
}

/// The speaker supposing they have it, with no negator: `我要有`, `要是我有`, `我如果有`.
pub(super) fn is_having_supposed(before: &[&str]) -> bool {
    if negators_in(before, false) > 0 {
        return false;
    }
    let Some(at) = before.iter().position(|word| *word == "有") else {
        return false;
    };
    // `有的话`: if one had it.
    if before.get(at + 1) == Some(&"的话") {
        return true;
    }
    before[..at].iter().rev().take(2).any(|word| {
        matches!(
            *word,
            "要" | "要是" | "如果" | "假如" | "若" | "若是" | "真要"
        )
    })
}

/// Limiting what the speaker can give to something else: an answer that says no.
const ALL_I_CAN_GIVE: &[&str] = &["能给的只有", "能给的就只有", "能给你的只有", "能给您的只有"];

/// A warning not to believe it, opening an answer.
const DISBELIEVING: &[&str] = &["别信", "不要信", "千万别信", "莫信", "别听", "不要听"];

/// Who lays down a rule, opening an answer: `规定不允许`, `公司不让`.
const RULE_SUBJECTS: &[&str] = &["规定", "公司", "公司规定", "制度", "合规", "监管", "行里"];

/// A clause ending on there being a rule: what an answer no gives as its reason.
const RULES_EXIST: &[&str] = &["有规定", "有规矩", "有纪律", "有制度"];

/// The yes or no the next clauses give to a question: `None` when they give none.
pub(super) fn answer(following: &[Clause]) -> Option<bool> {
    answer_of(following, Restatement::Answers)
}

/// [`answer`], except that an emphatic answer restating the predicate (`我说“当然保本”`) gives
/// none: the restated words are read on their own.
pub(super) fn answer_not_restating(following: &[Clause]) -> Option<bool> {
    answer_of(following, Restatement::ReadApart)
}

/// What an emphatic answer that restates the predicate (`当然靠谱`) counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Restatement {
    /// A yes.
    Answers,
    /// Nothing: the restated words are read on their own.
    ReadApart,
}

fn answer_of(following: &[Clause], restatement: Restatement) -> Option<bool> {
    // The answer after some narration, where a frame or a teaser hands over to it: `客户问我这款
    // 是不是保本。我跟他解释了半天条款。他还是不放心。最后我说：放心，亏了算我的`, `…您猜怎么着？
    // 保得住，一分不少`.
    if let Some(at) = following.iter().position(is_answer_handover)
        && let Some(answer) = answer_of(&following[at + 1..], restatement)
    {
        return Some(answer);
    }
    // An official no, then the unofficial answer: `官方答案是不能。非官方答案：找我`; or a no in
    // appearance only, then what is done in private: `明面上不能。私下怎么弄，你们自己有数`.
    // A yes conceded, then asked whether it is worth it: `…能省手续费？是能省，省掉的是你将来维权
    // 的路，值吗？` says no.
    if following
        .iter()
        .take(3)
        .any(|clause| is_asking(clause) && contains_text(&clause.words.concat(), WORTH_IT))
    {
        return Some(false);
    }
    // Asked back what would still follow if the speaker had it, the speaker has none: `你要庄家
    // 的电话？我要有庄家电话还在这上班？`.
    // (The supposition may stand in a clause of its own: `真有的话，我还用得着开训练营讲课？`.)
    let asked_back = |clause: &Clause| is_asking(clause) && clause.words.contains(&"还");
    let supposed_apart = matches!(following, [supposition, question, ..]
        if !is_asking(supposition) && is_having_supposed(&supposition.words) && asked_back(question));
    if supposed_apart
        || following
            .first()
            .is_some_and(|clause| asked_back(clause) && is_having_supposed(&clause.words))
    {
        return Some(false);
    }
    let for_show = following
        .iter()
        .take(2)
        .position(|clause| contains_text(&clause.words.concat(), FOR_SHOW));
    if following
        .iter()
        .take(3)
        .any(|clause| contains_text(&clause.words.concat(), OFF_THE_RECORD))
        || for_show.is_some_and(|at| {
            following[at + 1..]
                .iter()
                .take(2)
                .any(|clause| contains_text(&clause.words.concat(), IN_PRIVATE))
        })
    {
        return Some(true);
    }
    // `有是有，但工作上的事我们只用企业微信`, `有是有，那是我跟家里人聊天用的`: a yes conceded
    // only to be limited by what follows answers nothing by itself.
    if let [first, ..] = following
        && matches!(first.words.as_slice(), [yes, "是", again] if yes == again)
    {
        return None;
    }
    // Reassurance says yes unless what follows it says no: `…吗？放心，亏不了`, `我回他“放心，
    // 我都做了十年了”`.
    let mut reassured = false;
    // A question in reply answers nothing (`您让我帮你操作，不是比走流程快多了吗？`), nor does a
    // tag question reporting an earlier answer (`我说不行对吧？我想了想，可以`).
    for clause in following.iter().filter(|clause| !is_asking(clause)).take(2) {
        // Even if it came to that, not: `您说的那种飞单，我就算业绩垫底也不会做`.
        if is_refused_even_so(&clause.words) {
            return Some(false);
        }
        // A supposition is no answer, but one mocked says no: `稳赚不赔？要真有这种产品我早辞职
        // 自己买了`.
        if is_supposition(&clause.words) {
            if is_mocked_in_place(&clause.words) {
                return Some(false);
            }
            continue;
        }
        // Not denying it says yes: `弹幕问“导师是不是有内幕消息”，我不否认，有`.
        if matches!(
            clause.words.as_slice(),
            ["不" | "并不" | "从不", "否认"] | ["我" | "我们", "不" | "并不" | "从不", "否认"]
        ) {
            return Some(true);
        }
        // Not taking it back stands by it: `…你还记得吧？额不收回`.
        if clause
            .words
            .windows(2)
            .any(|pair| pair[0] == "不" && STOOD_BY.contains(&pair[1]))
        {
            return Some(true);
        }
        // `你话我有冇内幕消息？我有就唔使打工啦`: had I any, I would work no more.
        if contains_text(&clause.words.concat(), NO_MORE_WORK) {
            return Some(false);
        }
        // A rule stated as the answer says no: `加私人微信？俺们这有规定，不中`, `…规定不允许`.
        let text = clause.words.concat();
        // Told to keep it quiet is no answer: `…请各自转加私人号备用，勿外传`.
        if contains_text(&text, KEPT_QUIET) {
            continue;
        }
        // All the speaker can give is something else: `我能给的只有公开的季度报告`.
        if contains_text(&text, ALL_I_CAN_GIVE) {
            return Some(false);
        }
        if let [subject, rest @ ..] = clause.words.as_slice()
            && RULE_SUBJECTS.contains(subject)
            && (1..=3).contains(&rest.len())
            && is_denial_predicate_after(rest)
        {
            return Some(false);
        }
        // So does a warning not to believe it, after a hesitation: `包赚？嗯莫信那些人港的咯`.
        let unhesitating = text.trim_start_matches(['嗯', '呃', '额', '哎', '唉']);
        if DISBELIEVING
            .iter()
            .any(|warning| unhesitating.starts_with(warning))
        {
            return Some(false);
        }
        if RULES_EXIST
            .iter()
            .any(|rule| text.trim_end_matches(FINAL_PARTICLES).ends_with(rule))
        {
            return Some(false);
        }
        // `你不给人家就跑了` supposes the no, and says what follows: no answer.
        if let Some(then) = clause.words.iter().position(|word| *word == "就")
            && negators_in(&clause.words[..then], false) % 2 == 1
        {
            continue;
        }
        let mut emphatic = false;
        for (index, word) in clause.words.iter().enumerate() {
            // `答案是可以`: a copula before the answer; `我说是的` is the answer.
            // `我的回答是：…`: the answer follows the frame's copula.
            let copula = *word == "是"
                && (clause
                    .words
                    .get(index + 1)
                    .is_some_and(|next| *next != "的")
                    || index.checked_sub(1).is_some_and(|previous| {
                        matches!(clause.words[previous], "回答" | "答案" | "答复")
                    }));
            // `我的回答还是那|句：“有”`.
            let that_line = *word == "那" && clause.words.get(index + 1) == Some(&"句");
            if ANSWER_FRAMES.contains(word) || copula || that_line {
                continue;
            }
            if REASSURANCES.contains(word) {
                reassured = true;
                continue;
            }
            if EMPHATIC.contains(word) {
                emphatic = true;
                continue;
            }
            // A loss that cannot happen says yes: `亏不了`, `跌|不了`.
            let next = clause.words.get(index + 1).copied().unwrap_or_default();
            if AFFIRMING_POTENTIALS.contains(word)
                || AFFIRMING_POTENTIALS.contains(&[*word, next].concat().as_str())
                || is_potential_positive(word)
            {
                return Some(true);
            }
            // A negated potential says no, whole (`做不了`) or cut (`整|不了`, `保证|不了`: a
            // yes-word cut from its complement).
            let cannot = is_potential_negative(word)
                || clause
                    .words
                    .get(index + 1)
                    .is_some_and(|next| SPLIT_POTENTIALS.contains(next));
            if cannot {
                return Some(false);
            }
            // `没问题` says yes before its 没 could say no; so does English run together
            // (`yes can lah`).
            // `有风险的`: there is risk, a no to whatever rules risk out.
            if *word == "有" && next == "风险" {
                return Some(false);
            }
            // The copula of a negation says no with it: Cantonese `梗系唔系啦` (of course not).
            if *word == "是" && matches!(next, "不" | "不是") {
                continue;
            }
            // It must be done by the asker themself: `这个要亲本人在APP里点哦` says no.
            if matches!(*word, "要" | "得" | "需要" | "必须")
                && clause.words[index + 1..]
                    .iter()
                    .any(|word| matches!(*word, "本人" | "亲自" | "自己"))
            {
                return Some(false);
            }
            // `要看您什么时候退保`: it depends, which answers neither way.
            if matches!(*word, "要看" | "得看" | "取决于")
                || (matches!(*word, "要" | "得" | "还得" | "还要") && next.starts_with('看'))
            {
                return None;
            }
            // Given, in a word: `别的行会给您返点吗？我们给`.
            if *word == "给"
                && clause.words[index + 1..]
                    .iter()
                    .all(|word| is_particle(word))
            {
                return Some(true);
            }
            // A modal of duty before a refusal refuses: `我必须拒绝`.
            if matches!(*word, "必须" | "只能" | "只好" | "要" | "得") && REFUSALS.contains(&next)
            {
                return Some(false);
            }
            if YES.contains(word) {
                return Some(true);
            }
            let negative = (word.starts_with('不') && !CONNECTIVES.contains(word))
                || word.starts_with('没')
                || is_negator(word)
                || REFUSALS.contains(word)
                || cannot;
            if negative {
                return Some(false);
            }
            // `当然靠谱`: an emphatic answer that repeats the predicate says yes.
            if (emphatic && restatement == Restatement::Answers) || reassured {
                return Some(true);
            }
            return None;
        }
        if emphatic {
            return Some(true);
        }
    }
    reassured.then_some(true)
}

/// A clause that only hands over to the answer after it: the speaker's frame, or a teaser.
fn is_answer_handover(clause: &Clause) -> bool {
    // (No handover runs to more than four words: most clauses are not joined to be compared.)
    if clause.words.len() > 4 {
        return false;
    }
    let text = clause.words.concat();
    ANSWER_HANDOVERS.contains(&text.trim_end_matches(FINAL_PARTICLES))
}

const ANSWER_HANDOVERS: &[&str] = &[
    "我说",
    "我就说",
    "最后我说",
    "后来我说",
    "我回他",
    "我回她",
    "我告诉他",
    "我告诉她",
    "我跟他说",
    "我跟她说",
    "我的回答是",
    "您猜怎么着",
    "你猜怎么着",
    "猜怎么着",
    "结果呢",
    "跟你直说",
    "跟您直说",
    "我直说",
    "跟你说实话",
    "跟您说实话",
    "讲老实话",
    "说老实话",
    "我们讲老实话",
    "我讲老实话",
    // The same answer as before: `您第三次问私下转账了，我还是那句话：不行`.
    "我还是那句话",
    "还是那句话",
    // One answer to all who asked: `…找我说全权委托给我打理，统一回复：做不了`.
    "统一回复",
    "统一答复",
    "一律回复",
];

/// A request turned down a few clauses on, its thing taken up by a demonstrative: `…心意领了，但
/// 这个钱我不能收`, `…就是说省点手续费，这个不行啊`, `…这个我真做不到`. (The answer right after
/// the request is [`answer`]'s to read.)
pub(super) fn is_turned_down_later(following: &[Clause]) -> bool {
    following
        .iter()
        .filter(|clause| !is_asking(clause))
        .take(3)
        .any(|clause| {
            let words = match clause.words.as_slice() {
                ["但" | "但是" | "可" | "可是" | "不过", rest @ ..] => rest,
                words => words,
            };
            // (Tianjin `介` is 这: `介个不成`, `介我可写不了`.)
            matches!(
                words.first(),
                Some(
                    // (`那这单我宁可不签`: 那 opens the consequence.)
                    &("这个"
                        | "那"
                        | "这"
                        | "这事"
                        | "这种事"
                        | "那个"
                        | "这话"
                        | "这句话"
                        | "介"
                        | "介个")
                )
            ) && (words[1..].iter().any(|word| {
                matches!(*word, "不能" | "不行" | "不可以" | "不收" | "不要" | "不成")
                    || is_potential_negative(word)
                    || SPLIT_POTENTIALS.contains(word)
                    || REFUSALS.contains(word)
            }) || words[1..]
                .windows(2)
                // Not done: `这个我真不打听`.
                .any(|pair| matches!(pair, ["不", verb] if NOT_DONE.contains(verb))))
        })
}

/// What the speaker does not do, after 不, turning a request down: `这个我真不打听`.
const NOT_DONE: &[&str] = &[
    "打听", "做", "干", "办", "接", "收", "碰", "帮", "参与", "掺和", "签",
];

/// A verb with a potential complement that says it can be done: `保得住`, `做得到` (the
/// affirmative of [`is_potential_negative`]).
fn is_potential_positive(word: &str) -> bool {
    let mut characters = word.chars();
    matches!(
        (
            characters.next(),
            characters.next(),
            characters.next(),
            characters.next()
        ),
        (
            Some(_),
            Some('得'),
            Some('到' | '成' | '住' | '通' | '了'),
            None
        )
    )
}

/// Taking words back, which refusing to (`不收回`) stands by them.
const STOOD_BY: &[&str] = &["收回", "改口", "反悔"];

/// An answer given off the record, which is the real one.
const OFF_THE_RECORD: &[&str] = &[
    "非官方",
    "私下讲",
    "私下说",
    "私下回答",
    "unofficially",
    "offtherecord",
];

/// Asking whether it is worth it, after a yes conceded.
const WORTH_IT: &[&str] = &["值吗", "值得吗", "划算吗", "值不值"];

/// An answer for show: openly, on the surface.
const FOR_SHOW: &[&str] = &["明面上", "明着", "表面上", "名义上"];

/// What is done in private.
const IN_PRIVATE: &[&str] = &["私下", "私底下", "背地里"];

/// Words that reassure the asker: `放心`, `您放心`.
const REASSURANCES: &[&str] = &["放心", "请放心", "您放心"];

/// A question asking who would not do or want it, which says everyone would: `谁没做过？`,
/// `谁不想抢先一步呢？`.
pub(super) fn is_who_would_not(clause: &Clause) -> bool {
    who_not(clause).is_some_and(|rest| !is_hurt(rest))
}

/// A question asking who has not been cheated or hurt by it, which warns: `谁没被坑过？`.
pub(super) fn is_who_was_not_hurt(clause: &Clause) -> bool {
    who_not(clause).is_some_and(is_hurt)
}

/// A question asking who ever saw or heard it come true, which says nobody did: `您听谁说过真
/// 兑现了？`, `谁见过稳赚的？`.
pub(super) fn is_who_ever(clause: &Clause) -> bool {
    let Some(who) = clause.words.iter().position(|word| WHO.contains(word)) else {
        return false;
    };
    is_asking(clause)
        && negators_in(&clause.words, false) == 0
        && clause.words[who + 1..].contains(&"过")
}

/// What follows the who-word of a question `谁…不/没…`, when the negator is the who-word's own
/// (`谁|还|不|信`), not one inside what is said or dared (`哪个|产品|敢|说|自己|没|风险`).
fn who_not<'c, 't>(clause: &'c Clause<'t>) -> Option<&'c [&'t str]> {
    let who = clause.words.iter().position(|word| WHO.contains(word))?;
    let asked = is_asking(clause) || clause.words.last() == Some(&"呢");
    let rest = &clause.words[who + 1..];
    // A modal may stand before the who-word's negator: `谁|还|敢|不|签`.
    let reach = if matches!(rest.get(1), Some(&("敢" | "会" | "肯" | "能"))) {
        3
    } else {
        2
    };
    let own_negation = &rest[..rest.len().min(reach)];
    (asked && negators_in(own_negation, false) > 0).then_some(rest)
}

/// Words of being cheated or losing: `被坑`, `亏`.
fn is_hurt(words: &[&str]) -> bool {
    words
        .iter()
        .any(|word| *word == "被" || DECEIVING.contains(word) || LOSSES.contains(word))
}

/// Words asking who.
const WHO: &[&str] = &["谁", "哪个", "哪位", "边个", "啥人"];

/// A clause that answers yes and says nothing else: `我说是的`, `我说“有”`.
pub(super) fn is_bare_yes(clause: &Clause) -> bool {
    // `对` alone, which as a preposition frames answers (`对他说`).
    if let [word, particles @ ..] = clause.words.as_slice()
        && YES.contains(word)
        && particles.iter().all(|particle| is_particle(particle))
    {
        return true;
    }
    let mut rest = clause
        .words
        .iter()
        .filter(|word| !ANSWER_FRAMES.contains(word) && !EMPHATIC.contains(word));
    rest.next().is_some_and(|word| YES.contains(word))
        && rest.all(|word| *word == "的" || is_particle(word))
}

/// A clause that opens with a condition: `要是…`, `要真有…`.
/// `就算…也不会做`, `哪怕…都不干`: a concession, then 也 or 都 and a negation, refuses whatever
/// the concession grants.
fn is_refused_even_so(words: &[&str]) -> bool {
    let Some(even) = words.iter().position(|word| EVEN_IF.contains(word)) else {
        return false;
    };
    words[even + 1..]
        .iter()
        .position(|word| matches!(*word, "也" | "都"))
        .is_some_and(|so| negators_in(&words[even + 1 + so + 1..], false) % 2 == 1)
}

/// Concessions of an extreme case.
const EVEN_IF: &[&str] = &["就算", "即使", "哪怕", "纵然", "即便"];

fn is_supposition(words: &[&str]) -> bool {
    // `我要能给你稳赚，…`, `我要敢收这个钱，…`: if I could, if I dared.
    if words
        .iter()
        .take(3)
        .zip(words.iter().skip(1))
        .any(|(first, second)| *first == "要" && second.starts_with(['能', '敢']))
    {
        return true;
    }
    match words {
        ["要" | "真要", "真" | "是" | "真的", ..] | ["真", "要", ..] => true,
        [first, ..] => CONDITIONALS.contains(first) || *first == "真要",
        [] => false,
    }
}

/// A supposition its own clause mocks: `要是真包赚我早辞职了` (I would have quit long ago).
pub(super) fn is_mocked_in_place(words: &[&str]) -> bool {
    words
        .iter()
        .position(|word| word.starts_with('早'))
        .is_some_and(|at| words[at..].contains(&"了"))
}
