//! `scrm dev seed-sales`: the real binary fills a tenant, the real server shows it to the
//! tenant's admin, and a second seeding of the same tenant is refused without a write.

use entity::{customer_follow, follow_up, tenant};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const SEED: [&str; 16] = [
    "dev",
    "seed-sales",
    "--tenant",
    "brokerage",
    "--customers",
    "300",
    "--staff",
    "20",
    "--follow-ups",
    "600",
    "--deals",
    "60",
    "--days",
    "90",
    "--seed",
    "11",
];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// What the admin sees of the tenant, plus the rows GraphQL does not count for a whole
/// tenant (follow-ups, follows), read from the database.
async fn counts(app: &TestApp, admin: &str) -> Value {
    let data = app
        .data(
            admin,
            "{ customers(first: 1) { totalCount }
               deals(first: 1) { totalCount }
               staff(first: 1) { totalCount }
               pipelines(first: 10) { totalCount nodes { stages { name winProbability } } }
               tagGroups { name tags { id } } }",
            json!({}),
        )
        .await;
    let db = app.db().await;
    let tenant_id = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq("brokerage"))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let follow_ups = follow_up::Entity::find()
        .filter(follow_up::Column::TenantId.eq(tenant_id))
        .count(&db)
        .await
        .unwrap();
    let follows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .count(&db)
        .await
        .unwrap();
    db.close().await.unwrap();
    json!({
        "customers": data["customers"]["totalCount"],
        "deals": data["deals"]["totalCount"],
        "staff": data["staff"]["totalCount"],
        "pipelines": data["pipelines"]["totalCount"],
        "stages": data["pipelines"]["nodes"].as_array().unwrap().iter()
            .map(|pipeline| pipeline["stages"].as_array().unwrap().len()).collect::<Vec<_>>(),
        "tagGroups": data["tagGroups"].as_array().unwrap().len(),
        "tags": data["tagGroups"].as_array().unwrap().iter()
            .map(|group| group["tags"].as_array().unwrap().len()).sum::<usize>(),
        "followUps": follow_ups,
        "follows": follows,
    })
}

#[tokio::test]
async fn a_seeded_tenant_holds_what_was_asked_and_a_second_seeding_is_refused() {
    let app = spawn_app().await;
    let admin = app.create_tenant("brokerage").await;

    let output = app.scrm(&SEED);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("seed-sales: 300 customers, 330 follows"),
        "{stderr}"
    );
    assert!(
        text(&output.stdout).contains("seeded tenant 'brokerage'"),
        "{}",
        text(&output.stdout)
    );

    let before = counts(&app, &admin).await;
    assert_eq!(
        before,
        json!({
            "customers": 300,
            "deals": 60,
            // 20 seeded (3 managers, 17 sales) and the admin.
            "staff": 21,
            "pipelines": 2,
            "stages": [5, 6],
            "tagGroups": 8,
            "tags": 80,
            "followUps": 600,
            // Every tenth customer is followed twice.
            "follows": 330,
        })
    );

    // Tags are on customers, popular ones on many, and the filter finds them.
    let groups = app
        .data(&admin, "{ tagGroups { tags { id } } }", json!({}))
        .await;
    let tag_ids: Vec<String> = groups["tagGroups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["tags"].as_array().unwrap().clone())
        .map(|tag| tag["id"].as_str().unwrap().to_string())
        .collect();
    let by_tag = "query($tag: ID!) { customers(first: 50, filter: {tagId: $tag}) {
        totalCount nodes { id tags { id } } } }";
    let mut tagged = Vec::new();
    for tag in &tag_ids {
        let data = app.data(&admin, by_tag, json!({ "tag": tag })).await;
        let total = data["customers"]["totalCount"].as_u64().unwrap();
        for node in data["customers"]["nodes"].as_array().unwrap() {
            assert!(
                node["tags"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|carried| carried["id"] == tag.as_str()),
                "a customer found by tag {tag} carries it: {node}"
            );
        }
        tagged.push((total, tag.clone()));
    }
    tagged.sort();
    let (most, popular) = tagged.last().unwrap().clone();
    let (second, next) = tagged[tagged.len() - 2].clone();
    let (least, _) = tagged[0].clone();
    assert!(most >= 60 && most > least * 3, "skewed: {tagged:?}");
    let both = app
        .data(
            &admin,
            "query($a: ID!, $b: ID!) { customers(first: 50, filter: {and: [{tagId: $a}, {tagId: $b}]}) { totalCount } }",
            json!({ "a": popular, "b": next }),
        )
        .await["customers"]["totalCount"]
        .as_u64()
        .unwrap();
    assert!(both > 0 && both <= second, "{both} of {most} and {second}");

    // Each deal's history is the one its steps would have written.
    let deals = app
        .data(
            &admin,
            "{ deals(first: 100) { nodes {
                status closedAt stage { id } owner { id }
                customer { follows { staff { id } } }
                history { kind from { id } to { id } fromStatus toStatus by { id } at }
            } } }",
            json!({}),
        )
        .await;
    let nodes = deals["deals"]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 60);
    let mut statuses = std::collections::BTreeMap::new();
    for deal in nodes {
        *statuses
            .entry(deal["status"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
        let history = deal["history"].as_array().unwrap();
        let (first, last) = (&history[0], history.last().unwrap());
        assert_eq!(
            (&first["kind"], &first["from"], &first["fromStatus"]),
            (&json!("CREATED"), &Value::Null, &Value::Null),
            "{deal:#}"
        );
        assert_eq!(last["to"]["id"], deal["stage"]["id"], "{deal:#}");
        assert_eq!(last["toStatus"], deal["status"], "{deal:#}");
        assert_eq!(
            deal["closedAt"].is_null(),
            deal["status"] == "OPEN",
            "{deal:#}"
        );
        for (earlier, later) in history.iter().zip(history.iter().skip(1)) {
            assert_eq!(later["from"]["id"], earlier["to"]["id"], "{deal:#}");
            assert!(later["at"].as_str() >= earlier["at"].as_str(), "{deal:#}");
        }
        assert!(
            history.iter().all(|step| step["by"] == deal["owner"]),
            "{deal:#}"
        );
        assert!(
            deal["customer"]["follows"]
                .as_array()
                .unwrap()
                .iter()
                .any(|follow| follow["staff"] == deal["owner"]),
            "owned by a follower: {deal:#}"
        );
    }
    assert!(
        statuses.get("OPEN").copied().unwrap_or(0) > 20,
        "{statuses:?}"
    );
    // Each entry's `advanced` flag is the one the steps would have left.
    assert_eq!(app.stale_deal_flags().await, 0);

    // A second seeding is refused, and writes nothing.
    let output = app.scrm(&SEED);
    let stderr = text(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("tenant 'brokerage' already has 300 customers")
            && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert_eq!(counts(&app, &admin).await, before);
}
