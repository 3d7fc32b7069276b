//! A second reader for keyword occurrences: a logistic regression over the characters around
//! them, trained on labelled chat messages, that checks the rule reading ([`stance`]).
//!
//! Why: the rule reading names the construction it relies on (a negator in scope, a
//! prohibition, a rhetorical question …) and holds on the text it was written against, but
//! every new writer brings honest sentences built in a way no rule has met (a new sanction
//! word, a new kind of notice), and those raise alerts. A model over character n-grams
//! generalises over the wording instead. On held-out set 7, written blind, the five sentence
//! categories went from precision 0.80 / recall 0.93 (rules alone) to 0.90 / 0.97 with a first
//! version of this model; docs/BENCHMARKS.md, issue 17, has the figures of this one.
//!
//! How it is used ([`counts`]): the rules still decide which occurrences are whole words, and
//! read each one plainly (asserted unless a negator in scope denies it) or through a
//! construction they know (a question and its answer, rhetoric, a quotation, a refusal, a
//! report …), which stands. A plain reading the model is confident of the opposite of is
//! overturned: an asserted one with a score below [`CLEAR_BELOW`] is cleared, a denied one with
//! a score above [`RAISE_ABOVE`] raised. The matcher asks only where every keyword of the
//! message is read the same way ([`super::matcher`]).
//!
//! What it reads ([`model_text`]): the message's normalised text (NFKC, case folded,
//! simplified) without white space, with every keyword occurrence replaced by one `K`, so
//! that what it learns about the words around one keyword carries over to the others. The
//! features are that text's character 1-, 2- and 3-grams and the characters at each distance
//! up to [`WINDOW`] from each `K`, hashed to 32 bits ([`features`]).
//!
//! The weights are trained by `cargo run --release -p archive --example train_clause_model`
//! (see `scripts/train-clause-model.sh`) and embedded: [`ClauseModel::embedded`].
//!
//! [`stance`]: super::stance

use std::sync::LazyLock;

use super::normalize::ScanText;
use super::stance::Judgement;

/// Below this score, an occurrence the rules read as asserted is cleared.
pub(crate) const CLEAR_BELOW: f32 = 0.1;

/// Above this score, an occurrence the rules read as denied is raised.
pub(crate) const RAISE_ABOVE: f32 = 0.9;

/// Distance from a keyword up to which the characters either side are features of their own.
const WINDOW: usize = 8;

/// What stands for a keyword occurrence in the model's text: case folding leaves no other
/// upper-case `K` there.
const KEYWORD_MARK: char = 'K';

/// The file format's first bytes, followed by the bias (f32), the number of weights (u32) and
/// that many `(feature u32, weight f32)` pairs sorted by feature, all little-endian.
const MAGIC: &[u8; 8] = b"SCRMCLM1";

static EMBEDDED: LazyLock<Option<ClauseModel>> =
    LazyLock::new(|| ClauseModel::from_bytes(include_bytes!("clause_model.bin")));

/// How the rules read a keyword occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Part of a longer word (`张飞单`): never counts.
    NotAWord,
    /// Read through a construction the rules know (a question and its answer, rhetoric, a
    /// quotation, a refusal, a report, a heading …): the model does not overturn it.
    Construed { asserted: bool },
    /// Read plainly: asserted unless a negator in scope denies it. The model may overturn it.
    Plain { asserted: bool },
}

impl Reading {
    pub(crate) fn of(judgement: Judgement) -> Reading {
        let asserted = judgement.asserted;
        if judgement.plain {
            Reading::Plain { asserted }
        } else {
            Reading::Construed { asserted }
        }
    }

    /// Whether the rules, alone, count the occurrence.
    pub(crate) fn asserts(self) -> bool {
        match self {
            Reading::NotAWord => false,
            Reading::Construed { asserted } | Reading::Plain { asserted } => asserted,
        }
    }
}

/// The rule reading checked by the model's score.
pub(crate) fn counts(reading: Reading, score: Option<f32>) -> bool {
    match (reading, score) {
        (Reading::Plain { asserted: true }, Some(score)) => score >= CLEAR_BELOW,
        (Reading::Plain { asserted: false }, Some(score)) => score > RAISE_ABOVE,
        (reading, _) => reading.asserts(),
    }
}

