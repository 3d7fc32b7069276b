//! Folders of a library: flat, each of one kind (scripts or materials) and one library (the
//! tenant's or a member's personal one), named uniquely within it. A folder with items is not
//! deleted: its items are moved or deleted first.

use entity::{LibraryItemKind, library_folder, material, script};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

use super::{LibraryScope, edit_problem, found, kind_name, readable, validated};
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Filters folders: [`FolderCondition`]s combined with and/or/not.
pub type FolderFilter = Filter<FolderCondition>;

#[derive(Debug, Clone)]
pub enum FolderCondition {
    Kind(LibraryItemKind),
    Scope(LibraryScope),
}

impl FolderCondition {
    fn condition(&self) -> Condition {
        match self {
            FolderCondition::Kind(kind) => {
                Condition::all().add(library_folder::Column::Kind.eq(*kind))
            }
            FolderCondition::Scope(scope) => scope.condition(library_folder::Column::OwnerId),
        }
    }
}

fn visible(auth: &Authorized) -> Condition {
    readable(
        auth,
        library_folder::Column::TenantId,
        library_folder::Column::OwnerId,
    )
}

/// Folders the caller reads, by name (ties by id).
pub async fn list(
    auth: &Authorized,
    filter: Option<FolderFilter>,
    request: &PageRequest,
) -> ApiResult<Page<library_folder::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    let mut query = library_folder::Entity::find().filter(visible(auth));
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&FolderCondition::condition)?);
    }
    let ordering = Ordering::<library_folder::Entity> {
        name: "NAME_ASC".to_string(),
        column: library_folder::Column::Name,
        id_column: library_folder::Column::Id,
        descending: false,
        value_of: |row| SortValue::Text(row.name.clone()),
        id_of: |row| row.id,
        to_sql: page::text_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// One folder the caller reads; another tenant's or another member's personal folder is
/// `NOT_FOUND`, like a missing one.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<library_folder::Model> {
    auth.require(Action::Read, Resource::Library)?;
    library_folder::Entity::find_by_id(id)
        .filter(visible(auth))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("library folder"))
}

/// Folders by id (those the caller reads), for batched fields.
pub async fn by_ids(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<library_folder::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    Ok(library_folder::Entity::find()
        .filter(visible(auth))
        .filter(library_folder::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}

pub async fn create(
    auth: &Authorized,
    kind: LibraryItemKind,
    scope: LibraryScope,
    name: &str,
) -> ApiResult<library_folder::Model> {
    auth.require(Action::Create, Resource::Library)?;
    let owner_id = scope.owner_for(auth);
    let mut problems = Problems::default();
    let name = problems.check(super::title(&["input", "name"], name));
    if let Some(problem) = edit_problem(auth, owner_id, &["input", "scope"]) {
        problems.push(problem);
    }
    problems.into_result()?;
    let name = validated(name)?;
    let transaction = entity::begin_write(auth.db()).await?;
    if name_taken(&transaction, auth.tenant_id(), kind, owner_id, &name, None).await? {
        return Err(name_conflict(kind));
    }
    let timestamp = now();
    let folder = library_folder::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        kind: Set(kind),
        owner_id: Set(owner_id),
        name: Set(name),
        created_at: Set(timestamp),
        updated_at: Set(timestamp),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    transaction.commit().await?;
    Ok(folder)
}

/// Renames a folder.
pub async fn update(auth: &Authorized, id: i64, name: &str) -> ApiResult<library_folder::Model> {
    auth.require(Action::Update, Resource::Library)?;
    let mut problems = Problems::default();
    let name = problems.check(super::title(&["input", "name"], name));
    let existing = found(&mut problems, get(auth, id).await)?;
    if let Some(problem) = existing
        .as_ref()
        .and_then(|existing| edit_problem(auth, existing.owner_id, &["input", "id"]))
    {
        problems.push(problem);
    }
    problems.into_result()?;
    let (name, existing) = (validated(name)?, validated(existing)?);
    let transaction = entity::begin_write(auth.db()).await?;
    if name_taken(
        &transaction,
        auth.tenant_id(),
        existing.kind,
        existing.owner_id,
        &name,
        Some(existing.id),
    )
    .await?
    {
        return Err(name_conflict(existing.kind));
    }
    let mut row: library_folder::ActiveModel = existing.into();
    row.name = Set(name);
    row.updated_at = Set(now());
    let folder = row.update(&transaction).await?;
    transaction.commit().await?;
    Ok(folder)
}

/// Deletes an empty folder; answers its id. A folder that still holds items is refused.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::Library)?;
    let existing = get(auth, id).await?;
    if let Some(problem) = edit_problem(auth, existing.owner_id, &["input", "id"]) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let transaction = entity::begin_write(auth.db()).await?;
    let items = match existing.kind {
        LibraryItemKind::Script => {
            script::Entity::find()
                .filter(script::Column::TenantId.eq(auth.tenant_id()))
                .filter(script::Column::FolderId.eq(existing.id))
                .count(&transaction)
                .await?
        }
        LibraryItemKind::Material => {
            material::Entity::find()
                .filter(material::Column::TenantId.eq(auth.tenant_id()))
                .filter(material::Column::FolderId.eq(existing.id))
                .count(&transaction)
                .await?
        }
    };
    if items > 0 {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            format!(
                "the folder still holds {items} {}: move or delete them first",
                kind_name(existing.kind)
            ),
        ));
    }
    library_folder::Entity::delete_by_id(existing.id)
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    Ok(existing.id)
}

