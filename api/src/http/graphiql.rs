//! GraphiQL at `GET /graphql`, served entirely from the binary so it works without internet.
//!
//! The page (`graphiql/page.html`) loads React, ReactDOM and GraphiQL — UMD builds vendored
//! from npm into `api/assets/graphiql/` by `scripts/vendor-graphiql.sh` — and our own small
//! script and style sheet, all from `/graphql/assets/<name>`. Every name carries a version (the
//! vendored ones) or a hash of the content (our own), so assets are cached as immutable; the
//! page itself is revalidated on every load. Its Content-Security-Policy allows nothing from
//! another origin and no inline script.

use std::sync::LazyLock;

use actix_web::http::StatusCode;
use actix_web::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};

use super::problem;
use crate::error::ErrorCode;

/// Where assets are served; the page refers to them by these paths.
pub const ASSETS_PATH: &str = "/graphql/assets";

/// What the page may load. `'self'` only, no inline script (our code is `scrm-graphiql.*.js`),
/// and every fetch goes to this server. The exceptions GraphiQL 3 needs, and why:
/// - `style-src 'unsafe-inline'`: GraphiQL's menus and dialogs (Radix UI) insert `<style>`
///   elements to lock scrolling while open. The first render needs none, but without this
///   those would break. Styles cannot run code; scripts stay `'self'` only.
/// - `img-src data:` and `font-src data:`: `graphiql.min.css` embeds its icons and its fonts
///   as `data:` URLs.
///
/// `connect-src 'self'` also covers the same-origin WebSocket for subscriptions (CSP Level 3;
/// current browsers), so no `ws:` wildcard is needed.
pub const CONTENT_SECURITY_POLICY_VALUE: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const JAVASCRIPT: &str = "application/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

struct Asset {
    name: String,
    content_type: &'static str,
    body: &'static [u8],
}

/// A vendored file: its name is its file name in `api/assets/graphiql/`, version included.
macro_rules! vendored {
    ($name:literal, $content_type:expr) => {
        Asset {
            name: $name.to_string(),
            content_type: $content_type,
            body: include_bytes!(concat!("../../assets/graphiql/", $name)),
        }
    };
}

/// Our own file, named `scrm-graphiql.<first 12 hex digits of its SHA-256>.<extension>`.
fn own(extension: &str, content_type: &'static str, body: &'static str) -> Asset {
    let digest = hex::encode(Sha256::digest(body.as_bytes()));
    Asset {
        name: format!("scrm-graphiql.{}.{extension}", &digest[..12]),
        content_type,
        body: body.as_bytes(),
    }
}

struct Page {
    html: String,
    assets: Vec<Asset>,
}

static PAGE: LazyLock<Page> = LazyLock::new(|| {
    // The order of the scripts in the page matters: React, ReactDOM, GraphiQL, then ours.
    let assets = vec![
        vendored!("react-18.3.1.production.min.js", JAVASCRIPT),
        vendored!("react-dom-18.3.1.production.min.js", JAVASCRIPT),
        vendored!("graphiql-3.9.0.min.js", JAVASCRIPT),
        vendored!("graphiql-3.9.0.min.css", CSS),
        own("js", JAVASCRIPT, include_str!("graphiql/page.js")),
        own("css", CSS, include_str!("graphiql/page.css")),
    ];
    let path = |index: usize| format!("{ASSETS_PATH}/{}", assets[index].name);
    let html = include_str!("graphiql/page.html")
        .replace("{react}", &path(0))
        .replace("{react_dom}", &path(1))
        .replace("{graphiql_js}", &path(2))
        .replace("{graphiql_css}", &path(3))
        .replace("{page_js}", &path(4))
        .replace("{page_css}", &path(5));
    Page { html, assets }
});

/// The page. Revalidated on every load (`no-cache`), so a new binary's asset names are seen.
pub fn page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_VALUE))
        .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((REFERRER_POLICY, "no-referrer"))
        .insert_header((CACHE_CONTROL, "no-cache"))
        .body(PAGE.html.as_str())
}

/// `GET /graphql/assets/{name}`: a file the page refers to, or 404.
pub async fn asset(name: web::Path<String>) -> HttpResponse {
    match PAGE.assets.iter().find(|asset| asset.name == *name) {
        Some(asset) => HttpResponse::Ok()
            .content_type(asset.content_type)
            .insert_header((CACHE_CONTROL, IMMUTABLE))
            .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .body(asset.body),
        None => problem::response(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "no such GraphiQL asset; load the page at /graphql",
        ),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn the_page_refers_to_every_asset_and_to_nothing_else() {
        for asset in &PAGE.assets {
            let path = format!("{ASSETS_PATH}/{}", asset.name);
            assert!(PAGE.html.contains(&path), "page refers to {path}");
        }
        assert!(!PAGE.html.contains('{'), "every placeholder is filled");
        assert!(!PAGE.html.contains("http:") && !PAGE.html.contains("https:"));
        assert!(!PAGE.html.contains("<script>"), "no inline script");
    }

    #[test]
    fn own_asset_names_change_with_their_content() {
        assert_ne!(
            own("js", JAVASCRIPT, "a").name,
            own("js", JAVASCRIPT, "b").name
        );
        assert!(own("css", CSS, "a").name.starts_with("scrm-graphiql."));
    }
}
