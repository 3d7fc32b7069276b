//! Logging: human-readable by default, one JSON object per line with `SCRM_LOG_FORMAT=json`.
//!
//! Each HTTP request gets one span (request id, method, path, tenant, operation) whose close
//! event carries its duration. Message content, passwords and tokens are never logged.

use std::io::IsTerminal;
use std::sync::Once;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::FmtSpan;

static INIT: Once = Once::new();

/// Installs the global subscriber once; later calls are no-ops (tests spawn many apps).
pub fn init(json: bool, writer: Writer) {
    INIT.call_once(|| {
        // PostgreSQL's notices ("relation … already exists, skipping" when the migration table
        // is checked) are not news to an operator: shown only from WARN up unless RUST_LOG says.
        let filter = EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| EnvFilter::new("info,sqlx::postgres::notice=warn"));
        let builder = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_span_events(FmtSpan::CLOSE)
            .with_target(false)
            .with_ansi(std::io::stderr().is_terminal());
        // Logs go to stderr: stdout carries commands' output (search results, summaries).
        let result = match (json, writer) {
            (true, Writer::Stderr) => builder
                .json()
                .with_current_span(true)
                .with_writer(std::io::stderr)
                .try_init(),
            (false, Writer::Stderr) => builder.with_writer(std::io::stderr).try_init(),
            (true, Writer::Sink) => builder.json().with_writer(std::io::sink).try_init(),
            (false, Writer::Sink) => builder.with_writer(std::io::sink).try_init(),
        };
        if let Err(error) = result {
            eprintln!("warning: logging was already initialised: {error}");
        }
    });
}

pub enum Writer {
    Stderr,
    /// Discards everything (tests, unless `TEST_LOG` is set).
    Sink,
}

/// The request span: no query string (it could carry secrets), no headers, no bodies.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        tracing::info_span!(
            "request",
            request_id = %request_id,
            method = %request.method(),
            path = %request.path(),
            tenant = tracing::field::Empty,
            staff = tracing::field::Empty,
            operation = tracing::field::Empty,
            status = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        if let Ok(response) = outcome {
            span.record("status", response.status().as_u16());
        }
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
