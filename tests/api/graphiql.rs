//! GraphiQL at `GET /graphql` works without internet: every file it loads comes from this
//! server, and its Content-Security-Policy allows nothing else. (`scripts/check-graphiql.sh`
//! renders it in a real browser with the internet blocked.)

use serde_json::Value;

use crate::helpers::{TestApp, error_code, spawn_app};

async fn page(app: &TestApp) -> (reqwest::header::HeaderMap, String) {
    let response = app
        .client
        .get(format!("{}/graphql", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers().clone();
    (headers, response.text().await.unwrap())
}

fn header<'a>(headers: &'a reqwest::header::HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .unwrap_or_else(|| panic!("no {name} header"))
        .to_str()
        .unwrap()
}

/// The values of every `src="…"` and `href="…"` attribute in the page.
fn references(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        let mut rest = html;
        while let Some(start) = rest.find(attribute) {
            rest = &rest[start + attribute.len()..];
            let end = rest.find('"').unwrap();
            found.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    found
}

#[tokio::test]
async fn the_page_allows_nothing_from_another_origin() {
    let app = spawn_app().await;
    let (headers, html) = page(&app).await;
    assert!(header(&headers, "content-type").starts_with("text/html"));
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    assert_eq!(header(&headers, "referrer-policy"), "no-referrer");

    let policy = header(&headers, "content-security-policy");
    let directives: Vec<(&str, Vec<&str>)> = policy
        .split(';')
        .map(|directive| {
            let mut words = directive.split_whitespace();
            (words.next().unwrap(), words.collect())
        })
        .collect();
    let sources = |name: &str| {
        directives
            .iter()
            .find(|(directive, _)| *directive == name)
            .map(|(_, sources)| sources.clone())
            .unwrap_or_else(|| panic!("CSP has no {name}: {policy}"))
    };
    assert_eq!(sources("default-src"), ["'none'"]);
    assert_eq!(
        sources("script-src"),
        ["'self'"],
        "no inline or foreign script"
    );
    assert_eq!(sources("connect-src"), ["'self'"]);
    assert_eq!(sources("frame-ancestors"), ["'none'"]);
    assert_eq!(sources("base-uri"), ["'none'"]);
    assert_eq!(sources("form-action"), ["'none'"]);
    for (directive, sources) in &directives {
        for source in sources {
            assert!(
                source.starts_with('\'') || *source == "data:",
                "{directive} allows {source}, which is not this origin: {policy}"
            );
        }
    }

    let lowercase = html.to_lowercase();
    assert!(lowercase.contains("graphiql"));
    assert!(!lowercase.contains("http://") && !lowercase.contains("https://"));
    for reference in references(&html) {
        assert!(
            reference.starts_with("/graphql/assets/"),
            "the page loads {reference} from elsewhere"
        );
    }
    assert!(
        !lowercase.contains("<script>") && !lowercase.contains("<style"),
        "no inline script or style element"
    );
}

#[tokio::test]
async fn every_file_the_page_loads_is_served_typed_and_immutable() {
    let app = spawn_app().await;
    let (_, html) = page(&app).await;
    let references = references(&html);
    let scripts = references.iter().filter(|path| path.ends_with(".js"));
    let sheets = references.iter().filter(|path| path.ends_with(".css"));
    assert_eq!(
        scripts.count(),
        4,
        "React, ReactDOM, GraphiQL, ours: {references:?}"
    );
    assert_eq!(sheets.count(), 2, "GraphiQL's and ours: {references:?}");
    for path in &references {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        let expected_type = if path.ends_with(".js") {
            "application/javascript; charset=utf-8"
        } else {
            "text/css; charset=utf-8"
        };
        let headers = response.headers();
        assert_eq!(header(headers, "content-type"), expected_type, "{path}");
        assert_eq!(
            header(headers, "cache-control"),
            "public, max-age=31536000, immutable",
            "{path}"
        );
        assert_eq!(header(headers, "x-content-type-options"), "nosniff");
        let body = response.bytes().await.unwrap();
        assert!(body.len() > 200, "{path} has content");
    }
}

#[tokio::test]
async fn an_unknown_asset_is_404_and_assets_answer_get_only() {
    let app = spawn_app().await;
    for name in [
        "nope.js",
        "graphiql-0.0.0.min.js",
        "..%2Fgraphql",
        "SHA256SUMS",
    ] {
        let response = app
            .client
            .get(format!("{}/graphql/assets/{name}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 404, "{name}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(error_code(&body), "NOT_FOUND");
    }
    let (_, html) = page(&app).await;
    let script = references(&html)
        .into_iter()
        .find(|path| path.ends_with(".js"))
        .unwrap();
    let response = app
        .client
        .post(format!("{}{script}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 405);
    assert_eq!(header(response.headers(), "allow"), "GET");
}
