//! Materials (素材): what staff send to customers — a text, an image, a link, a mini-program
//! or a file. What each kind needs:
//!
//! | kind        | needs                   | may have            |
//! |-------------|-------------------------|---------------------|
//! | TEXT        | `text`                  |                     |
//! | IMAGE       | an image upload         |                     |
//! | LINK        | `url` (http or https)   | `description`       |
//! | MINIPROGRAM | `appid`, `page` (.html) | a cover image upload |
//! | FILE        | a document upload       |                     |
//!
//! and every kind a title. Fields of another kind are refused rather than ignored. The whole
//! input is checked before anything is written; an upload is written to the data dir only
//! then ([`files`]), and removed again if the row cannot be written.

use entity::{LibraryItemKind, MaterialKind, library_use, material};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, Set};

use super::files::{self, CheckedFile, Upload, Wanted};
use super::{
    LibraryOrderField, LibraryScope, MAX_TEXT_CHARS, edit_problem, folders, found, readable,
    search, validated,
};
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most characters of a link.
pub const MAX_URL_CHARS: usize = 2_048;
/// Most characters of a link's description.
pub const MAX_DESCRIPTION_CHARS: usize = 500;
/// Most characters of a mini-program page path.
pub const MAX_PAGE_CHARS: usize = 500;

/// Filters materials: [`MaterialCondition`]s combined with and/or/not.
pub type MaterialFilter = Filter<MaterialCondition>;

#[derive(Debug, Clone)]
pub enum MaterialCondition {
    Folder(i64),
    /// Title, text, description or file name contains this normalised text.
    Search(String),
    Scope(LibraryScope),
    Kind(MaterialKind),
}

impl MaterialCondition {
    fn condition(&self) -> Condition {
        match self {
            MaterialCondition::Folder(folder_id) => {
                Condition::all().add(material::Column::FolderId.eq(*folder_id))
            }
            MaterialCondition::Search(normalized) => {
                search::contains(material::Column::SearchText, normalized)
            }
            MaterialCondition::Scope(scope) => scope.condition(material::Column::OwnerId),
            MaterialCondition::Kind(kind) => Condition::all().add(material::Column::Kind.eq(*kind)),
        }
    }
}

/// An upload named by the input: the file, or why the request carries none.
pub type FileInput = Result<Upload, FieldError>;

pub struct MaterialCreate {
    pub kind: MaterialKind,
    /// `None`: the folder's library, or the personal one without a folder.
    pub scope: Option<LibraryScope>,
    pub folder_id: Option<i64>,
    pub title: String,
    pub text: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    pub appid: Option<String>,
    pub page: Option<String>,
    pub file: Option<FileInput>,
}

/// Changes to a material; its kind stays.
pub struct MaterialUpdate {
    pub id: i64,
    /// `Some(None)` takes the material out of its folder.
    pub folder_id: Option<Option<i64>>,
    pub title: Option<String>,
    pub text: Option<String>,
    pub url: Option<String>,
    /// `Some(None)` clears it.
    pub description: Option<Option<String>>,
    pub appid: Option<String>,
    pub page: Option<String>,
    /// A new file in place of the old one.
    pub file: Option<FileInput>,
}

