//! `spawn_app()`: the real server on port 0 with a temporary data dir (and, when
//! `DATABASE_URL` points at PostgreSQL, a fresh database of its own), plus GraphQL helpers.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use api::domain::Store;
use api::domain::operator::OperatorAccess;
use api::domain::org::tenants::{self, TenantCreate};
use api::settings::Settings;
use api::startup::{Application, StopHandle};
use api::telemetry::{self, Writer};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{Value, json};
use tempfile::TempDir;

static TRACING: LazyLock<()> = LazyLock::new(|| {
    let writer = if std::env::var("TEST_LOG").is_ok() {
        Writer::Stderr
    } else {
        Writer::Sink
    };
    telemetry::init(false, writer);
});

/// Whether `haystack` holds `needle` anywhere. memchr's search, not a loop over byte windows:
/// tests scan whole databases, indexes and backups, and in a debug build a window loop over
/// them takes minutes.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Plaintext that must never be found on disk. One automaton over every needle, so a file is
/// read in one pass however many needles there are.
pub struct Needles {
    automaton: AhoCorasick,
    needles: Vec<Vec<u8>>,
}

impl Needles {
    pub fn new<N: AsRef<[u8]>>(needles: impl IntoIterator<Item = N>) -> Self {
        let needles: Vec<Vec<u8>> = needles
            .into_iter()
            .map(|needle| needle.as_ref().to_vec())
            .collect();
        assert!(
            needles.iter().all(|needle| !needle.is_empty()),
            "an empty needle is found everywhere"
        );
        let automaton = AhoCorasick::new(&needles).expect("needles build an automaton");
        Needles { automaton, needles }
    }

    /// The first needle `haystack` holds, as text for the failure message.
    pub fn first_in(&self, haystack: &[u8]) -> Option<String> {
        let found = self.automaton.find(haystack)?;
        Some(String::from_utf8_lossy(&self.needles[found.pattern().as_usize()]).into_owned())
    }
}

/// Every file under `dir`, at any depth (none when `dir` does not exist). The tests that look
/// for plaintext on disk scan all of them.
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

pub const STRONG_PASSWORD: &str = "Correct-Horse-Battery-9";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub store: Store,
    /// Operator rights, as `scrm tenant create` and `scrm staff grant` have them.
    pub operator: OperatorAccess,
    /// The first-start admin of tenant `default`.
    pub admin_password: String,
    pub admin_token: String,
    pub data_dir: TempDir,
    /// The database this app uses (SQLite file in the data dir, or its own PostgreSQL database).
    pub database_url: String,
    /// What the server was built with, for [`TestApp::restart`].
    settings: Settings,
    running: RunningServer,
}

/// The server task of a [`TestApp`] and the handle that stops it.
struct RunningServer {
    stop: StopHandle,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Spawns a built application; its address and how to stop it.
fn run(application: Application) -> (String, RunningServer) {
    let address = format!("http://127.0.0.1:{}", application.port());
    let stop = application.stop_handle();
    let task = tokio::spawn(application.run_until_stopped());
    (address, RunningServer { stop, task })
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    LazyLock::force(&TRACING);
    let data_dir = tempfile::tempdir().expect("temp dir");
    let database_url = migrated_database_url().await;
    let mut settings = Settings::new(
        "127.0.0.1:0".to_string(),
        data_dir.path().to_path_buf(),
        database_url,
    );
    // Small footprints: many apps run side by side, each with its own database.
    settings.http_workers = Some(1);
    settings.db_max_connections = Some(4);
    configure(&mut settings);
    if settings.database_url.is_none() {
        std::fs::write(settings.sqlite_path(), migrated_sqlite_file().await)
            .expect("copy the migrated database");
    }
    let mut application = Application::build(settings.clone())
        .await
        .expect("app builds");
    let store = application.store().clone();
    let operator = application.operator().clone();
    let bootstrap = application
        .take_bootstrap_admin()
        .expect("first start creates the default admin");
    let (address, running) = run(application);
    let mut app = TestApp {
        address,
        // Drop idle connections before the server's 5 s keep-alive does: reusing one the server
        // is closing fails the request (seen while a test waits on a long CLI import).
        client: reqwest::Client::builder()
            .pool_idle_timeout(std::time::Duration::from_secs(1))
            .build()
            .expect("HTTP client"),
        store,
        operator,
        admin_password: bootstrap.password.clone(),
        admin_token: String::new(),
        data_dir,
        database_url: settings.effective_database_url(),
        settings,
        running,
    };
    app.admin_token = app
        .login("default", "admin@localhost", &bootstrap.password)
        .await;
    app
}

/// A second server process's worth of state on the same database and keys as an app: its own
/// data dir (the keys copied), its own workers. Dropping it leaves its tasks to the runtime's
/// end.
pub struct SecondServer {
    pub address: String,
    pub _data_dir: TempDir,
}

impl TestApp {
    /// Stops the server — HTTP, job workers, schedules — and starts it again on the same data
    /// dir, database and settings (a new port): a restart. Sessions stay valid.
    pub async fn restart(&mut self) {
        self.running.stop.stop().await;
        (&mut self.running.task)
            .await
            .expect("the server task ends")
            .expect("the server stops cleanly");
        let application = Application::build(self.settings.clone())
            .await
            .expect("app builds again");
        self.store = application.store().clone();
        self.operator = application.operator().clone();
        let (address, running) = run(application);
        self.address = address;
        self.running = running;
    }

