//! Group welcome templates (入群欢迎语素材). WeCom keeps them per corp, not per group:
//! `group_welcome_template/add` answers a `template_id`, and staff pick the template for their
//! groups in the WeCom app. So they are the tenant's templates here, each stored with WeCom's
//! id, and every change is made in WeCom first: a refusal there stores nothing.
//!
//! Scope: ADMIN and MANAGER write, SALES read (to know what to pick in WeCom).

use ::wecom::api::message::{Link, Text};
use ::wecom::api::welcome::GroupWelcomeTemplate as WecomTemplate;
use entity::group_welcome_template;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// WeCom's limit on a template's text, in bytes (UTF-8).
pub const MAX_TEXT_BYTES: usize = 4_000;
/// WeCom's limit on a link's title, in bytes.
pub const MAX_TITLE_BYTES: usize = 128;
/// WeCom's limit on a link's description, in bytes.
pub const MAX_DESC_BYTES: usize = 512;
/// WeCom's limit on a link's and its picture's URL, in bytes.
pub const MAX_URL_BYTES: usize = 2_048;

/// A link card of a template.
#[derive(Debug, Clone, Default)]
pub struct LinkDraft {
    pub title: String,
    pub url: String,
    pub picurl: Option<String>,
    pub desc: Option<String>,
}

/// A template as its author writes it: a text, a link, or both.
#[derive(Debug, Clone, Default)]
pub struct TemplateDraft {
    pub text: Option<String>,
    pub link: Option<LinkDraft>,
}

fn problem(field: &[&str], message: impl Into<String>) -> FieldError {
    FieldError::new(field, ErrorCode::BadUserInput, message)
}

/// An http(s) URL with a host, no spaces or control characters, at most `MAX_URL_BYTES`.
fn http_url(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let url = raw.trim();
    if url.len() > MAX_URL_BYTES {
        return Err(problem(
            field,
            format!("must be at most {MAX_URL_BYTES} bytes"),
        ));
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(problem(
            field,
            "must not contain spaces or control characters; percent-encode them",
        ));
    }
    let lower = url.to_ascii_lowercase();
    let host = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or_default();
    if host.is_empty() {
        return Err(problem(
            field,
            "must be an http:// or https:// link with a host, e.g. https://example.com/join",
        ));
    }
    Ok(url.to_owned())
}

/// Checks the whole draft, every problem at its field; trims and drops empty parts.
fn validate(draft: TemplateDraft) -> ApiResult<TemplateDraft> {
    let mut problems = Problems::default();
    let text = draft
        .text
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    if let Some(text) = &text {
        if text.len() > MAX_TEXT_BYTES {
            problems.push(problem(
                &["input", "text"],
                format!(
                    "a welcome text has at most {MAX_TEXT_BYTES} bytes (WeCom's limit; a Chinese character takes 3), this one has {}",
                    text.len()
                ),
            ));
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            problems.push(problem(
                &["input", "text"],
                format!(
                    "must not contain control characters (found U+{:04X})",
                    c as u32
                ),
            ));
        }
    }
    let link_given = draft.link.is_some();
    let link = match draft.link {
        None => None,
        Some(link) => {
            let title = link.title.trim().to_owned();
            if title.is_empty()
                || title.len() > MAX_TITLE_BYTES
                || title.chars().any(char::is_control)
            {
                problems.push(problem(
                    &["input", "link", "title"],
                    format!("give the link a title of 1 to {MAX_TITLE_BYTES} bytes, on one line"),
                ));
            }
            let url = problems.check(http_url(&["input", "link", "url"], &link.url));
            let picurl = link
                .picurl
                .filter(|picurl| !picurl.trim().is_empty())
                .and_then(|picurl| problems.check(http_url(&["input", "link", "picurl"], &picurl)));
            let desc = link
                .desc
                .map(|desc| desc.trim().to_owned())
                .filter(|desc| !desc.is_empty());
            if let Some(desc) = &desc
                && (desc.len() > MAX_DESC_BYTES || desc.chars().any(char::is_control))
            {
                problems.push(problem(
                    &["input", "link", "desc"],
                    format!("a description has at most {MAX_DESC_BYTES} bytes, on one line"),
                ));
            }
            url.map(|url| LinkDraft {
                title,
                url,
                picurl,
                desc,
            })
        }
    };
    if text.is_none() && !link_given {
        problems.push(problem(
            &["input", "text"],
            "a template needs a text, a link, or both",
        ));
    }
    problems.into_result()?;
    Ok(TemplateDraft { text, link })
}

