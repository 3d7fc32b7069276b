//! `scrm staff grant` — the operator appoints a member to a role (the first compliance officer
//! of a tenant, above all: inside a tenant only compliance officers grant archive roles).

use clap::{Args, Subcommand, ValueEnum};
use entity::Role;

use crate::domain::operator::OperatorAccess;
use crate::domain::org::grants::{self, StaffGrant};
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct StaffArgs {
    #[command(subcommand)]
    action: StaffAction,
}

#[derive(Debug, Subcommand)]
enum StaffAction {
    /// Give a member a role, creating the member if needed. Prints a one-time password to hand
    /// over; the member's sessions and API keys are signed out, and they must choose their own
    /// password at first sign-in before the archive opens to them.
    Grant {
        /// The tenant's slug.
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Display name of a new member (default: the email's local part).
        #[arg(long)]
        name: Option<String>,
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
    let StaffAction::Grant {
        tenant,
        email,
        role,
        name,
    } = args.action;
    let operator = OperatorAccess::open(settings).await?;
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
    .map_err(|error| match error {
        ApiError::Invalid(problems) => ApiError::BadUserInput(format!(
            "not granted: {}",
            problems
                .iter()
                .map(|problem| format!("--{}: {}", problem.field.join("."), problem.message))
                .collect::<Vec<_>>()
                .join("; ")
        )),
        other => other,
    })?;
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
