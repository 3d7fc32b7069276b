//! The text the risk rules see, and the way back from it to what the person typed.
//!
//! A message goes through two views:
//! 1. **normalised**: every character of the original run through [`crate::normalize`] (NFKC,
//!    case folding, traditional → simplified), one *segment* at a time, so that each
//!    normalised character knows the original characters it came from. A segment is a
//!    character plus the combining marks that follow it: NFKC may merge those, so they are
//!    normalised together and all map back to the whole segment.
//! 2. **compact**: the normalised text without separators — anything that is neither a letter
//!    nor a digit (spaces, punctuation, symbols, emoji) and invisible characters (zero-width
//!    spaces and joiners, word joiner, BOM, soft hyphen, bidi marks, Hangul fillers, variation
//!    selectors). Evaders put those between the characters of a word (`保 本`, `保-本`,
//!    `保\u{200B}本`, `保．本`); in the compact view they read `保本` again.
//!
//! One more fold follows the shared normalisation: simplified variants that traditional text
//! lands on although mainland writing uses another character in the same words
//! ([`fold_variant`]): OpenCC's character table turns `帳戶` into `帐户`, a keyword says `账户`.
//!
//! Keywords and regular expressions match the compact view; the digit detectors read the
//! normalised view, where they can tell a space inside a phone number from a comma between two
//! amounts. Every hit maps back to original character offsets.
//!
//! The compact view also remembers where clause punctuation (`，。！？；：` and their ASCII
//! forms, line breaks) was removed: a negation does not reach across it, and word
//! segmentation never needs to look past it.

use std::cell::RefCell;

use unicode_normalization::char::canonical_combining_class;

use crate::normalize::{fast_map, normalize_into, simplify_char};

/// A per-thread [`ScanText`] that keeps its buffers between scans: most messages are a few
/// dozen characters, and allocating five vectors per message would cost more than filling them.
/// Buffers grown past this many characters by a huge message are released afterwards.
const MAX_RETAINED_CHARS: usize = 1 << 16;

thread_local! {
    static SCRATCH: RefCell<ScanText> = RefCell::new(ScanText::default());
}

/// Runs `work` on `text` prepared for scanning, reusing this thread's buffers.
pub(crate) fn with_scan_text<R>(text: &str, work: impl FnOnce(&ScanText) -> R) -> R {
    SCRATCH.with(|scratch| {
        // Only a re-entrant scan (from inside `work`) finds the scratch busy.
        let Ok(mut scan_text) = scratch.try_borrow_mut() else {
            return work(&ScanText::new(text));
        };
        scan_text.refill(text);
        let result = work(&scan_text);
        if scan_text.normalized.capacity() > MAX_RETAINED_CHARS {
            *scan_text = ScanText::default();
        }
        result
    })
}

/// A message prepared for scanning. Offsets are `char` indices, never bytes.
#[derive(Debug, Clone, Default)]
pub struct ScanText {
    /// The normalised characters, separators included.
    normalized: Vec<char>,
    /// For each normalised character, the original characters `[start, end)` it came from; empty
    /// while that map is the identity (normalised character `i` came from original character `i`
    /// alone), as it is for text of ASCII, ideographs and full-width forms: the common case never
    /// writes it (see [`append_normalized`]).
    origin: Vec<(u32, u32)>,
    /// The normalised characters that are not separators.
    compact: Vec<char>,
    /// For each compact character, its index in `normalized`.
    compact_to_normalized: Vec<u32>,
    /// Compact indices `k` such that clause punctuation was removed between `k - 1` and `k`,
    /// ascending.
    clause_breaks: Vec<u32>,
    /// Compact indices `k` such that only white space stood between the ideographs `k - 1` and
    /// `k`, ascending: where chat text may end a clause without punctuation (see
    /// [`context`](super::context)).
    space_breaks: Vec<u32>,
}

impl ScanText {
    /// Normalises `text` and builds both views.
    pub fn new(text: &str) -> ScanText {
        let mut scan_text = ScanText::default();
        scan_text.refill(text);
        scan_text
    }

    /// Replaces the contents with `text` prepared for scanning, keeping the buffers (bulk
    /// callers reuse one `ScanText`).
    pub fn refill(&mut self, text: &str) {
        self.normalized.clear();
        self.origin.clear();
        self.compact.clear();
        self.compact_to_normalized.clear();
        self.clause_breaks.clear();
        self.space_breaks.clear();
        self.normalized.reserve(text.len() / 2);
        self.compact.reserve(text.len() / 2);
        self.compact_to_normalized.reserve(text.len() / 2);
        let mut views = Views {
            scan_text: self,
            removed: Removed::default(),
        };
        append_normalized(text, &mut views);
    }

