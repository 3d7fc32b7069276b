//! What takes a refusal or denial back: an exception made after it (`但我个人…`), concealment
//! (`私下…不走系统`), sending the customer elsewhere, a lament over it, and the speaker
//! contradicting what others deny.

use std::sync::LazyLock;

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::Clause;
use super::denial::denials_in;
use super::markers::{Markers, contains_any, contains_text, is_particle};
use super::question::is_asking;
use super::speech::is_deposit_word;
use crate::risk::negation::{is_negator, negators_in};

/// Answers that refuse: `我当场回绝了`.
pub(super) const REFUSALS: &[&str] = &[
    "回绝",
    "拒绝",
    "婉拒",
    "谢绝",
    // Colloquial: `…让我帮他走一单飞单，我直接拒了`.
    "拒",
    "拒掉",
    "否认",
    "驳回", // and sending back what was pressed on one:
    "退回",
    "退回去",
    "退还",
];

/// Words that make an exception to a rule the clause before stated: `公司规定不能返佣，不过我
/// 可以给您特批` offers the very thing.
pub(super) const EXCEPTIONS: &[&str] = &[
    "除非",
    "除外",
    // English, run together: `…我是不做的，except for you`.
    "except",
    // An outside product, which is what flying orders are: `飞单我是不搞的…我这个是朋友公司的
    // 产品，走我这里就行`.
    "朋友公司的产品",
    "外面的渠道",
    // Introducing an outside product, which is flying an order: `飞单我不做，我只是帮您介绍一款
    // 外面的产品` (not `您说的那款外面的产品，我可以帮您查一下是不是持牌机构`).
    "介绍一款外面的产品",
    "是我朋友公司的",
    // Family's accounts and people: `要不您转给我媳妇`, `我把我老婆的号给你`, `钱先转我爱人卡上`,
    // `我介绍给我表弟，他来接`.
    "转给我媳妇",
    "转给我老婆",
    "转给我老公",
    "转我爱人",
    "转给我爱人",
    "我老婆的号",
    "我老公的号",
    "我媳妇的号",
    "介绍给我表弟",
    "介绍给我表哥",
    // The password after all: `不能代客理财。密码给我`; Malaysian `bank in 我的户口`.
    "密码给我",
    "我的户口",
    "我表哥那",
    "我表姐那",
    "我亲戚那",
    // The password handed over after all (Cantonese `你俾个密码我`), losses paid out of pocket.
    "给个密码我",
    "自己掏钱补",
    "掏钱补你",
    "全额补给你",
    "全额补给您",
    "介绍外面的产品",
    "推荐一款外面的产品",
    // Going through a relative's account or firm: `…不过你一定要，我帮你走我阿哥个账户`.
    "阿哥个账户",
    "阿哥的账户",
    "我哥的账户",
    "表哥的账户",
    "表哥的公司",
    // If it is done at all, it is done another way: `私下交易我不做，要做也是走我表哥的公司`.
    "要做也是",
    // The codes or the keys handed to the speaker: `我不干。你把验证码念给我，剩下的我在后台弄好`.
    "验证码念给我",
    "验证码发给我",
    "验证码报给我",
    "验证码告诉我",
    // `内幕消息我唔讲，but I'll give you a hint：…`.
    "hint",
    "特批",
    "破例",
    "通融",
    "例外",
    "网开一面",
    "开个口子",
    "开口子",
    "特事特办",
    "私下给您办",
    // Done in private after all: `公司讲不准加客户私人微信，规定是规定嘛，我们私底下整一个`.
    "私底下",
    "这次给您办",
    "给您办",
    // Once only: `飞单我原则上是拒绝的，但您这么急，就这一次`.
    "就这一次",
    "下不为例",
    // The same in Wu: `…我帮侬做一单，下勿为例`.
    "下勿为例",
    // When did following me ever lose: `包赚这种话我是不得说的哈，但是跟到我买，你啥子时候亏过嘛？`.
    "时候亏过",
    "哪次亏过",
    "哪期亏过",
    "哪回亏过",
    "哪年亏过",
    // The substance promised in person: `拒绝承诺保收益是公司规定，我遵守。…少一分我补`.
    "少一分我补",
    "少了我补",
    "我自己补",
    "我补给您",
    "我补给你",
    "全额返还",
    // Yours for the asking: `返佣这种事我不能主动提，黄姐你要是开口要，那我肯定给你安排咯`,
    // `飞单我不干……哎呀你非要的话，六十万就先放我这`.
    "开口要",
    "非要的话",
    // The speaker's own family bought it: `俺不能说稳赚，俺只能说俺家里人都买了`.
    "家里人都买了",
    "家人都买了",
    "自己都买了",
    // In Cantonese: `但我自己都俾晒屋企人買`.
    "屋企人买",
    // A code word to remember instead: `上面不许我们写保本两个字，你就记住bb`.
    "你就记住",
    // Another account of the speaker's: `私人微信我是不能给你的——不过你搜一下“小彭的生活号”`.
    "生活号",
    "你搜一下",
    // Said another way (besides the renamings): `…，改说“本金安全有保障”，意思一样`.
    "意思一样",
    // Let out all the same: `开发商内部消息我不能透露……好吧就一句：…`.
    "好吧就一句",
    "就透露一句",
    "偷偷告诉你",
    "悄悄告诉你",
    "少一分补一分",
    "亏多少补多少",
    "我来兜底",
    "我兜底",
    // English, run together by the compact text: `I won't say 保本 officially，but between us，
    // you won't lose a cent`.
    "betweenus",
    "offtherecord",
    "wontloseacent",
    // The account given anyway: `私人号是不让加，但陈叔你加了我也不会删你呀，我把号发你嘛`.
    "把号发你",
    "把号发您",
    "微信号发你",
    "微信号发您",
    // The act itself asked for: `我不做代客理财的，那是违规。你就把股票账户借我用几天`,
    // `…那就把手机银行给我，我帮您把买卖都办了`.
    "手机银行给我",
    "网银给我",
    "账户交给我",
    "账户借我",
    "账户借给我",
    // As for the addressee: `我上周拒绝了一个客户的返佣要求——因为他要得太多了，您的话给千二`.
    "您的话",
    "你的话",
    // Heard, and passed on: `内幕消息我可没有啊……我只是听研究所的朋友说…`.
    "只是听",
    // Understood another way: `庄家这个词我不能说，你就理解成有大资金今晚要进场…`.
    "你就理解成",
    "您就理解成",
    "理解成",
];

