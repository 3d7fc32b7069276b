//! A synthetic WeCom conversation archive for load tests: decrypted JSONL, one message a line,
//! shaped like the sample `tests/fixtures/archive-corpus.jsonl` (same envelope, same msgtype mix,
//! same id formats), with Chinese finance and securities customer-service text built from
//! templates.
//!
//! ```text
//! cargo run --release -p archive --example gen_corpus -- --messages 1000000 --seed 7 > /tmp/corpus-1m.jsonl
//! cargo run --release -p archive --example gen_corpus -- --check /tmp/corpus-1m.jsonl
//! ```
//!
//! Options: `--messages N` (default 100000), `--seed S` (default 7), `--staff N` (200),
//! `--customers N` (20000), `--rooms N` (500); `--check FILE` parses every line of FILE with
//! `archive::Message::parse_json` and prints failures and the msgtype histogram instead.
//!
//! What it writes, per message: a fresh 22-character msgid with `_<seq>` appended; `seq` from 1
//! and `msgtime` increasing (0.25–90 s apart, from 2025-01-01); one-to-one chats between a
//! customer (`wm…`, 30 characters) and usually their own staff member (`lina037`), or group chats
//! (`wr…`, 32 characters) of one or two staff and 3–12 customers, where `tolist` is every member
//! but the sender; a third of the messages continue the previous conversation. Msgtypes follow
//! the sample's proportions (80 % text), plus a few `chatrecord`s. `revoke`s name a recent text
//! message of the same sender and conversation (`pre_msgid`), never one twice, with action
//! `recall` or `send` (WeCom has used both); `switch` records have `time` and `user` only.
//!
//! Text: everyday service talk that contains every word of the truth file's searches (开户, 定投,
//! 风险测评, 赎回, 收益率, 路演, 合同, ETF, 沪深300, 答谢会, 产品说明书, 养老目标2045, 陆家嘴,
//! 快递单号, 重疾险, 周报), numbers and English tokens, honest near-misses (本产品不保本, 确保本周);
//! about 1.5 % rule violations (guaranteed returns, insider tips, private dealing, discretionary
//! trading, private channels), some disguised with spaces, zero-width spaces, traditional or
//! full-width characters; about 2 % customer PII (mobile numbers, resident ids with a valid check
//! digit, bank cards passing Luhn, written plain, split or full-width); about 0.4 % internal notes
//! holding a unique code word (`青龙计划-1a2b3c4d`). About 2 % of ordinary sentences are written in
//! traditional characters and 1.5 % with full-width letters and digits.
//!
//! Deterministic for a seed (and a given `rand` version: `StdRng` is not portable across them).
//! Only the JSONL goes to stdout; a one-line summary goes to stderr. The benchmark
//! `benches/import_floor.rs` includes this file to generate its default corpus in memory.

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufWriter, Write};
use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, RngCore, SeedableRng};

/// What to generate.
#[derive(Debug, Clone)]
pub struct CorpusConfig {
    pub messages: u64,
    pub seed: u64,
    pub staff: usize,
    pub customers: usize,
    pub rooms: usize,
}

impl Default for CorpusConfig {
    fn default() -> Self {
        CorpusConfig {
            messages: 100_000,
            seed: 7,
            staff: 200,
            customers: 20_000,
            rooms: 500,
        }
    }
}

fn main() {
    let code = match run(std::env::args().skip(1).collect()) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("gen_corpus: {message}");
            2
        }
    };
    std::process::exit(code);
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut config = CorpusConfig::default();
    let mut check: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            eprintln!(
                "usage: gen_corpus [--messages N] [--seed S] [--staff N] [--customers N] [--rooms N] > corpus.jsonl\n       gen_corpus --check FILE"
            );
            return Ok(());
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag}: not a non-negative integer: {value}"))
        };
        match flag.as_str() {
            "--messages" => config.messages = number()?,
            "--seed" => config.seed = number()?,
            "--staff" => config.staff = number()? as usize,
            "--customers" => config.customers = number()? as usize,
            "--rooms" => config.rooms = number()? as usize,
            "--check" => check = Some(value),
            other => return Err(format!("unknown option {other} (try --help)")),
        }
    }
    match check {
        Some(path) => check_file(&path),
        None => generate_to_stdout(&config),
    }
}

fn generate_to_stdout(config: &CorpusConfig) -> Result<(), String> {
    let started = Instant::now();
    let mut generator = CorpusGenerator::new(config)?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut line = Vec::with_capacity(4096);
    let mut bytes = 0u64;
    for _ in 0..config.messages {
        line.clear();
        generator.next_line(&mut line);
        bytes += line.len() as u64;
        if let Err(error) = out.write_all(&line) {
            return Err(format!("cannot write to stdout: {error}"));
        }
    }
    out.flush()
        .map_err(|error| format!("cannot write to stdout: {error}"))?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "gen_corpus: {} messages, {:.1} MB in {:.2} s ({:.0} lines/s, {:.0} MB/s), seed {}, {} staff, {} customers, {} rooms",
        config.messages,
        bytes as f64 / 1e6,
        seconds,
        config.messages as f64 / seconds,
        bytes as f64 / 1e6 / seconds,
        config.seed,
        config.staff,
        config.customers,
        config.rooms
    );
    Ok(())
}