    /// The normalised characters, separators included.
    pub fn normalized(&self) -> &[char] {
        &self.normalized
    }

    /// The normalised characters without separators.
    pub fn compact(&self) -> &[char] {
        &self.compact
    }

    /// The compact view as a string (allocates).
    pub fn compact_string(&self) -> String {
        self.compact.iter().collect()
    }

    /// Compact indices before which clause punctuation was removed, ascending.
    pub fn clause_breaks(&self) -> &[u32] {
        &self.clause_breaks
    }

    /// Compact indices before which only white space stood between two ideographs, ascending.
    pub fn space_breaks(&self) -> &[u32] {
        &self.space_breaks
    }

    /// The normalised range covering compact characters `[start, end)`; `None` when the range
    /// is empty or out of bounds.
    pub fn compact_to_normalized(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if start >= end || end > self.compact.len() {
            return None;
        }
        let first = *self.compact_to_normalized.get(start)? as usize;
        let last = *self.compact_to_normalized.get(end - 1)? as usize;
        Some((first, last + 1))
    }

    /// The original character range covering normalised characters `[start, end)`; `None` when
    /// the range is empty or out of bounds.
    pub fn normalized_to_original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if start >= end || end > self.normalized.len() {
            return None;
        }
        if self.origin.is_empty() {
            return Some((start, end));
        }
        let (original_start, _) = *self.origin.get(start)?;
        let (_, original_end) = *self.origin.get(end - 1)?;
        Some((original_start as usize, original_end as usize))
    }

    /// The original character range covering compact characters `[start, end)`.
    pub fn compact_to_original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let (first, last) = self.compact_to_normalized(start, end)?;
        self.normalized_to_original(first, last)
    }

    /// True when a separator stood between compact characters `index - 1` and `index` in the
    /// normalised text.
    pub fn separated_before(&self, index: usize) -> bool {
        if index == 0 || index >= self.compact_to_normalized.len() {
            return true;
        }
        self.compact_to_normalized[index] - self.compact_to_normalized[index - 1] > 1
    }

    /// The separators (punctuation, spaces, quotation marks) removed between compact characters
    /// `index - 1` and `index`: before the first character when `index` is 0, after the last
    /// when it is the compact length.
    pub fn separators_before(&self, index: usize) -> &[char] {
        let start = match index.checked_sub(1) {
            None => 0,
            Some(previous) => match self.compact_to_normalized.get(previous) {
                Some(&position) => position as usize + 1,
                None => return &[],
            },
        };
        let end = self
            .compact_to_normalized
            .get(index)
            .map_or(self.normalized.len(), |&position| position as usize);
        self.normalized.get(start..end).unwrap_or(&[])
    }
}

/// The compact form of `text`: what a keyword or exception phrase must equal to match.
pub fn compact(text: &str) -> String {
    let mut compacted = ScanText::new(text).compact_string();
    // Removing a separator can leave combining marks side by side out of their canonical order
    // (`\u{363}：\u{e38}`); normalising the result again orders them. A compact string has no
    // separators left, so the second pass settles it; the bound is only a guard.
    for _ in 0..3 {
        let again = ScanText::new(&compacted).compact_string();
        if again == compacted {
            break;
        }
        compacted = again;
    }
    compacted
}

/// Both views of a [`ScanText`] being filled in one pass: each normalised character goes to the
/// normalised view and, unless it is a separator, to the compact one.
struct Views<'s> {
    scan_text: &'s mut ScanText,
    /// What was removed since the last compact character.
    removed: Removed,
}

/// The separators removed since the last compact character, as far as breaks care.
#[derive(Debug, Clone, Copy, Default)]
struct Removed {
    /// Clause punctuation.
    clause_break: bool,
    /// White space.
    space: bool,
    /// A separator other than white space or an invisible character.
    other: bool,
}

impl Removed {
    /// What removing the separator `character` adds. Out of line: separators are the minority,
    /// and the per-character loop stays small without their Unicode tests.
    #[inline(never)]
    fn with(self, character: char) -> Removed {
        let space = character.is_whitespace();
        // No ASCII character is invisible: spare the ASCII punctuation the table of ranges.
        let invisible = !character.is_ascii() && is_invisible(character);
        Removed {
            clause_break: self.clause_break || is_clause_break(character),
            space: self.space || space,
            other: self.other || (!space && !invisible),
        }
    }
}

