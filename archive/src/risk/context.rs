//! Does a keyword occurrence count? Only when it is made of whole words and its sentence
//! asserts it ([`stance`](super::stance)).
//!
//! The automaton finds every occurrence of every keyword in the compact text; most texts have
//! none, and segmentation runs only around the ones it finds. The text around an occurrence is
//! its clause (the compact text between the clause punctuation before and after it, ignoring
//! punctuation inside the keyword itself, which is how evaders split it) or, for long clauses,
//! [`MARGIN`] characters either side: enough context for jieba to settle on the same words as
//! for the whole text. Up to [`NEIGHBOURS`] clauses either side are segmented too, each on its
//! own (a word never spans clause punctuation), for what the sentence does around the clause:
//! the answer to a question, the comment on a topic, the frame of a quotation.
//!
//! Word boundaries:
//! - between two ideographs: where jieba puts one;
//! - between two ASCII letters or digits: where the original had a separator (`vx号` is a
//!   word boundary after `vx`, `vxworks` is not; `v x` was typed to evade and reads `vx`);
//! - anywhere else (ideograph next to Latin, kana, …): always.
//!
//! The words the readings see cut Latin runs where the original had a space (`strictly|no`),
//! which the compact text and jieba run together.

use super::clause_model::Reading;
use super::normalize::ScanText;
use super::segment::{Segmenter, Word};
use super::stance::{
    Clause, Judgement, Mention, Neighbours, as_mandarin, has_other_senses, is_addressee_saying,
    is_asserted, is_pause, sets_other_sense,
};

/// The longest clause that may be only a saying or a pause (`您刚才说`, `就是说`).
const MAX_SAYING_CHARACTERS: usize = 8;

/// Clauses up to this many characters are segmented whole.
const MAX_WHOLE_CLAUSE: usize = 64;

/// Context either side of an occurrence inside a longer clause.
const MARGIN: usize = 16;

/// Clauses read either side of the keyword's own, when its own says they may matter
/// ([`is_asserted`]).
const NEIGHBOURS: usize = 4;

/// Characters read of a neighbouring clause: its end before the keyword, its start after.
const NEIGHBOUR_CHARACTERS: usize = 32;

/// Segmented windows kept for the next occurrences of the same text: at least every span one
/// reading takes (its own clause, and up to `2 * NEIGHBOURS` either side counting list numbers),
/// so that none of them is evicted while the clauses are read.
const CACHED_WINDOWS: usize = 20;
const _: () = assert!(CACHED_WINDOWS > 4 * NEIGHBOURS);

/// Quotation marks that open and close a quotation (after NFKC). `"` does both.
const OPENING_QUOTES: &[char] = &['“', '「', '『', '‘', '《', '〈'];
const CLOSING_QUOTES: &[char] = &['”', '」', '』', '’', '》', '〉'];
/// How many characters from the text's start a heading of wrong examples may reach.
const WRONG_EXAMPLES_HEADING_CHARS: usize = 16;

/// Headings that show what not to say or do: `【错误示范，别学】`, `【情景演练·错误版】`,
/// `【错误话术合集】`.
const WRONG_EXAMPLES: &[&str] = &[
    "错误示范",
    "错误版",
    "错误话术",
    "错误案例",
    "错误演示",
    "反面示范",
    "反面案例",
    "反面教材",
];

/// Where the wrong examples of a text that opens on their heading end (a compact index): at the
/// speaker's turn to speak for themselves (`【案例分析】错误示范：…。讲完了，不过跟各位客户说实话，…`),
/// or at the text's end. `None` when the text does not open on such a heading.
fn wrong_examples_end(scan_text: &ScanText) -> Option<usize> {
    let normalized = scan_text.normalized();
    let opening: String = normalized
        .iter()
        .take(WRONG_EXAMPLES_HEADING_CHARS)
        .collect();
    if !WRONG_EXAMPLES
        .iter()
        .any(|heading| opening.contains(heading))
    {
        return None;
    }
    let compact = scan_text.compact();
    let text: String = compact.iter().collect();
    let turn = OWN_TURNS
        .iter()
        .filter_map(|turn| text.find(turn))
        .min()
        .map(|byte| text[..byte].chars().count());
    Some(turn.unwrap_or(compact.len()))
}

/// Where a speaker who showed wrong examples turns to speak for themselves: `讲完了`, `说实话`.
const OWN_TURNS: &[&str] = &[
    "讲完了",
    "说完了",
    "演示完了",
    "说实话",
    "说句实话",
    "实话实说",
    "说真的",
    "讲真的",
];

/// Marks that cross out a list's line: `❌私人号`.
const CROSSES: &[char] = &['❌', '❎', '✖', '✗', '✘', '×', '🚫', '⛔'];

/// A form's "no" ticked: `□是 ☑否 代客理财`.
const TICKED_NO: &[&str] = &["☑否", "☑ 否", "√否", "✔否", "✅否", "■否"];

/// How many characters of the keyword's line before it are searched for a cross or a ticked "no".
const MAX_TICKED_LINE_CHARS: usize = 24;

/// True when the keyword starting at compact index `start` stands on a line crossed out
/// (`❌私人号`) or answered no on a form (`□是 ☑否 向客户承诺保本`).
fn is_crossed_out(scan_text: &ScanText, start: usize) -> bool {
    let Some((normalized_start, _)) = scan_text.compact_to_normalized(start, start + 1) else {
        return false;
    };
    let normalized = scan_text.normalized();
    let line_start = normalized[..normalized_start]
        .iter()
        .rposition(|&character| character == '\n')
        .map_or(0, |newline| newline + 1);
    let from = line_start.max(normalized_start.saturating_sub(MAX_TICKED_LINE_CHARS));
    let line = &normalized[from..normalized_start];
    // (The cross opens the line: `不要❌` further on marks nothing.)
    let crossed = from == line_start
        && line
            .iter()
            .find(|character| !character.is_whitespace())
            .is_some_and(|first| CROSSES.contains(first));
    if crossed {
        return true;
    }
    // (Only lines that hold a tick are joined.)
    if !line
        .iter()
        .any(|&character| matches!(character, '☑' | '√' | '✔' | '✅' | '■'))
    {
        return false;
    }
    let line: String = line.iter().collect();
    TICKED_NO.iter().any(|ticked| line.contains(ticked))
}

/// Book-title marks, opening and closing: they quote as well, and name a work.
const TITLE_MARKS: (&[char], &[char]) = (&['《', '〈'], &['》', '〉']);