/// `--check FILE`: parse every line with the archive's parser; report failures and histograms.
fn check_file(path: &str) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|error| format!("cannot open {path}: {error}"))?;
    let reader = io::BufReader::with_capacity(1 << 20, file);
    let mut lines = 0u64;
    let mut failures: BTreeMap<String, u64> = BTreeMap::new();
    let mut first_failure: Option<u64> = None;
    let mut msgtypes: BTreeMap<String, u64> = BTreeMap::new();
    let mut actions: BTreeMap<String, u64> = BTreeMap::new();
    let mut unknown_items = 0u64;
    let mut textless_texts = 0u64;
    let mut groups = 0u64;
    let mut last_seq = 0u64;
    let mut seq_not_increasing = 0u64;
    for line in reader.lines() {
        let line = line.map_err(|error| format!("cannot read {path}: {error}"))?;
        lines += 1;
        match archive::Message::parse_json(&line) {
            Ok(message) => {
                *msgtypes
                    .entry(message.body.msgtype().to_owned())
                    .or_default() += 1;
                *actions
                    .entry(message.action.as_str().to_owned())
                    .or_default() += 1;
                groups += u64::from(message.is_group());
                if let Some(seq) = message.seq {
                    seq_not_increasing += u64::from(seq <= last_seq);
                    last_seq = seq;
                }
                let items = match &message.body {
                    archive::MessageBody::Mixed(mixed) => mixed.items.as_slice(),
                    archive::MessageBody::ChatRecord(record) => record.items.as_slice(),
                    _ => &[],
                };
                unknown_items += items.iter().filter(|item| item.body.is_unknown()).count() as u64;
                if message.body.msgtype() == "text" && message.searchable_text().is_empty() {
                    textless_texts += 1;
                }
            }
            Err(error) => {
                first_failure.get_or_insert(lines);
                *failures.entry(error.to_string()).or_default() += 1;
            }
        }
    }
    let failed: u64 = failures.values().sum();
    println!("{path}: {lines} lines, {failed} failed to parse");
    for (reason, count) in &failures {
        println!("  {count:>8}  {reason}");
    }
    if let Some(line) = first_failure {
        println!("  first failure at line {line}");
    }
    let mut by_count: Vec<(&String, &u64)> = msgtypes.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("msgtype histogram:");
    for (msgtype, count) in by_count {
        println!(
            "  {msgtype:<12} {count:>9}  {:>6.2} %",
            *count as f64 * 100.0 / lines.max(1) as f64
        );
    }
    println!("actions: {actions:?}");
    println!(
        "group messages: {groups} ({:.1} %); unparsed mixed/chatrecord items: {unknown_items}; text messages without text: {textless_texts}; seq not increasing: {seq_not_increasing}",
        groups as f64 * 100.0 / lines.max(1) as f64
    );
    if failed > 0 {
        return Err(format!("{failed} of {lines} lines failed to parse"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The generator.

/// 2025-01-01T00:00:00+08:00, in milliseconds.
const START_MS: i64 = 1_735_660_800_000;
const ALNUM: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const HEX: &[u8; 16] = b"0123456789abcdef";

/// Msgtype weights per 5,000 messages: the sample's counts, with 10 text messages turned into
/// `chatrecord`s (the sample has none).
const MSGTYPE_WEIGHTS: &[(Kind, u32)] = &[
    (Kind::Text, 4010),
    (Kind::Image, 194),
    (Kind::File, 108),
    (Kind::Voice, 104),
    (Kind::Emotion, 90),
    (Kind::Link, 89),
    (Kind::Mixed, 70),
    (Kind::Weapp, 51),
    (Kind::Location, 48),
    (Kind::Card, 47),
    (Kind::Revoke, 43),
    (Kind::RedPacket, 37),
    (Kind::Agree, 35),
    (Kind::Disagree, 34),
    (Kind::Switch, 30),
    (Kind::ChatRecord, 10),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Image,
    File,
    Voice,
    Emotion,
    Link,
    Mixed,
    Weapp,
    Location,
    Card,
    Revoke,
    RedPacket,
    Agree,
    Disagree,
    Switch,
    ChatRecord,
}

/// Staff userids are pinyin plus a number (`lina037`); the surname is used in how customers
/// address them (`李经理`).
const STAFF_NAMES: &[(&str, &str)] = &[
    ("lina", "李"),
    ("zhangwei", "张"),
    ("zhaolei", "赵"),
    ("chenjie", "陈"),
    ("liuyang", "刘"),
    ("wangfang", "王"),
    ("wangqiang", "王"),
    ("lijing", "李"),
    ("liuming", "刘"),
    ("zhoujie", "周"),
    ("xuli", "徐"),
    ("sunhao", "孙"),
    ("huangyan", "黄"),
    ("zhuying", "朱"),
    ("hemin", "何"),
    ("guoqiang", "郭"),
    ("maxiao", "马"),
    ("linfeng", "林"),
    ("gaojing", "高"),
    ("luoyi", "罗"),
    ("liangchen", "梁"),
    ("tangli", "唐"),
];
const STAFF_TITLES: &[&str] = &["经理", "顾问", "老师"];
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "唐", "韩", "曹", "许", "邓", "冯", "曾", "彭",
    "欧阳", "司马",
];
const CUSTOMER_TITLES: &[&str] = &["先生", "女士", "总"];

const PRODUCTS: &[&str] = &[
    "稳健理财A款",
    "中证500增强",
    "沪深300指数基金",
    "养老目标2045",
    "纯债基金",
    "货币基金",
    "黄金ETF",
    "科创板ETF",
    "港股通基金",
    "可转债组合",
    "FOF稳健配置",
    "券商收益凭证",
    "大额存单",
    "年金险",
    "重疾险",
    "红利低波ETF",
    "纳斯达克100QDII",
    "中短债基金",
    "公募REITs",
    "同业存单指数基金",
];
const PLACES: &[&str] = &[
    "营业部",
    "南山支行",
    "福田营业厅",
    "陆家嘴网点",
    "线上会议室",
    "公司总部",
    "徐汇营业部",
    "天河支行",
];
const DAYS: &[&str] = &[
    "明天",
    "后天",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "下周一",
    "下周三",
    "月底",
];
const TIMES: &[&str] = &[
    "上午十点",
    "下午两点",
    "下午三点半",
    "中午",
    "晚上七点",
    "9:30",
    "14:00",
    "上午九点半",
];
const RISK_LEVELS: &[&str] = &["保守", "稳健", "平衡", "成长", "进取"];
const INDEXES: &[&str] = &[
    "上证指数",
    "沪深300",
    "创业板指",
    "恒生指数",
    "科创50",
    "中证500",
];
const SECTORS: &[&str] = &[
    "半导体",
    "新能源",
    "医药",
    "银行",
    "白酒",
    "军工",
    "券商",
    "人工智能",
    "红利",
    "港股科技",
];
const THEMES: &[&str] = &[
    "下半年权益市场展望",
    "债市波动下的资产配置",
    "养老金融与长期投资",
    "ETF投资入门",
    "定投的正确打开方式",
    "黄金还能不能配",
];
const DOCS: &[&str] = &[
    "产品说明书",
    "合同",
    "风险揭示书",
    "季度报告",
    "定投计划对比表",
    "开户资料清单",
    "周报",
];
const FILE_EXTS: &[&str] = &["pdf", "docx", "xlsx"];
const CODE_WORDS: &[&str] = &["青龙计划", "朱雀行动", "玄武密钥", "白虎名单"];

/// Templates. Slots: `{p}` `{p2}` product, `{place}`, `{day}`, `{time}`, `{date}`, `{cust}` the
/// customer's salutation (`王女士`), `{staff}` the staff member's (`李经理`), `{risk}`, `{index}`,
/// `{sector}`, `{theme}`, `{doc}`, `{pct}` `{pct2}` percentages, `{n}` a small number, `{amount}`,
/// `{wan}`, `{nav}`, `{shares}`, `{express}` a parcel number. Each with a weight.
const STAFF_TEXT: &[(u32, &str)] = &[
    (
        30,
        "{cust}您好，{p}本周有新的路演，您方便的话可以来{place}听一下。",
    ),
    (
        10,
        "您好，我是{staff}，您的专属理财经理，有任何问题随时联系我。",
    ),
    (
        20,
        "这是{p}的产品说明书，请您仔细阅读，投资有风险，入市需谨慎。",
    ),
    (15, "{p}过去三年的历史业绩仅供参考，不代表未来表现。"),
    (20, "提醒您一下，{p}{day}开放申购，额度有限。"),
    (
        20,
        "您的风险测评结果是{risk}型，{p}的风险等级和您是匹配的。",
    ),
    (
        15,
        "您的持仓组合我看了一下，整体偏重权益类，可以考虑配置一些{p}。",
    ),
    (20, "我们约在{day}{time}在{place}见面可以吗？"),
    (
        15,
        "下个月有一场客户答谢会，地点在{place}，欢迎您带家人参加。",
    ),
    (25, "赎回资金一般T+1到账，节假日顺延。"),
    (
        25,
        "市场波动比较大，建议您保持长期持有的心态，不要频繁操作。",
    ),
    (20, "今天的收益率数据已经更新，您可以在APP里查看。"),
    (15, "您之前问的定投计划，我整理了一份对比表，稍后发您。"),
    (20, "开户流程已经提交了，审核一般需要一个工作日。"),
    (20, "收到，我跟产品经理确认一下再回复您。"),
    (25, "感谢您的信任，有需要随时在企业微信上找我。"),
    (6, "本产品不保本，投资需谨慎。"),
    (4, "这个不承诺收益，以实际净值为准。"),
    (4, "基金有风险，过往业绩不代表未来，也不是零风险的。"),
    (3, "我们会确保本周内把资料准备齐全。"),
    (3, "确保本次申购在截止前完成。"),
    (
        12,
        "{p}近一年收益率{pct}%，最大回撤{pct2}%，数据截至{date}。",
    ),
    (10, "{p}的申购费率是{pct2}%，持有满{n}天赎回免费。"),
    (10, "定投建议每月{amount}元起，坚持三年以上效果更好。"),
    (10, "合同已经寄出，快递单号是{express}，请注意查收。"),
    (8, "本周{p}周报已经发您了，重点看一下{sector}板块的变化。"),
    (
        10,
        "{index}今天收涨{pct2}%，成交额{n}00亿，{sector}板块领涨。",
    ),
    (6, "ETF的交易方式和股票一样，是T+0还是T+1要看品种。"),
    (6, "您在APP里点“我的-风险测评”就可以重新做，大概5分钟。"),
    (6, "账户里还有{amount}元可用资金，要不要考虑做个定投？"),
    (6, "今晚20:00有直播路演，主题是“{theme}”，链接稍后发您。"),
    (
        5,
        "养老目标2045是FOF产品，有{n}年最短持有期，持有期内不能赎回。",
    ),
    (5, "重疾险的等待期是90天，等待期后确诊才能理赔。"),
    (8, "您的{p}已经确认份额，共{shares}份，单位净值{nav}。"),
    (4, "Hi，ETF申购赎回清单（PCF）已更新，请查收。"),
    (4, "已经把PDF版的合同发到您邮箱了，签完字拍照回我就行。"),
    (5, "{cust}，{p}今天是最后一天认购，需要的话我帮您预留额度。"),
    (4, "最近{sector}波动大，{p}仓位建议不超过{n}0%。"),
];
const CUSTOMER_TEXT: &[(u32, &str)] = &[
    (15, "{p}的费率是多少？"),
    (20, "开户需要带什么材料？"),
    (18, "我想了解一下定投，每个月投多少合适？"),
    (17, "这个产品能随时赎回吗？"),
    (18, "风险测评要重新做吗？"),
    (18, "上次买的基金最近跌了不少，怎么回事？"),
    (18, "能不能帮我看看现在适合加仓吗？"),
    (18, "我爱人也想开个户，可以一起办吗？"),
    (20, "这个月的账单什么时候出？"),
    (18, "资料我已经拍照发你了。"),
    (15, "好的，谢谢{staff}。"),
    (24, "好的，麻烦了。"),
    (20, "我考虑一下再说。"),
    (17, "收到，我看看。"),
    (14, "嗯嗯"),
    (14, "明白了"),
    (20, "👍"),
    (20, "好的，合同我已经盖章寄出了，快递单号稍后发给您。"),
    (12, "{day}{time}可以，我准时到。"),
    (6, "{p}和{p2}哪个风险低一点？"),
    (6, "赎回的钱什么时候能到账？"),
    (5, "ETF和普通基金有什么区别？"),
    (5, "收益率{pct}%是年化的吗？"),
    (5, "我手上有{wan}万，想放一年左右，有什么推荐？"),
    (4, "路演的PPT能发我一份吗？"),
    (4, "答谢会我能带朋友一起去吗？"),
    (4, "产品说明书我看了，第{n}页那个费用没太看懂。"),
    (4, "快递单号是多少？我查一下物流。"),
    (3, "OK"),
    (3, "谢谢！"),
    (3, "APP登录不上去了，提示密码错误。"),
    (3, "周报里说的{sector}板块，现在还能上车吗？"),
];
const GROUP_STAFF_TEXT: &[(u32, &str)] = &[
    (
        10,
        "各位客户下午好，{p}本周路演安排在{day}{time}，地点{place}。",
    ),
    (
        10,
        "【{date}早报】{index}收涨{pct2}%，{sector}板块领涨，详情见周报。",
    ),
    (6, "提醒各位，{p}{day}开放申购，额度有限，需要的私聊我。"),
    (5, "下个月客户答谢会在{place}举办，欢迎大家报名。"),
    (5, "基金有风险，投资需谨慎，过往业绩不代表未来表现。"),
];
const GROUP_CUSTOMER_TEXT: &[(u32, &str)] = &[
    (10, "收到"),
    (6, "[强]"),
    (6, "请问{p}还有额度吗？"),
    (5, "谢谢{staff}分享"),
    (4, "路演我报名，{day}见。"),
    (3, "{index}今天怎么跌这么多？"),
];

/// Rule violations: `{kw}` is replaced by a keyword of the template's rule, possibly disguised.
const RISKY: &[(usize, &str)] = &[
    (0, "放心吧，这款{kw}的，我们很多老客户都买了。"),
    (0, "跟着我买，{kw}，年化至少{n}个点。"),
    (0, "这个产品基本{kw}，您就当存款。"),
    (1, "我这边有{kw}，这只票下周要涨。"),
    (1, "听说有{kw}，明天开盘就走。"),
    (2, "您直接{kw}给我，我帮您走内部通道。"),
    (2, "这次可以{kw}，手续费我返一部分给您。"),
    (3, "没时间盯盘的话我可以{kw}。"),
    (3, "您把{kw}发我，我直接帮您下单。"),
    (4, "公司微信不方便说，您加我{kw}吧。"),
    (4, "这事咱们到{kw}上聊。"),
];
const RISK_KEYWORDS: &[&[&str]] = &[
    &[
        "保本",
        "保收益",
        "稳赚不赔",
        "保证收益",
        "零风险",
        "包赚",
        "稳赚",
    ],
    &["内幕消息", "内部消息", "庄家", "拉升"],
    &["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    &["账户密码", "帮你操作", "代客理财", "全权委托"],
    &["私人微信", "加我个人号", "私人号"],
];

const LINK_TITLES: &[(&str, &str)] = &[
    ("{p}周报", "本周市场回顾与展望"),
    ("{p}产品说明书", "点击查看完整条款与费率"),
    ("【{date}】市场早报", "盘前必读：隔夜外盘与今日关注"),
    ("路演回放：{theme}", "错过直播的客户可以看回放"),
    ("{p}定投计算器", "算一算每月定投多少合适"),
];
const WEAPPS: &[(&str, &str, &str)] = &[
    ("开户小程序", "三分钟线上开户", "证券开户"),
    ("风险测评", "五分钟完成风险测评", "投资者适当性"),
    ("定投计算器", "算算每月定投多少合适", "基金定投"),
    ("路演报名", "报名参加线下路演和答谢会", "活动报名"),
];
const BRANCHES: &[(&str, &str, f64, f64)] = &[
    ("陆家嘴网点", "上海市浦东新区世纪大道100号", 121.5, 31.2),
    ("福田营业厅", "深圳市福田区深南大道6008号", 114.05, 22.54),
    ("南山支行", "深圳市南山区科技园南路18号", 113.95, 22.53),
    ("公司总部", "北京市西城区金融大街35号", 116.36, 39.91),
    ("天河支行", "广州市天河区珠江新城华夏路8号", 113.32, 23.12),
    ("徐汇营业部", "上海市徐汇区漕溪北路88号", 121.44, 31.19),
];
const WISHES: &[&str] = &[
    "恭喜发财，大吉大利",
    "新年快乐",
    "感谢支持",
    "节日快乐",
    "万事如意",
];
const RED_PACKET_AMOUNTS: &[u32] = &[888, 666, 520, 1000, 200, 8800];

/// Who speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Staff(u32),
    Customer(u32),
}

/// Where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conversation {
    Direct { staff: u32, customer: u32 },
    Group { room: u32 },
}

struct Staff {
    id: String,
    /// How customers address them: `李经理`.
    display: String,
}

struct Customer {
    id: String,
    /// How staff address them: `王女士`.
    salutation: String,
    owner: u32,
}

struct Room {
    id: String,
    /// Staff first (the owner), customers, sometimes a second staff member last.
    members: Vec<Party>,
}

/// A recent text message a later `revoke` may name.
#[derive(Clone, Copy)]
struct Revocable {
    msgid: [u8; 22],
    seq: u64,
    from: Party,
    conversation: Conversation,
    revoked: bool,
}

/// How many recent text messages a revoke can reach back to.
const RECENT: usize = 64;

/// Generates the corpus line by line.
pub struct CorpusGenerator {
    rng: StdRng,
    staff: Vec<Staff>,
    customers: Vec<Customer>,
    rooms: Vec<Room>,
    msgtype_table: Vec<(Kind, u32)>,
    msgtype_total: u32,
    seq: u64,
    msgtime: i64,
    last: Option<(Conversation, Party)>,
    recent: Vec<Revocable>,
    recent_next: usize,
    /// Scratch buffers, reused for every line.
    text: String,
    scratch: String,
    inner: Vec<u8>,
}

impl CorpusGenerator {
    pub fn new(config: &CorpusConfig) -> Result<Self, String> {
        if config.staff == 0 || config.customers == 0 {
            return Err("--staff and --customers must be at least 1".to_owned());
        }
        let mut rng = StdRng::seed_from_u64(config.seed);
        let staff: Vec<Staff> = (0..config.staff)
            .map(|index| {
                let (pinyin, surname) = STAFF_NAMES[rng.random_range(0..STAFF_NAMES.len())];
                let title = STAFF_TITLES[rng.random_range(0..STAFF_TITLES.len())];
                Staff {
                    id: format!("{pinyin}{index:03}"),
                    display: format!("{surname}{title}"),
                }
            })
            .collect();
        let customers: Vec<Customer> = (0..config.customers)
            .map(|_| {
                let mut id = String::with_capacity(30);
                id.push_str("wm");
                push_alnum(&mut rng, &mut id, 28);
                let surname = SURNAMES[rng.random_range(0..SURNAMES.len())];
                let title = CUSTOMER_TITLES[rng.random_range(0..CUSTOMER_TITLES.len())];
                Customer {
                    id,
                    salutation: format!("{surname}{title}"),
                    owner: rng.random_range(0..config.staff) as u32,
                }
            })
            .collect();
        let rooms: Vec<Room> = (0..config.rooms)
            .map(|_| {
                let mut id = String::with_capacity(32);
                id.push_str("wr");
                push_alnum(&mut rng, &mut id, 30);
                let owner = rng.random_range(0..config.staff) as u32;
                let mut members = vec![Party::Staff(owner)];
                let wanted = rng.random_range(3..=12).min(config.customers);
                while members.len() < 1 + wanted {
                    let customer = Party::Customer(rng.random_range(0..config.customers) as u32);
                    if !members.contains(&customer) {
                        members.push(customer);
                    }
                }
                if config.staff > 1 && rng.random_bool(0.7) {
                    let mut second = rng.random_range(0..config.staff) as u32;
                    if second == owner {
                        second = (second + 1) % config.staff as u32;
                    }
                    members.push(Party::Staff(second));
                }
                Room { id, members }
            })
            .collect();
        let mut msgtype_total = 0;
        let msgtype_table = MSGTYPE_WEIGHTS
            .iter()
            .map(|(kind, weight)| {
                msgtype_total += weight;
                (*kind, msgtype_total)
            })
            .collect();
        let msgtime = START_MS + rng.random_range(0..60_000);
        Ok(CorpusGenerator {
            rng,
            staff,
            customers,
            rooms,
            msgtype_table,
            msgtype_total,
            seq: 0,
            msgtime,
            last: None,
            recent: Vec::with_capacity(RECENT),
            recent_next: 0,
            text: String::with_capacity(512),
            scratch: String::with_capacity(512),
            inner: Vec::with_capacity(1024),
        })
    }

    /// Appends the next message and a newline to `out`.
    pub fn next_line(&mut self, out: &mut Vec<u8>) {
        self.seq += 1;
        self.msgtime += self.rng.random_range(250..90_000);
        let pick = self.rng.random_range(0..self.msgtype_total);
        let kind = self
            .msgtype_table
            .iter()
            .find(|(_, cumulative)| pick < *cumulative)
            .map_or(Kind::Text, |(kind, _)| *kind);
        let mut msgid = [0u8; 22];
        fill_alnum(&mut self.rng, &mut msgid);

        if kind == Kind::Switch {
            let user = self.rng.random_range(0..self.staff.len());
            out.extend_from_slice(b"{\"msgid\": \"");
            self.push_msgid(out, &msgid, self.seq);
            out.extend_from_slice(b"\", \"action\": \"switch\", \"time\": ");
            push_number(out, self.msgtime);
            out.extend_from_slice(b", \"user\": \"");
            out.extend_from_slice(self.staff[user].id.as_bytes());
            out.extend_from_slice(b"\", \"seq\": ");
            push_number(out, self.seq as i64);
            out.extend_from_slice(b"}\n");
            return;
        }

        if kind == Kind::Revoke {
            if let Some(target) = self.pick_revocable() {
                let action = if self.rng.random_bool(0.5) {
                    "recall"
                } else {
                    "send"
                };
                self.envelope(
                    out,
                    &msgid,
                    action,
                    target.from,
                    target.conversation,
                    "revoke",
                );
                out.extend_from_slice(b"{\"pre_msgid\": \"");
                self.push_msgid(out, &target.msgid, target.seq);
                out.extend_from_slice(b"\"}}\n");
                return;
            }
            // Nothing recent to revoke yet (the first messages): write a text message instead.
            return self.text_message(out, msgid);
        }
        if kind == Kind::Text {
            return self.text_message(out, msgid);
        }

        let (conversation, from) = self.pick_conversation();
        let msgtype = match kind {
            Kind::Image => "image",
            Kind::File => "file",
            Kind::Voice => "voice",
            Kind::Emotion => "emotion",
            Kind::Link => "link",
            Kind::Mixed => "mixed",
            Kind::Weapp => "weapp",
            Kind::Location => "location",
            Kind::Card => "card",
            Kind::RedPacket => "redpacket",
            Kind::Agree => "agree",
            Kind::Disagree => "disagree",
            Kind::ChatRecord => "chatrecord",
            Kind::Text | Kind::Revoke | Kind::Switch => unreachable!("handled above"),
        };
        self.envelope(out, &msgid, "send", from, conversation, msgtype);
        match kind {
            Kind::Image => {
                out.extend_from_slice(b"{\"md5sum\": \"");
                push_hex(&mut self.rng, out, 32);
                out.extend_from_slice(b"\", \"filesize\": ");
                push_number(out, self.rng.random_range(50_000..3_000_000u32));
                out.extend_from_slice(b", \"sdkfileid\": \"");
                push_alnum_bytes(&mut self.rng, out, 60);
                out.extend_from_slice(b"\"}");
            }
            Kind::File => {
                self.text.clear();
                let product = self.choose(PRODUCTS);
                let doc = self.choose(DOCS);
                let ext = self.choose(FILE_EXTS);
                self.text.push_str(product);
                self.text.push_str(doc);
                self.text.push('.');
                self.text.push_str(ext);
                out.extend_from_slice(b"{\"md5sum\": \"");
                push_hex(&mut self.rng, out, 32);
                out.extend_from_slice(b"\", \"filename\": ");
                push_json_str(out, &self.text);
                out.extend_from_slice(b", \"fileext\": \"");
                out.extend_from_slice(ext.as_bytes());
                out.extend_from_slice(b"\", \"filesize\": ");
                push_number(out, self.rng.random_range(20_000..6_000_000u32));
                out.extend_from_slice(b", \"sdkfileid\": \"");
                push_alnum_bytes(&mut self.rng, out, 60);
                out.extend_from_slice(b"\"}");
            }
            Kind::Voice => {
                let seconds = self.rng.random_range(1..=60u32);
                out.extend_from_slice(b"{\"md5sum\": \"");
                push_hex(&mut self.rng, out, 32);
                out.extend_from_slice(b"\", \"voice_size\": ");
                push_number(out, seconds * 1_600 + self.rng.random_range(0..800u32));
                out.extend_from_slice(b", \"play_length\": ");
                push_number(out, seconds);
                out.extend_from_slice(
                    b", \"sdkfileid\": \"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\"}",
                );
            }
            Kind::Emotion => {
                let animated = self.rng.random_bool(0.3);
                out.extend_from_slice(if animated {
                    b"{\"type\": 2, \"width\": 240, \"height\": 240, \"imagesize\": "
                } else {
                    b"{\"type\": 1, \"width\": 240, \"height\": 240, \"imagesize\": "
                });
                push_number(out, self.rng.random_range(4_000..40_000u32));
                out.extend_from_slice(b", \"md5sum\": \"");
                push_hex(&mut self.rng, out, 32);
                out.extend_from_slice(
                    b"\", \"sdkfileid\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
                );
            }
            Kind::Link => {
                let (title, description) = *self.choose(LINK_TITLES);
                self.expand(title, conversation, from);
                out.extend_from_slice(b"{\"title\": ");
                push_json_str(out, &self.text);
                out.extend_from_slice(b", \"description\": ");
                push_json_str(out, description);
                out.extend_from_slice(b", \"link_url\": \"https://example.com/r/");
                push_number(out, self.seq as i64);
                out.extend_from_slice(b"\", \"image_url\": \"\"}");
            }
            Kind::Mixed => {
                // A sentence and a picture, each item's content a JSON string.
                self.compose_text(conversation, from);
                out.extend_from_slice(b"{\"item\": [{\"type\": \"text\", \"content\": ");
                self.push_embedded_text(out);
                out.extend_from_slice(b"}, {\"type\": \"image\", \"content\": ");
                self.push_embedded_image(out);
                out.extend_from_slice(b"}]}");
            }
            Kind::Weapp => {
                let (title, description, display) = *self.choose(WEAPPS);
                out.extend_from_slice(b"{\"title\": ");
                push_json_str(out, title);
                out.extend_from_slice(b", \"description\": ");
                push_json_str(out, description);
                out.extend_from_slice(b", \"username\": \"gh_abc123@app\", \"displayname\": ");
                push_json_str(out, display);
                out.push(b'}');
            }
            Kind::Location => {
                let (title, address, longitude, latitude) = *self.choose(BRANCHES);
                out.extend_from_slice(b"{\"longitude\": ");
                push_float(out, longitude);
                out.extend_from_slice(b", \"latitude\": ");
                push_float(out, latitude);
                out.extend_from_slice(b", \"address\": ");
                push_json_str(out, address);
                out.extend_from_slice(b", \"title\": ");
                push_json_str(out, title);
                out.extend_from_slice(b", \"zoom\": 15}");
            }
            Kind::Card => {
                let card = self.rng.random_range(0..self.staff.len());
                let corpname = if self.rng.random_bool(0.2) {
                    "\"华信证券\""
                } else {
                    "\"\""
                };
                out.extend_from_slice(b"{\"corpname\": ");
                out.extend_from_slice(corpname.as_bytes());
                out.extend_from_slice(b", \"userid\": \"");
                out.extend_from_slice(self.staff[card].id.as_bytes());
                out.extend_from_slice(b"\"}");
            }
            Kind::RedPacket => {
                let wish = self.choose(WISHES);
                let amount = *self.choose(RED_PACKET_AMOUNTS);
                let (packet_type, count) = match conversation {
                    Conversation::Direct { .. } => (1u32, 1u32),
                    Conversation::Group { .. } => (2, self.rng.random_range(3..=10u32)),
                };
                out.extend_from_slice(b"{\"type\": ");
                push_number(out, packet_type);
                out.extend_from_slice(b", \"wish\": ");
                push_json_str(out, wish);
                out.extend_from_slice(b", \"totalcnt\": ");
                push_number(out, count);
                out.extend_from_slice(b", \"totalamount\": ");
                push_number(out, amount * count);
                out.push(b'}');
            }
            Kind::Agree | Kind::Disagree => {
                let customer = match (conversation, from) {
                    (_, Party::Customer(customer)) => customer,
                    (Conversation::Direct { customer, .. }, _) => customer,
                    (Conversation::Group { room }, _) => self.rooms[room as usize]
                        .members
                        .iter()
                        .find_map(|member| match member {
                            Party::Customer(customer) => Some(*customer),
                            Party::Staff(_) => None,
                        })
                        .unwrap_or(0),
                };
                out.extend_from_slice(b"{\"userid\": \"");
                out.extend_from_slice(self.customers[customer as usize].id.as_bytes());
                out.extend_from_slice(b"\", \"agree_time\": ");
                push_number(out, self.msgtime);
                out.push(b'}');
            }
            Kind::ChatRecord => {
                out.extend_from_slice(b"{\"title\": ");
                match conversation {
                    Conversation::Group { .. } => push_json_str(out, "群聊的聊天记录"),
                    Conversation::Direct { staff, customer } => {
                        self.scratch.clear();
                        self.scratch
                            .push_str(&self.customers[customer as usize].salutation);
                        self.scratch.push('和');
                        self.scratch.push_str(&self.staff[staff as usize].display);
                        self.scratch.push_str("的聊天记录");
                        push_json_str(out, &self.scratch);
                    }
                }
                out.extend_from_slice(b", \"item\": [");
                let items = self.rng.random_range(2..=5);
                let mut at: i64 = self.msgtime / 1000 - self.rng.random_range(3_600..864_000i64);
                for index in 0..items {
                    if index > 0 {
                        out.extend_from_slice(b", ");
                    }
                    at += self.rng.random_range(5..600i64);
                    let image = self.rng.random_bool(0.2);
                    out.extend_from_slice(if image {
                        b"{\"type\": \"ChatRecordImage\", \"msgtime\": "
                    } else {
                        b"{\"type\": \"ChatRecordText\", \"msgtime\": "
                    });
                    push_number(out, at);
                    out.extend_from_slice(b", \"content\": ");
                    if image {
                        self.push_embedded_image(out);
                    } else {
                        let speaker = self.other_side(conversation, from);
                        self.compose_text(conversation, speaker);
                        self.push_embedded_text(out);
                    }
                    out.extend_from_slice(match conversation {
                        Conversation::Group { .. } => b", \"from_chatroom\": true}",
                        Conversation::Direct { .. } => b", \"from_chatroom\": false}",
                    });
                }
                out.extend_from_slice(b"]}");
            }
            Kind::Text | Kind::Revoke | Kind::Switch => unreachable!("handled above"),
        }
        out.extend_from_slice(b"}\n");
    }

    fn text_message(&mut self, out: &mut Vec<u8>, msgid: [u8; 22]) {
        let (conversation, from) = self.pick_conversation();
        self.compose_text(conversation, from);
        self.envelope(out, &msgid, "send", from, conversation, "text");
        out.extend_from_slice(b"{\"content\": ");
        push_json_str(out, &self.text);
        out.extend_from_slice(b"}}\n");
        let entry = Revocable {
            msgid,
            seq: self.seq,
            from,
            conversation,
            revoked: false,
        };
        if self.recent.len() < RECENT {
            self.recent.push(entry);
        } else {
            self.recent[self.recent_next] = entry;
            self.recent_next = (self.recent_next + 1) % RECENT;
        }
    }

    /// A recent, not yet revoked text message at least two positions back.
    fn pick_revocable(&mut self) -> Option<Revocable> {
        if self.recent.is_empty() {
            return None;
        }
        for _ in 0..8 {
            let index = self.rng.random_range(0..self.recent.len());
            let entry = &mut self.recent[index];
            if !entry.revoked && entry.seq + 2 <= self.seq {
                entry.revoked = true;
                return Some(*entry);
            }
        }
        None
    }

    /// The conversation and sender of the next message: a third continue the last conversation
    /// with the other side answering; a quarter of the rest are group chats.
    fn pick_conversation(&mut self) -> (Conversation, Party) {
        if let Some((conversation, from)) = self.last
            && self.rng.random_bool(0.33)
        {
            let reply = self.other_side(conversation, from);
            self.last = Some((conversation, reply));
            return (conversation, reply);
        }
        let chosen = if !self.rooms.is_empty() && self.rng.random_bool(0.25) {
            let room = skewed(&mut self.rng, self.rooms.len()) as u32;
            let conversation = Conversation::Group { room };
            let staff_speaks = self.rng.random_bool(0.21);
            (conversation, self.group_member(room, staff_speaks))
        } else {
            let customer = skewed(&mut self.rng, self.customers.len()) as u32;
            let staff = if self.rng.random_bool(0.9) {
                self.customers[customer as usize].owner
            } else {
                self.rng.random_range(0..self.staff.len()) as u32
            };
            let from = if self.rng.random_bool(0.56) {
                Party::Staff(staff)
            } else {
                Party::Customer(customer)
            };
            (Conversation::Direct { staff, customer }, from)
        };
        self.last = Some(chosen);
        chosen
    }

    /// Who answers `from` in `conversation`.
    fn other_side(&mut self, conversation: Conversation, from: Party) -> Party {
        match conversation {
            Conversation::Direct { staff, customer } => match from {
                Party::Staff(_) => Party::Customer(customer),
                Party::Customer(_) => Party::Staff(staff),
            },
            Conversation::Group { room } => {
                let staff_speaks = matches!(from, Party::Customer(_)) && self.rng.random_bool(0.4);
                self.group_member(room, staff_speaks)
            }
        }
    }

    fn group_member(&mut self, room: u32, staff: bool) -> Party {
        let members = &self.rooms[room as usize].members;
        let is_wanted = |member: &&Party| matches!(member, Party::Staff(_)) == staff;
        let count = members.iter().filter(is_wanted).count();
        if count == 0 {
            return members[self.rng.random_range(0..members.len())];
        }
        let pick = self.rng.random_range(0..count);
        members
            .iter()
            .filter(is_wanted)
            .nth(pick)
            .copied()
            .unwrap_or(members[0])
    }

    /// `{"msgid": …, …, "msgtype": "<msgtype>", "<msgtype>": ` — the body and `}` follow.
    fn envelope(
        &self,
        out: &mut Vec<u8>,
        msgid: &[u8; 22],
        action: &str,
        from: Party,
        conversation: Conversation,
        msgtype: &str,
    ) {
        out.extend_from_slice(b"{\"msgid\": \"");
        self.push_msgid(out, msgid, self.seq);
        out.extend_from_slice(b"\", \"action\": \"");
        out.extend_from_slice(action.as_bytes());
        out.extend_from_slice(b"\", \"from\": \"");
        out.extend_from_slice(self.party_id(from).as_bytes());
        out.extend_from_slice(b"\", \"tolist\": [");
        let room_id = match conversation {
            Conversation::Direct { staff, customer } => {
                let to = match from {
                    Party::Staff(_) => Party::Customer(customer),
                    Party::Customer(_) => Party::Staff(staff),
                };
                out.push(b'"');
                out.extend_from_slice(self.party_id(to).as_bytes());
                out.push(b'"');
                ""
            }
            Conversation::Group { room } => {
                let room = &self.rooms[room as usize];
                let mut first = true;
                for member in room.members.iter().filter(|member| **member != from) {
                    if !first {
                        out.extend_from_slice(b", ");
                    }
                    first = false;
                    out.push(b'"');
                    out.extend_from_slice(self.party_id(*member).as_bytes());
                    out.push(b'"');
                }
                room.id.as_str()
            }
        };
        out.extend_from_slice(b"], \"roomid\": \"");
        out.extend_from_slice(room_id.as_bytes());
        out.extend_from_slice(b"\", \"msgtime\": ");
        push_number(out, self.msgtime);
        out.extend_from_slice(b", \"seq\": ");
        push_number(out, self.seq as i64);
        out.extend_from_slice(b", \"msgtype\": \"");
        out.extend_from_slice(msgtype.as_bytes());
        out.extend_from_slice(b"\", \"");
        out.extend_from_slice(msgtype.as_bytes());
        out.extend_from_slice(b"\": ");
    }

    fn push_msgid(&self, out: &mut Vec<u8>, msgid: &[u8; 22], seq: u64) {
        out.extend_from_slice(msgid);
        out.push(b'_');
        push_number(out, seq as i64);
    }

    fn party_id(&self, party: Party) -> &str {
        match party {
            Party::Staff(index) => &self.staff[index as usize].id,
            Party::Customer(index) => &self.customers[index as usize].id,
        }
    }

    /// `"{\"content\": \"<self.text>\"}"`: the text as a JSON document, itself as a JSON string.
    fn push_embedded_text(&mut self, out: &mut Vec<u8>) {
        self.inner.clear();
        self.inner.extend_from_slice(b"{\"content\": ");
        push_json_str(&mut self.inner, &self.text);
        self.inner.push(b'}');
        // Built from a &str and ASCII, so it is UTF-8.
        let inner = std::str::from_utf8(&self.inner).unwrap_or_default();
        push_json_str(out, inner);
    }

    fn push_embedded_image(&mut self, out: &mut Vec<u8>) {
        self.inner.clear();
        self.inner.extend_from_slice(b"{\"md5sum\": \"");
        push_hex(&mut self.rng, &mut self.inner, 32);
        self.inner.extend_from_slice(b"\", \"filesize\": ");
        push_number(&mut self.inner, self.rng.random_range(20_000..2_000_000u32));
        self.inner.extend_from_slice(b", \"sdkfileid\": \"");
        push_alnum_bytes(&mut self.rng, &mut self.inner, 60);
        self.inner.extend_from_slice(b"\"}");
        let inner = std::str::from_utf8(&self.inner).unwrap_or_default();
        push_json_str(out, inner);
    }

    fn choose<T>(&mut self, items: &'static [T]) -> &'static T {
        &items[self.rng.random_range(0..items.len())]
    }

    fn choose_weighted(&mut self, items: &'static [(u32, &'static str)]) -> &'static str {
        let total: u32 = items.iter().map(|(weight, _)| weight).sum();
        let mut pick = self.rng.random_range(0..total);
        for (weight, template) in items {
            if pick < *weight {
                return template;
            }
            pick -= weight;
        }
        items[0].1
    }

    /// Writes a sentence `from` says in `conversation` into `self.text`.
    fn compose_text(&mut self, conversation: Conversation, from: Party) {
        let staff = matches!(from, Party::Staff(_));
        let group = matches!(conversation, Conversation::Group { .. });
        let roll = self.rng.random_range(0..1000u32);
        if roll < 15 {
            return self.risky_text(conversation, from);
        }
        if roll < 35 {
            return self.pii_text();
        }
        if roll < 39 && staff {
            self.text.clear();
            let code_word = self.choose(CODE_WORDS);
            self.text.push_str("内部备注：");
            self.text.push_str(code_word);
            self.text.push('-');
            push_hex_str(&mut self.rng, &mut self.text, 8);
            self.text.push_str("，请勿外传。");
            return;
        }
        let templates = match (staff, group && self.rng.random_bool(0.5)) {
            (true, false) => STAFF_TEXT,
            (false, false) => CUSTOMER_TEXT,
            (true, true) => GROUP_STAFF_TEXT,
            (false, true) => GROUP_CUSTOMER_TEXT,
        };
        let template = self.choose_weighted(templates);
        self.expand(template, conversation, from);
        let variant = self.rng.random_range(0..1000u32);
        if variant < 20 {
            to_traditional(&self.text, &mut self.scratch);
            std::mem::swap(&mut self.text, &mut self.scratch);
        } else if variant < 35 {
            to_full_width(&self.text, &mut self.scratch);
            std::mem::swap(&mut self.text, &mut self.scratch);
        }
    }

    fn risky_text(&mut self, conversation: Conversation, from: Party) {
        let (rule, template) = *self.choose(RISKY);
        let keyword = self.choose(RISK_KEYWORDS[rule]);
        self.scratch.clear();
        let disguise = self.rng.random_range(0..100u32);
        let separator = match disguise {
            0..50 => None,
            50..65 => Some(" "),
            65..75 => Some("\u{200B}"),
            75..80 => Some("\u{3000}"),
            80..85 => Some("·"),
            _ => {
                to_traditional(keyword, &mut self.scratch);
                None
            }
        };
        if self.scratch.is_empty() {
            for (index, character) in keyword.chars().enumerate() {
                if index > 0
                    && let Some(separator) = separator
                {
                    self.scratch.push_str(separator);
                }
                self.scratch.push(character);
            }
        }
        let keyword_text = std::mem::take(&mut self.scratch);
        let (before, after) = template.split_once("{kw}").unwrap_or((template, ""));
        self.expand(before, conversation, from);
        let mut text = std::mem::take(&mut self.text);
        text.push_str(&keyword_text);
        self.expand(after, conversation, from);
        text.push_str(&self.text);
        self.text = text;
        self.scratch = keyword_text;
    }

    /// A mobile number, a resident id or a bank card, as people type them.
    fn pii_text(&mut self) {
        self.text.clear();
        let mut digits = [0u8; 19];
        match self.rng.random_range(0..3u32) {
            0 => {
                const PREFIXES: &[&[u8; 3]] = &[
                    b"130", b"135", b"136", b"138", b"139", b"150", b"152", b"158", b"159", b"166",
                    b"177", b"180", b"186", b"188", b"189", b"199",
                ];
                digits[..3].copy_from_slice(*self.choose(PREFIXES));
                for digit in &mut digits[3..11] {
                    *digit = b'0' + self.rng.random_range(0..10u8);
                }
                let (before, after) = match self.rng.random_range(0..3u32) {
                    0 => ("我的电话是", "，有事直接打。"),
                    1 => ("有事打我手机", "，白天都在。"),
                    _ => ("联系电话：", "，加微信也是这个号。"),
                };
                self.text.push_str(before);
                let style = self.rng.random_range(0..10u32);
                for (index, digit) in digits[..11].iter().enumerate() {
                    if (index == 3 || index == 7) && style >= 6 {
                        self.text.push(if style >= 8 { '-' } else { ' ' });
                    }
                    if style == 5 {
                        let full_width = 0xFF10 + u32::from(*digit - b'0');
                        self.text.push(char::from_u32(full_width).unwrap_or('0'));
                    } else {
                        self.text.push(char::from(*digit));
                    }
                }
                self.text.push_str(after);
            }
            1 => {
                const REGIONS: &[&[u8; 6]] = &[
                    b"110101", b"310104", b"440305", b"330106", b"510107", b"420106", b"320102",
                ];
                digits[..6].copy_from_slice(*self.choose(REGIONS));
                let year = self.rng.random_range(1950..2005u32);
                let month = self.rng.random_range(1..=12u32);
                let day = self.rng.random_range(1..=28u32);
                let birth = format!("{year:04}{month:02}{day:02}");
                digits[6..14].copy_from_slice(birth.as_bytes());
                for digit in &mut digits[14..17] {
                    *digit = b'0' + self.rng.random_range(0..10u8);
                }
                const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
                const CHECK: &[u8; 11] = b"10X98765432";
                let sum: u32 = digits[..17]
                    .iter()
                    .zip(WEIGHTS)
                    .map(|(digit, weight)| u32::from(digit - b'0') * weight)
                    .sum();
                digits[17] = CHECK[(sum % 11) as usize];
                self.text.push_str("身份证号");
                self.text
                    .push_str(std::str::from_utf8(&digits[..18]).unwrap_or_default());
                self.text.push_str("，您帮我填一下表。");
            }
            _ => {
                const BINS: &[&[u8; 6]] = &[b"622202", b"622848", b"621700", b"621483", b"622588"];
                let length = *self.choose(&[16usize, 19, 19]);
                digits[..6].copy_from_slice(*self.choose(BINS));
                for digit in &mut digits[6..length - 1] {
                    *digit = b'0' + self.rng.random_range(0..10u8);
                }
                digits[length - 1] = luhn_check_digit(&digits[..length - 1]);
                self.text.push_str("打款账户是");
                let spaced = self.rng.random_bool(0.25);
                for (index, digit) in digits[..length].iter().enumerate() {
                    if spaced && index > 0 && index % 4 == 0 {
                        self.text.push(' ');
                    }
                    self.text.push(char::from(*digit));
                }
                self.text.push_str("，户名写我的名字。");
            }
        }
    }

    /// Fills the template's slots into `self.text`.
    fn expand(&mut self, template: &str, conversation: Conversation, from: Party) {
        self.text.clear();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.text.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let slot = &rest[open + 1..open + close];
            rest = &rest[open + close + 1..];
            self.fill_slot(slot, conversation, from);
        }
        self.text.push_str(rest);
    }

    fn fill_slot(&mut self, slot: &str, conversation: Conversation, from: Party) {
        match slot {
            "p" | "p2" => {
                let product = self.choose(PRODUCTS);
                self.text.push_str(product);
            }
            "place" => {
                let place = self.choose(PLACES);
                self.text.push_str(place);
            }
            "day" => {
                let day = self.choose(DAYS);
                self.text.push_str(day);
            }
            "time" => {
                let time = self.choose(TIMES);
                self.text.push_str(time);
            }
            "date" => {
                let month = self.rng.random_range(1..=12u32);
                let day = self.rng.random_range(1..=28u32);
                let _ = write!(self.text, "{month}月{day}日");
            }
            "risk" => {
                let risk = self.choose(RISK_LEVELS);
                self.text.push_str(risk);
            }
            "index" => {
                let index = self.choose(INDEXES);
                self.text.push_str(index);
            }
            "sector" => {
                let sector = self.choose(SECTORS);
                self.text.push_str(sector);
            }
            "theme" => {
                let theme = self.choose(THEMES);
                self.text.push_str(theme);
            }
            "doc" => {
                let doc = self.choose(DOCS);
                self.text.push_str(doc);
            }
            "pct" => {
                let hundredths = self.rng.random_range(-800..2500i32);
                let sign = if hundredths < 0 { "-" } else { "" };
                let value = hundredths.unsigned_abs();
                let _ = write!(self.text, "{sign}{}.{:02}", value / 100, value % 100);
            }
            "pct2" => {
                let hundredths = self.rng.random_range(1..600u32);
                let _ = write!(self.text, "{}.{:02}", hundredths / 100, hundredths % 100);
            }
            "n" => {
                let n = self.rng.random_range(1..10u32);
                let _ = write!(self.text, "{n}");
            }
            "amount" => {
                let amount = *self.choose(&[500u32, 1000, 2000, 3000, 5000, 10000, 50000]);
                if amount >= 10000 && self.rng.random_bool(0.5) {
                    let _ = write!(self.text, "{},{:03}", amount / 1000, amount % 1000);
                } else {
                    let _ = write!(self.text, "{amount}");
                }
            }
            "wan" => {
                let wan = self.rng.random_range(5..300u32);
                let _ = write!(self.text, "{wan}");
            }
            "nav" => {
                let nav = self.rng.random_range(8000..25000u32);
                let _ = write!(self.text, "{}.{:04}", nav / 10000, nav % 10000);
            }
            "shares" => {
                let shares = self.rng.random_range(1000..200_000u32);
                let _ = write!(
                    self.text,
                    "{shares}.{:02}",
                    self.rng.random_range(0..100u32)
                );
            }
            "express" => {
                self.text.push_str("SF");
                for _ in 0..12 {
                    let digit = char::from(b'0' + self.rng.random_range(0..10u8));
                    self.text.push(digit);
                }
            }
            "cust" => {
                let customer = match (conversation, from) {
                    (Conversation::Direct { customer, .. }, _) => customer,
                    _ => self.rng.random_range(0..self.customers.len()) as u32,
                };
                self.text
                    .push_str(&self.customers[customer as usize].salutation);
            }
            "staff" => {
                let staff = match (conversation, from) {
                    (_, Party::Staff(staff)) | (Conversation::Direct { staff, .. }, _) => staff,
                    (Conversation::Group { room }, _) => {
                        match self.rooms[room as usize].members.first() {
                            Some(Party::Staff(staff)) => *staff,
                            _ => 0,
                        }
                    }
                };
                self.text.push_str(&self.staff[staff as usize].display);
            }
            other => {
                // An unknown slot is a bug in the tables above; keep it visible.
                self.text.push('{');
                self.text.push_str(other);
                self.text.push('}');
            }
        }
    }
}