/// Trained weights: a bias and a sorted table of hashed features, with an open-addressing
/// index over it for scoring (a binary search over 70,000 features is seventeen dependent
/// reads; a probe here is one or two).
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseModel {
    bias: f32,
    features: Vec<u32>,
    weights: Vec<f32>,
    index: WeightIndex,
}

/// `(feature, weight)` slots, a power of two of them at most half full, [`EMPTY`] where none is;
/// the weight of the feature [`EMPTY`] itself, if it has one, is kept apart.
#[derive(Debug, Clone, PartialEq)]
struct WeightIndex {
    slots: Vec<(u32, f32)>,
    shift: u32,
    empty_weight: f32,
}

const EMPTY: u32 = u32::MAX;

impl WeightIndex {
    fn new(features: &[u32], weights: &[f32]) -> WeightIndex {
        let bits = (2 * features.len().max(1))
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        let mask = (1usize << bits) - 1;
        let mut slots = vec![(EMPTY, 0.0); 1 << bits];
        let shift = 32 - bits;
        let mut empty_weight = 0.0;
        for (&feature, &weight) in features.iter().zip(weights) {
            if feature == EMPTY {
                empty_weight = weight;
                continue;
            }
            let mut at = slot_of(feature, shift);
            while let Some(slot) = slots.get_mut(at) {
                if slot.0 == EMPTY {
                    *slot = (feature, weight);
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        WeightIndex {
            slots,
            shift,
            empty_weight,
        }
    }

    /// The weight of `feature`; 0 when it has none.
    fn get(&self, feature: u32) -> f32 {
        if feature == EMPTY {
            return self.empty_weight;
        }
        let mask = self.slots.len() - 1;
        let mut at = slot_of(feature, self.shift);
        while let Some(&(key, weight)) = self.slots.get(at) {
            if key == feature {
                return weight;
            }
            if key == EMPTY {
                break;
            }
            at = (at + 1) & mask;
        }
        0.0
    }
}

/// Fibonacci hashing: the features are hashes already, this spreads their high bits.
fn slot_of(feature: u32, shift: u32) -> usize {
    (feature.wrapping_mul(0x9E37_79B1) >> shift) as usize
}

impl ClauseModel {
    /// The model built into this binary; `None` only if its file is malformed, which a unit
    /// test rules out.
    pub(crate) fn embedded() -> Option<&'static ClauseModel> {
        EMBEDDED.as_ref()
    }

    /// Reads the format [`ClauseModel::to_bytes`] writes; `None` when it is not that format
    /// or the features are not strictly ascending.
    pub fn from_bytes(bytes: &[u8]) -> Option<ClauseModel> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (bias, rest) = rest.split_first_chunk::<4>()?;
        let (count, mut rest) = rest.split_first_chunk::<4>()?;
        let count = usize::try_from(u32::from_le_bytes(*count)).ok()?;
        if rest.len() != count.checked_mul(8)? {
            return None;
        }
        let mut features = Vec::with_capacity(count);
        let mut weights = Vec::with_capacity(count);
        while let Some((pair, tail)) = rest.split_first_chunk::<8>() {
            let (feature, weight) = pair.split_at(4);
            let feature = u32::from_le_bytes(feature.try_into().ok()?);
            if features.last().is_some_and(|&last| last >= feature) {
                return None;
            }
            features.push(feature);
            weights.push(f32::from_le_bytes(weight.try_into().ok()?));
            rest = tail;
        }
        Some(ClauseModel::with_weights(
            f32::from_le_bytes(*bias),
            features,
            weights,
        ))
    }

    fn with_weights(bias: f32, features: Vec<u32>, weights: Vec<f32>) -> ClauseModel {
        let index = WeightIndex::new(&features, &weights);
        ClauseModel {
            bias,
            features,
            weights,
            index,
        }
    }

    /// The model as bytes, for [`ClauseModel::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + 8 * self.features.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&self.bias.to_le_bytes());
        let count = u32::try_from(self.features.len()).unwrap_or(u32::MAX);
        bytes.extend_from_slice(&count.to_le_bytes());
        for (feature, weight) in self.features.iter().zip(&self.weights).take(count as usize) {
            bytes.extend_from_slice(&feature.to_le_bytes());
            bytes.extend_from_slice(&weight.to_le_bytes());
        }
        bytes
    }