    pub async fn second_server(&self, configure: impl FnOnce(&mut Settings)) -> SecondServer {
        let data_dir = tempfile::tempdir().expect("temp dir");
        for key in ["master.key", archive::checkpoint::SIGNING_KEY_FILE] {
            std::fs::copy(self.data_dir.path().join(key), data_dir.path().join(key))
                .expect("key copied");
        }
        let mut settings = Settings::new(
            "127.0.0.1:0".to_string(),
            data_dir.path().to_path_buf(),
            Some(self.database_url.clone()),
        );
        settings.http_workers = Some(1);
        settings.db_max_connections = Some(4);
        configure(&mut settings);
        let application = Application::build(settings)
            .await
            .expect("second server builds");
        let address = format!("http://127.0.0.1:{}", application.port());
        tokio::spawn(application.run_until_stopped());
        SecondServer {
            address,
            _data_dir: data_dir,
        }
    }
}

/// The PostgreSQL server the tests run against (`DATABASE_URL`), or `None` on SQLite.
fn postgres_base_url() -> Option<String> {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"))
}

/// `base` with its database name replaced by `name`.
fn database_url_named(base: &str, name: &str) -> String {
    let (prefix, _) = base
        .rsplit_once('/')
        .expect("DATABASE_URL has a database name");
    format!("{prefix}/{name}")
}

/// A new database named `scrm_test_<uuid>` (the name CI drops leftovers by), copied from
/// `template` when given; its name.
async fn create_database(base: &str, template: Option<&str>) -> String {
    let name = format!("scrm_test_{}", uuid::Uuid::new_v4().simple());
    let server = Database::connect(base)
        .await
        .expect("connect to PostgreSQL");
    let statement = match template {
        Some(template) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
        None => format!("CREATE DATABASE \"{name}\""),
    };
    server
        .execute_unprepared(&statement)
        .await
        .expect("create test database");
    server.close().await.ok();
    name
}

/// `None` on SQLite; on PostgreSQL a new, empty database per test (for the commands that
/// migrate, restore or copy into one).
pub async fn fresh_database_url() -> Option<String> {
    let base = postgres_base_url()?;
    let name = create_database(&base, None).await;
    Some(database_url_named(&base, &name))
}

/// On SQLite, the bytes of a database file migrated once per test run: each app's data dir
/// starts with a copy, as it would after `scrm migrate`, instead of running every migration
/// again.
static MIGRATED_SQLITE_FILE: tokio::sync::OnceCell<Vec<u8>> = tokio::sync::OnceCell::const_new();

async fn migrated_sqlite_file() -> &'static [u8] {
    MIGRATED_SQLITE_FILE
        .get_or_init(|| async {
            let dir = tempfile::tempdir().expect("temp dir");
            let settings = Settings::new("127.0.0.1:0".to_string(), dir.path().to_path_buf(), None);
            let (db, _) = api::db::connect(&settings)
                .await
                .expect("create the template database");
            api::db::migrate_up(&db)
                .await
                .expect("migrate the template database");
            // Everything in the file itself, nothing left in the WAL.
            db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await
                .expect("checkpoint the template database");
            db.close().await.expect("close the template database");
            std::fs::read(settings.sqlite_path()).expect("read the template database")
        })
        .await
}

