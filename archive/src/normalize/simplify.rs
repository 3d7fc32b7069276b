//! Traditional → simplified Chinese, one character at a time.
//!
//! The mapping comes from OpenCC's `TSCharacters` table (via the pure-Rust `ferrous-opencc`
//! crate, which embeds OpenCC's maintained dictionaries). We deliberately use the *character*
//! table only, not OpenCC's phrase table: search needs a mapping that is the same wherever a
//! character stands, so that every substring of a message still maps to a substring of the
//! normalised message. Phrase rules would, for example, keep `乾` inside `乾隆` but turn a lone
//! `乾` into `干`, and the query `乾` would then miss `乾隆`. The normalised text is never shown
//! to anyone, so the occasional odd-looking character is harmless.
//!
//! The crate exposes whole-string conversion only, so the character table is extracted once at
//! start-up by converting every CJK ideograph on its own line (no phrase spans a line break),
//! and then closed under repetition (OpenCC maps `薴`→`苧`, which itself maps to `苎`) so that
//! simplifying twice equals simplifying once.

use std::sync::LazyLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

/// The Basic Multilingual Plane block of ideographs: CJK Extension A (U+3400) through the end
/// of CJK Unified Ideographs (U+9FFF). Looked up by direct indexing, the common case.
const BMP_FIRST: u32 = 0x3400;
const BMP_LAST: u32 = 0x9FFF;

/// Supplementary ideographs (Extensions B through H and I): rare, looked up by binary search.
const SUPPLEMENTARY_FIRST: u32 = 0x2_0000;
const SUPPLEMENTARY_LAST: u32 = 0x3_23AF;

/// How many rounds of "map the mapped character again" closing the table may take. OpenCC's
/// chains are one step long today; anything longer than this would be a cycle.
const MAX_CHAIN_LENGTH: usize = 8;

struct SimplifyTable {
    /// `bmp[c - BMP_FIRST]` is the simplified form of `c` (or `c` itself).
    bmp: Box<[char]>,
    /// Sorted `(traditional, simplified)` pairs for supplementary ideographs that change.
    supplementary: Box<[(char, char)]>,
}

static TABLE: LazyLock<SimplifyTable> = LazyLock::new(SimplifyTable::build);

/// Forces the table to be built now (it takes a few milliseconds), e.g. before serving.
pub fn warm_up() {
    LazyLock::force(&TABLE);
}

/// The simplified form of `character`; characters that are not traditional are returned as is.
#[inline]
pub fn simplify_char(character: char) -> char {
    let code = u32::from(character);
    if code < BMP_FIRST {
        return character;
    }
    if code <= BMP_LAST {
        return TABLE.bmp[(code - BMP_FIRST) as usize];
    }
    if code < SUPPLEMENTARY_FIRST {
        return character;
    }
    simplify_supplementary(character)
}

/// The supplementary-plane half of [`simplify_char`], kept out of line so that the common BMP
/// lookup stays small enough to inline into per-character loops.
#[inline(never)]
fn simplify_supplementary(character: char) -> char {
    match TABLE
        .supplementary
        .binary_search_by_key(&character, |&(from, _)| from)
    {
        Ok(index) => TABLE.supplementary[index].1,
        Err(_) => character,
    }
}

impl SimplifyTable {
    fn build() -> Self {
        let bmp_pairs = extract_pairs(BMP_FIRST..=BMP_LAST);
        let supplementary_pairs = extract_pairs(SUPPLEMENTARY_FIRST..=SUPPLEMENTARY_LAST);

        let mut bmp: Vec<char> = (BMP_FIRST..=BMP_LAST).filter_map(char::from_u32).collect();
        for &(from, to) in &bmp_pairs {
            bmp[(u32::from(from) - BMP_FIRST) as usize] = to;
        }
        let mut table = SimplifyTable {
            bmp: bmp.into_boxed_slice(),
            supplementary: supplementary_pairs.into_boxed_slice(),
        };
        table.close_chains();
        table
    }