    /// The number of features with a weight.
    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// True when no feature has a weight.
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// The probability, in `[0, 1]`, that a message with these (distinct) features violates
    /// the rules its keywords belong to.
    pub fn score(&self, features: &[u32]) -> f32 {
        let sum: f32 = features
            .iter()
            .map(|&feature| self.index.get(feature))
            .sum();
        sigmoid(self.bias + sum)
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x.clamp(-30.0, 30.0)).exp())
}

/// The model's view of a message: normalised, white space dropped, each keyword occurrence
/// (compact `[start, end)`, any order, overlaps merged) replaced by [`KEYWORD_MARK`].
pub(crate) fn model_text(scan_text: &ScanText, occurrences: &[(usize, usize)]) -> Vec<char> {
    let normalized = scan_text.normalized();
    let mut covered: Vec<(usize, usize)> = occurrences
        .iter()
        .filter_map(|&(start, end)| scan_text.compact_to_normalized(start, end))
        .collect();
    covered.sort_unstable();
    // Overlapping occurrences (`稳赚` in `稳赚不赔`) make one mark.
    let mut marks: Vec<(usize, usize)> = Vec::with_capacity(covered.len());
    for (start, end) in covered {
        match marks.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => marks.push((start, end)),
        }
    }
    let mut text = Vec::with_capacity(normalized.len());
    let mut marks = marks.into_iter().peekable();
    for (index, &character) in normalized.iter().enumerate() {
        while marks.next_if(|&(_, end)| end <= index).is_some() {}
        match marks.peek() {
            Some(&(start, _)) if start == index => text.push(KEYWORD_MARK),
            Some(&(start, _)) if start < index => {}
            _ if character.is_whitespace() => {}
            _ => text.push(character),
        }
    }
    text
}

/// The features of a message whose keyword occurrences (compact `[start, end)`) are
/// `occurrences`: what the scan scores and what training learns from.
pub(crate) fn message_features(
    scan_text: &ScanText,
    occurrences: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<u32> {
    let occurrences: Vec<(usize, usize)> = occurrences.into_iter().collect();
    features(&model_text(scan_text, &occurrences))
}

/// The distinct hashed features of a model text, sorted.
pub(crate) fn features(text: &[char]) -> Vec<u32> {
    let mut framed = Vec::with_capacity(text.len() + 2);
    framed.push('^');
    framed.extend_from_slice(text);
    framed.push('$');
    let mut hashed = Vec::with_capacity(3 * framed.len() + 4 * WINDOW);
    for n in 1..=3u8 {
        for gram in framed.windows(usize::from(n)) {
            hashed.push(hash(n, gram));
        }
    }
    for (at, _) in framed
        .iter()
        .enumerate()
        .filter(|&(_, &character)| character == KEYWORD_MARK)
    {
        for distance in 1..=WINDOW {
            if let Some(before) = at.checked_sub(distance) {
                hashed.push(hash(b'L', &framed[before.saturating_sub(1)..=before]));
            }
            if at + distance < framed.len() {
                let after = at + distance;
                hashed.push(hash(b'R', &framed[after..(after + 2).min(framed.len())]));
            }
        }
        for (tag, width) in [(b'a', 2), (b'b', 4)] {
            hashed.push(hash(tag, &framed[at.saturating_sub(width)..at]));
            hashed.push(hash(
                tag.to_ascii_uppercase(),
                &framed[(at + 1).min(framed.len())..(at + 1 + width).min(framed.len())],
            ));
        }
    }
    hashed.sort_unstable();
    hashed.dedup();
    hashed
}

/// FNV-1a over a tag and the characters' code points: stable across builds and platforms, as
/// the embedded weights require.
fn hash(tag: u8, characters: &[char]) -> u32 {
    const OFFSET: u32 = 0x811c_9dc5;
    const PRIME: u32 = 0x0100_0193;
    let mut state = (OFFSET ^ u32::from(tag)).wrapping_mul(PRIME);
    for &character in characters {
        for byte in u32::from(character).to_le_bytes() {
            state = (state ^ u32::from(byte)).wrapping_mul(PRIME);
        }
    }
    state
}

/// One labelled message for [`train`]: its features and whether it violates.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<u32>,
    pub violates: bool,
}