/// A material's file, read back for a download.
pub struct MaterialFile {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

fn visible(auth: &Authorized) -> Condition {
    readable(auth, material::Column::TenantId, material::Column::OwnerId)
}

pub async fn list(
    auth: &Authorized,
    filter: Option<MaterialFilter>,
    order_field: LibraryOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<material::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    let mut query = material::Entity::find().filter(visible(auth));
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&MaterialCondition::condition)?);
    }
    let direction = if descending { "DESC" } else { "ASC" };
    let ordering = match order_field {
        LibraryOrderField::UpdatedAt => Ordering::<material::Entity> {
            name: format!("UPDATED_AT_{direction}"),
            column: material::Column::UpdatedAt,
            id_column: material::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.updated_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        LibraryOrderField::CreatedAt => Ordering::<material::Entity> {
            name: format!("CREATED_AT_{direction}"),
            column: material::Column::CreatedAt,
            id_column: material::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.created_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        LibraryOrderField::Title => Ordering::<material::Entity> {
            name: format!("TITLE_{direction}"),
            column: material::Column::Title,
            id_column: material::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.title.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// One material the caller reads; another tenant's or another member's personal material is
/// `NOT_FOUND`, like a missing one.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<material::Model> {
    auth.require(Action::Read, Resource::Library)?;
    material::Entity::find_by_id(id)
        .filter(visible(auth))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("material"))
}

/// Materials by id (those the caller reads).
pub async fn by_ids(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<material::Model>> {
    auth.require(Action::Read, Resource::Library)?;
    Ok(material::Entity::find()
        .filter(visible(auth))
        .filter(material::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}

/// A material's file, with the same access as reading the material: another tenant's, another
/// member's personal one, one without a file and a missing one are all `NOT_FOUND`.
pub async fn file(auth: &Authorized, id: i64) -> ApiResult<MaterialFile> {
    let row = get(auth, id).await?;
    let (Some(key), Some(sha256), Some(content_type)) =
        (row.file_key, row.file_sha256, row.file_content_type)
    else {
        return Err(ApiError::NotFound("material file"));
    };
    let bytes = files::read(&auth.store, &key, &sha256).await?;
    Ok(MaterialFile {
        file_name: row.file_name.unwrap_or_else(|| "file".to_string()),
        content_type,
        bytes,
    })
}

/// The fields of a material besides its title, as stored.
#[derive(Debug, Clone, Default)]
struct Content {
    text: Option<String>,
    url: Option<String>,
    description: Option<String>,
    appid: Option<String>,
    page: Option<String>,
}

/// Which kinds a field belongs to, for the message refusing it elsewhere.
fn field_kinds(field: &str) -> &'static str {
    match field {
        "text" => "TEXT",
        "url" | "description" => "LINK",
        "appid" | "page" => "MINIPROGRAM",
        _ => "IMAGE, FILE and MINIPROGRAM",
    }
}

fn belongs(kind: MaterialKind, field: &str) -> bool {
    matches!(
        (kind, field),
        (MaterialKind::Text, "text")
            | (MaterialKind::Link, "url" | "description")
            | (MaterialKind::Miniprogram, "appid" | "page" | "file")
            | (MaterialKind::Image | MaterialKind::File, "file")
    )
}

fn not_for_kind(field: &str) -> FieldError {
    FieldError::new(
        &["input", field],
        ErrorCode::BadUserInput,
        format!(
            "{field} is only for {} materials; leave it out",
            field_kinds(field)
        ),
    )
}

fn required(field: &str, kind: &str) -> FieldError {
    FieldError::new(
        &["input", field],
        ErrorCode::BadUserInput,
        format!("a {kind} material needs {field}"),
    )
}

/// Checks the given fields of a material of `kind`, each where it belongs, writing the valid
/// ones into `content`.
fn check_fields(
    problems: &mut Problems,
    kind: MaterialKind,
    given: [(&'static str, Option<Option<&str>>); 5],
    content: &mut Content,
) {
    for (field, value) in given {
        let Some(value) = value else { continue };
        if !belongs(kind, field) {
            problems.push(not_for_kind(field));
            continue;
        }
        let path = ["input", field];
        let checked = match (field, value) {
            ("description", None) => Some(None),
            ("description", Some(raw)) => problems.check(description(&path, raw)),
            (_, None) => {
                problems.push(FieldError::new(
                    &path,
                    ErrorCode::BadUserInput,
                    "must not be null",
                ));
                None
            }
            ("text", Some(raw)) => problems
                .check(super::multiline(&path, raw, MAX_TEXT_CHARS))
                .map(Some),
            ("url", Some(raw)) => problems.check(url(&path, raw)).map(Some),
            ("appid", Some(raw)) => problems.check(appid(&path, raw)).map(Some),
            (_, Some(raw)) => problems.check(page_path(&path, raw)).map(Some),
        };
        let Some(checked) = checked else { continue };
        match field {
            "text" => content.text = checked,
            "url" => content.url = checked,
            "description" => content.description = checked,
            "appid" => content.appid = checked,
            _ => content.page = checked,
        }
    }
}

/// What an upload for a material of `kind` must be, if it may have one.
fn wanted_file(kind: MaterialKind) -> Option<Wanted> {
    match kind {
        MaterialKind::Image | MaterialKind::Miniprogram => Some(Wanted::Image),
        MaterialKind::File => Some(Wanted::Document),
        MaterialKind::Text | MaterialKind::Link => None,
    }
}

/// Checks the upload, if any, for a material of `kind`.
async fn check_file(
    problems: &mut Problems,
    kind: MaterialKind,
    file: Option<FileInput>,
) -> Option<CheckedFile> {
    let file = file?;
    let Some(wanted) = wanted_file(kind) else {
        problems.push(not_for_kind("file"));
        return None;
    };
    match file {
        Ok(upload) => problems.check(files::check(&["input", "file"], upload, wanted).await),
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

fn search_text(title: &str, content: &Content, file_name: Option<&str>) -> String {
    let parts = [
        Some(title),
        content.text.as_deref(),
        content.description.as_deref(),
        file_name,
    ];
    let parts: Vec<&str> = parts.into_iter().flatten().collect();
    search::search_text(&parts)
}

pub async fn create(auth: &Authorized, input: MaterialCreate) -> ApiResult<material::Model> {
    auth.require(Action::Create, Resource::Library)?;
    let scope = match input.scope {
        Some(scope) => scope,
        None => folders::default_scope(auth, input.folder_id).await,
    };
    let owner_id = scope.owner_for(auth);
    let kind = input.kind;
    let mut problems = Problems::default();
    let title = problems.check(super::title(&["input", "title"], &input.title));
    let mut content = Content::default();
    check_fields(
        &mut problems,
        kind,
        [
            ("text", input.text.as_deref().map(Some)),
            ("url", input.url.as_deref().map(Some)),
            ("description", input.description.as_deref().map(Some)),
            ("appid", input.appid.as_deref().map(Some)),
            ("page", input.page.as_deref().map(Some)),
        ],
        &mut content,
    );
    let missing =
        |value: &Option<String>, given: &Option<String>| value.is_none() && given.is_none();
    match kind {
        MaterialKind::Text if missing(&content.text, &input.text) => {
            problems.push(required("text", "TEXT"));
        }
        MaterialKind::Link if missing(&content.url, &input.url) => {
            problems.push(required("url", "LINK"));
        }
        MaterialKind::Miniprogram => {
            if missing(&content.appid, &input.appid) {
                problems.push(required("appid", "MINIPROGRAM"));
            }
            if missing(&content.page, &input.page) {
                problems.push(required("page", "MINIPROGRAM"));
            }
        }
        MaterialKind::Image if input.file.is_none() => {
            problems.push(FieldError::new(
                &["input", "file"],
                ErrorCode::BadUserInput,
                "an IMAGE material needs an image upload (PNG, JPEG, GIF or WebP)",
            ));
        }
        MaterialKind::File if input.file.is_none() => {
            problems.push(FieldError::new(
                &["input", "file"],
                ErrorCode::BadUserInput,
                "a FILE material needs a document upload (PDF, Word, Excel, PowerPoint or text)",
            ));
        }
        _ => {}
    }
    if let Some(problem) = edit_problem(auth, owner_id, &["input", "scope"]) {
        problems.push(problem);
    }
    if let Some(folder_id) = input.folder_id {
        folders::check_destination(
            auth,
            &mut problems,
            &["input", "folderId"],
            folder_id,
            LibraryItemKind::Material,
            owner_id,
        )
        .await?;
    }
    let checked = check_file(&mut problems, kind, input.file).await;
    problems.into_result()?;
    let title = validated(title)?;

    let key = match &checked {
        Some(file) => Some(files::write(&auth.store, auth.tenant_id(), file).await?),
        None => None,
    };
    let timestamp = now();
    let row = material::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        owner_id: Set(owner_id),
        folder_id: Set(input.folder_id),
        kind: Set(kind),
        search_text: Set(search_text(
            &title,
            &content,
            checked.as_ref().map(|file| file.file_name.as_str()),
        )),
        title: Set(title),
        body: Set(content.text),
        url: Set(content.url),
        description: Set(content.description),
        appid: Set(content.appid),
        page: Set(content.page),
        file_key: Set(key.clone()),
        file_name: Set(checked.as_ref().map(|file| file.file_name.clone())),
        file_content_type: Set(checked
            .as_ref()
            .map(|file| file.file_type.content_type().to_string())),
        file_size: Set(checked.as_ref().map(CheckedFile::size)),
        file_sha256: Set(checked.as_ref().map(|file| file.sha256.clone())),
        created_by: Set(auth.actor().staff_id),
        created_at: Set(timestamp),
        updated_at: Set(timestamp),
        ..Default::default()
    }
    .insert(auth.db())
    .await;
    match row {
        Ok(row) => Ok(row),
        Err(error) => {
            if let Some(key) = key {
                files::remove(&auth.store, &key).await;
            }
            Err(error.into())
        }
    }
}

pub async fn update(auth: &Authorized, input: MaterialUpdate) -> ApiResult<material::Model> {
    auth.require(Action::Update, Resource::Library)?;
    let mut problems = Problems::default();
    let existing = found(&mut problems, get(auth, input.id).await)?;
    let title = match &input.title {
        Some(raw) => problems.check(super::title(&["input", "title"], raw)),
        None => None,
    };
    let Some(existing) = existing else {
        problems.into_result()?;
        return Err(ApiError::NotFound("material"));
    };
    let kind = existing.kind;
    let mut content = Content {
        text: existing.body.clone(),
        url: existing.url.clone(),
        description: existing.description.clone(),
        appid: existing.appid.clone(),
        page: existing.page.clone(),
    };
    check_fields(
        &mut problems,
        kind,
        [
            ("text", input.text.as_deref().map(Some)),
            ("url", input.url.as_deref().map(Some)),
            (
                "description",
                input.description.as_ref().map(|value| value.as_deref()),
            ),
            ("appid", input.appid.as_deref().map(Some)),
            ("page", input.page.as_deref().map(Some)),
        ],
        &mut content,
    );
    if let Some(problem) = edit_problem(auth, existing.owner_id, &["input", "id"]) {
        problems.push(problem);
    }
    if let Some(Some(folder_id)) = input.folder_id {
        folders::check_destination(
            auth,
            &mut problems,
            &["input", "folderId"],
            folder_id,
            LibraryItemKind::Material,
            existing.owner_id,
        )
        .await?;
    }
    let checked = check_file(&mut problems, kind, input.file).await;
    problems.into_result()?;
    let title = title.unwrap_or_else(|| existing.title.clone());

    let new_key = match &checked {
        Some(file) => Some(files::write(&auth.store, auth.tenant_id(), file).await?),
        None => None,
    };
    let old_key = existing.file_key.clone();
    let file_name = match &checked {
        Some(file) => Some(file.file_name.clone()),
        None => existing.file_name.clone(),
    };
    let mut row: material::ActiveModel = existing.into();
    if let Some(folder_id) = input.folder_id {
        row.folder_id = Set(folder_id);
    }
    if let (Some(file), Some(key)) = (&checked, &new_key) {
        row.file_key = Set(Some(key.clone()));
        row.file_name = Set(Some(file.file_name.clone()));
        row.file_content_type = Set(Some(file.file_type.content_type().to_string()));
        row.file_size = Set(Some(file.size()));
        row.file_sha256 = Set(Some(file.sha256.clone()));
    }
    row.search_text = Set(search_text(&title, &content, file_name.as_deref()));
    row.title = Set(title);
    row.body = Set(content.text);
    row.url = Set(content.url);
    row.description = Set(content.description);
    row.appid = Set(content.appid);
    row.page = Set(content.page);
    row.updated_at = Set(now());
    match row.update(auth.db()).await {
        Ok(updated) => {
            // The old file goes once nothing refers to it any more.
            if let (Some(_), Some(old_key)) = (&new_key, old_key) {
                files::remove(&auth.store, &old_key).await;
            }
            Ok(updated)
        }
        Err(error) => {
            if let Some(key) = new_key {
                files::remove(&auth.store, &key).await;
            }
            Err(error.into())
        }
    }
}

/// Deletes a material with its use counts and its file; answers its id.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::Library)?;
    let existing = get(auth, id).await?;
    if let Some(problem) = edit_problem(auth, existing.owner_id, &["input", "id"]) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let transaction = entity::begin_write(auth.db()).await?;
    library_use::Entity::delete_many()
        .filter(library_use::Column::TenantId.eq(auth.tenant_id()))
        .filter(library_use::Column::ItemKind.eq(LibraryItemKind::Material))
        .filter(library_use::Column::ItemId.eq(existing.id))
        .exec(&transaction)
        .await?;
    material::Entity::delete_by_id(existing.id)
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    if let Some(key) = &existing.file_key {
        files::remove(&auth.store, key).await;
    }
    Ok(existing.id)
}

/// A link: http or https with a host, no spaces or control characters.
fn url(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let invalid = |message: &str| FieldError::new(field, ErrorCode::BadUserInput, message);
    let url = raw.trim();
    if url.chars().count() > MAX_URL_CHARS {
        return Err(invalid(&format!(
            "must be at most {MAX_URL_CHARS} characters"
        )));
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(invalid(
            "must not contain spaces or control characters; percent-encode them",
        ));
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or_default();
    if host.is_empty() {
        return Err(invalid(
            "must be an http:// or https:// link with a host, e.g. https://example.com/offer",
        ));
    }
    Ok(url.to_string())
}

/// A link's description: one line, at most 500 characters; empty clears it.
fn description(field: &[&str], raw: &str) -> Result<Option<String>, FieldError> {
    crate::domain::validate::printable(field, raw)?;
    let description = raw.trim();
    if description.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {MAX_DESCRIPTION_CHARS} characters"),
        ));
    }
    Ok((!description.is_empty()).then(|| description.to_string()))
}

/// A mini-program's AppID: letters and digits, e.g. `wx1234567890abcdef`.
fn appid(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let appid = raw.trim();
    if appid.is_empty() || appid.len() > 64 || !appid.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "must be the mini-program's AppID: letters and digits, e.g. wx1234567890abcdef",
        ));
    }
    Ok(appid.to_string())
}

/// A mini-program page: a path ending in `.html` (WeCom opens mini-program pages by it), with
/// an optional query, e.g. `pages/index/index.html?id=1`.
fn page_path(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let page = raw.trim();
    let path = page.split('?').next().unwrap_or_default();
    let valid = !page.is_empty()
        && page.chars().count() <= MAX_PAGE_CHARS
        && !page.chars().any(|c| c.is_control() || c.is_whitespace())
        && path.to_ascii_lowercase().ends_with(".html")
        && path.len() > ".html".len();
    if !valid {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!(
                "must be the page's path ending in .html (WeCom opens mini-program pages by it), at most {MAX_PAGE_CHARS} characters, e.g. pages/index/index.html?id=1"
            ),
        ));
    }
    Ok(page.to_string())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn links_need_a_scheme_and_a_host() {
        assert_eq!(
            url(&["u"], " https://example.com/开户?a=1 ").unwrap(),
            "https://example.com/开户?a=1"
        );
        assert!(url(&["u"], "HTTP://example.com").is_ok());
        for bad in [
            "example.com",
            "javascript:alert(1)",
            "https://",
            "https:///x",
            "https://a b",
        ] {
            assert!(url(&["u"], bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn mini_program_fields_follow_wecom() {
        assert!(appid(&["a"], "wx1234567890abcdef").is_ok());
        assert!(appid(&["a"], "wx-1").is_err());
        assert!(page_path(&["p"], "pages/index/index.html?id=1").is_ok());
        assert!(page_path(&["p"], "pages/index/index").is_err());
        assert!(page_path(&["p"], ".html").is_err());
    }

    #[test]
    fn fields_of_another_kind_are_refused() {
        let mut problems = Problems::default();
        let mut content = Content::default();
        check_fields(
            &mut problems,
            MaterialKind::Text,
            [
                ("text", Some(Some("你好"))),
                ("url", Some(Some("https://example.com"))),
                ("description", None),
                ("appid", None),
                ("page", None),
            ],
            &mut content,
        );
        assert_eq!(content.text.as_deref(), Some("你好"));
        let Err(ApiError::Invalid(errors)) = problems.into_result() else {
            panic!("the url is refused");
        };
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, ["input", "url"]);
    }
}
