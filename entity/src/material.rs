use sea_orm::entity::prelude::*;

/// A material (素材) staff send to customers: a text, an image, a link, a mini-program or a
/// file, in the tenant's library (`owner_id` `None`) or a member's personal one. An image's or
/// file's bytes are in the data dir (`DATA_DIR/library/<file_key>`), never in the row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "material")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The member whose personal library holds it; `None`: the tenant's library.
    pub owner_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub kind: MaterialKind,
    pub title: String,
    /// TEXT: the text.
    pub body: Option<String>,
    /// LINK: where it leads (http or https).
    pub url: Option<String>,
    /// LINK: the line shown under the title.
    pub description: Option<String>,
    /// MINIPROGRAM: the mini-program's appid.
    pub appid: Option<String>,
    /// MINIPROGRAM: the page it opens.
    pub page: Option<String>,
    /// IMAGE, FILE (and a MINIPROGRAM's cover): the file's path under the library dir.
    pub file_key: Option<String>,
    /// The name the file was uploaded with.
    pub file_name: Option<String>,
    /// The type its bytes were recognised as (never the one the upload declared).
    pub file_content_type: Option<String>,
    pub file_size: Option<i64>,
    /// SHA-256 of the file, hex; checked when it is read back.
    pub file_sha256: Option<String>,
    /// Normalised title and text (NFKC, case folding, traditional → simplified) that search
    /// matches substrings of.
    pub search_text: String,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What a material is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MaterialKind {
    #[sea_orm(string_value = "TEXT")]
    Text,
    #[sea_orm(string_value = "IMAGE")]
    Image,
    #[sea_orm(string_value = "LINK")]
    Link,
    #[sea_orm(string_value = "MINIPROGRAM")]
    Miniprogram,
    #[sea_orm(string_value = "FILE")]
    File,
}
