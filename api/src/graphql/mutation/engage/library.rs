//! Mutations of the script (话术) and material (素材) libraries. The tenant's library is
//! changed by ADMIN and MANAGER, a personal one by its owner alone; a change the caller's role
//! does not allow in that library is a `FORBIDDEN` user error, an item or folder the caller
//! cannot read a `NOT_FOUND` one, exactly like a missing one.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::engage::library::{
    files, folders,
    materials::{self, MaterialCreate, MaterialUpdate},
    scripts::{self, ScriptCreate, ScriptUpdate},
    usage,
};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{
    LibraryFolder, LibraryItemKind, LibraryScope, Material, MaterialKind, Script, Upload,
};

#[derive(Default)]
pub struct LibraryMutation;

/// A new folder.
#[derive(InputObject)]
pub struct LibraryFolderCreateInput {
    /// Whether it holds scripts or materials.
    pub kind: LibraryItemKind,
    /// The tenant's library (ADMIN, MANAGER) or your personal one.
    #[graphql(default_with = "LibraryScope::Personal")]
    pub scope: LibraryScope,
    /// 1 to 100 characters, unique among the library's folders of its kind.
    pub name: String,
}

/// A new name for a folder.
#[derive(InputObject)]
pub struct LibraryFolderUpdateInput {
    pub id: ID,
    pub name: String,
}

/// A folder to delete: it must be empty.
#[derive(InputObject)]
pub struct LibraryFolderDeleteInput {
    pub id: ID,
}

payload!(LibraryFolderPayload {
    /// The folder as it is after the change.
    library_folder: LibraryFolder
});

payload!(LibraryFolderDeletePayload {
    /// The id of the folder deleted.
    deleted_library_folder_id: ID
});

/// A new script.
#[derive(InputObject)]
pub struct ScriptCreateInput {
    /// The tenant's library (ADMIN, MANAGER) or your personal one; without it, the folder's
    /// library, or your personal one.
    pub scope: Option<LibraryScope>,
    /// A folder of scripts in the same library.
    pub folder_id: Option<ID>,
    /// 1 to 100 characters.
    pub title: String,
    /// 1 to 4,000 characters; line breaks are kept.
    pub content: String,
}

/// Changes to a script; fields left out stay as they are.
#[derive(InputObject)]
pub struct ScriptUpdateInput {
    pub id: ID,
    /// Another folder of scripts of the same library; null takes it out of its folder.
    pub folder_id: MaybeUndefined<ID>,
    pub title: Option<String>,
    pub content: Option<String>,
}

/// A script to delete (its use counts go with it).
#[derive(InputObject)]
pub struct ScriptDeleteInput {
    pub id: ID,
}

/// A script sent to a customer.
#[derive(InputObject)]
pub struct ScriptUseInput {
    pub id: ID,
    /// A customer you cover.
    pub customer_id: ID,
}

payload!(ScriptPayload {
    /// The script as it is after the change.
    script: Script
});

payload!(ScriptDeletePayload {
    /// The id of the script deleted.
    deleted_script_id: ID
});

/// A new material. Besides a title, each kind needs its own fields: TEXT `text`; IMAGE an
/// image `file`; LINK `url` (and may have a `description`); MINIPROGRAM `appid` and `page` (and
/// may have a cover image `file`); FILE a document `file`. Fields of another kind are refused.
#[derive(InputObject)]
pub struct MaterialCreateInput {
    pub kind: MaterialKind,
    /// The tenant's library (ADMIN, MANAGER) or your personal one; without it, the folder's
    /// library, or your personal one.
    pub scope: Option<LibraryScope>,
    /// A folder of materials in the same library.
    pub folder_id: Option<ID>,
    /// 1 to 100 characters.
    pub title: String,
    /// TEXT: 1 to 4,000 characters.
    pub text: Option<String>,
    /// LINK: an http or https link.
    pub url: Option<String>,
    /// LINK: at most 500 characters.
    pub description: Option<String>,
    /// MINIPROGRAM: the mini-program's AppID.
    pub appid: Option<String>,
    /// MINIPROGRAM: the page's path, ending in `.html` (e.g. `pages/index/index.html`).
    pub page: Option<String>,
    /// IMAGE (PNG, JPEG, GIF, WebP), FILE (PDF, Word, Excel, PowerPoint, UTF-8 text), or a
    /// MINIPROGRAM's cover image: a part of a multipart request. Its type is read from its
    /// bytes; a name or declared type that disagrees is refused.
    pub file: Option<Upload>,
}

