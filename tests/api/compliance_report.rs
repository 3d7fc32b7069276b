//! `complianceReport` through the real server: its counts and decision-time percentiles equal
//! an independent computation over the same alerts, per rule, staff member and department; the
//! tenant's time zone decides which alerts fall in its days; only COMPLIANCE reads it (refused
//! attempts are logged); another tenant sees none of it; bad input names the field.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use entity::{AlertStatus, archive_message, risk_alert, staff};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set, Statement,
};
use serde_json::{Value, json};

use crate::helpers::{CorpusParties, TestApp, corpus_parties, error_code, spawn_app};

const REPORT: &str = "query($from: Date!, $to: Date!, $groupBy: ComplianceReportGroupBy!) {
  complianceReport(from: $from, to: $to, groupBy: $groupBy) {
    from to timeZone groupBy
    rows { key rule { code } staff { email } department { name }
           counts { raised open inReview confirmed dismissed medianSecondsToDecision p90SecondsToDecision } }
    total { raised open inReview confirmed dismissed medianSecondsToDecision p90SecondsToDecision }
  }
}";

/// One alert as the oracle sees it.
struct Alert {
    rule: String,
    /// The email of the staff member answerable for it, and their department's name.
    member: Option<(String, Option<String>)>,
    created: DateTime<Utc>,
    status: AlertStatus,
    decided: Option<DateTime<Utc>>,
}

/// The counts object the report should show for `alerts`: nearest-rank percentiles.
fn expected_counts(alerts: &[&Alert]) -> Value {
    let count = |status| alerts.iter().filter(|a| a.status == status).count();
    let mut seconds: Vec<i64> = alerts
        .iter()
        .filter_map(|a| a.decided.map(|decided| (decided - a.created).num_seconds()))
        .collect();
    seconds.sort_unstable();
    let n = seconds.len();
    let rank = |at: usize| (n > 0).then(|| seconds[at - 1]);
    json!({
        "raised": alerts.len(),
        "open": count(AlertStatus::Open),
        "inReview": count(AlertStatus::InReview),
        "confirmed": count(AlertStatus::Confirmed),
        "dismissed": count(AlertStatus::Dismissed),
        "medianSecondsToDecision": rank(n.div_ceil(2)),
        "p90SecondsToDecision": rank((9 * n).div_ceil(10)),
    })
}

/// Expected rows, keyed as the test reads the report's rows back.
fn expected_rows(
    alerts: &[Alert],
    offset_hours: i64,
    group: impl Fn(&Alert) -> String,
) -> (BTreeMap<String, Value>, Value) {
    let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let in_range: Vec<&Alert> = alerts
        .iter()
        .filter(|a| {
            let local = (a.created + Duration::hours(offset_hours)).date_naive();
            (first..=last).contains(&local)
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<&Alert>> = BTreeMap::new();
    for alert in &in_range {
        groups.entry(group(alert)).or_default().push(alert);
    }
    let rows = groups
        .into_iter()
        .map(|(key, members)| (key, expected_counts(&members)))
        .collect();
    (rows, expected_counts(&in_range))
}

fn rows_by(report: &Value, key: impl Fn(&Value) -> String) -> BTreeMap<String, Value> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| (key(row), row["counts"].clone()))
        .collect()
}

async fn report(app: &TestApp, token: &str, group_by: &str) -> Value {
    let data = app
        .data(
            token,
            REPORT,
            json!({ "from": "2026-11-01", "to": "2026-11-30", "groupBy": group_by }),
        )
        .await;
    data["complianceReport"].clone()
}

/// The userid of each side of the alert's conversation that is not a customer (`wm…`/`wo…`).
fn staff_side(message: &CorpusParties) -> Option<String> {
    let customer = |id: &str| id.starts_with("wm") || id.starts_with("wo");
    if !customer(&message.sender) {
        return Some(message.sender.clone());
    }
    let pair = message.conversation.strip_prefix("pair:")?;
    pair.split('|').find(|id| !customer(id)).map(str::to_string)
}