/// An index in `0..len`, small ones far more likely (some customers and rooms are busy).
fn skewed(rng: &mut StdRng, len: usize) -> usize {
    let unit: f64 = rng.random();
    ((unit * unit * len as f64) as usize).min(len - 1)
}

fn fill_alnum(rng: &mut StdRng, out: &mut [u8]) {
    // Ten base-62 digits per 64-bit draw (62¹⁰ < 2⁶⁴; the bias is negligible for test data).
    for chunk in out.chunks_mut(10) {
        let mut bits = rng.next_u64();
        for byte in chunk {
            *byte = ALNUM[(bits % 62) as usize];
            bits /= 62;
        }
    }
}

fn push_alnum(rng: &mut StdRng, out: &mut String, count: usize) {
    let mut bytes = [0u8; 64];
    fill_alnum(rng, &mut bytes[..count]);
    out.push_str(std::str::from_utf8(&bytes[..count]).unwrap_or_default());
}

fn push_alnum_bytes(rng: &mut StdRng, out: &mut Vec<u8>, count: usize) {
    let start = out.len();
    out.resize(start + count, 0);
    fill_alnum(rng, &mut out[start..]);
}

fn push_hex(rng: &mut StdRng, out: &mut Vec<u8>, count: usize) {
    let mut bits = 0u64;
    for index in 0..count {
        if index % 16 == 0 {
            bits = rng.next_u64();
        }
        out.push(HEX[(bits & 15) as usize]);
        bits >>= 4;
    }
}

