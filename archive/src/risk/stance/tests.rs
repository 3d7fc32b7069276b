#![allow(clippy::disallowed_methods)]

use super::*;

/// Clauses from `|`-separated words, `，` between clauses, `?` closing a question clause;
/// the keyword is the word in brackets.
fn judge(text: &str) -> bool {
    let mut clauses = Vec::new();
    let mut mention = None;
    for (clause_index, part) in text.split('，').enumerate() {
        let question_mark = part.ends_with('?');
        let part = part.trim_end_matches('?');
        let mut words = Vec::new();
        for (word_index, word) in part.split('|').enumerate() {
            if let Some(keyword) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                mention = Some((
                    clause_index,
                    Mention {
                        first: word_index,
                        end: word_index + 1,
                        quoted: false,
                        titled: false,
                        quoted_before: 0,
                        after_colon: false,
                        after_exclamation: false,
                        next_asks: false,
                        listed_after: 0,
                        listed_before: 0,
                        sender_named: false,
                        other_sense_before: false,
                        after_addressee_saying: false,
                    },
                ));
                words.push(keyword);
            } else {
                words.push(word);
            }
        }
        clauses.push(Clause {
            words,
            question_mark,
        });
    }
    let Some((clause, mention)) = mention else {
        panic!("no [keyword] in {text}");
    };
    judge_mention(&clauses, clause, &mention)
}

/// The judgement with the neighbours, checking that a judgement made without them agrees.
fn judge_mention(clauses: &[Clause], clause: usize, mention: &Mention) -> bool {
    let own = &clauses[clause];
    let neighbours = Neighbours {
        preceding: &clauses[..clause],
        following: &clauses[clause + 1..],
    };
    let Some(asserted) = is_asserted(own, mention, Some(neighbours)) else {
        panic!("no judgement with the neighbours read");
    };
    if let Some(alone) = is_asserted(own, mention, None) {
        assert_eq!(alone, asserted, "judged alone, the clause reads otherwise");
    }
    asserted.asserted
}

#[test]
fn plain_and_negated_mentions() {
    assert!(judge("这款|理财|[保本]"));
    assert!(!judge("本|产品|不|[保本]"));
    assert!(
        judge("不是|不能|[保本]，就|看|您"),
        "double negation asserts"
    );
}

#[test]
fn when_and_which_questions_with_a_negator_assert() {
    assert!(judge("哪个|不是|[稳赚]|的?"));
    assert!(judge("我|什么|时候|说|过|不能|给|您|[返点]|了?，当然|能"));
    assert!(!judge(
        "我们|不会|告诉|您|哪只|票|要|[拉升]，这点|您|清楚|吗?"
    ));
}

#[test]
fn a_negated_knowing_under_rhetoric_keeps_what_is_known() {
    assert!(!judge("您|难道|不|知道|传播|[内部消息]|是|违规|的|吗?"));
    assert!(!judge("难道|您|不知道|不能|[私下转账]|吗?"));
    assert!(judge("难道|您|不|知道|这|款|是|[保本]|的|吗?"));
    assert!(
        !judge("难道|您|真的|相信|他|能|提前|知道|[内幕消息]|吗?"),
        "knowing inside a belief is not the asked knowing"
    );
}

#[test]
fn requests_take_their_answer() {
    assert!(!judge("客户|想|让|我|[帮你操作]，我|没|答应"));
    assert!(!judge("有位|客户|想|跟|我|[私下交易]，我|跟|他|说|不能"));
    assert!(judge(
        "您|让|我|[帮你操作]|账户，不是|比|走|流程|快|多|了|吗?"
    ));
    assert!(judge("让|我|[帮你操作]|吧，您|不用|管"));
}

#[test]
fn an_exception_after_a_rule_undoes_it() {
    assert!(judge("公司|规定|不能|[返佣]，不过|这次|我|可以|给|您|特批"));
    assert!(!judge("公司|规定|不能|[返佣]，我|也|没法|给|您|破例"));
    assert!(judge("[飞单]|是|违规|的，但|这次|给|您|通融|一下"));
}

#[test]
fn not_legitimate_denies_and_nominalised_phrases_are_topics() {
    assert!(!judge("[私人微信]|不是|公司|的|正规|渠道"));
    assert!(!judge(
        "任何|让|您|通过|[私人号]|办理|业务|的，都|不是|我行|正规渠道"
    ));
    assert!(judge("这|款|是|[保本]|的，放心"));
}

