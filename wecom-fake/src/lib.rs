//! A loopback WeCom for tests and local development (`scrm dev wecom-fake`).
//!
//! It answers WeCom's endpoints that scrm calls, with WeCom's field names and error codes, from a
//! [`Fixture`]: access tokens that expire, cursor pagination, corp tags that change when scrm
//! changes them, consent answers, contact ways, welcome codes good for one message, uploaded
//! media, mass messages that wait for the member, group welcome templates, and the
//! conversation-archive SDK's HTTP stand-in with each message sealed as the real SDK seals it.
//! `/fake/*` endpoints let a test queue errors (any errcode, for the next N calls of a path),
//! expire tokens, add archive messages and contacts, read back what scrm told WeCom, make the
//! fake deliver encrypted callbacks to scrm, have a customer scan a contact way, and have a
//! member confirm a mass message.
//! docs/WECOM.md describes all of it.

// `json!` unwraps inside its expansion (serialising the strings and numbers it is given, which
// cannot fail), and the fake writes nearly every answer with it. Input is still never unwrapped.
#![allow(clippy::disallowed_methods)]

mod callback;
mod engagement;
pub mod fixture;
mod routes;
mod state;
mod transfers;

use std::net::TcpListener;
use std::sync::Mutex;

use actix_web::{App, HttpServer, web};

pub use fixture::{CorpSize, Fixture};
pub use state::Fault;

/// A running loopback WeCom.
pub struct FakeWecom {
    /// `http://127.0.0.1:PORT`, to use as the WeCom base URL.
    pub base_url: String,
    handle: actix_web::dev::ServerHandle,
}

impl FakeWecom {
    /// Serves `fixture` on `listener` (bind port 0 for tests) on the current tokio runtime.
    pub fn start(fixture: Fixture, listener: TcpListener) -> std::io::Result<FakeWecom> {
        let address = listener.local_addr()?;
        let state = web::Data::new(Mutex::new(state::FakeState::new(fixture)));
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(web::JsonConfig::default().limit(64 * 1024 * 1024))
                // Raw bodies: `media/upload` (files up to 20 MB as multipart).
                .app_data(web::PayloadConfig::new(64 * 1024 * 1024))
                .configure(routes::configure)
        })
        .workers(1)
        .disable_signals()
        .listen(listener)?
        .run();
        let handle = server.handle();
        tokio::spawn(server);
        Ok(FakeWecom {
            base_url: format!("http://{address}"),
            handle,
        })
    }

    /// Stops accepting and ends the server.
    pub async fn stop(self) {
        self.handle.stop(true).await;
    }
}
