use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::domain::org::sessions::{self, LoginInput as DomainLogin};
use crate::graphql::errors::{GraphqlResult, UserError};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Staff;
use crate::graphql::{RequestContext, authorized};

#[derive(Default)]
pub struct AuthMutation;

#[derive(InputObject)]
pub struct LoginInput {
    /// The tenant's slug, e.g. `default`.
    pub tenant: String,
    pub email: String,
    pub password: String,
}

#[derive(SimpleObject, Default)]
pub struct LoginPayload {
    /// Send as `Authorization: Bearer <token>`.
    pub token: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub viewer: Option<Staff>,
    pub user_errors: Vec<UserError>,
}

#[derive(SimpleObject, Default)]
pub struct LogoutPayload {
    pub success: bool,
    pub user_errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct PasswordChangeInput {
    pub current_password: String,
    /// At least 10 characters, not a common password, not the email.
    pub new_password: String,
}

payload!(PasswordChangePayload {
    /// You, with `passwordChangeRequired` now false.
    viewer: Staff
});

#[Object]
impl AuthMutation {
    /// Signs in with email and password. Repeated failures lock the account for a while
    /// (`RATE_LIMITED`), as do many attempts from one address.
    async fn login(
        &self,
        ctx: &Context<'_>,
        input: LoginInput,
    ) -> async_graphql::Result<Option<LoginPayload>> {
        let request = ctx.data::<RequestContext>()?;
        let outcome = sessions::login(
            &request.store,
            DomainLogin {
                tenant_slug: input.tenant,
                email: input.email,
                password: input.password,
                origin: request.origin.clone(),
            },
        )
        .await
        .user_errors()?;
        Ok(Some(match outcome {
            Ok(outcome) => LoginPayload {
                token: Some(outcome.token),
                expires_at: Some(outcome.expires_at),
                viewer: Some(Staff(outcome.staff)),
                user_errors: Vec::new(),
            },
            Err(user_errors) => LoginPayload {
                user_errors,
                ..LoginPayload::default()
            },
        }))
    }

    /// Revokes the session token this request was sent with.
    async fn logout(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LogoutPayload>> {
        let auth = authorized(ctx)?;
        Ok(Some(match sessions::logout(auth).await.user_errors()? {
            Ok(()) => LogoutPayload {
                success: true,
                user_errors: Vec::new(),
            },
            Err(user_errors) => LogoutPayload {
                success: false,
                user_errors,
            },
        }))
    }

    /// Replaces your password. Required before a compliance officer or auditor whose password
    /// was set by someone else can read the archive. Signs out your other sessions; this one
    /// stays valid.
    async fn password_change(
        &self,
        ctx: &Context<'_>,
        input: PasswordChangeInput,
    ) -> async_graphql::Result<Option<PasswordChangePayload>> {
        let auth = authorized(ctx)?;
        respond(
            sessions::change_password(auth, &input.current_password, &input.new_password)
                .await
                .map(Staff),
        )
    }
}
