#!/usr/bin/env python3
"""Dev tool: test vectors for WeCom's conversation archive as the HTTP stand-in speaks it.

Written from the algorithm, not from the Rust code, so `wecom/tests/it/finance_vectors.rs` checks
Rust against a second implementation (Python's `cryptography`):

- `encrypt_random_key` = base64(RSA PKCS#1 v1.5 encryption of the random key's bytes under the
  tenant's archive public key of version `publickey_ver`);
- `encrypt_chat_msg` = base64(IV (16 bytes) || AES-256-CBC(key = SHA-256(random key bytes), IV,
  PKCS#7-padded message)).

Regenerate (needs `pip install cryptography`):

    python3 scripts/wecom_finance_vectors.py            # keeps the committed test key
    python3 scripts/wecom_finance_vectors.py --new-key  # a fresh 2048-bit test key

The RSA key is a test-only key that lives in the fixture; it opens nothing else. PKCS#1 v1.5
encryption is randomized, so `encrypt_random_key` changes on every run; everything else is fixed.
"""
import argparse
import base64
import hashlib
import json
import sys
from pathlib import Path

from cryptography.hazmat.primitives import padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "wecom" / "tests" / "fixtures" / "finance-vectors.json"
PUBLICKEY_VER = 3

# Short ASCII strings like WeCom's random keys, plus the edges: one byte, and 245 bytes (the most
# PKCS#1 v1.5 carries under a 2048-bit key: 256 - 11).
LONGEST_KEY = "".join(chr(0x21 + (i * 7) % 94) for i in range(245))

CASES = [
    (
        "ascii text message",
        "q8ZlYc3wN0vT5pR2kH7xB4mD9sF1gJ6a",
        bytes(range(16)),
        json.dumps(
            {
                "msgid": "10000000000001_1700000000000",
                "action": "send",
                "from": "zhangsan",
                "tolist": ["wmCustomer0001"],
                "roomid": "",
                "msgtime": 1700000000000,
                "msgtype": "text",
                "text": {"content": "hello, see you at 3pm"},
            },
            separators=(",", ":"),
        ),
    ),
    (
        "chinese text message",
        "Vb2n8Kq0Xr5Lm1Tz7Hc4Wd9Jf3Gs6Pa0",
        bytes([0xA5] * 16),
        json.dumps(
            {
                "msgid": "10000000000002_1700000060000",
                "action": "send",
                "from": "wmCustomer0001",
                "tolist": ["zhangsan"],
                "roomid": "wrRoom0001",
                "msgtime": 1700000060000,
                "msgtype": "text",
                "text": {"content": "您好，这个理财产品保本吗？收益率是多少？😀"},
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    ),
    ("empty message", "k", bytes(16), ""),
    ("exactly one block", "0123456789abcdef0123456789abcdef", bytes([0xFF] * 16), "A" * 16),
    (
        "exactly four blocks",
        "NnM3zX8cV1bQ6wE0rT5yU9iO2pA7sD4f",
        bytes(range(0xF0, 0x100)),
        '{"msgtype":"text","text":{"content":"' + "x" * 24 + '"}}',  # 64 bytes
    ),
    ("longest random key", LONGEST_KEY, hashlib.sha256(b"iv").digest()[:16], '{"msgtype":"revoke"}'),
]


def stand_in_encrypt(random_key: bytes, msg: bytes, iv: bytes) -> str:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(msg) + padder.finalize()
    key = hashlib.sha256(random_key).digest()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return base64.b64encode(iv + encryptor.update(padded) + encryptor.finalize()).decode("ascii")


def stand_in_decrypt(random_key: bytes, blob_b64: str) -> bytes:
    blob = base64.b64decode(blob_b64, validate=True)
    key = hashlib.sha256(random_key).digest()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()
    padded = decryptor.update(blob[16:]) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def load_or_generate_key(new_key: bool) -> rsa.RSAPrivateKey:
    if not new_key and OUT.exists():
        pem = json.loads(OUT.read_text(encoding="utf-8"))["private_key_pem_pkcs8"]
        return serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new-key", action="store_true", help="generate a fresh RSA test key")
    args = parser.parse_args()

    private_key = load_or_generate_key(args.new_key)
    public_key = private_key.public_key()
    cases = []
    for name, random_key, iv, msg in CASES:
        assert len(iv) == 16, name
        if name.startswith("exactly"):
            assert len(msg.encode("utf-8")) % 16 == 0, name
        encrypt_random_key = base64.b64encode(
            public_key.encrypt(random_key.encode("ascii"), rsa_padding.PKCS1v15())
        ).decode("ascii")
        encrypt_chat_msg = stand_in_encrypt(random_key.encode("ascii"), msg.encode("utf-8"), iv)
        # Self-check with the decrypting halves before anything is written.
        opened = private_key.decrypt(base64.b64decode(encrypt_random_key), rsa_padding.PKCS1v15())
        assert opened == random_key.encode("ascii"), name
        assert stand_in_decrypt(opened, encrypt_chat_msg) == msg.encode("utf-8"), name
        cases.append(
            {
                "name": name,
                "random_key": random_key,
                "encrypt_random_key": encrypt_random_key,
                "iv_hex": iv.hex(),
                "msg": msg,
                "encrypt_chat_msg": encrypt_chat_msg,
            }
        )
    def private_pem(fmt: serialization.PrivateFormat) -> str:
        return private_key.private_bytes(
            serialization.Encoding.PEM, fmt, serialization.NoEncryption()
        ).decode("ascii")

    vectors = {
        "_comment": "Generated by scripts/wecom_finance_vectors.py (see its header); "
        "the RSA key is a test-only key.",
        "private_key_pem_pkcs1": private_pem(serialization.PrivateFormat.TraditionalOpenSSL),
        "private_key_pem_pkcs8": private_pem(serialization.PrivateFormat.PKCS8),
        "public_key_pem": public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii"),
        "public_key_pem_pkcs1": public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
        ).decode("ascii"),
        "publickey_ver": PUBLICKEY_VER,
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(vectors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(cases)} cases)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
