//! A member whose WeCom id has an external contact's form (`wolfgang`) is still staff: once the
//! tenant's directory names them, the staff rules apply to what they send, including batches
//! sealed before the directory changed, and their `TD` opts no customer out.

use crate::common::{TestArchive, alert_codes, test_archive, text_message_from};
use entity::{PasswordOrigin, Role, archive_opt_out, staff};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

const PROMISE: &str = "这款产品保本保收益，放心买";

async fn add_member(test: &TestArchive, wecom_userid: &str) {
    let now = chrono::Utc::now();
    staff::ActiveModel {
        tenant_id: Set(test.tenant_id),
        email: Set(format!("{wecom_userid}@acme.example")),
        name: Set("Wolfgang".to_string()),
        role: Set(Role::Sales),
        department_id: Set(None),
        password_hash: Set(None),
        password_origin: Set(PasswordOrigin::Own),
        active: Set(true),
        wecom_userid: Set(Some(wecom_userid.to_string())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&test.db)
    .await
    .expect("member");
}

async fn opt_outs(test: &TestArchive, external_userid: &str) -> u64 {
    archive_opt_out::Entity::find()
        .filter(archive_opt_out::Column::TenantId.eq(test.tenant_id))
        .filter(archive_opt_out::Column::ExternalUserid.eq(external_userid))
        .count(&test.db)
        .await
        .expect("opt-outs")
}

#[tokio::test]
async fn a_member_with_an_id_of_contact_form_is_scanned_as_staff_once_the_directory_names_them() {
    let test = test_archive().await;
    // The same promise from a member with an ordinary id, and from `wolfgang` while the
    // directory does not know them: read by its form alone, that id is a customer's.
    let outcome = test
        .archive
        .ingest_batch(
            test.tenant_id,
            "test",
            vec![
                text_message_from("zhangsan", "m-1", 1, PROMISE),
                text_message_from("wolfgang", "m-2", 2, PROMISE),
            ],
            Vec::new(),
        )
        .await
        .expect("written");
    assert_eq!(outcome.imported, 2);
    let staff_codes = alert_codes(&test, "m-1").await;
    assert!(!staff_codes.is_empty(), "a member's promise raises alerts");
    assert_ne!(alert_codes(&test, "m-2").await, staff_codes);

    // A batch sealed before the directory names `wolfgang` and written after it does.
    let sealer = test.archive.sealer(test.tenant_id).await.expect("sealer");
    let sealed_before = sealer
        .seal(
            vec![
                text_message_from("wolfgang", "m-3", 3, PROMISE),
                text_message_from("wolfgang", "m-4", 4, "TD"),
            ],
            Vec::new(),
        )
        .expect("sealed");
    add_member(&test, "wolfgang").await;
    test.archive
        .ingest_sealed("test", sealed_before)
        .await
        .expect("written");
    assert_eq!(alert_codes(&test, "m-3").await, staff_codes);
    assert_eq!(opt_outs(&test, "wolfgang").await, 0, "a member's TD");

    // Batches sealed after it.
    test.archive
        .ingest_batch(
            test.tenant_id,
            "test",
            vec![
                text_message_from("wolfgang", "m-5", 5, PROMISE),
                text_message_from("wolfgang", "m-6", 6, "退订"),
                text_message_from("wmCustomer01", "m-7", 7, "TD"),
            ],
            Vec::new(),
        )
        .await
        .expect("written");
    assert_eq!(alert_codes(&test, "m-5").await, staff_codes);
    assert_eq!(opt_outs(&test, "wolfgang").await, 0, "a member's 退订");
    assert_eq!(opt_outs(&test, "wmCustomer01").await, 1, "a customer's TD");
}
