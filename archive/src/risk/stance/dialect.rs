//! Dialect words read as the Mandarin words the readings know. Staff and customers write as
//! they speak: Henan and Shandong `俺` (我) and `恁` (您), Shanghainese `侬` (你), `阿拉` (我们)
//! and `额` (的), Cantonese `佢` (他), `冇` (没有), `唔` (不), `系` (是) and `咗` (了). Every
//! reading's word lists hold Mandarin; mapping a clause's words once, where the clauses are cut,
//! lets each of them read `可俺不能加` as it reads `可我不能加`, instead of each list adding each
//! dialect's form.
//!
//! Only whole jieba words are mapped, and only words that mean nothing else standing alone in a
//! chat (`伊` alone is Shanghainese 他; `伊利` stays a word of its own; `系` alone is Cantonese
//! 是, `系统` a word). jieba's dictionary holds no Cantonese, so the dialect words of more than
//! one character are added to it ([`words_to_segment`]): `唔好` (不要) must be cut whole, or its
//! characters would read `不|好` (not good).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// `(dialect word, the Mandarin word it is read as)`.
const MANDARIN_OF: &[(&str, &str)] = &[
    ("俺", "我"),
    ("俺们", "我们"),
    ("涯", "我"),
    ("𠊎", "我"),
    ("阿拉", "我们"),
    ("侬", "你"),
    ("伊", "他"),
    ("伊拉", "他们"),
    ("勿会", "不会"),
    // Minnan like this: `我也是安捏听说`.
    ("安捏", "这样"),
    // Wuhan why: `你問為麼事不能返傭？`.
    ("为么事", "为什么"),
    // Shanghainese 哪能 (how) doubled is "this and that", no question: `勿好讲庄家哪能哪能`.
    ("哪能哪能", "如此这般"),
    // Shanghainese 不, which Mandarin writes only in commands (`请勿`, `切勿`, words of their own):
    // `我从来勿加私人微信`; 不要, 不能 (`阿拉勿好碰客户账户`), don't believe, cannot be done.
    ("勿", "不"),
    ("勿要", "不要"),
    ("勿好", "不能"),
    ("勿信", "不要信"),
    ("勿来事", "不行"),
    // Suzhou: not allowed, cannot be done (`伲勿来个`), I (`伲`), you (`倷`).
    ("勿许", "不许"),
    ("勿来", "不行"),
    ("伲", "我"),
    ("倷", "你"),
    // Minnan and Putian you: `汝以后只加我`.
    ("汝", "你"),
    // Northeastern say, chat: `我上礼拜跟你唠的“保本”俩字`.
    ("唠", "说"),
    // Henan 不行: `这可不中`.
    ("不中", "不行"),
    // Shanghainese 不 written `弗` (`阿拉弗好碰客户的账户密码`, `弗晓得`), 谁 (`啥人讲稳赚`), 这
    // (`搿只`, `搿个`); Shaanxi 我们 (`额们`).
    ("弗", "不"),
    ("弗好", "不能"),
    ("啥人", "谁"),
    ("搿只", "这只"),
    // Oneself, in Wu and Cantonese: `账户密码侬自家收好`.
    ("自家", "自己"),
    ("搿个", "这个"),
    ("额们", "我们"),
    // Hunan: the husband (`你老倌子转的那句…`).
    ("老倌子", "老公"),
    // Shaanxi and Wu 不要: `嫑信短视频上说稳赚的`.
    ("嫑", "不要"),
    ("恁", "您"),
    ("恁们", "你们"),
    // Hunan and Jiangxi 没有: `返点咯个东西我们冒得`.
    ("冒得", "没有"),
    // Sichuan 没有 and 别: `你问我有莫得内部消息？…莫信`.
    ("莫得", "没有"),
    ("有莫得", "有没有"),
    ("莫信", "别信"),
    // Cantonese.
    ("唔", "不"),
    ("唔系", "不是"),
    ("唔好", "不要"),
    ("唔使", "不用"),
    ("唔会", "不会"),
    ("唔可以", "不可以"),
    // Not allowed: `我哋唔准收返佣` (as 不许: Mandarin 不准 after a noun may call it inaccurate).
    ("唔准", "不许"),
    ("唔得", "不行"),
    ("冇", "没有"),
    // Minnan cannot (`我說袂使，我不能幫你操作`), not (`阮講袂出來`: I cannot say it), I or we
    // (`阮`), want (`你欲阮講…`: you want me to say…).
    ("袂使", "不行"),
    ("袂用", "不行"),
    ("袂", "不"),
    ("阮", "我"),
    ("欲", "要"),
    // Minnan and Hakka 不: `毋可把网银个账户密码交给别人`.
    ("毋", "不"),
    ("毋可", "不可"),
    // Minnan must not: `照規定毋通加私人微信`.
    ("毋通", "不要"),
    ("毋会", "不会"),
    // Cantonese lose (money): `呢只唔会蚀，蚀咗我赔`.
    ("蚀", "亏"),
    ("冇问题", "没问题"),
    ("冇错", "没错"),
    ("冇人", "没人"),
    ("有冇", "有没有"),
    ("有冇得", "有没有"),
    ("系", "是"),
    ("嘅", "的"),
    ("咗", "了"),
    ("佢", "他"),
    ("佢哋", "他们"),
    ("我哋", "我们"),
    ("你哋", "你们"),
    ("边度", "哪里"),
    ("揾", "找"),
    ("搵", "找"),
    ("睇", "看"),
    ("俾", "给"),
    ("畀", "给"),
    ("嘢", "东西"),
    ("点解", "为什么"),
    ("点会", "怎么会"),
    ("千祈", "千万"),
    ("呢啲", "这些"),
    ("呃人", "骗人"),
    ("喺", "在"),
    ("阿仔", "儿子"),
    // Minnan and Hainan whether (`有无保收益？无的`); Nanchang say (`跟你直港`, `你港…`).
    ("有无", "有没有"),
    ("港", "说"),
    ("直港", "直说"),
];

