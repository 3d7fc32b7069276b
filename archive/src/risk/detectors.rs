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
//!
//! Commas, dots, slashes and enumeration commas join groups too, but for Arabic digits only when
//! the whole run is a number printed in its usual groups (`138，1234，5678`,
//! `6222/0212/3456/7890`), not grouped like an amount or a date (`1,380,013,800`, `2024/12/01`).

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
    // Every character of a message passes here: one table load instead of the match below.
    let value = NUMERAL_TABLE
        .get((u32::from(character)).wrapping_sub(FIRST_NUMERAL) as usize)
        .copied()
        .unwrap_or(NOT_A_NUMERAL);
    (value != NOT_A_NUMERAL).then_some(value)
}

/// The lowest and highest code points of the Chinese numerals [`numeral_value`] reads (〇 and
/// 零).
const FIRST_NUMERAL: u32 = 0x3007;
const LAST_NUMERAL: u32 = 0x96F6;
const NOT_A_NUMERAL: u8 = u8::MAX;

/// [`numeral_value`] for every code point from [`FIRST_NUMERAL`] to [`LAST_NUMERAL`].
static NUMERAL_TABLE: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    (FIRST_NUMERAL..=LAST_NUMERAL)
        .map(|code| {
            char::from_u32(code)
                .and_then(numeral_value)
                .unwrap_or(NOT_A_NUMERAL)
        })
        .collect()
});

/// The digit a Chinese numeral stands for (see [`digit_value`]).
fn numeral_value(character: char) -> Option<u8> {
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
    /// A joiner or a grouping mark stands between this group and the one before; otherwise
    /// the script changed there (`138一二三四`), or it is the first.
    separated: bool,
    /// What stood between this group and the one before: the grouping mark, if one did, and
    /// whether joiners did.
    separator: (Option<char>, bool),
}

/// Every number in `normalized` that one of `wanted` recognises.
pub(crate) fn detect(normalized: &[char], wanted: DetectorSet) -> Vec<DetectorHit> {
    let mut hits = Vec::new();
    if wanted.is_empty() {
        return hits;
    }
    let mut groups = Vec::new();
    let mut position = 0;
    // Up to where grouping marks end runs: the end of a marked run that is no number.
    let mut unmarked_until = 0;
    while position < normalized.len() {
        if !is_digit(&normalized[position]) {
            position += 1;
            continue;
        }
        // Grouping marks next to Arabic digits (`138/1234/5678`, `6222、六二二二`) join a run
        // only when the whole run is a number printed in a number's groups; otherwise they end
        // runs, all through that run (`12/138/0013/8000` is a list).
        let with_marks = position >= unmarked_until;
        let (run_end, marked) = collect_run(normalized, position, &mut groups, with_marks);
        if marked {
            let check_letter = check_letter_after(normalized, run_end);
            if let Some(hit) = classify_marked_run(normalized, &groups, check_letter, wanted) {
                hits.push(hit);
                position = run_end;
            } else {
                unmarked_until = run_end;
            }
            continue;
        }
        let check_letter = check_letter_after(normalized, run_end);
        classify_run(normalized, &groups, check_letter, wanted, &mut hits);
        position = run_end;
    }
    hits
}

/// A run that grouping marks next to Arabic digits joined (see [`mark_between`]), classified
/// whole when it is printed the way numbers are read out: digit by digit (`1、3、8、…`), or in
/// segments (between separators) of three to seven digits first, three or four in the middle
/// (an identity number's eight-digit birth date too) and one to five last (`138，0013，8000`,
/// `153/942/55140`, `1381234/5678`, `6222/0212/3456/7890/128`, `110105.19491231.002x`), or an
/// identity number's region code and the rest (`110105/19491231002x`). Amounts
/// (`1,380,013,800`), decimals and dates (`2024/12/01`) are grouped otherwise, and so are two
/// numbers that only add up to eleven digits (`13800,138000`).
fn classify_marked_run(
    normalized: &[char],
    groups: &[Group],
    check_letter: Option<usize>,
    wanted: DetectorSet,
) -> Option<DetectorHit> {
    let (first, last) = groups.first().zip(groups.last())?;
    if !could_be_a_number(digit_count(groups), check_letter.is_some())
        || !(is_split_to_evade(groups)
            || is_printed_like_a_number(&segment_lengths(groups), check_letter.is_some()))
    {
        return None;
    }
    let digits = digits_of(normalized, groups);
    classify(&digits, first.start, last.end, check_letter, wanted)
}