/// Judges keyword occurrences in one text, reusing the segmentation of the windows around
/// earlier occurrences.
pub(crate) struct KeywordContext<'a> {
    scan_text: &'a ScanText,
    segmenter: &'a Segmenter,
    windows: Vec<Window>,
    /// Where clauses end: clause punctuation, and the spaces that end a clause in chat
    /// ([`clause_breaks`]).
    breaks: Vec<u32>,
    /// The compact ranges of stickers (see [`stickers`]): clauses of their own that no reading
    /// looks at.
    stickers: Vec<(u32, u32)>,
    /// The keyword occurrences `[start, end)` being read, in text order.
    occurrences: Vec<(usize, usize)>,
    /// The text opens on a heading that shows what not to say (`【错误示范，别学】`): every
    /// keyword before this compact index is an example.
    wrong_examples_end: Option<usize>,
}

/// A segmented stretch `[start, end)` of the compact text.
struct Window {
    start: usize,
    end: usize,
    text: String,
    /// The words of `text`, offsets relative to `start`.
    words: Vec<Word>,
    /// `is_word_boundary[i]`: a word starts or ends at `start + i`.
    is_word_boundary: Vec<bool>,
}

impl Window {
    /// The words as the readings read them: dialect words as their Mandarin ([`as_mandarin`]).
    fn word_texts(&self) -> impl Iterator<Item = &str> {
        let text = |index: usize| {
            self.words
                .get(index)
                .map(|word| &self.text[word.byte_start..word.byte_end])
        };
        (0..self.words.len()).filter_map(move |index| {
            let previous = index.checked_sub(1).and_then(text);
            Some(as_mandarin(previous, text(index)?, text(index + 1)))
        })
    }
}

/// A clause at least this many words long may be sentences that voice input ran together.
const MIN_SPOKEN_RUN: usize = 12;

/// Particles that end a spoken sentence, where voice input writes no punctuation.
const SPOKEN_SENTENCE_ENDINGS: &[&str] = &["嘛", "啊", "哦", "呀", "啦", "哈", "咯", "噢"];

/// Punctuation as voice input writes it when it is dictated: `逗号`, `问号`.
const SPOKEN_PUNCTUATION: &[&str] = &["逗号", "句号", "问号", "感叹号", "叹号"];

/// Subjects that, after a 的, start a new spoken sentence.
const NEW_SUBJECTS: &[&str] = &["我", "你", "您", "我们", "你们", "咱们"];

/// The sentences of a clause's words (word ranges), cut after the particles that end a spoken
/// sentence when the clause is long enough to be several run together and at least three words
/// stand either side: `你说那个返点啊|没有的没有的我们这个不能给返点的…`. One range, the whole
/// clause, when there is no such cut.
fn spoken_sentences(words: &[&str]) -> Vec<std::ops::Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (index, word) in words.iter().enumerate() {
        // Punctuation dictated as words ends a sentence, whatever the run's length, and is no
        // word of it: `…账户密码发过来干嘛呀逗号我不能要的…`.
        if SPOKEN_PUNCTUATION.contains(word) {
            if index > start {
                sentences.push(start..index);
            }
            start = index + 1;
        }
    }
    if start > 0 {
        if start < words.len() {
            sentences.push(start..words.len());
        }
        return sentences;
    }
    if words.len() >= MIN_SPOKEN_RUN {
        for (index, word) in words.iter().enumerate() {
            let end = index + 1;
            // 的 ends a spoken sentence too where a new subject follows it: `这个不行的|我不能帮你
            // 操作的|你把手机拿好…`.
            let ending = SPOKEN_SENTENCE_ENDINGS.contains(word)
                || (*word == "的"
                    && words
                        .get(end)
                        .is_some_and(|next| NEW_SUBJECTS.contains(next)));
            if ending && end - start >= 3 && words.len() - end >= 3 {
                sentences.push(start..end);
                start = end;
            }
        }
    }
    sentences.push(start..words.len());
    sentences
}

/// The quotation marks open at a keyword.
#[derive(Debug, Clone, Copy)]
struct OpenQuotation {
    /// Inside quotation marks of any kind, straight ones included.
    quoted: bool,
    /// Inside book-title marks.
    titled: bool,
    /// Where the innermost curly, corner or title quotation opened (compact offset).
    opened_at: Option<usize>,
}

/// A stretch of compact text to read as one clause.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    question_mark: bool,
}

