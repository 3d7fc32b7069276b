//! Signing in and out, and turning a bearer token into an [`Authorized`] actor.

use chrono::{DateTime, Utc};
use entity::{Role, api_key, session, staff, tenant};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use archive::audit::AuditAction;

use crate::auth::{password, token};
use crate::domain::compliance::audit::{self, Audited};
use crate::domain::{Actor, Authorized, Credential, RequestOrigin, Store};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

pub struct LoginInput {
    pub tenant_slug: String,
    pub email: String,
    pub password: String,
    pub origin: RequestOrigin,
}

pub struct LoginOutcome {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub staff: staff::Model,
}

/// One message for every wrong-credential case, so responses do not reveal which part was wrong.
const WRONG_CREDENTIALS: &str = "tenant, email or password is wrong";

pub async fn login(store: &Store, input: LoginInput) -> ApiResult<LoginOutcome> {
    let guards = &store.login_guards;
    let ip_key = input
        .origin
        .client_ip
        .clone()
        .unwrap_or_else(|| "unknown".to_string());
    if let Err(retry_after) = guards.attempts_per_ip.check(&ip_key) {
        return Err(ApiError::RateLimited {
            retry_after_secs: retry_after.as_secs().max(1),
        });
    }
    guards.attempts_per_ip.record(&ip_key);
    let email = input.email.trim().to_lowercase();
    let account_key = login_account_key(input.tenant_slug.trim(), &email);
    if let Err(retry_after) = guards.failures_per_account.check(&account_key) {
        return Err(ApiError::RateLimited {
            retry_after_secs: retry_after.as_secs().max(1),
        });
    }

    let (tenant_id, candidate) =
        find_login_candidate(store, input.tenant_slug.trim(), &email).await?;
    let stored_hash = candidate
        .as_ref()
        .and_then(|staff| staff.password_hash.clone())
        .unwrap_or_else(|| password::dummy_hash().to_string());
    let typed = input.password;
    let verified =
        tokio::task::spawn_blocking(move || password::verify_password(&typed, &stored_hash))
            .await
            .map_err(|error| ApiError::Internal(format!("password check task failed: {error}")))?;
    let staff = match candidate {
        Some(staff) if verified => staff,
        candidate => {
            guards.failures_per_account.record(&account_key);
            // Known account or not, a tenant's failed sign-in costs one audit write, so the
            // time taken does not tell which.
            if let Some(tenant_id) = tenant_id {
                audit::record_failed_sign_in(
                    store,
                    tenant_id,
                    candidate.as_ref(),
                    &email,
                    &input.origin,
                )
                .await?;
            }
            return Err(ApiError::Invalid(vec![FieldError::new(
                &["input"],
                ErrorCode::Unauthenticated,
                WRONG_CREDENTIALS,
            )]));
        }
    };
    guards.failures_per_account.clear(&account_key);

    let new_token = token::generate(token::SESSION_PREFIX);
    let now = crate::domain::now();
    let expires_at = now + store.session_ttl;
    let transaction = entity::begin_write(&store.db).await?;
    session::ActiveModel {
        tenant_id: Set(staff.tenant_id),
        staff_id: Set(staff.id),
        token_hash: Set(new_token.hash),
        created_at: Set(now),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    audit::record_sign_in(store, &transaction, &staff, &input.origin).await?;
    transaction.commit().await?;
    Ok(LoginOutcome {
        token: new_token.secret,
        expires_at,
        staff,
    })
}

/// The key of an account's failed sign-ins.
fn login_account_key(tenant_slug: &str, email: &str) -> String {
    format!("{tenant_slug}\u{0}{email}")
}

/// Forgets an account's failed sign-ins (after its password was reset, so the new one works
/// at once).
pub(super) fn clear_login_failures(store: &Store, tenant_slug: &str, email: &str) {
    store
        .login_guards
        .failures_per_account
        .clear(&login_account_key(tenant_slug, email));
}

/// The tenant named by the slug, and its active member with this email.
async fn find_login_candidate(
    store: &Store,
    tenant_slug: &str,
    email: &str,
) -> ApiResult<(Option<i64>, Option<staff::Model>)> {
    let Some(tenant) = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(tenant_slug))
        .one(&store.db)
        .await?
    else {
        return Ok((None, None));
    };
    let member = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant.id))
        .filter(staff::Column::Email.eq(email))
        .filter(staff::Column::Active.eq(true))
        .one(&store.db)
        .await?;
    Ok((Some(tenant.id), member))
}

