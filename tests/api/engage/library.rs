//! Script (话术) and material (素材) libraries through the real server: who edits which library,
//! personal items that look missing to everyone else, search that sees through traditional
//! characters, multipart uploads checked by their bytes and downloaded back unchanged, use
//! counts per day of the tenant's time zone, other tenants, and archive roles.

use serde_json::{Value, json};
use sha2::Digest as _;

use crate::helpers::{TestApp, error_code, files_under, spawn_app, spawn_app_with};

/// A 1×1 transparent PNG.
pub(super) const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82";

/// A one-page PDF (small, but with the header and trailer a reader looks for).
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

const SCRIPT_FIELDS: &str =
    "id scope title content viewerCanEdit folder { id name } owner { email }";
pub(super) const MATERIAL_FIELDS: &str =
    "id kind scope title text url description appid page viewerCanEdit
    file { fileName contentType size sha256 url }";

/// A tenant with a department holding a manager and two salespeople, each salesperson
/// following a customer of their own.
struct Team {
    app: TestApp,
    admin: String,
    manager: String,
    sales: String,
    other_sales: String,
    customer: String,
    other_customer: String,
}

async fn team(app: TestApp) -> Team {
    let admin = app.admin_token.clone();
    let department = app.create_department(&admin, "销售一部", None).await;
    let (_, manager) = app
        .create_staff(
            &admin,
            "default",
            "manager@corp.cn",
            "MANAGER",
            Some(&department),
        )
        .await;
    let (sales_id, sales) = app
        .create_staff(
            &admin,
            "default",
            "sales@corp.cn",
            "SALES",
            Some(&department),
        )
        .await;
    let (other_sales_id, other_sales) = app
        .create_staff(
            &admin,
            "default",
            "sales2@corp.cn",
            "SALES",
            Some(&department),
        )
        .await;
    let customer = app
        .create_customer(&admin, "wm-lib-1", "王芳", &sales_id)
        .await;
    let other_customer = app
        .create_customer(&admin, "wm-lib-2", "李雷", &other_sales_id)
        .await;
    Team {
        app,
        admin,
        manager,
        sales,
        other_sales,
        customer,
        other_customer,
    }
}

