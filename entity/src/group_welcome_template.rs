use sea_orm::entity::prelude::*;

/// A group welcome template (入群欢迎语素材) of the tenant's WeCom corp: a text, a link, or
/// both. WeCom holds the template (`template_id`); staff pick it for their groups in WeCom.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_welcome_template")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// WeCom's `template_id`.
    pub template_id: String,
    pub text: Option<String>,
    pub link_title: Option<String>,
    pub link_url: Option<String>,
    pub link_picurl: Option<String>,
    pub link_desc: Option<String>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
