//! `scrm dev seed-sales`: fills an existing, empty tenant with a brokerage's sales team —
//! departments and their managers, salespeople with WeCom accounts, tags, customers and who
//! follows them, channel codes, follow-ups, pipelines and deals with their history — for
//! benchmarks and demos (docs/BENCHMARKS.md, "Sales: customers by tag on a seeded tenant").
//!
//! Rows go in through the entities with `insert_many`, in chunks under SQLite's bind-variable
//! limit, in three transactions: the organisation and the customers, the follow-ups, the deals.
//! The same `--seed` makes the same tenant; times are spread over the `--days` before now.

use std::collections::HashMap;
use std::time::Instant;

use chrono::{DateTime, Days, Duration, Utc};
use clap::Args;
use entity::channel_code_add::{TagStatus, WelcomeStatus};
use entity::deal::DealStatus;
use entity::deal_event::DealEventKind;
use entity::follow_up::FollowUpKind;
use entity::{
    FollowLoss, PasswordOrigin, Role, channel_code, channel_code_add, channel_code_staff, customer,
    customer_follow, deal, deal_event, department, follow_tag, follow_up, pipeline, pipeline_stage,
    staff, tag, tag_group, tenant,
};
use rand::distr::Distribution;
use rand::distr::weighted::WeightedIndex;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Iterable,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::crm::deals::lifecycle::{CURRENCY, date_text};
use crate::domain::engage::channel_codes::rotation::local_day;
use crate::domain::operator::OperatorAccess;
use crate::domain::org::tenants;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

/// What to seed (`scrm dev seed-sales --help`).
#[derive(Debug, Args)]
pub struct SeedOptions {
    /// The tenant to fill: made by `scrm tenant create`, without customers yet.
    #[arg(long)]
    pub tenant: String,
    /// Customers (external contacts); every tenth is followed by two salespeople.
    #[arg(long, default_value_t = 100_000)]
    pub customers: usize,
    /// Staff, at least 10: one MANAGER per department (about one in ten), the rest SALES.
    #[arg(long, default_value_t = 1_000)]
    pub staff: usize,
    /// Follow-ups, each by a follower on their customer.
    #[arg(long, default_value_t = 300_000)]
    pub follow_ups: usize,
    /// Deals on followed customers, owned by their follower, with their history.
    #[arg(long, default_value_t = 20_000)]
    pub deals: usize,
    /// Days before now over which creation times are spread.
    #[arg(long, default_value_t = 365)]
    pub days: u32,
    /// Random seed: the same seed makes the same tenant (times relative to now).
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

/// Bind variables per statement: under SQLite's limit (32,766) with room to spare.
const MAX_BIND_VARIABLES: usize = 30_000;
/// Share of follows a customer ended (lost) by now.
const LOST_SHARE: f64 = 0.08;
/// Share of follows that came through a channel code.
const CHANNEL_SHARE: f64 = 0.30;
/// Share of follow-ups that plan a next step.
const NEXT_STEP_SHARE: f64 = 0.35;

// Word lists, one word per space.
const CITIES: &str = "上海 北京 深圳 广州 杭州 南京 成都 武汉 西安 天津";
const NUMERALS: &str = "一 二 三 四 五 六 七 八 九 十";
const SURNAMES: &str =
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 邓 曹";
const GIVEN_NAMES: &str = "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 辉 建 \
                           文 宇 浩 欣 婷 雪 琳 晨 博 峰";
const CORP_PREFIXES: &str = "华信 远航 金桥 恒达 新锐 瑞丰 东方 天成 博源 启明";
const CORP_TRADES: &str = "科技 贸易 实业 投资 医药 建设 物流 餐饮";
/// Tag groups and their ten tags.
const TAG_GROUPS: [(&str, &str); 8] = [
    (
        "客户等级",
        "钻石客户 白金客户 黄金客户 白银客户 普通客户 潜在客户 沉睡客户 流失预警 新开户 高净值",
    ),
    (
        "风险偏好",
        "保守型 谨慎型 稳健型 平衡型 积极型 激进型 未测评 测评过期 专业投资者 普通投资者",
    ),
    (
        "投资偏好",
        "A股 港股通 公募基金 私募基金 债券 国债逆回购 两融 期权 ETF 收益凭证",
    ),
    (
        "资产规模",
        "1万以下 1-10万 10-50万 50-100万 100-300万 300-600万 600-1000万 1000-3000万 3000万以上 未知",
    ),
    (
        "客户来源",
        "线下网点 银行渠道 互联网引流 老客户转介绍 路演活动 企业客户 电话营销 公众号 直播 地推",
    ),
    (
        "关注产品",
        "养老目标基金 沪深300 中证500 科创50 红利指数 货币基金 纯债基金 黄金ETF REITs 量化私募",
    ),
    (
        "活跃度",
        "每日交易 每周交易 每月交易 季度交易 半年未交易 一年未交易 从未交易 仅持有理财 仅持有基金 休眠账户",
    ),
    (
        "生命周期",
        "开户期 入金期 首投期 成长期 成熟期 衰退期 挽留期 销户意向 复活客户 转化中",
    ),
];

/// A pipeline to seed: its share of the deals (percent), its stages with their win
/// probability, and the titles its deals take.
struct PipelineSpec {
    name: &'static str,
    share: u32,
    stages: &'static [(&'static str, i32)],
    titles: &'static str,
}