#[test]
fn a_claim_attributed_in_the_clause_before_and_warned_is_reported() {
    assert!(!judge("网上|有人|说，这个|产品|[稳赚]，千万|别|轻信"));
    assert!(judge("网上|有人|说，这个|产品|[稳赚]，我|也|觉得"));
}

#[test]
fn object_first_denials() {
    assert!(!judge("[私下交易]|我|是|不会|接|的"));
    assert!(!judge("[全权委托]|我们|接|不了"));
    assert!(!judge("[内幕消息]|我|这里|没有"));
    assert!(!judge("[加我个人号]|就|不必|了"));
    assert!(!judge("[返点]|和|私人微信|这两样|我|都|给|不了"));
    assert!(!judge("[庄家]|什么时候|拉升|我|没法|告诉|您"));
    assert!(judge("[保本]|不|可能|亏钱"), "a loss ruled out asserts");
    assert!(judge("[保本]|没|问题"));
}

#[test]
fn how_could_and_why_questions_deny_unless_negated_or_explained() {
    assert!(!judge("我们|怎么可能|做|[飞单]|呢?"));
    assert!(!judge("基金|怎么|可能|[零风险]|呢?"));
    assert!(judge("怎么会|不|[保本]|呢?"));
    assert!(!judge("为什么|要|加|[私人微信]|呢?，企业|微信|上|都|能|办"));
    assert!(judge("为什么|这款|能|[保本]?，因为|有|银行|兜底"));
    assert!(judge("[私人号]|上|聊|难道|不好|吗?"));
    assert!(judge("谁|说|[代客理财]|不行?"));
}

#[test]
fn presupposed_keywords_in_questions() {
    assert!(judge("[保收益]|的|东西|还|需要|考虑|那么|久|吗?"));
    assert!(judge("[私下转账]|还|用得着|签|什么|单子|吗?"));
    assert!(!judge(
        "真|有|[内幕消息]|的|人|会|随便|告诉|您|吗?，别|信|这些"
    ));
    assert!(!judge("[私下交易]|出|了|事|谁|负责?，所以|我们|从来|不|做"));
    assert!(!judge("您|说|的|[内部消息]|是|从|哪|听来|的?"));
    assert!(judge(
        "[稳赚不赔]|的|机会|一年|能|有|几次?，还|不|赶紧|上车?"
    ));
    assert!(judge("我|那会儿|就|说|了，[稳赚不赔]|的|嘛"), "嘛 insists");
}

#[test]
fn suppositions_laments_and_deferrals() {
    assert!(!judge("要是|真能|[包赚]，那|大家|岂不是|都|不用|上班|了?"));
    assert!(judge("有|[内部消息]|不用，岂不是|白白|浪费?"));
    assert!(judge(
        "在|这里|没法|谈|[返点]，您|加我|私人微信，我|发您|方案"
    ));
    assert!(!judge("在|这里|没法|谈|[返点]，请|理解"));
}

#[test]
fn rhetorical_questions_assert_their_opposite() {
    assert!(judge("这|不|就是|[保本]|吗?"));
    assert!(judge("谁|说|不是|[稳赚]?"));
    assert!(judge("难道|不是|[保本]|的|吗?"));
    assert!(judge("为什么|不|买|这|款|[保本]|的|呢?"));
    assert!(judge("难道|[私下转账]|给|我|不|比|走|流程|省事|吗?"));
    assert!(!judge("难道|您|真|信|有人|能|[保本]|吗?，别|信"));
    assert!(judge("谁|说|不能|提前|知道|哪|只|票|要|[拉升]?"));
    assert!(judge("为什么|不用|这个|[内部消息]|呢?"));
    assert!(judge("您|说|这|不是|[保本]|是|什么?"));
    assert!(judge("这种|收益|难道|还|不算|[稳赚]?"));
    assert!(judge("莫非|[保本]|还|能|有|假?"));
    assert!(judge("哪能|不|签|这|张|[飞单]|呢?"));
    assert!(judge("有|什么|理由|不|加|[我个人号]|呢?"));
    assert!(!judge("谁|能|保证|[保本]|呢?，没有|人|能"));
    assert!(judge("不|通过|[私下转账]|付款，难道|还要|走|流程|吗?"));
    assert!(!judge("我们|不|承诺|[保本]，难道|您|不|明白|吗?"));
    assert!(
        !judge("哪|有|[稳赚不赔]|的|好事?"),
        "哪有 denies, it is not flipped"
    );
}

