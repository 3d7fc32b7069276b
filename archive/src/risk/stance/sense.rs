//! Keywords in another sense: the banker of a mahjong or dice game (`庄家`), an aircraft
//! climbing (`拉升`), a waiter's order slip gone astray (`飞单`), a wedding handed to the hotel
//! (`全权委托`), a karaoke machine worked for the addressee (`帮你操作`). What decides is the
//! thing the clause, or the one before, talks about; a clause that also talks about money keeps
//! the keyword's financial sense.

use super::markers::contains_text;

/// True when the keyword's own clause (`own`, the keyword's words `keyword`), or the clause
/// before (`previous_sets_it`, see [`sets_other_sense`]), places the keyword in another sense
/// than the rule's. A clause that talks about money keeps the rule's sense.
pub(super) fn is_in_other_sense(own: &[&str], keyword: &[&str], previous_sets_it: bool) -> bool {
    let typed = keyword.iter().flat_map(|word| word.chars());
    let Some((_, cues)) = OTHER_SENSES
        .iter()
        .find(|(word, _)| word.chars().eq(typed.clone()))
    else {
        return false;
    };
    let own_text = own.concat();
    if contains_text(&own_text, MONEY_MATTERS) {
        return false;
    }
    previous_sets_it || contains_text(&own_text, cues)
}

/// True when `text`, the clause before the keyword's (compact, as scanned), places `keyword`
/// in another sense: read from the text, so that no plain statement's neighbours need cutting
/// into words for it.
pub(crate) fn sets_other_sense(keyword: &str, text: &str) -> bool {
    cues_of(keyword)
        .is_some_and(|cues| contains_text(text, cues) && !contains_text(text, MONEY_MATTERS))
}

/// The keyword typed as `typed` (compact characters), when it has a sense other than the
/// rule's that [`is_in_other_sense`] reads.
pub(crate) fn has_other_senses(typed: &[char]) -> Option<&'static str> {
    OTHER_SENSES
        .iter()
        .map(|(word, _)| *word)
        .find(|word| word.chars().eq(typed.iter().copied()))
}

fn cues_of(keyword: &str) -> Option<&'static [&'static str]> {
    OTHER_SENSES
        .iter()
        .find(|(word, _)| *word == keyword)
        .map(|(_, cues)| *cues)
}

/// `(keyword, what places it in another sense)`.
const OTHER_SENSES: &[(&str, &[&str])] = &[
    (
        "庄家",
        &[
            "麻将",
            "骰子",
            "打牌",
            "扑克",
            "斗地主",
            "牌局",
            "掼蛋",
            "推牌九",
        ],
    ),
    (
        "拉升",
        &[
            // (Not `龙头`, which is also a leading share: `某光伏龙头下周会拉升`.)
            "飞机",
            "航班",
            "机场",
            "登机",
            "机长",
            "起落架",
            "客机",
            "龙尾",
            "舞龙",
            "龙舞",
            "排练",
        ],
    ),
    (
        "飞单",
        &["服务员", "酒水", "啤酒", "包厢", "点菜", "外卖", "上菜"],
    ),
    (
        "全权委托",
        &["婚宴", "婚庆", "酒店经理", "装修", "搬家", "排练", "队长"],
    ),
    ("帮你操作", DEVICES),
    ("帮您操作", DEVICES),
];

/// Devices and errands worked for the addressee: a karaoke machine, a hospital's booking, an
/// exam's registration.
const DEVICES: &[&str] = &[
    "点歌机",
    "点歌",
    "遥控器",
    "投影仪",
    "打印机",
    "导航",
    "医院",
    "挂号",
    "考级",
    "报名",
    // A bank hall's ticket machine: `取号机您不会用？没事，我帮你操作`.
    "取号机",
    "叫号机",
    "自助机",
];

/// What keeps a keyword's financial sense, however else its clause is set.
const MONEY_MATTERS: &[&str] = &[
    "股票", "股价", "个股", "基金", "理财", "账户", "收益", "行情", "大盘", "板块", "资金", "产品",
    "买入", "仓",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_game_or_a_flight_places_the_keyword_in_another_sense() {
        assert!(is_in_other_sense(
            &["有人", "玩", "骰子", "坐", "庄家"],
            &["庄家"],
            false
        ));
        let flight = sets_other_sense("拉升", "马拉松跑完赶飞机的注意");
        assert!(flight);
        assert!(is_in_other_sense(
            &["起飞", "拉升", "那", "阵"],
            &["拉升"],
            flight
        ));
        assert!(!sets_other_sense("拉升", "赶飞机前把股票卖了"));
        // Money talked of keeps the rule's sense.
        assert!(!is_in_other_sense(
            &["打牌", "的", "时候", "听说", "庄家", "要", "拉升", "股价"],
            &["庄家"],
            false
        ));
        assert!(!is_in_other_sense(
            &["庄家", "要", "进场"],
            &["庄家"],
            false
        ));
    }
}