/// A database migrated once per test run, that every app's database is copied from: a copy is
/// one `CREATE DATABASE … TEMPLATE`, where migrating each test's database took PostgreSQL
/// forty migrations' worth of DDL. Nothing connects to it after it is migrated (a template
/// with open sessions cannot be copied).
static MIGRATED_TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

/// `None` on SQLite (the app's file is a copy of [`migrated_sqlite_file`]); on PostgreSQL a new
/// database per test, migrated and empty, as `scrm migrate` leaves a fresh one.
async fn migrated_database_url() -> Option<String> {
    let base = postgres_base_url()?;
    let template = MIGRATED_TEMPLATE
        .get_or_init(|| async {
            let name = create_database(&base, None).await;
            let template = Database::connect(&database_url_named(&base, &name))
                .await
                .expect("connect to the template database");
            api::db::migrate_up(&template)
                .await
                .expect("migrate the template database");
            template.close().await.expect("close the template database");
            name
        })
        .await;
    let name = create_database(&base, Some(template)).await;
    Some(database_url_named(&base, &name))
}

impl TestApp {
    /// Posts a GraphQL request and returns the JSON body (asserting HTTP 200).
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        assert_eq!(
            response.status().as_u16(),
            200,
            "GraphQL over HTTP answers 200"
        );
        response.json().await.expect("JSON body")
    }

    /// Like [`graphql`], asserting there were no errors, and returning `data`.
    pub async fn data(&self, token: &str, query: &str, variables: Value) -> Value {
        let body = self.graphql(Some(token), query, variables).await;
        assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
        body["data"].clone()
    }

    /// The data of `query`, and the database statements it ran: the fewest of three runs, since
    /// the server's background workers (job leases, schedulers) may run statements of their own
    /// while one is measured, and only ever add to the count.
    pub async fn data_and_statements(&self, token: &str, query: &str) -> (Value, u64) {
        let mut fewest = u64::MAX;
        let mut data = Value::Null;
        for _ in 0..3 {
            let before = self.store.statements_run();
            data = self.data(token, query, json!({})).await;
            fewest = fewest.min(self.store.statements_run() - before);
        }
        (data, fewest)
    }

    /// Pages through the connection `field` of `query` (which takes `$after`), adding `after`
    /// to `variables`; returns (totalCount, every node in page order).
    pub async fn all_pages(
        &self,
        token: &str,
        query: &str,
        field: &str,
        mut variables: Value,
    ) -> (u64, Vec<Value>) {
        let mut nodes = Vec::new();
        loop {
            let data = self.data(token, query, variables.clone()).await;
            let connection = &data[field];
            nodes.extend(connection["nodes"].as_array().unwrap().iter().cloned());
            if connection["pageInfo"]["hasNextPage"] != true {
                return (connection["totalCount"].as_u64().unwrap(), nodes);
            }
            variables["after"] = connection["pageInfo"]["endCursor"].clone();
        }
    }

    pub async fn login(&self, tenant: &str, email: &str, password: &str) -> String {
        let body = self
            .graphql(
                None,
                "mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
                json!({ "input": { "tenant": tenant, "email": email, "password": password } }),
            )
            .await;
        body["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login failed: {body:#}"))
            .to_string()
    }

    /// Creates a tenant the way `scrm tenant create` does, and signs its admin in.
    pub async fn create_tenant(&self, slug: &str) -> String {
        tenants::create(
            &self.operator,
            TenantCreate {
                slug: slug.to_string(),
                name: format!("Tenant {slug}"),
                admin_email: format!("admin@{slug}.example"),
                admin_password: STRONG_PASSWORD.to_string(),
            },
        )
        .await
        .expect("tenant created");
        self.login(slug, &format!("admin@{slug}.example"), STRONG_PASSWORD)
            .await
    }

    /// Creates a staff member with a password; returns (global id, token). Archive roles
    /// (COMPLIANCE, AUDITOR) are not the admin's to grant: they are appointed as an operator
    /// would ([`TestApp::appoint`]), ready to read the archive.
    pub async fn create_staff(
        &self,
        admin_token: &str,
        tenant: &str,
        email: &str,
        role: &str,
        department_id: Option<&str>,
    ) -> (String, String) {
        if role == "COMPLIANCE" || role == "AUDITOR" {
            return self.appoint(tenant, email, role).await;
        }
        let data = self
            .data(
                admin_token,
                "mutation($input: StaffCreateInput!) { staffCreate(input: $input) { staff { id } userErrors { field message } } }",
                json!({ "input": { "email": email, "name": email, "role": role, "password": STRONG_PASSWORD, "departmentId": department_id } }),
            )
            .await;
        let id = data["staffCreate"]["staff"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("staffCreate failed: {data:#}"))
            .to_string();
        let token = self.login(tenant, email, STRONG_PASSWORD).await;
        (id, token)
    }

    /// Grants `role` the way `scrm staff grant` does, signs in with the one-time password and
    /// replaces it (as the member must before reading the archive); returns (global id, token).
    pub async fn appoint(&self, tenant: &str, email: &str, role: &str) -> (String, String) {
        let role = match role {
            "COMPLIANCE" => entity::Role::Compliance,
            "AUDITOR" => entity::Role::Auditor,
            "ADMIN" => entity::Role::Admin,
            "MANAGER" => entity::Role::Manager,
            _ => entity::Role::Sales,
        };
        let granted = api::domain::org::grants::grant(
            &self.operator,
            api::domain::org::grants::StaffGrant {
                tenant_slug: tenant.to_string(),
                email: email.to_string(),
                role,
                name: None,
            },
        )
        .await
        .expect("granted");
        let token = self.login(tenant, email, &granted.one_time_password).await;
        self.change_password(&token, &granted.one_time_password, STRONG_PASSWORD)
            .await;
        let id = self.viewer_id(&token).await;
        (id, token)
    }

    /// `passwordChange`, which must succeed.
    pub async fn change_password(&self, token: &str, current: &str, new: &str) {
        let data = self
            .data(
                token,
                "mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { userErrors { field message } } }",
                json!({ "i": { "currentPassword": current, "newPassword": new } }),
            )
            .await;
        assert_eq!(
            data["passwordChange"]["userErrors"],
            json!([]),
            "passwordChange failed"
        );
    }

    pub async fn create_department(
        &self,
        admin_token: &str,
        name: &str,
        parent_id: Option<&str>,
    ) -> String {
        let data = self
            .data(
                admin_token,
                "mutation($input: DepartmentCreateInput!) { departmentCreate(input: $input) { department { id } userErrors { message } } }",
                json!({ "input": { "name": name, "parentId": parent_id } }),
            )
            .await;
        data["departmentCreate"]["department"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("departmentCreate failed: {data:#}"))
            .to_string()
    }

    /// Creates a customer followed by `follower_id`; returns its global id.
    pub async fn create_customer(
        &self,
        token: &str,
        external_userid: &str,
        name: &str,
        follower_id: &str,
    ) -> String {
        let data = self
            .data(
                token,
                "mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { field message code } } }",
                json!({ "input": { "externalUserid": external_userid, "name": name, "followerId": follower_id } }),
            )
            .await;
        data["customerCreate"]["customer"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("customerCreate failed: {data:#}"))
            .to_string()
    }

    /// Creates a tag group with the given tags; returns (group id, tag ids).
    pub async fn create_tag_group(
        &self,
        admin_token: &str,
        name: &str,
        tags: &[&str],
    ) -> (String, Vec<String>) {
        let data = self
            .data(
                admin_token,
                "mutation($input: TagGroupCreateInput!) { tagGroupCreate(input: $input) { tagGroup { id tags { id } } userErrors { message } } }",
                json!({ "input": { "name": name, "tags": tags } }),
            )
            .await;
        let group = &data["tagGroupCreate"]["tagGroup"];
        let tag_ids = group["tags"]
            .as_array()
            .unwrap_or_else(|| panic!("tagGroupCreate failed: {data:#}"))
            .iter()
            .map(|tag| tag["id"].as_str().expect("tag id").to_string())
            .collect();
        (group["id"].as_str().expect("group id").to_string(), tag_ids)
    }

    /// Creates a compliance officer of tenant `default` and signs them in.
    pub async fn compliance_token(&self) -> String {
        self.create_staff(
            &self.admin_token,
            "default",
            "compliance@corp.cn",
            "COMPLIANCE",
            None,
        )
        .await
        .1
    }

    /// A connection of the test's own to the app's database (to tamper with it).
    pub async fn db(&self) -> DatabaseConnection {
        Database::connect(&self.database_url)
            .await
            .expect("database reachable")
    }

    /// Stored `deal_event.advanced` flags that disagree with the rule recomputed from the whole
    /// history and the current stage positions (the lookup conversion made before the flag).
    pub async fn stale_deal_flags(&self) -> i64 {
        let db = self.db().await;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM deal_event e
                 JOIN pipeline_stage s ON s.id = e.to_stage_id
                 WHERE (CASE WHEN e.advanced THEN 1 ELSE 0 END) <> (CASE WHEN
                   e.kind IN ('CREATED', 'MOVED') AND EXISTS (
                     SELECT 1 FROM deal_event later
                     JOIN pipeline_stage ls ON ls.id = later.to_stage_id
                     WHERE later.deal_id = e.deal_id AND later.id > e.id
                       AND (later.kind = 'WON'
                            OR (later.kind = 'MOVED' AND ls.position > s.position)))
                   THEN 1 ELSE 0 END)",
            ))
            .await
            .expect("flags counted")
            .expect("one row");
        row.try_get::<i64>("", "n").expect("a count")
    }

    pub async fn viewer_id(&self, token: &str) -> String {
        let data = self.data(token, "{ viewer { id } }", json!({})).await;
        data["viewer"]["id"]
            .as_str()
            .expect("viewer id")
            .to_string()
    }
}