impl Views<'_> {
    /// Appends one normalised character; its origin is the caller's to record. Runs for every
    /// character, so it is always inlined into the loop; the rarer branches are calls.
    #[inline(always)]
    fn push(&mut self, character: char) {
        // ASCII letters and digits and the common ideographs, most of chat text, need no
        // further test to be compact characters.
        let plain = character.is_ascii_alphanumeric() || is_common_ideograph(character);
        if !plain && is_separator(character) {
            self.scan_text.normalized.push(character);
            self.removed = self.removed.with(character);
            return;
        }
        self.push_compact(character);
    }

    /// Appends `character`, known not to be a separator, to both views.
    #[inline(always)]
    fn push_compact(&mut self, character: char) {
        let scan_text = &mut *self.scan_text;
        let index = scan_text.normalized.len() as u32;
        scan_text.normalized.push(character);
        if self.removed.clause_break || self.removed.space {
            let at = scan_text.compact.len() as u32;
            match break_before(self.removed, &scan_text.compact, character) {
                Some(BreakKind::Clause) => scan_text.clause_breaks.push(at),
                Some(BreakKind::Space) => scan_text.space_breaks.push(at),
                None => {}
            }
        }
        self.removed = Removed::default();
        scan_text.compact.push(character);
        scan_text.compact_to_normalized.push(index);
    }
}

/// What separated the compact characters on either side of removed separators.
enum BreakKind {
    Clause,
    Space,
}

/// The break, if any, that the separators `removed` since the end of `compact` make before
/// `character`, about to be the next compact character. Out of line, as it only runs after a
/// separator.
#[inline(never)]
fn break_before(removed: Removed, compact: &[char], character: char) -> Option<BreakKind> {
    if removed.clause_break && !compact.is_empty() {
        return Some(BreakKind::Clause);
    }
    let between_ideographs =
        is_common_ideograph(character) && compact.last().copied().is_some_and(is_common_ideograph);
    if removed.space && !removed.other && between_ideographs {
        return Some(BreakKind::Space);
    }
    None
}

/// Where in the original text a segment starts: its byte offset and its character index.
#[derive(Debug, Clone, Copy)]
struct SegmentStart {
    byte: usize,
    char_index: u32,
}

/// Normalises `text` segment by segment into `views`, recording where each output character
/// came from.
///
/// Nearly every character of chat text is a segment of its own that the shared normaliser maps
/// to one fixed character (ASCII, ideographs, full-width forms, common punctuation:
/// [`fast_map`]); those are mapped here directly, without a call into the pipeline and its
/// buffer per character. Anything else (combining sequences, compatibility characters) goes
/// through [`normalize_into`] as a segment.
///
/// The origin map is written only once it stops being the identity. Until the first segment
/// that is not one character mapped to one character (a combining sequence, a character NFKC
/// expands), normalised character `i` came from original character `i`, which
/// [`ScanText::normalized_to_original`] answers from the index; most messages never leave that
/// state, and writing a span per character was a large part of the cost. At that segment the
/// identity prefix is written out, and every later character records its span.
fn append_normalized(text: &str, views: &mut Views) {
    let mut output = String::new();
    let beginning = SegmentStart {
        byte: 0,
        char_index: 0,
    };
    let Some(first_not_one_to_one) = append_segments::<false>(text, beginning, views, &mut output)
    else {
        return;
    };
    let origin = &mut views.scan_text.origin;
    let one_to_one = first_not_one_to_one.char_index;
    origin.reserve(one_to_one as usize + (text.len() - first_not_one_to_one.byte) / 2);
    origin.extend((0..one_to_one).map(|index| (index, index + 1)));
    append_segments::<true>(text, first_not_one_to_one, views, &mut output);
}