/// Saying the same under another name, which makes an exception to a rule on the word (`合规不让
/// 提庄家，咱就叫'主力'`, `禁止说“保本”，改说“…”`) and says a word ruled out all the same
/// (`…改叫“独家研判”就行`). Matched wherever [`EXCEPTIONS`] are.
pub(super) const RENAMINGS: &[&str] = &[
    "换个说法",
    "换种说法",
    "换个叫法",
    "改说",
    "改叫",
    "咱就叫",
    "我们就叫",
    // A script to use instead, to the same effect: `禁用词：保本、稳赚。替代话术：“…”——效果一样`.
    "替代话术",
    "效果一样",
];

/// True when `text` names an exception ([`EXCEPTIONS`]) or a renaming ([`RENAMINGS`]).
pub(super) fn names_exception(text: &str) -> bool {
    contains_text(text, EXCEPTIONS) || contains_text(text, RENAMINGS)
}

/// The next clauses make an exception to the rule or denial just stated, and do not negate it
/// (`…，不过这次可以给您特批`; `没法给您破例` keeps the rule): an exception named, or a
/// concession that limits the rule (`…，除非是您这种熟客`, `…，不过50万以内问题不大`), or any
/// concession after a rule the speaker hedged (`原则上不行，不过…`, `明面上不许返点，但是…`).
/// A concession that offers something else (`保本我给不了，但我能每周给您同步净值`) keeps the
/// rule.
pub(super) fn is_excepted(
    before_keyword: &[&str],
    after_keyword: &[&str],
    following: &[Clause],
) -> bool {
    if is_taken_back(after_keyword, following) {
        return true;
    }
    // A wink, however far on: `不让我们透露内部消息，我没透露啊，我就说那只票有大利好，你自己悟`.
    if is_winked_at(following) {
        return true;
    }
    // The hedge may follow the keyword it hedges (`飞单我原则上是拒绝的`), in its clause or the
    // next (`返点我不能给你——明面上不能`); jieba may cut it (`明|面上`).
    let hedged = contains_text(&before_keyword.concat(), HEDGES)
        || contains_text(&after_keyword.concat(), HEDGES)
        || following
            .first()
            .is_some_and(|next| contains_text(&next.words.concat(), HEDGES));
    // The speaker's own doing on the quiet, set against the others just warned against:
    // `外面那些返佣的都不靠谱的你在我这买我私下返你两个点`.
    if following.first().is_some_and(|next| {
        denials_in(&next.words) == 0 && contains_text(&next.words.concat(), DONE_ON_THE_QUIET)
    }) {
        return true;
    }
    // The thing done through a relative's or another account of the speaker's, however far on:
    // `私人微信不能加，那你加我老婆的微信`, `…你让你表哥出面，跟我签个“借款”，钱过我卡就行了`.
    if following.iter().take(3).any(|clause| {
        let text = clause.words.concat();
        denials_in(&clause.words) == 0
            && (names_relatives_account(&text) || contains_text(&text, OTHER_ACCOUNTS))
    }) {
        return true;
    }
    // An exception named outright may stand further on, after the rule's reasons: `代客理财我们
    // 不做，这个您知道，公司规定也写了，…可您实在没空的话，那就把手机银行给我`.
    if following
        .iter()
        .take(4)
        .any(|clause| denials_in(&clause.words) == 0 && offers_exception(&clause.words.concat()))
    {
        return true;
    }
    following.iter().take(2).any(|clause| {
        // `要不` (how about) opening the clause denies nothing: `要不您转给我媳妇`.
        let words = match clause.words.as_slice() {
            ["要", "不", rest @ ..] => rest,
            words => words,
        };
        if denials_in(words) > 0 {
            return false;
        }
        let text = clause.words.concat();
        if offers_exception(&text) || GIVEN_TO_ME.contains(&text.as_str()) {
            return true;
        }
        let conceding = clause
            .words
            .first()
            .is_some_and(|word| CONCESSIVES.contains(word));
        let scoped = contains_text(&text, EXCEPTION_SCOPES);
        // After a hedged rule, what is done privately or besides needs no `但`: `…明面上不能。
        // 私下我转你一千`, `…明面上遵守；另外给贵司财务部的那份…`.
        let besides = clause.words.first() == Some(&"另外");
        conceding && (hedged || scoped) || hedged && (scoped || besides)
    })
}