/// Changes to a material; fields left out stay as they are, and its kind never changes.
#[derive(InputObject)]
pub struct MaterialUpdateInput {
    pub id: ID,
    /// Another folder of materials of the same library; null takes it out of its folder.
    pub folder_id: MaybeUndefined<ID>,
    pub title: Option<String>,
    pub text: Option<String>,
    pub url: Option<String>,
    /// Null clears it.
    pub description: MaybeUndefined<String>,
    pub appid: Option<String>,
    pub page: Option<String>,
    /// A new file in place of the old one.
    pub file: Option<Upload>,
}

/// A material to delete (its file and use counts go with it).
#[derive(InputObject)]
pub struct MaterialDeleteInput {
    pub id: ID,
}

/// A material sent to a customer.
#[derive(InputObject)]
pub struct MaterialUseInput {
    pub id: ID,
    /// A customer you cover.
    pub customer_id: ID,
}

payload!(MaterialPayload {
    /// The material as it is after the change.
    material: Material
});

payload!(MaterialDeletePayload {
    /// The id of the material deleted.
    deleted_material_id: ID
});

/// `undefined` → leave, `null` → `Some(None)`, a value → `Some(Some(decoded))`.
fn maybe_id(
    field: &[&str],
    kind: NodeKind,
    value: MaybeUndefined<ID>,
) -> ApiResult<Option<Option<i64>>> {
    Ok(match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(id) => Some(Some(ids::decode(field, kind, &id)?)),
    })
}

fn file_of(ctx: &Context<'_>, upload: Option<Upload>) -> Option<Result<files::Upload, FieldError>> {
    upload.map(|upload| upload.file(ctx, &["input", "file"]))
}