/// Why a presented credential was refused; phrased for the client.
const INVALID_TOKEN: &str =
    "the bearer token is invalid, expired or revoked; sign in again with the login mutation";

/// What a credential row says about who acts.
struct Credentialed {
    tenant_id: i64,
    staff_id: i64,
    /// An API key's role; a session acts with the staff member's own role.
    role_override: Option<Role>,
    credential: Credential,
}

impl Store {
    /// Resolves `Authorization: Bearer <token>` to an actor; sessions and API keys alike.
    pub async fn authenticate(&self, bearer: &str, origin: RequestOrigin) -> ApiResult<Authorized> {
        let hash = token::hash_token(bearer);
        let credentialed = if bearer.starts_with(token::API_KEY_PREFIX) {
            self.api_key_where(api_key::Column::TokenHash.eq(hash))
                .await?
        } else {
            self.session_where(session::Column::TokenHash.eq(hash))
                .await?
        };
        let actor = self.actor_of(credentialed).await?;
        Ok(Authorized::new(self.clone(), actor, origin))
    }

    async fn api_key_where(
        &self,
        condition: sea_orm::sea_query::SimpleExpr,
    ) -> ApiResult<Credentialed> {
        let key = api_key::Entity::find()
            .filter(condition)
            .filter(api_key::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
            .ok_or_else(|| ApiError::Unauthenticated(INVALID_TOKEN.to_string()))?;
        Ok(Credentialed {
            tenant_id: key.tenant_id,
            staff_id: key.staff_id,
            role_override: Some(key.role),
            credential: Credential::ApiKey { api_key_id: key.id },
        })
    }

    async fn session_where(
        &self,
        condition: sea_orm::sea_query::SimpleExpr,
    ) -> ApiResult<Credentialed> {
        let session = session::Entity::find()
            .filter(condition)
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::ExpiresAt.gt(crate::domain::now()))
            .one(&self.db)
            .await?
            .ok_or_else(|| ApiError::Unauthenticated(INVALID_TOKEN.to_string()))?;
        Ok(Credentialed {
            tenant_id: session.tenant_id,
            staff_id: session.staff_id,
            role_override: None,
            credential: Credential::Session {
                session_id: session.id,
            },
        })
    }

    /// The actor a live credential stands for, if its staff member may still act.
    async fn actor_of(&self, credentialed: Credentialed) -> ApiResult<Actor> {
        let Credentialed {
            tenant_id,
            staff_id,
            role_override,
            credential,
        } = credentialed;
        let staff = staff::Entity::find_by_id(staff_id)
            .filter(staff::Column::TenantId.eq(tenant_id))
            .filter(staff::Column::Active.eq(true))
            .one(&self.db)
            .await?
            .ok_or_else(|| ApiError::Unauthenticated(INVALID_TOKEN.to_string()))?;
        // A key never grants a role its creator could not grant today: once its creator loses
        // the role (or an admin's key names an archive role, as keys made before separation of
        // duties could), it stops working.
        if let Some(key_role) = role_override
            && !crate::domain::policy::may_grant(staff.role, key_role)
        {
            return Err(ApiError::Unauthenticated(
                "this API key's creator no longer holds the rights it grants; create a new key"
                    .to_string(),
            ));
        }
        Ok(Actor {
            tenant_id,
            staff_id,
            role: role_override.unwrap_or(staff.role),
            department_id: staff.department_id,
            credential,
            password_origin: staff.password_origin,
        })
    }
}

/// Why a long-lived connection was ended; phrased for the client.
const SESSION_ENDED: &str = "your session ended (signed out, expired, revoked, deactivated or its rights changed); sign in again";

impl Authorized {
    /// Checks that the credential this actor was resolved from still stands for the same
    /// actor: not signed out, expired or revoked, the member still active, with the same role
    /// and department. Long-lived connections (subscriptions) call it on every event and on a
    /// timer, since their authorization was decided once, when they opened.
    pub async fn recheck(&self) -> ApiResult<()> {
        let store = &self.store;
        let credentialed = match self.actor.credential {
            Credential::Session { session_id } => {
                store
                    .session_where(session::Column::Id.eq(session_id))
                    .await
            }
            Credential::ApiKey { api_key_id } => {
                store
                    .api_key_where(api_key::Column::Id.eq(api_key_id))
                    .await
            }
        };
        let current = match credentialed {
            Ok(credentialed) => store.actor_of(credentialed).await,
            Err(error) => Err(error),
        };
        match current {
            Ok(actor) if actor == self.actor => Ok(()),
            Ok(_) | Err(ApiError::Unauthenticated(_)) => {
                Err(ApiError::Unauthenticated(SESSION_ENDED.to_string()))
            }
            Err(other) => Err(other),
        }
    }
}