async fn mutate(app: &TestApp, token: &str, mutation: &str, fields: &str, input: Value) -> Value {
    let field = mutation.split('(').next().unwrap();
    let input_type = format!("{}{}Input", field[..1].to_uppercase(), &field[1..]);
    app.data(
        token,
        &format!(
            "mutation($input: {input_type}!) {{ {field}(input: $input) {{ {fields} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await[field]
    .clone()
}

async fn create_script(app: &TestApp, token: &str, input: Value) -> Value {
    mutate(
        app,
        token,
        "scriptCreate",
        &format!("script {{ {SCRIPT_FIELDS} }}"),
        input,
    )
    .await
}

async fn create_folder(app: &TestApp, token: &str, input: Value) -> Value {
    mutate(
        app,
        token,
        "libraryFolderCreate",
        "libraryFolder { id kind scope name viewerCanEdit }",
        input,
    )
    .await
}

fn id(payload: &Value, object: &str) -> String {
    payload[object]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no {object} in {payload:#}"))
        .to_string()
}

/// The one user error of a payload: (field path, code).
fn user_error(payload: &Value) -> (String, String) {
    let errors = payload["userErrors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{payload:#}");
    (
        errors[0]["field"]
            .as_array()
            .unwrap()
            .iter()
            .map(|part| part.as_str().unwrap())
            .collect::<Vec<_>>()
            .join("."),
        errors[0]["code"].as_str().unwrap().to_string(),
    )
}

async fn script_titles(app: &TestApp, token: &str, filter: Value) -> Vec<String> {
    let data = app
        .data(
            token,
            "query($filter: ScriptFilter) { scripts(first: 100, filter: $filter, orderBy: {field: TITLE, direction: ASC}) { totalCount nodes { title } } }",
            json!({ "filter": filter }),
        )
        .await;
    let titles: Vec<String> = data["scripts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(data["scripts"]["totalCount"], titles.len(), "{data:#}");
    titles
}

async fn material_count(app: &TestApp) -> u64 {
    app.data(
        &app.admin_token,
        "{ materials(first: 0) { totalCount } }",
        json!({}),
    )
    .await["materials"]["totalCount"]
        .as_u64()
        .unwrap()
}

/// Every file under the library dir (none may stay behind a refused upload).
fn library_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    files_under(&app.data_dir.path().join("library"))
}

/// A file part of a multipart request: (form field, file name, content type, bytes).
type FilePart<'a> = (&'a str, &'a str, &'a str, &'a [u8]);

/// `POST /graphql` as `multipart/form-data` (the GraphQL multipart request spec), answering
/// the status and the JSON body.
async fn post_multipart(
    app: &TestApp,
    token: Option<&str>,
    operations: Value,
    map: Value,
    files: &[FilePart<'_>],
) -> (u16, Value) {
    let boundary = "scrm-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in [("operations", operations), ("map", map)] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (field, file_name, content_type, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let mut request = app
        .client
        .post(format!("{}/graphql", app.address))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// `materialCreate` with one file, answering the payload.
pub(super) async fn upload_material(
    app: &TestApp,
    token: &str,
    input: Value,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Value {
    let mut input = input;
    input["file"] = Value::Null;
    let operations = json!({
        "query": format!("mutation($input: MaterialCreateInput!) {{ materialCreate(input: $input) {{ material {{ {MATERIAL_FIELDS} }} userErrors {{ field message code }} }} }}"),
        "variables": { "input": input },
    });
    let (status, body) = post_multipart(
        app,
        Some(token),
        operations,
        json!({ "0": ["variables.input.file"] }),
        &[("0", file_name, content_type, bytes)],
    )
    .await;
    assert_eq!(status, 200, "{body:#}");
    assert!(body.get("errors").is_none(), "{body:#}");
    body["data"]["materialCreate"].clone()
}

/// `GET` a library file: (status, headers, body).
async fn download(
    app: &TestApp,
    token: Option<&str>,
    path: &str,
) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, headers, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn each_role_edits_its_library_and_personal_items_look_missing_to_everyone_else() {
    let t = team(spawn_app().await).await;
    let app = &t.app;

    // ADMIN and MANAGER write the tenant's library; SALES may not, and nothing is stored.
    let by_admin = create_script(
        app,
        &t.admin,
        json!({"scope": "TENANT", "title": "开户流程", "content": "您好，开户请携带身份证。"}),
    )
    .await;
    assert_eq!(by_admin["userErrors"], json!([]), "{by_admin:#}");
    assert_eq!(by_admin["script"]["scope"], "TENANT");
    assert_eq!(by_admin["script"]["owner"], Value::Null);
    let tenant_script = id(&by_admin, "script");
    let by_manager = create_script(
        app,
        &t.manager,
        json!({"scope": "TENANT", "title": "基金定投", "content": "每月定投，分散风险。"}),
    )
    .await;
    assert_eq!(by_manager["userErrors"], json!([]), "{by_manager:#}");
    let refused = create_script(
        app,
        &t.sales,
        json!({"scope": "TENANT", "title": "私自", "content": "不该进公共库"}),
    )
    .await;
    assert_eq!(
        user_error(&refused),
        ("input.scope".to_string(), "FORBIDDEN".to_string())
    );
    assert_eq!(refused["script"], Value::Null);
    assert_eq!(
        script_titles(app, &t.admin, json!({})).await,
        ["基金定投", "开户流程"]
    );

    // Everyone writes their personal library (the default scope) and reads it with the
    // tenant's; nobody else reads it, not even an admin.
    let personal = create_script(
        app,
        &t.sales,
        json!({"title": "我的开场白", "content": "王总您好！\n我是小李。"}),
    )
    .await;
    assert_eq!(personal["userErrors"], json!([]), "{personal:#}");
    assert_eq!(personal["script"]["scope"], "PERSONAL");
    assert_eq!(personal["script"]["content"], "王总您好！\n我是小李。");
    assert_eq!(personal["script"]["owner"]["email"], "sales@corp.cn");
    assert_eq!(personal["script"]["viewerCanEdit"], true);
    let personal_script = id(&personal, "script");
    assert_eq!(
        script_titles(app, &t.sales, json!({})).await,
        ["基金定投", "开户流程", "我的开场白"]
    );
    assert_eq!(
        script_titles(app, &t.sales, json!({"scope": "PERSONAL"})).await,
        ["我的开场白"]
    );
    assert_eq!(
        script_titles(app, &t.sales, json!({"scope": "TENANT"})).await,
        ["基金定投", "开户流程"]
    );
    for token in [&t.other_sales, &t.admin, &t.manager] {
        assert_eq!(
            script_titles(app, token, json!({})).await,
            ["基金定投", "开户流程"]
        );
        for query in [
            "query($id: ID!) { script(id: $id) { title } }",
            "query($id: ID!) { node(id: $id) { id } }",
        ] {
            let theirs = app
                .graphql(Some(token), query, json!({ "id": personal_script }))
                .await;
            assert_eq!(error_code(&theirs), "NOT_FOUND", "{theirs:#}");
        }
        let update = mutate(
            app,
            token,
            "scriptUpdate",
            "script { id }",
            json!({"id": personal_script, "title": "改了"}),
        )
        .await;
        assert_eq!(
            user_error(&update),
            ("input.id".to_string(), "NOT_FOUND".to_string())
        );
        let delete = mutate(
            app,
            token,
            "scriptDelete",
            "deletedScriptId",
            json!({"id": personal_script}),
        )
        .await;
        assert_eq!(
            user_error(&delete),
            ("input.id".to_string(), "NOT_FOUND".to_string())
        );
    }

    // SALES reads the tenant's library but changes none of it.
    let tenant_view = app
        .data(
            &t.sales,
            &format!("query($id: ID!) {{ script(id: $id) {{ {SCRIPT_FIELDS} }} }}"),
            json!({ "id": tenant_script }),
        )
        .await;
    assert_eq!(tenant_view["script"]["viewerCanEdit"], false);
    for (mutation, fields, input) in [
        (
            "scriptUpdate",
            "script { id }",
            json!({"id": tenant_script, "content": "改掉"}),
        ),
        (
            "scriptDelete",
            "deletedScriptId",
            json!({"id": tenant_script}),
        ),
    ] {
        let refused = mutate(app, &t.sales, mutation, fields, input).await;
        assert_eq!(
            user_error(&refused),
            ("input.id".to_string(), "FORBIDDEN".to_string()),
            "{mutation}"
        );
    }

    // A manager changes and deletes the tenant's scripts; the owner their own.
    let updated = mutate(
        app,
        &t.manager,
        "scriptUpdate",
        &format!("script {{ {SCRIPT_FIELDS} }}"),
        json!({"id": tenant_script, "content": "开户请携带身份证和银行卡。"}),
    )
    .await;
    assert_eq!(updated["userErrors"], json!([]), "{updated:#}");
    assert_eq!(updated["script"]["content"], "开户请携带身份证和银行卡。");
    assert_eq!(updated["script"]["title"], "开户流程");
    let own = mutate(
        app,
        &t.sales,
        "scriptUpdate",
        "script { title }",
        json!({"id": personal_script, "title": "新开场白"}),
    )
    .await;
    assert_eq!(own["script"]["title"], "新开场白", "{own:#}");
    let deleted = mutate(
        app,
        &t.manager,
        "scriptDelete",
        "deletedScriptId",
        json!({"id": tenant_script}),
    )
    .await;
    assert_eq!(deleted["deletedScriptId"], tenant_script.as_str());
    let gone = app
        .graphql(
            Some(&t.admin),
            "query($id: ID!) { script(id: $id) { title } }",
            json!({ "id": tenant_script }),
        )
        .await;
    assert_eq!(error_code(&gone), "NOT_FOUND");

    // The whole input is checked at once, and nothing is stored on error.
    let invalid = create_script(
        app,
        &t.sales,
        json!({"title": "  ", "content": "字".repeat(4_001)}),
    )
    .await;
    let fields: Vec<&Value> = invalid["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| &error["field"])
        .collect();
    assert_eq!(
        fields,
        [&json!(["input", "title"]), &json!(["input", "content"])]
    );
    let long_title = create_script(
        app,
        &t.sales,
        json!({"title": "题".repeat(101), "content": "x"}),
    )
    .await;
    assert_eq!(
        user_error(&long_title),
        ("input.title".to_string(), "BAD_USER_INPUT".to_string())
    );
    assert_eq!(
        script_titles(app, &t.sales, json!({})).await,
        ["基金定投", "新开场白"]
    );
}

#[tokio::test]
async fn folders_hold_one_kind_of_one_library_and_are_deleted_empty() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    let tenant_folder = create_folder(
        app,
        &t.admin,
        json!({"kind": "SCRIPT", "scope": "TENANT", "name": "开户"}),
    )
    .await;
    assert_eq!(tenant_folder["userErrors"], json!([]), "{tenant_folder:#}");
    let tenant_folder = id(&tenant_folder, "libraryFolder");
    let duplicate = create_folder(
        app,
        &t.manager,
        json!({"kind": "SCRIPT", "scope": "TENANT", "name": "开户"}),
    )
    .await;
    assert_eq!(
        user_error(&duplicate),
        ("input.name".to_string(), "CONFLICT".to_string())
    );
    let by_sales = create_folder(
        app,
        &t.sales,
        json!({"kind": "SCRIPT", "scope": "TENANT", "name": "我的"}),
    )
    .await;
    assert_eq!(
        user_error(&by_sales),
        ("input.scope".to_string(), "FORBIDDEN".to_string())
    );
    let material_folder = create_folder(
        app,
        &t.admin,
        json!({"kind": "MATERIAL", "scope": "TENANT", "name": "海报"}),
    )
    .await;
    let material_folder = id(&material_folder, "libraryFolder");
    let personal_folder =
        create_folder(app, &t.sales, json!({"kind": "SCRIPT", "name": "我的"})).await;
    assert_eq!(personal_folder["libraryFolder"]["scope"], "PERSONAL");
    let personal_folder = id(&personal_folder, "libraryFolder");

    // An item goes only into a folder of its kind and library; its scope follows the folder.
    let in_folder = create_script(
        app,
        &t.admin,
        json!({"folderId": tenant_folder, "title": "开户须知", "content": "须知"}),
    )
    .await;
    assert_eq!(in_folder["userErrors"], json!([]), "{in_folder:#}");
    assert_eq!(in_folder["script"]["scope"], "TENANT");
    assert_eq!(in_folder["script"]["folder"]["name"], "开户");
    let in_folder = id(&in_folder, "script");
    let wrong_kind = create_script(
        app,
        &t.admin,
        json!({"folderId": material_folder, "title": "x", "content": "x"}),
    )
    .await;
    assert_eq!(
        user_error(&wrong_kind),
        ("input.folderId".to_string(), "BAD_USER_INPUT".to_string())
    );
    let wrong_library = create_script(
        app,
        &t.sales,
        json!({"scope": "PERSONAL", "folderId": tenant_folder, "title": "x", "content": "x"}),
    )
    .await;
    assert_eq!(
        user_error(&wrong_library),
        ("input.folderId".to_string(), "BAD_USER_INPUT".to_string())
    );
    // Another member's personal folder is not there at all.
    let not_theirs = create_script(
        app,
        &t.other_sales,
        json!({"folderId": personal_folder, "title": "x", "content": "x"}),
    )
    .await;
    assert_eq!(
        user_error(&not_theirs),
        ("input.folderId".to_string(), "NOT_FOUND".to_string())
    );
    let listed = app
        .data(
            &t.other_sales,
            "{ libraryFolders(first: 10) { totalCount nodes { name kind scope } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed["libraryFolders"]["totalCount"], 2, "{listed:#}");
    let scripts_folders = app
        .data(
            &t.sales,
            "{ libraryFolders(first: 10, filter: {kind: SCRIPT}) { nodes { name scope } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        scripts_folders["libraryFolders"]["nodes"],
        json!([{"name": "开户", "scope": "TENANT"}, {"name": "我的", "scope": "PERSONAL"}])
    );
    assert_eq!(
        script_titles(app, &t.sales, json!({"folderId": tenant_folder})).await,
        ["开户须知"]
    );

    // A folder with items stays; moved out, it goes.
    let full = mutate(
        app,
        &t.admin,
        "libraryFolderDelete",
        "deletedLibraryFolderId",
        json!({"id": tenant_folder}),
    )
    .await;
    let (field, code) = user_error(&full);
    assert_eq!((field.as_str(), code.as_str()), ("input.id", "CONFLICT"));
    assert!(
        full["userErrors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("move or delete"),
        "{full:#}"
    );
    let moved = mutate(
        app,
        &t.admin,
        "scriptUpdate",
        "script { folder { id } }",
        json!({"id": in_folder, "folderId": null}),
    )
    .await;
    assert_eq!(moved["script"]["folder"], Value::Null, "{moved:#}");
    let deleted = mutate(
        app,
        &t.admin,
        "libraryFolderDelete",
        "deletedLibraryFolderId",
        json!({"id": tenant_folder}),
    )
    .await;
    assert_eq!(deleted["deletedLibraryFolderId"], tenant_folder.as_str());
    let renamed = mutate(
        app,
        &t.sales,
        "libraryFolderUpdate",
        "libraryFolder { name }",
        json!({"id": material_folder, "name": "改名"}),
    )
    .await;
    assert_eq!(
        user_error(&renamed),
        ("input.id".to_string(), "FORBIDDEN".to_string())
    );
}

#[tokio::test]
async fn search_finds_substrings_whatever_the_script_width_or_case() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    for (title, content) in [
        ("开户流程", "请携带身份证到柜台。"),
        ("销户说明", "銷戶請攜帶銀行卡。"),
        ("ETF 介绍", "ＥＴＦ是交易型开放式指数基金，费率0.5%。"),
        ("收益说明", "年化收益约5%左右"),
    ] {
        let created = create_script(
            app,
            &t.admin,
            json!({"scope": "TENANT", "title": title, "content": content}),
        )
        .await;
        assert_eq!(created["userErrors"], json!([]), "{created:#}");
    }
    let search = |query: &'static str| script_titles(app, &t.sales, json!({ "query": query }));
    assert_eq!(search("开户").await, ["开户流程"]);
    assert_eq!(search("開戶").await, ["开户流程"]);
    assert_eq!(search("户流").await, ["开户流程"]);
    // Traditional text is found by simplified queries, and the other way round.
    assert_eq!(search("销户请携带").await, ["销户说明"]);
    assert_eq!(search("銀行卡").await, ["销户说明"]);
    // Full-width and case.
    assert_eq!(search("etf是").await, ["ETF 介绍"]);
    assert_eq!(search("ｅｔｆ").await, ["ETF 介绍"]);
    // LIKE's wildcards are literal.
    assert_eq!(search("5%").await, ["ETF 介绍", "收益说明"]);
    assert_eq!(search("0.5%").await, ["ETF 介绍"]);
    assert_eq!(search("%").await, ["ETF 介绍", "收益说明"]);
    assert_eq!(search("_").await, Vec::<String>::new());
    assert_eq!(search("不存在").await, Vec::<String>::new());
    // And combines with the rest of the filter.
    assert_eq!(
        script_titles(
            app,
            &t.sales,
            json!({"or": [{"query": "开户"}, {"query": "銷戶"}], "not": {"query": "柜台"}})
        )
        .await,
        ["销户说明"]
    );
    let too_long = app
        .graphql(
            Some(&t.sales),
            "query($q: String) { scripts(filter: {query: $q}) { totalCount } }",
            json!({ "q": "字".repeat(201) }),
        )
        .await;
    assert_eq!(error_code(&too_long), "BAD_USER_INPUT");

    // Materials are searched the same way, through their text and description too.
    let text = mutate(
        app,
        &t.sales,
        "materialCreate",
        "material { id }",
        json!({"kind": "TEXT", "title": "问候", "text": "節日快樂"}),
    )
    .await;
    assert_eq!(text["userErrors"], json!([]), "{text:#}");
    let found = app
        .data(
            &t.sales,
            "{ materials(filter: {query: \"节日快乐\"}) { totalCount nodes { title } } }",
            json!({}),
        )
        .await;
    assert_eq!(found["materials"]["nodes"], json!([{"title": "问候"}]));
}

#[tokio::test]
async fn materials_of_each_kind_need_their_own_fields() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    let create = |token: &str, input: Value| {
        let token = token.to_string();
        async move {
            mutate(
                app,
                &token,
                "materialCreate",
                &format!("material {{ {MATERIAL_FIELDS} }}"),
                input,
            )
            .await
        }
    };
    let text = create(
        &t.sales,
        json!({"kind": "TEXT", "title": "问候语", "text": "您好！"}),
    )
    .await;
    assert_eq!(text["userErrors"], json!([]), "{text:#}");
    assert_eq!(text["material"]["text"], "您好！");
    let link = create(
        &t.admin,
        json!({"kind": "LINK", "scope": "TENANT", "title": "活动页", "url": "https://example.com/活动?id=1", "description": "双十一理财节"}),
    )
    .await;
    assert_eq!(link["userErrors"], json!([]), "{link:#}");
    assert_eq!(link["material"]["url"], "https://example.com/活动?id=1");
    assert_eq!(link["material"]["description"], "双十一理财节");
    let mini = create(
        &t.manager,
        json!({"kind": "MINIPROGRAM", "scope": "TENANT", "title": "开户小程序", "appid": "wx1234567890abcdef", "page": "pages/open/index.html?from=scrm"}),
    )
    .await;
    assert_eq!(mini["userErrors"], json!([]), "{mini:#}");
    assert_eq!(mini["material"]["file"], Value::Null);
    let cleared = mutate(
        app,
        &t.admin,
        "materialUpdate",
        "material { description title }",
        json!({"id": id(&link, "material"), "description": null, "title": "活动页（新）"}),
    )
    .await;
    assert_eq!(
        cleared["material"],
        json!({"description": null, "title": "活动页（新）"})
    );

    let before = material_count(app).await;
    for (input, expected) in [
        (
            json!({"kind": "LINK", "title": "无链接"}),
            vec![("input.url", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "LINK", "title": "坏链接", "url": "javascript:alert(1)"}),
            vec![("input.url", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "MINIPROGRAM", "title": "缺页"}),
            vec![
                ("input.appid", "BAD_USER_INPUT"),
                ("input.page", "BAD_USER_INPUT"),
            ],
        ),
        (
            json!({"kind": "MINIPROGRAM", "title": "页", "appid": "wx1", "page": "pages/index"}),
            vec![("input.page", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "TEXT", "title": "串了", "text": "x", "url": "https://example.com"}),
            vec![("input.url", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "IMAGE", "title": "没图"}),
            vec![("input.file", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "FILE", "title": "没文件"}),
            vec![("input.file", "BAD_USER_INPUT")],
        ),
        (
            json!({"kind": "TEXT", "scope": "TENANT", "title": "", "text": "x"}),
            vec![
                ("input.title", "BAD_USER_INPUT"),
                ("input.scope", "FORBIDDEN"),
            ],
        ),
    ] {
        let refused = create(&t.sales, input.clone()).await;
        let found: Vec<(String, String)> = refused["userErrors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|error| {
                (
                    error["field"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|part| part.as_str().unwrap())
                        .collect::<Vec<_>>()
                        .join("."),
                    error["code"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let expected: Vec<(String, String)> = expected
            .into_iter()
            .map(|(field, code)| (field.to_string(), code.to_string()))
            .collect();
        assert_eq!(found, expected, "{input}: {refused:#}");
        assert_eq!(refused["material"], Value::Null);
    }
    assert_eq!(material_count(app).await, before);
    // An upload named in JSON (no multipart part behind it) is an input error, not a crash.
    let forged = app
        .data(
            &t.sales,
            "mutation($input: MaterialCreateInput!) { materialCreate(input: $input) { material { id } userErrors { field code message } } }",
            json!({"input": {"kind": "IMAGE", "title": "伪造", "file": "#__graphql_file__:0"}}),
        )
        .await;
    assert_eq!(
        user_error(&forged["materialCreate"]),
        ("input.file".to_string(), "BAD_USER_INPUT".to_string())
    );
    let garbage = app
        .graphql(
            Some(&t.sales),
            "mutation($input: MaterialCreateInput!) { materialCreate(input: $input) { material { id } } }",
            json!({"input": {"kind": "IMAGE", "title": "伪造", "file": "#__graphql_file__:x"}}),
        )
        .await;
    assert_eq!(error_code(&garbage), "BAD_USER_INPUT", "{garbage:#}");
    assert_eq!(material_count(app).await, before);
}

#[tokio::test]
async fn uploaded_images_and_documents_download_byte_for_byte_with_their_chinese_names() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    let image = upload_material(
        app,
        &t.sales,
        json!({"kind": "IMAGE", "title": "产品海报"}),
        "产品海报.png",
        "image/png",
        PNG,
    )
    .await;
    assert_eq!(image["userErrors"], json!([]), "{image:#}");
    let file = &image["material"]["file"];
    assert_eq!(file["fileName"], "产品海报.png");
    assert_eq!(file["contentType"], "image/png");
    assert_eq!(file["size"], PNG.len());
    assert_eq!(file["sha256"], hex::encode(sha2::Sha256::digest(PNG)));
    let document = upload_material(
        app,
        &t.admin,
        json!({"kind": "FILE", "scope": "TENANT", "title": "开户指南"}),
        "开户指南 2026.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(document["userErrors"], json!([]), "{document:#}");
    assert_eq!(
        document["material"]["file"]["contentType"],
        "application/pdf"
    );
    // Two files in the data dir, under the tenant, named by the server.
    let stored = library_files(app);
    assert_eq!(stored.len(), 2, "{stored:?}");
    for path in &stored {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit()),
            "{name}"
        );
    }

    for (payload, token, bytes, content_type, encoded) in [
        (
            &image,
            &t.sales,
            PNG,
            "image/png",
            "filename*=UTF-8''%E4%BA%A7%E5%93%81%E6%B5%B7%E6%8A%A5.png",
        ),
        (
            &document,
            &t.other_sales,
            PDF,
            "application/pdf",
            "filename*=UTF-8''%E5%BC%80%E6%88%B7%E6%8C%87%E5%8D%97%202026.pdf",
        ),
    ] {
        let url = payload["material"]["file"]["url"].as_str().unwrap();
        let (status, headers, body) = download(app, Some(token), url).await;
        assert_eq!(status, 200, "{url}");
        assert_eq!(body, bytes, "{url}: the same bytes come back");
        assert_eq!(headers["content-type"], content_type);
        assert_eq!(headers["x-content-type-options"], "nosniff");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(disposition.contains(encoded), "{disposition}");
    }

    // The same checks as reading the material: no token, another member's personal image,
    // and a made-up id are refused alike.
    let image_url = image["material"]["file"]["url"].as_str().unwrap();
    let (status, _, _) = download(app, None, image_url).await;
    assert_eq!(status, 401);
    let (theirs, _, theirs_body) = download(app, Some(&t.other_sales), image_url).await;
    let missing_id = api::graphql::ids::encode(api::graphql::ids::NodeKind::Material, 9_999);
    let (missing, _, missing_body) = download(
        app,
        Some(&t.other_sales),
        &format!("/library/files/{}", missing_id.0),
    )
    .await;
    assert_eq!((theirs, missing), (404, 404));
    assert_eq!(theirs_body, missing_body);
    let (admin_status, _, _) = download(app, Some(&t.admin), image_url).await;
    assert_eq!(admin_status, 404, "not even an admin reads a personal item");
    let (garbage, _, _) = download(app, Some(&t.sales), "/library/files/not-an-id").await;
    assert_eq!(garbage, 404);

    // A new file replaces the old one, which leaves the data dir; deleting takes the rest.
    let image_id = id(&image, "material");
    let operations = json!({
        "query": "mutation($input: MaterialUpdateInput!) { materialUpdate(input: $input) { material { file { fileName sha256 } } userErrors { field code } } }",
        "variables": { "input": { "id": image_id, "file": null } },
    });
    let gif: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
    let (status, replaced) = post_multipart(
        app,
        Some(&t.sales),
        operations,
        json!({ "0": ["variables.input.file"] }),
        &[("0", "动图.gif", "image/gif", gif)],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        replaced["data"]["materialUpdate"]["material"]["file"]["fileName"], "动图.gif",
        "{replaced:#}"
    );
    assert_eq!(library_files(app).len(), 2);
    let (_, _, body) = download(app, Some(&t.sales), image_url).await;
    assert_eq!(body, gif);
    let deleted = mutate(
        app,
        &t.sales,
        "materialDelete",
        "deletedMaterialId",
        json!({"id": image_id}),
    )
    .await;
    assert_eq!(deleted["deletedMaterialId"], image_id.as_str());
    assert_eq!(library_files(app).len(), 1);
    let (status, _, _) = download(app, Some(&t.sales), image_url).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn files_whose_bytes_disagree_or_are_not_allowed_leave_no_row_and_no_file() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    let executable: &[u8] = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00PE\x00\x00";
    for (kind, file_name, content_type, bytes) in [
        // A PDF dressed as a PNG, as an image and as a file.
        ("IMAGE", "海报.png", "image/png", PDF),
        ("FILE", "海报.png", "application/octet-stream", PDF),
        // A PDF declared as a PNG.
        ("FILE", "指南", "image/png", PDF),
        // An image where a document belongs, and a document where an image does.
        ("FILE", "海报.png", "image/png", PNG),
        ("IMAGE", "指南.pdf", "application/pdf", PDF),
        // An executable, whatever it claims.
        ("FILE", "安装包.pdf", "application/pdf", executable),
        ("FILE", "setup.exe", "application/octet-stream", executable),
        // Nothing at all.
        ("FILE", "空.txt", "text/plain", b""),
    ] {
        let refused = upload_material(
            app,
            &t.sales,
            json!({"kind": kind, "title": "不该留下"}),
            file_name,
            content_type,
            bytes,
        )
        .await;
        assert_eq!(
            user_error(&refused),
            ("input.file".to_string(), "BAD_USER_INPUT".to_string()),
            "{kind} {file_name} {content_type}"
        );
        assert_eq!(refused["material"], Value::Null);
    }
    // A valid file beside another invalid field is not kept either.
    let half = upload_material(
        app,
        &t.sales,
        json!({"kind": "IMAGE", "title": ""}),
        "海报.png",
        "image/png",
        PNG,
    )
    .await;
    assert_eq!(
        user_error(&half),
        ("input.title".to_string(), "BAD_USER_INPUT".to_string())
    );
    assert_eq!(material_count(app).await, 0);
    assert_eq!(library_files(app), Vec::<std::path::PathBuf>::new());

    // Multipart requests must carry a bearer token (CSRF), and carry one file at most.
    let operations = json!({
        "query": "mutation($input: MaterialCreateInput!) { materialCreate(input: $input) { material { id } } }",
        "variables": { "input": { "kind": "IMAGE", "title": "x", "file": null } },
    });
    let (status, body) = post_multipart(
        app,
        None,
        operations.clone(),
        json!({ "0": ["variables.input.file"] }),
        &[("0", "a.png", "image/png", PNG)],
    )
    .await;
    assert_eq!(status, 401, "{body:#}");
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
    let (status, body) = post_multipart(
        app,
        Some(&t.sales),
        json!({
            "query": "mutation($a: MaterialCreateInput!, $b: MaterialCreateInput!) { a: materialCreate(input: $a) { material { id } } b: materialCreate(input: $b) { material { id } } }",
            "variables": {
                "a": { "kind": "IMAGE", "title": "a", "file": null },
                "b": { "kind": "IMAGE", "title": "b", "file": null },
            },
        }),
        json!({ "0": ["variables.a.file"], "1": ["variables.b.file"] }),
        &[
            ("0", "a.png", "image/png", PNG),
            ("1", "b.png", "image/png", PNG),
        ],
    )
    .await;
    assert_eq!(status, 400, "{body:#}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("at most 1 file"),
        "{body:#}"
    );
    let (status, _) = post_multipart(
        app,
        Some(&t.sales),
        json!("not an operation"),
        json!({}),
        &[],
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(material_count(app).await, 0);
    assert_eq!(library_files(app), Vec::<std::path::PathBuf>::new());
}

#[tokio::test]
async fn uploads_over_the_limit_are_refused_with_the_limit_named() {
    let app = spawn_app_with(|settings| settings.upload_max_bytes = 64 * 1024).await;
    let token = app.admin_token.clone();
    let mut big = PNG.to_vec();
    big.resize(100 * 1024, 0);
    let operations = json!({
        "query": "mutation($input: MaterialCreateInput!) { materialCreate(input: $input) { material { id } } }",
        "variables": { "input": { "kind": "IMAGE", "title": "大图", "file": null } },
    });
    let (status, body) = post_multipart(
        &app,
        Some(&token),
        operations.clone(),
        json!({ "0": ["variables.input.file"] }),
        &[("0", "大图.png", "image/png", &big)],
    )
    .await;
    assert_eq!(status, 413, "{body:#}");
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("limit of 65536 bytes"), "{message}");
    // Far over, it is refused by its declared length before the body is read.
    let mut huge = PNG.to_vec();
    huge.resize(2 * 1024 * 1024, 0);
    let (status, body) = post_multipart(
        &app,
        Some(&token),
        operations.clone(),
        json!({ "0": ["variables.input.file"] }),
        &[("0", "大图.png", "image/png", &huge)],
    )
    .await;
    assert_eq!(status, 413, "{body:#}");
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("at most 65536 bytes"), "{message}");
    assert_eq!(library_files(&app), Vec::<std::path::PathBuf>::new());
    // Just over the file limit, yet within the body's allowance: refused all the same.
    let mut over = PNG.to_vec();
    over.resize(64 * 1024 + 1, 0);
    let (status, body) = post_multipart(
        &app,
        Some(&token),
        operations.clone(),
        json!({ "0": ["variables.input.file"] }),
        &[("0", "大图.png", "image/png", &over)],
    )
    .await;
    assert_eq!(status, 413, "{body:#}");
    // At the limit it is accepted.
    let mut fits = PNG.to_vec();
    fits.resize(64 * 1024, 0);
    let (status, body) = post_multipart(
        &app,
        Some(&token),
        operations,
        json!({ "0": ["variables.input.file"] }),
        &[("0", "大图.png", "image/png", &fits)],
    )
    .await;
    assert_eq!(status, 200, "{body:#}");
    assert!(
        body["data"]["materialCreate"]["material"]["id"].is_string(),
        "{body:#}"
    );
    assert_eq!(library_files(&app).len(), 1);
}

#[tokio::test]
async fn uses_are_counted_per_item_member_and_day_of_the_tenants_time_zone() {
    // 23:30 on 1 December in Shanghai (the default tenant's zone).
    let start = chrono::DateTime::parse_from_rfc3339("2026-12-01T15:30:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let clock = api::domain::clock::Clock::manual(start);
    let shared = clock.clone();
    let t = team(spawn_app_with(move |settings| settings.clock = shared).await).await;
    let app = &t.app;
    let script = create_script(
        app,
        &t.admin,
        json!({"scope": "TENANT", "title": "开户流程", "content": "您好"}),
    )
    .await;
    let script = id(&script, "script");
    let material = mutate(
        app,
        &t.admin,
        "materialCreate",
        "material { id }",
        json!({"kind": "TEXT", "scope": "TENANT", "title": "问候", "text": "您好"}),
    )
    .await;
    let material = id(&material, "material");
    let use_script = |token: &str, customer: &str| {
        let (token, customer, script) = (token.to_string(), customer.to_string(), script.clone());
        async move {
            mutate(
                app,
                &token,
                "scriptUse",
                "script { id }",
                json!({"id": script, "customerId": customer}),
            )
            .await
        }
    };

    let used = use_script(&t.sales, &t.customer).await;
    assert_eq!(used["userErrors"], json!([]), "{used:#}");
    // Half past midnight on 2 December in Shanghai: another day.
    clock.advance(chrono::Duration::hours(1));
    use_script(&t.sales, &t.customer).await;
    use_script(&t.sales, &t.customer).await;
    use_script(&t.other_sales, &t.other_customer).await;
    let used = mutate(
        app,
        &t.sales,
        "materialUse",
        "material { id }",
        json!({"id": material, "customerId": t.customer}),
    )
    .await;
    assert_eq!(used["userErrors"], json!([]), "{used:#}");
    // A customer someone else follows is not the salesperson's to send to.
    let not_mine = use_script(&t.sales, &t.other_customer).await;
    assert_eq!(
        user_error(&not_mine),
        ("input.customerId".to_string(), "NOT_FOUND".to_string())
    );

    let counts = |token: &str| {
        let token = token.to_string();
        let script = script.clone();
        async move {
            app.data(
                &token,
                "query($id: ID!) { script(id: $id) {
                    first: useCount(from: \"2026-12-01\", to: \"2026-12-01\")
                    second: useCount(from: \"2026-12-02\", to: \"2026-12-02\")
                    all: useCount
                } }",
                json!({ "id": script }),
            )
            .await["script"]
                .clone()
        }
    };
    // Sales count their own uses, managers their department's, admins everyone's.
    assert_eq!(
        counts(&t.sales).await,
        json!({"first": 1, "second": 2, "all": 3})
    );
    assert_eq!(
        counts(&t.other_sales).await,
        json!({"first": 0, "second": 1, "all": 1})
    );
    assert_eq!(
        counts(&t.manager).await,
        json!({"first": 1, "second": 3, "all": 4})
    );
    assert_eq!(
        counts(&t.admin).await,
        json!({"first": 1, "second": 3, "all": 4})
    );

    let report = |token: &str, from: &str, to: &str, kind: Value| {
        let (token, from, to) = (token.to_string(), from.to_string(), to.to_string());
        async move {
            app.data(
                &token,
                "query($from: Date!, $to: Date!, $kind: LibraryItemKind) {
                    libraryUsage(from: $from, to: $to, kind: $kind) {
                        item { __typename ... on Script { title } ... on Material { title } }
                        staff { email }
                        uses
                    }
                }",
                json!({ "from": from, "to": to, "kind": kind }),
            )
            .await["libraryUsage"]
                .clone()
        }
    };
    assert_eq!(
        report(&t.manager, "2026-12-01", "2026-12-02", Value::Null).await,
        json!([
            {"item": {"__typename": "Script", "title": "开户流程"}, "staff": {"email": "sales@corp.cn"}, "uses": 3},
            // Ties: materials before scripts, then by item and member.
            {"item": {"__typename": "Material", "title": "问候"}, "staff": {"email": "sales@corp.cn"}, "uses": 1},
            {"item": {"__typename": "Script", "title": "开户流程"}, "staff": {"email": "sales2@corp.cn"}, "uses": 1},
        ])
    );
    assert_eq!(
        report(&t.sales, "2026-12-01", "2026-12-01", json!("SCRIPT")).await,
        json!([
            {"item": {"__typename": "Script", "title": "开户流程"}, "staff": {"email": "sales@corp.cn"}, "uses": 1},
        ])
    );
    assert_eq!(
        report(&t.admin, "2026-11-01", "2026-11-30", Value::Null).await,
        json!([])
    );
    let reversed = app
        .graphql(
            Some(&t.admin),
            "{ libraryUsage(from: \"2026-12-02\", to: \"2026-12-01\") { uses } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&reversed), "BAD_USER_INPUT");

    // Deleting the script deletes its counts.
    mutate(
        app,
        &t.admin,
        "scriptDelete",
        "deletedScriptId",
        json!({"id": script}),
    )
    .await;
    assert_eq!(
        report(&t.admin, "2026-12-01", "2026-12-02", Value::Null).await,
        json!([
            {"item": {"__typename": "Material", "title": "问候"}, "staff": {"email": "sales@corp.cn"}, "uses": 1},
        ])
    );
}

#[tokio::test]
async fn another_tenant_reads_changes_and_downloads_nothing_and_archive_roles_are_forbidden() {
    let t = team(spawn_app().await).await;
    let app = &t.app;
    let folder = create_folder(
        app,
        &t.admin,
        json!({"kind": "SCRIPT", "scope": "TENANT", "name": "开户"}),
    )
    .await;
    let folder = id(&folder, "libraryFolder");
    let script = create_script(
        app,
        &t.admin,
        json!({"folderId": folder, "title": "开户流程", "content": "您好"}),
    )
    .await;
    let script = id(&script, "script");
    let document = upload_material(
        app,
        &t.admin,
        json!({"kind": "FILE", "scope": "TENANT", "title": "开户指南"}),
        "开户指南.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    let material = id(&document, "material");
    let url = document["material"]["file"]["url"]
        .as_str()
        .unwrap()
        .to_string();

    let other = app.create_tenant("other-bank").await;
    assert_eq!(
        script_titles(app, &other, json!({})).await,
        Vec::<String>::new()
    );
    assert_eq!(
        script_titles(app, &other, json!({"folderId": folder})).await,
        Vec::<String>::new()
    );
    for (query, variable) in [
        ("query($id: ID!) { script(id: $id) { title } }", &script),
        ("query($id: ID!) { material(id: $id) { title } }", &material),
        ("query($id: ID!) { node(id: $id) { id } }", &script),
        ("query($id: ID!) { node(id: $id) { id } }", &material),
        ("query($id: ID!) { node(id: $id) { id } }", &folder),
    ] {
        let theirs = app
            .graphql(Some(&other), query, json!({ "id": variable }))
            .await;
        assert_eq!(error_code(&theirs), "NOT_FOUND", "{query}: {theirs:#}");
    }
    for (mutation, fields, input, field) in [
        (
            "scriptUpdate",
            "script { id }",
            json!({"id": script, "title": "x"}),
            "input.id",
        ),
        (
            "scriptDelete",
            "deletedScriptId",
            json!({"id": script}),
            "input.id",
        ),
        (
            "materialUpdate",
            "material { id }",
            json!({"id": material, "title": "x"}),
            "input.id",
        ),
        (
            "materialDelete",
            "deletedMaterialId",
            json!({"id": material}),
            "input.id",
        ),
        (
            "libraryFolderUpdate",
            "libraryFolder { id }",
            json!({"id": folder, "name": "x"}),
            "input.id",
        ),
        (
            "libraryFolderDelete",
            "deletedLibraryFolderId",
            json!({"id": folder}),
            "input.id",
        ),
        (
            "scriptCreate",
            "script { id }",
            json!({"folderId": folder, "title": "x", "content": "x"}),
            "input.folderId",
        ),
    ] {
        let refused = mutate(app, &other, mutation, fields, input).await;
        assert_eq!(
            user_error(&refused),
            (field.to_string(), "NOT_FOUND".to_string()),
            "{mutation}"
        );
    }
    let other_admin_id = app.viewer_id(&other).await;
    let their_customer = app
        .create_customer(&other, "wm-other-1", "张三", &other_admin_id)
        .await;
    let used = mutate(
        app,
        &other,
        "scriptUse",
        "script { id }",
        json!({"id": script, "customerId": their_customer}),
    )
    .await;
    assert_eq!(
        user_error(&used),
        ("input.id".to_string(), "NOT_FOUND".to_string())
    );
    // Downloads look exactly like downloads of nothing.
    let (theirs, _, theirs_body) = download(app, Some(&other), &url).await;
    let missing_id = api::graphql::ids::encode(api::graphql::ids::NodeKind::Material, 9_999);
    let (missing, _, missing_body) = download(
        app,
        Some(&other),
        &format!("/library/files/{}", missing_id.0),
    )
    .await;
    assert_eq!((theirs, missing), (404, 404));
    assert_eq!(theirs_body, missing_body);
    // And everything is still there for its own tenant.
    let (status, _, body) = download(app, Some(&t.sales), &url).await;
    assert_eq!((status, body.as_slice()), (200, PDF));
    assert_eq!(script_titles(app, &t.sales, json!({})).await, ["开户流程"]);

    // Archive roles have no part in libraries.
    let (_, compliance) = app
        .appoint("default", "compliance@corp.cn", "COMPLIANCE")
        .await;
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    for token in [&compliance, &auditor] {
        for query in [
            "{ scripts { totalCount } }",
            "{ materials { totalCount } }",
            "{ libraryFolders { totalCount } }",
            "{ libraryUsage(from: \"2026-12-01\", to: \"2026-12-31\") { uses } }",
        ] {
            let refused = app.graphql(Some(token), query, json!({})).await;
            assert_eq!(error_code(&refused), "FORBIDDEN", "{query}: {refused:#}");
        }
        let refused = app
            .graphql(
                Some(token),
                "mutation { scriptCreate(input: {title: \"x\", content: \"x\"}) { script { id } } }",
                json!({}),
            )
            .await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{refused:#}");
        let refused = app
            .graphql(
                Some(token),
                "query($id: ID!) { script(id: $id) { title } }",
                json!({ "id": script }),
            )
            .await;
        assert_eq!(error_code(&refused), "FORBIDDEN", "{refused:#}");
        let (status, _, _) = download(app, Some(token), &url).await;
        assert_eq!(status, 404);
    }
}