/// Checks that an item of `kind` in the library of `owner_id` may go into folder
/// `folder_id` (at `field`): the folder exists for the caller, holds that kind, and is in the
/// same library.
pub(super) async fn check_destination(
    auth: &Authorized,
    problems: &mut Problems,
    field: &[&str],
    folder_id: i64,
    kind: LibraryItemKind,
    owner_id: Option<i64>,
) -> ApiResult<()> {
    let folder = match get(auth, folder_id).await {
        Ok(folder) => folder,
        Err(ApiError::NotFound(_)) => {
            problems.push(FieldError::new(
                field,
                ErrorCode::NotFound,
                "library folder not found",
            ));
            return Ok(());
        }
        Err(other) => return Err(other),
    };
    if folder.kind != kind {
        problems.push(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!(
                "this folder holds {}, not {}: choose a folder of kind {}",
                kind_name(folder.kind),
                kind_name(kind),
                match kind {
                    LibraryItemKind::Script => "SCRIPT",
                    LibraryItemKind::Material => "MATERIAL",
                }
            ),
        ));
    } else if folder.owner_id != owner_id {
        let (folder_library, item_library) = match LibraryScope::of(folder.owner_id) {
            LibraryScope::Tenant => ("the tenant's library", "your personal library"),
            LibraryScope::Personal => ("your personal library", "the tenant's library"),
        };
        problems.push(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!(
                "this folder is in {folder_library}, the item in {item_library}: choose a folder of the item's library"
            ),
        ));
    }
    Ok(())
}

/// The scope a new item takes when its input names none: its folder's, or the personal
/// library.
pub(super) async fn default_scope(auth: &Authorized, folder_id: Option<i64>) -> LibraryScope {
    match folder_id {
        Some(folder_id) => match get(auth, folder_id).await {
            Ok(folder) => LibraryScope::of(folder.owner_id),
            // The folder's own check reports it.
            Err(_) => LibraryScope::Personal,
        },
        None => LibraryScope::Personal,
    }
}

async fn name_taken<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    kind: LibraryItemKind,
    owner_id: Option<i64>,
    name: &str,
    except: Option<i64>,
) -> ApiResult<bool> {
    let owner = match owner_id {
        Some(owner) => library_folder::Column::OwnerId.eq(owner),
        None => library_folder::Column::OwnerId.is_null(),
    };
    let mut query = library_folder::Entity::find()
        .filter(library_folder::Column::TenantId.eq(tenant_id))
        .filter(library_folder::Column::Kind.eq(kind))
        .filter(owner)
        .filter(library_folder::Column::Name.eq(name));
    if let Some(id) = except {
        query = query.filter(library_folder::Column::Id.ne(id));
    }
    Ok(query.one(db).await?.is_some())
}

fn name_conflict(kind: LibraryItemKind) -> ApiError {
    ApiError::field(
        &["input", "name"],
        ErrorCode::Conflict,
        format!(
            "this library already has a folder of {} with this name",
            kind_name(kind)
        ),
    )
}