const PIPELINES: [PipelineSpec; 2] = [
    PipelineSpec {
        name: "财富管理",
        share: 70,
        stages: &[
            ("线索", 10),
            ("需求确认", 25),
            ("方案推荐", 45),
            ("商务谈判", 70),
            ("签约入金", 90),
        ],
        titles: "年度理财方案 基金定投计划 两融开户 私募产品认购 资产配置方案 养老规划 港股通开户 收益凭证认购",
    },
    PipelineSpec {
        name: "机构业务",
        share: 30,
        stages: &[
            ("初步接触", 5),
            ("需求调研", 20),
            ("方案设计", 40),
            ("商务谈判", 60),
            ("合同审批", 80),
            ("签约", 95),
        ],
        titles: "企业年金 员工持股计划 债券承销 现金管理方案 定增参与 机构理财",
    },
];
const PRODUCTS: &str = "沪深300指数基金 稳健理财 国债逆回购 两融业务 港股通 科创板权限 养老目标基金 私募产品 \
                        收益凭证 期权开户";
const REACTIONS: &str =
    "有兴趣 需要再考虑 希望下周再聊 要求提供资料 已基本认可 对费率有疑问 暂无需求 想先了解风险";
const NEXT_STEPS: &str = "发送产品资料 预约面谈 跟进开户进度 回访客户意见 邀请参加路演 确认风险测评结果 电话回访 提醒入金";
const LOSS_REASONS: &str =
    "客户选择了其他机构 费率不具竞争力 客户资金另有安排 风险测评不匹配 客户暂缓投资";

fn words(list: &'static str) -> impl Iterator<Item = &'static str> + Clone {
    list.split_whitespace()
}

/// Seeds the tenant named by `options.tenant`.
pub async fn run(settings: &Settings, options: SeedOptions) -> ApiResult<()> {
    options.check()?;
    // The operator's way in: refuses a missing data dir, names a mistyped slug.
    let operator = OperatorAccess::open_existing(settings).await?;
    let found = tenants::for_operator(&operator, &options.tenant).await;
    operator.close().await?;
    let tenant = found?;
    let (db, _) = crate::db::connect(&settings.for_bulk_write()).await?;
    let seeded = seed(&db, &tenant, &options).await;
    db.close().await?;
    seeded
}

impl SeedOptions {
    fn check(&self) -> ApiResult<()> {
        let mut problems = Vec::new();
        if self.customers == 0 {
            problems.push("--customers must be at least 1");
        }
        if self.staff < 10 {
            problems.push("--staff must be at least 10 (departments need managers and sales)");
        }
        if self.days == 0 {
            problems.push("--days must be at least 1");
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ApiError::BadUserInput(problems.join("; ")))
        }
    }
}

/// Everything the generators share: the tenant, its zone, now, the window and the random
/// stream.
struct Seeder {
    tenant_id: i64,
    slug: String,
    zone: TenantTimeZone,
    now: DateTime<Utc>,
    /// The first instant of the window (`--days` before now).
    start: DateTime<Utc>,
    rng: StdRng,
}

impl Seeder {
    /// A random instant in `[from, to]`, to the second (`from` when the range is empty).
    fn between(&mut self, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
        let seconds = (to - from).num_seconds();
        if seconds <= 0 {
            return from;
        }
        from + Duration::seconds(self.rng.random_range(0..=seconds))
    }

    /// A random instant of the window.
    fn in_window(&mut self) -> DateTime<Utc> {
        self.between(self.start, self.now)
    }

    fn chance(&mut self, probability: f64) -> bool {
        self.rng.random_bool(probability)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> ApiResult<T> {
        items
            .choose(&mut self.rng)
            .copied()
            .ok_or_else(|| ApiError::Internal("seed-sales: picked from an empty list".into()))
    }

    /// A random word of a word list.
    fn word(&mut self, list: &'static str) -> ApiResult<&'static str> {
        let list: Vec<&'static str> = words(list).collect();
        self.pick(&list)
    }

    fn person_name(&mut self) -> ApiResult<String> {
        let mut name = self.word(SURNAMES)?.to_string();
        name.push_str(self.word(GIVEN_NAMES)?);
        if self.chance(0.6) {
            name.push_str(self.word(GIVEN_NAMES)?);
        }
        Ok(name)
    }

    fn alphanumeric(&mut self, length: usize) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..length)
            .map(|_| char::from(ALPHABET[self.rng.random_range(0..ALPHABET.len())]))
            .collect()
    }
}