/// How [`train`] fits the weights.
#[derive(Debug, Clone, Copy)]
pub struct TrainingParameters {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Weights smaller than this in magnitude are left out of the model.
    pub prune_below: f32,
    /// Seeds the order examples are visited in, so that training is reproducible.
    pub seed: u64,
}

impl Default for TrainingParameters {
    fn default() -> Self {
        TrainingParameters {
            epochs: 12,
            learning_rate: 0.2,
            l2: 1e-4,
            prune_below: 1e-3,
            seed: 1,
        }
    }
}

/// Logistic regression by AdaGrad over binary features, with L2 regularisation.
pub fn train(examples: &[Example], parameters: TrainingParameters) -> ClauseModel {
    use std::collections::HashMap;

    // (weight, sum of squared gradients); the bias under a key no hash produces by itself is
    // not guaranteed, so it is kept apart.
    let mut table: HashMap<u32, (f32, f32)> = HashMap::new();
    let mut bias = (0.0f32, 1e-6f32);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut random = parameters.seed.max(1);
    let step = |(weight, squares): &mut (f32, f32), gradient: f32| {
        let gradient = gradient + parameters.l2 * *weight;
        *squares += gradient * gradient;
        *weight -= parameters.learning_rate * gradient / squares.sqrt();
    };
    for _ in 0..parameters.epochs {
        // Fisher–Yates with xorshift64: reproducible without a dependency.
        for last in (1..order.len()).rev() {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let pick = (random % (last as u64 + 1)) as usize;
            order.swap(last, pick);
        }
        for &index in &order {
            let Some(example) = examples.get(index) else {
                continue;
            };
            let mut sum = bias.0;
            for feature in &example.features {
                sum += table.get(feature).map_or(0.0, |entry| entry.0);
            }
            let target = if example.violates { 1.0 } else { 0.0 };
            let gradient = sigmoid(sum) - target;
            for feature in &example.features {
                step(table.entry(*feature).or_insert((0.0, 1e-6)), gradient);
            }
            step(&mut bias, gradient);
        }
    }
    let mut kept: Vec<(u32, f32)> = table
        .into_iter()
        .filter(|(_, (weight, _))| weight.abs() >= parameters.prune_below)
        .map(|(feature, (weight, _))| (feature, weight))
        .collect();
    kept.sort_unstable_by_key(|&(feature, _)| feature);
    ClauseModel::with_weights(
        bias.0,
        kept.iter().map(|&(feature, _)| feature).collect(),
        kept.iter().map(|&(_, weight)| weight).collect(),
    )
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn text_of(message: &str, keywords: &[&str]) -> String {
        let scan_text = ScanText::new(message);
        let compact: String = scan_text.compact().iter().collect();
        let mut occurrences = Vec::new();
        for keyword in keywords {
            for (byte, _) in compact.match_indices(keyword) {
                let start = compact[..byte].chars().count();
                occurrences.push((start, start + keyword.chars().count()));
            }
        }
        model_text(&scan_text, &occurrences).into_iter().collect()
    }

    #[test]
    fn keywords_become_one_mark_each_and_white_space_goes() {
        assert_eq!(
            text_of("公司严禁 飞单，也不许返佣", &["飞单", "返佣"]),
            "公司严禁K,也不许K"
        );
        // Traditional, split by a separator, overlapping another keyword.
        assert_eq!(text_of("穩-賺不賠的產品", &["稳赚", "稳赚不赔"]), "K的产品");
        assert_eq!(text_of("没有关键词", &[]), "没有关键词");
    }

    #[test]
    fn features_are_distinct_sorted_and_see_the_keyword_window() {
        let text: Vec<char> = "不得K".chars().collect();
        let features = features(&text);
        assert!(features.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(features.contains(&hash(b'a', &['不', '得'])));
        assert!(features.contains(&hash(2, &['得', 'K'])));
        assert!(!features.contains(&hash(b'a', &['不', '许'])));
    }

    #[test]
    fn the_embedded_model_loads_and_round_trips() {
        let model = ClauseModel::embedded().expect("the embedded model parses");
        assert!(model.len() > 1000, "{} weights", model.len());
        assert_eq!(
            ClauseModel::from_bytes(&model.to_bytes()).as_ref(),
            Some(model)
        );
    }

    #[test]
    fn the_index_finds_every_weight_and_nothing_else() {
        let features: Vec<u32> = (0..5000u32)
            .map(|n| n.wrapping_mul(2_654_435_761))
            .chain([EMPTY])
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let weights: Vec<f32> = (0..features.len()).map(|n| n as f32 * 1e-3 - 2.5).collect();
        let model = ClauseModel::with_weights(0.0, features.clone(), weights.clone());
        for (feature, weight) in features.iter().zip(&weights) {
            let sum = model.score(&[*feature]);
            assert_eq!(sum, sigmoid(*weight), "{feature}");
        }
        assert_eq!(model.score(&[7, 8, 9]), sigmoid(0.0));
    }

    #[test]
    fn malformed_models_are_refused() {
        let model = ClauseModel::with_weights(0.5, vec![1, 2], vec![0.25, -0.25]);
        let bytes = model.to_bytes();
        assert_eq!(ClauseModel::from_bytes(&bytes), Some(model));
        assert_eq!(ClauseModel::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(ClauseModel::from_bytes(b"SCRMCLM0"), None);
        let mut unsorted = bytes.clone();
        unsorted[16..20].copy_from_slice(&5u32.to_le_bytes());
        assert_eq!(ClauseModel::from_bytes(&unsorted), None);
    }

    #[test]
    fn training_separates_what_it_was_shown() {
        let example = |text: &str, violates| Example {
            features: features(&text.chars().collect::<Vec<_>>()),
            violates,
        };
        let examples = vec![
            example("公司严禁K", false),
            example("我们不得K", false),
            example("这个产品K的", true),
            example("放心,K的", true),
        ];
        let model = train(&examples, TrainingParameters::default());
        for example in &examples {
            let score = model.score(&example.features);
            assert_eq!(score > 0.5, example.violates, "{score}");
        }
    }

    #[test]
    fn the_model_only_moves_confident_plain_readings() {
        let plain = |asserted| Reading::Plain { asserted };
        let construed = |asserted| Reading::Construed { asserted };
        assert!(!counts(Reading::NotAWord, Some(1.0)));
        assert!(counts(plain(true), Some(0.5)));
        assert!(counts(plain(true), Some(CLEAR_BELOW)));
        assert!(!counts(plain(true), Some(CLEAR_BELOW / 2.0)));
        assert!(!counts(plain(false), Some(0.5)));
        assert!(!counts(plain(false), Some(RAISE_ABOVE)));
        assert!(counts(plain(false), Some((1.0 + RAISE_ABOVE) / 2.0)));
        assert!(counts(plain(true), None));
        assert!(!counts(plain(false), None));
        assert!(counts(construed(true), Some(0.0)));
        assert!(!counts(construed(false), Some(1.0)));
    }

    proptest::proptest! {
        #[test]
        fn any_text_and_occurrences_give_a_model_text(
            message in "\\PC{0,40}",
            spans in proptest::collection::vec((0usize..50, 1usize..6), 0..4),
        ) {
            let scan_text = ScanText::new(&message);
            let length = scan_text.compact().len();
            let occurrences: Vec<(usize, usize)> = spans
                .into_iter()
                .map(|(start, width)| (start.min(length), (start + width).min(length)))
                .collect();
            let text = model_text(&scan_text, &occurrences);
            proptest::prop_assert!(text.len() <= scan_text.normalized().len());
            let features = features(&text);
            proptest::prop_assert!(features.windows(2).all(|pair| pair[0] < pair[1]));
        }
    }
}