/// A clause that only excepts deposits: `存款类除外`, `国债除外`.
fn is_deposits_excepted(text: &str) -> bool {
    let Some(deposits) = text.strip_suffix("除外") else {
        return false;
    };
    let deposits = deposits.trim_end_matches(['类', '都']);
    is_deposit_word(deposits)
}

/// After the keyword refused as a word, a clause (the next, or the one after the naming
/// clause) concedes only to hand over to what it means: `保本呢两个字我唔写得，但我同你讲，…`.
pub(super) fn hands_over_the_substance(following: &[Clause]) -> bool {
    following.iter().take(2).any(|clause| {
        clause
            .words
            .first()
            .is_some_and(|word| CONCESSIVES.contains(word))
            && denials_in(&clause.words) == 0
            && contains_text(&clause.words.concat(), SUBSTANCE_HANDOVERS)
    })
}

/// What hands over from a word refused to what it means: I tell you.
const SUBSTANCE_HANDOVERS: &[&str] = &[
    "跟你说",
    "跟您说",
    "跟你讲",
    "跟您讲",
    "同你讲",
    "同你说",
    "告诉你",
    "告诉您",
    "和你说",
    "和您说",
];

/// True when `text` names an account of the speaker's relative: `我老婆的微信`, `我表哥的卡`,
/// `我媳妇那个号`.
fn names_relatives_account(text: &str) -> bool {
    text.match_indices('我').any(|(at, _)| {
        let rest = &text[at + '我'.len_utf8()..];
        let Some(relative) = RELATIVES
            .iter()
            .find(|relative| rest.starts_with(*relative))
        else {
            return false;
        };
        let rest = &rest[relative.len()..];
        let rest = ["的", "那个", "那张", "这个", "个"]
            .iter()
            .find_map(|joint| rest.strip_prefix(joint))
            .unwrap_or(rest);
        ACCOUNT_NOUNS.iter().any(|noun| rest.starts_with(noun))
    })
}