impl<'a> KeywordContext<'a> {
    pub fn new(scan_text: &'a ScanText, segmenter: &'a Segmenter) -> KeywordContext<'a> {
        let stickers = stickers(scan_text);
        KeywordContext {
            scan_text,
            segmenter,
            windows: Vec::new(),
            breaks: clause_breaks(scan_text, &stickers),
            stickers,
            occurrences: Vec::new(),
            wrong_examples_end: wrong_examples_end(scan_text),
        }
    }

    /// Drops the clause breaks inside any of the keyword occurrences `[start, end)`: punctuation
    /// or a space typed inside a keyword to split it (`严禁私下返.点、返佣`) ends no clause, for
    /// that keyword or its neighbours.
    pub fn with_keywords(mut self, occurrences: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let occurrences: Vec<(usize, usize)> = occurrences.into_iter().collect();
        self.breaks.retain(|&offset| {
            let offset = offset as usize;
            !occurrences
                .iter()
                .any(|&(start, end)| start < offset && offset < end)
        });
        self.occurrences = occurrences;
        self
    }

    /// How many of `window`'s words from `from` on lie, one after another, inside keyword
    /// occurrences other than `[start, end)`.
    fn listed_keywords(&self, window: &Window, from: usize, start: usize, end: usize) -> usize {
        window.words[from.min(window.words.len())..]
            .iter()
            .take_while(|word| self.lies_in_other(window, word, (start, end)))
            .count()
    }

    /// True when `word` of `window` lies inside a keyword occurrence other than `own`.
    fn lies_in_other(&self, window: &Window, word: &Word, own: (usize, usize)) -> bool {
        let (word_start, word_end) = (window.start + word.start, window.start + word.end);
        self.occurrences.iter().any(|&occurrence| {
            occurrence != own && occurrence.0 <= word_start && word_end <= occurrence.1
        })
    }

    /// How many of `window`'s words right before `until` lie, one after another, inside keyword
    /// occurrences other than `[start, end)`.
    fn listed_keywords_before(
        &self,
        window: &Window,
        until: usize,
        start: usize,
        end: usize,
    ) -> usize {
        window.words[..until.min(window.words.len())]
            .iter()
            .rev()
            .take_while(|word| self.lies_in_other(window, word, (start, end)))
            .count()
    }

    /// How the rules read the keyword occurrence at compact `[start, end)`: whole words or not,
    /// asserted or denied.
    pub fn read(&mut self, start: usize, end: usize) -> Reading {
        let an_example = self.wrong_examples_end.is_some_and(|end| start < end);
        if an_example || is_crossed_out(self.scan_text, start) {
            return Reading::Construed { asserted: false };
        }
        let (spans, own, reach_start) = self.spans_around(start, end);
        let own_span = spans[own];
        self.segment_once(own_span.start, own_span.end);
        let scan_text = self.scan_text;
        let Some(own_index) = self.window_index(own_span.start, own_span.end) else {
            return Reading::Plain { asserted: true };
        };
        let cut_start = !is_boundary(scan_text, &self.windows[own_index], start);
        let cut_end = !is_boundary(scan_text, &self.windows[own_index], end);
        if (cut_start || cut_end) && !self.recut_around(own_index, start, end, cut_start, cut_end) {
            return Reading::NotAWord;
        }
        let own_window = &self.windows[own_index];
        let relative_start = start - own_window.start;
        let relative_end = end - own_window.start;
        let first = own_window
            .words
            .iter()
            .take_while(|word| word.end <= relative_start)
            .count();
        let keyword_end = own_window
            .words
            .iter()
            .position(|word| word.start >= relative_end)
            .unwrap_or(own_window.words.len());
        let own_words: Vec<&str> = own_window.word_texts().collect();
        // Voice input runs its sentences together: the one holding the keyword is its clause. A
        // keyword the cuts would split (a tenant's keyword may hold a particle: `好啊`) keeps
        // its clause whole.
        let mut sentences = spoken_sentences(&own_words);
        let own_sentence = sentences
            .iter()
            .position(|sentence| sentence.start <= first && keyword_end <= sentence.end);
        let own_sentence = own_sentence.unwrap_or_else(|| {
            sentences.clear();
            sentences.push(0..own_words.len());
            0
        });
        let sentence = sentences
            .get(own_sentence)
            .cloned()
            .unwrap_or(0..own_words.len());
        let (first, keyword_end) = (first - sentence.start, keyword_end - sentence.start);
        let starts_clause = sentence.start == 0;
        let ends_clause = sentence.end == own_words.len();
        let own_clause = Clause {
            words: own_words[sentence.clone()].to_vec(),
            // (A dictated `问号` asks as the mark does.)
            question_mark: (own_span.question_mark && ends_clause)
                || own_words.get(sentence.end) == Some(&"问号"),
        };
        // What ended the clause before: a colon announces this one, an exclamation mark may end
        // a bare prohibition of it.
        let separators_before = if own > 0 {
            self.scan_text.separators_before(own_span.start)
        } else {
            &[]
        };
        let quotation = self.open_quotation(reach_start, start);
        // A keyword in the sender's name of a quoted message names someone (`「稳赚老李：…」`).
        let sender_end = quotation
            .opened_at
            .and_then(|opened| self.quoted_sender_end(opened));
        if sender_end.is_some_and(|sender_end| start < sender_end) {
            return Reading::NotAWord;
        }
        let mention = Mention {
            first,
            end: keyword_end,
            quoted: quotation.quoted,
            titled: quotation.titled,
            quoted_before: quotation.opened_at.map_or(0, |opened| {
                own_window.words[sentence.start..sentence.start + first]
                    .iter()
                    .filter(|word| own_window.start + word.start >= opened)
                    .count()
            }),
            after_colon: starts_clause && separators_before.contains(&':'),
            after_exclamation: starts_clause && separators_before.contains(&'!'),
            next_asks: ends_clause && spans.get(own + 1).is_some_and(|next| next.question_mark),
            listed_after: self.listed_keywords(
                own_window,
                sentence.start + keyword_end,
                start,
                end,
            ),
            listed_before: self.listed_keywords_before(
                own_window,
                sentence.start + first,
                start,
                end,
            ),
            sender_named: sender_end.is_some()
                || quotation
                    .opened_at
                    .is_some_and(|opened| self.in_another_speakers_turn(opened, start)),
            // (Past a short reassurance between: `取号机您不会用？没事，我帮你操作`.)
            other_sense_before: own > 0
                && (self.previous_sets_other_sense(spans[own - 1], start, end)
                    || (own > 1
                        && spans[own - 1].end - spans[own - 1].start
                            <= MAX_REASSURANCE_CHARACTERS
                        && self.previous_sets_other_sense(spans[own - 2], start, end))),
            after_addressee_saying: starts_clause && self.after_addressee_saying(&spans[..own]),
        };
        // A keyword that is its clause by itself has no words around it for the clause model to
        // read: however the text around it reads, the rules' reading stands (`…，保本。…`).
        let bare = first == 0 && keyword_end == sentence.len();
        let reading = |judgement: Judgement| {
            let reading = Reading::of(judgement);
            match reading {
                Reading::Plain { asserted } if bare => Reading::Construed { asserted },
                reading => reading,
            }
        };
        if let Some(judgement) = is_asserted(&own_clause, &mention, None) {
            return reading(judgement);
        }
        drop(own_clause);
        let own_length = own_words.len();
        drop(own_words);
        for span in &spans {
            self.segment_once(span.start, span.end);
        }
        let clause_of = |span: &Span| Clause {
            words: self
                .window(span.start, span.end)
                .map(|window| window.word_texts().collect())
                .unwrap_or_default(),
            question_mark: span.question_mark,
        };
        let own_whole = clause_of(&own_span);
        let own_sentences = sentences.iter().map(|sentence| Clause {
            words: own_whole
                .words
                .get(sentence.clone())
                .unwrap_or_default()
                .to_vec(),
            question_mark: own_span.question_mark && sentence.end == own_length,
        });
        let clauses: Vec<Clause> = spans[..own]
            .iter()
            .map(clause_of)
            .chain(own_sentences)
            .chain(spans[own + 1..].iter().map(clause_of))
            .collect();
        let own = own + own_sentence;
        // Voice input's fillers stand as clauses of their own (`…“私下转账可以吗”，那个，就是说，
        // 可以`): the readings look past them to the clauses that say something. Most texts have
        // none, and their clauses are read where they stand.
        let said_only = clauses.iter().any(Clause::is_filler).then(|| {
            let said = |clause: &&Clause| !clause.is_filler();
            let preceding: Vec<Clause> = clauses[..own].iter().filter(said).cloned().collect();
            let following: Vec<Clause> = clauses[own + 1..].iter().filter(said).cloned().collect();
            (preceding, following)
        });
        let neighbours = match &said_only {
            Some((preceding, following)) => Neighbours {
                preceding,
                following,
            },
            None => Neighbours {
                preceding: &clauses[..own],
                following: &clauses[own + 1..],
            },
        };
        is_asserted(&clauses[own], &mention, Some(neighbours)).map_or(
            reading(Judgement {
                asserted: true,
                plain: true,
            }),
            reading,
        )
    }

    /// The keyword's clause (or a margin around it when the clause is long) and up to
    /// [`NEIGHBOURS`] clauses either side, in text order, with the index of the keyword's and
    /// where the reach starts (a left-out label's quotation mark counts: `「甲：…`).
    fn spans_around(&self, start: usize, end: usize) -> (Vec<Span>, usize, usize) {
        let breaks = &self.breaks;
        let length = self.scan_text.compact().len();
        // Clause `j` is `[bound(j), bound(j + 1))`.
        let bound = |j: usize| -> usize {
            match j {
                0 => 0,
                j => breaks.get(j - 1).map_or(length, |&offset| offset as usize),
            }
        };
        let question_mark =
            |clause_end: usize| self.scan_text.separators_before(clause_end).contains(&'?');
        let first_clause = breaks.partition_point(|&offset| offset as usize <= start);
        let last_clause = breaks.partition_point(|&offset| (offset as usize) < end);
        let clause_start = bound(first_clause);
        let clause_end = bound(last_clause + 1);
        let own = if clause_end - clause_start <= MAX_WHOLE_CLAUSE {
            Span {
                start: clause_start,
                end: clause_end,
                question_mark: question_mark(clause_end),
            }
        } else {
            Span {
                start: clause_start.max(start.saturating_sub(MARGIN)),
                end: clause_end.min(end + MARGIN),
                question_mark: question_mark(clause_end),
            }
        };
        // A list item's number (`1.`) is no clause the readings count (see `Clause::is_filler`):
        // the reach goes past it, to the heading of a numbered list (`…清单：1.飞单；2.代客理财`).
        // Nor is a sticker, which is left out altogether: `…，我来弄[握手]`.
        let compact = self.scan_text.compact();
        let is_sticker = |j: usize| {
            self.stickers
                .binary_search(&(bound(j) as u32, bound(j + 1) as u32))
                .is_ok()
        };
        // Nor is a transcript's turn label (`问：…？答：说过`): the answer follows the question.
        let is_turn_label = |clause_start: usize, clause_end: usize| {
            clause_end > clause_start
                && clause_end - clause_start <= 2
                && self.scan_text.separators_before(clause_end).contains(&':')
                && TURN_LABELS.iter().any(|label| {
                    label
                        .chars()
                        .eq(compact[clause_start..clause_end].iter().copied())
                })
        };
        let is_skipped = |j: usize| {
            let (clause_start, clause_end) = (bound(j), bound(j + 1));
            is_sticker(j)
                || is_turn_label(clause_start, clause_end)
                || clause_end > clause_start
                    && clause_end - clause_start <= 2
                    && compact[clause_start..clause_end]
                        .iter()
                        .all(char::is_ascii_digit)
        };
        let mut first_neighbour = first_clause;
        let mut counted = 0;
        while first_neighbour > 0
            && counted < NEIGHBOURS
            && first_clause - first_neighbour < 2 * NEIGHBOURS
        {
            first_neighbour -= 1;
            if !is_skipped(first_neighbour) {
                counted += 1;
            }
        }
        let mut last_neighbour = last_clause;
        let mut counted = 0;
        while bound(last_neighbour + 1) < length
            && counted < NEIGHBOURS
            && last_neighbour - last_clause < 2 * NEIGHBOURS
        {
            last_neighbour += 1;
            if !is_skipped(last_neighbour) {
                counted += 1;
            }
        }
        let mut spans = Vec::with_capacity(last_neighbour - first_neighbour + 1);
        let is_left_out = |j: usize| is_sticker(j) || is_turn_label(bound(j), bound(j + 1));
        for j in (first_neighbour..first_clause).filter(|&j| !is_left_out(j)) {
            let (neighbour_start, neighbour_end) = (bound(j), bound(j + 1));
            spans.push(Span {
                start: neighbour_start.max(neighbour_end.saturating_sub(NEIGHBOUR_CHARACTERS)),
                end: neighbour_end,
                question_mark: question_mark(neighbour_end),
            });
        }
        let own_index = spans.len();
        spans.push(own);
        for j in (last_clause + 1..=last_neighbour).filter(|&j| !is_left_out(j)) {
            let (neighbour_start, neighbour_end) = (bound(j), bound(j + 1));
            spans.push(Span {
                start: neighbour_start,
                end: neighbour_end.min(neighbour_start + NEIGHBOUR_CHARACTERS),
                question_mark: question_mark(neighbour_end),
            });
        }
        let reach_start = match spans.first() {
            Some(first) if !is_left_out(first_neighbour) => first.start,
            Some(first) => first.start.min(bound(first_neighbour)),
            None => bound(first_neighbour),
        };
        (spans, own_index, reach_start)
    }

    /// The quotation marks opened between compact `from` and `position` and still open there.
    fn open_quotation(&self, from: usize, position: usize) -> OpenQuotation {
        // Where each curly, corner or title quotation still open began, innermost last.
        let mut opened: Vec<usize> = Vec::new();
        let mut titles = 0_usize;
        let mut straight_open = false;
        // Straight single quotes quote as well in Chinese chat (`'零风险'`); apostrophes inside
        // English words stand between letters, not before a keyword's characters.
        let mut single_open = false;
        let compact = self.scan_text.compact();
        let between_letters = |index: usize| {
            index
                .checked_sub(1)
                .and_then(|previous| compact.get(previous))
                .is_some_and(char::is_ascii_alphabetic)
                && compact.get(index).is_some_and(char::is_ascii_alphabetic)
        };
        for index in from..=position {
            for character in self.scan_text.separators_before(index) {
                if OPENING_QUOTES.contains(character) {
                    opened.push(index);
                    if TITLE_MARKS.0.contains(character) {
                        titles += 1;
                    }
                } else if CLOSING_QUOTES.contains(character) {
                    opened.pop();
                    if TITLE_MARKS.1.contains(character) {
                        titles = titles.saturating_sub(1);
                    }
                } else if *character == '"' {
                    straight_open = !straight_open;
                } else if *character == '\'' && !between_letters(index) {
                    // (`Don't worry，这个…` opens no quotation.)
                    single_open = !single_open;
                }
            }
        }
        OpenQuotation {
            quoted: !opened.is_empty() || straight_open || single_open,
            titled: titles > 0,
            opened_at: opened.last().copied(),
        }
    }

    /// Where a quoted message starts after its sender's name, when the corner quotation opened
    /// at compact `opened` is the message a WeCom reply quotes: `「王建国：你的私人微信是多少」`,
    /// a line of dashes, then the reply. A name is short and holds no separator before its
    /// colon.
    fn quoted_sender_end(&self, opened: usize) -> Option<usize> {
        let scan_text = self.scan_text;
        if !scan_text.separators_before(opened).contains(&'「') {
            return None;
        }
        let length = scan_text.compact().len();
        let colon = (opened + 1..=length.min(opened + MAX_SENDER_CHARACTERS))
            .find(|&index| !scan_text.separators_before(index).is_empty())?;
        if !scan_text.separators_before(colon).contains(&':') {
            return None;
        }
        // (Looked for within a quoted message's length, so that a text of many keywords inside an
        // unclosed `「` is not searched to its end for each of them.)
        let closing = (colon..=length.min(colon + MAX_QUOTED_MESSAGE_CHARACTERS))
            .find(|&index| scan_text.separators_before(index).contains(&'」'))?;
        scan_text
            .separators_before(closing)
            .contains(&'-')
            .then_some(colon)
    }

    /// True when the clause of `previous` (the span before the keyword's) places the keyword at
    /// compact `[start, end)` in another sense than the rule's: read from the compact text, so
    /// that a plain statement's neighbours need not be cut into words for it.
    fn previous_sets_other_sense(&self, previous: Span, start: usize, end: usize) -> bool {
        let compact = self.scan_text.compact();
        let typed = &compact[start..end];
        // (Most keywords have one sense: nothing is collected for them.)
        let Some(keyword) = has_other_senses(typed) else {
            return false;
        };
        let text: String = compact[previous.start..previous.end].iter().collect();
        sets_other_sense(keyword, &text)
    }

    /// True when the last of `preceding` that is not a pause (`嗯`, `那个`) is only the
    /// addressee's saying (`你刚才说`). Read from the compact text: the clauses before are not
    /// segmented for it.
    fn after_addressee_saying(&self, preceding: &[Span]) -> bool {
        let compact = self.scan_text.compact();
        for span in preceding.iter().rev() {
            // (A saying or a pause is a few characters: a longer clause is neither, and is not
            // collected. This runs for most hits.)
            if span.end - span.start > MAX_SAYING_CHARACTERS {
                return false;
            }
            let text: String = compact[span.start..span.end].iter().collect();
            if is_pause(&text) {
                continue;
            }
            return !span.question_mark && is_addressee_saying(&text);
        }
        false
    }

    /// True when the quotation opened at compact `opened` pastes a dialogue of two turns or more
    /// (`「甲：为啥不能加私人号？乙：公司规定，对客只能用企业微信。」`) and the keyword at compact
    /// `start` stands in a turn the speaker does not own: its label is not first person
    /// (`我：稳赚`), and the text after the quotation does not own it (`乙是我`, `乙就是我`).
    fn in_another_speakers_turn(&self, opened: usize, start: usize) -> bool {
        let scan_text = self.scan_text;
        let compact = scan_text.compact();
        // A dialogue opens with a label and its colon: most quotations do not, and end here.
        let first_colon = (opened + 1..=compact.len().min(opened + 1 + MAX_TURN_LABEL_CHARACTERS))
            .find(|&index| !scan_text.separators_before(index).is_empty());
        if !first_colon.is_some_and(|index| scan_text.separators_before(index).contains(&':')) {
            return false;
        }
        let last = compact.len().min(opened + MAX_QUOTED_MESSAGE_CHARACTERS);
        let closing = (start..=last)
            .find(|&index| {
                scan_text
                    .separators_before(index)
                    .iter()
                    .any(|character| CLOSING_QUOTES.contains(character))
            })
            .unwrap_or(last);
        // A turn's label opens the quotation or a sentence inside it, and a colon ends it.
        let mut labels: Vec<(usize, usize)> = Vec::new();
        let mut label_start = opened;
        for index in opened + 1..closing {
            let separators = scan_text.separators_before(index);
            if separators.is_empty() {
                continue;
            }
            let opens_turn = label_start == opened
                || scan_text
                    .separators_before(label_start)
                    .iter()
                    .any(|character| TURN_ENDS.contains(character));
            if separators.contains(&':')
                && opens_turn
                && index - label_start <= MAX_TURN_LABEL_CHARACTERS
            {
                labels.push((label_start, index));
            }
            label_start = index;
        }
        if labels.len() < 2 {
            return false;
        }
        let Some(&(label_start, label_end)) = labels
            .iter()
            .rev()
            .find(|(_, label_end)| *label_end <= start)
        else {
            return false;
        };
        let label: String = compact[label_start..label_end].iter().collect();
        if FIRST_PERSON_LABELS.contains(&label.as_str()) {
            return false;
        }
        let after: String = compact
            [closing..compact.len().min(closing + MAX_SENDER_CHARACTERS * 4)]
            .iter()
            .collect();
        !["是我", "就是我", "是本人", "就是本人"]
            .iter()
            .any(|owned| after.contains(&format!("{label}{owned}")))
    }

    fn window_index(&self, start: usize, end: usize) -> Option<usize> {
        self.windows
            .iter()
            .position(|window| window.start == start && window.end == end)
    }

    fn window(&self, start: usize, end: usize) -> Option<&Window> {
        self.window_index(start, end)
            .map(|index| &self.windows[index])
    }

    /// Segments `[start, end)` unless a cached window holds it, and makes that window the most
    /// recently used: the cache evicts the least recently used, so a reading's own spans, used
    /// last, stay cached while it reads them, however many earlier occurrences filled it.
    fn segment_once(&mut self, start: usize, end: usize) {
        if let Some(index) = self.window_index(start, end) {
            let window = self.windows.remove(index);
            self.windows.push(window);
            return;
        }
        if self.windows.len() >= CACHED_WINDOWS {
            self.windows.remove(0);
        }
        let window = self.segment(start, end);
        self.windows.push(window);
    }

    /// Re-cuts the cached window of `span` with the keyword at compact `[start, end)` as one
    /// word, when the words the keyword's edges cut through are better read the other way.
    ///
    /// jieba's best path can glue a keyword's first or last character to its neighbour when
    /// that neighbour is a word of its own (`等|于零|风险`, where `于零` outweighs `等于`). The
    /// text either side of the keyword, cut on its own, says which reading holds: when the word
    /// that now touches each cut edge is a word of two characters or more (`等于`), the keyword
    /// stands as a word; when it is a single character left over (`确|保本|周` from `确保本周`),
    /// the keyword was not one, and the window is left as it is.
    fn recut_around(
        &mut self,
        index: usize,
        start: usize,
        end: usize,
        cut_start: bool,
        cut_end: bool,
    ) -> bool {
        let window = &self.windows[index];
        let compact = self.scan_text.compact();
        // Letters and digits run together are one word whatever jieba says; only edges between
        // ideographs are re-cut.
        let between_ideographs = |position: usize| {
            is_ideograph(compact[position - 1]) && is_ideograph(compact[position])
        };
        if (cut_start && !between_ideographs(start)) || (cut_end && !between_ideographs(end)) {
            return false;
        }
        // A verb alone after the keyword at the clause's end closes it as a whole word would
        // (`我帮你飞单|买`).
        let verb_at_end = cut_end && end + 1 == window.end && CLOSING_VERBS.contains(&compact[end]);
        // So does 书 making the keyword the document of it (`签个全权委托|书`).
        let document_at_end = cut_end && end + 1 == window.end && compact[end] == '书';
        let verb_at_end = verb_at_end || document_at_end;
        // A unit after a number closes its phrase as a whole word would: `恒裕180天|保本`, which
        // jieba cuts `180|天保|本`.
        let after_count = cut_start
            && start >= window.start + 2
            && COUNT_UNITS.contains(&compact[start - 1])
            && (compact[start - 2].is_ascii_digit()
                || CHINESE_DIGITS.contains(&compact[start - 2]));
        // A word of two characters or more needs two ideographs on the cut side: most
        // keywords inside longer words end here, before any cutting.
        if (cut_start
            && !after_count
            && (start < window.start + 2 || !is_ideograph(compact[start - 2])))
            || (cut_end
                && !verb_at_end
                && (end + 2 > window.end || !is_ideograph(compact[end + 1])))
        {
            return false;
        }
        let relative_start = start - window.start;
        let relative_end = end - window.start;
        let before_bytes: usize = compact[window.start..start]
            .iter()
            .map(|c| c.len_utf8())
            .sum();
        let keyword_bytes: usize = compact[start..end].iter().map(|c| c.len_utf8()).sum();
        // Only a side whose edge the keyword cuts is cut again; the other keeps its words.
        let words_before = if cut_start {
            let before: String = compact[window.start..start].iter().collect();
            self.cut(window.start, &before)
        } else {
            window
                .words
                .iter()
                .copied()
                .take_while(|word| word.end <= relative_start)
                .collect()
        };
        let words_after: Vec<Word> = if cut_end {
            let after: String = compact[end..window.end].iter().collect();
            let keyword_byte_end = before_bytes + keyword_bytes;
            self.cut(end, &after)
                .into_iter()
                .map(|word| Word {
                    start: word.start + relative_end,
                    end: word.end + relative_end,
                    byte_start: word.byte_start + keyword_byte_end,
                    byte_end: word.byte_end + keyword_byte_end,
                })
                .collect()
        } else {
            window
                .words
                .iter()
                .copied()
                .skip_while(|word| word.start < relative_end)
                .collect()
        };
        let window_start = window.start;
        let text_of = |word: &Word| -> String {
            compact[window_start + word.start..window_start + word.end]
                .iter()
                .collect()
        };
        let is_whole_word = |word: &Word| word.end - word.start >= 2;
        // A classifier after a demonstrative or numeral closes its phrase as a whole word does
        // (`签这|张|飞单`), and so does a pronoun (`问我|飞单`); a sentence-final particle closes
        // the clause (`飞单|呢`).
        let stands_after = |words: &[Word]| match words {
            [.., determiner, classifier]
                if DETERMINERS.contains(&text_of(determiner).as_str())
                    && CLASSIFIERS.contains(&text_of(classifier).as_str()) =>
            {
                true
            }
            [.., last] => is_whole_word(last) || PRONOUNS.contains(&text_of(last).as_str()),
            [] => false,
        };
        if cut_start && !after_count && !stands_after(&words_before) {
            return false;
        }
        if cut_end
            && !verb_at_end
            && !words_after.first().is_some_and(|word| {
                is_whole_word(word) || CLOSING_PARTICLES.contains(&text_of(word).as_str())
            })
        {
            return false;
        }
        let mut words = words_before;
        words.push(Word {
            start: relative_start,
            end: relative_end,
            byte_start: before_bytes,
            byte_end: before_bytes + keyword_bytes,
        });
        words.extend(words_after);
        let window = &mut self.windows[index];
        window.is_word_boundary = word_boundaries(&words, window.end - window.start);
        window.words = words;
        true
    }

    fn segment(&self, start: usize, end: usize) -> Window {
        let text: String = self.scan_text.compact()[start..end].iter().collect();
        let words = self.cut(start, &text);
        Window {
            start,
            end,
            text,
            is_word_boundary: word_boundaries(&words, end - start),
            words,
        }
    }
}

