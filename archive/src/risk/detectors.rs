//! Built-in detectors for numbers that are personal data: mainland mobile numbers, resident
//! identity numbers and bank cards.
//!
//! They read the *normalised* view (full-width digits are ASCII by then) and first cut it into
//! digit runs: digits joined by spaces, hyphens, dashes or invisible characters
//! (`138 0013-8000`), ended by anything else (`1000,2000` is two runs). A run is classified
//! whole; only when the whole run is nothing is it retried as shorter runs of whole groups, so
//! `13800138000 3点` still finds the phone number while a number is never cut in the middle of
//! its contiguous digits ("not part of a longer digit run").
//!
//! Digits may be written as Chinese numerals too (`一三八一二三四五六七八`, `幺` for 1, `两` for
//! 2, `〇`/`零` for 0, the financial forms `壹贰叁…`), alone or mixed with Arabic digits
//! (`138一二三四5678`): [`digit_value`] reads them. Where the script changes inside a stretch of
//! digits a new group starts, so that a word after a number (`13800138000一直打不通`) can be left
//! off on the retry; a stretch of one script is still never cut.

use super::normalize::is_digit_joiner;
use super::rules::Detector;

/// Runs with more groups than this are not retried group by group (the retry is quadratic).
const MAX_GROUPS_TO_RETRY: usize = 24;

/// A detected number, as normalised character offsets `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DetectorHit {
    pub detector: Detector,
    pub start: usize,
    pub end: usize,
}

/// Which detectors to run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DetectorSet {
    pub mobile: bool,
    pub id_card: bool,
    pub bank_card: bool,
}

impl DetectorSet {
    pub fn insert(&mut self, detector: Detector) {
        match detector {
            Detector::CnMobile => self.mobile = true,
            Detector::CnIdCard => self.id_card = true,
            Detector::BankCard => self.bank_card = true,
        }
    }

    pub fn is_empty(&self) -> bool {
        !(self.mobile || self.id_card || self.bank_card)
    }

    pub fn union_with(&mut self, other: DetectorSet) {
        self.mobile |= other.mobile;
        self.id_card |= other.id_card;
        self.bank_card |= other.bank_card;
    }

    pub fn contains(&self, detector: Detector) -> bool {
        match detector {
            Detector::CnMobile => self.mobile,
            Detector::CnIdCard => self.id_card,
            Detector::BankCard => self.bank_card,
        }
    }
}

