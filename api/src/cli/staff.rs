//! `scrm staff grant` — the operator appoints a member to a role (the first compliance officer
//! of a tenant, above all: inside a tenant only compliance officers grant archive roles); and
//! `scrm staff reset-password` — the operator recovers any member's account.

use clap::{Args, Subcommand, ValueEnum};
use entity::Role;

use crate::domain::operator::OperatorAccess;
use crate::domain::org::grants::{self, StaffGrant, StaffPasswordReset};
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct StaffArgs {
    #[command(subcommand)]
    action: StaffAction,
}

#[derive(Debug, Subcommand)]
enum StaffAction {
    /// Give a member a role, creating the member if needed; prints a one-time password.
    ///
    /// Hand the password over; the member's sessions and API keys are signed out, and they
    /// must choose their own password at first sign-in before the archive opens to them.
    Grant {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
        /// The member's email (how they sign in).
        #[arg(long)]
        email: String,
        /// The role to give.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Display name of a new member (default: the email's local part).
        #[arg(long)]
        name: Option<String>,
    },
    /// Reset a member's password (any role); prints a one-time password.
    ///
    /// Account recovery when nobody in the tenant may reset it (its only compliance officer,
    /// its only admin). The member's sessions and the API keys they created are revoked; they
    /// must choose their own password at first sign-in before the archive opens to them.
    ResetPassword {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
        /// The member's email.
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
enum RoleArg {
    Admin,
    Manager,
    Sales,
    Compliance,
    Auditor,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Admin => Role::Admin,
            RoleArg::Manager => Role::Manager,
            RoleArg::Sales => Role::Sales,
            RoleArg::Compliance => Role::Compliance,
            RoleArg::Auditor => Role::Auditor,
        }
    }
}

pub async fn run(settings: &Settings, args: StaffArgs) -> ApiResult<()> {
    match args.action {
        StaffAction::Grant {
            tenant,
            email,
            role,
            name,
        } => grant(settings, tenant, email, role, name).await,
        StaffAction::ResetPassword { tenant, email } => {
            reset_password(settings, tenant, email).await
        }
    }
}

/// `ApiError::Invalid` as one line naming the flags at fault.
fn flag_problems(what: &str, error: ApiError) -> ApiError {
    match error {
        ApiError::Invalid(problems) => ApiError::BadUserInput(format!(
            "{what}: {}",
            problems
                .iter()
                .map(|problem| format!("--{}: {}", problem.field.join("."), problem.message))
                .collect::<Vec<_>>()
                .join("; ")
        )),
        other => other,
    }
}

async fn grant(
    settings: &Settings,
    tenant: String,
    email: String,
    role: RoleArg,
    name: Option<String>,
) -> ApiResult<()> {
    let operator = OperatorAccess::open_existing(settings).await?;
    let granted = grants::grant(
        &operator,
        StaffGrant {
            tenant_slug: tenant.clone(),
            email,
            role: role.into(),
            name,
        },
    )
    .await
    .map_err(|error| flag_problems("not granted", error))?;
    // Printed, not logged: log pipelines must never carry a password.
    println!(
        "{} {} in tenant '{}' as {}",
        if granted.created {
            "created"
        } else {
            "granted"
        },
        granted.staff.email,
        tenant.trim(),
        sea_orm::ActiveEnum::to_value(&granted.staff.role),
    );
    println!("one-time password: {}", granted.one_time_password);
    println!(
        "Hand it over privately. They sign in with it and must change it (passwordChange) before reading the archive; their other sessions and API keys were signed out."
    );
    operator.close().await?;
    Ok(())
}

async fn reset_password(settings: &Settings, tenant: String, email: String) -> ApiResult<()> {
    let operator = OperatorAccess::open_existing(settings).await?;
    let reset = grants::reset_password(
        &operator,
        StaffPasswordReset {
            tenant_slug: tenant.clone(),
            email,
        },
    )
    .await
    .map_err(|error| flag_problems("password not reset", error))?;
    // Printed, not logged: log pipelines must never carry a password.
    println!(
        "reset the password of {} ({}) in tenant '{}'",
        reset.staff.email,
        sea_orm::ActiveEnum::to_value(&reset.staff.role),
        tenant.trim(),
    );
    println!("one-time password: {}", reset.one_time_password);
    println!(
        "Hand it over privately. They sign in with it and must change it (passwordChange) before reading the archive; their sessions and API keys were signed out."
    );
    operator.close().await?;
    Ok(())
}
