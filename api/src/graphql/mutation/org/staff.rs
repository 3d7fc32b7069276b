use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object, SimpleObject};

use crate::domain::org::departments::{self, DepartmentCreate};
use crate::domain::org::staff::{self, StaffCreate, StaffUpdate};
use crate::error::ApiResult;
use crate::graphql::authorized;
use crate::graphql::errors::{GraphqlResult, UserError};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Department, Role, Staff};

#[derive(Default)]
pub struct StaffMutation;

#[derive(InputObject)]
pub struct StaffCreateInput {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Optional: staff without a password sign in through WeCom only.
    pub password: Option<String>,
    pub department_id: Option<ID>,
}

#[derive(InputObject)]
pub struct StaffUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub role: Option<Role>,
    /// `null` removes the member from their department.
    pub department_id: MaybeUndefined<ID>,
    /// The member's WeCom userid (synced from WeCom; set it by hand for members WeCom does
    /// not list): how the archive and its alerts know who sent a message. `null` clears it.
    pub wecom_userid: MaybeUndefined<String>,
}

#[derive(InputObject)]
pub struct StaffDeactivateInput {
    pub id: ID,
}

#[derive(InputObject)]
pub struct StaffPasswordResetInput {
    /// The member whose password is replaced (not yourself: use `passwordChange`).
    pub id: ID,
}

#[derive(SimpleObject, Default)]
pub struct StaffPasswordResetPayload {
    /// The member, with `passwordChangeRequired` now true.
    pub staff: Option<Staff>,
    /// Shown only here, once: hand it over privately. The member signs in with it and must
    /// replace it with `passwordChange` (until then the archive stays closed to them).
    pub one_time_password: Option<String>,
    pub user_errors: Vec<UserError>,
}

payload!(StaffPayload { staff: Staff });

#[derive(InputObject)]
pub struct DepartmentCreateInput {
    pub name: String,
    pub parent_id: Option<ID>,
}

payload!(DepartmentPayload {
    department: Department
});

fn staff_payload(
    result: ApiResult<entity::staff::Model>,
) -> async_graphql::Result<Option<StaffPayload>> {
    respond(result.map(Staff))
}

#[Object]
impl StaffMutation {
    /// Adds a staff member (admins only).
    async fn staff_create(
        &self,
        ctx: &Context<'_>,
        input: StaffCreateInput,
    ) -> async_graphql::Result<Option<StaffPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let department_id = input
                .department_id
                .map(|id| ids::decode(&["input", "departmentId"], NodeKind::Department, &id))
                .transpose()?;
            staff::create(
                auth,
                StaffCreate {
                    email: input.email,
                    name: input.name,
                    role: input.role.into(),
                    password: input.password,
                    department_id,
                },
            )
            .await
        }
        .await;
        staff_payload(result)
    }

    /// Changes a member's name, role or department (admins only; not your own role).
    async fn staff_update(
        &self,
        ctx: &Context<'_>,
        input: StaffUpdateInput,
    ) -> async_graphql::Result<Option<StaffPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Staff, &input.id)?;
            let department_id = match input.department_id {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(id) => Some(Some(ids::decode(
                    &["input", "departmentId"],
                    NodeKind::Department,
                    &id,
                )?)),
            };
            staff::update(
                auth,
                StaffUpdate {
                    id,
                    name: input.name,
                    role: input.role.map(Into::into),
                    department_id,
                    wecom_userid: match input.wecom_userid {
                        MaybeUndefined::Undefined => None,
                        MaybeUndefined::Null => Some(None),
                        MaybeUndefined::Value(userid) => Some(Some(userid)),
                    },
                },
            )
            .await
        }
        .await;
        staff_payload(result)
    }

    /// Deactivates a member: their sessions and API keys stop working; history stays.
    async fn staff_deactivate(
        &self,
        ctx: &Context<'_>,
        input: StaffDeactivateInput,
    ) -> async_graphql::Result<Option<StaffPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Staff, &input.id)?;
            staff::deactivate(auth, id).await
        }
        .await;
        staff_payload(result)
    }

    /// Account recovery: replaces a member's password with a one-time password, and signs
    /// them out everywhere (their sessions and the API keys they created are revoked). Admins
    /// reset ADMIN, MANAGER and SALES members; compliance officers reset COMPLIANCE and AUDITOR
    /// members (`scrm staff reset-password` on the server resets anyone). Not for your own
    /// password: use `passwordChange`.
    async fn staff_password_reset(
        &self,
        ctx: &Context<'_>,
        input: StaffPasswordResetInput,
    ) -> async_graphql::Result<Option<StaffPasswordResetPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Staff, &input.id)?;
            staff::reset_password(auth, id).await
        }
        .await;
        Ok(Some(match result.user_errors()? {
            Ok(reset) => StaffPasswordResetPayload {
                staff: Some(Staff(reset.staff)),
                one_time_password: Some(reset.one_time_password),
                user_errors: Vec::new(),
            },
            Err(user_errors) => StaffPasswordResetPayload {
                user_errors,
                ..StaffPasswordResetPayload::default()
            },
        }))
    }

    /// Adds a department, optionally under a parent (admins only).
    async fn department_create(
        &self,
        ctx: &Context<'_>,
        input: DepartmentCreateInput,
    ) -> async_graphql::Result<Option<DepartmentPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let parent_id = input
                .parent_id
                .map(|id| ids::decode(&["input", "parentId"], NodeKind::Department, &id))
                .transpose()?;
            departments::create(
                auth,
                DepartmentCreate {
                    name: input.name,
                    parent_id,
                },
            )
            .await
        }
        .await;
        respond(result.map(Department))
    }
}
