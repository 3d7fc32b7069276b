//! `archiveSearch`, `riskAlerts` and their exports filtered by `staffId`, `departmentId` (the
//! department and those below it) and `customerId`, through the real server, against an oracle
//! over the stored routing of the sample corpus: who took part in a message (sender or
//! recipient), and who is answerable for an alert (as the compliance report counts it).
//! Another tenant's ids match nothing, whatever WeCom ids they carry; a malformed id names its
//! field.

use std::collections::{BTreeMap, BTreeSet};

use entity::{archive_message, risk_alert};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::export_jobs;
use crate::helpers::{TestApp, corpus_parties, error_code, spawn_app};

const ALERTS: &str = "query($f: RiskAlertFilter) { riskAlerts(filter: $f, first: 100) { totalCount nodes { message { msgid } } } }";
const SEARCH: &str = "query($f: ArchiveMessageFilter) { archiveSearch(query: \"\", filter: $f, first: 100) { totalCount nodes { msgid } } }";

/// A message's routing as stored (metadata, not content).
struct Routing {
    msgid: String,
    sender: String,
    tolist: Vec<String>,
    conversation: String,
}

impl Routing {
    fn took_part(&self, id: &str) -> bool {
        self.sender == id || self.tolist.iter().any(|to| to == id)
    }

    /// The report's rule: the sender if a member, else the other side of a one-to-one chat
    /// if a member.
    fn answerable<'a>(&self, members: &'a BTreeSet<String>) -> Option<&'a String> {
        if let Some(member) = members.get(&self.sender) {
            return Some(member);
        }
        let pair = self.conversation.strip_prefix("pair:")?;
        let other = pair.split('|').find(|id| *id != self.sender)?;
        members.get(other)
    }
}

fn is_customer(id: &str) -> bool {
    id.starts_with("wm") || id.starts_with("wo")
}

async fn set_userid(app: &TestApp, token: &str, staff_id: &str, userid: &str) {
    let data = app
        .data(
            token,
            "mutation($input: StaffUpdateInput!) { staffUpdate(input: $input) { staff { wecomUserid } userErrors { field message code } } }",
            json!({ "input": { "id": staff_id, "wecomUserid": userid } }),
        )
        .await;
    assert_eq!(
        data["staffUpdate"]["staff"]["wecomUserid"], userid,
        "{data}"
    );
}

