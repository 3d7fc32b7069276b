//! Types of the script (话术) and material (素材) libraries.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Union};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{library_folder, material, script};

use crate::domain::Authorized;
use crate::domain::engage::library::{
    self as domain, LibraryOrderField as DomainOrderField, folders::FolderCondition,
    materials::MaterialCondition, scripts::ScriptCondition, usage,
};
use crate::error::ApiError;
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Combinators, Date, FilterInput, OrderDirection, Staff};
use crate::graphql::{authorized, request_loaders};

/// Which library: the tenant's (read by every selling role, edited by ADMIN and MANAGER) or
/// your own personal one (read and edited by you alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum LibraryScope {
    Tenant,
    Personal,
}

impl From<LibraryScope> for domain::LibraryScope {
    fn from(scope: LibraryScope) -> Self {
        match scope {
            LibraryScope::Tenant => domain::LibraryScope::Tenant,
            LibraryScope::Personal => domain::LibraryScope::Personal,
        }
    }
}

fn scope_of(owner_id: Option<i64>) -> LibraryScope {
    match domain::LibraryScope::of(owner_id) {
        domain::LibraryScope::Tenant => LibraryScope::Tenant,
        domain::LibraryScope::Personal => LibraryScope::Personal,
    }
}

/// Scripts or materials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::LibraryItemKind")]
pub enum LibraryItemKind {
    /// 话术.
    Script,
    /// 素材.
    Material,
}

/// What a material is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::MaterialKind")]
pub enum MaterialKind {
    /// A text (`text`).
    Text,
    /// An image upload: PNG, JPEG, GIF or WebP.
    Image,
    /// A link (`url`, optional `description`).
    Link,
    /// A mini-program page (`appid`, `page`; optional cover image upload).
    Miniprogram,
    /// A document upload: PDF, Word, Excel, PowerPoint or UTF-8 text.
    File,
}

/// The member whose personal library holds an item, if any.
async fn staff(ctx: &Context<'_>, id: Option<i64>) -> async_graphql::Result<Option<Staff>> {
    let Some(id) = id else { return Ok(None) };
    let member = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(member.map(Staff))
}

async fn folder(
    ctx: &Context<'_>,
    id: Option<i64>,
) -> async_graphql::Result<Option<LibraryFolder>> {
    let Some(id) = id else { return Ok(None) };
    let folder = request_loaders(ctx)?
        .library_folder_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(folder.map(LibraryFolder))
}

async fn use_count(
    ctx: &Context<'_>,
    kind: entity::LibraryItemKind,
    id: i64,
    from: Option<Date>,
    to: Option<Date>,
) -> async_graphql::Result<i64> {
    let count = request_loaders(ctx)?
        .library_use_counts
        .load_one(UseCountKey {
            kind,
            id,
            from: from.map(|date| date.0),
            to: to.map(|date| date.0),
        })
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(count.unwrap_or(0))
}

fn can_edit(ctx: &Context<'_>, owner_id: Option<i64>) -> async_graphql::Result<bool> {
    Ok(authorized(ctx)?.may_edit_library(owner_id))
}

/// A folder of a library, holding scripts or materials.
pub struct LibraryFolder(pub library_folder::Model);

