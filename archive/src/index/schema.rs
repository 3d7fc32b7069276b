//! The tantivy schema of a search index: ids and times as fast fields, everything else as blind
//! terms. Nothing is stored: the index answers "which ids", the database holds the messages.

use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

/// Splits our space-separated blind terms, numbering them 0, 1, 2, … as positions. No
/// lowercasing or other filter: terms are case-sensitive base64.
pub(super) const BLIND_TERMS_TOKENIZER: &str = "scrm_blind_terms";

/// Field names, as they appear in the index's `meta.json` (which must say nothing about content).
pub(super) const ID_FIELD: &str = "id";
pub(super) const SENT_AT_FIELD: &str = "sent_at";
/// The newest field: an index without it was built by an older release and is rebuilt.
pub(super) const MSGID_FIELD: &str = "msgid";

#[derive(Debug, Clone, Copy)]
pub(super) struct IndexFields {
    /// The message's per-tenant seq; indexed so that `delete` can find it.
    pub id: Field,
    /// Milliseconds since the epoch; indexed for range filters, fast for sorting.
    pub sent_at: Field,
    pub revoked: Field,
    /// One blind term per character, without positions: answers one-character queries.
    pub unigrams: Field,
    /// One blind term per pair of adjacent characters, with positions: answers longer queries
    /// as phrase queries.
    pub bigrams: Field,
    pub sender: Field,
    /// The sender and every recipient.
    pub participant: Field,
    pub room: Field,
    pub msgtype: Field,
    /// The message's msgid: how the archive finds a message by msgid without a database index
    /// in random order (see `store/locate.rs`).
    pub msgid: Field,
}

pub(super) fn build_schema() -> (Schema, IndexFields) {
    let mut builder = Schema::builder();
    let fields = IndexFields {
        id: builder.add_u64_field(ID_FIELD, INDEXED | FAST),
        sent_at: builder.add_i64_field(SENT_AT_FIELD, INDEXED | FAST),
        revoked: builder.add_bool_field("revoked", INDEXED),
        unigrams: builder.add_text_field("unigrams", blind_terms(IndexRecordOption::Basic)),
        bigrams: builder.add_text_field(
            "bigrams",
            blind_terms(IndexRecordOption::WithFreqsAndPositions),
        ),
        sender: builder.add_text_field("sender", blind_terms(IndexRecordOption::Basic)),
        participant: builder.add_text_field("participant", blind_terms(IndexRecordOption::Basic)),
        room: builder.add_text_field("room", blind_terms(IndexRecordOption::Basic)),
        msgtype: builder.add_text_field("msgtype", blind_terms(IndexRecordOption::Basic)),
        msgid: builder.add_text_field(MSGID_FIELD, blind_terms(IndexRecordOption::Basic)),
    };
    (builder.build(), fields)
}

/// Indexed, not stored, without field norms: results are ordered by time, not relevance, so
/// norms would only add a per-document length signal to the files.
fn blind_terms(record: IndexRecordOption) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(BLIND_TERMS_TOKENIZER)
        .set_index_option(record)
        .set_fieldnorms(false);
    TextOptions::default().set_indexing_options(indexing)
}

pub(super) fn register_tokenizer(index: &Index) {
    index.tokenizers().register(
        BLIND_TERMS_TOKENIZER,
        TextAnalyzer::from(WhitespaceTokenizer::default()),
    );
}