impl KeywordContext<'_> {
    /// jieba's words of `text`, the compact text from offset `start`, with Latin runs cut where
    /// the original had a space: the compact text runs `strictly no 返佣` together, and jieba
    /// keeps `strictlyno` as one word, while the readings need `strictly|no`. (Other separators
    /// inside a run, as in `can't` or `v.x`, join it: `cant`.)
    fn cut(&self, start: usize, text: &str) -> Vec<Word> {
        let compact = self.scan_text.compact();
        let mut words = Vec::new();
        for word in self.segmenter.cut(text) {
            let latin = compact[start + word.start..start + word.end]
                .iter()
                .all(char::is_ascii_alphanumeric);
            if !latin {
                words.push(word);
                continue;
            }
            let mut from = word.start;
            for at in word.start + 1..word.end {
                let spaced = self
                    .scan_text
                    .separators_before(start + at)
                    .iter()
                    .any(|separator| separator.is_whitespace());
                if spaced {
                    words.push(latin_word(&word, from, at));
                    from = at;
                }
            }
            words.push(latin_word(&word, from, word.end));
        }
        words
    }
}

/// The part `[from, to)` of a Latin `word`, whose characters are one byte each.
fn latin_word(word: &Word, from: usize, to: usize) -> Word {
    Word {
        start: from,
        end: to,
        byte_start: word.byte_start + (from - word.start),
        byte_end: word.byte_start + (to - word.start),
    }
}

