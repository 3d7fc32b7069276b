//! The per-tenant search index: exact substring search without plaintext at rest.
//!
//! # Semantics
//!
//! A message matches a term exactly when `normalize(searchable text)` contains
//! `normalize(term)` ([`crate::normalize`]: NFKC, case folding, traditional → simplified).
//! Spaces and punctuation are characters like any other. Several terms must all match. Results
//! come newest first (`sent_at` descending, then `id` descending), with an exact total.
//!
//! # How
//!
//! Each normalised text is indexed as two streams of tokens: one per character (unigrams,
//! without positions) and one per pair of adjacent characters (bigrams, bigram `i` at position
//! `i`). A one-character term is a unigram lookup, a two-character term a bigram lookup, and a
//! longer term `c₀c₁…cₙ` is a phrase of the bigrams that cover it (`query.rs`), which holds
//! exactly where the text contains the term. (tantivy's `NgramTokenizer` puts every gram at
//! position 0, so it cannot do this.) Metadata filters (sender, participants, room, msgtype) are
//! terms too, so filtering happens inside the index; ids and times are fast fields. A page
//! walks only the segments that can change it and counts the rest (`newest_page.rs`,
//! `phrase_count.rs`).
//!
//! # Protection at rest: blind (keyed-hash) terms
//!
//! Every token is replaced by `HMAC-SHA256(tenant index key, domain ‖ token)` truncated to 72
//! bits (12 base64 characters) before tantivy sees it, and nothing is stored, so the index
//! files hold no message text: not the terms, not a document store. A search hashes the query's
//! tokens with the same key. The alternative, an encrypting tantivy `Directory` sealing every
//! file block-wise, leaks less (only file sizes) but has to decrypt the blocks a search touches
//! on every read, either holding the index in memory or keeping a decrypted block cache, and
//! replaces tantivy's mmap I/O, the part of tantivy the latency target (p99 < 50 ms at a million
//! messages) depends on most. Blind terms keep tantivy unchanged and cost one HMAC per token at
//! index time (mostly served from a cache, see `terms.rs`).
//!
//! What someone holding the index files but not the key learns:
//! - **Term frequencies.** How many messages contain each (unknown) character and character
//!   pair. Chinese character frequencies are well known, so the most common tokens can be
//!   guessed (`的`, `，`, `。`).
//! - **Positions, hence token sequences.** Bigram positions let one rebuild every message as a
//!   sequence of pseudonymous bigram tokens: in effect a substitution cipher over bigrams, open
//!   to frequency analysis over a large archive, and to known plaintext: anyone who knows one
//!   archived message (a customer knows what they sent) learns its tokens everywhere. This is
//!   the main leak and the price of exact substring search on blind terms. Wrapping the index
//!   in an encrypting `Directory` later would remove it without changing this module's API.
//! - **Text lengths**, from the number of tokens per message (field norms are disabled, but
//!   positions still give it away).
//! - **Metadata equality.** Which messages share a sender, a participant, a room or a msgtype,
//!   but not who or what those are; msgtype, having few values, is guessable from frequencies.
//! - **Which document has which msgid**, as a blind term per document (how the archive finds a
//!   msgid without a database index in random order): the msgids themselves are in clear in
//!   the database rows, so this tells the index's holder only that each document has its own.
//! - **Times, seqs and the revoked flag** in clear, as fast fields: the database rows hold them
//!   in clear too. Deleted documents (re-indexed after a revocation) are visible until merged.
//!
//! Not leaked: the key (only an HMAC check value is stored, see [`SearchIndex::open_or_create`]),
//! and any text, including rare words: a token that occurs once is a random 72-bit string.

mod collector;
mod key;
mod locate;
mod merge_priority;
mod msgid_filter;
mod newest_page;
mod phrase_count;
mod query;
mod schema;
mod search;
mod terms;
mod writer;

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests;

use std::fs;
use std::io::ErrorKind;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use tantivy::directory::MmapDirectory;
use tantivy::{Executor, Index, IndexReader, IndexSettings, ReloadPolicy};