/// The `extensions.code` of the first error.
pub fn error_code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {body:#}"))
}

pub fn error_message(body: &Value) -> &str {
    body["errors"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no error message in {body:#}"))
}

pub const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/archive-corpus.jsonl"
);
pub const TRUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/archive-truth.json"
);

/// Who took part in a corpus message, as the fixture file says: what tests judge the archive's
/// answers against (the archive keeps this only inside the sealed original).
#[derive(Debug, Clone)]
pub struct CorpusParties {
    pub sender: String,
    pub tolist: Vec<String>,
    /// `None` for a one-to-one chat (the fixture writes "").
    pub roomid: Option<String>,
    /// `room:<roomid>`, or `pair:<a>|<b>` with the two ids sorted.
    pub conversation: String,
}

/// The fixture corpus's parties by msgid.
pub fn corpus_parties() -> &'static std::collections::HashMap<String, CorpusParties> {
    static PARTIES: LazyLock<std::collections::HashMap<String, CorpusParties>> =
        LazyLock::new(|| {
            include_str!("../fixtures/archive-corpus.jsonl")
                .lines()
                .map(|line| {
                    let message: Value = serde_json::from_str(line).unwrap();
                    let text = |field: &str| message[field].as_str().unwrap_or("").to_string();
                    // A `switch` (a staff member switching enterprise) names only its user.
                    let sender = message["from"]
                        .as_str()
                        .or(message["user"].as_str())
                        .unwrap()
                        .to_string();
                    let tolist: Vec<String> = message["tolist"]
                        .as_array()
                        .map(|tolist| {
                            tolist
                                .iter()
                                .map(|to| to.as_str().unwrap().to_string())
                                .collect()
                        })
                        .unwrap_or_default();
                    let roomid = Some(text("roomid")).filter(|room| !room.is_empty());
                    let conversation = match &roomid {
                        Some(room) => format!("room:{room}"),
                        None => {
                            let other = tolist.first().cloned().unwrap_or_default();
                            let mut pair = [sender.clone(), other];
                            pair.sort();
                            format!("pair:{}|{}", pair[0], pair[1])
                        }
                    };
                    let parties = CorpusParties {
                        sender,
                        tolist,
                        roomid,
                        conversation,
                    };
                    (text("msgid"), parties)
                })
                .collect()
        });
    &PARTIES
}