/// `boundaries[i]`: one of `words` starts or ends at offset `i` of a window `length` long.
fn word_boundaries(words: &[Word], length: usize) -> Vec<bool> {
    let mut boundaries = vec![false; length + 1];
    for word in words {
        boundaries[word.start] = true;
        boundaries[word.end] = true;
    }
    boundaries
}

/// True when a word may start or end at compact offset `position` inside `window`.
fn is_boundary(scan_text: &ScanText, window: &Window, position: usize) -> bool {
    if position <= window.start || position >= window.end {
        // Window edges are clause punctuation or the ends of the text: real boundaries. (A
        // margin-cut edge is never at an occurrence's own start or end.)
        return true;
    }
    let compact = scan_text.compact();
    let left = compact[position - 1];
    let right = compact[position];
    if is_ideograph(left) && is_ideograph(right) {
        return window.is_word_boundary[position - window.start];
    }
    if left.is_ascii_alphanumeric() && right.is_ascii_alphanumeric() {
        return scan_text.separated_before(position);
    }
    true
}

/// CJK ideographs: the characters jieba segments by dictionary.
fn is_ideograph(character: char) -> bool {
    matches!(
        u32::from(character),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x2_0000..=0x3_23AF
    )
}

/// Characters that negate or forbid what follows them: a space after one (`这个产品不 保本`)
/// continues its clause.
const NEGATING_CHARACTERS: &[char] = &['不', '没', '别', '勿', '非', '无', '未', '莫', '禁'];