fn push_hex_str(rng: &mut StdRng, out: &mut String, count: usize) {
    let mut bits = rng.next_u64();
    for _ in 0..count.min(16) {
        out.push(char::from(HEX[(bits & 15) as usize]));
        bits >>= 4;
    }
}

/// A JSON string literal, escaped by serde_json.
fn push_json_str(out: &mut Vec<u8>, text: &str) {
    // Writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, text);
}

/// An integer, formatted without going through `fmt`.
fn push_number(out: &mut Vec<u8>, number: impl Into<i64>) {
    let number: i64 = number.into();
    let mut digits = [0u8; 20];
    let mut position = digits.len();
    let mut rest = number.unsigned_abs();
    loop {
        position -= 1;
        digits[position] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if number < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[position..]);
}

/// A coordinate, as `Display` writes it (`121.5`).
fn push_float(out: &mut Vec<u8>, number: f64) {
    let _ = write!(out, "{number}");
}

fn luhn_check_digit(payload: &[u8]) -> u8 {
    // Doubling starts with the rightmost payload digit (the check digit will follow it).
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(index, digit)| {
            let value = u32::from(digit - b'0');
            if index % 2 == 0 {
                let doubled = value * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                value
            }
        })
        .sum();
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// Simplified → traditional for the characters these templates use most (a few per sentence
/// are enough to exercise the index's t2s folding).
fn to_traditional(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    for character in text.chars() {
        out.push(match character {
            '们' => '們',
            '这' => '這',
            '个' => '個',
            '说' => '說',
            '险' => '險',
            '户' => '戶',
            '账' => '帳',
            '开' => '開',
            '赎' => '贖',
            '现' => '現',
            '会' => '會',
            '时' => '時',
            '间' => '間',
            '产' => '產',
            '书' => '書',
            '资' => '資',
            '单' => '單',
            '号' => '號',
            '费' => '費',
            '业' => '業',
            '务' => '務',
            '经' => '經',
            '问' => '問',
            '发' => '發',
            '给' => '給',
            '买' => '買',
            '卖' => '賣',
            '赚' => '賺',
            '稳' => '穩',
            '风' => '風',
            '内' => '內',
            '庄' => '莊',
            '证' => '證',
            '货' => '貨',
            '币' => '幣',
            '额' => '額',
            '谢' => '謝',
            '请' => '請',
            '对' => '對',
            '还' => '還',
            '后' => '後',
            '点' => '點',
            '报' => '報',
            '为' => '為',
            '过' => '過',
            '东' => '東',
            '认' => '認',
            '议' => '議',
            '数' => '數',
            '据' => '據',
            '测' => '測',
            '评' => '評',
            '约' => '約',
            '选' => '選',
            '转' => '轉',
            '权' => '權',
            '码' => '碼',
            '帮' => '幫',
            '飞' => '飛',
            '佣' => '傭',
            '场' => '場',
            '动' => '動',
            '长' => '長',
            '满' => '滿',
            '递' => '遞',
            '仅' => '僅',
            '参' => '參',
            '读' => '讀',
            '调' => '調',
            '应' => '應',
            '总' => '總',
            other => other,
        });
    }
}

/// ASCII letters and digits → full-width forms (`ETF300` → `ＥＴＦ３００`).
fn to_full_width(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len() + 16);
    for character in text.chars() {
        out.push(if character.is_ascii_alphanumeric() {
            char::from_u32(u32::from(character) + 0xFEE0).unwrap_or(character)
        } else {
            character
        });
    }
}
