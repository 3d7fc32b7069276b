//! GraphQL subscriptions over WebSocket at `/graphql/ws` (graphql-transport-ws, and the older
//! graphql-ws). Credentials go in the `connection_init` payload:
//! `{"Authorization": "Bearer <token>"}`.
//!
//! The connection is driven here rather than by a ready-made actor because it must end when
//! the session does: every `SESSION_RECHECK` and whenever a subscription finds the session
//! over, the socket closes with code 4401 and a reason. Messages are bounded by the same size
//! limit as HTTP bodies, and a client that stops answering pings is dropped.

use std::str::FromStr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, SEC_WEBSOCKET_PROTOCOL};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use actix_ws::{AggregatedMessage, AggregatedMessageStream, CloseCode, CloseReason, Session};
use async_graphql::http::{WebSocket, WebSocketProtocols, WsMessage};
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::AppState;
use super::bearer::{BearerToken, bearer_token};
use super::problem;
use crate::domain::{Authorized, RequestOrigin, Store};
use crate::error::{ApiError, ErrorCode};
use crate::graphql::{Authentication, Loaders, RequestContext, ScrmSchema, SessionEnded};

/// How often a ping goes out, and how long a silent client is given before it is dropped.
const PING_EVERY: Duration = Duration::from_secs(15);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(60);
/// Close code for "your credentials no longer hold" (4xxx are the application's own).
const SESSION_ENDED_CODE: u16 = 4401;

pub async fn subscriptions(
    request: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
) -> actix_web::Result<HttpResponse> {
    let Some(protocol) = requested_protocol(&request) else {
        return Ok(problem::response(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadUserInput,
            "open the WebSocket with 'Sec-WebSocket-Protocol: graphql-transport-ws'",
        ));
    };
    let (mut response, session, messages) = actix_ws::handle(&request, body)?;
    response.headers_mut().insert(
        SEC_WEBSOCKET_PROTOCOL,
        HeaderValue::from_static(protocol.sec_websocket_protocol()),
    );
    let messages = messages
        .max_frame_size(state.body_limit_bytes)
        .aggregate_continuations()
        .max_continuation_size(state.body_limit_bytes);
    let client_ip = state
        .trusted_proxies
        .client_address(request.peer_addr().map(|peer| peer.ip()), request.headers())
        .map(|address| address.to_string());
    let origin = RequestOrigin {
        request_id: request
            .extensions()
            .get::<tracing_actix_web::RequestId>()
            .map(ToString::to_string),
        client_ip,
    };
    let connection = Connection {
        origin,
        schema: state.schema.clone(),
        store: state.store.clone(),
        protocol,
        recheck_every: state.session_recheck_every,
    };
    actix_web::rt::spawn(connection.run(session, messages));
    Ok(response)
}

fn requested_protocol(request: &HttpRequest) -> Option<WebSocketProtocols> {
    request
        .headers()
        .get(SEC_WEBSOCKET_PROTOCOL)?
        .to_str()
        .ok()?
        .split(',')
        .find_map(|protocol| WebSocketProtocols::from_str(protocol.trim()).ok())
}

struct Connection {
    /// Where the socket was opened from, for the audit log of what it reads.
    origin: RequestOrigin,
    schema: ScrmSchema,
    store: Store,
    protocol: WebSocketProtocols,
    recheck_every: Duration,
}

/// How a connection ends, and what the client is told.
enum Ending {
    /// The client closed or went away; nothing more to say.
    Gone,
    Close(CloseReason),
}

