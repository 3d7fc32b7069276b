//! Risk scanning throughput, single core, over the sample corpus's message texts repeated to
//! about 50 MB (`RISK_BENCH_MB` to change).
//!
//! Stages, each with the default pack (28 keywords + detectors) and with a 5,000-keyword pack
//! (the default pack plus deterministic, plausible generated keywords):
//! - `automaton`: the multi-pattern automaton alone over the already normalised, compact text
//!   (daachorse, overlapping matches, both over `&str` and fed char by char as the engine does);
//! - `normalise`: `ScanText::new` alone (NFKC, case fold, simplification, separators removed,
//!   offset maps);
//! - `scan`: `RiskEngine::scan` end to end, per message; also with the keyword rules alone and
//!   the detector rule alone, to show where the time goes.
//!
//! - `grep -F -c -f`: the same message texts (one per line, repeated as above) and the same
//!   keywords through GNU grep, as a peer measured in the same run (skipped when `grep` is not
//!   on the PATH). The files are written to a temporary directory and removed afterwards.
//!
//! MB are 10^6 bytes of UTF-8 input to the stage. Each figure is the best of three passes.
//!
//! `cargo bench -p archive --bench risk`

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::hint::black_box;
use std::time::{Duration, Instant};

use archive::Message;
use archive::risk::normalize::{ScanText, compact};
use archive::risk::{AppliesTo, RiskEngine, Rule, SenderKind, Severity, default_pack};
use daachorse::CharwiseDoubleArrayAhoCorasick;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
);
const PASSES: usize = 3;
const GENERATED_KEYWORDS: usize = 5_000;
const KEYWORDS_PER_GENERATED_RULE: usize = 100;

struct Sample {
    text: String,
    sender: SenderKind,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target_mb: usize = std::env::var("RISK_BENCH_MB")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(50);
    let samples = load_samples()?;
    let corpus_bytes: usize = samples.iter().map(|sample| sample.text.len()).sum();
    let repeats = (target_mb * 1_000_000).div_ceil(corpus_bytes.max(1));
    println!(
        "input: {} messages with text, {:.2} MB per pass, repeated {repeats}x = {:.1} MB",
        samples.len(),
        mb(corpus_bytes),
        mb(corpus_bytes * repeats)
    );

    let started = Instant::now();
    archive::risk::warm_up();
    println!("jieba dictionary load: {:.0?}", started.elapsed());

    let default_rules = default_pack();
    let large_rules = large_pack();
    let large_keywords: usize = large_rules.iter().map(|rule| rule.keywords.len()).sum();

