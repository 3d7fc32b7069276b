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
        /// Email of the tenant's first admin (signs in with it).
        #[arg(long)]
        admin_email: String,
        /// At least 10 characters, not a common password.
        #[arg(long, env = "SCRM_ADMIN_PASSWORD", hide_env_values = true)]
        admin_password: String,
    },
    /// List tenants: slug, name, creation time and active staff.
    List,
}

pub async fn run(settings: &Settings, args: TenantArgs) -> ApiResult<()> {
    let (slug, name, admin_email, admin_password) = match args.action {
        TenantAction::List => return list(settings).await,
        TenantAction::Create {
            slug,
            name,
            admin_email,
            admin_password,
        } => (slug, name, admin_email, admin_password),
    };
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

async fn list(settings: &Settings) -> ApiResult<()> {
    let operator = OperatorAccess::open_existing(settings).await?;
    let tenants = tenants::list(&operator).await?;
    if tenants.is_empty() {
        eprintln!("no tenants yet; create one with `scrm tenant create`");
    } else {
        println!("SLUG\tNAME\tCREATED\tSTAFF");
    }
    for summary in &tenants {
        println!(
            "{}\t{}\t{}\t{}",
            summary.tenant.slug,
            summary.tenant.name.replace(['\t', '\n'], " "),
            summary
                .tenant
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            summary.active_staff
        );
    }
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