async fn seed(
    db: &DatabaseConnection,
    tenant: &tenant::Model,
    options: &SeedOptions,
) -> ApiResult<()> {
    let started = Instant::now();
    let now = crate::domain::now();
    let mut seeder = Seeder {
        tenant_id: tenant.id,
        slug: tenant.slug.clone(),
        zone: TenantTimeZone::stored(&tenant.time_zone)?,
        now,
        start: now - Duration::days(i64::from(options.days)),
        rng: StdRng::seed_from_u64(options.seed),
    };
    eprintln!(
        "seed-sales: tenant '{}' ({}), seed {}, over the last {} days",
        tenant.slug,
        seeder.zone.name(),
        options.seed,
        options.days
    );

    let transaction = entity::begin_write(db).await?;
    refuse_a_tenant_with_customers(&transaction, tenant).await?;
    let phase = Instant::now();
    let admin_id = admin_of(&transaction, tenant).await?;
    let org = seed_org(&transaction, &mut seeder, options.staff).await?;
    let tags = seed_tags(&transaction, &mut seeder).await?;
    let codes = seed_channel_codes(&transaction, &mut seeder, &org, admin_id).await?;
    let pipelines = seed_pipelines(&transaction, &mut seeder, admin_id).await?;
    eprintln!(
        "seed-sales: {} departments, {} staff ({} managers), {} tag groups, {} tags, {} channel \
         codes, {} pipelines ({:.1} s)",
        org.departments,
        org.managers + org.sales.len(),
        org.managers,
        TAG_GROUPS.len(),
        tags.ids.len(),
        codes.codes.len(),
        pipelines.len(),
        phase.elapsed().as_secs_f64()
    );
    let phase = Instant::now();
    let customers = seed_customers(&transaction, &mut seeder, options.customers).await?;
    let follows = seed_follows(&transaction, &mut seeder, &customers, &org, &codes).await?;
    let follow_tags = seed_follow_tags(&transaction, &mut seeder, &follows, &tags).await?;
    let adds = seed_channel_code_adds(&transaction, &mut seeder, &follows, &codes).await?;
    transaction.commit().await?;
    eprintln!(
        "seed-sales: {} customers, {} follows ({} lost), {} follow tags, {} channel-code adds \
         ({:.1} s)",
        customers.len(),
        follows.len(),
        follows
            .iter()
            .filter(|follow| follow.lost_at.is_some())
            .count(),
        follow_tags,
        adds,
        phase.elapsed().as_secs_f64()
    );

    let phase = Instant::now();
    let transaction = entity::begin_write(db).await?;
    let next_steps =
        seed_follow_ups(&transaction, &mut seeder, &follows, options.follow_ups).await?;
    transaction.commit().await?;
    eprintln!(
        "seed-sales: {} follow-ups ({} with a next step) ({:.1} s)",
        options.follow_ups,
        next_steps,
        phase.elapsed().as_secs_f64()
    );

    let phase = Instant::now();
    let transaction = entity::begin_write(db).await?;
    let deals = seed_deals(
        &transaction,
        &mut seeder,
        &follows,
        &pipelines,
        options.deals,
    )
    .await?;
    transaction.commit().await?;
    eprintln!(
        "seed-sales: {} deals ({} open, {} won, {} lost), {} history rows ({:.1} s)",
        options.deals,
        deals.open,
        deals.won,
        deals.lost,
        deals.events,
        phase.elapsed().as_secs_f64()
    );
    println!(
        "seeded tenant '{}' in {:.1} s: {} staff, {} customers, {} follows, {} follow-ups, {} deals",
        seeder.slug,
        started.elapsed().as_secs_f64(),
        org.managers + org.sales.len(),
        customers.len(),
        follows.len(),
        options.follow_ups,
        options.deals
    );
    Ok(())
}

/// Refuses a tenant that has customers: seeding adds a whole sales team beside them.
async fn refuse_a_tenant_with_customers<C: ConnectionTrait>(
    db: &C,
    tenant: &tenant::Model,
) -> ApiResult<()> {
    let existing = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant.id))
        .count(db)
        .await?;
    if existing > 0 {
        return Err(ApiError::Conflict(format!(
            "tenant '{}' already has {existing} customers: seed-sales fills only a tenant without \
             customers; nothing was written (create a fresh one with `scrm tenant create`)",
            tenant.slug
        )));
    }
    Ok(())
}

/// The tenant's first admin (made by `scrm tenant create`): who configured pipelines and codes.
async fn admin_of<C: ConnectionTrait>(db: &C, tenant: &tenant::Model) -> ApiResult<i64> {
    staff::Entity::find()
        .select_only()
        .column(staff::Column::Id)
        .filter(staff::Column::TenantId.eq(tenant.id))
        .filter(staff::Column::Role.eq(Role::Admin))
        .order_by_asc(staff::Column::Id)
        .into_tuple::<i64>()
        .one(db)
        .await?
        .ok_or_else(|| {
            ApiError::BadUserInput(format!(
                "tenant '{}' has no admin; make it with `scrm tenant create`",
                tenant.slug
            ))
        })
}

/// Inserts `rows` in statements of at most [`MAX_BIND_VARIABLES`] values.
async fn insert_chunked<E, C>(db: &C, rows: Vec<E::ActiveModel>) -> ApiResult<()>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let per_statement = (MAX_BIND_VARIABLES / E::Column::iter().count().max(1)).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<E::ActiveModel> = rows.by_ref().take(per_statement).collect();
        E::insert_many(chunk).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Rows read back after an insert must be the rows planned, in order.
fn check_read_back(table: &str, planned: usize, read: usize) -> ApiResult<()> {
    if planned == read {
        Ok(())
    } else {
        Err(ApiError::Internal(format!(
            "seed-sales: {planned} {table} rows inserted but {read} read back"
        )))
    }
}

fn out_of_order(table: &str) -> ApiError {
    ApiError::Internal(format!(
        "seed-sales: the {table} rows read back are not in the order they were inserted"
    ))
}

/// A salesperson and the leaf department they sit in.
#[derive(Debug, Clone, Copy)]
struct Seller {
    id: i64,
    leaf: usize,
}

struct Org {
    departments: usize,
    managers: usize,
    /// Leaf departments (sales teams), in order.
    leaves: usize,
    sales: Vec<Seller>,
}

/// Top departments (branches) with sub-departments (sales teams): about ten of each for 1,000
/// staff, fewer for fewer. Each department has one MANAGER; the SALES sit in the teams.
fn org_shape(staff: usize) -> (usize, usize) {
    let top = (staff / 100).clamp(1, words(CITIES).count());
    let per_top = (staff / (top * 10)).clamp(1, words(NUMERALS).count());
    (top, per_top)
}

/// One planned staff member.
struct StaffPlan {
    userid: String,
    role: Role,
    department_id: i64,
    leaf: Option<usize>,
}