/// The speaker's relatives, whose accounts stand in for the speaker's.
const RELATIVES: &[&str] = &[
    "老婆", "老公", "媳妇", "爱人", "太太", "先生", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂弟",
    "哥", "姐", "弟", "妹", "儿子", "女儿", "亲戚", "妈", "爸",
];

/// Accounts money or contact may go through.
const ACCOUNT_NOUNS: &[&str] = &[
    "微信",
    "号",
    "卡",
    "账户",
    "账号",
    "户口",
    "支付宝",
    "银行卡",
    "公司",
];

/// The speaker doing it on the quiet: `我私下返你两个点`.
const DONE_ON_THE_QUIET: &[&str] = &["我私下返", "我私下给", "我私下帮", "我偷偷返", "我偷偷给"];

/// Another account of the speaker's, or money routed through the speaker's card: `你加我另一个
/// 微信`, `钱过我卡就行了`.
const OTHER_ACCOUNTS: &[&str] = &[
    "我另一个微信",
    "我另一个号",
    "我另外一个微信",
    "我另外一个号",
    "我的小号",
    "加我小号",
    // `…这个我不能加。我换个小号给你`.
    "换个小号",
    "过我卡",
    "过我的卡",
    "走我卡",
    "走我的卡",
    "我朋友公司",
    "我朋友的公司",
];

/// An exception offered in `text`, not one that only describes a thing: `给您办的每一单都能
/// 在系统里查到` speaks of the orders handled, where `这次给您办` offers to handle one.
fn offers_exception(text: &str) -> bool {
    // Deposits excepted are what the rule's keyword says of them, no exception to it: `监管不允许
    // 任何人说它保本，存款类除外`.
    if is_deposits_excepted(text) {
        return false;
    }
    // `…我把号发你的嘛` ends on particles: still the offer.
    let offered = |end: usize| {
        text[end..]
            .strip_prefix('的')
            .is_none_or(|modified| modified.is_empty() || is_particle(modified))
    };
    // One pass over the text for every phrase: this runs for the clauses after most refusals.
    match EXCEPTION_AUTOMATON.as_ref() {
        Some(automaton) => automaton
            .find_overlapping_iter(text)
            .any(|found| offered(found.end())),
        None => EXCEPTIONS.iter().chain(RENAMINGS).any(|exception| {
            text.match_indices(exception)
                .any(|(at, _)| offered(at + exception.len()))
        }),
    }
}

/// [`EXCEPTIONS`] and [`RENAMINGS`] as one automaton (each phrase once).
static EXCEPTION_AUTOMATON: LazyLock<Option<CharwiseDoubleArrayAhoCorasick<u32>>> =
    LazyLock::new(|| {
        let phrases: std::collections::BTreeSet<&str> =
            EXCEPTIONS.iter().chain(RENAMINGS).copied().collect();
        CharwiseDoubleArrayAhoCorasick::new(phrases).ok()
    });

/// The rule or warning just stated is taken back, in the rest of its clause or the next two:
/// dismissed (`合规说严禁代客理财，我就当没听见`, `这条严禁拉升的通知大家看看就好`,
/// `严禁飞单，但这个不算`), its example set apart (`警惕飞单骗局！不过我介绍的这个不是骗局`,
/// `小心那些说有内幕消息的骗子，我这条是真的`), or its substance promised anyway
/// (`禁止承诺保收益，我不承诺，…差多少我补多少`).
pub(super) fn is_taken_back(after_keyword: &[&str], following: &[Clause]) -> bool {
    let takes_back =
        |text: &str| contains_text(text, TAKEN_BACK) || contains_text(text, CONCEALMENT);
    // So does redirecting the thing to the speaker: `外面骗子要账户密码千万别给，给我就行`.
    takes_back(&after_keyword.concat())
        || following.iter().take(4).any(|clause| {
            let text = clause.words.concat();
            takes_back(&text) || GIVEN_TO_ME.contains(&text.as_str()) || gives_in(clause)
        })
}

