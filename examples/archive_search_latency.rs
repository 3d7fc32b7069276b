//! Benchmark: `archiveSearch` latency through the real server (HTTP + GraphQL + index +
//! decryption), first page of 20 with `totalCount`, for the truth queries and, given a file of
//! them (one per line, `scripts/rare_terms.py` writes one), rare terms.
//!
//! Expects a data dir where `scrm tenant create` and `scrm archive import` already ran (see
//! `scripts/bench-archive.sh`). Prints p50/p95/p99/max per query, per kind and overall.
//!
//! cargo run --release --example archive_search_latency -- DATA_DIR TENANT ADMIN_EMAIL ADMIN_PASSWORD [ROUNDS [RARE_TERMS_FILE]]

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use api::settings::Settings;
use api::startup::Application;
use serde_json::{Value, json};

const TRUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/archive-truth.json"
);
const SEARCH: &str = "query($q: String!) { archiveSearch(query: $q, first: 20) { totalCount nodes { msgid sentAt from content revoked } } }";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, data_dir, tenant, email, password, rest @ ..] = args.as_slice() else {
        bail!(
            "usage: archive_search_latency DATA_DIR TENANT ADMIN_EMAIL ADMIN_PASSWORD [ROUNDS [RARE_TERMS_FILE]]"
        );
    };
    let rounds: usize = rest
        .first()
        .map(|value| value.parse())
        .transpose()?
        .unwrap_or(30);
    let rare: Vec<String> = match rest.get(1) {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {path}"))?
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect(),
        None => Vec::new(),
    };
    let mut settings = Settings::new(
        "127.0.0.1:0".into(),
        data_dir.into(),
        std::env::var("DATABASE_URL").ok(),
    );
    settings.limits.login_attempts_per_ip = 1_000;
    // `SCRM_BENCH_WAL_CHECKPOINT_EVERY_MS=0`: writers checkpoint the WAL themselves, as the
    // server did before issue 12 (docs/BENCHMARKS.md, "Audit log").
    if let Ok(every) = std::env::var("SCRM_BENCH_WAL_CHECKPOINT_EVERY_MS") {
        settings.sqlite_wal_checkpoint_every = Duration::from_millis(every.parse()?);
    }
    let application = Application::build(settings)
        .await
        .context("server starts")?;
    let base = format!("http://127.0.0.1:{}/graphql", application.port());
    let client = reqwest::Client::new();

    // The admin signs in (as before), but only a compliance officer reads the archive, and only
    // the operator appoints the first one: `scrm staff grant`, then the member replaces the
    // one-time password, as they must before the archive opens to them.
    let compliance_email = "reviewer@bench.local";
    let compliance_password = "Tide-Pool-47-Lantern";
    let granted = api::domain::org::grants::grant(
        application.operator(),
        api::domain::org::grants::StaffGrant {
            tenant_slug: tenant.clone(),
            email: compliance_email.to_string(),
            role: entity::Role::Compliance,
            name: Some("bench".to_string()),
        },
    )
    .await
    .map_err(|error| anyhow::anyhow!("cannot appoint the reviewer: {error}"))?;
    tokio::spawn(application.run_until_stopped());
    login(&client, &base, tenant, email, password).await?;
    let first = login(
        &client,
        &base,
        tenant,
        compliance_email,
        &granted.one_time_password,
    )
    .await?;
    post(
        &client,
        &base,
        Some(&first),
        "mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { userErrors { message } } }",
        json!({ "i": { "currentPassword": granted.one_time_password, "newPassword": compliance_password } }),
    )
    .await?;
    let token = login(
        &client,
        &base,
        tenant,
        compliance_email,
        compliance_password,
    )
    .await?;

    let truth: Value = serde_json::from_str(&std::fs::read_to_string(TRUTH)?)?;
    let mut queries: Vec<(String, &str)> = truth["search"]
        .as_array()
        .context("truth searches")?
        .iter()
        .filter_map(|case| case["q"].as_str().map(|q| (q.to_string(), "truth")))
        .collect();
    queries.extend(rare.into_iter().map(|term| (term, "rare")));
    // Warm-up: the first search opens the index and the keyring.
    for (query, _) in &queries {
        post(&client, &base, Some(&token), SEARCH, json!({ "q": query })).await?;
    }
    let mut by_kind: Vec<(&str, Vec<Duration>)> = vec![("truth", Vec::new()), ("rare", Vec::new())];
    println!(
        "{:<24} {:>5} {:>9} {:>8} {:>8} {:>8} {:>8}",
        "query", "kind", "hits", "p50 ms", "p95 ms", "p99 ms", "max ms"
    );
    for (query, kind) in &queries {
        let mut samples = Vec::with_capacity(rounds);
        let mut hits = 0;
        for _ in 0..rounds {
            let started = Instant::now();
            let body = post(&client, &base, Some(&token), SEARCH, json!({ "q": query })).await?;
            samples.push(started.elapsed());
            hits = body["data"]["archiveSearch"]["totalCount"]
                .as_u64()
                .unwrap_or(0);
        }
        if let Some((_, all)) = by_kind.iter_mut().find(|(name, _)| name == kind) {
            all.extend(samples.iter().copied());
        }
        let stats = Percentiles::of(&mut samples);
        println!(
            "{:<24} {:>5} {:>9} {:>8.1} {:>8.1} {:>8.1} {:>8.1}",
            query, kind, hits, stats.p50, stats.p95, stats.p99, stats.max
        );
    }
    let mut everything: Vec<Duration> = Vec::new();
    for (kind, samples) in &mut by_kind {
        if samples.is_empty() {
            continue;
        }
        everything.extend(samples.iter().copied());
        let stats = Percentiles::of(samples);
        println!(
            "{:<24} {:>5} {:>9} {:>8.1} {:>8.1} {:>8.1} {:>8.1}",
            format!("ALL {kind}"),
            "",
            samples.len(),
            stats.p50,
            stats.p95,
            stats.p99,
            stats.max
        );
    }
    let stats = Percentiles::of(&mut everything);
    println!(
        "{:<24} {:>5} {:>9} {:>8.1} {:>8.1} {:>8.1} {:>8.1}",
        "ALL",
        "",
        everything.len(),
        stats.p50,
        stats.p95,
        stats.p99,
        stats.max
    );
    Ok(())
}

struct Percentiles {
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
}

impl Percentiles {
    fn of(samples: &mut [Duration]) -> Self {
        samples.sort();
        let at = |quantile: f64| {
            let index =
                ((samples.len() as f64 * quantile).ceil() as usize).clamp(1, samples.len()) - 1;
            samples[index].as_secs_f64() * 1000.0
        };
        Percentiles {
            p50: at(0.50),
            p95: at(0.95),
            p99: at(0.99),
            max: at(1.0),
        }
    }
}

async fn login(
    client: &reqwest::Client,
    base: &str,
    tenant: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    let body = post(
        client,
        base,
        None,
        "mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
        json!({ "input": { "tenant": tenant, "email": email, "password": password } }),
    )
    .await?;
    body["data"]["login"]["token"]
        .as_str()
        .map(str::to_string)
        .with_context(|| format!("login failed: {body}"))
}

async fn post(
    client: &reqwest::Client,
    base: &str,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> anyhow::Result<Value> {
    let mut request = client
        .post(base)
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let body: Value = request.send().await?.json().await?;
    if body.get("errors").is_some() {
        bail!("GraphQL errors: {body}");
    }
    Ok(body)
}