#[Object]
impl LibraryFolder {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::LibraryFolder, self.0.id)
    }

    /// What the folder holds.
    async fn kind(&self) -> LibraryItemKind {
        self.0.kind.into()
    }

    async fn scope(&self) -> LibraryScope {
        scope_of(self.0.owner_id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The member whose personal library it is in; null in the tenant's library.
    async fn owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, self.0.owner_id).await
    }

    /// Whether you may rename or delete it.
    async fn viewer_can_edit(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        can_edit(ctx, self.0.owner_id)
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A script (话术): a titled text staff send or say to customers.
pub struct Script(pub script::Model);

#[Object]
impl Script {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Script, self.0.id)
    }

    async fn scope(&self) -> LibraryScope {
        scope_of(self.0.owner_id)
    }

    async fn title(&self) -> &str {
        &self.0.title
    }

    async fn content(&self) -> &str {
        &self.0.content
    }

    async fn folder(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LibraryFolder>> {
        folder(ctx, self.0.folder_id).await
    }

    /// The member whose personal library holds it; null in the tenant's library.
    async fn owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, self.0.owner_id).await
    }

    /// Who made it.
    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, Some(self.0.created_by)).await
    }

    /// Whether you may change or delete it.
    async fn viewer_can_edit(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        can_edit(ctx, self.0.owner_id)
    }

    /// Times it was used (`scriptUse`) by the staff you cover — everyone for admins, the
    /// department tree for managers, yourself for sales — on the tenant's days `from` to `to`
    /// (both included; either may be left open).
    async fn use_count(
        &self,
        ctx: &Context<'_>,
        from: Option<Date>,
        to: Option<Date>,
    ) -> async_graphql::Result<i64> {
        use_count(ctx, entity::LibraryItemKind::Script, self.0.id, from, to).await
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A material's file, downloaded from `url` with the same `Authorization: Bearer` header as
/// GraphQL.
#[derive(SimpleObject)]
pub struct LibraryFile {
    /// The name it was uploaded with.
    pub file_name: String,
    /// The type its bytes were recognised as (served as this `Content-Type`).
    pub content_type: String,
    /// Bytes.
    pub size: i64,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Where to download it: `/library/files/<material id>`.
    pub url: String,
}

/// A material (素材): a text, an image, a link, a mini-program or a file staff send to
/// customers.
pub struct Material(pub material::Model);

#[Object]
impl Material {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Material, self.0.id)
    }

    async fn kind(&self) -> MaterialKind {
        self.0.kind.into()
    }

    async fn scope(&self) -> LibraryScope {
        scope_of(self.0.owner_id)
    }

    async fn title(&self) -> &str {
        &self.0.title
    }

    /// TEXT: the text.
    async fn text(&self) -> Option<&str> {
        self.0.body.as_deref()
    }

    /// LINK: where it leads.
    async fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }

    /// LINK: the line shown under the title.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }

    /// MINIPROGRAM: the mini-program's AppID.
    async fn appid(&self) -> Option<&str> {
        self.0.appid.as_deref()
    }

    /// MINIPROGRAM: the page it opens.
    async fn page(&self) -> Option<&str> {
        self.0.page.as_deref()
    }

    /// IMAGE, FILE: the file; MINIPROGRAM: its cover image, if one was uploaded.
    async fn file(&self) -> Option<LibraryFile> {
        let row = &self.0;
        match (
            &row.file_name,
            &row.file_content_type,
            row.file_size,
            &row.file_sha256,
        ) {
            (Some(file_name), Some(content_type), Some(size), Some(sha256)) => Some(LibraryFile {
                file_name: file_name.clone(),
                content_type: content_type.clone(),
                size,
                sha256: sha256.clone(),
                url: format!(
                    "/library/files/{}",
                    ids::encode(NodeKind::Material, row.id).0
                ),
            }),
            _ => None,
        }
    }

    async fn folder(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LibraryFolder>> {
        folder(ctx, self.0.folder_id).await
    }

    /// The member whose personal library holds it; null in the tenant's library.
    async fn owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, self.0.owner_id).await
    }

    /// Who made it.
    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, Some(self.0.created_by)).await
    }

    /// Whether you may change or delete it.
    async fn viewer_can_edit(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        can_edit(ctx, self.0.owner_id)
    }

    /// Times it was used (`materialUse`) by the staff you cover — everyone for admins, the
    /// department tree for managers, yourself for sales — on the tenant's days `from` to `to`
    /// (both included; either may be left open).
    async fn use_count(
        &self,
        ctx: &Context<'_>,
        from: Option<Date>,
        to: Option<Date>,
    ) -> async_graphql::Result<i64> {
        use_count(ctx, entity::LibraryItemKind::Material, self.0.id, from, to).await
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A script or a material.
// Built one at a time for a report's rows and given straight to the executor: boxing would
// only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Union)]
pub enum LibraryItem {
    Script(Script),
    Material(Material),
}

/// Uses of one item by one member over a report's days.
pub struct LibraryUsageRow(pub usage::UsageRow);

#[Object]
impl LibraryUsageRow {
    async fn item(&self) -> LibraryItem {
        match &self.0.item {
            usage::UsageItem::Script(model) => LibraryItem::Script(Script(model.as_ref().clone())),
            usage::UsageItem::Material(model) => {
                LibraryItem::Material(Material(model.as_ref().clone()))
            }
        }
    }

    /// The member who used it.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff(ctx, Some(self.0.staff_id)).await
    }

    /// Times used over the report's days.
    async fn uses(&self) -> i64 {
        self.0.uses
    }
}