fn to_wecom(draft: &TemplateDraft) -> WecomTemplate {
    WecomTemplate {
        text: draft.text.as_ref().map(|content| Text {
            content: content.clone(),
        }),
        link: draft.link.as_ref().map(|link| Link {
            title: link.title.clone(),
            picurl: link.picurl.clone(),
            desc: link.desc.clone(),
            url: link.url.clone(),
        }),
        ..WecomTemplate::default()
    }
}

async fn credentials(auth: &Authorized) -> ApiResult<::wecom::Credentials> {
    crate::domain::wecom::sync::credentials(&auth.store, auth.tenant_id()).await
}

/// One template of the tenant (another tenant's: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<group_welcome_template::Model> {
    auth.require(Action::Read, Resource::GroupWelcomeTemplate)?;
    group_welcome_template::Entity::find_by_id(id)
        .filter(group_welcome_template::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("group welcome template"))
}

/// The tenant's templates, newest first (WeCom keeps at most 100 per corp).
pub async fn list(auth: &Authorized) -> ApiResult<Vec<group_welcome_template::Model>> {
    auth.require(Action::Read, Resource::GroupWelcomeTemplate)?;
    Ok(group_welcome_template::Entity::find()
        .filter(group_welcome_template::Column::TenantId.eq(auth.tenant_id()))
        .order_by_desc(group_welcome_template::Column::CreatedAt)
        .order_by_desc(group_welcome_template::Column::Id)
        .all(auth.db())
        .await?)
}

/// Creates a template: in WeCom first, then here with WeCom's `template_id`.
pub async fn create(
    auth: &Authorized,
    draft: TemplateDraft,
) -> ApiResult<group_welcome_template::Model> {
    auth.require(Action::Create, Resource::GroupWelcomeTemplate)?;
    let draft = validate(draft)?;
    let credentials = credentials(auth).await?;
    let template_id = auth
        .store
        .wecom
        .add_group_welcome_template(&credentials, &to_wecom(&draft), None, None)
        .await?;
    let timestamp = now();
    let link = draft.link.clone().unwrap_or_default();
    let has_link = draft.link.is_some();
    let stored = group_welcome_template::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        template_id: Set(template_id.clone()),
        text: Set(draft.text.clone()),
        link_title: Set(has_link.then(|| link.title.clone())),
        link_url: Set(has_link.then(|| link.url.clone())),
        link_picurl: Set(link.picurl.clone()),
        link_desc: Set(link.desc.clone()),
        created_by: Set(auth.actor.staff_id),
        created_at: Set(timestamp),
        updated_at: Set(timestamp),
        ..Default::default()
    }
    .insert(auth.db())
    .await;
    match stored {
        Ok(row) => Ok(row),
        Err(error) => {
            // Leave no template in WeCom that nothing here knows of.
            if let Err(cleanup) = auth
                .store
                .wecom
                .del_group_welcome_template(&credentials, &template_id, None)
                .await
            {
                tracing::warn!(error = %cleanup, "group welcome: a template made in WeCom but not stored could not be deleted");
            }
            Err(error.into())
        }
    }
}

/// Replaces a template's content: WeCom's first, then here.
pub async fn update(
    auth: &Authorized,
    id: i64,
    draft: TemplateDraft,
) -> ApiResult<group_welcome_template::Model> {
    auth.require(Action::Update, Resource::GroupWelcomeTemplate)?;
    let existing = get(auth, id).await?;
    let draft = validate(draft)?;
    let credentials = credentials(auth).await?;
    auth.store
        .wecom
        .edit_group_welcome_template(&credentials, &existing.template_id, &to_wecom(&draft), None)
        .await?;
    let link = draft.link.clone().unwrap_or_default();
    let has_link = draft.link.is_some();
    let mut row: group_welcome_template::ActiveModel = existing.into();
    row.text = Set(draft.text.clone());
    row.link_title = Set(has_link.then(|| link.title.clone()));
    row.link_url = Set(has_link.then(|| link.url.clone()));
    row.link_picurl = Set(link.picurl.clone());
    row.link_desc = Set(link.desc.clone());
    row.updated_at = Set(now());
    Ok(row.update(auth.db()).await?)
}

/// Deletes a template: in WeCom first (groups that use it stop welcoming with it), then here.
/// Answers the id deleted.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::GroupWelcomeTemplate)?;
    let existing = get(auth, id).await?;
    let credentials = credentials(auth).await?;
    auth.store
        .wecom
        .del_group_welcome_template(&credentials, &existing.template_id, None)
        .await?;
    group_welcome_template::Entity::delete_by_id(existing.id)
        .exec(auth.db())
        .await?;
    Ok(existing.id)
}