async fn seed_org<C: ConnectionTrait>(db: &C, seeder: &mut Seeder, staff: usize) -> ApiResult<Org> {
    let (top, per_top) = org_shape(staff);
    let since = seeder.start - Duration::days(30);
    let mut departments = Vec::new();
    let mut leaf_departments = Vec::new();
    for city in words(CITIES).take(top) {
        let branch = department_row(db, seeder, format!("{city}分公司"), None, since).await?;
        departments.push(branch);
        for numeral in words(NUMERALS).take(per_top) {
            let name = format!("{city}第{numeral}营业部");
            let team = department_row(db, seeder, name, Some(branch), since).await?;
            departments.push(team);
            leaf_departments.push(team);
        }
    }
    let mut plans: Vec<StaffPlan> = departments
        .iter()
        .enumerate()
        .map(|(index, department_id)| StaffPlan {
            userid: format!("m{:04}", index + 1),
            role: Role::Manager,
            department_id: *department_id,
            leaf: None,
        })
        .collect();
    let managers = plans.len();
    for index in 0..staff.saturating_sub(managers) {
        let leaf = index % leaf_departments.len();
        plans.push(StaffPlan {
            userid: format!("s{:04}", index + 1),
            role: Role::Sales,
            department_id: leaf_departments[leaf],
            leaf: Some(leaf),
        });
    }
    let mut rows = Vec::with_capacity(plans.len());
    for plan in &plans {
        let at = seeder.between(since, seeder.start);
        rows.push(staff::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            email: Set(staff_email(&plan.userid, &seeder.slug)),
            name: Set(seeder.person_name()?),
            role: Set(plan.role),
            department_id: Set(Some(plan.department_id)),
            password_hash: Set(None),
            password_origin: Set(PasswordOrigin::Own),
            active: Set(true),
            wecom_userid: Set(Some(plan.userid.clone())),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        });
    }
    insert_chunked::<staff::Entity, _>(db, rows).await?;
    let ids: HashMap<String, i64> = staff::Entity::find()
        .select_only()
        .column(staff::Column::Email)
        .column(staff::Column::Id)
        .filter(staff::Column::TenantId.eq(seeder.tenant_id))
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut sales = Vec::new();
    for plan in &plans {
        let id = ids
            .get(&staff_email(&plan.userid, &seeder.slug))
            .copied()
            .ok_or_else(|| out_of_order("staff"))?;
        if let Some(leaf) = plan.leaf {
            sales.push(Seller { id, leaf });
        }
    }
    Ok(Org {
        departments: departments.len(),
        managers,
        leaves: leaf_departments.len(),
        sales,
    })
}

fn staff_email(userid: &str, slug: &str) -> String {
    format!("{userid}@{slug}.example")
}

async fn department_row<C: ConnectionTrait>(
    db: &C,
    seeder: &Seeder,
    name: String,
    parent_id: Option<i64>,
    at: DateTime<Utc>,
) -> ApiResult<i64> {
    let row = department::ActiveModel {
        tenant_id: Set(seeder.tenant_id),
        name: Set(name),
        parent_id: Set(parent_id),
        wecom_id: Set(None),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// The tenant's tags, and how popular each is: a follow draws its tags with weights 1, 1/2,
/// 1/3, … in a shuffled order, so a few tags are on many follows and most on few.
struct Tags {
    ids: Vec<i64>,
    popularity: WeightedIndex<f64>,
}

async fn seed_tags<C: ConnectionTrait>(db: &C, seeder: &mut Seeder) -> ApiResult<Tags> {
    let at = seeder.start - Duration::days(20);
    let mut ids = Vec::new();
    for (sort, (group_name, names)) in (0i32..).zip(TAG_GROUPS) {
        let group = tag_group::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            name: Set(group_name.to_string()),
            sort: Set(sort),
            created_at: Set(at),
            wecom_id: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (sort, name) in (0i32..).zip(words(names)) {
            let row = tag::ActiveModel {
                tenant_id: Set(seeder.tenant_id),
                group_id: Set(group.id),
                name: Set(name.to_string()),
                sort: Set(sort),
                created_at: Set(at),
                wecom_id: Set(None),
                ..Default::default()
            }
            .insert(db)
            .await?;
            ids.push(row.id);
        }
    }
    ids.shuffle(&mut seeder.rng);
    let weights = (1..=ids.len()).map(|rank| 1.0 / rank as f64);
    let popularity = WeightedIndex::new(weights)
        .map_err(|error| ApiError::Internal(format!("seed-sales: tag weights: {error}")))?;
    Ok(Tags { ids, popularity })
}

struct Code {
    id: i64,
    state: String,
    staff_ids: Vec<i64>,
}

/// Channel codes: one per sales team or two teams (at most 50), their members the team's
/// salespeople.
struct Codes {
    codes: Vec<Code>,
}

impl Codes {
    /// The code of a sales team (by its index).
    fn for_leaf(&self, leaf: usize) -> Option<usize> {
        (!self.codes.is_empty()).then(|| leaf % self.codes.len())
    }
}

async fn seed_channel_codes<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    org: &Org,
    admin_id: i64,
) -> ApiResult<Codes> {
    let count = org.leaves.min(50);
    let at = seeder.start - Duration::days(1);
    let today = local_day(seeder.zone, seeder.now);
    let mut codes = Vec::with_capacity(count);
    for index in 0..count {
        let staff_ids: Vec<i64> = org
            .sales
            .iter()
            .filter(|seller| seller.leaf % count == index)
            .map(|seller| seller.id)
            .collect();
        let first = *staff_ids
            .first()
            .ok_or_else(|| ApiError::Internal("seed-sales: a channel code without staff".into()))?;
        let state = format!("sc{}", seeder.alphanumeric(16));
        let config_id = seeder.alphanumeric(32);
        let row = channel_code::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            name: Set(format!("渠道活码{:02}", index + 1)),
            state: Set(state.clone()),
            qr_code_url: Set(format!("https://wework.qpic.cn/wwpic/{config_id}/0")),
            config_id: Set(config_id),
            daily_cap_per_staff: Set(None),
            backup_staff_id: Set(None),
            welcome_text: Set(Some(
                "您好，我是您的专属投资顾问，有任何问题随时联系我。".into(),
            )),
            welcome_material_id: Set(None),
            skip_verify: Set(true),
            active: Set(true),
            target_staff_id: Set(first),
            target_day: Set(today.clone()),
            created_by: Set(admin_id),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let members =
            (0i32..)
                .zip(&staff_ids)
                .map(|(position, staff_id)| channel_code_staff::ActiveModel {
                    code_id: Set(row.id),
                    staff_id: Set(*staff_id),
                    tenant_id: Set(seeder.tenant_id),
                    position: Set(position),
                });
        insert_chunked::<channel_code_staff::Entity, _>(db, members.collect()).await?;
        codes.push(Code {
            id: row.id,
            state,
            staff_ids,
        });
    }
    Ok(Codes { codes })
}

/// A pipeline's id and its stages (ids in order), with its share of deals and titles.
struct Pipeline {
    id: i64,
    stages: Vec<i64>,
    share: u32,
    titles: &'static str,
}

async fn seed_pipelines<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    admin_id: i64,
) -> ApiResult<Vec<Pipeline>> {
    let at = seeder.start - Duration::days(10);
    let mut pipelines = Vec::new();
    for spec in PIPELINES {
        let row = pipeline::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            name: Set(spec.name.to_string()),
            created_by: Set(admin_id),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let mut stage_ids = Vec::new();
        for (position, (stage, win_probability)) in (0i32..).zip(spec.stages.iter()) {
            let stage = pipeline_stage::ActiveModel {
                tenant_id: Set(seeder.tenant_id),
                pipeline_id: Set(row.id),
                name: Set((*stage).to_string()),
                win_probability: Set(*win_probability),
                position: Set(position),
                archived_at: Set(None),
                created_at: Set(at),
                ..Default::default()
            }
            .insert(db)
            .await?;
            stage_ids.push(stage.id);
        }
        pipelines.push(Pipeline {
            id: row.id,
            stages: stage_ids,
            share: spec.share,
            titles: spec.titles,
        });
    }
    Ok(pipelines)
}