/// Filters library folders; all given conditions must hold. Combine with `and`, `or`, `not`.
#[derive(Debug, Clone, InputObject)]
pub struct LibraryFolderFilter {
    pub and: Option<Vec<LibraryFolderFilter>>,
    pub or: Option<Vec<LibraryFolderFilter>>,
    pub not: Option<Box<LibraryFolderFilter>>,
    /// Folders of scripts or of materials.
    pub kind: Option<LibraryItemKind>,
    pub scope: Option<LibraryScope>,
}

impl FilterInput for LibraryFolderFilter {
    type Condition = FolderCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators {
            and: self.and.take(),
            or: self.or.take(),
            not: self.not.take(),
        }
    }

    fn conditions(self) -> Result<Vec<FolderCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(kind) = self.kind {
            conditions.push(FolderCondition::Kind(kind.into()));
        }
        if let Some(scope) = self.scope {
            conditions.push(FolderCondition::Scope(scope.into()));
        }
        Ok(conditions)
    }
}

/// The normalised search of a filter's `query`, if anything is left to match.
fn search(query: Option<String>) -> Result<Option<String>, ApiError> {
    match query {
        Some(raw) => domain::search::query(&["filter", "query"], &raw)
            .map_err(|problem| ApiError::Invalid(vec![problem])),
        None => Ok(None),
    }
}

/// Filters scripts; all given conditions must hold. Combine with `and`, `or`, `not`.
#[derive(Debug, Clone, InputObject)]
pub struct ScriptFilter {
    pub and: Option<Vec<ScriptFilter>>,
    pub or: Option<Vec<ScriptFilter>>,
    pub not: Option<Box<ScriptFilter>>,
    /// Scripts in this folder.
    pub folder_id: Option<ID>,
    /// Scripts whose title or content contains this text, ignoring case, full-width forms and
    /// traditional or simplified characters (`開戶` finds `开户流程`).
    pub query: Option<String>,
    pub scope: Option<LibraryScope>,
}

impl FilterInput for ScriptFilter {
    type Condition = ScriptCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators {
            and: self.and.take(),
            or: self.or.take(),
            not: self.not.take(),
        }
    }

    fn conditions(self) -> Result<Vec<ScriptCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(folder_id) = self.folder_id {
            conditions.push(ScriptCondition::Folder(ids::decode(
                &["filter", "folderId"],
                NodeKind::LibraryFolder,
                &folder_id,
            )?));
        }
        if let Some(normalized) = search(self.query)? {
            conditions.push(ScriptCondition::Search(normalized));
        }
        if let Some(scope) = self.scope {
            conditions.push(ScriptCondition::Scope(scope.into()));
        }
        Ok(conditions)
    }
}

