//! Adding, replacing and deleting messages in the index.

use std::ops::Bound;

use tantivy::query::RangeQuery;
use tantivy::schema::{Field, Term};
use tantivy::{IndexReader, IndexWriter, TantivyDocument};

use super::schema::IndexFields;
use super::terms::{CachingTermWriter, EncodedTerm, TermDomain, TermHasher};
use crate::ArchiveError;
use crate::normalize::normalize_into;

/// What the index needs to know about one message.
///
/// `Debug` shows the id only: the rest is conversation content and who took part.
#[derive(Clone, Copy)]
pub struct IndexDoc<'a> {
    /// The message's per-tenant seq: unique, and how the caller finds the database row.
    pub id: u64,
    pub msgid: &'a str,
    pub sent_at_ms: i64,
    /// The raw searchable text (`Message::searchable_text()`); normalised here.
    pub text: &'a str,
    pub msgtype: &'a str,
    pub sender: &'a str,
    /// The sender and all recipients.
    pub participants: &'a [&'a str],
    /// Empty for one-to-one chats.
    pub roomid: &'a str,
    pub revoked: bool,
}

impl std::fmt::Debug for IndexDoc<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("IndexDoc")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// The single writer of a search index (tantivy holds a lock file while it lives).
///
/// Writes become visible to searches at [`commit`](Self::commit). Batch them: a commit flushes
/// segments to disk and costs milliseconds.
pub struct SearchIndexWriter {
    writer: IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: IndexFields,
    terms: CachingTermWriter,
    /// Buffers reused across documents.
    normalized: String,
    unigrams: String,
    bigrams: String,
}

impl SearchIndexWriter {
    pub(super) fn new(
        writer: IndexWriter<TantivyDocument>,
        reader: IndexReader,
        fields: IndexFields,
        hasher: TermHasher,
    ) -> Self {
        SearchIndexWriter {
            writer,
            reader,
            fields,
            terms: CachingTermWriter::new(hasher),
            normalized: String::new(),
            unigrams: String::new(),
            bigrams: String::new(),
        }
    }

    /// Adds a message. Adding an id that is already indexed indexes it twice: use
    /// [`replace`](Self::replace) to re-index a message (e.g. once it has been revoked).
    pub fn add(&mut self, doc: &IndexDoc<'_>) -> Result<(), ArchiveError> {
        normalize_into(doc.text, &mut self.normalized);
        self.terms
            .write_text_terms(&self.normalized, &mut self.unigrams, &mut self.bigrams);

        let fields = self.fields;
        let mut document = TantivyDocument::new();
        document.add_u64(fields.id, doc.id);
        document.add_i64(fields.sent_at, doc.sent_at_ms);
        document.add_bool(fields.revoked, doc.revoked);
        document.add_text(fields.unigrams, &self.unigrams);
        document.add_text(fields.bigrams, &self.bigrams);
        let hasher = self.terms.hasher();
        let metadata_term = |domain: TermDomain, value: &str| -> EncodedTerm {
            hasher.term(domain, value.as_bytes())
        };
        add_term(
            &mut document,
            fields.sender,
            &metadata_term(TermDomain::Sender, doc.sender),
        );
        add_term(
            &mut document,
            fields.room,
            &metadata_term(TermDomain::Room, doc.roomid),
        );
        add_term(
            &mut document,
            fields.msgtype,
            &metadata_term(TermDomain::Msgtype, doc.msgtype),
        );
        add_term(
            &mut document,
            fields.msgid,
            &metadata_term(TermDomain::Msgid, doc.msgid),
        );
        for participant in doc.participants {
            let term = metadata_term(TermDomain::Participant, participant);
            add_term(&mut document, fields.participant, &term);
        }

        self.writer
            .add_document(document)
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "add a document",
                source,
            })?;
        Ok(())
    }

    /// Removes the message with this msgid (a no-op if there is none), as of the next commit.
    /// A msgid is archived once, so its term names one document.
    pub fn delete(&mut self, msgid: &str) {
        let term = self
            .terms
            .hasher()
            .term(TermDomain::Msgid, msgid.as_bytes());
        self.writer
            .delete_term(Term::from_field_text(self.fields.msgid, term.as_str()));
    }

    /// Removes the messages with ids `first..=last` (a purged range), as of the next commit.
    pub fn delete_range(&mut self, first: u64, last: u64) -> Result<(), ArchiveError> {
        let range = RangeQuery::new(
            Bound::Included(Term::from_field_u64(self.fields.id, first)),
            Bound::Included(Term::from_field_u64(self.fields.id, last)),
        );
        self.writer
            .delete_query(Box::new(range))
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "delete a purged range",
                source,
            })?;
        Ok(())
    }

    /// Deletes whatever is indexed under `doc.msgid`, then adds `doc`.
    pub fn replace(&mut self, doc: &IndexDoc<'_>) -> Result<(), ArchiveError> {
        self.delete(doc.msgid);
        self.add(doc)
    }

    /// Makes all writes so far durable and visible to searches.
    pub fn commit(&mut self) -> Result<(), ArchiveError> {
        self.commit_inner(None)
    }

    /// Like [`commit`](Self::commit), also recording `checkpoint` (typically the highest seq
    /// indexed) in the same atomic commit; [`SearchIndex::checkpoint`](super::SearchIndex::checkpoint)
    /// reads it back so an interrupted import knows where to resume.
    pub fn commit_at(&mut self, checkpoint: u64) -> Result<(), ArchiveError> {
        self.commit_inner(Some(checkpoint))
    }

    /// Lets the merges under way (and those they lead to) finish, then releases the index's
    /// lock. Dropping the writer instead abandons them: an import would leave the index in as
    /// many segments as its last minutes flushed, and every search and msgid lookup pays per
    /// segment until the next writer merges them.
    pub fn finish_merges(self) -> Result<(), ArchiveError> {
        self.writer
            .wait_merging_threads()
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "finish merging segments",
                source,
            })
    }

    fn commit_inner(&mut self, checkpoint: Option<u64>) -> Result<(), ArchiveError> {
        let commit_error = |source| ArchiveError::SearchIndex {
            operation: "commit",
            source,
        };
        // A commit is what schedules merges; by the first one tantivy's merge threads have all
        // started (they start with the writer), and threads it starts later are caught here too.
        super::merge_priority::lower_merge_threads();
        let mut prepared = self.writer.prepare_commit().map_err(commit_error)?;
        if let Some(checkpoint) = checkpoint {
            prepared.set_payload(&checkpoint.to_string());
        }
        prepared.commit().map_err(commit_error)?;
        // Explicitly, so that a search right after `commit` returns sees the new documents.
        self.reader
            .reload()
            .map_err(|source| ArchiveError::SearchIndex {
                operation: "reload the reader",
                source,
            })
    }
}

fn add_term(document: &mut TantivyDocument, field: Field, term: &EncodedTerm) {
    document.add_text(field, term.as_str());
}
