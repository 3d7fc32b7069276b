use clap::{Args, Subcommand};

use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants::{self, TenantCreate};
use crate::error::{ApiError, ApiResult};
use crate::graphql::ids::{self, NodeKind};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct TenantArgs {
    #[command(subcommand)]
    action: TenantAction,
}

#[derive(Debug, Subcommand)]
enum TenantAction {
    /// Create a tenant with its first admin.
    Create {
        /// Short name used to sign in, e.g. `acme` (a-z, 0-9, '-').
        #[arg(long)]
        slug: String,
        /// Display name, e.g. "Acme Securities".
        #[arg(long)]
        name: String,
        #[arg(long)]
        admin_email: String,
        /// At least 10 characters, not a common password.
        #[arg(long, env = "SCRM_ADMIN_PASSWORD", hide_env_values = true)]
        admin_password: String,
    },
}

pub async fn run(settings: &Settings, args: TenantArgs) -> ApiResult<()> {
    let TenantAction::Create {
        slug,
        name,
        admin_email,
        admin_password,
    } = args.action;
    let operator = OperatorAccess::open(settings).await?;
    let result = tenants::create(
        &operator,
        TenantCreate {
            slug,
            name,
            admin_email,
            admin_password,
        },
    )
    .await;
    let (tenant, admin) = match result {
        Ok(created) => created,
        Err(ApiError::Invalid(problems)) => {
            let reasons: Vec<String> = problems
                .iter()
                .map(|problem| {
                    format!("--{}: {}", kebab(&problem.field.join(".")), problem.message)
                })
                .collect();
            return Err(ApiError::BadUserInput(format!(
                "tenant not created: {}",
                reasons.join("; ")
            )));
        }
        Err(other) => return Err(other),
    };
    println!("slug: {}", tenant.slug);
    println!("id:   {}", ids::encode(NodeKind::Tenant, tenant.id).0);
    println!("admin: {}", admin.email);
    operator.close().await?;
    Ok(())
}

fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for character in camel.chars() {
        if character.is_ascii_uppercase() {
            out.push('-');
            out.push(character.to_ascii_lowercase());
        } else {
            out.push(character);
        }
    }
    out
}