/// A run split by different separators, marks and joiners mixed (`1101.011_97109.2_4457-8`,
/// `155.292.32-11 4`) or two kinds of mark (`62·28488·06562.8893`): nobody prints an amount, a
/// date or a list that way, so its segment lengths say nothing. Amounts mix only `,` and `.`
/// (`7,630,000.00`), which this does not count.
fn is_split_to_evade(groups: &[Group]) -> bool {
    let mut marks: Vec<char> = Vec::new();
    let mut joiners = false;
    for group in groups.iter().skip(1) {
        let (mark, joined) = group.separator;
        joiners |= joined;
        if let Some(mark) = mark
            && !marks.contains(&mark)
        {
            marks.push(mark);
        }
    }
    let amount_marks = marks.iter().all(|mark| matches!(mark, ',' | '.'));
    match marks.len() {
        0 => false,
        1 => joiners,
        _ => joiners || !amount_marks,
    }
}

/// How many digits stand between consecutive separators of the run.
fn segment_lengths(groups: &[Group]) -> Vec<usize> {
    let mut lengths: Vec<usize> = Vec::new();
    for group in groups {
        let length = group.end - group.start;
        match lengths.last_mut() {
            Some(last) if !group.separated => *last += length,
            _ => lengths.push(length),
        }
    }
    lengths
}

/// See [`classify_marked_run`].
fn is_printed_like_a_number(lengths: &[usize], check_letter: bool) -> bool {
    if lengths.iter().all(|&length| length == 1) {
        return true;
    }
    let [first, middle @ .., last] = lengths else {
        return false;
    };
    // `138,001,380`, `138,001,380,00`: thousands, not a phone number's 3-3-5.
    let thousands = *first <= 3
        && middle.iter().all(|&length| length == 3)
        && (*last == 3 || middle.len() >= 2);
    // An identity number printed as its six-digit region code and the rest; a mobile number
    // as its three-digit network prefix and the eight digits after it (`148·55517406`).
    if lengths == [6, 12] || (check_letter && lengths == [6, 11]) || lengths == [3, 8] {
        return true;
    }
    // A mobile number is also written as its first seven digits (the prefix and the exchange,
    // as the numbering plan allocates them) and its last four.
    !thousands
        && (3..=7).contains(first)
        && middle
            .iter()
            .all(|&length| (3..=4).contains(&length) || length == 8)
        && (1..=5).contains(last)
}

/// Collects the groups of the run that starts at `start` (a digit); returns the offset just
/// past its last digit, and whether a grouping mark next to Arabic digits joined two groups
/// (only when `with_marks`). A group ends at a joiner or where the script changes (Arabic
/// digits to Chinese numerals or back).
fn collect_run(
    normalized: &[char],
    start: usize,
    groups: &mut Vec<Group>,
    with_marks: bool,
) -> (usize, bool) {
    groups.clear();
    let mut marked = false;
    let mut group_start = start;
    let mut separator = (None, false);
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
            separated: separator != (None, false),
            separator,
        });
        let mut next = skip_joiners(normalized, group_end);
        let mut mark_used = None;
        let mark = mark_between(normalized, next);
        let numerals_both_sides = !arabic && mark.numeral_follows;
        if numerals_both_sides || (with_marks && mark.digit_follows) {
            marked |= !numerals_both_sides;
            mark_used = normalized.get(next).copied();
            next = mark.next_digit;
        }
        if !normalized.get(next).is_some_and(is_digit) {
            return (group_end, marked);
        }
        let joiners = next > group_end + usize::from(mark_used.is_some());
        separator = (mark_used, joiners);
        group_start = next;
    }
}

fn skip_joiners(normalized: &[char], mut at: usize) -> usize {
    while normalized.get(at).copied().is_some_and(is_digit_joiner) {
        at += 1;
    }
    at
}

/// Marks that group digits as well as separate them: commas, dots, slashes and the like.
fn is_grouping_mark(character: char) -> bool {
    matches!(
        character,
        '、' | ',' | '.' | '·' | '/' | '_' | '*' | '\u{FF64}'
    )
}