impl TestApp {
    /// `scrm` aimed at this app's data dir and database.
    pub fn scrm_command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_scrm"));
        command
            .args(args)
            .env("SCRM_DATA_DIR", self.data_dir.path())
            .env("DATABASE_URL", &self.database_url)
            .env("RUST_LOG", "debug");
        command
    }

    /// Runs `scrm`; its output and logs are appended to `cli.log` in the data dir, so the
    /// plaintext scans cover them too.
    pub fn scrm(&self, args: &[&str]) -> std::process::Output {
        let output = self.scrm_command(args).output().expect("scrm runs");
        let log = self.data_dir.path().join("cli.log");
        let mut previous = std::fs::read(&log).unwrap_or_default();
        previous.extend_from_slice(&output.stdout);
        previous.extend_from_slice(&output.stderr);
        std::fs::write(&log, previous).expect("log written");
        output
    }

    /// `scrm archive import` of `file` into tenant `default`, which must succeed.
    pub fn import(&self, file: &str) -> std::process::Output {
        let output = self.scrm(&["archive", "import", "--tenant", "default", file]);
        assert!(
            output.status.success(),
            "import failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }
}

/// A WebSocket to `/graphql/ws` speaking graphql-transport-ws.
pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

impl TestApp {
    /// Opens `/graphql/ws` and sends `connection_init` with `payload`; the ack is left unread.
    pub async fn ws_connect(&self, payload: Value) -> Socket {
        use futures_util::SinkExt;
        use tokio_tungstenite::tungstenite::Message as Frame;
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;

        let url = self.address.replace("http://", "ws://") + "/graphql/ws";
        let mut request = url.into_client_request().expect("websocket request");
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "graphql-transport-ws".parse().expect("header value"),
        );
        let (mut socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .expect("websocket connects");
        let init = json!({ "type": "connection_init", "payload": payload });
        socket
            .send(Frame::text(init.to_string()))
            .await
            .expect("connection_init sent");
        socket
    }
}

impl TestApp {
    /// Signs in over `/graphql/ws` with `token` and subscribes (id "1") to `query`.
    pub async fn subscribe(&self, token: &str, query: &str) -> Socket {
        use futures_util::SinkExt;
        use tokio_tungstenite::tungstenite::Message as Frame;

        let mut socket = self
            .ws_connect(json!({ "Authorization": format!("Bearer {token}") }))
            .await;
        assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
        let subscription = json!({ "id": "1", "type": "subscribe", "payload": { "query": query } });
        socket
            .send(Frame::text(subscription.to_string()))
            .await
            .expect("subscribe sent");
        socket
    }

    /// Imports the first `count` messages of the sample corpus into tenant `default`; returns
    /// their lines.
    pub fn import_first(&self, count: usize) -> Vec<&'static str> {
        let lines: Vec<&str> = include_str!("../fixtures/archive-corpus.jsonl")
            .lines()
            .take(count)
            .collect();
        let file = self.data_dir.path().join(format!("first-{count}.jsonl"));
        std::fs::write(&file, lines.join("\n")).expect("corpus slice written");
        self.import(file.to_str().expect("UTF-8 path"));
        lines
    }
}