/// Normalises the segments of `text` from `from` on into `views`, `output` being the buffer for
/// segments that need the full pipeline.
///
/// With `RECORD_ORIGIN` every normalised character's span goes to the origin map, and the
/// whole rest of the text is read (`None`). Without, the origin map is taken to be the identity:
/// reading stops, returning where, at the first segment that does not map one character to one
/// character, before anything of that segment is appended.
fn append_segments<const RECORD_ORIGIN: bool>(
    text: &str,
    from: SegmentStart,
    views: &mut Views,
    output: &mut String,
) -> Option<SegmentStart> {
    let rest = text.get(from.byte..)?;
    let mut characters = rest.chars();
    let mut char_index = from.char_index;
    // One character of lookahead: whether the next character starts a segment decides whether
    // this one is a segment alone.
    let mut next = characters.next();
    while let Some(first) = next {
        next = characters.next();
        let segment_start = char_index;
        char_index += 1;
        if next.is_none_or(is_starter) {
            // Decided on the typed character, which is at hand, rather than on what the
            // simplification table returns for it.
            if is_common_ideograph(first) {
                if RECORD_ORIGIN {
                    views.scan_text.origin.push((segment_start, char_index));
                }
                views.push_compact(fold_variant(simplify_char(first)));
                continue;
            }
            if let Some(mapped) = fast_map(first) {
                if RECORD_ORIGIN {
                    views.scan_text.origin.push((segment_start, char_index));
                }
                views.push(fold_variant(mapped));
                continue;
            }
        }
        // Byte offsets from what the iterator has not read yet, behind the lookahead.
        let unread = |next: Option<char>, characters: &std::str::Chars| {
            characters.as_str().len() + next.map_or(0, char::len_utf8)
        };
        let byte_start = text.len() - unread(next, &characters) - first.len_utf8();
        while let Some(mark) = next
            && !is_starter(mark)
        {
            char_index += 1;
            next = characters.next();
        }
        let byte_end = text.len() - unread(next, &characters);
        normalize_into(&text[byte_start..byte_end], output);
        if !RECORD_ORIGIN {
            let mut mapped = output.chars();
            let one_to_one = char_index == segment_start + 1;
            if let (true, Some(only), None) = (one_to_one, mapped.next(), mapped.next()) {
                views.push(fold_variant(only));
                continue;
            }
            return Some(SegmentStart {
                byte: byte_start,
                char_index: segment_start,
            });
        }
        let span = (segment_start, char_index);
        for character in output.chars() {
            views.scan_text.origin.push(span);
            views.push(fold_variant(character));
        }
    }
    None
}