impl Connection {
    async fn run(self, mut session: Session, mut messages: AggregatedMessageStream) {
        let signed_in: Arc<OnceLock<Authorized>> = Arc::default();
        let session_ended = SessionEnded::default();
        // The protocol engine reads client messages from this channel; a small bound makes a
        // client that floods subscriptions wait for the engine instead of growing memory.
        let (to_engine, from_client) = mpsc::channel::<Vec<u8>>(16);
        let from_client = futures_util::stream::unfold(from_client, |mut receiver| async move {
            receiver.recv().await.map(|message| (message, receiver))
        });
        let store = self.store.clone();
        let origin = self.origin.clone();
        let signed_in_at_init = signed_in.clone();
        let ended_at_init = session_ended.clone();
        let engine = WebSocket::new(self.schema.clone(), from_client, self.protocol)
            .on_connection_init(move |payload| async move {
                let authentication = authenticate(&store, &payload, origin.clone()).await;
                let mut data = async_graphql::Data::default();
                if let Authentication::Authenticated(authorized) = &authentication {
                    data.insert(Loaders::new(authorized));
                    let _ = signed_in_at_init.set(authorized.as_ref().clone());
                }
                data.insert(ended_at_init);
                data.insert(RequestContext {
                    store,
                    authentication,
                    origin,
                });
                Ok(data)
            });
        let mut engine = std::pin::pin!(engine);
        // Intervals whose first tick is one period away (tokio's first tick is immediate).
        let every = |period: Duration| {
            tokio::time::interval_at(tokio::time::Instant::now() + period, period)
        };
        let mut recheck = every(self.recheck_every);
        let mut ping = every(PING_EVERY);
        let mut last_heard = Instant::now();

        let ending = loop {
            tokio::select! {
                message = messages.next() => {
                    let bytes = match message {
                        Some(Ok(AggregatedMessage::Text(text))) => text.into_bytes().to_vec(),
                        Some(Ok(AggregatedMessage::Binary(bytes))) => bytes.to_vec(),
                        Some(Ok(AggregatedMessage::Ping(bytes))) => {
                            last_heard = Instant::now();
                            if session.pong(&bytes).await.is_err() {
                                break Ending::Gone;
                            }
                            continue;
                        }
                        Some(Ok(AggregatedMessage::Pong(_))) => {
                            last_heard = Instant::now();
                            continue;
                        }
                        Some(Ok(AggregatedMessage::Close(_))) | None => break Ending::Gone,
                        Some(Err(error)) => {
                            break Ending::Close(close_reason(
                                CloseCode::Policy,
                                &format!("unreadable frame ({error}); messages are limited to the HTTP body size"),
                            ));
                        }
                    };
                    last_heard = Instant::now();
                    if to_engine.send(bytes).await.is_err() {
                        break Ending::Gone;
                    }
                }
                outgoing = engine.next() => match outgoing {
                    Some(WsMessage::Text(text)) => {
                        if session.text(text).await.is_err() {
                            break Ending::Gone;
                        }
                    }
                    Some(WsMessage::Close(code, reason)) => {
                        break Ending::Close(close_reason(CloseCode::from(code), &reason));
                    }
                    None => break Ending::Close(close_reason(CloseCode::Normal, "")),
                },
                _ = recheck.tick() => {
                    let Some(authorized) = signed_in.get() else {
                        continue;
                    };
                    match authorized.recheck().await {
                        Ok(()) => {}
                        Err(ApiError::Unauthenticated(reason)) => break Ending::Close(session_over(&reason)),
                        // The database hiccuped: keep the connection, check again next time.
                        Err(error) => tracing::warn!(error = %error, "subscription: session recheck failed"),
                    }
                }
                _ = session_ended.raised() => {
                    break Ending::Close(session_over("your session ended; sign in again"));
                }
                _ = ping.tick() => {
                    if last_heard.elapsed() > CLIENT_TIMEOUT {
                        break Ending::Close(close_reason(CloseCode::Away, "no answer to pings"));
                    }
                    if session.ping(b"").await.is_err() {
                        break Ending::Gone;
                    }
                }
            }
        };
        if let Ending::Close(reason) = ending {
            let _ = session.close(Some(reason)).await;
        }
    }
}

async fn authenticate(
    store: &Store,
    payload: &serde_json::Value,
    origin: RequestOrigin,
) -> Authentication {
    let header = ["Authorization", "authorization"]
        .iter()
        .find_map(|key| payload.get(*key).and_then(|value| value.as_str()));
    match bearer_token(header) {
        BearerToken::Absent => Authentication::Anonymous,
        BearerToken::Malformed => Authentication::Refused(ApiError::Unauthenticated(
            super::bearer::MALFORMED.to_string(),
        )),
        BearerToken::Present(token) => match store.authenticate(&token, origin).await {
            Ok(authorized) => Authentication::Authenticated(Box::new(authorized)),
            Err(error) => Authentication::Refused(error),
        },
    }
}

fn session_over(reason: &str) -> CloseReason {
    close_reason(CloseCode::Other(SESSION_ENDED_CODE), reason)
}

/// A close frame's reason must fit in 123 bytes; cut on a character boundary.
fn close_reason(code: CloseCode, reason: &str) -> CloseReason {
    let mut end = reason.len().min(123);
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    CloseReason {
        code,
        description: (!reason.is_empty()).then(|| reason[..end].to_string()),
    }
}