/// A seeded customer: its id and when it was first added.
struct Customer {
    id: i64,
    created_at: DateTime<Utc>,
}

async fn seed_customers<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    count: usize,
) -> ApiResult<Vec<Customer>> {
    let mut planned = Vec::with_capacity(count);
    let mut rows = Vec::with_capacity(count);
    for index in 0..count {
        let created_at = seeder.in_window();
        let external_userid = format!("wm{index:08x}{}", seeder.alphanumeric(22));
        let corp_name = if seeder.chance(0.4) {
            Some(format!(
                "{}{}有限公司",
                seeder.word(CORP_PREFIXES)?,
                seeder.word(CORP_TRADES)?
            ))
        } else {
            None
        };
        rows.push(customer::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            external_userid: Set(external_userid.clone()),
            name: Set(seeder.person_name()?),
            corp_name: Set(corp_name),
            avatar: Set(None),
            customer_type: Set(Some(if seeder.chance(0.9) { 1 } else { 2 })),
            gender: Set(Some(seeder.rng.random_range(0..=2))),
            unionid: Set(None),
            archive_consent: Set(None),
            consent_checked_at: Set(None),
            created_at: Set(created_at),
            updated_at: Set(created_at),
            ..Default::default()
        });
        planned.push((external_userid, created_at));
    }
    insert_chunked::<customer::Entity, _>(db, rows).await?;
    let read: Vec<(i64, String)> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .column(customer::Column::ExternalUserid)
        .filter(customer::Column::TenantId.eq(seeder.tenant_id))
        .order_by_asc(customer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    check_read_back("customer", planned.len(), read.len())?;
    planned
        .into_iter()
        .zip(read)
        .map(|((external_userid, created_at), (id, stored))| {
            if stored == external_userid {
                Ok(Customer { id, created_at })
            } else {
                Err(out_of_order("customer"))
            }
        })
        .collect()
}

/// A seeded follow: who follows whom since when, until when, and the code that brought it.
struct Follow {
    id: i64,
    customer_id: i64,
    staff_id: i64,
    created_at: DateTime<Utc>,
    lost_at: Option<DateTime<Utc>>,
    code: Option<usize>,
}

async fn seed_follows<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    customers: &[Customer],
    org: &Org,
    codes: &Codes,
) -> ApiResult<Vec<Follow>> {
    let mut planned = Vec::with_capacity(customers.len() * 11 / 10 + 1);
    for (index, customer) in customers.iter().enumerate() {
        let first = seeder.pick(&org.sales)?;
        let mut followers = vec![(first, customer.created_at)];
        if index % 10 == 0 && org.sales.len() > 1 {
            let mut second = seeder.pick(&org.sales)?;
            while second.id == first.id {
                second = seeder.pick(&org.sales)?;
            }
            followers.push((second, seeder.between(customer.created_at, seeder.now)));
        }
        for (seller, created_at) in followers {
            let lost_at = if seeder.chance(LOST_SHARE) {
                Some(seeder.between(created_at, seeder.now))
            } else {
                None
            };
            let code = if seeder.chance(CHANNEL_SHARE) {
                codes.for_leaf(seller.leaf)
            } else {
                None
            };
            planned.push(Follow {
                id: 0,
                customer_id: customer.id,
                staff_id: seller.id,
                created_at,
                lost_at,
                code,
            });
        }
    }
    let mut rows = Vec::with_capacity(planned.len());
    for follow in &planned {
        let state = follow
            .code
            .and_then(|index| codes.codes.get(index))
            .map(|code| code.state.clone());
        let add_way = if state.is_some() {
            1
        } else {
            seeder.pick(&[0, 1, 2, 3, 4, 5, 201, 202])?
        };
        let lost_by = match follow.lost_at {
            None => None,
            Some(_) => Some(match seeder.rng.random_range(0..100) {
                0..75 => FollowLoss::CustomerDeletedStaff,
                75..95 => FollowLoss::StaffDeletedCustomer,
                _ => FollowLoss::GoneFromWecom,
            }),
        };
        rows.push(customer_follow::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            customer_id: Set(follow.customer_id),
            staff_id: Set(follow.staff_id),
            remark: Set(None),
            add_way: Set(add_way),
            state: Set(state),
            created_at: Set(follow.created_at),
            description: Set(None),
            remark_mobiles: Set(None),
            lost_at: Set(follow.lost_at),
            lost_by: Set(lost_by),
            sync_run: Set(None),
            ..Default::default()
        });
    }
    insert_chunked::<customer_follow::Entity, _>(db, rows).await?;
    let read: Vec<(i64, i64, i64)> = customer_follow::Entity::find()
        .select_only()
        .column(customer_follow::Column::Id)
        .column(customer_follow::Column::CustomerId)
        .column(customer_follow::Column::StaffId)
        .filter(customer_follow::Column::TenantId.eq(seeder.tenant_id))
        .order_by_asc(customer_follow::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    check_read_back("customer_follow", planned.len(), read.len())?;
    for (follow, (id, customer_id, staff_id)) in planned.iter_mut().zip(read) {
        if (follow.customer_id, follow.staff_id) != (customer_id, staff_id) {
            return Err(out_of_order("customer_follow"));
        }
        follow.id = id;
    }
    Ok(planned)
}

