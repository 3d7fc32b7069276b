//! Throughput of sealing, opening and chaining archive messages, and of opening a WeCom archive
//! record's RSA-sealed random key (the puller's ceiling).
//!
//! `cargo bench -p archive --bench crypto`. A plain timing loop rather than criterion, to keep
//! the dependency tree small; numbers are indicative (best of a few rounds).

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::hint::black_box;
use std::time::{Duration, Instant};

use archive::chain::{ChainHead, ciphertext_digest};
use archive::crypto::{DataKey, Keyring, open, seal};
use archive::pull::keys::PrivateKeyRing;

const ROUNDS: usize = 5;

fn best_of<F: FnMut()>(mut run: F) -> Duration {
    (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn report(name: &str, messages: usize, bytes: usize, elapsed: Duration) {
    let seconds = elapsed.as_secs_f64();
    println!(
        "{name:<28} {:>10.0} msg/s {:>8.1} MB/s",
        messages as f64 / seconds,
        bytes as f64 / seconds / 1e6
    );
}

fn main() {
    // One record's random key, as WeCom seals it: RSA-2048 PKCS#1 v1.5 under the tenant's
    // archive public key (the test key of `archive::pull::keys`).
    let ring =
        PrivateKeyRing::from_pems([(1, include_str!("../src/pull/testdata/key-a-pkcs8.pem"))])
            .expect("test key");
    let sealed_key = include_str!("../src/pull/testdata/key-a-random-key.b64");
    let records = 500;
    let elapsed = best_of(|| {
        for _ in 0..records {
            black_box(
                ring.decrypt_random_key(1, black_box(sealed_key))
                    .expect("opens"),
            );
        }
    });
    report("RSA-2048 random key, 1 core", records, 0, elapsed);

    let mut keyring = Keyring::new();
    keyring
        .insert(1, DataKey::generate())
        .expect("fresh keyring");

    for size in [200usize, 4096, 65536] {
        let messages = (8 << 20) / size;
        let plaintext = vec![0x5a_u8; size];
        let msgids: Vec<String> = (0..messages).map(|index| format!("msg-{index}")).collect();

        let sealed: Vec<Vec<u8>> = msgids
            .iter()
            .map(|msgid| seal(&keyring, 7, msgid, &plaintext).expect("seal"))
            .collect();

        let elapsed = best_of(|| {
            for msgid in &msgids {
                black_box(seal(&keyring, 7, msgid, black_box(&plaintext)).expect("seal"));
            }
        });
        report(
            &format!("seal {size} B"),
            messages,
            messages * size,
            elapsed,
        );

        let elapsed = best_of(|| {
            for (msgid, blob) in msgids.iter().zip(&sealed) {
                black_box(open(&keyring, 7, msgid, black_box(blob)).expect("open"));
            }
        });
        report(
            &format!("open {size} B"),
            messages,
            messages * size,
            elapsed,
        );

        let elapsed = best_of(|| {
            let mut head = ChainHead::genesis(7);
            for (msgid, blob) in msgids.iter().zip(&sealed) {
                head = head.append(msgid, &ciphertext_digest(blob));
            }
            black_box(head);
        });
        report(
            &format!("chain {size} B"),
            messages,
            messages * size,
            elapsed,
        );
    }
}
