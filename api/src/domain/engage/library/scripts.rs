//! Scripts (话术): titled texts staff send or say to customers.

use entity::{LibraryItemKind, library_use, script};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, Set};

use super::{
    LibraryOrderField, LibraryScope, MAX_TEXT_CHARS, edit_problem, folders, found, readable,
    search, validated,
};
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult};

/// Filters scripts: [`ScriptCondition`]s combined with and/or/not.
pub type ScriptFilter = Filter<ScriptCondition>;

#[derive(Debug, Clone)]
pub enum ScriptCondition {
    /// In this folder.
    Folder(i64),
    /// Title or content contains this normalised text ([`search::query`]).
    Search(String),
    Scope(LibraryScope),
}

impl ScriptCondition {
    fn condition(&self) -> Condition {
        match self {
            ScriptCondition::Folder(folder_id) => {
                Condition::all().add(script::Column::FolderId.eq(*folder_id))
            }
            ScriptCondition::Search(normalized) => {
                search::contains(script::Column::SearchText, normalized)
            }
            ScriptCondition::Scope(scope) => scope.condition(script::Column::OwnerId),
        }
    }
}

pub struct ScriptCreate {
    /// `None`: the folder's library, or the personal one without a folder.
    pub scope: Option<LibraryScope>,
    pub folder_id: Option<i64>,
    pub title: String,
    pub content: String,
}

pub struct ScriptUpdate {
    pub id: i64,
    /// `Some(None)` takes the script out of its folder.
    pub folder_id: Option<Option<i64>>,
    pub title: Option<String>,
    pub content: Option<String>,
}

fn visible(auth: &Authorized) -> Condition {
    readable(auth, script::Column::TenantId, script::Column::OwnerId)
}

pub async fn list(
    auth: &Authorized,
    filter: Option<ScriptFilter>,
    order_field: LibraryOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<script::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    let mut query = script::Entity::find().filter(visible(auth));
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&ScriptCondition::condition)?);
    }
    let direction = if descending { "DESC" } else { "ASC" };
    let ordering = match order_field {
        LibraryOrderField::UpdatedAt => Ordering::<script::Entity> {
            name: format!("UPDATED_AT_{direction}"),
            column: script::Column::UpdatedAt,
            id_column: script::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.updated_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        LibraryOrderField::CreatedAt => Ordering::<script::Entity> {
            name: format!("CREATED_AT_{direction}"),
            column: script::Column::CreatedAt,
            id_column: script::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.created_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        LibraryOrderField::Title => Ordering::<script::Entity> {
            name: format!("TITLE_{direction}"),
            column: script::Column::Title,
            id_column: script::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.title.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// One script the caller reads; another tenant's or another member's personal script is
/// `NOT_FOUND`, like a missing one.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<script::Model> {
    auth.require(Action::Read, Resource::Library)?;
    script::Entity::find_by_id(id)
        .filter(visible(auth))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("script"))
}

/// Scripts by id (those the caller reads).
pub async fn by_ids(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<script::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    Ok(script::Entity::find()
        .filter(visible(auth))
        .filter(script::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}

pub async fn create(auth: &Authorized, input: ScriptCreate) -> ApiResult<script::Model> {
    auth.require(Action::Create, Resource::Library)?;
    let scope = match input.scope {
        Some(scope) => scope,
        None => folders::default_scope(auth, input.folder_id).await,
    };
    let owner_id = scope.owner_for(auth);
    let mut problems = Problems::default();
    let title = problems.check(super::title(&["input", "title"], &input.title));
    let content = problems.check(super::multiline(
        &["input", "content"],
        &input.content,
        MAX_TEXT_CHARS,
    ));
    if let Some(problem) = edit_problem(auth, owner_id, &["input", "scope"]) {
        problems.push(problem);
    }
    if let Some(folder_id) = input.folder_id {
        folders::check_destination(
            auth,
            &mut problems,
            &["input", "folderId"],
            folder_id,
            LibraryItemKind::Script,
            owner_id,
        )
        .await?;
    }
    problems.into_result()?;
    let (title, content) = (validated(title)?, validated(content)?);
    let timestamp = now();
    Ok(script::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        owner_id: Set(owner_id),
        folder_id: Set(input.folder_id),
        search_text: Set(search::search_text(&[&title, &content])),
        title: Set(title),
        content: Set(content),
        created_by: Set(auth.actor().staff_id),
        created_at: Set(timestamp),
        updated_at: Set(timestamp),
        ..Default::default()
    }
    .insert(auth.db())
    .await?)
}

pub async fn update(auth: &Authorized, input: ScriptUpdate) -> ApiResult<script::Model> {
    auth.require(Action::Update, Resource::Library)?;
    let mut problems = Problems::default();
    let existing = found(&mut problems, get(auth, input.id).await)?;
    let title = match &input.title {
        Some(raw) => problems.check(super::title(&["input", "title"], raw)),
        None => None,
    };
    let content = match &input.content {
        Some(raw) => problems.check(super::multiline(&["input", "content"], raw, MAX_TEXT_CHARS)),
        None => None,
    };
    if let Some(existing) = &existing {
        if let Some(problem) = edit_problem(auth, existing.owner_id, &["input", "id"]) {
            problems.push(problem);
        }
        if let Some(Some(folder_id)) = input.folder_id {
            folders::check_destination(
                auth,
                &mut problems,
                &["input", "folderId"],
                folder_id,
                LibraryItemKind::Script,
                existing.owner_id,
            )
            .await?;
        }
    }
    problems.into_result()?;
    let existing = validated(existing)?;
    let title = title.unwrap_or_else(|| existing.title.clone());
    let content = content.unwrap_or_else(|| existing.content.clone());
    let mut row: script::ActiveModel = existing.into();
    if let Some(folder_id) = input.folder_id {
        row.folder_id = Set(folder_id);
    }
    row.search_text = Set(search::search_text(&[&title, &content]));
    row.title = Set(title);
    row.content = Set(content);
    row.updated_at = Set(now());
    Ok(row.update(auth.db()).await?)
}

/// Deletes a script with its use counts; answers its id.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::Library)?;
    let existing = get(auth, id).await?;
    if let Some(problem) = edit_problem(auth, existing.owner_id, &["input", "id"]) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let transaction = entity::begin_write(auth.db()).await?;
    library_use::Entity::delete_many()
        .filter(library_use::Column::TenantId.eq(auth.tenant_id()))
        .filter(library_use::Column::ItemKind.eq(LibraryItemKind::Script))
        .filter(library_use::Column::ItemId.eq(existing.id))
        .exec(&transaction)
        .await?;
    script::Entity::delete_by_id(existing.id)
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    Ok(existing.id)
}