/// One to five tags per follow (three on average), popular tags more often.
async fn seed_follow_tags<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    follows: &[Follow],
    tags: &Tags,
) -> ApiResult<usize> {
    let mut rows = Vec::with_capacity(follows.len() * 3);
    for follow in follows {
        let wanted = seeder.rng.random_range(1..=5usize);
        let mut chosen: Vec<i64> = Vec::with_capacity(wanted);
        for _ in 0..wanted * 4 {
            if chosen.len() == wanted {
                break;
            }
            let tag_id = tags.ids[tags.popularity.sample(&mut seeder.rng)];
            if !chosen.contains(&tag_id) {
                chosen.push(tag_id);
            }
        }
        let until = follow.lost_at.unwrap_or(seeder.now);
        for tag_id in chosen {
            let at = seeder.between(
                follow.created_at,
                until.min(follow.created_at + Duration::days(30)),
            );
            rows.push(follow_tag::ActiveModel {
                follow_id: Set(follow.id),
                tag_id: Set(tag_id),
                tenant_id: Set(seeder.tenant_id),
                customer_id: Set(follow.customer_id),
                created_at: Set(at),
            });
        }
    }
    let count = rows.len();
    insert_chunked::<follow_tag::Entity, _>(db, rows).await?;
    Ok(count)
}

/// One add per follow a channel code brought, its welcome sent a few seconds later.
async fn seed_channel_code_adds<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    follows: &[Follow],
    codes: &Codes,
) -> ApiResult<usize> {
    let mut rows = Vec::new();
    for follow in follows {
        let Some(code) = follow.code.and_then(|index| codes.codes.get(index)) else {
            continue;
        };
        if !code.staff_ids.contains(&follow.staff_id) {
            return Err(ApiError::Internal(
                "seed-sales: a channel-code add for a member the code does not list".into(),
            ));
        }
        let welcomed = follow.created_at + Duration::seconds(seeder.rng.random_range(1..=5));
        rows.push(channel_code_add::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            code_id: Set(code.id),
            staff_id: Set(follow.staff_id),
            customer_id: Set(follow.customer_id),
            follow_id: Set(follow.id),
            added_at: Set(follow.created_at),
            local_day: Set(local_day(seeder.zone, follow.created_at)),
            welcome_status: Set(WelcomeStatus::Sent),
            welcome_error: Set(None),
            welcomed_at: Set(Some(welcomed.min(seeder.now))),
            tag_status: Set(TagStatus::None),
            ..Default::default()
        });
    }
    let count = rows.len();
    insert_chunked::<channel_code_add::Entity, _>(db, rows).await?;
    Ok(count)
}

/// Follow-ups by followers on their customers, while they followed them; a third plan a next
/// step, most of those due by now done. Returns how many have a next step.
async fn seed_follow_ups<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    follows: &[Follow],
    count: usize,
) -> ApiResult<usize> {
    const CHUNK: usize = 50_000;
    let kinds = [
        (FollowUpKind::Call, 35),
        (FollowUpKind::Note, 30),
        (FollowUpKind::Message, 25),
        (FollowUpKind::Visit, 10),
    ];
    let kind_weights = WeightedIndex::new(kinds.iter().map(|(_, weight)| *weight))
        .map_err(|error| ApiError::Internal(format!("seed-sales: kind weights: {error}")))?;
    let mut next_steps = 0;
    let mut written = 0;
    while written < count {
        let size = CHUNK.min(count - written);
        let mut rows = Vec::with_capacity(size);
        for _ in 0..size {
            let follow = follows
                .choose(&mut seeder.rng)
                .ok_or_else(|| ApiError::Internal("seed-sales: no follows".into()))?;
            let at = seeder.between(follow.created_at, follow.lost_at.unwrap_or(seeder.now));
            let kind = kinds[kind_weights.sample(&mut seeder.rng)].0;
            let product = seeder.word(PRODUCTS)?;
            let reaction = seeder.word(REACTIONS)?;
            let content = match kind {
                FollowUpKind::Call => format!("电话沟通{product}，客户{reaction}"),
                FollowUpKind::Visit => format!("上门拜访，介绍{product}，客户{reaction}"),
                FollowUpKind::Note => format!("客户咨询{product}，{reaction}"),
                FollowUpKind::Message => format!("短信发送{product}相关资料"),
            };
            let (next_step_at, next_step, done_at) = if seeder.chance(NEXT_STEP_SHARE) {
                next_steps += 1;
                let due = at + Duration::hours(seeder.rng.random_range(20..=14 * 24));
                let done = if due < seeder.now && seeder.chance(0.75) {
                    let earliest = at.max(due - Duration::days(1));
                    Some(seeder.between(earliest, (due + Duration::days(2)).min(seeder.now)))
                } else {
                    None
                };
                (Some(due), Some(seeder.word(NEXT_STEPS)?.to_string()), done)
            } else {
                (None, None, None)
            };
            let written_at =
                (at + Duration::seconds(seeder.rng.random_range(0..=900))).min(seeder.now);
            rows.push(follow_up::ActiveModel {
                tenant_id: Set(seeder.tenant_id),
                customer_id: Set(follow.customer_id),
                staff_id: Set(follow.staff_id),
                kind: Set(kind),
                content: Set(content),
                at: Set(at),
                next_step_at: Set(next_step_at),
                next_step: Set(next_step),
                next_step_done_at: Set(done_at),
                created_at: Set(written_at),
                updated_at: Set(written_at),
                ..Default::default()
            });
        }
        insert_chunked::<follow_up::Entity, _>(db, rows).await?;
        written += size;
        if count > CHUNK {
            eprintln!("seed-sales: follow-ups {written}/{count}");
        }
    }
    Ok(next_steps)
}

