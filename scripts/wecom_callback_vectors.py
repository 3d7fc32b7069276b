#!/usr/bin/env python3
"""Independent test vectors for WeCom's callback crypto (WXBizMsgCrypt).

The Rust implementation lives in `wecom/src/callback/crypto.rs`; this script implements the
documented algorithm a second time, in Python with the `cryptography` package, so that a mistake
shared by the code and its own unit tests cannot hide:

- msg_signature = sha1(concat(sorted([token, timestamp, nonce, encrypt]))) as lowercase hex,
  sorted by code point (the same as UTF-8 byte order);
- AESKey = base64_decode(EncodingAESKey + "="), 32 bytes; IV = AESKey[:16];
- plaintext = random(16) || len(msg) as u32 big-endian || msg || receiveid,
  PKCS#7-padded to a multiple of 32 bytes (pad value 1..=32), then AES-256-CBC without padding;
- encrypt = base64(ciphertext).

Before writing anything it checks itself against the two worked examples published in WeCom's
documentation (developer.work.weixin.qq.com, "加解密方案说明"): it must verify their signatures,
decrypt them, and re-encrypt them byte for byte with the random prefix it recovered. Those two
examples are kept in the output too.

Every other case is deterministic (keys and random prefixes come from SHA-256 of fixed labels), so
running the script again produces the same file. Regenerate with:

    python3 scripts/wecom_callback_vectors.py

which rewrites `wecom/tests/fixtures/callback-vectors.json`; `cargo test -p wecom --test
it callback_vectors` checks the Rust code against it.
"""
import base64
import hashlib
import json
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "wecom" / "tests" / "fixtures" / "callback-vectors.json"

BLOCK = 32  # WeCom pads to 32-byte blocks, not AES's 16.
KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def aes_key(encoding_aes_key: str) -> bytes:
    assert len(encoding_aes_key) == 43, "EncodingAESKey has 43 characters"
    # The 43rd character carries 2 bits beyond the 256 that make the key; WeCom's keys do not keep
    # them zero, and the non-strict decoder ignores them (as WeCom's own SDKs do).
    key = base64.b64decode(encoding_aes_key + "=")
    assert len(key) == 32
    return key


