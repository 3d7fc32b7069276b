//! The default rule pack for finance and securities: the six rules of the sample truth file
//! (`tests/fixtures/archive-truth.json`), same codes, names, categories, severities and
//! keywords.

use super::rules::{AppliesTo, Detector, Rule, Severity};

/// The default rules.
///
/// R1–R5 describe an adviser's misconduct (promising returns, passing on insider information,
/// dealing privately, trading for the customer, moving the customer off the recorded channel)
/// and apply to staff messages: a customer asking "这个保本吗" is not a violation. R6, personal
/// data, applies to both sides. R2 excepts the market-commentary phrases in which 拉升 means
/// "the market rallied" rather than "the price will be pushed up".
pub fn default_pack() -> Vec<Rule> {
    vec![
        keyword_rule(
            "R1",
            "承诺收益",
            "guaranteed_return",
            Severity::High,
            &[
                "保本",
                "保收益",
                "稳赚不赔",
                "保证收益",
                "零风险",
                "包赚",
                "稳赚",
            ],
            &[],
        ),
        keyword_rule(
            "R2",
            "内幕信息",
            "insider_info",
            Severity::High,
            &["内幕消息", "内部消息", "庄家", "拉升"],
            &["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"],
        ),
        keyword_rule(
            "R3",
            "私下交易",
            "private_dealing",
            Severity::Critical,
            &["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
            &[],
        ),
        keyword_rule(
            "R4",
            "代客理财",
            "discretionary_trading",
            Severity::High,
            &["账户密码", "帮你操作", "代客理财", "全权委托"],
            &[],
        ),
        keyword_rule(
            "R5",
            "导流私人渠道",
            "off_channel",
            Severity::Medium,
            &["私人微信", "加我个人号", "私人号"],
            &[],
        ),
        Rule {
            code: "R6".into(),
            name: "客户敏感信息".into(),
            category: "pii".into(),
            severity: Severity::High,
            keywords: Vec::new(),
            patterns: Vec::new(),
            detectors: Detector::ALL.to_vec(),
            applies_to: AppliesTo::Both,
            exceptions: Vec::new(),
        },
    ]
}

fn keyword_rule(
    code: &str,
    name: &str,
    category: &str,
    severity: Severity,
    keywords: &[&str],
    exceptions: &[&str],
) -> Rule {
    Rule {
        code: code.into(),
        name: name.into(),
        category: category.into(),
        severity,
        keywords: keywords.iter().map(|keyword| keyword.to_string()).collect(),
        patterns: Vec::new(),
        detectors: Vec::new(),
        applies_to: AppliesTo::Staff,
        exceptions: exceptions.iter().map(|phrase| phrase.to_string()).collect(),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn every_default_rule_is_valid() {
        for rule in default_pack() {
            assert_eq!(rule.validate(), Ok(()), "{}", rule.code);
        }
    }
}