/// Filters materials; all given conditions must hold. Combine with `and`, `or`, `not`.
#[derive(Debug, Clone, InputObject)]
pub struct MaterialFilter {
    pub and: Option<Vec<MaterialFilter>>,
    pub or: Option<Vec<MaterialFilter>>,
    pub not: Option<Box<MaterialFilter>>,
    /// Materials in this folder.
    pub folder_id: Option<ID>,
    /// Materials whose title, text, description or file name contains this text, ignoring
    /// case, full-width forms and traditional or simplified characters.
    pub query: Option<String>,
    pub scope: Option<LibraryScope>,
    pub kind: Option<MaterialKind>,
}

impl FilterInput for MaterialFilter {
    type Condition = MaterialCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators {
            and: self.and.take(),
            or: self.or.take(),
            not: self.not.take(),
        }
    }

    fn conditions(self) -> Result<Vec<MaterialCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(folder_id) = self.folder_id {
            conditions.push(MaterialCondition::Folder(ids::decode(
                &["filter", "folderId"],
                NodeKind::LibraryFolder,
                &folder_id,
            )?));
        }
        if let Some(normalized) = search(self.query)? {
            conditions.push(MaterialCondition::Search(normalized));
        }
        if let Some(scope) = self.scope {
            conditions.push(MaterialCondition::Scope(scope.into()));
        }
        if let Some(kind) = self.kind {
            conditions.push(MaterialCondition::Kind(kind.into()));
        }
        Ok(conditions)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum LibraryItemOrderField {
    UpdatedAt,
    CreatedAt,
    Title,
}

/// Sort order of scripts and materials; ties are broken by id in the same direction.
#[derive(Debug, Clone, InputObject)]
pub struct LibraryItemOrder {
    pub field: LibraryItemOrderField,
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl LibraryItemOrder {
    /// The domain ordering; without one, the most recently updated first.
    pub fn into_domain(order: Option<LibraryItemOrder>) -> (DomainOrderField, bool) {
        let Some(order) = order else {
            return (DomainOrderField::UpdatedAt, true);
        };
        let field = match order.field {
            LibraryItemOrderField::UpdatedAt => DomainOrderField::UpdatedAt,
            LibraryItemOrderField::CreatedAt => DomainOrderField::CreatedAt,
            LibraryItemOrderField::Title => DomainOrderField::Title,
        };
        (field, order.direction.is_descending())
    }
}

/// Folders by id, for `folder` fields (one query per page).
pub struct LibraryFolderById(pub Authorized);

impl Loader<i64> for LibraryFolderById {
    type Value = library_folder::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        Ok(domain::folders::by_ids(&self.0, keys)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|folder| (folder.id, folder))
            .collect())
    }
}

/// One `useCount` asked for: the item and the days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UseCountKey {
    pub kind: entity::LibraryItemKind,
    pub id: i64,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Use counts, one query per kind and range of days asked for in a request.
pub struct LibraryUseCounts(pub Authorized);

impl Loader<UseCountKey> for LibraryUseCounts {
    type Value = i64;
    type Error = Arc<ApiError>;

    async fn load(
        &self,
        keys: &[UseCountKey],
    ) -> Result<HashMap<UseCountKey, Self::Value>, Self::Error> {
        type Range = (
            entity::LibraryItemKind,
            Option<NaiveDate>,
            Option<NaiveDate>,
        );
        let mut by_range: HashMap<Range, Vec<i64>> = HashMap::new();
        for key in keys {
            by_range
                .entry((key.kind, key.from, key.to))
                .or_default()
                .push(key.id);
        }
        let mut counts = HashMap::with_capacity(keys.len());
        for ((kind, from, to), item_ids) in by_range {
            let found = usage::counts(&self.0, kind, &item_ids, from, to)
                .await
                .map_err(Arc::new)?;
            for id in item_ids {
                let count = found.get(&id).copied().unwrap_or(0);
                counts.insert(UseCountKey { kind, id, from, to }, count);
            }
        }
        Ok(counts)
    }
}