/// The digit `character` stands for in a written-out number: ASCII digits (full-width and
/// circled digits are ASCII by now), the Chinese numerals — `〇`/`零` 0, `一`/`幺` 1, `二`/`两` 2,
/// `三` … `九` — and their financial forms `壹贰叁(参)肆伍陆柒捌玖` (traditional ones such as `貳`
/// and `參` are simplified by now). Counting words (`十`, `百`, `万`) are not digits: a number
/// said as an amount (`一万三千`) is not one spelled digit by digit.
pub(crate) fn digit_value(character: char) -> Option<u8> {
    if character.is_ascii_digit() {
        return Some(character as u8 - b'0');
    }
    Some(match character {
        '〇' | '零' => 0,
        '一' | '幺' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' | '参' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn is_digit(character: &char) -> bool {
    digit_value(*character).is_some()
}

/// A stretch of contiguous digits of one script, as normalised offsets `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

/// Every number in `normalized` that one of `wanted` recognises.
pub(crate) fn detect(normalized: &[char], wanted: DetectorSet) -> Vec<DetectorHit> {
    let mut hits = Vec::new();
    if wanted.is_empty() {
        return hits;
    }
    let mut groups = Vec::new();
    let mut position = 0;
    while position < normalized.len() {
        if !is_digit(&normalized[position]) {
            position += 1;
            continue;
        }
        let run_end = collect_run(normalized, position, &mut groups);
        let check_letter = check_letter_after(normalized, run_end);
        classify_run(normalized, &groups, check_letter, wanted, &mut hits);
        position = run_end;
    }
    hits
}

/// Collects the groups of the run that starts at `start` (a digit); returns the offset just
/// past its last digit. A group ends at a joiner or where the script changes (Arabic digits to
/// Chinese numerals or back).
fn collect_run(normalized: &[char], start: usize, groups: &mut Vec<Group>) -> usize {
    groups.clear();
    let mut group_start = start;
    loop {
        let arabic = normalized[group_start].is_ascii_digit();
        let mut group_end = group_start + 1;
        while normalized
            .get(group_end)
            .is_some_and(|character| is_digit(character) && character.is_ascii_digit() == arabic)
        {
            group_end += 1;
        }
        groups.push(Group {
            start: group_start,
            end: group_end,
        });
        let mut next = group_end;
        while normalized.get(next).copied().is_some_and(is_digit_joiner) {
            next += 1;
        }
        if next == group_end && !arabic {
            next += numeral_punctuation_between(normalized, group_end);
        }
        if !normalized.get(next).is_some_and(is_digit) {
            return group_end;
        }
        group_start = next;
    }
}

/// Chinese numerals are grouped by enumeration commas, commas and dots as well
/// (`一三九、零二四四、四一八五`), which Arabic digits use for amounts and decimals instead
/// (`1,000`, `3.5`): one such mark at `at`, between two groups of Chinese numerals, joins them.
/// Returns how many characters it spans (0 or 1).
fn numeral_punctuation_between(normalized: &[char], at: usize) -> usize {
    let is_mark = normalized
        .get(at)
        .is_some_and(|character| matches!(character, '、' | ',' | '.' | '·' | '\u{FF64}'));
    let numeral_follows = normalized
        .get(at + 1)
        .is_some_and(|character| is_digit(character) && !character.is_ascii_digit());
    usize::from(is_mark && numeral_follows)
}

/// The offset of an identity number's check letter `x` right after a run (joiners allowed in
/// between), when nothing alphanumeric follows it.
fn check_letter_after(normalized: &[char], run_end: usize) -> Option<usize> {
    let mut next = run_end;
    while normalized.get(next).copied().is_some_and(is_digit_joiner) {
        next += 1;
    }
    if normalized.get(next) != Some(&'x') {
        return None;
    }
    let followed_by_word = normalized
        .get(next + 1)
        .is_some_and(|character| character.is_ascii_alphanumeric());
    (!followed_by_word).then_some(next)
}

fn classify_run(
    normalized: &[char],
    groups: &[Group],
    check_letter: Option<usize>,
    wanted: DetectorSet,
    hits: &mut Vec<DetectorHit>,
) {
    let Some((first, last)) = groups.first().zip(groups.last()) else {
        return;
    };
    let digits = digits_of(normalized, groups);
    if let Some(hit) = classify(&digits, first.start, last.end, check_letter, wanted) {
        hits.push(hit);
        return;
    }
    if groups.len() < 2 || groups.len() > MAX_GROUPS_TO_RETRY {
        return;
    }
    // Retry runs of whole groups, leftmost first and longest first, without overlaps.
    let mut from = 0;
    'outer: while from < groups.len() {
        for to in (from..groups.len()).rev() {
            if from == 0 && to == groups.len() - 1 {
                continue;
            }
            let window = &groups[from..=to];
            let letter = if to == groups.len() - 1 {
                check_letter
            } else {
                None
            };
            let digits = digits_of(normalized, window);
            let hit = classify(&digits, window[0].start, groups[to].end, letter, wanted);
            if let Some(hit) = hit {
                hits.push(hit);
                from = to + 1;
                continue 'outer;
            }
        }
        from += 1;
    }
}

fn digits_of(normalized: &[char], groups: &[Group]) -> Vec<u8> {
    groups
        .iter()
        .flat_map(|group| &normalized[group.start..group.end])
        .filter_map(|&character| digit_value(character))
        .collect()
}

/// What the digits `[start, end)` (plus an optional trailing check letter) are, if anything.
fn classify(
    digits: &[u8],
    start: usize,
    end: usize,
    check_letter: Option<usize>,
    wanted: DetectorSet,
) -> Option<DetectorHit> {
    let hit = |detector: Detector, end: usize| {
        wanted.contains(detector).then_some(DetectorHit {
            detector,
            start,
            end,
        })
    };
    if let Some(letter) = check_letter
        && digits.len() == 17
        && is_cn_id_card(digits, true)
    {
        return hit(Detector::CnIdCard, letter + 1);
    }
    if digits.len() == 18 && is_cn_id_card(digits, false) {
        // An identity number is never also reported as a card, even when it passes Luhn.
        return hit(Detector::CnIdCard, end);
    }
    if is_bank_card(digits) {
        return hit(Detector::BankCard, end);
    }
    if is_cn_mobile(digits) {
        return hit(Detector::CnMobile, end);
    }
    None
}

/// 11 digits starting `1[3-9]`, or the same after the country code `86`.
pub(crate) fn is_cn_mobile(digits: &[u8]) -> bool {
    let number = match digits {
        [8, 6, rest @ ..] if rest.len() == 11 => rest,
        _ => digits,
    };
    number.len() == 11 && number[0] == 1 && (3..=9).contains(&number[1])
}

/// 16 to 19 digits passing the Luhn check. Numbers starting with 0 are excluded: no issuer
/// identification number starts with 0 (ISO/IEC 7812 reserves it), while template placeholders
/// such as `0000 0000 0000 0000` do and pass Luhn.
pub(crate) fn is_bank_card(digits: &[u8]) -> bool {
    (16..=19).contains(&digits.len()) && digits[0] != 0 && passes_luhn(digits)
}

fn passes_luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(index, &digit)| {
            let digit = u32::from(digit);
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Province-level codes that open a resident identity number (GB/T 2260), plus 71 (Taiwan),
/// 81/82 (Hong Kong, Macau), 83 (residence permits for Taiwan residents) and 91 (foreigners'
/// permanent residence).
const PROVINCE_CODES: &[u8] = &[
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
];

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check character for each remainder; 10 is the letter X.
const ID_CHECK: [u8; 11] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/// A resident identity number: 17 digits and a check character (the 18th digit, or `X` when
/// `ends_with_x`), a known province code, a real birth date, and the GB 11643 check.
pub(crate) fn is_cn_id_card(digits: &[u8], ends_with_x: bool) -> bool {
    let expected_length = if ends_with_x { 17 } else { 18 };
    if digits.len() != expected_length {
        return false;
    }
    let province = digits[0] * 10 + digits[1];
    if !PROVINCE_CODES.contains(&province) {
        return false;
    }
    let number = |range: std::ops::Range<usize>| {
        digits[range]
            .iter()
            .fold(0u32, |value, &digit| value * 10 + u32::from(digit))
    };
    if !is_plausible_birth_date(number(6..10), number(10..12), number(12..14)) {
        return false;
    }
    let weighted: u32 = digits[..17]
        .iter()
        .zip(ID_WEIGHTS)
        .map(|(&digit, weight)| u32::from(digit) * weight)
        .sum();
    let check = ID_CHECK[(weighted % 11) as usize];
    if ends_with_x {
        check == 10
    } else {
        check == digits[17]
    }
}

/// A real calendar date from 1900 to 2099: older holders are implausible, later dates cannot
/// exist yet (no clock is consulted, so the bound stays deterministic).
fn is_plausible_birth_date(year: u32, month: u32, day: u32) -> bool {
    if !(1900..=2099).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= days_in_month
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::risk::normalize::ScanText;

    const ALL: DetectorSet = DetectorSet {
        mobile: true,
        id_card: true,
        bank_card: true,
    };

    /// The detected numbers of `text`, as (detector, the normalised characters they cover).
    fn found(text: &str) -> Vec<(Detector, String)> {
        let scan_text = ScanText::new(text);
        let normalized = scan_text.normalized();
        detect(normalized, ALL)
            .into_iter()
            .map(|hit| {
                (
                    hit.detector,
                    normalized[hit.start..hit.end].iter().collect(),
                )
            })
            .collect()
    }

    fn digits(text: &str) -> Vec<u8> {
        text.bytes().map(|byte| byte - b'0').collect()
    }

    #[test]
    fn mobile_numbers_in_every_disguise() {
        for text in [
            "电话13800138000",
            "电话 138 0013 8000 有事打",
            "电话138-0013-8000",
            "电话１３８００１３８０００",
            "电话1\u{200B}3800138000",
            "电话+86 13800138000",
            "电话13800138000 3点后打",
        ] {
            let hits = found(text);
            assert_eq!(hits.len(), 1, "{text:?}: {hits:?}");
            assert_eq!(hits[0].0, Detector::CnMobile, "{text:?}");
        }
    }

    #[test]
    fn longer_runs_and_other_prefixes_are_not_mobiles() {
        for text in [
            "订单号138001380001",
            "12800138000",
            "1380013800",
            "时间戳1735913780374",
        ] {
            assert_eq!(found(text), vec![], "{text:?}");
        }
        // A comma ends a number: these are two amounts, neither a phone.
        assert_eq!(found("金额13800,138000"), vec![]);
    }

    #[test]
    fn identity_numbers_need_date_province_and_check_digit() {
        assert!(is_cn_id_card(&digits("110101197412267609"), false));
        assert!(is_cn_id_card(&digits("11010119830417475"), true));
        assert!(
            !is_cn_id_card(&digits("110101197412267608"), false),
            "check digit"
        );
        assert!(
            !is_cn_id_card(&digits("110101197413267604"), false),
            "month 13"
        );
        assert!(
            !is_cn_id_card(&digits("990101197412267609"), false),
            "province"
        );
        assert!(
            !is_cn_id_card(&digits("110101190002297609"), false),
            "1900 not leap"
        );
        let hits = found("身份证号 11010119830417475X，您");
        assert_eq!(
            hits,
            vec![(Detector::CnIdCard, "11010119830417475x".to_string())]
        );
        let hits = found("身份证 110101 19741226 7609");
        assert_eq!(
            hits,
            vec![(Detector::CnIdCard, "110101 19741226 7609".to_string())]
        );
    }

    #[test]
    fn bank_cards_need_luhn() {
        assert!(is_bank_card(&digits("6217002353897489774")));
        assert!(!is_bank_card(&digits("6217002353897489775")));
        assert!(!is_bank_card(&digits("0000000000000000")), "placeholder");
        let hits = found("卡号 6217 0023 5389 7489 774 户名");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, Detector::BankCard);
    }

    #[test]
    fn an_identity_number_is_not_also_a_card() {
        // 110101197412267609 happens not to pass Luhn; find one that does and check the
        // identity reading wins.
        let both = (0..10_000u32)
            .map(|serial| format!("11010119900101{serial:04}"))
            .find(|candidate| {
                let number = digits(candidate);
                is_cn_id_card(&number, false) && passes_luhn(&number)
            });
        let Some(both) = both else {
            panic!("no identity number passing Luhn among 10,000 serials");
        };
        assert_eq!(found(&both), vec![(Detector::CnIdCard, both.clone())]);
    }

    #[test]
    fn chinese_numerals_are_digits_and_a_change_of_script_may_end_a_number() {
        assert_eq!(
            found("一三八一二三四五六七八"),
            vec![(Detector::CnMobile, "一三八一二三四五六七八".to_string())]
        );
        assert_eq!(
            found("138两二三四5678"),
            vec![(Detector::CnMobile, "138两二三四5678".to_string())]
        );
        // A numeral word after a number is left off; a stretch of one script never is cut.
        assert_eq!(
            found("13800138000一直"),
            vec![(Detector::CnMobile, "13800138000".to_string())]
        );
        assert_eq!(found("一三八〇〇一三八〇〇〇一"), vec![]);
        assert_eq!(found("一万三千"), vec![]);
        assert_eq!(digit_value('幺'), Some(1));
        assert_eq!(digit_value('十'), None);
    }

    #[test]
    fn wanted_set_filters() {
        let scan_text = ScanText::new("13800138000");
        let only_cards = DetectorSet {
            bank_card: true,
            ..DetectorSet::default()
        };
        assert!(detect(scan_text.normalized(), only_cards).is_empty());
    }
}
