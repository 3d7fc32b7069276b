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
    /// The message's per-tenant seq, as a fast field only: pages sort by it and purges delete
    /// ranges of it (a range query on a fast field reads the column). Indexing it too would give
    /// every document a term of its own in the dictionary, which the importer pays for and
    /// nothing reads (`replace` finds a document by its msgid term).
    pub id: Field,
    /// Milliseconds since the epoch, as a fast field only: pages sort by it and time filters
    /// are range queries, which tantivy answers from the column of a fast field.
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

/// The other fields' names, as they appear in `meta.json`.
const REVOKED_FIELD: &str = "revoked";
const UNIGRAMS_FIELD: &str = "unigrams";
const BIGRAMS_FIELD: &str = "bigrams";
const SENDER_FIELD: &str = "sender";
const PARTICIPANT_FIELD: &str = "participant";
const ROOM_FIELD: &str = "room";
const MSGTYPE_FIELD: &str = "msgtype";

/// The schema a new index is created with.
pub(super) fn build_schema() -> Schema {
    let mut builder = Schema::builder();
    builder.add_u64_field(ID_FIELD, FAST);
    builder.add_i64_field(SENT_AT_FIELD, FAST);
    builder.add_bool_field(REVOKED_FIELD, INDEXED);
    builder.add_text_field(UNIGRAMS_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.add_text_field(
        BIGRAMS_FIELD,
        blind_terms(IndexRecordOption::WithFreqsAndPositions),
    );
    builder.add_text_field(SENDER_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.add_text_field(PARTICIPANT_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.add_text_field(ROOM_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.add_text_field(MSGTYPE_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.add_text_field(MSGID_FIELD, blind_terms(IndexRecordOption::Basic));
    builder.build()
}

impl IndexFields {
    /// The fields of an index's own schema, by name. Indexes built before `id` and `sent_at`
    /// became fast-only also index them; that costs their writer a term per document and
    /// changes nothing else, so they are opened as they are rather than rebuilt.
    pub(super) fn of(schema: &Schema) -> tantivy::Result<IndexFields> {
        Ok(IndexFields {
            id: schema.get_field(ID_FIELD)?,
            sent_at: schema.get_field(SENT_AT_FIELD)?,
            revoked: schema.get_field(REVOKED_FIELD)?,
            unigrams: schema.get_field(UNIGRAMS_FIELD)?,
            bigrams: schema.get_field(BIGRAMS_FIELD)?,
            sender: schema.get_field(SENDER_FIELD)?,
            participant: schema.get_field(PARTICIPANT_FIELD)?,
            room: schema.get_field(ROOM_FIELD)?,
            msgtype: schema.get_field(MSGTYPE_FIELD)?,
            msgid: schema.get_field(MSGID_FIELD)?,
        })
    }
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