/// What the deals came to.
#[derive(Default)]
struct DealCounts {
    open: usize,
    won: usize,
    lost: usize,
    events: usize,
}

/// One planned deal and its steps, as `dealCreate`, `dealMove`, `dealWin` and `dealLose`
/// would have written them.
struct DealPlan {
    customer_id: i64,
    owner_id: i64,
    pipeline_id: i64,
    steps: Vec<StepPlan>,
}

struct StepPlan {
    kind: DealEventKind,
    from_stage_id: Option<i64>,
    to_stage_id: i64,
    from_status: Option<DealStatus>,
    to_status: DealStatus,
    at: DateTime<Utc>,
    reason: Option<String>,
    /// `deal_event.advanced`: for an entry, whether a later step wins the deal or moves it to a
    /// later stage (the seeded stages' positions are their indexes).
    advanced: bool,
}

/// Deals on followed customers (follows not lost), owned by the follower, two pipelines by
/// their share; most open, some won, some lost; the history of each from CREATED on.
async fn seed_deals<C: ConnectionTrait>(
    db: &C,
    seeder: &mut Seeder,
    follows: &[Follow],
    pipelines: &[Pipeline],
    count: usize,
) -> ApiResult<DealCounts> {
    let followed: Vec<&Follow> = follows
        .iter()
        .filter(|follow| follow.lost_at.is_none())
        .collect();
    if count > 0 && followed.is_empty() {
        return Err(ApiError::BadUserInput(
            "seed-sales: every follow is lost, so no customer can have a deal".into(),
        ));
    }
    let pipeline_weights = WeightedIndex::new(pipelines.iter().map(|pipeline| pipeline.share))
        .map_err(|error| ApiError::Internal(format!("seed-sales: pipeline weights: {error}")))?;
    let mut counts = DealCounts::default();
    let mut plans = Vec::with_capacity(count);
    let mut rows = Vec::with_capacity(count);
    for _ in 0..count {
        let follow = *followed
            .choose(&mut seeder.rng)
            .ok_or_else(|| ApiError::Internal("seed-sales: no followed customers".into()))?;
        let pipeline = &pipelines[pipeline_weights.sample(&mut seeder.rng)];
        let plan = plan_deal(seeder, follow, pipeline)?;
        let last = plan
            .steps
            .last()
            .ok_or_else(|| ApiError::Internal("seed-sales: a deal without steps".into()))?;
        let created_at = plan.steps[0].at;
        match last.to_status {
            DealStatus::Open => counts.open += 1,
            DealStatus::Won => counts.won += 1,
            DealStatus::Lost => counts.lost += 1,
        }
        counts.events += plan.steps.len();
        let created_day = created_at.with_timezone(&seeder.zone.tz()).date_naive();
        let expected_close = created_day
            .checked_add_days(Days::new(seeder.rng.random_range(14..=180)))
            .unwrap_or(created_day);
        rows.push(deal::ActiveModel {
            tenant_id: Set(seeder.tenant_id),
            customer_id: Set(plan.customer_id),
            pipeline_id: Set(plan.pipeline_id),
            stage_id: Set(last.to_stage_id),
            owner_id: Set(plan.owner_id),
            title: Set(seeder.word(pipeline.titles)?.to_string()),
            amount_fen: Set(amount_fen(seeder)),
            currency: Set(CURRENCY.to_owned()),
            status: Set(last.to_status),
            expected_close_date: Set(date_text(expected_close)),
            closed_at: Set((last.to_status != DealStatus::Open).then_some(last.at)),
            created_by: Set(plan.owner_id),
            created_at: Set(created_at),
            updated_at: Set(last.at),
            ..Default::default()
        });
        plans.push(plan);
    }
    insert_chunked::<deal::Entity, _>(db, rows).await?;
    let read: Vec<(i64, i64, i64)> = deal::Entity::find()
        .select_only()
        .column(deal::Column::Id)
        .column(deal::Column::CustomerId)
        .column(deal::Column::OwnerId)
        .filter(deal::Column::TenantId.eq(seeder.tenant_id))
        .order_by_asc(deal::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    check_read_back("deal", plans.len(), read.len())?;
    // Events in the order they happened, so their ids grow with time as a live tenant's do
    // (readers follow a tenant's events after a cursor id).
    let mut events = Vec::with_capacity(counts.events);
    for (plan, (deal_id, customer_id, owner_id)) in plans.into_iter().zip(read) {
        if (plan.customer_id, plan.owner_id) != (customer_id, owner_id) {
            return Err(out_of_order("deal"));
        }
        for step in plan.steps {
            events.push((step.at, deal_id, plan.pipeline_id, plan.owner_id, step));
        }
    }
    events.sort_by_key(|(at, deal_id, ..)| (*at, *deal_id));
    let rows = events
        .into_iter()
        .map(
            |(at, deal_id, pipeline_id, owner_id, step)| deal_event::ActiveModel {
                tenant_id: Set(seeder.tenant_id),
                deal_id: Set(deal_id),
                pipeline_id: Set(pipeline_id),
                kind: Set(step.kind),
                from_stage_id: Set(step.from_stage_id),
                to_stage_id: Set(step.to_stage_id),
                from_status: Set(step.from_status),
                to_status: Set(step.to_status),
                by_staff_id: Set(owner_id),
                at: Set(at),
                reason: Set(step.reason),
                advanced: Set(step.advanced),
                ..Default::default()
            },
        )
        .collect();
    insert_chunked::<deal_event::Entity, _>(db, rows).await?;
    Ok(counts)
}

/// A deal's path: created in the first stage (sometimes the second), moved forward a stage
/// at a time (now and then back one), then, for a closed deal, won in one of the last two
/// stages or lost wherever it got to. Steps happen within a few months of its creation.
fn plan_deal(seeder: &mut Seeder, follow: &Follow, pipeline: &Pipeline) -> ApiResult<DealPlan> {
    let stages = &pipeline.stages;
    let last_stage = stages.len() - 1;
    let created_at = seeder.between(follow.created_at, seeder.now);
    let outcome = match seeder.rng.random_range(0..100) {
        0..65 => DealStatus::Open,
        65..85 => DealStatus::Won,
        _ => DealStatus::Lost,
    };
    let start = usize::from(seeder.chance(0.2));
    let target = match outcome {
        DealStatus::Won => (last_stage - usize::from(seeder.chance(0.2))).max(start),
        // Open and lost deals: the funnel narrows, so earlier stages hold more of them.
        _ => seeder
            .rng
            .random_range(start..=last_stage)
            .min(seeder.rng.random_range(start..=last_stage)),
    };
    // Stage indexes visited after the first: forward to the target, with one step back now and
    // then.
    let mut path = Vec::new();
    let mut at_stage = start;
    while at_stage < target {
        if at_stage > start && seeder.chance(0.08) {
            path.push(at_stage - 1);
            path.push(at_stage);
        }
        at_stage += 1;
        path.push(at_stage);
    }
    let closing = usize::from(outcome != DealStatus::Open);
    let horizon = (created_at + Duration::days(seeder.rng.random_range(7..=120))).min(seeder.now);
    let mut times: Vec<DateTime<Utc>> = (0..path.len() + closing)
        .map(|_| seeder.between(created_at, horizon))
        .collect();
    times.sort();
    let mut steps = vec![StepPlan {
        kind: DealEventKind::Created,
        from_stage_id: None,
        to_stage_id: stages[start],
        from_status: None,
        to_status: DealStatus::Open,
        at: created_at,
        reason: None,
        advanced: false,
    }];
    // The stage index each step entered (None: a win or loss), for the flags.
    let mut entered = vec![Some(start)];
    let mut previous = start;
    let mut times = times.into_iter();
    for next in path {
        let at = times.next().unwrap_or(created_at);
        let reason = if seeder.chance(0.2) {
            Some(format!("客户{}", seeder.word(REACTIONS)?))
        } else {
            None
        };
        steps.push(StepPlan {
            kind: DealEventKind::Moved,
            from_stage_id: Some(stages[previous]),
            to_stage_id: stages[next],
            from_status: Some(DealStatus::Open),
            to_status: DealStatus::Open,
            at,
            reason,
            advanced: false,
        });
        entered.push(Some(next));
        previous = next;
    }
    if outcome != DealStatus::Open {
        let at = times.next().unwrap_or(created_at);
        let (kind, reason) = if outcome == DealStatus::Won {
            let reason = seeder.chance(0.5).then(|| "客户已签约".to_string());
            (DealEventKind::Won, reason)
        } else {
            (
                DealEventKind::Lost,
                Some(seeder.word(LOSS_REASONS)?.to_string()),
            )
        };
        steps.push(StepPlan {
            kind,
            from_stage_id: Some(stages[previous]),
            to_stage_id: stages[previous],
            from_status: Some(DealStatus::Open),
            to_status: outcome,
            at,
            reason,
            advanced: false,
        });
        entered.push(None);
    }
    flag_advanced(&mut steps, &entered, outcome == DealStatus::Won);
    Ok(DealPlan {
        customer_id: follow.customer_id,
        owner_id: follow.staff_id,
        pipeline_id: pipeline.id,
        steps,
    })
}

/// Sets `advanced` on the entries (`entered[i]`: the stage index step i entered, `None` for the
/// closing step) as `dealMove` and `dealWin` would have left it: from the last step back, an
/// entry advanced when the deal is won after it or a later move entered a higher stage. Steps
/// are inserted in this order (sorted by time, stable), so "later" is "larger id" as well.
fn flag_advanced(steps: &mut [StepPlan], entered: &[Option<usize>], won: bool) {
    // The highest stage entered after the current step (by a move: only the first step, which
    // nothing precedes, is no move).
    let mut highest_later: Option<usize> = None;
    for (step, stage) in steps.iter_mut().zip(entered).rev() {
        let Some(stage) = *stage else {
            continue;
        };
        // A win is the last step, after every entry.
        step.advanced = won || highest_later.is_some_and(|highest| highest > stage);
        highest_later = highest_later.max(Some(stage));
    }
}

/// An amount in whole fen, rounded to 1,000 yuan: most deals ¥50k–500k, some up to ¥3M, a
/// few up to ¥20M.
fn amount_fen(seeder: &mut Seeder) -> i64 {
    let thousands_of_yuan: i64 = match seeder.rng.random_range(0..100) {
        0..60 => seeder.rng.random_range(50..=500),
        60..90 => seeder.rng.random_range(500..=3_000),
        _ => seeder.rng.random_range(3_000..=20_000),
    };
    thousands_of_yuan * 1_000 * 100
}