pub use collector::Side;
pub use key::IndexKey;
pub use query::{MAX_QUERY_TERMS, MAX_TERM_CHARS, parse_query};
pub use search::{
    MAX_EXPORT_PAGE_SIZE, MAX_PAGE_SIZE, SearchCursor, SearchFilter, SearchPage, SearchRequest,
};
pub use writer::{IndexDoc, SearchIndexWriter};

use crate::ArchiveError;
use msgid_filter::MsgidFilters;
use schema::IndexFields;
use terms::TermHasher;

/// The file beside the index that holds the key check value.
const KEY_CHECK_FILE: &str = "scrm-index-key-check";
/// tantivy's index metadata file: its presence means an index exists in the directory.
const TANTIVY_META_FILE: &str = "meta.json";

/// The writer's indexing memory. tantivy flushes a segment when it is full; 64 MiB holds a few
/// hundred thousand chat messages per segment.
pub const DEFAULT_WRITER_MEMORY_BYTES: usize = 64 << 20;

/// One tenant's search index in one directory. Cheap to clone; clones share the reader.
#[derive(Clone)]
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: IndexFields,
    hasher: TermHasher,
    msgid_filters: Arc<MsgidFilters>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating the directory and an empty index if needed.
    ///
    /// Fails with a key error if the index was built under another key: blind terms made with
    /// the wrong key would silently find nothing.
    pub fn open_or_create(dir: &Path, key: &IndexKey) -> Result<Self, ArchiveError> {
        fs::create_dir_all(dir).map_err(|source| io_error(dir, source))?;
        let hasher = TermHasher::new(key).map_err(|_| ArchiveError::SearchIndexKey {
            path: dir.to_path_buf(),
            reason: "the key was rejected by HMAC",
        })?;
        discard_if_outdated(dir)?;
        check_or_record_key(dir, &hasher)?;

        let directory = MmapDirectory::open(dir).map_err(|source| ArchiveError::SearchIndex {
            operation: "open the index directory",
            source: source.into(),
        })?;
        let open_error = |source| ArchiveError::SearchIndex {
            operation: "open the index",
            source,
        };
        // An existing index keeps the schema it was created with (see `IndexFields::of`).
        let mut index = if Index::exists(&directory).map_err(|source| open_error(source.into()))? {
            Index::open(directory).map_err(open_error)?
        } else {
            Index::create(directory, schema::build_schema(), IndexSettings::default())
                .map_err(open_error)?
        };
        let fields = IndexFields::of(&index.schema()).map_err(open_error)?;
        index.set_executor(search_executor());
        schema::register_tokenizer(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "open a reader",
                source,
            })?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            hasher,
            msgid_filters: Arc::default(),
        })
    }

    /// The index's only writer, with [`DEFAULT_WRITER_MEMORY_BYTES`] of indexing memory.
    pub fn writer(&self) -> Result<SearchIndexWriter, ArchiveError> {
        self.writer_with_memory(DEFAULT_WRITER_MEMORY_BYTES)
    }

    /// The index's only writer, with one indexing thread: the caller's thread normalises and
    /// hashes while tantivy's thread inverts, which keeps two cores busy. Fails while another
    /// writer (in this or another process) holds the index's lock.
    pub fn writer_with_memory(
        &self,
        memory_bytes: usize,
    ) -> Result<SearchIndexWriter, ArchiveError> {
        let writer = self
            .index
            .writer_with_num_threads(1, memory_bytes)
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "open a writer",
                source,
            })?;
        Ok(SearchIndexWriter::new(
            writer,
            self.reader.clone(),
            self.fields,
            self.hasher.clone(),
        ))
    }

    /// Picks up commits made by another process (this process's writer reloads by itself).
    pub fn reload(&self) -> Result<(), ArchiveError> {
        self.reader
            .reload()
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "reload the reader",
                source,
            })
    }

    /// The checkpoint of the last [`SearchIndexWriter::commit_at`], if any.
    pub fn checkpoint(&self) -> Result<Option<u64>, ArchiveError> {
        let metas = self
            .index
            .load_metas()
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "read the index metadata",
                source,
            })?;
        Ok(metas
            .payload
            .and_then(|payload| payload.parse::<u64>().ok()))
    }

    /// Reloads the reader and returns the checkpoint its view is known to hold: every seq up to
    /// it is searchable now. The checkpoint is read first, since a commit writes it with its
    /// segments and a reloaded view is never older than what was on disk before the reload.
    /// Rows beyond it may be in the view or not: a reader completing the index from the
    /// database reads them there.
    pub fn reload_covering_checkpoint(&self) -> Result<u64, ArchiveError> {
        let checkpoint = self.checkpoint()?.unwrap_or(0);
        self.reload()?;
        Ok(checkpoint)
    }

    /// Documents visible to searches, deleted ones excluded.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SearchIndex")
            .field("num_docs", &self.num_docs())
            .finish_non_exhaustive()
    }
}