/// Dialect words jieba's dictionary does not hold, cut as words so that they are read whole:
/// the words of [`MANDARIN_OF`] longer than one character, and words the readings know as they
/// are typed (`冇得`, `唔通`).
pub(crate) fn words_to_segment() -> impl Iterator<Item = &'static str> {
    MANDARIN_OF
        .iter()
        .map(|(dialect, _)| *dialect)
        .filter(|dialect| dialect.chars().nth(1).is_some())
        // (`莫想`, don't dream of it, is a negator of its own: `莫想稳赚不赔`.)
        .chain(["冇得", "唔通", "唔该", "莫想"])
}

/// The Mandarin word `word` is read as, between the words `previous` and `next` of its text:
/// itself, unless it is a dialect word of [`MANDARIN_OF`] or one read by its neighbours
/// ([`InContext`]).
pub(crate) fn as_mandarin<'a>(
    previous: Option<&str>,
    word: &'a str,
    next: Option<&str>,
) -> &'a str {
    // Every word of every window the readings read comes here: one hash lookup, not a walk
    // through the table or a comparison with each word read in context.
    let Some(dialect) = MANDARIN.get(word) else {
        return word;
    };
    let ends_clause = || next.is_none_or(|next| !next.chars().all(char::is_alphanumeric));
    let mandarin = match dialect {
        DialectWord::Always(mandarin) => Some(*mandarin),
        DialectWord::InContext(InContext::Er) => Some(er_as_mandarin(previous, next)),
        // Cantonese 话 (say) after its sayer: `有人喺群度话有内部消息`.
        DialectWord::InContext(InContext::Hua) => previous
            .is_some_and(|previous| SAYERS_OF_HUA.contains(&previous))
            .then_some("说"),
        DialectWord::InContext(InContext::HainanPerson(mandarin)) => {
            hainan_person(mandarin, previous, next)
        }
        // Wu question and 的 at a clause's end: `内部消息准伐？`, `准格！`; 格 also after a verb
        // of saying or a person (`侬讲格内部消息`).
        DialectWord::InContext(InContext::WuFa) => ends_clause().then_some("吗"),
        // Cantonese rhetorical 咪 (isn't it) before what it says is so: `转到我个人户口咪仲快？`;
        // before a verb it is a command not to (`咪信佢`), left as typed.
        DialectWord::InContext(InContext::CantoneseMai) => next
            .is_some_and(|next| MAI_SAYS_SO.contains(&next))
            .then_some("不是"),
        DialectWord::InContext(InContext::WuGe) => (ends_clause()
            || previous.is_some_and(|previous| {
                matches!(previous, "讲" | "说" | "我" | "你" | "侬" | "阿拉" | "伊")
            }))
        .then_some("的"),
    };
    mandarin.unwrap_or(word)
}