/// Modal characters a negation may end on before what it negates: `我不能 帮你操作`,
/// `不可以 私下转账`.
const MODAL_CHARACTERS: &[char] = &['能', '会', '可', '以', '要', '准', '许', '敢', '得', '该'];

/// True when `text` (the compact characters before a space) ends with a negating character,
/// or with one and then modal characters only (`不能`, `不可以`): what follows the space is what
/// it negates.
fn ends_negating(text: &[char]) -> bool {
    let modals = text
        .iter()
        .rev()
        .take(2)
        .take_while(|character| MODAL_CHARACTERS.contains(character))
        .count();
    text.len()
        .checked_sub(modals + 1)
        .is_some_and(|at| NEGATING_CHARACTERS.contains(&text[at]))
}

/// The compact indices where clauses end: clause punctuation, and a space between two
/// ideographs when the words either side are at least two characters long and the one before
/// does not end with a negating character. Chat text ends clauses with a space as often as with
/// a comma (`不要在工作号里聊了 加我个人号`, `返点这种事我们做不了 抱歉哈`), while a space
/// between single characters is spelling spread out (`稳 赚 不 赔`), and a space inside a keyword
/// is covered by the keyword (the clause around a keyword spans every break inside it).
fn clause_breaks(scan_text: &ScanText, stickers: &[(u32, u32)]) -> Vec<u32> {
    let compact = scan_text.compact();
    // A decimal point ends no clause: `到期至少3.5%，少了我自己补给您` is two clauses, not three.
    let is_decimal_point = |offset: u32| {
        let offset = offset as usize;
        offset > 0
            && compact.get(offset - 1).is_some_and(char::is_ascii_digit)
            && compact.get(offset).is_some_and(char::is_ascii_digit)
            && matches!(scan_text.separators_before(offset), ['.' | '．'])
    };
    let punctuation: Vec<u32> = scan_text
        .clause_breaks()
        .iter()
        .copied()
        .filter(|&offset| !is_decimal_point(offset))
        .collect();
    let mut punctuation = with_particle_breaks(scan_text, punctuation);
    // A sticker is a clause of its own, wherever it stands.
    let length = compact.len() as u32;
    let sticker_breaks = stickers
        .iter()
        .flat_map(|&(start, end)| [start, end])
        .filter(|&offset| 0 < offset && offset < length);
    let before = punctuation.len();
    punctuation.extend(sticker_breaks);
    if punctuation.len() > before {
        punctuation.sort_unstable();
        punctuation.dedup();
    }
    let spaces = scan_text.space_breaks();
    if spaces.is_empty() {
        return punctuation;
    }
    let mut every: Vec<u32> = punctuation.iter().chain(spaces).copied().collect();
    every.sort_unstable();
    every.dedup();
    let mut breaks = punctuation.to_vec();
    for (index, &space) in every.iter().enumerate() {
        if !spaces.contains(&space) {
            continue;
        }
        let previous = index.checked_sub(1).map_or(0, |before| every[before]);
        let next = every
            .get(index + 1)
            .copied()
            .unwrap_or(compact.len() as u32);
        if space - previous >= 2
            && next - space >= 2
            && !ends_negating(&compact[previous as usize..space as usize])
        {
            breaks.push(space);
        }
    }
    breaks.sort_unstable();
    breaks
}