/// A clause that opens by giving in, the speaker having done it again or after all: `…没办法，
/// 又接了三个账户`, `后来还是帮了` (not `客户又接了个电话`, whose subject is another).
pub(super) fn gives_in(clause: &Clause) -> bool {
    let words = match clause.words.as_slice() {
        [first, rest @ ..] if matches!(*first, "我" | "后来" | "最后" | "结果") => rest,
        words => words,
    };
    // Done, with 了: `我只好帮侬讲讲产品` helps with something else.
    match words {
        [adverb, verb, "了", ..] if GIVING_IN.contains(adverb) => GIVEN_IN_TO.contains(verb),
        [adverb, done, ..] if GIVING_IN.contains(adverb) => done
            .strip_suffix('了')
            .is_some_and(|verb| GIVEN_IN_TO.contains(&verb)),
        // Done, the whole clause: `飞单本来不接的，您这么大一笔，我接了`.
        [verb, "了"] => GIVEN_IN_TO.contains(verb),
        _ => false,
    }
}

/// Adverbs of doing it again or after all.
const GIVING_IN: &[&str] = &["又", "还是", "只好", "只得", "最后还是"];

/// What the speaker gives in to: taking the accounts or orders on, helping, doing it.
const GIVEN_IN_TO: &[&str] = &["接", "帮", "做", "答应"];

/// Phrases that take back a rule or warning the speaker just stated (see [`is_taken_back`]).
pub(super) const TAKEN_BACK: &[&str] = &[
    "当没听见",
    "当没看见",
    "看看就好",
    "看看就行",
    "听听就好",
    "听听就行",
    "走个形式",
    "走走形式",
    "做做样子",
    "这句我说完了",
    "这个不算",
    "这次不算",
    "不算数",
    "又不给我发工资",
    "除了我",
    "我这个不是骗局",
    "这个不是骗局",
    "我这条是真的",
    // Do it, but with me: `警惕野路子代客理财！要找就找我这样的…`.
    "要找就找我",
    "要加就加我",
    "我这条绝对",
    "我这个绝对",
    "我这个是真的",
    "我这个不一样",
    "我这条不一样",
    "差多少我补多少",
    // Not a cent short, cannot lose: `…我就不讲了，反正你晓得的，到期一分不少`.
    "一分不少",
    "一分都不少",
    "一分都少不了",
    "一分也少不了",
    "一分钱都少不了",
    "少不了一分",
    "亏了我赔",
    "绝对不会亏",
    "保证不亏",
    "我给您的消息不一样",
    "我给你的消息不一样",
    "差额我",
    "亏了我补",
    "亏了算我的",
    // Known without being said: `上面不准我们讲稳赚，那我不讲，杨阿姨你自己心里晓得就行`.
    "心里晓得就行",
    "心里明白就行",
    "心里有数就行",
    "心里清楚就行",
    // The rule is for others: `禁止碰客户账户密码那是针对新人的，我老员工了`,
    // `别把账户密码给陌生人，给我没事`.
    "针对新人",
    "对新人的",
    "给我没事",
    "给我就没事",
    "发我没事",
    "我例外",
    "对我不适用",
    // Set apart in written style: `切勿参与。本人经手之项目另当别论`.
    "另当别论",
    // A rule for show, for others, or said only: `守则是给外人看的，咱们该怎么干怎么干`,
    // `那是管新人的`, `话是这么说，…`, `表面上拒绝，…你们私下接着就是`.
    "给外人看的",
    "做给外人看",
    "该怎么干怎么干",
    "该咋干咋干",
    "该怎么做怎么做",
    "管新人的",
    "话是这么说",
    "私下接着",
    "内容照发",
    // Done all the same: `…，我照样给您打理`.
    "照样给您",
    "照样帮您",
    "照样给你",
    "照样帮你",
];

/// [`CONCEALMENT`] as words, for the plain reading, which most keywords take: no text is
/// joined unless a word may start one.
pub(super) static CONCEALMENT_WORDS: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(CONCEALMENT));