def sign(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    joined = "".join(sorted([token, timestamp, nonce, encrypt]))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def pad32(data: bytes) -> bytes:
    pad = BLOCK - len(data) % BLOCK
    return data + bytes([pad]) * pad


def unpad32(data: bytes) -> bytes:
    pad = data[-1]
    assert 1 <= pad <= BLOCK and data[-pad:] == bytes([pad]) * pad, "bad padding"
    return data[:-pad]


def encrypt(encoding_aes_key: str, random16: bytes, msg: bytes, receive_id: str) -> str:
    assert len(random16) == 16
    key = aes_key(encoding_aes_key)
    plain = random16 + struct.pack(">I", len(msg)) + msg + receive_id.encode("utf-8")
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    cipher_text = encryptor.update(pad32(plain)) + encryptor.finalize()
    return base64.b64encode(cipher_text).decode("ascii")


def decrypt(encoding_aes_key: str, encrypted: str):
    """Returns (random16, msg, receive_id)."""
    key = aes_key(encoding_aes_key)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    plain = unpad32(decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize())
    (msg_len,) = struct.unpack(">I", plain[16:20])
    msg = plain[20 : 20 + msg_len]
    assert len(msg) == msg_len, "msg_len beyond the plaintext"
    return plain[:16], msg, plain[20 + msg_len :].decode("utf-8")


def derived(label: str, length: int) -> bytes:
    """Deterministic bytes for a case, so regenerating gives the same file."""
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(f"{label}/{counter}".encode()).digest()
        counter += 1
    return out[:length]


def derived_key(label: str) -> str:
    return "".join(KEY_ALPHABET[b % len(KEY_ALPHABET)] for b in derived("key/" + label, 43))


# The worked examples in WeCom's documentation (same corp, token and key for both).
DOC_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
DOC_TOKEN = "QDG6eK"
DOC_CORP = "wx5823bf96d3bd56c7"
DOC_EXAMPLES = [
    {
        "name": "wecom-docs-url-verification-echostr",
        "timestamp": "1409659589",
        "nonce": "263014780",
        "msg_signature": "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
        "encrypt": "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE"
        "7OaBO+FZXvnaqQ==",
    },
    {
        "name": "wecom-docs-post-text-message",
        "timestamp": "1409659813",
        "nonce": "1372623149",
        "msg_signature": "477715d11cdb4164915debcba66cb864d751f3e6",
        "encrypt": "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0Q"
        "ADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4a"
        "SknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5"
        "mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4E"
        "hzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H"
        "3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==",
    },
]

CHINESE_EVENT = (
    "<xml><ToUserName><![CDATA[ww4b6a5c5d6e7f8a9b]]></ToUserName>"
    "<FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1700000000</CreateTime>"
    "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_contact]]></Event>"
    "<ChangeType><![CDATA[add_external_contact]]></ChangeType>"
    "<UserID><![CDATA[张三]]></UserID><ExternalUserID><![CDATA[wmXyZ客户0001]]></ExternalUserID>"
    "<State><![CDATA[渠道：春季活动·上海]]></State><WelcomeCode><![CDATA[WELCOME欢迎语]]></WelcomeCode></xml>"
)

CORP = "ww4b6a5c5d6e7f8a9b"


def full_block_message(receive_id: str, blocks: int) -> bytes:
    """A message that makes random||len||msg||receiveid an exact multiple of 32, so the padding
    is a whole block of 32 bytes of value 32."""
    length = BLOCK * blocks - 20 - len(receive_id.encode("utf-8"))
    return (b"<xml>" + b"x" * length)[:length]


# (name, receive_id, token, message bytes)
GENERATED = [
    ("empty-message", CORP, "tok3n", b""),
    ("chinese-xml-event", CORP, "Zh0ngWen", CHINESE_EVENT.encode("utf-8")),
    ("full-block-padding-empty-receive-id", "", "t0ken", full_block_message("", 3)),
    ("full-block-padding-corp-id", CORP, "t0ken", full_block_message(CORP, 4)),
    ("padding-of-one", CORP, "t0ken", b"p" * (BLOCK * 3 - 1 - 20 - len(CORP))),
    ("echostr", CORP, "QDG6eK", b"4785301922561049437"),
    ("non-utf8-bytes", "wxsuite9f8e7d6c5b", "SuiteTok", bytes(range(256)) + b"\xff\xfe\x00"),
    # Upper case sorts before lower case in byte order; main() checks that a case-insensitive sort
    # would order this token and ciphertext the other way round.
    ("sorting-is-byte-order", CORP, "aToken", b"<xml><Event><![CDATA[msgaudit_notify]]></Event></xml>"),
]


def case_for(name, key, token, receive_id, timestamp, nonce, random16, msg, encrypted, signature):
    case = {
        "name": name,
        "encoding_aes_key": key,
        "token": token,
        "receive_id": receive_id,
        "timestamp": timestamp,
        "nonce": nonce,
        "random_hex": random16.hex(),
    }
    try:
        case["msg"] = msg.decode("utf-8")
    except UnicodeDecodeError:
        case["msg_b64"] = base64.b64encode(msg).decode("ascii")
    case["encrypt"] = encrypted
    case["msg_signature"] = signature
    return case


def main():
    cases = []
    for example in DOC_EXAMPLES:
        assert sign(DOC_TOKEN, example["timestamp"], example["nonce"], example["encrypt"]) == (
            example["msg_signature"]
        ), f"{example['name']}: signature does not match the documentation"
        random16, msg, receive_id = decrypt(DOC_KEY, example["encrypt"])
        assert receive_id == DOC_CORP, f"{example['name']}: receive id {receive_id!r}"
        assert encrypt(DOC_KEY, random16, msg, receive_id) == example["encrypt"], (
            f"{example['name']}: re-encryption differs from the documentation"
        )
        cases.append(
            case_for(
                example["name"], DOC_KEY, DOC_TOKEN, DOC_CORP, example["timestamp"],
                example["nonce"], random16, msg, example["encrypt"], example["msg_signature"],
            )
        )

    for index, (name, receive_id, token, msg) in enumerate(GENERATED):
        key = derived_key(name)
        random16 = derived("random/" + name, 16)
        timestamp = str(1_700_000_000 + index * 97)
        nonce = str(int.from_bytes(derived("nonce/" + name, 4), "big"))
        encrypted = encrypt(key, random16, msg, receive_id)
        signature = sign(token, timestamp, nonce, encrypted)
        if name == "sorting-is-byte-order":
            parts = [token, timestamp, nonce, encrypted]
            assert sorted(parts) != sorted(parts, key=str.casefold), "pick another token"
        # Round trip through this script's own decryption, as a sanity check of the script.
        assert decrypt(key, encrypted) == (random16, msg, receive_id), name
        cases.append(
            case_for(name, key, token, receive_id, timestamp, nonce, random16, msg, encrypted,
                     signature)
        )

    document = {
        "about": "WeCom callback crypto vectors, written by scripts/wecom_callback_vectors.py "
        "(an implementation independent of the Rust code). Do not edit by hand.",
        "cases": cases,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