/// Revokes the session the request was made with.
pub async fn logout(auth: &Authorized) -> ApiResult<()> {
    let Credential::Session { session_id } = auth.actor.credential else {
        return Err(ApiError::field(
            &[],
            ErrorCode::BadUserInput,
            "API keys cannot log out; revoke them with apiKeyRevoke",
        ));
    };
    let transaction = entity::begin_write(auth.db()).await?;
    session::Entity::update_many()
        .col_expr(
            session::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(crate::domain::now()),
        )
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::TenantId.eq(auth.tenant_id()))
        .exec(&transaction)
        .await?;
    audit::record_within(
        auth,
        &transaction,
        Audited {
            action: AuditAction::Logout,
            target: vec![audit::row_target("staff", auth.actor.staff_id)],
            parameters: audit::parameters([]),
        },
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Replaces the signed-in member's password with one they choose, after checking the current
/// one. The password becomes their own ([`entity::PasswordOrigin::Own`]), which is what lets a
/// compliance officer whose first password was set by someone else read the archive; every
/// other session of the member is signed out, so whoever knew the old password is too.
pub async fn change_password(
    auth: &Authorized,
    current_password: &str,
    new_password: &str,
) -> ApiResult<staff::Model> {
    let Credential::Session { session_id } = auth.actor.credential else {
        return Err(ApiError::field(
            &[],
            ErrorCode::BadUserInput,
            "API keys have no password; sign in as the member to change theirs",
        ));
    };
    let store = &auth.store;
    let account_key = format!("password-change\u{0}{}", auth.actor.staff_id);
    if let Err(retry_after) = store.login_guards.failures_per_account.check(&account_key) {
        return Err(ApiError::RateLimited {
            retry_after_secs: retry_after.as_secs().max(1),
        });
    }
    let member = staff::Entity::find_by_id(auth.actor.staff_id)
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or_else(|| ApiError::Unauthenticated(INVALID_TOKEN.to_string()))?;
    let stored_hash = member
        .password_hash
        .clone()
        .unwrap_or_else(|| password::dummy_hash().to_string());
    let typed = current_password.to_string();
    let verified =
        tokio::task::spawn_blocking(move || password::verify_password(&typed, &stored_hash))
            .await
            .map_err(|error| ApiError::Internal(format!("password check task failed: {error}")))?;
    if !verified || member.password_hash.is_none() {
        store.login_guards.failures_per_account.record(&account_key);
        return Err(ApiError::field(
            &["input", "currentPassword"],
            ErrorCode::Unauthenticated,
            "the current password is wrong",
        ));
    }
    if let Some(weakness) = password::password_weakness(new_password, &member.email) {
        return Err(ApiError::field(
            &["input", "newPassword"],
            ErrorCode::BadUserInput,
            weakness,
        ));
    }
    if new_password == current_password {
        return Err(ApiError::field(
            &["input", "newPassword"],
            ErrorCode::BadUserInput,
            "choose a password different from the current one",
        ));
    }
    store.login_guards.failures_per_account.clear(&account_key);
    let typed = new_password.to_string();
    let new_hash = tokio::task::spawn_blocking(move || password::hash_password(&typed))
        .await
        .map_err(|error| ApiError::Internal(format!("password hashing task failed: {error}")))??;
    let now = crate::domain::now();
    let transaction = entity::begin_write(auth.db()).await?;
    let mut active: staff::ActiveModel = member.into();
    active.password_hash = Set(Some(new_hash));
    active.password_origin = Set(entity::PasswordOrigin::Own);
    active.updated_at = Set(now);
    let updated = active.update(&transaction).await?;
    session::Entity::update_many()
        .col_expr(
            session::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(session::Column::TenantId.eq(auth.tenant_id()))
        .filter(session::Column::StaffId.eq(auth.actor.staff_id))
        .filter(session::Column::Id.ne(session_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    Ok(updated)
}