/// Concealment: whatever was reported or forbidden, the speaker means to do it unseen.
pub(super) const CONCEALMENT: &[&str] = &[
    // Kept out of the checks: `…单线维护，不纳入抽查`.
    "不纳入抽查",
    "不纳入检查",
    "别留记录",
    "不留记录",
    "没记录",
    "查不到",
    // Kept out of the firm's systems: `私下转账吧，不走系统`.
    "不走系统",
    "不进系统",
    // Out of the boss's sight: `恁偷偷加一个，别让俺领导看见就中`.
    "别让领导看见",
    "别让我领导看见",
    "偷偷加",
    // Kept off the firm's books: `所以返点不走公司，你放款后微信转我`.
    "不走公司",
    "绕开系统",
    "没人查",
    "没有人查",
    "没得人查",
    "冇得人查",
    "查不出来",
    // Only not in the group: `以后这类消息一对一发给VIP客户就行，别在群里发`.
    "别在群里发",
    "不要在群里发",
    "别在群里说",
    "一对一发",
    // Sent in a private chat instead: `内幕消息我还能在这儿发吗？私聊给你`.
    "私聊给你",
    "私聊发你",
    // Said off the written record: `…我不能写在聊天里，打电话跟你说，反正就是这个意思`.
    "打电话跟你说",
    "打电话跟您说",
    "电话里说",
    "电话里跟你说",
    "反正就是这个意思",
    "私发给你",
    "隐蔽点",
    "做隐蔽",
    "干干净净",
    // Nobody will know: `私下交易谁知道啊？你不说我不说`.
    "你不说我不说",
    "你知我知",
    "天知地知",
    "神不知鬼不觉",
    "没人知道",
    "没人晓得",
    "没人知",
    "没人会知道",
    "不会有人知道",
];

/// True when one of the next three clauses leaves the addressee to understand what was not
/// said: `…你自己悟`, `…你品，你细品`.
pub(super) fn is_winked_at(following: &[Clause]) -> bool {
    following
        .iter()
        .take(3)
        .any(|clause| contains_text(&clause.words.concat(), WINKS))
}

/// A clause that only redirects the thing to the speaker: `外面骗子要账户密码千万别给，给我就行`.
const GIVEN_TO_ME: &[&str] = &[
    "给我就行",
    "给我就ok",
    "给我就好",
    "交给我就行",
    "给我就可以",
    // Given in to: `…不过侬一定要給，那就給我吧`.
    "那就给我吧",
    "那就给我",
];

/// Leaving the addressee to understand what was not said.
const WINKS: &[&str] = &[
    "你自己悟",
    "您自己悟",
    "你懂的",
    "您懂的",
    "懂的都懂",
    "你懂得",
    "懂我意思",
    // After a hint: `内幕消息额不能明说，你就看额周末过后买哪只，跟上就对了，懂了吧`.
    "懂了吧",
    // Cantonese: you know what to do, you get what I mean.
    "识做",
    "明我意思",
    // Known anyway, said off the record: `反正你晓得的`, `恁就当俺啥也没说：…`.
    "你晓得的",
    "您晓得的",
    "当我啥也没说",
    "当我什么也没说",
    "当我什么都没说",
    // Don't ask why: `…但你下周二前买进去，准没错，别问为什么`.
    "别问为什么",
    // Savour it: `你说我为啥老让你加我个人号？你品，你细品`.
    "你品",
    "您品",
    "你细品",
    "您细品",
];

/// Words that open a concession: `…不行，不过…`.
pub(super) const CONCESSIVES: &[&str] = &["不过", "但", "但是", "可是", "可", "只是", "but", "惟"];

/// Adverbs that state a rule only to concede from it: `私下转账原则上不行`, `明面上不许返点`,
/// `加我个人号本来不合规`.
const HEDGES: &[&str] = &[
    "原则上",
    "一般",
    "一般来说",
    "本来",
    "按理说",
    "按说",
    "理论上",
    // Rules are rules (but): `规定是规定嘛，你转我微信…`.
    "规定是规定",
    "明面上",
    // Not openly: `咱不能明着给。回头我请您吃饭，饭钱里头就有了`.
    "明着",
    "明说",
    "明讲",
    "表面上",
    "名义上",
    // In English: `officially we cannot 帮你操作 lah`, `I usually say no to 私下转账`.
    "officially",
    "usually",
    "normally",
];