/// CJK Unified Ideographs and Extension A: letters, and most of what chat text is made of.
/// Simplified and folded, each is still a letter (a test checks every one); the Yijing
/// hexagram symbols between the two blocks (U+4DC0–U+4DFF) are symbols, hence separators.
#[inline]
fn is_common_ideograph(character: char) -> bool {
    matches!(character, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// True when `character` begins a new segment (canonical combining class 0). ASCII and CJK
/// ideographs, nearly all of chat text, answer without the table lookup.
#[inline]
fn is_starter(character: char) -> bool {
    character.is_ascii()
        || is_common_ideograph(character)
        || is_spacing_punctuation_or_emoji(character)
        || canonical_combining_class(character) == 0
}

/// Blocks of chat punctuation and pictographs with no combining characters in them (canonical
/// combining class 0 throughout): general punctuation, CJK symbols and punctuation before the
/// ideographic tone marks, half-width and full-width forms, and the emoji blocks.
#[inline]
fn is_spacing_punctuation_or_emoji(character: char) -> bool {
    matches!(
        character,
        '\u{2000}'..='\u{206F}'
            | '\u{3000}'..='\u{3029}'
            | '\u{3030}'..='\u{303F}'
            | '\u{FF00}'..='\u{FFEF}'
            | '\u{1F300}'..='\u{1FAFF}'
    )
}

/// Characters that stand for another in the words risk rules are about are read as that one
/// ([`fold_variant`]). `帐` is the character table's simplification of `帳`, but
/// accounts are written `账户`, `账号`, `转账` (`帐户` is an older variant of the same words).
/// Both sides of a match go through this fold, so a keyword written either way still matches.
/// The white circles `○` and `◯` are how many people type the numeral zero `〇` (it looks the
/// same and is easier to reach on a phone): read as `〇`, `一三八○○一三…` is a number.
///
/// Every character passes here, so the folds are a `match` rather than a table search.
#[inline]
pub fn fold_variant(character: char) -> char {
    match character {
        '帐' => '账',
        '○' | '◯' => '〇',
        other => other,
    }
}

/// Characters that do not count between the characters of a word: anything that is neither a
/// letter nor a digit, plus invisible characters that Unicode classes as letters or marks.
#[inline]
pub fn is_separator(character: char) -> bool {
    if character.is_ascii() {
        return !character.is_ascii_alphanumeric();
    }
    if is_common_ideograph(character) {
        return false;
    }
    // Spaces and punctuation of chat text, answered without Unicode table lookups: general
    // punctuation and invisible formatting (U+2000–U+206F), ideographic space, 、。〃〄 and the
    // CJK brackets (U+3000–U+3004, U+3008–U+3011).
    if matches!(character, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3011}')
    {
        return true;
    }
    !character.is_alphanumeric() || is_invisible(character)
}

/// Characters that render as nothing (or as blank space) and carry no meaning between two
/// characters of a word. Most are not alphanumeric anyway; the list matters for those that are
/// (Hangul fillers are letters) and documents the intent.
#[inline]
pub fn is_invisible(character: char) -> bool {
    matches!(
        character,
        '\u{00AD}'                      // soft hyphen
            | '\u{034F}'                // combining grapheme joiner
            | '\u{061C}'                // Arabic letter mark
            | '\u{115F}' | '\u{1160}'   // Hangul choseong and jungseong fillers
            | '\u{17B4}' | '\u{17B5}'   // Khmer inherent vowels
            | '\u{180B}'..='\u{180F}'   // Mongolian variation selectors and vowel separator
            | '\u{200B}'..='\u{200F}'   // zero-width space, non-joiner, joiner; LRM, RLM
            | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
            | '\u{2060}'..='\u{206F}'   // word joiner, invisible operators, bidi isolates
            | '\u{3164}'                // Hangul filler
            | '\u{FE00}'..='\u{FE0F}'   // variation selectors
            | '\u{FEFF}'                // zero-width no-break space (BOM)
            | '\u{FFA0}'                // half-width Hangul filler
            | '\u{1D173}'..='\u{1D17A}' // musical formatting characters
            | '\u{E0000}'..='\u{E0FFF}' // tags and supplementary variation selectors
    )
}

/// Punctuation that ends a clause (after NFKC, so full-width forms are already ASCII), the em dash
/// of `——` too. The
/// enumeration comma `、` lists within a clause: `严禁飞单、私下交易` forbids both.
#[inline]
pub fn is_clause_break(character: char) -> bool {
    matches!(
        character,
        ',' | '.'
            | '!'
            | '?'
            | ';'
            | ':'
            | '\n'
            | '\r'
            | '。'
            | '…'
            | '—'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Characters that may sit inside a number without ending it: whitespace, hyphens and dashes,
/// and invisible characters. `138 0013-8000` is one number; `1000,2000` is two.
#[inline]
pub fn is_digit_joiner(character: char) -> bool {
    character.is_whitespace()
        || matches!(
            character,
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
        )
        || is_invisible(character)
}

// These tests look like those of `crate::normalize` (example tables, a generator of messy
// Unicode, an idempotence property) but test the views built on top of it: the shared
// normalisation is called from `append_normalized`, not repeated here, and these tests check
// what only this module does (separators removed, variants folded, offsets mapped back, clause
// breaks). The generators differ on purpose: this one draws what stresses separators and offsets
// (general punctuation, enclosed CJK that NFKC expands, digits, `，`), the other what stresses the
// normalisation pipeline itself.
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn original_of(text: &str, scan_text: &ScanText, start: usize, end: usize) -> String {
        let (first, last) = scan_text.compact_to_original(start, end).unwrap_or((0, 0));
        text.chars().skip(first).take(last - first).collect()
    }

    #[test]
    fn separators_between_characters_disappear() {
        for text in [
            "保 本",
            "保-本",
            "保\u{200B}本",
            "保．本",
            "保\u{2060}本",
            "保\u{FEFF}本",
            "保\u{00AD}本",
            "保　本",
            "保*本",
            "保😀本",
            "保\u{3164}本",
        ] {
            assert_eq!(compact(text), "保本", "{text:?}");
        }
    }

    #[test]
    fn full_width_traditional_and_case_fold() {
        assert_eq!(compact("穩賺"), "稳赚");
        assert_eq!(compact("ＶＸ１２３"), "vx123");
        assert_eq!(compact("零風險"), "零风险");
        assert_eq!(compact("帳戶密碼"), "账户密码");
        assert_eq!(compact("帐户 账户"), "账户账户");
    }

    #[test]
    fn digits_join_up() {
        assert_eq!(compact("138 0013-8000"), "13800138000");
        assert_eq!(compact("１３８００１３８０００"), "13800138000");
    }

    #[test]
    fn compact_offsets_point_at_the_original() {
        let text = "我们 保 ，本金";
        let scan_text = ScanText::new(text);
        assert_eq!(scan_text.compact_string(), "我们保本金");
        // "保本" is compact [2, 4): the original "保 ，本".
        assert_eq!(original_of(text, &scan_text, 2, 4), "保 ，本");
        assert_eq!(scan_text.clause_breaks(), &[3]);
    }

    #[test]
    fn expanding_characters_map_to_their_source() {
        // NFKC turns "㈱" into "(株)" and "ﬁ" into "fi": both output characters map back to one.
        let text = "a㈱ﬁb";
        let scan_text = ScanText::new(text);
        assert_eq!(scan_text.compact_string(), "a株fib");
        assert_eq!(original_of(text, &scan_text, 1, 2), "㈱");
        assert_eq!(original_of(text, &scan_text, 2, 4), "ﬁ");
        assert_eq!(original_of(text, &scan_text, 2, 3), "ﬁ");
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        let text = "e\u{301}x保\u{301}本";
        let scan_text = ScanText::new(text);
        assert_eq!(scan_text.compact_string(), "éx保本");
        assert_eq!(original_of(text, &scan_text, 0, 1), "e\u{301}");
        assert_eq!(original_of(text, &scan_text, 2, 4), "保\u{301}本");
    }

    #[test]
    fn separated_before_reports_removed_characters() {
        let scan_text = ScanText::new("ab c");
        assert!(!scan_text.separated_before(1));
        assert!(scan_text.separated_before(2));
    }

    #[test]
    fn separators_before_returns_the_removed_characters() {
        let scan_text = ScanText::new("“保本”？好");
        assert_eq!(scan_text.separators_before(0), ['“']);
        assert_eq!(scan_text.separators_before(1), Vec::<char>::new());
        assert_eq!(scan_text.separators_before(2), ['”', '?']);
        assert_eq!(scan_text.separators_before(3), Vec::<char>::new());
        assert_eq!(scan_text.separators_before(9), Vec::<char>::new());
    }

    #[test]
    fn every_common_ideograph_simplifies_to_a_compact_character() {
        for code in 0x3000u32..=0xA000 {
            let Some(character) = char::from_u32(code) else {
                continue;
            };
            if !is_common_ideograph(character) {
                continue;
            }
            let mapped = fold_variant(simplify_char(character));
            assert!(!is_separator(mapped), "{character} → {mapped}");
            assert!(is_starter(character), "{character}");
            assert_eq!(fast_map(character), Some(simplify_char(character)));
        }
        assert!(is_separator('䷀') && !is_common_ideograph('䷀'));
    }

    #[test]
    fn empty_and_all_separator_text() {
        assert_eq!(compact(""), "");
        assert_eq!(compact(" ，\u{200B}。"), "");
        assert_eq!(ScanText::new("，。").clause_breaks(), &[] as &[u32]);
    }

    fn messy_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                any::<char>(),
                prop::char::range('\u{4E00}', '\u{9FFF}'),
                prop::char::range('\u{FF01}', '\u{FF5E}'),
                prop::char::range('\u{0300}', '\u{036F}'),
                prop::char::range('\u{2000}', '\u{206F}'),
                prop::char::range('\u{3200}', '\u{33FF}'),
                prop::char::range('0', '9'),
                Just(' '),
                Just('，'),
            ],
            0..48,
        )
        .prop_map(|characters| characters.into_iter().collect())
    }

    /// The views as `ScanText::refill` built them before the identity-origin fast path: one
    /// origin span pushed per normalised character, segments found with a peekable
    /// `char_indices`. Kept verbatim (with the classification it used) as the specification the
    /// faster code must reproduce exactly.
    mod reference {
        use unicode_normalization::char::canonical_combining_class;

        use super::super::{fold_variant, is_invisible};
        use crate::normalize::{fast_map, normalize_into};

        #[derive(Debug, Default, PartialEq, Eq)]
        pub(super) struct ReferenceViews {
            pub normalized: Vec<char>,
            pub origin: Vec<(u32, u32)>,
            pub compact: Vec<char>,
            pub compact_to_normalized: Vec<u32>,
            pub clause_breaks: Vec<u32>,
            pub space_breaks: Vec<u32>,
        }

        pub(super) fn reference_views(text: &str) -> ReferenceViews {
            let mut views = Views {
                built: ReferenceViews::default(),
                break_pending: false,
                space_pending: false,
                other_separator_pending: false,
            };
            let mut output = String::new();
            let mut characters = text.char_indices().peekable();
            let mut char_index: u32 = 0;
            while let Some((byte_start, first)) = characters.next() {
                let segment_start = char_index;
                char_index += 1;
                let alone = characters.peek().is_none_or(|&(_, next)| is_starter(next));
                if alone && let Some(mapped) = fast_map(first) {
                    views.push(fold_variant(mapped), (segment_start, char_index));
                    continue;
                }
                let mut byte_end = byte_start + first.len_utf8();
                while let Some(&(offset, next)) = characters.peek() {
                    if is_starter(next) {
                        break;
                    }
                    byte_end = offset + next.len_utf8();
                    char_index += 1;
                    characters.next();
                }
                let span = (segment_start, char_index);
                normalize_into(&text[byte_start..byte_end], &mut output);
                for character in output.chars() {
                    views.push(fold_variant(character), span);
                }
            }
            views.built
        }

        struct Views {
            built: ReferenceViews,
            break_pending: bool,
            space_pending: bool,
            other_separator_pending: bool,
        }

        impl Views {
            fn push(&mut self, character: char, span: (u32, u32)) {
                let built = &mut self.built;
                let index = built.normalized.len() as u32;
                built.normalized.push(character);
                built.origin.push(span);
                if is_separator(character) {
                    self.break_pending |= is_clause_break(character);
                    if character.is_whitespace() {
                        self.space_pending = true;
                    } else if !is_invisible(character) {
                        self.other_separator_pending = true;
                    }
                    return;
                }
                if self.break_pending && !built.compact.is_empty() {
                    built.clause_breaks.push(built.compact.len() as u32);
                } else if self.space_pending
                    && !self.other_separator_pending
                    && is_common_ideograph(character)
                    && built
                        .compact
                        .last()
                        .copied()
                        .is_some_and(is_common_ideograph)
                {
                    built.space_breaks.push(built.compact.len() as u32);
                }
                self.break_pending = false;
                self.space_pending = false;
                self.other_separator_pending = false;
                built.compact.push(character);
                built.compact_to_normalized.push(index);
            }
        }

        fn is_common_ideograph(character: char) -> bool {
            matches!(character, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
        }

        fn is_starter(character: char) -> bool {
            character.is_ascii()
                || is_common_ideograph(character)
                || is_spacing_punctuation_or_emoji(character)
                || canonical_combining_class(character) == 0
        }

        fn is_spacing_punctuation_or_emoji(character: char) -> bool {
            matches!(
                character,
                '\u{2000}'..='\u{206F}'
                    | '\u{3000}'..='\u{3029}'
                    | '\u{3030}'..='\u{303F}'
                    | '\u{FF00}'..='\u{FFEF}'
                    | '\u{1F300}'..='\u{1FAFF}'
            )
        }

        fn is_separator(character: char) -> bool {
            if character.is_ascii() {
                return !character.is_ascii_alphanumeric();
            }
            if is_common_ideograph(character) {
                return false;
            }
            if matches!(character, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3011}')
            {
                return true;
            }
            !character.is_alphanumeric() || is_invisible(character)
        }

        fn is_clause_break(character: char) -> bool {
            matches!(
                character,
                ',' | '.'
                    | '!'
                    | '?'
                    | ';'
                    | ':'
                    | '\n'
                    | '\r'
                    | '。'
                    | '…'
                    | '—'
                    | '\u{2028}'
                    | '\u{2029}'
            )
        }
    }

    /// The views of `text` read back through the public accessors, in the reference's shape:
    /// the origin of every normalised character comes from `normalized_to_original(i, i + 1)`.
    fn views_of(text: &str) -> reference::ReferenceViews {
        let scan_text = ScanText::new(text);
        let origin = (0..scan_text.normalized().len())
            .map(|index| {
                let (start, end) = scan_text
                    .normalized_to_original(index, index + 1)
                    .unwrap_or((usize::MAX, usize::MAX));
                (start as u32, end as u32)
            })
            .collect();
        let compact_to_normalized = (0..scan_text.compact().len())
            .map(|index| {
                let (start, _) = scan_text
                    .compact_to_normalized(index, index + 1)
                    .unwrap_or((usize::MAX, usize::MAX));
                start as u32
            })
            .collect();
        reference::ReferenceViews {
            normalized: scan_text.normalized().to_vec(),
            origin,
            compact: scan_text.compact().to_vec(),
            compact_to_normalized,
            clause_breaks: scan_text.clause_breaks().to_vec(),
            space_breaks: scan_text.space_breaks().to_vec(),
        }
    }

    #[test]
    fn views_equal_the_reference_on_examples() {
        for text in [
            "",
            "保本",
            "abc DEF",
            "a㈱ﬁb",
            "㈱保本",
            "e\u{301}x保\u{301}本",
            "\u{301}开头",
            "保 本 收益，稳赚。",
            "我们 保 ，本金",
            "ＶＸ１２３ 穩賺 帳戶",
            "“保本”？好",
            "ß ẞ Ⅻ ﬃ",
            "保\u{3099}本 か\u{3099}",
        ] {
            assert_eq!(views_of(text), reference::reference_views(text), "{text:?}");
        }
    }

    /// Mostly what chat text is made of (ASCII, ideographs, full-width forms, white space between
    /// ideographs), with the characters that break the one-to-one map mixed in: combining marks,
    /// and compatibility characters NFKC expands or merges.
    fn chat_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                4 => prop::char::range(' ', '~'),
                4 => prop::char::range('\u{4E00}', '\u{9FFF}'),
                1 => prop::char::range('\u{3400}', '\u{4DBF}'),
                2 => prop::char::range('\u{FF01}', '\u{FF5E}'),
                1 => prop::char::range('\u{0300}', '\u{036F}'),
                1 => prop::char::range('\u{3099}', '\u{309A}'),
                1 => prop::char::range('\u{3000}', '\u{303F}'),
                1 => prop::char::range('\u{2000}', '\u{206F}'),
                1 => prop::char::range('\u{3200}', '\u{33FF}'),
                1 => prop::char::range('\u{FB00}', '\u{FB06}'),
                1 => prop::char::range('\u{00A0}', '\u{024F}'),
                1 => prop::sample::select(vec![
                    ' ', '\t', '\n', '\r', '\u{3000}', '\u{A0}', '\u{200B}', '\u{FEFF}',
                    '，', '。', '、', '○', '◯', '帳', '帐', 'İ', 'ΐ', '\u{1F600}', '\u{1F1E8}',
                    '\u{2F800}', '\u{20000}', '\u{E0001}',
                ]),
            ],
            0..64,
        )
        .prop_map(|characters| characters.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1_000))]

        #[test]
        fn offsets_are_in_bounds_and_ordered(text in messy_text()) {
            let scan_text = ScanText::new(&text);
            let original_length = text.chars().count() as u32;
            let mut previous = (0, 0);
            for index in 0..scan_text.normalized.len() {
                let Some((start, end)) = scan_text.normalized_to_original(index, index + 1) else {
                    return Err(TestCaseError::fail("normalised character without an origin"));
                };
                let (start, end) = (start as u32, end as u32);
                prop_assert!(start < end && end <= original_length);
                prop_assert!(start >= previous.0 && end >= previous.1);
                previous = (start, end);
            }
            prop_assert_eq!(scan_text.compact.len(), scan_text.compact_to_normalized.len());
            let mut previous_index = None;
            for &index in &scan_text.compact_to_normalized {
                prop_assert!((index as usize) < scan_text.normalized.len());
                prop_assert!(previous_index.is_none_or(|previous| previous < index));
                previous_index = Some(index);
            }
            for window in scan_text.clause_breaks.windows(2) {
                prop_assert!(window[0] < window[1]);
            }
            for length in 1..=scan_text.compact.len().min(4) {
                for start in 0..=scan_text.compact.len() - length {
                    let span = scan_text.compact_to_original(start, start + length);
                    let Some((first, last)) = span else {
                        return Err(TestCaseError::fail("in-range span did not map"));
                    };
                    prop_assert!(first < last && last as u32 <= original_length);
                }
            }
        }

        #[test]
        fn views_equal_the_reference_on_messy_text(text in messy_text()) {
            prop_assert_eq!(views_of(&text), reference::reference_views(&text));
        }

        #[test]
        fn views_equal_the_reference_on_chat_text(text in chat_text()) {
            prop_assert_eq!(views_of(&text), reference::reference_views(&text));
        }

        #[test]
        fn compact_is_idempotent(text in messy_text()) {
            let once = compact(&text);
            prop_assert_eq!(compact(&once), once);
        }
    }
}