/// The most characters a quoted message's sender's name has (`「王建国：…」`).
const MAX_SENDER_CHARACTERS: usize = 16;

/// A transcript's turn labels: question and answer, the parties of a pasted dialogue.
const TURN_LABELS: &[&str] = &[
    // (Lower case: the compact text is folded.)
    "问", "答", "q", "a", "甲", "乙", "丙", "丁", "问题", "回答",
];

/// The most characters a dialogue turn's label has (`客户经理：`).
const MAX_TURN_LABEL_CHARACTERS: usize = 4;

/// What ends a dialogue's turn before the next one's label.
const TURN_ENDS: &[char] = &['。', '.', '?', '!', ';', '\n', '…'];

/// Labels of the speaker's own turns in a pasted dialogue.
const FIRST_PERSON_LABELS: &[&str] = &["我", "本人", "自己"];

/// The most characters of a quoted message searched for its closing `」`.
const MAX_QUOTED_MESSAGE_CHARACTERS: usize = 1_000;

/// The most characters a sticker's name has: `[破涕为笑]`.
const MAX_STICKER_CHARACTERS: usize = 4;

/// The compact ranges of WeCom's stickers (`[握手]`, `[OK]`, `[破涕为笑]`) and placeholders
/// (`[图片]`): at most [`MAX_STICKER_CHARACTERS`] characters that `[` opens and `]` closes, with
/// no separator between. They end a clause as an emoji does, and say nothing a reading should
/// take for a word (`您先别转[OK]` is the bare warning `您先别转`).
fn stickers(scan_text: &ScanText) -> Vec<(u32, u32)> {
    if !scan_text.normalized().contains(&'[') {
        return Vec::new();
    }
    let length = scan_text.compact().len();
    let mut found = Vec::new();
    let mut start = 0;
    while start < length {
        if scan_text.separators_before(start).last() != Some(&'[') {
            start += 1;
            continue;
        }
        let end = (start + 1..=length.min(start + MAX_STICKER_CHARACTERS))
            .find(|&end| !scan_text.separators_before(end).is_empty());
        match end {
            Some(end) if scan_text.separators_before(end).first() == Some(&']') => {
                found.push((start as u32, end as u32));
                start = end;
            }
            _ => start += 1,
        }
    }
    found
}

/// `breaks` with a break after every question particle (`呢`, `吗`) that an ideograph follows:
/// voice input and hurried chat run questions into the next sentence without punctuation
/// (`这个怎么可能亏呢保本的呀`), and a question's reading must not take in the answer after it.
fn with_particle_breaks(scan_text: &ScanText, mut breaks: Vec<u32>) -> Vec<u32> {
    let compact = scan_text.compact();
    let before = breaks.len();
    for (index, pair) in compact.windows(2).enumerate() {
        // Cantonese 呢 before a classifier is `this` (`呢只稳赚`), no particle.
        let demonstrative = pair[0] == '呢' && CANTONESE_CLASSIFIERS.contains(&pair[1]);
        // A Latin word set apart after the particle starts a clause too: `有人问我稳赚吗😅 bb们醒醒`.
        let next_starts = is_ideograph(pair[1])
            || (pair[1].is_ascii_alphabetic()
                && !scan_text.separators_before(index + 1).is_empty());
        if QUESTION_PARTICLES.contains(&pair[0]) && next_starts && !demonstrative {
            breaks.push(index as u32 + 1);
        }
    }
    if breaks.len() > before {
        breaks.sort_unstable();
        breaks.dedup();
    }
    breaks
}

/// Particles that end a question, typed or not.
const QUESTION_PARTICLES: &[char] = &['呢', '吗'];