/// What a concession may limit the rule to, or take back with: a class of customer or amount
/// (`除非是您这种熟客`, `50万以内问题不大`), doing it privately, saying it another way
/// (`那我换个说法：…`), or the act itself (`您把账户给我`, `转我支付宝就行`).
const EXCEPTION_SCOPES: &[&str] = &[
    "unofficially",
    // The addressee told to go ahead: `加我个人号本来不合规，可是…，您加一下吧`,
    // `私人微信本来不加客户的，看您急，加吧`.
    "加一下",
    "加吧",
    // Or to send it, or the speaker took it: `私下转账我本来不接，你都这么说了，转吧`,
    // `您给的返佣我本来不要，您非塞，我就收下了`.
    "转吧",
    "收下了",
    "就收下",
    "以内",
    "以上的",
    "熟客",
    "老客户",
    "大客户",
    "私下",
    "偷偷",
    "悄悄",
    "问题不大",
    "账户给我",
    "账户交给我",
    "密码给我",
    "转我",
    "转给我",
    // In a private capacity: `本行无法受理全权委托，惟本人可以私人身份受托`.
    "私人身份",
    // The speaker in person, beside the firm's rule: `…是公司规定，我遵守。但我个人跟您担保：…`.
    "我个人跟您",
    "我个人跟你",
    "我个人给您",
    "我个人给你",
    "我个人向您",
    "我个人向你",
    // Saying something else that comes to the same: `我不能说保本，但我可以说一句：…`.
    "可以说一句",
    // Confirmed in person: `书面保本承诺我们不出具，但本人在此确认：…`.
    "本人在此确认",
    "在此确认",
    // The addressee may do it instead: `私人微信我不能加刘阿姨，但你可以加我`.
    "可以加我",
    // Everyone breaks it: `飞单是违规，但大家都在做`.
    "大家都在做",
    "大家都这么做",
    "别人都在做",
];

/// Places a refusal may be limited to: `在这里没法谈返点` refuses only here.
static HERE: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "这里",
        "在这里",
        "这边",
        "在这",
        "这儿",
        "群里",
        "电话里",
        "微信上",
        "系统里",
        "企业微信",
        // Not openly: `内部消息我不能直接说，你加我私人微信我发你`.
        "直接",
    ])
});

/// Moving the talk elsewhere: `您加我私人微信，我发您方案`, `私聊`.
const ELSEWHERE: &[&str] = &[
    "加我",
    "私聊",
    "详聊",
    "单聊",
    "私下聊",
    "发您",
    "找我",
    "打我",
    "当面",
];

/// The firm's own channels: moving the talk there (`咱这儿规矩是不加私人号，您有事随时企业微信
/// 找我`) keeps it on the record.
const OFFICIAL_CHANNELS: &[&str] = &["企业微信", "企微", "公司电话", "客服热线", "柜台", "营业部"];

/// A refusal limited to this place (`在这里没法谈返点`, the words before the negator) that the
/// next clauses move elsewhere, without a negation of their own: the thing is offered there.
pub(super) fn is_deferred(before_negator: &[&str], following: &[Clause]) -> bool {
    contains_any(before_negator, &HERE)
        && following.iter().take(2).any(|clause| {
            let text = clause.words.concat();
            negators_in(&clause.words, false) == 0
                && contains_text(&text, ELSEWHERE)
                && !contains_text(&text, OFFICIAL_CHANNELS)
        })
}

/// The addressee told to say what follows (`您就说没有返点`: the words before the negator).
pub(super) fn is_told_to_say(before_negator: &[&str]) -> bool {
    matches!(before_negator, [.., "说" | "讲"])
        && before_negator
            .iter()
            .rev()
            .take(4)
            .any(|word| matches!(*word, "你" | "您" | "你们" | "您们"))
}

/// After a denial the addressee is told to give ([`is_told_to_say`]), what is done in fact, in
/// the next clause and undenied (`实际我还照给`): the denial was a cover story.
pub(super) fn is_cover_story(following: &[Clause]) -> bool {
    following.first().is_some_and(|next| {
        next.words
            .first()
            .is_some_and(|word| IN_FACT.contains(word))
            && negators_in(&next.words, false) == 0
    })
}

/// What opens the truth after a cover story.
const IN_FACT: &[&str] = &[
    "实际",
    "实际上",
    "其实",
    "事实上",
    "私下",
    "私底下",
    "背地里",
];