/// `(totalCount, msgids of the first page)` of a connection.
fn counted(connection: &Value, msgid: impl Fn(&Value) -> &Value) -> (u64, BTreeSet<String>) {
    let msgids = connection["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| msgid(node).as_str().unwrap().to_string())
        .collect();
    (connection["totalCount"].as_u64().unwrap(), msgids)
}

async fn alerts(app: &TestApp, token: &str, filter: Value) -> (u64, BTreeSet<String>) {
    let data = app.data(token, ALERTS, json!({ "f": filter })).await;
    counted(&data["riskAlerts"], |node| &node["message"]["msgid"])
}

async fn messages(app: &TestApp, token: &str, filter: Value) -> (u64, BTreeSet<String>) {
    let data = app.data(token, SEARCH, json!({ "f": filter })).await;
    counted(&data["archiveSearch"], |node| &node["msgid"])
}

/// Checks a count and that the page shown is a subset of what is expected.
fn assert_matches(got: (u64, BTreeSet<String>), expected: &BTreeSet<String>, what: &str) {
    assert_eq!(got.0, expected.len() as u64, "{what}: totalCount");
    assert!(
        got.1.is_subset(expected),
        "{what}: a node outside the filter"
    );
    assert_eq!(
        got.1.len(),
        expected.len().min(100),
        "{what}: the first page is full"
    );
}

#[tokio::test]
async fn archive_and_alerts_filter_by_staff_department_and_customer() {
    let app = spawn_app().await;
    app.import_first(1_500);
    let officer = app.compliance_token().await;
    let db = app.db().await;

    let routing: Vec<Routing> = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(1))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| {
            // Who took part is only in the sealed original: judged by the fixture.
            let corpus = corpus_parties()[&row.msgid].clone();
            Routing {
                msgid: row.msgid,
                sender: corpus.sender,
                tolist: corpus.tolist,
                conversation: corpus.conversation,
            }
        })
        .collect();
    let by_msgid: BTreeMap<&str, &Routing> = routing
        .iter()
        .map(|message| (message.msgid.as_str(), message))
        .collect();
    let alerted: Vec<&Routing> = risk_alert::Entity::find()
        .filter(risk_alert::Column::TenantId.eq(1))
        .all(&db)
        .await
        .unwrap()
        .iter()
        .map(|alert| by_msgid[alert.msgid.as_str()])
        .collect();
    assert!(alerted.len() >= 12, "{} alerts", alerted.len());

    // The two staff userids and the customer with the most alerted messages.
    let mut staff_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut customer_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for message in &alerted {
        for id in std::iter::once(&message.sender).chain(&message.tolist) {
            let counts = if is_customer(id) {
                &mut customer_counts
            } else {
                &mut staff_counts
            };
            *counts.entry(id.as_str()).or_default() += 1;
        }
    }
    let busiest = |counts: BTreeMap<&str, usize>| {
        let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
            .into_iter()
            .map(|(id, _)| id.to_string())
            .collect::<Vec<_>>()
    };
    let staff_userids = busiest(staff_counts);
    let (first_userid, second_userid) = (&staff_userids[0], &staff_userids[1]);
    let customer_userid = busiest(customer_counts)[0].clone();

    // East, with East-Sub below it; one member in each, carrying the two userids.
    let east = app.create_department(&app.admin_token, "East", None).await;
    let east_sub = app
        .create_department(&app.admin_token, "East-Sub", Some(&east))
        .await;
    let (first, _) = app
        .create_staff(
            &app.admin_token,
            "default",
            "first@corp.cn",
            "SALES",
            Some(&east),
        )
        .await;
    let (second, _) = app
        .create_staff(
            &app.admin_token,
            "default",
            "second@corp.cn",
            "SALES",
            Some(&east_sub),
        )
        .await;
    set_userid(&app, &app.admin_token, &first, first_userid).await;
    set_userid(&app, &app.admin_token, &second, second_userid).await;
    let customer = app
        .create_customer(&app.admin_token, &customer_userid, "王女士", &first)
        .await;
    let members: BTreeSet<String> = [first_userid.clone(), second_userid.clone()].into();

    let alerts_where = |keep: &dyn Fn(&Routing) -> bool| -> BTreeSet<String> {
        alerted
            .iter()
            .filter(|message| keep(message))
            .map(|message| message.msgid.clone())
            .collect()
    };
    let messages_where = |keep: &dyn Fn(&Routing) -> bool| -> BTreeSet<String> {
        routing
            .iter()
            .filter(|message| keep(message))
            .map(|message| message.msgid.clone())
            .collect()
    };
    let members = &members;
    let answerable_is = |userids: &[&String]| {
        let userids: Vec<String> = userids.iter().map(|id| id.to_string()).collect();
        move |message: &Routing| {
            message
                .answerable(members)
                .is_some_and(|member| userids.contains(member))
        }
    };

    // Alerts: answerable staff, the department tree, the customer who took part.
    let first_alerts = alerts_where(&answerable_is(&[first_userid]));
    let second_alerts = alerts_where(&answerable_is(&[second_userid]));
    assert!(!first_alerts.is_empty() && !second_alerts.is_empty());
    assert_matches(
        alerts(&app, &officer, json!({ "staffId": first })).await,
        &first_alerts,
        "alerts of the first member",
    );
    assert_matches(
        alerts(&app, &officer, json!({ "departmentId": east })).await,
        &alerts_where(&answerable_is(&[first_userid, second_userid])),
        "alerts of East and below",
    );
    assert_matches(
        alerts(&app, &officer, json!({ "departmentId": east_sub })).await,
        &second_alerts,
        "alerts of East-Sub",
    );
    let customer_alerts = alerts_where(&|message| message.took_part(&customer_userid));
    assert!(!customer_alerts.is_empty());
    assert_matches(
        alerts(&app, &officer, json!({ "customerId": customer })).await,
        &customer_alerts,
        "alerts of the customer",
    );
    assert_matches(
        alerts(
            &app,
            &officer,
            json!({ "staffId": first, "customerId": customer }),
        )
        .await,
        &first_alerts
            .intersection(&customer_alerts)
            .cloned()
            .collect(),
        "both",
    );

    // Messages: who took part.
    let first_messages = messages_where(&|message| message.took_part(first_userid));
    assert!(first_messages.len() > alerted.len());
    assert_matches(
        messages(&app, &officer, json!({ "staffId": first })).await,
        &first_messages,
        "messages of the first member",
    );
    assert_matches(
        messages(&app, &officer, json!({ "departmentId": east })).await,
        &messages_where(&|message| {
            message.took_part(first_userid) || message.took_part(second_userid)
        }),
        "messages of East and below",
    );
    assert_matches(
        messages(&app, &officer, json!({ "customerId": customer })).await,
        &messages_where(&|message| message.took_part(&customer_userid)),
        "messages of the customer",
    );

    // An export holds what the search holds.
    let export = export_jobs::create(
        &app,
        &officer,
        json!({ "kind": "ARCHIVE_SEARCH", "format": "CSV", "filter": { "staffId": first } }),
    )
    .await;
    let export = export_jobs::finished(&app, &officer, &export).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    assert_eq!(export["rowCount"], first_messages.len());
    let export = export_jobs::create(
        &app,
        &officer,
        json!({ "kind": "RISK_ALERTS", "format": "CSV", "filter": { "departmentId": east_sub } }),
    )
    .await;
    let export = export_jobs::finished(&app, &officer, &export).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    assert_eq!(export["rowCount"], second_alerts.len());

    // Another tenant's member with the same WeCom userid, and its department, match nothing
    // here: exactly what an id nobody has matches.
    let other_admin = app.create_tenant("other").await;
    let other_department = app.create_department(&other_admin, "East", None).await;
    let (other_member, _) = app
        .create_staff(
            &other_admin,
            "other",
            "first@other.cn",
            "SALES",
            Some(&other_department),
        )
        .await;
    set_userid(&app, &other_admin, &other_member, first_userid).await;
    for filter in [
        json!({ "staffId": other_member }),
        json!({ "departmentId": other_department }),
    ] {
        assert_eq!(
            alerts(&app, &officer, filter.clone()).await.0,
            0,
            "{filter}"
        );
        assert_eq!(
            messages(&app, &officer, filter.clone()).await.0,
            0,
            "{filter}"
        );
    }

    // A malformed id, or an id of the wrong kind, names its field.
    for (filter, field) in [
        (json!({ "staffId": "nope" }), "staffId"),
        (json!({ "departmentId": first }), "departmentId"),
        (json!({ "customerId": east }), "customerId"),
    ] {
        for query in [ALERTS, SEARCH] {
            let response = app
                .graphql(Some(&officer), query, json!({ "f": filter }))
                .await;
            assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
            let message = response["errors"][0]["message"].as_str().unwrap();
            assert!(
                message.starts_with(&format!("filter.{field}: not a valid")),
                "{response}"
            );
        }
    }
}