/// The threads every tenant's index searches its segments on, one per core: an exact count
/// over a large archive walks hundreds of thousands of postings, and its segments can be
/// walked side by side. One pool for all tenants, so many tenants do not mean many threads.
fn search_executor() -> Executor {
    static SHARED: LazyLock<Executor> = LazyLock::new(|| {
        let threads = search_threads();
        if threads == 1 {
            return Executor::single_thread();
        }
        Executor::multi_thread(threads, "scrm-search-").unwrap_or_else(|error| {
            tracing::warn!(%error, "no search thread pool; searching on the caller's thread");
            Executor::single_thread()
        })
    });
    SHARED.clone()
}

/// How many threads [`search_executor`] runs: one per core.
fn search_threads() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// Removes an index an older release built (its schema lacks the newest field), so that it
/// opens as a new, empty index: its writer then re-indexes the whole archive from the sealed
/// rows (the index is derived data), and until then reads find what the index lacks in the
/// database beyond its checkpoint, which is then 0. An index from a newer release is left
/// alone and fails to open.
fn discard_if_outdated(dir: &Path) -> Result<(), ArchiveError> {
    if !dir.join(TANTIVY_META_FILE).exists() {
        return Ok(());
    }
    let existing = Index::open_in_dir(dir).map_err(|source| ArchiveError::SearchIndex {
        operation: "open the index",
        source,
    })?;
    if existing.schema().get_field(schema::MSGID_FIELD).is_ok() {
        return Ok(());
    }
    drop(existing);
    tracing::warn!(
        path = %dir.display(),
        "the search index was built by an older release and is rebuilt from the archive by the \
         tenant's next import or pull, or now by `scrm archive sync-index`; until then search \
         finds nothing older"
    );
    fs::remove_dir_all(dir).map_err(|source| io_error(dir, source))?;
    fs::create_dir_all(dir).map_err(|source| io_error(dir, source))
}

/// Compares the stored key check value with ours, or stores ours in a new index directory.
fn check_or_record_key(dir: &Path, hasher: &TermHasher) -> Result<(), ArchiveError> {
    let check_path = dir.join(KEY_CHECK_FILE);
    let expected = hasher.key_check();
    match fs::read_to_string(&check_path) {
        Ok(stored) if stored.trim() == expected => Ok(()),
        Ok(_) => Err(ArchiveError::SearchIndexKey {
            path: dir.to_path_buf(),
            reason: "the index was built with another key",
        }),
        Err(error) if error.kind() == ErrorKind::NotFound => {
            if dir.join(TANTIVY_META_FILE).exists() {
                return Err(ArchiveError::SearchIndexKey {
                    path: dir.to_path_buf(),
                    reason: "the index has no key check file",
                });
            }
            write_atomically(&check_path, &expected)
        }
        Err(source) => Err(io_error(&check_path, source)),
    }
}

fn write_atomically(path: &Path, contents: &str) -> Result<(), ArchiveError> {
    let temporary = path.with_extension("tmp");
    fs::write(&temporary, format!("{contents}\n"))
        .map_err(|source| io_error(&temporary, source))?;
    fs::rename(&temporary, path).map_err(|source| io_error(path, source))
}

fn io_error(path: &Path, source: std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        path: PathBuf::from(path),
        source,
    }
}