/// A rhetorical lament over not doing what the clause before declined: `有内部消息不用，岂不是
/// 白白浪费？` urges using it.
pub(super) fn is_lament(clause: &Clause) -> bool {
    let text = clause.words.concat();
    // `岂不是浪费`, or the same asked with `不是…吗`: `不是浪费了吗？`.
    let rhetorical = text.contains("岂不") || (text.starts_with("不是") && is_asking(clause));
    rhetorical && contains_text(&text, LAMENTS)
}

/// What a lament regrets.
const LAMENTS: &[&str] = &["浪费", "可惜", "白白", "吃亏", "亏了", "错过"];

/// The speaker's own refusal in `after` (`私人微信我不加的`, `内幕消息我不能讲`) undone within
/// three clauses: its verb comes back unnegated after `算了` or a `但` (`……算了，…加一个也没
/// 甚`), or with `就` before it (`吃完饭我就跟你讲`). Without either, the verb coming back says
/// what follows from doing it (`私人微信我不加，加了要被查`).
pub(super) fn is_reversed(after: &[&str], following: &[Clause]) -> bool {
    let Some(negator) = after.iter().position(|word| is_negator(word)) else {
        return false;
    };
    let Some(verb) = after[negator + 1..].iter().find(|word| {
        !matches!(**word, "能" | "会" | "敢" | "可以" | "想" | "要") && !is_particle(word)
    }) else {
        return false;
    };
    // Only so at first, then given in: `账户密码我本来不收的，…，那就发过来吧`.
    let at_first = after[..negator]
        .iter()
        .any(|word| matches!(*word, "本来" | "原本" | "起初"));
    if at_first
        && following.iter().take(3).any(|clause| {
            matches!(clause.words.as_slice(), ["那就", ..] | ["那", "就", ..])
                && negators_in(&clause.words, false) == 0
        })
    {
        return true;
    }
    // A light verb comes back with other objects after a `但` (`代客理财我也不能做，但我可以帮您
    // 把方案做细`); only `算了` gives in on it (`……算了，…这一单我私下帮你做了`).
    let light = matches!(*verb, "做" | "搞" | "弄" | "干");
    let mut reversed = false;
    following.iter().take(3).any(|clause| {
        reversed |= clause
            .words
            .iter()
            .any(|word| *word == "算了" || !light && matches!(*word, "但" | "但是" | "不过"));
        let Some(at) = clause.words.iter().position(|word| word == verb) else {
            return false;
        };
        // (A negator after it plays it down: `加一个也没啥`.)
        negators_in(&clause.words[..at], false) == 0
            && (reversed || !light && clause.words[..at].contains(&"就"))
    })
}

/// A third party's denial (checked by the caller) that the speaker contradicts in the next
/// clause: `别家不提供保本服务，我们提供` (the verb after the negator comes back, not negated).
pub(super) fn is_contradicted(before: &[&str], negator_at: usize, following: &[Clause]) -> bool {
    // `他们没返佣，走我这边有`: 没 before the keyword denies having it.
    let having = matches!(before.get(negator_at), Some(&("没" | "没有"))).then_some(&"有");
    // `别人不敢担保您稳赚，我敢`: the verb of a negated modal comes back without its 不.
    let modal = before
        .get(negator_at)
        .and_then(|negator| negator.strip_prefix('不'))
        .filter(|modal| !modal.is_empty());
    let verb = before.get(negator_at + 1).or(having);
    following.first().is_some_and(|next| {
        (verb.is_some_and(|verb| next.words.contains(verb))
            || modal.is_some_and(|modal| next.words.contains(&modal)))
            && !next.words.iter().any(|word| is_negator(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exceptions_are_found_by_one_automaton_as_by_each_phrase() {
        assert!(EXCEPTION_AUTOMATON.is_some());
        for text in [
            "这次给您办",
            "我把号发你的嘛",
            "给您办的每一单都能在系统里查到",
            "下不为例",
        ] {
            let each_phrase = EXCEPTIONS.iter().chain(RENAMINGS).any(|exception| {
                text.match_indices(exception).any(|(at, _)| {
                    text[at + exception.len()..]
                        .strip_prefix('的')
                        .is_none_or(|modified| modified.is_empty() || is_particle(modified))
                })
            });
            assert_eq!(offers_exception(text), each_phrase, "{text}");
        }
        assert!(offers_exception("这次给您办"));
        assert!(!offers_exception("给您办的每一单都能在系统里查到"));
    }
}