/// How a dialect word is read.
enum DialectWord {
    /// As this Mandarin word wherever it stands ([`MANDARIN_OF`]).
    Always(&'static str),
    /// As its neighbours say.
    InContext(InContext),
}

/// The words read by their neighbours.
#[derive(Clone, Copy)]
enum InContext {
    /// `额`: see [`er_as_mandarin`].
    Er,
    /// `话`: 说 after its sayer ([`SAYERS_OF_HUA`]), a noun elsewhere.
    Hua,
    /// Hainanese `哇` (我) and `鲁` (你): see [`hainan_person`].
    HainanPerson(&'static str),
    /// Wu `伐`: 吗 at a clause's end.
    WuFa,
    /// Wu `格`: 的 at a clause's end or after a verb of saying or a person.
    WuGe,
    /// Cantonese `咪`: 不是 before [`MAI_SAYS_SO`].
    CantoneseMai,
}

/// What Cantonese rhetorical `咪` (不是) stands before: more so, good, is, then, will do.
const MAI_SAYS_SO: &[&str] = &["仲", "更", "好", "系", "是", "就", "得"];

/// The words read in context, with how.
const IN_CONTEXT: &[(&str, InContext)] = &[
    ("额", InContext::Er),
    ("话", InContext::Hua),
    ("哇", InContext::HainanPerson("我")),
    ("鲁", InContext::HainanPerson("你")),
    ("伐", InContext::WuFa),
    ("格", InContext::WuGe),
    ("咪", InContext::CantoneseMai),
];

/// [`MANDARIN_OF`] and [`IN_CONTEXT`], by dialect word.
static MANDARIN: LazyLock<FxHashMap<&'static str, DialectWord>> = LazyLock::new(|| {
    MANDARIN_OF
        .iter()
        .map(|&(dialect, mandarin)| (dialect, DialectWord::Always(mandarin)))
        .chain(
            IN_CONTEXT
                .iter()
                .map(|&(dialect, how)| (dialect, DialectWord::InContext(how))),
        )
        .collect()
});

/// `额`, which two dialects write for different words: Shanghainese 的 (`真额勿来事`, `稳赚额东西`,
/// `…私人微信额`) and Shaanxi and Gansu 我 (`额晓得`, `可额俩啥关系`, `你就看额…`): 的 where Shanghainese puts it: ending a clause, after `真`, or before the noun it joins;
/// 我 anywhere else.
fn er_as_mandarin(previous: Option<&str>, next: Option<&str>) -> &'static str {
    let ends_clause = next.is_none_or(|next| !next.chars().all(char::is_alphanumeric));
    let after_really = previous == Some("真");
    let before_noun = next.is_some_and(|next| NOUNS_AFTER_DE.contains(&next));
    if ends_clause || after_really || before_noun {
        "的"
    } else {
        "我"
    }
}

/// Hainanese `哇` (我) and `鲁` (你) as `mandarin`, read so only before what a person does or has
/// ([`AFTER_HAINAN_PERSON`]): `哇帮鲁弄好`, `鲁把账户密码给哇`, not the interjection `哇，真好` or
/// the surname in `鲁总`.
fn hainan_person(
    mandarin: &'static str,
    previous: Option<&str>,
    next: Option<&str>,
) -> Option<&'static str> {
    let surname = previous.is_some_and(|previous| matches!(previous, "老" | "小" | "姓"));
    let acts = next.is_some_and(|next| AFTER_HAINAN_PERSON.contains(&next));
    // At a clause's end, after a verb or a preposition, it is the object: `给哇`, `骗鲁`.
    let object = next.is_none()
        && previous
            .is_some_and(|previous| matches!(previous, "给" | "帮" | "骗" | "回" | "跟" | "问"));
    (!surname && (acts || object)).then_some(mandarin)
}

/// What may follow Hainanese `哇` (我) or `鲁` (你) as a person.
const AFTER_HAINAN_PERSON: &[&str] = &[
    "没有", "没", "不", "不会", "不敢", "不要", "不能", "帮", "给", "是", "会", "就", "也", "都",
    "有", "来", "把", "跟", "和", "们", "这边", "这里", "自己", "一定", "可以", "放心", "的", "问",
    "要", "别", "先", "看", "买", "加", "转", "弄",
];