/// Both ids of a use, each bad one reported at its field.
fn use_ids(id: &ID, item: NodeKind, customer_id: &ID) -> ApiResult<(i64, i64)> {
    let item_id = ids::decode(&["input", "id"], item, id);
    let customer = ids::decode(&["input", "customerId"], NodeKind::Customer, customer_id);
    match (item_id, customer) {
        (Ok(item_id), Ok(customer)) => Ok((item_id, customer)),
        (Err(ApiError::Invalid(mut first)), Err(ApiError::Invalid(mut second))) => {
            first.append(&mut second);
            Err(ApiError::Invalid(first))
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    }
}

#[Object]
impl LibraryMutation {
    /// Creates a folder of scripts or materials in the tenant's library (ADMIN, MANAGER) or
    /// your personal one.
    async fn library_folder_create(
        &self,
        ctx: &Context<'_>,
        input: LibraryFolderCreateInput,
    ) -> async_graphql::Result<Option<LibraryFolderPayload>> {
        let auth = authorized(ctx)?;
        respond(
            folders::create(auth, input.kind.into(), input.scope.into(), &input.name)
                .await
                .map(LibraryFolder),
        )
    }

    /// Renames a folder.
    async fn library_folder_update(
        &self,
        ctx: &Context<'_>,
        input: LibraryFolderUpdateInput,
    ) -> async_graphql::Result<Option<LibraryFolderPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::LibraryFolder, &input.id)?;
            folders::update(auth, id, &input.name).await
        }
        .await;
        respond(result.map(LibraryFolder))
    }

    /// Deletes an empty folder; one that still holds items is refused (`CONFLICT`): move or
    /// delete them first.
    async fn library_folder_delete(
        &self,
        ctx: &Context<'_>,
        input: LibraryFolderDeleteInput,
    ) -> async_graphql::Result<Option<LibraryFolderDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::LibraryFolder, &input.id)?;
            folders::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::LibraryFolder, id)))
    }

    /// Creates a script in the tenant's library (ADMIN, MANAGER) or your personal one.
    async fn script_create(
        &self,
        ctx: &Context<'_>,
        input: ScriptCreateInput,
    ) -> async_graphql::Result<Option<ScriptPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let folder_id = input
                .folder_id
                .as_ref()
                .map(|id| ids::decode(&["input", "folderId"], NodeKind::LibraryFolder, id))
                .transpose()?;
            scripts::create(
                auth,
                ScriptCreate {
                    scope: input.scope.map(Into::into),
                    folder_id,
                    title: input.title,
                    content: input.content,
                },
            )
            .await
        }
        .await;
        respond(result.map(Script))
    }

    /// Changes a script's title, content or folder.
    async fn script_update(
        &self,
        ctx: &Context<'_>,
        input: ScriptUpdateInput,
    ) -> async_graphql::Result<Option<ScriptPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Script, &input.id)?;
            let folder_id = maybe_id(
                &["input", "folderId"],
                NodeKind::LibraryFolder,
                input.folder_id,
            )?;
            scripts::update(
                auth,
                ScriptUpdate {
                    id,
                    folder_id,
                    title: input.title,
                    content: input.content,
                },
            )
            .await
        }
        .await;
        respond(result.map(Script))
    }

    /// Deletes a script and its use counts.
    async fn script_delete(
        &self,
        ctx: &Context<'_>,
        input: ScriptDeleteInput,
    ) -> async_graphql::Result<Option<ScriptDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Script, &input.id)?;
            scripts::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::Script, id)))
    }

    /// Counts one use of a script you read, sent to a customer you cover, on today's date in
    /// the tenant's time zone.
    async fn script_use(
        &self,
        ctx: &Context<'_>,
        input: ScriptUseInput,
    ) -> async_graphql::Result<Option<ScriptPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let (id, customer_id) = use_ids(&input.id, NodeKind::Script, &input.customer_id)?;
            usage::record(auth, entity::LibraryItemKind::Script, id, customer_id).await?;
            scripts::get(auth, id).await
        }
        .await;
        respond(result.map(Script))
    }

    /// Creates a material in the tenant's library (ADMIN, MANAGER) or your personal one. An
    /// image or file comes as a part of a `multipart/form-data` request (docs/ENGAGE.md).
    async fn material_create(
        &self,
        ctx: &Context<'_>,
        input: MaterialCreateInput,
    ) -> async_graphql::Result<Option<MaterialPayload>> {
        let auth = authorized(ctx)?;
        let file = file_of(ctx, input.file);
        let result = async {
            let folder_id = input
                .folder_id
                .as_ref()
                .map(|id| ids::decode(&["input", "folderId"], NodeKind::LibraryFolder, id))
                .transpose()?;
            materials::create(
                auth,
                MaterialCreate {
                    kind: input.kind.into(),
                    scope: input.scope.map(Into::into),
                    folder_id,
                    title: input.title,
                    text: input.text,
                    url: input.url,
                    description: input.description,
                    appid: input.appid,
                    page: input.page,
                    file,
                },
            )
            .await
        }
        .await;
        respond(result.map(Material))
    }

    /// Changes a material; a new `file` replaces the old one.
    async fn material_update(
        &self,
        ctx: &Context<'_>,
        input: MaterialUpdateInput,
    ) -> async_graphql::Result<Option<MaterialPayload>> {
        let auth = authorized(ctx)?;
        let file = file_of(ctx, input.file);
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Material, &input.id)?;
            let folder_id = maybe_id(
                &["input", "folderId"],
                NodeKind::LibraryFolder,
                input.folder_id,
            )?;
            let description = match input.description {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(description) => Some(Some(description)),
            };
            materials::update(
                auth,
                MaterialUpdate {
                    id,
                    folder_id,
                    title: input.title,
                    text: input.text,
                    url: input.url,
                    description,
                    appid: input.appid,
                    page: input.page,
                    file,
                },
            )
            .await
        }
        .await;
        respond(result.map(Material))
    }

    /// Deletes a material, its file and its use counts.
    async fn material_delete(
        &self,
        ctx: &Context<'_>,
        input: MaterialDeleteInput,
    ) -> async_graphql::Result<Option<MaterialDeletePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Material, &input.id)?;
            materials::delete(auth, id).await
        }
        .await;
        respond(result.map(|id| ids::encode(NodeKind::Material, id)))
    }

    /// Counts one use of a material you read, sent to a customer you cover, on today's date
    /// in the tenant's time zone.
    async fn material_use(
        &self,
        ctx: &Context<'_>,
        input: MaterialUseInput,
    ) -> async_graphql::Result<Option<MaterialPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let (id, customer_id) = use_ids(&input.id, NodeKind::Material, &input.customer_id)?;
            usage::record(auth, entity::LibraryItemKind::Material, id, customer_id).await?;
            materials::get(auth, id).await
        }
        .await;
        respond(result.map(Material))
    }
}
