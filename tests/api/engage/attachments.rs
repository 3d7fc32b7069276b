//! Materials as attachments through the real server and the loopback WeCom: a channel code's
//! welcome and a mass message carry library materials, images uploaded to WeCom's temporary
//! media once and reused; materials WeCom cannot take are refused by field before anything is
//! stored or sent.

use serde_json::{Value, json};

use super::broadcasts::{fake_groupmsgs, harness, settled, staff_id};
use super::channel_codes::{create as code_create, directory, scan, welcomes};
use super::library::{PNG, upload_material};
use crate::wecom::WecomHarness;

const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

async fn material(h: &WecomHarness, input: Value) -> String {
    let created = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($i: MaterialCreateInput!) { materialCreate(input: $i) {
                material { id } userErrors { field message } } }",
            json!({ "i": input }),
        )
        .await;
    assert_eq!(
        created["materialCreate"]["userErrors"],
        json!([]),
        "{created:#}"
    );
    created["materialCreate"]["material"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn uploaded(h: &WecomHarness, title: &str, file_name: &str, bytes: &[u8]) -> String {
    let content_type = if file_name.ends_with(".png") {
        "image/png"
    } else {
        "image/gif"
    };
    let created = upload_material(
        &h.app,
        &h.app.admin_token,
        json!({"kind": "IMAGE", "scope": "TENANT", "title": title}),
        file_name,
        content_type,
        bytes,
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    created["material"]["id"].as_str().unwrap().to_string()
}

async fn fake_media(h: &WecomHarness) -> Vec<Value> {
    h.http
        .get(format!("{}/fake/media", h.fake.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

const BROADCAST_CREATE: &str = "mutation($i: BroadcastCreateInput!) { broadcastCreate(input: $i) {
    broadcast { id content { text materials { title } } } userErrors { field message code } } }";

#[tokio::test]
async fn welcomes_and_mass_messages_carry_their_materials_uploaded_once() {
    let h = harness(1).await;
    let poster = uploaded(&h, "开户海报", "海报.png", PNG).await;
    let link = material(
        &h,
        json!({"kind": "LINK", "scope": "TENANT", "title": "双十二理财节", "url": "https://example.com/1212", "description": "限时活动"}),
    )
    .await;

    // A channel code welcoming with the poster: two customers scan, each welcome carries it.
    let (staff, _) = directory(&h).await;
    let created = code_create(
        &h,
        &h.app.admin_token,
        json!({
            "name": "海报码",
            "staffIds": [staff["staff004"]],
            "welcome": {"text": "{customer_name}您好", "materialId": poster},
        }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    let code = &created["channelCode"];
    let config_id = code["wecomConfigId"].as_str().unwrap();
    let view = h
        .app
        .data(
            &h.app.admin_token,
            "query($id: ID!) { node(id: $id) { ... on ChannelCode { welcome { text material { title kind } } } } }",
            json!({ "id": code["id"] }),
        )
        .await;
    assert_eq!(
        view["node"]["welcome"],
        json!({"text": "{customer_name}您好", "material": {"title": "开户海报", "kind": "IMAGE"}})
    );
    scan(&h, config_id, "wmposter0001", "王女士", 1).await;
    scan(&h, config_id, "wmposter0002", "李先生", 1).await;
    let sent = welcomes(&h).await;
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let media = fake_media(&h).await;
    assert_eq!(media.len(), 1, "the poster is uploaded once: {media:#?}");
    assert_eq!(media[0]["type"], "image");
    assert_eq!(media[0]["size"], PNG.len());
    let media_id = media[0]["media_id"].as_str().unwrap();
    for welcome in &sent {
        assert!(
            welcome["text"]["content"]
                .as_str()
                .unwrap()
                .ends_with("您好"),
            "{welcome:#}"
        );
        let attachments = welcome["attachments"].as_array().unwrap();
        assert_eq!(attachments.len(), 1, "{welcome:#}");
        assert_eq!(attachments[0]["msgtype"], "image");
    }

    // A mass message with the poster and the link, in that order.
    let staff004 = staff_id(&h, "staff004").await;
    let created = h
        .app
        .data(
            &h.app.admin_token,
            BROADCAST_CREATE,
            json!({ "i": {
                "name": "双十二", "audience": {"staffIds": [staff004]},
                "content": {"text": "双十二理财节开始了", "materialIds": [poster, link]},
            } }),
        )
        .await["broadcastCreate"]
        .clone();
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    assert_eq!(
        created["broadcast"]["content"],
        json!({"text": "双十二理财节开始了", "materials": [{"title": "开户海报"}, {"title": "双十二理财节"}]})
    );
    let done = settled(&h, created["broadcast"]["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "SENT", "{done:#}");
    let templates = fake_groupmsgs(&h).await;
    assert_eq!(templates.len(), 1, "{templates:#?}");
    assert_eq!(
        templates[0]["attachments"],
        json!([
            {"msgtype": "image", "image": {"media_id": media_id}},
            {"msgtype": "link", "link": {"title": "双十二理财节", "desc": "限时活动", "url": "https://example.com/1212"}},
        ])
    );
    // Still one upload: the poster's media id was reused within WeCom's three days.
    assert_eq!(fake_media(&h).await.len(), 1);

    // Materials alone, no text: allowed.
    let alone = h
        .app
        .data(
            &h.app.admin_token,
            BROADCAST_CREATE,
            json!({ "i": {
                "name": "只有链接", "audience": {"staffIds": [staff004]},
                "content": {"materialIds": [link]},
            } }),
        )
        .await["broadcastCreate"]
        .clone();
    assert_eq!(alone["userErrors"], json!([]), "{alone:#}");
    assert_eq!(alone["broadcast"]["content"]["text"], Value::Null);
}

#[tokio::test]
async fn materials_wecom_cannot_take_are_refused_by_field_and_nothing_is_stored() {
    let h = harness(1).await;
    let gif = uploaded(&h, "动图", "动图.gif", GIF).await;
    let text = material(
        &h,
        json!({"kind": "TEXT", "scope": "TENANT", "title": "问候", "text": "您好"}),
    )
    .await;
    let mini = material(
        &h,
        json!({"kind": "MINIPROGRAM", "scope": "TENANT", "title": "开户小程序", "appid": "wx1234567890abcdef", "page": "pages/index/index.html"}),
    )
    .await;
    let missing = api::graphql::ids::encode(api::graphql::ids::NodeKind::Material, 999_999).0;
    let (staff, _) = directory(&h).await;
    let codes_before = h
        .app
        .data(
            &h.app.admin_token,
            "{ channelCodes { totalCount } }",
            json!({}),
        )
        .await["channelCodes"]["totalCount"]
        .clone();
    for (material_id, code) in [
        (&gif, "BAD_USER_INPUT"),
        (&text, "BAD_USER_INPUT"),
        (&mini, "BAD_USER_INPUT"),
        (&missing, "NOT_FOUND"),
    ] {
        let created = code_create(
            &h,
            &h.app.admin_token,
            json!({
                "name": format!("码 {material_id}"),
                "staffIds": [staff["staff001"]],
                "welcome": {"text": "您好", "materialId": material_id},
            }),
        )
        .await;
        let errors = created["userErrors"].as_array().unwrap();
        assert_eq!(errors.len(), 1, "{created:#}");
        assert_eq!(
            errors[0]["field"],
            json!(["input", "welcome", "materialId"])
        );
        assert_eq!(errors[0]["code"], code, "{created:#}");
        assert!(!errors[0]["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(
        h.app
            .data(
                &h.app.admin_token,
                "{ channelCodes { totalCount } }",
                json!({})
            )
            .await["channelCodes"]["totalCount"],
        codes_before
    );

    let staff001 = staff_id(&h, "staff001").await;
    let broadcast = |content: Value| {
        let h = &h;
        let staff001 = staff001.clone();
        async move {
            h.app
                .data(
                    &h.app.admin_token,
                    BROADCAST_CREATE,
                    json!({ "i": {
                        "name": "坏素材", "audience": {"staffIds": [staff001]}, "content": content,
                    } }),
                )
                .await["broadcastCreate"]
                .clone()
        }
    };
    let refused = broadcast(json!({"text": "您好", "materialIds": [text, gif]})).await;
    let fields: Vec<&Value> = refused["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| &error["field"])
        .collect();
    assert_eq!(
        fields,
        [
            &json!(["input", "content", "materialIds", "0"]),
            &json!(["input", "content", "materialIds", "1"])
        ],
        "{refused:#}"
    );
    let too_many = broadcast(json!({"text": "您好", "materialIds": vec![&text; 10]})).await;
    assert_eq!(
        too_many["userErrors"][0]["field"],
        json!(["input", "content", "materialIds"]),
        "{too_many:#}"
    );
    let empty = broadcast(json!({"text": "  "})).await;
    assert_eq!(
        empty["userErrors"][0]["field"],
        json!(["input", "content", "text"]),
        "{empty:#}"
    );
    let listed = h
        .app
        .data(
            &h.app.admin_token,
            "{ broadcasts { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(listed["broadcasts"]["totalCount"], 0);
    assert!(fake_groupmsgs(&h).await.is_empty());
}