/// What stands before Cantonese 话 (say): its sayer, or the place it was said (`群度`, in the
/// group), or the way there is none of (`冇办法话`, no way to say).
const SAYERS_OF_HUA: &[&str] = &[
    "度", "人", "有人", "佢", "佢哋", "佢地", "啲人", "你", "阿仔", "个仔", "老公", "老婆", "阿妈",
    "同事", "朋友", "办法",
];

/// Nouns Shanghainese joins with `额` (的): `稳赚不赔额东西`.
const NOUNS_AFTER_DE: &[&str] = &["东西", "人", "事", "事体", "钞票", "产品"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialect_words_read_as_mandarin_and_others_as_themselves() {
        let alone = |word| as_mandarin(None, word, Some("说"));
        assert_eq!(alone("俺"), "我");
        assert_eq!(alone("恁"), "您");
        assert_eq!(alone("阿拉"), "我们");
        assert_eq!(alone("伊利"), "伊利");
        assert_eq!(alone("保本"), "保本");
        assert_eq!(alone("唔好"), "不要");
        assert_eq!(alone("系"), "是");
        assert_eq!(alone("系统"), "系统");
        assert_eq!(alone("倷"), "你");
        assert_eq!(alone("伲"), "我");
        assert_eq!(alone("勿许"), "不许");
    }

    #[test]
    fn cantonese_mai_is_rhetorical_before_what_it_says_is_so_and_a_command_before_a_verb() {
        assert_eq!(as_mandarin(Some("户口"), "咪", Some("仲")), "不是");
        assert_eq!(as_mandarin(Some("户口"), "咪", Some("系")), "不是");
        assert_eq!(as_mandarin(None, "咪", Some("信")), "咪");
        assert_eq!(as_mandarin(Some("咪"), "咪", None), "咪");
    }

    #[test]
    fn cantonese_hua_is_say_only_after_its_sayer() {
        assert_eq!(as_mandarin(Some("有人"), "话", Some("有")), "说");
        assert_eq!(as_mandarin(Some("度"), "话", Some("有")), "说");
        assert_eq!(as_mandarin(Some("这"), "话", Some("我")), "话");
        assert_eq!(as_mandarin(None, "话", None), "话");
    }

    #[test]
    fn er_is_shanghainese_de_where_it_joins_or_ends_and_shaanxi_wo_elsewhere() {
        // `额晓得`, `可额俩啥关系`, `你就看额周末过后买哪只`.
        assert_eq!(as_mandarin(None, "额", Some("晓得")), "我");
        assert_eq!(as_mandarin(Some("可"), "额", Some("俩")), "我");
        assert_eq!(as_mandarin(Some("看"), "额", Some("周末")), "我");
        // `…私人微信额`, `这个真额勿来事`, `稳赚不赔额东西`.
        assert_eq!(as_mandarin(Some("私人微信"), "额", None), "的");
        assert_eq!(as_mandarin(Some("私人微信"), "额", Some("，")), "的");
        assert_eq!(as_mandarin(Some("真"), "额", Some("勿")), "的");
        assert_eq!(as_mandarin(Some("稳赚不赔"), "额", Some("东西")), "的");
    }

    #[test]
    fn dialect_words_of_several_characters_are_cut_whole() {
        let segmenter = crate::risk::segment::Segmenter::new([]);
        let text = "千祈唔好信，佢哋冇得讲";
        let words: Vec<&str> = segmenter
            .cut(text)
            .iter()
            .map(|word| &text[word.byte_start..word.byte_end])
            .collect();
        assert_eq!(words, ["千祈", "唔好", "信", "，", "佢哋", "冇得", "讲"]);
        assert!(words_to_segment().all(|word| word.chars().count() > 1));
    }

    #[test]
    fn every_dialect_word_is_listed_once_and_maps_to_a_word_not_listed() {
        for (index, (dialect, mandarin)) in MANDARIN_OF.iter().enumerate() {
            assert!(
                MANDARIN_OF[index + 1..]
                    .iter()
                    .all(|(other, _)| other != dialect),
                "{dialect} listed twice"
            );
            assert!(
                MANDARIN_OF.iter().all(|(other, _)| other != mandarin),
                "{mandarin} is itself mapped"
            );
        }
    }
}