    /// Replaces every target by its own target until nothing changes, so that the mapping is
    /// idempotent.
    fn close_chains(&mut self) {
        for _ in 0..MAX_CHAIN_LENGTH {
            let mut changed = false;
            for index in 0..self.bmp.len() {
                let target = self.bmp[index];
                let next = self.lookup(target);
                if next != target {
                    self.bmp[index] = next;
                    changed = true;
                }
            }
            for index in 0..self.supplementary.len() {
                let target = self.supplementary[index].1;
                let next = self.lookup(target);
                if next != target {
                    self.supplementary[index].1 = next;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    fn lookup(&self, character: char) -> char {
        let code = u32::from(character);
        if (BMP_FIRST..=BMP_LAST).contains(&code) {
            return self.bmp[(code - BMP_FIRST) as usize];
        }
        match self
            .supplementary
            .binary_search_by_key(&character, |&(from, _)| from)
        {
            Ok(index) => self.supplementary[index].1,
            Err(_) => character,
        }
    }
}

/// Asks OpenCC for the simplified form of every character in `codes`, returning the pairs that
/// change, sorted. Pairs whose target is not a single character are skipped (OpenCC's character
/// table has none; skipping keeps the per-character mapping length-preserving).
fn extract_pairs(codes: std::ops::RangeInclusive<u32>) -> Vec<(char, char)> {
    let Ok(converter) = OpenCC::from_config(BuiltinConfig::T2s) else {
        // The configuration is compiled into the crate; failing here means a broken build of
        // the dependency. Searching still works, just without traditional → simplified.
        return Vec::new();
    };
    let sources: Vec<char> = codes.filter_map(char::from_u32).collect();
    let mut joined = String::with_capacity(sources.len() * 5);
    for &source in &sources {
        joined.push(source);
        joined.push('\n');
    }
    let converted = converter.convert(&joined);

    let mut pairs = Vec::new();
    for (&source, target) in sources.iter().zip(converted.split('\n')) {
        let mut target_chars = target.chars();
        let (Some(first), None) = (target_chars.next(), target_chars.next()) else {
            continue;
        };
        if first != source {
            pairs.push((source, first));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn simplify(text: &str) -> String {
        text.chars().map(simplify_char).collect()
    }

    #[test]
    fn maps_common_traditional_characters() {
        assert_eq!(simplify("開戶"), "开户");
        assert_eq!(simplify("風險測評"), "风险测评");
        assert_eq!(simplify("贖回"), "赎回");
        assert_eq!(simplify("產品說明書"), "产品说明书");
        assert_eq!(simplify("陸家嘴"), "陆家嘴");
        assert_eq!(simplify("滬深"), "沪深");
    }

    #[test]
    fn leaves_simplified_and_other_characters_alone() {
        assert_eq!(simplify("开户 ETF 300！"), "开户 ETF 300！");
    }

    #[test]
    fn works_per_character_not_per_phrase() {
        // OpenCC's phrase table keeps 乾 in 乾隆; the character table maps it everywhere.
        assert_eq!(
            simplify("乾"),
            simplify("乾隆").chars().take(1).collect::<String>()
        );
    }

    #[test]
    fn closes_chains_so_mapping_is_idempotent() {
        assert_eq!(simplify_char('薴'), '苎');
        for code in (BMP_FIRST..=BMP_LAST).chain(SUPPLEMENTARY_FIRST..=SUPPLEMENTARY_LAST) {
            let Some(character) = char::from_u32(code) else {
                continue;
            };
            let once = simplify_char(character);
            assert_eq!(simplify_char(once), once, "U+{code:X}");
        }
    }

    #[test]
    fn table_is_substantial() {
        // OpenCC's TSCharacters has about 4,100 entries; a tiny table means extraction broke.
        let changed_bmp = (BMP_FIRST..=BMP_LAST)
            .filter_map(char::from_u32)
            .filter(|&c| simplify_char(c) != c)
            .count();
        assert!(changed_bmp > 3_000, "only {changed_bmp} characters map");
        assert!(TABLE.supplementary.len() > 100);
    }
}
