//! Tenants' risk rules in the database: versioned (an edit adds a version), seeded with the
//! default finance and securities pack.

use std::collections::BTreeMap;

use entity::risk_rule;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use super::Archive;
use crate::ArchiveError;
use crate::risk::{AppliesTo, Detector, Rule, RuleProblem, Severity, default_pack};

/// A rule as stored: its current version and whether it is enabled.
#[derive(Debug, Clone)]
pub struct StoredRule {
    pub id: i64,
    pub rule: Rule,
    pub version: i32,
    pub enabled: bool,
    pub created_by: Option<i64>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

fn to_json(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_string())
}

fn from_json(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn corrupt(field: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext {
        what: "stored risk rule",
        reason: field,
    }
}

fn decode(row: risk_rule::Model) -> Result<StoredRule, ArchiveError> {
    let detectors = from_json(&row.detectors)
        .iter()
        .map(|name| Detector::parse(name).ok_or(corrupt("unknown detector")))
        .collect::<Result<Vec<_>, _>>()?;
    let rule = Rule {
        code: row.code,
        name: row.name,
        category: row.category,
        severity: Severity::parse(&row.severity.to_lowercase())
            .ok_or(corrupt("unknown severity"))?,
        keywords: from_json(&row.keywords),
        patterns: from_json(&row.patterns),
        detectors,
        applies_to: AppliesTo::parse(&row.applies_to.to_lowercase())
            .ok_or(corrupt("unknown applies-to"))?,
        exceptions: from_json(&row.exceptions),
    };
    Ok(StoredRule {
        id: row.id,
        rule,
        version: row.version,
        enabled: row.enabled,
        created_by: row.created_by,
        created_at: row.created_at,
    })
}

impl Archive {
    /// The current version of every rule of the tenant, by code. A tenant without any rule gets
    /// the default pack first.
    pub async fn risk_rules(&self, tenant_id: i64) -> Result<Vec<StoredRule>, ArchiveError> {
        let count = risk_rule::Entity::find()
            .filter(risk_rule::Column::TenantId.eq(tenant_id))
            .count(self.db())
            .await?;
        if count == 0 {
            self.seed_default_rules(tenant_id).await?;
        }
        let rows = risk_rule::Entity::find()
            .filter(risk_rule::Column::TenantId.eq(tenant_id))
            .order_by_asc(risk_rule::Column::Code)
            .order_by_asc(risk_rule::Column::Version)
            .all(self.db())
            .await?;
        let mut current: BTreeMap<String, risk_rule::Model> = BTreeMap::new();
        for row in rows {
            current.insert(row.code.clone(), row);
        }
        current.into_values().map(decode).collect()
    }

    /// A specific version of a rule (alerts remember the version that raised them).
    pub async fn risk_rule_version(
        &self,
        tenant_id: i64,
        code: &str,
        version: i32,
    ) -> Result<Option<StoredRule>, ArchiveError> {
        let row = risk_rule::Entity::find()
            .filter(risk_rule::Column::TenantId.eq(tenant_id))
            .filter(risk_rule::Column::Code.eq(code))
            .filter(risk_rule::Column::Version.eq(version))
            .one(self.db())
            .await?;
        row.map(decode).transpose()
    }

    async fn seed_default_rules(&self, tenant_id: i64) -> Result<(), ArchiveError> {
        for rule in default_pack() {
            let inserted = insert_rule_version(self.db(), tenant_id, &rule, 1, true, None).await;
            match inserted {
                Ok(_) => {}
                // Seeded concurrently by another request: theirs is the same pack.
                Err(ArchiveError::Database(error))
                    if matches!(
                        error.sql_err(),
                        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                    ) => {}
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// Stores `rule` as the next version of its code (version 1 for a new code). Invalid rules
    /// are refused with every problem named by field.
    pub async fn save_risk_rule(
        &self,
        tenant_id: i64,
        rule: &Rule,
        enabled: bool,
        created_by: Option<i64>,
    ) -> Result<Result<StoredRule, Vec<RuleProblem>>, ArchiveError> {
        self.prepare_risk_rules(tenant_id).await?;
        let transaction = entity::begin_write(self.db()).await?;
        let saved = self
            .save_risk_rule_within(&transaction, tenant_id, rule, enabled, created_by)
            .await?;
        transaction.commit().await?;
        Ok(saved)
    }

    /// Makes sure the tenant's rule pack exists (seeding the default pack on first use); call
    /// it before [`Archive::save_risk_rule_within`] opens its transaction.
    pub async fn prepare_risk_rules(&self, tenant_id: i64) -> Result<(), ArchiveError> {
        self.risk_rules(tenant_id).await.map(|_| ())
    }

    /// [`Archive::save_risk_rule`] inside the caller's write transaction `db` (which may record
    /// the change in the audit log too), after [`Archive::prepare_risk_rules`].
    pub async fn save_risk_rule_within<C: ConnectionTrait>(
        &self,
        db: &C,
        tenant_id: i64,
        rule: &Rule,
        enabled: bool,
        created_by: Option<i64>,
    ) -> Result<Result<StoredRule, Vec<RuleProblem>>, ArchiveError> {
        if enabled && let Err(problems) = rule.validate() {
            return Ok(Err(problems));
        }
        let latest = risk_rule::Entity::find()
            .filter(risk_rule::Column::TenantId.eq(tenant_id))
            .filter(risk_rule::Column::Code.eq(rule.code.clone()))
            .order_by_desc(risk_rule::Column::Version)
            .one(db)
            .await?;
        let version = latest.map_or(1, |row| row.version + 1);
        let row = insert_rule_version(db, tenant_id, rule, version, enabled, created_by).await?;
        Ok(Ok(decode(row)?))
    }
}

async fn insert_rule_version<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    rule: &Rule,
    version: i32,
    enabled: bool,
    created_by: Option<i64>,
) -> Result<risk_rule::Model, ArchiveError> {
    let detectors: Vec<String> = rule
        .detectors
        .iter()
        .map(|detector| detector.as_str().to_string())
        .collect();
    Ok(risk_rule::ActiveModel {
        tenant_id: Set(tenant_id),
        code: Set(rule.code.clone()),
        version: Set(version),
        name: Set(rule.name.clone()),
        category: Set(rule.category.clone()),
        severity: Set(rule.severity.as_str().to_uppercase()),
        keywords: Set(to_json(&rule.keywords)),
        patterns: Set(to_json(&rule.patterns)),
        detectors: Set(to_json(&detectors)),
        applies_to: Set(rule.applies_to.as_str().to_uppercase()),
        exceptions: Set(to_json(&rule.exceptions)),
        enabled: Set(enabled),
        created_by: Set(created_by),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}
