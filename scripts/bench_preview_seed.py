"""Seeds a fresh scrm SQLite database (tenant 1, made by `scrm tenant create`) with a large
CRM: staff with WeCom accounts, customers, follows, tags on follows, and a week of mass
messages already sent, for scripts/bench-broadcast-preview.sh. Deterministic (seed 7)."""
import datetime
import random
import sqlite3
import sys

path, customers = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
db = sqlite3.connect(path)
now = datetime.datetime.now(datetime.timezone.utc)
stamp = now.isoformat(timespec="microseconds")
tenant = 1
staff_count, group_count, tags_per_group = 20, 10, 20

db.executemany(
    "INSERT INTO staff (tenant_id, email, name, role, department_id, password_hash, active,"
    " wecom_userid, created_at, updated_at, password_origin) VALUES (?, ?, ?, 'SALES', NULL, NULL, 1, ?, ?, ?, 'SET_BY_ANOTHER')",
    [(tenant, f"s{n}@bench.local", f"销售{n}", f"sales{n:03}", stamp, stamp) for n in range(staff_count)],
)
staff_ids = [row[0] for row in db.execute("SELECT id FROM staff WHERE wecom_userid IS NOT NULL ORDER BY id")]
tag_ids = []
for g in range(group_count):
    cursor = db.execute(
        "INSERT INTO tag_group (tenant_id, name, sort, created_at, wecom_id) VALUES (?, ?, ?, ?, NULL)",
        (tenant, f"组{g}", g, stamp),
    )
    group_id = cursor.lastrowid
    for t in range(tags_per_group):
        cursor = db.execute(
            "INSERT INTO tag (tenant_id, group_id, name, sort, created_at, wecom_id) VALUES (?, ?, ?, ?, ?, NULL)",
            (tenant, group_id, f"标签{g}-{t}", t, stamp),
        )
        tag_ids.append(cursor.lastrowid)

db.executemany(
    "INSERT INTO customer (tenant_id, external_userid, name, corp_name, created_at, updated_at)"
    " VALUES (?, ?, ?, NULL, ?, ?)",
    [(tenant, f"wmbench{n:07}", f"客户{n}", stamp, stamp) for n in range(customers)],
)
customer_ids = [row[0] for row in db.execute("SELECT id FROM customer WHERE tenant_id = ? ORDER BY id", (tenant,))]
follows = []
for index, customer_id in enumerate(customer_ids):
    owners = [staff_ids[index % staff_count]]
    if index % 10 == 0:
        owners.append(staff_ids[(index + 7) % staff_count])
    for staff_id in owners:
        added = now - datetime.timedelta(days=rng.randint(0, 720))
        follows.append((tenant, customer_id, staff_id, 1, added.isoformat(timespec="microseconds")))
db.executemany(
    "INSERT INTO customer_follow (tenant_id, customer_id, staff_id, add_way, created_at) VALUES (?, ?, ?, ?, ?)",
    follows,
)
follow_rows = list(db.execute("SELECT id, customer_id FROM customer_follow WHERE tenant_id = ?", (tenant,)))
# Popular tags are popular: a skewed draw, ~5 per follow.
weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(tag_ids))]
tagged = []
for follow_id, customer_id in follow_rows:
    for tag_id in set(rng.choices(tag_ids, weights=weights, k=5)):
        tagged.append((follow_id, tag_id, tenant, customer_id, stamp))
db.executemany(
    "INSERT INTO follow_tag (follow_id, tag_id, tenant_id, customer_id, created_at) VALUES (?, ?, ?, ?, ?)",
    tagged,
)

# A week of earlier broadcasts: each day a fifth of the customers received one.
cursor = db.execute(
    "INSERT INTO broadcast (tenant_id, name, status, audience, content_text, send_at, recipients,"
    " created_by, created_at, updated_at) VALUES (?, '历史', 'SENT', '{}', '历史群发', ?, 0, 1, ?, ?)",
    (tenant, stamp, stamp, stamp),
)
history = []
for days_ago in range(7):
    day = (now + datetime.timedelta(hours=8) - datetime.timedelta(days=days_ago)).date().isoformat()
    cursor = db.execute(
        "INSERT INTO broadcast (tenant_id, name, status, audience, content_text, send_at, recipients,"
        " created_by, created_at, updated_at) VALUES (?, ?, 'SENT', '{}', '历史群发', ?, 0, 1, ?, ?)",
        (tenant, f"历史{days_ago}", stamp, stamp, stamp),
    )
    broadcast_id = cursor.lastrowid
    for customer_id in rng.sample(customer_ids, len(customer_ids) // 5):
        history.append((tenant, broadcast_id, customer_id, staff_ids[0], "SENT", day, stamp))
db.executemany(
    "INSERT INTO broadcast_recipient (tenant_id, broadcast_id, customer_id, staff_id, status, local_day, reserved_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)",
    history,
)
db.commit()
db.execute("ANALYZE")
db.commit()
print(f"seeded {len(customer_ids)} customers, {len(follows)} follows, {len(tag_ids)} tags, "
      f"{len(tagged)} follow tags, {len(history)} earlier recipients")