/// The rule the report documents: the sender if a member, else, in a one-to-one
/// conversation, the other side if a member.
fn answerable(
    message: &CorpusParties,
    members: &BTreeMap<String, (String, Option<String>)>,
) -> Option<(String, Option<String>)> {
    if let Some(member) = members.get(&message.sender) {
        return Some(member.clone());
    }
    let pair = message.conversation.strip_prefix("pair:")?;
    let other = pair.split('|').find(|id| *id != message.sender)?;
    members.get(other).cloned()
}

#[tokio::test]
async fn the_report_counts_each_group_in_the_tenants_days_and_only_compliance_reads_it() {
    let app = spawn_app().await;
    app.import_first(1_500);
    let compliance = app.compliance_token().await;
    let db = app.db().await;
    let tenant_id = 1;

    // The alerts and their messages, in id order.
    let stored = risk_alert::Entity::find()
        .filter(risk_alert::Column::TenantId.eq(tenant_id))
        .order_by_asc(risk_alert::Column::Id)
        .all(&db)
        .await
        .unwrap();
    assert!(stored.len() >= 12, "{} alerts", stored.len());
    // Who took part is only in the sealed original: judged by the fixture.
    let mut messages = Vec::new();
    for alert in &stored {
        let row = archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(archive_message::Column::Seq.eq(alert.message_seq))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        messages.push(corpus_parties()[&row.msgid].clone());
    }

    // Two members for the two busiest staff userids: one in a department, one in none. Their
    // WeCom userids are set as the WeCom sync would set them.
    let mut busiest: BTreeMap<String, usize> = BTreeMap::new();
    for message in &messages {
        if let Some(userid) = staff_side(message) {
            *busiest.entry(userid).or_default() += 1;
        }
    }
    let mut busiest: Vec<(String, usize)> = busiest.into_iter().collect();
    busiest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert!(busiest.len() >= 2, "{busiest:?}");
    let east = app.create_department(&app.admin_token, "East", None).await;
    let members = [
        (
            "east@corp.cn",
            Some(east.as_str()),
            Some("East".to_string()),
        ),
        ("solo@corp.cn", None, None),
    ];
    let mut userids: BTreeMap<String, (String, Option<String>)> = BTreeMap::new();
    for ((email, department_id, department), (userid, _)) in members.iter().zip(&busiest) {
        app.create_staff(&app.admin_token, "default", email, "SALES", *department_id)
            .await;
        let member = staff::Entity::find()
            .filter(staff::Column::Email.eq(*email))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let mut member = member.into_active_model();
        member.wecom_userid = Set(Some(userid.clone()));
        member.update(&db).await.unwrap();
        userids.insert(userid.clone(), (email.to_string(), department.clone()));
    }

    // Rewrite when each alert was raised and decided. Alert 0 is raised at 00:30 on
    // 1 November in Shanghai (still 31 October in UTC), alert 1 at 01:00 on 1 December in
    // Shanghai (30 November in UTC), alert 2 a second before November in Shanghai; the rest
    // through November, a quarter each confirmed, dismissed, in review and open.
    let base = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let mut alerts = Vec::new();
    for (index, (alert, message)) in stored.into_iter().zip(&messages).enumerate() {
        let created = match index {
            0 => Utc.with_ymd_and_hms(2026, 10, 31, 16, 30, 0).unwrap(),
            1 => Utc.with_ymd_and_hms(2026, 11, 30, 17, 0, 0).unwrap(),
            2 => Utc.with_ymd_and_hms(2026, 10, 31, 15, 59, 59).unwrap(),
            _ => base + Duration::hours(7 * index as i64),
        };
        let status = match index % 4 {
            0 => AlertStatus::Confirmed,
            1 => AlertStatus::Dismissed,
            2 => AlertStatus::InReview,
            _ => AlertStatus::Open,
        };
        let decided = status
            .is_decided()
            .then(|| created + Duration::seconds((index * index) as i64 * 37 + 60));
        let rule = alert.rule_code.clone();
        let mut active = alert.into_active_model();
        active.created_at = Set(created);
        active.status = Set(status);
        active.decided_at = Set(decided);
        active.update(&db).await.unwrap();
        alerts.push(Alert {
            rule,
            member: answerable(message, &userids),
            created,
            status,
            decided,
        });
    }

    let shanghai = check_every_grouping(&app, &compliance, &alerts, 8).await;
    assert_eq!(shanghai["timeZone"], "Asia/Shanghai");

    // The admin moves the tenant to UTC: alert 1 comes into November, alert 0 leaves it.
    let data = app
        .data(
            &app.admin_token,
            "mutation($input: TenantSettingsUpdateInput!) { tenantSettingsUpdate(input: $input) { tenant { timeZone } userErrors { field message code } } }",
            json!({ "input": { "timeZone": "UTC" } }),
        )
        .await;
    assert_eq!(
        data["tenantSettingsUpdate"]["tenant"]["timeZone"], "UTC",
        "{data}"
    );
    let utc = check_every_grouping(&app, &compliance, &alerts, 0).await;
    assert_eq!(utc["timeZone"], "UTC");
    assert_ne!(
        shanghai["total"], utc["total"],
        "the zone moved alerts in and out"
    );

    // Nobody but compliance reads it; each refusal is an audit entry of its own.
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    let denied_before = report_reads(&db, "DENIED").await;
    for token in [&sales, &auditor, &app.admin_token] {
        let response = app
            .graphql(
                Some(token),
                REPORT,
                json!({ "from": "2026-11-01", "to": "2026-11-30", "groupBy": "RULE" }),
            )
            .await;
        assert_eq!(error_code(&response), "FORBIDDEN", "{response}");
        assert_eq!(response["data"], Value::Null);
    }
    assert_eq!(report_reads(&db, "DENIED").await, denied_before + 3);
    // Six reads by compliance above, each one entry.
    assert_eq!(report_reads(&db, "SUCCESS").await, 6);

    // Another tenant's officer sees a report of their own tenant: empty.
    app.create_tenant("other").await;
    let (_, other) = app.appoint("other", "c@other.cn", "COMPLIANCE").await;
    let theirs = report(&app, &other, "STAFF").await;
    assert_eq!(theirs["rows"], json!([]));
    assert_eq!(theirs["total"]["raised"], 0);

    // Bad input says what is wrong (the field, or the value and the format) and reads nothing.
    let reads = report_reads(&db, "SUCCESS").await;
    for (variables, says) in [
        (
            json!({ "from": "2026-11-30", "to": "2026-11-01", "groupBy": "RULE" }),
            "`to` must be the same day as `from` or later",
        ),
        (
            json!({ "from": "2026-13-01", "to": "2026-11-01", "groupBy": "RULE" }),
            "\"2026-13-01\" is not a date: write it as YYYY-MM-DD",
        ),
        (
            json!({ "from": "2026-11-01", "to": "30/11/2026", "groupBy": "RULE" }),
            "\"30/11/2026\" is not a date",
        ),
        (
            json!({ "from": "2026-11-01", "to": "2026-11-30", "groupBy": "WEEK" }),
            "WEEK",
        ),
    ] {
        let response = app.graphql(Some(&compliance), REPORT, variables).await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
        let message = response["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(says), "{says}: {response}");
    }
    assert_eq!(report_reads(&db, "SUCCESS").await, reads);
}

/// Reads the report in every grouping and compares each with the oracle for a zone
/// `offset_hours` east of UTC; returns the RULE report.
async fn check_every_grouping(
    app: &TestApp,
    token: &str,
    alerts: &[Alert],
    offset_hours: i64,
) -> Value {
    let by_rule = report(app, token, "RULE").await;
    let (rows, total) = expected_rows(alerts, offset_hours, |a| a.rule.clone());
    assert_eq!(
        rows_by(&by_rule, |row| {
            assert_eq!(row["rule"]["code"], row["key"]);
            row["key"].as_str().unwrap().to_string()
        }),
        rows
    );
    assert_eq!(by_rule["total"], total);
    assert!(rows.len() >= 2, "several rules: {rows:?}");

    let by_staff = report(app, token, "STAFF").await;
    let (rows, total) = expected_rows(alerts, offset_hours, |a| {
        a.member
            .as_ref()
            .map_or("NONE".to_string(), |(email, _)| email.clone())
    });
    assert_eq!(
        rows_by(&by_staff, |row| {
            row["staff"]["email"].as_str().unwrap_or("NONE").to_string()
        }),
        rows
    );
    assert_eq!(rows.len(), 3, "two members and nobody: {rows:?}");
    assert_eq!(by_staff["total"], total);

    let by_department = report(app, token, "DEPARTMENT").await;
    let (rows, total) = expected_rows(alerts, offset_hours, |a| {
        a.member
            .as_ref()
            .and_then(|(_, department)| department.clone())
            .unwrap_or("NONE".to_string())
    });
    assert_eq!(
        rows_by(&by_department, |row| {
            row["department"]["name"]
                .as_str()
                .unwrap_or("NONE")
                .to_string()
        }),
        rows
    );
    assert_eq!(by_department["total"], total);
    // Rows are ordered by alerts raised, most first.
    let raised: Vec<u64> = by_staff["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["counts"]["raised"].as_u64().unwrap())
        .collect();
    assert!(
        raised.windows(2).all(|pair| pair[0] >= pair[1]),
        "{raised:?}"
    );
    by_rule
}

async fn report_reads(db: &sea_orm::DatabaseConnection, outcome: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!(
                "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'COMPLIANCE_REPORT_READ' AND outcome = '{outcome}'"
            ),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

#[tokio::test]
async fn admins_set_the_time_zone_by_its_iana_name_and_the_change_is_audited() {
    let app = spawn_app().await;
    const UPDATE: &str = "mutation($input: TenantSettingsUpdateInput!) { tenantSettingsUpdate(input: $input) { tenant { name timeZone } userErrors { field message code } } }";
    let viewer_zone = "{ viewer { tenant { timeZone } } }";
    let data = app.data(&app.admin_token, viewer_zone, json!({})).await;
    assert_eq!(data["viewer"]["tenant"]["timeZone"], "Asia/Shanghai");

    let data = app
        .data(
            &app.admin_token,
            UPDATE,
            json!({ "input": { "timeZone": "Beijing", "name": " " } }),
        )
        .await;
    let errors = &data["tenantSettingsUpdate"]["userErrors"];
    assert_eq!(errors.as_array().unwrap().len(), 2, "{data}");
    assert_eq!(errors[1]["field"], json!(["input", "timeZone"]), "{data}");
    assert!(
        errors[1]["message"]
            .as_str()
            .unwrap()
            .contains("Asia/Shanghai")
    );
    assert_eq!(data["tenantSettingsUpdate"]["tenant"], Value::Null);

    let data = app
        .data(
            &app.admin_token,
            UPDATE,
            json!({ "input": { "timeZone": "Asia/Hong_Kong", "name": "华南分公司" } }),
        )
        .await;
    assert_eq!(
        data["tenantSettingsUpdate"]["tenant"],
        json!({ "name": "华南分公司", "timeZone": "Asia/Hong_Kong" }),
        "{data}"
    );
    let compliance = app.compliance_token().await;
    let response = app
        .graphql(
            Some(&compliance),
            UPDATE,
            json!({ "input": { "timeZone": "UTC" } }),
        )
        .await;
    assert_eq!(error_code(&response), "FORBIDDEN", "{response}");
    let data = app.data(&compliance, viewer_zone, json!({})).await;
    assert_eq!(data["viewer"]["tenant"]["timeZone"], "Asia/Hong_Kong");

    // One entry, for the change that happened, with what changed (visible to the auditor).
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    let data = app
        .data(
            &auditor,
            "{ auditLog(filter: { action: TENANT_SETTINGS_CHANGE }) { totalCount nodes { outcome parameters } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["auditLog"]["totalCount"], 1, "{data}");
    let parameters = &data["auditLog"]["nodes"][0]["parameters"];
    assert_eq!(parameters["before"]["timeZone"], "Asia/Shanghai");
    assert_eq!(parameters["after"]["timeZone"], "Asia/Hong_Kong");
}