/// Classifiers after which Cantonese 呢 means `this`: `呢只`, `呢单`, `呢啲`.
const CANTONESE_CLASSIFIERS: &[char] = &[
    '只', '隻', '个', '個', '单', '單', '啲', '度', '间', '間', '款', '种', '種', '次', '位', '条',
    '條', '笔', '筆', '张', '張', '份', '排',
];

/// Words that count a classifier's noun: `这张`, `那笔`, `一单`.
const DETERMINERS: &[&str] = &[
    "这", "那", "哪", "每", "某", "一", "两", "几", "半", "三", "四", "五", "十",
];

/// Classifiers of the nouns that are keywords (`张` for 飞单, `笔` for 返佣, `条` for 内幕消息).
const CLASSIFIERS: &[&str] = &[
    "张", "个", "笔", "条", "种", "份", "只", "项", "款", "支", "单", "次", "句",
];

/// Verbs that close a clause right after a keyword put before them: `我帮你飞单买`.
const CLOSING_VERBS: &[char] = &['买', '卖', '做', '办', '签'];

/// Characters of a clause short enough to be a reassurance the sense reaches past (`没事`).
const MAX_REASSURANCE_CHARACTERS: usize = 2;

/// Units that close a count before a keyword (`180天|保本`, `三年|保本`).
const COUNT_UNITS: &[char] = &['天', '年', '月', '日', '周', '期', '个'];

/// Chinese digits a count may be written in.
const CHINESE_DIGITS: &[char] = &[
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零',
];

/// Pronouns, which end the phrase before a keyword as a whole word would: `问我|飞单`.
const PRONOUNS: &[&str] = &["我", "你", "您", "他", "她"];

/// Sentence-final particles, which close the clause after a keyword as a whole word would.
const CLOSING_PARTICLES: &[&str] = &["呢", "吗", "吧", "啊", "呀", "嘛", "啦", "哦", "了", "咯"];

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn spoken_sentences_are_cut_after_their_particles_only_in_long_runs() {
        let run = [
            "你", "说", "那个", "返点", "啊", "没有", "的", "我们", "这个", "不能", "给", "返点",
        ];
        assert_eq!(spoken_sentences(&run), vec![0..5, 5..12]);
        // Too short to be sentences run together, or too little after the particle.
        assert_eq!(spoken_sentences(&run[..8]), vec![0..8]);
        // 的 before a new subject ends one; a particle with too little after it does not.
        let ending = [
            "我们", "这个", "不能", "给", "返点", "的", "你", "就", "正常", "买", "啊", "好",
        ];
        assert_eq!(spoken_sentences(&ending), vec![0..6, 6..12]);
    }

    #[test]
    fn dictated_punctuation_ends_spoken_sentences_and_is_no_word_of_them() {
        let run = [
            "你", "把", "密码", "发", "过来", "干嘛", "逗号", "我", "不能", "要", "句号",
        ];
        assert_eq!(spoken_sentences(&run), vec![0..6, 7..10]);
        // However short the run.
        assert_eq!(
            spoken_sentences(&["谁", "说", "的", "问号", "不", "会"]),
            vec![0..3, 4..6]
        );
    }

    #[test]
    fn stickers_are_short_bracketed_runs() {
        let ranges = |text: &str| stickers(&ScanText::new(text));
        // `您先别转` is four compact characters; `OK` follows.
        assert_eq!(ranges("您先别转[OK]"), vec![(4, 6)]);
        assert_eq!(ranges("[破涕为笑]跟您说个事[捂脸]"), vec![(0, 4), (9, 11)]);
        assert_eq!(ranges("收到［图片］"), vec![(2, 4)]);
        // Too long, a heading's brackets, a bracket left open, separators inside.
        assert_eq!(ranges("[这不是一个表情]"), Vec::<(u32, u32)>::new());
        assert_eq!(ranges("【群公告】稳赚"), Vec::<(u32, u32)>::new());
        assert_eq!(ranges("稳赚[OK"), Vec::<(u32, u32)>::new());
        assert_eq!(ranges("[O K]"), Vec::<(u32, u32)>::new());
    }

    #[test]
    fn a_sticker_ends_a_clause_and_is_no_clause_of_its_own() {
        // `[OK]` would make `您先别转` no bare warning, and `[握手]` would count as the clause the
        // reach goes to.
        assert!(!counts(
            "短信里那句“保费直接转到我个人账户可以打九折”，发件号码是个外地手机，我们的通知只走官方号码，您先别转[OK]",
            "转到我个人"
        ));
    }

    fn counts(text: &str, keyword: &str) -> bool {
        let segmenter = Segmenter::new([keyword]);
        let scan_text = ScanText::new(text);
        let compact = scan_text.compact_string();
        let Some(byte_start) = compact.find(keyword) else {
            panic!("{keyword} is not in {compact}");
        };
        let start = compact[..byte_start].chars().count();
        let end = start + keyword.chars().count();
        KeywordContext::new(&scan_text, &segmenter)
            .read(start, end)
            .asserts()
    }

    #[test]
    fn cross_boundary_and_negated_occurrences_do_not_count() {
        assert!(!counts("我们会确保本周内把资料准备齐全。", "保本"));
        assert!(!counts("本产品不保本，投资需谨慎。", "保本"));
        assert!(counts("这个产品基本保本，您就当存款。", "保本"));
    }

    #[test]
    fn negation_does_not_reach_across_clause_punctuation() {
        assert!(counts("不，保本的", "保本"));
        assert!(!counts("不 保本的", "保本"));
    }

    #[test]
    fn latin_keywords_need_separators_or_script_changes() {
        assert!(counts("加我vx聊", "vx"));
        assert!(counts("加我 v x 聊", "vx"));
        assert!(!counts("用vxworks开发", "vx"));
        assert!(counts("my vx is abc", "vx"));
    }

    #[test]
    fn long_clauses_use_a_margin() {
        let long = format!("{}这个产品基本保本{}", "很".repeat(80), "的".repeat(80));
        assert!(counts(&long, "保本"));
        let honest = format!("{}我们会确保本周内{}", "很".repeat(80), "的".repeat(80));
        assert!(!counts(&honest, "保本"));
    }

    #[test]
    fn latin_runs_are_cut_where_the_original_had_a_space() {
        let segmenter = Segmenter::new(["返佣"]);
        let scan_text = ScanText::new("We strictly no 返佣, can't do, v.x ok");
        let context = KeywordContext::new(&scan_text, &segmenter);
        let length = scan_text.compact().len();
        let window = context.segment(0, length);
        let words: Vec<&str> = window.word_texts().collect();
        assert_eq!(
            words,
            ["we", "strictly", "no", "返佣", "cant", "do", "vx", "ok"]
        );
    }
}