#[test]
fn real_questions_take_their_answer() {
    assert!(!judge("客户|问|能|不能|[保本]，我|明确|告诉|他|不能"));
    assert!(judge("客户|问|能|不能|[保本]，我|说|当然|能"));
    assert!(judge("你|问|我|能|不能|[保本]，当然|可以"));
    assert!(!judge("这|算|[保本]|吗?，不|算|的"));
    assert!(!judge("这|能|算|[内幕消息]|吗?，当然|不算"));
    assert!(judge("客户|问|有|没有|[返点]，我|说|有"));
    assert!(!judge("他|问|我|可否|承诺|[保本]，我|当场|回绝|了"));
    assert!(judge("你|说|[保本]|这|事儿|靠|不|靠谱?，当然|靠谱"));
    assert!(judge("有人|问|能否|承诺|[保本]，答案|是|可以"));
    assert!(!judge("有人|问|能否|承诺|[保本]，答案|是|不|可以"));
    assert!(judge("这|算|[保本]|吗?，当然"));
    assert!(!judge("您|是不是|以为|这|是|[保本]|的?，其实|不是"));
    assert!(
        !judge("这个|[保本]|吗?"),
        "a question with no answer asserts nothing"
    );
    assert!(
        judge("[保本]|的|东西|你|还|担心|什么|呢?"),
        "a question word asks for itself and presupposes the rest"
    );
}

#[test]
fn denial_predicates_deny_their_subject() {
    assert!(!judge("网上|宣传|[保本]|的|理财|都|是|骗局"));
    assert!(!judge("说|能|[保本]|的|都|是|假|的"));
    assert!(!judge("承诺|[保本]|是|违规|的"));
    assert!(!judge("承诺|[保本]|这个|我|做不了"));
    assert!(!judge("所谓|[保本]，根本|不可信"));
    assert!(!judge("许诺|客户|[保本]|属于|违规|行为，公司|明令禁止"));
    assert!(!judge("凡|承诺|[保本]|的|均为|违规|宣传"));
    assert!(!judge("关于|[保本]|的|传言，经|核实|是|虚假|的"));
    assert!(!judge("许诺|客户|[保本]|恕难从命"));
    assert!(!judge("您|说|的|[保本]，我们|这里|做不了"));
    assert!(!judge("许诺|客户|[保本]|的|要求，我|没|办法|答应|您"));
    assert!(!judge("替|[庄家]|拉|客户|的|要求，我|没|办法|答应|您"));
    assert!(!judge("所谓|下周|要|[拉升]|的|票，根本|不可信"));
    assert!(!judge("[保本]，不存在|的"));
    assert!(judge("[保本]|的|理财，不存在|风险"));
    assert!(judge("[保本]|是|真的，不是|谣言"));
    assert!(judge("[保本]|不是|谣言"), "a negated predicate affirms");
    assert!(
        judge("[保本]|不|可能|亏钱"),
        "the predicate must close the clause"
    );
    assert!(judge("[保本]|不是|不可能"));
}

#[test]
fn reported_speech_is_not_asserted() {
    let quoted = |clauses: &[Clause], clause, first| {
        judge_mention(
            clauses,
            clause,
            &Mention {
                first,
                end: first + 1,
                quoted: true,
                titled: false,
                quoted_before: 0,
                after_colon: false,
                after_exclamation: false,
                next_asks: false,
                listed_after: 0,
                listed_before: 0,
                sender_named: false,
                other_sense_before: false,
                after_addressee_saying: false,
            },
        )
    };
    let clause = |words: &[&'static str]| Clause {
        words: words.to_vec(),
        question_mark: false,
    };
    assert!(!quoted(
        &[
            clause(&["有人", "说", "保本"]),
            clause(&["那", "是", "诈骗"])
        ],
        0,
        2
    ));
    assert!(!quoted(
        &[clause(&["客户", "转述", "别的", "机构", "说", "保本"])],
        0,
        5
    ));
    assert!(quoted(
        &[clause(&["我", "说", "的", "保本", "是", "认真", "的"])],
        0,
        3
    ));
}

#[test]
fn a_contradicted_denial_of_others_asserts() {
    assert!(judge("别家|不|提供|[保本]|服务，我们|提供"));
    assert!(!judge("别家|不|提供|[保本]|服务，我们|也|不|提供"));
    assert!(!judge("我们|不|提供|[保本]|服务，别家|提供"));
}
