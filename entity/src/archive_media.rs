use sea_orm::entity::prelude::*;

/// A media file of the archive (image, voice, video, file, emotion), fetched from WeCom and
/// kept sealed under the tenant's data key in the data dir. Addressed by a keyed digest of its
/// `sdkfileid`, so the row does not reveal which message it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_media")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub file_key: Vec<u8>,
    pub content_type: String,
    /// Bytes of the media in clear.
    pub size: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