/// What the server sent next on a WebSocket, skipping keep-alives, within 60 s in all.
pub enum WsEvent {
    Json(Value),
    Closed { code: u16, reason: String },
}

pub async fn next_event(socket: &mut Socket) -> WsEvent {
    use futures_util::StreamExt;
    use tokio_tungstenite::tungstenite::Message as Frame;

    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let frame = tokio::time::timeout_at(deadline, socket.next())
            .await
            .expect("a message within 60 s");
        let Some(Ok(frame)) = frame else {
            return WsEvent::Closed {
                code: 0,
                reason: "connection dropped".to_string(),
            };
        };
        match frame {
            Frame::Text(text) => {
                let value: Value = serde_json::from_str(&text).expect("JSON message");
                if value["type"] != "ping" && value["type"] != "pong" {
                    return WsEvent::Json(value);
                }
            }
            Frame::Close(close) => {
                return WsEvent::Closed {
                    code: close.as_ref().map_or(0, |frame| u16::from(frame.code)),
                    reason: close
                        .map(|frame| frame.reason.to_string())
                        .unwrap_or_default(),
                };
            }
            _ => {}
        }
    }
}

/// The next JSON message on a WebSocket (panics if it closes instead).
pub async fn next_json(socket: &mut Socket) -> Value {
    match next_event(socket).await {
        WsEvent::Json(value) => value,
        WsEvent::Closed { code, reason } => panic!("socket closed ({code}): {reason}"),
    }
}

/// `verify` output without the checkpoint part of its `ok:` line (`; checkpoint seq S signed
/// at T matches`, `; no signed checkpoint yet`), for tests about the chain and the records;
/// `checkpoints.rs` checks that part.
pub fn without_checkpoint(stdout: &str) -> String {
    stdout
        .split_inclusive('\n')
        .map(|line| {
            match line
                .find("; checkpoint seq ")
                .or(line.find("; no signed checkpoint yet"))
            {
                Some(at) if line.starts_with("ok: ") || line.contains(": ok: ") => {
                    let end = if line.ends_with('\n') { "\n" } else { "" };
                    format!("{}{end}", &line[..at])
                }
                _ => line.to_string(),
            }
        })
        .collect()
}