/// What follows a grouping mark at `at`, if one is there.
struct MarkBetween {
    /// A digit of either script follows the mark.
    digit_follows: bool,
    /// A Chinese numeral follows the mark.
    numeral_follows: bool,
    /// Where the digit after the mark (and any joiners after it: `幺五六, 二八五○`) is.
    next_digit: usize,
}

/// Chinese numerals are grouped by enumeration commas, commas and dots as well
/// (`一三九、零二四四、四一八五`): one such mark between two groups of Chinese numerals always
/// joins them. Arabic digits mostly use those marks for amounts, decimals and dates (`1,000`,
/// `3.5`, `12/1`), so a mark next to an Arabic digit joins only on the conditions of
/// [`classify_marked_run`].
fn mark_between(normalized: &[char], at: usize) -> MarkBetween {
    let is_mark = normalized.get(at).copied().is_some_and(is_grouping_mark);
    let next_digit = skip_joiners(normalized, at + 1);
    let after = normalized.get(next_digit).filter(|_| is_mark);
    MarkBetween {
        digit_follows: after.is_some_and(is_digit),
        numeral_follows: after
            .is_some_and(|character| is_digit(character) && !character.is_ascii_digit()),
        next_digit,
    }
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
    // Most runs in chat are amounts, times and counts, too short to hold any number: no run
    // or window of fewer digits than a mobile number is looked at further.
    if digit_count(groups) < MIN_DIGITS {
        return;
    }
    let digits = digits_of(normalized, groups);
    if let Some(hit) = classify(&digits, first.start, last.end, check_letter, wanted) {
        hits.push(hit);
        return;
    }
    // A number printed whole is not searched for numbers inside it: an identity number, or one
    // with a digit missing (`330106 一九八七一一零三 655少了一位`), or a number printed in fours
    // as cards and account numbers are (`8239 4269 7092 7284 1764`).
    if groups.len() < 2
        || groups.len() > MAX_GROUPS_TO_RETRY
        || is_shaped_like_an_id(&digits, check_letter.is_some())
        || (check_letter.is_none() && is_shaped_like_an_id(&digits, true))
        || is_printed_in_fours(&segment_lengths(groups))
    {
        return;
    }
    // Retry runs of whole groups, leftmost first and longest first, without overlaps. A run is
    // cut where the script changes without a separator only to leave off one group at its
    // edge (`13800138000一直打不通`): cut deeper, alternating scripts hide phone numbers inside
    // any long number (`6两1四8三23幺四7五七61两`).
    let last_index = groups.len() - 1;
    let cut_allowed = |from: usize, to: usize| {
        let left = from == 0 || groups[from].separated || from == 1;
        let right = to == last_index || groups[to + 1].separated || to + 1 == last_index;
        left && right
    };
    let mut from = 0;
    'outer: while from < groups.len() {
        for to in (from..groups.len()).rev() {
            if (from == 0 && to == last_index) || !cut_allowed(from, to) {
                continue;
            }
            let window = &groups[from..=to];
            let letter = if to == groups.len() - 1 {
                check_letter
            } else {
                None
            };
            if !could_be_a_number(digit_count(window), letter.is_some()) {
                continue;
            }
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

/// Four segments or more of four digits each, the last of one to four: how cards and account
/// numbers are printed.
fn is_printed_in_fours(lengths: &[usize]) -> bool {
    let [body @ .., last] = lengths else {
        return false;
    };
    body.len() >= 3 && body.iter().all(|&length| length == 4) && (1..=4).contains(last)
}

/// The fewest digits a detected number has: a mobile number's eleven.
const MIN_DIGITS: usize = 11;

/// How many digits `groups` hold (groups are digits only).
fn digit_count(groups: &[Group]) -> usize {
    groups.iter().map(|group| group.end - group.start).sum()
}

/// Whether `count` digits (and a check letter after them) can be any number [`classify`]
/// knows: a mobile number with or without `86`, an identity number, a card.
fn could_be_a_number(count: usize, check_letter: bool) -> bool {
    matches!(count, 11 | 13 | 16..=19) || (check_letter && count == 17)
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

/// An identity number's shape without its check: 18 digits (17 and the letter X when
/// `ends_with_x`), a known province code and a real birth date. A run of that shape whose check
/// fails is a mistyped identity number, not a card or a phone number hidden inside it.
fn is_shaped_like_an_id(digits: &[u8], ends_with_x: bool) -> bool {
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
    is_plausible_birth_date(number(6..10), number(10..12), number(12..14))
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check character for each remainder; 10 is the letter X.
const ID_CHECK: [u8; 11] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/// A resident identity number: 17 digits and a check character (the 18th digit, or `X` when
/// `ends_with_x`), a known province code, a real birth date, and the GB 11643 check.
pub(crate) fn is_cn_id_card(digits: &[u8], ends_with_x: bool) -> bool {
    if !is_shaped_like_an_id(digits, ends_with_x) {
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
    fn numbers_printed_whole_hide_no_numbers_inside() {
        // An identity number with a digit missing hides no mobile number in its birth date and
        // sequence (`19871103655`); a number printed in fours hides no card in its first four
        // groups nor a mobile number in its last digits.
        for text in [
            "您填的身份证330106 一九八七一一零三 655少了一位",
            "转账流水号8239 4269 7092 7284 1764，可以拿去柜台查",
            "我卡号是六两两七，零零四幺，幺七九零，两两七八，四七零，对吧",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // A card printed in fours that passes Luhn is still a card, and a phone number beside an
        // amount is still found.
        assert_eq!(
            found("卡号6222 0212 3456 7890 128"),
            [(Detector::BankCard, "6222 0212 3456 7890 128".to_string())]
        );
        assert_eq!(
            found("电话13800138000 12点后打"),
            [(Detector::CnMobile, "13800138000".to_string())]
        );
    }

    #[test]
    fn numbers_split_by_mixed_separators_are_read_whole() {
        for (text, detector, typed) in [
            (
                "手机15_993-97*081.6，白天都能接",
                Detector::CnMobile,
                "15_993-97*081.6",
            ),
            (
                "新号155.292.32-11 4 旧的",
                Detector::CnMobile,
                "155.292.32-11 4",
            ),
            (
                "卡号62·28488·06562.8893，请查收",
                Detector::BankCard,
                "62·28488·06562.8893",
            ),
            (
                "身份证1101.011_97109.2_4457-8，",
                Detector::CnIdCard,
                "1101.011_97109.2_4457-8",
            ),
            (
                "我电话系幺五六, 二八五○, 四六○九，",
                Detector::CnMobile,
                "幺五六, 二八五〇, 四六〇九",
            ),
            (
                "紧急联系人：148·55517406",
                Detector::CnMobile,
                "148·55517406",
            ),
        ] {
            assert_eq!(found(text), [(detector, typed.to_string())], "{text}");
        }
        // One kind of mark, or the amount's two, keep their rules.
        for text in [
            "金额7,630,000.00元",
            "1,380,013,800元",
            "日期2024.12.01",
            "13800,138000",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
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
    fn arabic_groups_joined_by_commas_or_slashes_when_printed_like_the_number() {
        for (text, detector, covered) in [
            ("电话138，0013，8000", Detector::CnMobile, "138,0013,8000"),
            ("电话138/0013/8000谢谢", Detector::CnMobile, "138/0013/8000"),
            ("手机1380.0138.000", Detector::CnMobile, "1380.0138.000"),
            (
                "卡号6222,0212,3456,7890,128",
                Detector::BankCard,
                "6222,0212,3456,7890,128",
            ),
            (
                "身份证110105、19491231、002x",
                Detector::CnIdCard,
                "110105、19491231、002x",
            ),
        ] {
            assert_eq!(
                found(text),
                vec![(detector, covered.to_owned())],
                "{text:?}"
            );
        }
    }

    #[test]
    fn amounts_dates_and_lists_keep_their_marks_as_ends() {
        for text in [
            "合计1,380,013,800元",
            "日期2024/12/01",
            "编号138,001,380,00",
            "数量12/138/0013/8000",
            "均价13.8,0013.8000",
        ] {
            assert_eq!(found(text), vec![], "{text:?}");
        }
        // A valid number inside a list of marked groups not printed like it is still found on
        // its own, between the marks.
        assert_eq!(
            found("见附件1/13800138000/2"),
            vec![(Detector::CnMobile, "13800138000".to_owned())]
        );
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