    let compact_texts: Vec<String> = samples.iter().map(|sample| compact(&sample.text)).collect();
    let compact_text = compact_texts.join("\n").repeat(repeats);
    let grep_dir = std::env::temp_dir().join(format!("scrm-risk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&grep_dir)?;
    let grep_text = grep_dir.join("text.txt");
    let mut raw_text = String::new();
    for _ in 0..repeats {
        for sample in &samples {
            raw_text.push_str(&sample.text.replace('\n', " "));
            raw_text.push('\n');
        }
    }
    std::fs::write(&grep_text, &raw_text)?;

    for (label, rules) in [("default pack", &default_rules), ("5k pack", &large_rules)] {
        let keywords: Vec<String> = distinct_compact_keywords(rules);
        println!("\n== {label}: {} distinct keywords ==", keywords.len());
        bench_automaton(&keywords, &compact_text)?;
        let resident_before = resident_mib();
        let started = Instant::now();
        let engine = RiskEngine::new(rules)?;
        println!(
            "engine build: {:.0?}, resident memory +{:.0} MiB",
            started.elapsed(),
            resident_mib() - resident_before
        );
        bench_scan("scan, all rules", &engine, &samples, repeats);
        bench_grep(&keywords, &grep_dir, &grep_text, raw_text.len())?;
    }
    std::fs::remove_dir_all(&grep_dir)?;
    println!(
        "\n(5k pack: {large_keywords} keywords in {} rules)",
        large_rules.len()
    );

    // Every rule applied to every sender here, so that each line scans the same messages.
    println!("\n== where the time goes (default pack, every rule for every sender) ==");
    let for_everyone = |rules: Vec<Rule>| -> Vec<Rule> {
        rules
            .into_iter()
            .map(|rule| Rule {
                applies_to: AppliesTo::Both,
                ..rule
            })
            .collect()
    };
    bench_normalise(&samples, repeats);
    let all_rules = for_everyone(default_rules.clone());
    let keyword_rules = for_everyone(
        default_rules
            .iter()
            .filter(|rule| !rule.keywords.is_empty())
            .cloned()
            .collect(),
    );
    let detector_rules = for_everyone(
        default_rules
            .iter()
            .filter(|rule| !rule.detectors.is_empty())
            .cloned()
            .collect(),
    );
    let everything = RiskEngine::new(&all_rules)?;
    bench_scan("scan, R1-R6", &everything, &samples, repeats);
    let keywords_only = RiskEngine::new(&keyword_rules)?;
    bench_scan(
        "scan, keyword rules R1-R5",
        &keywords_only,
        &samples,
        repeats,
    );
    let detectors_only = RiskEngine::new(&detector_rules)?;
    bench_scan("scan, detector rule R6", &detectors_only, &samples, repeats);
    Ok(())
}

fn load_samples() -> Result<Vec<Sample>, Box<dyn std::error::Error>> {
    let corpus = std::fs::read_to_string(CORPUS)?;
    let mut samples = Vec::new();
    for line in corpus.lines().filter(|line| !line.trim().is_empty()) {
        let message = Message::parse_json(line)?;
        let text = message.searchable_text();
        if text.is_empty() {
            continue;
        }
        samples.push(Sample {
            text,
            sender: SenderKind::of_wecom_id(&message.from),
        });
    }
    Ok(samples)
}

fn distinct_compact_keywords(rules: &[Rule]) -> Vec<String> {
    let mut keywords: Vec<String> = rules
        .iter()
        .flat_map(|rule| rule.keywords.iter().chain(&rule.exceptions))
        .map(|keyword| compact(keyword))
        .collect();
    keywords.sort_unstable();
    keywords.dedup();
    keywords
}

fn bench_automaton(keywords: &[String], text: &str) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let automaton: CharwiseDoubleArrayAhoCorasick<u32> =
        CharwiseDoubleArrayAhoCorasick::new(keywords).map_err(|error| error.to_string())?;
    println!(
        "automaton build: {:.1?}, {} KiB",
        started.elapsed(),
        automaton.heap_bytes() >> 10
    );
    let (elapsed, matches) = best_of(|| automaton.find_overlapping_iter(text).count());
    report(
        "automaton, overlapping over &str",
        text.len(),
        elapsed,
        matches,
    );

    let characters: Vec<char> = text.chars().collect();
    let (elapsed, matches) = best_of(|| {
        let mut stepper = automaton.find_overlapping_stepper();
        let mut matches = 0;
        for &character in &characters {
            stepper.consume(character);
            matches += stepper.matches().count();
        }
        matches
    });
    report(
        "automaton, stepper over chars",
        text.len(),
        elapsed,
        matches,
    );
    Ok(())
}

fn bench_normalise(samples: &[Sample], repeats: usize) {
    let bytes: usize = samples
        .iter()
        .map(|sample| sample.text.len())
        .sum::<usize>()
        * repeats;
    let (elapsed, characters) = best_of(|| {
        let mut characters = 0;
        let mut scan_text = ScanText::default();
        for _ in 0..repeats {
            for sample in samples {
                scan_text.refill(&sample.text);
                characters += black_box(&scan_text).compact().len();
            }
        }
        characters
    });
    report("normalise (ScanText::refill)", bytes, elapsed, characters);
}

fn bench_scan(label: &str, engine: &RiskEngine, samples: &[Sample], repeats: usize) {
    let bytes: usize = samples
        .iter()
        .map(|sample| sample.text.len())
        .sum::<usize>()
        * repeats;
    let (elapsed, hits) = best_of(|| {
        let mut hits = 0;
        for _ in 0..repeats {
            for sample in samples {
                hits += engine.scan(&sample.text, sample.sender).len();
            }
        }
        hits
    });
    report(label, bytes, elapsed, hits);
}

/// `grep -F -c -f KEYWORDS TEXT`, best of three: plain substrings, no normalisation, no
/// context (counts matching lines).
fn bench_grep(
    keywords: &[String],
    dir: &std::path::Path,
    text: &std::path::Path,
    bytes: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let keyword_file = dir.join("keywords.txt");
    std::fs::write(&keyword_file, keywords.join("\n") + "\n")?;
    let mut best: Option<(Duration, usize)> = None;
    for _ in 0..PASSES {
        let started = Instant::now();
        let output = match std::process::Command::new("grep")
            .arg("-F")
            .arg("-c")
            .arg("-f")
            .arg(&keyword_file)
            .arg(text)
            .env("LC_ALL", "C.UTF-8")
            .output()
        {
            Ok(output) => output,
            Err(error) => {
                println!("grep -F -c -f: not run ({error})");
                return Ok(());
            }
        };
        let elapsed = started.elapsed();
        let lines: usize = String::from_utf8_lossy(&output.stdout).trim().parse()?;
        if best.is_none_or(|(fastest, _)| elapsed < fastest) {
            best = Some((elapsed, lines));
        }
    }
    if let Some((elapsed, lines)) = best {
        report("grep -F -c -f (lines)", bytes, elapsed, lines);
    }
    Ok(())
}

fn best_of(mut run: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut output = 0;
    for _ in 0..PASSES {
        let started = Instant::now();
        output = black_box(run());
        best = best.min(started.elapsed());
    }
    (best, output)
}

fn report(label: &str, bytes: usize, elapsed: Duration, count: usize) {
    println!(
        "{label:<36} {:>8.1} MB/s  ({:.1} MB in {elapsed:.2?}, {count} results)",
        mb(bytes) / elapsed.as_secs_f64(),
        mb(bytes)
    );
}

/// This process's resident memory (Linux; 0 elsewhere).
fn resident_mib() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|statm| statm.split_whitespace().nth(1)?.parse::<f64>().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / f64::from(1 << 20)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// The default pack plus rules holding generated keywords: two-word phrases of the kind a
/// compliance team adds (`保底收益`, `内线消息`, `配资通道`), 100 to a rule.
fn large_pack() -> Vec<Rule> {
    let mut rules = default_pack();
    let generated = generated_keywords(GENERATED_KEYWORDS);
    for (index, keywords) in generated.chunks(KEYWORDS_PER_GENERATED_RULE).enumerate() {
        rules.push(Rule {
            code: format!("G{}", index + 1),
            name: format!("generated {}", index + 1),
            category: "generated".into(),
            severity: Severity::Medium,
            keywords: keywords.to_vec(),
            patterns: Vec::new(),
            detectors: Vec::new(),
            applies_to: AppliesTo::Staff,
            exceptions: Vec::new(),
        });
    }
    rules
}

/// `count` distinct keywords: every prefix word with every suffix word, in a fixed order.
fn generated_keywords(count: usize) -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "保证", "承诺", "稳定", "高额", "内部", "私下", "绝对", "独家", "翻倍", "无忧", "固定",
        "刚性", "超额", "专属", "秘密", "提前", "保底", "包赔", "零损", "暴涨", "必涨", "必赚",
        "轻松", "快速", "安全", "无损", "稳健", "定向", "优先", "特殊", "隐形", "额外", "免费",
        "低价", "内线", "庄股", "妖股", "龙头", "题材", "主力", "机构", "游资", "大户", "私募",
        "场外", "配资", "杠杆", "代持", "代理", "委托", "托管", "返还", "补偿", "赔付", "兜底",
        "回购", "溢价", "折价", "打新", "中签", "原始", "期权", "理财", "信托", "基金", "票据",
        "债权", "收益", "个人", "微信", "私人",
    ];
    const SUFFIXES: &[&str] = &[
        "收益", "回报", "分红", "利息", "返利", "渠道", "名额", "消息", "额度", "计划", "项目",
        "产品", "方案", "账户", "通道", "服务", "协议", "合同", "承诺", "保障", "机会", "秘籍",
        "内幕", "行情", "牛股", "黑马", "组合", "策略", "模式", "平台", "群组", "会员", "特权",
        "福利", "奖励", "佣金", "提成", "回扣", "红包", "礼品", "现金", "转账", "汇款", "存单",
        "凭证", "担保", "补贴", "套利", "对冲", "配额", "份额", "资金", "本金", "利润", "增值",
        "翻番", "倍增", "保值", "升值", "兑付", "赎回", "到账", "提现", "入金", "出金", "认购",
        "申购", "转让", "代办", "号码", "账号",
    ];
    let default_keywords: Vec<String> = default_pack()
        .into_iter()
        .flat_map(|rule| rule.keywords)
        .collect();
    let mut keywords = Vec::with_capacity(count);
    for prefix in PREFIXES {
        for suffix in SUFFIXES {
            let keyword = format!("{prefix}{suffix}");
            if prefix == suffix || default_keywords.contains(&keyword) {
                continue;
            }
            keywords.push(keyword);
            if keywords.len() == count {
                return keywords;
            }
        }
    }
    keywords
}
