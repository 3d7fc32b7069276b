#!/usr/bin/env python3
"""Dev tool: a fresh risk-evaluation corpus with evasion styles the sample corpus does not use.

Takes every planted keyword hit of the sample (`tests/fixtures/archive-*`), rewrites each keyword
occurrence in one of several evasion styles, and adds honest sentences that use the keywords in
negated or word-boundary ways. Writes a corpus (JSONL) and a truth file in the same format as
`archive-truth.json`, to be scored with:

    python3 scripts/gen_evasion_corpus.py OUT_DIR
    scrm archive scan-eval --truth OUT_DIR/evasion-truth.json OUT_DIR/evasion-corpus.jsonl
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# Simplified -> traditional for the characters of the default pack's keywords.
TRADITIONAL = {
    "证": "證", "赚": "賺", "险": "險", "内": "內", "庄": "莊", "转": "轉", "个": "個",
    "账": "賬", "户": "戶", "码": "碼", "帮": "幫", "权": "權", "托": "託", "号": "號",
    "点": "點", "佣": "傭", "风": "風", "单": "單", "们": "們", "赔": "賠", "私": "私",
    "升": "昇", "对": "對", "钱": "錢", "门": "門",
}

STYLES = {
    "zero_width": lambda kw: "\u200b".join(kw),
    "spaces": lambda kw: " ".join(kw),
    "dots": lambda kw: "·".join(kw),
    "dashes": lambda kw: "-".join(kw),
    "traditional": lambda kw: "".join(TRADITIONAL.get(c, c) for c in kw),
    "traditional_spaced": lambda kw: "  ".join(TRADITIONAL.get(c, c) for c in kw),
    "word_joiner": lambda kw: "\u2060".join(kw),
    "slashes": lambda kw: "/".join(kw),
}

HONEST_TEMPLATES = [
    "本产品不{kw}，请您知悉风险。",
    "我们从来不说{kw}这种话。",
    "这不是{kw}的产品，净值会波动。",
    "公司严禁{kw}，请您放心。",
    "并非{kw}，历史业绩不代表未来。",
    "没有{kw}这回事，请理性投资。",
    # Held out: written after negated verbs of saying were handled, and not tuned against.
    "我从没提过{kw}，一切以合同为准。",
    "绝对不会承诺{kw}，这是底线。",
    "{kw}是不可能的，请理性看待。",
    "哪有什么{kw}，投资有风险。",
]


def digits_evasions(text):
    """Rewrites runs of 11+ digits: full-width, or split by spaces or dashes."""
    out, run = [], ""
    for ch in text + "\0":
        if ch.isdigit():
            run += ch
            continue
        if len(run) >= 11:
            style = random.choice(["fullwidth", "spaces", "dashes"])
            if style == "fullwidth":
                run = "".join(chr(ord(c) + 0xFEE0) for c in run)
            elif style == "spaces":
                run = " ".join(run[i:i + 4] for i in range(0, len(run), 4))
            else:
                run = "-".join(run[i:i + 4] for i in range(0, len(run), 4))
        out.append(run)
        run = ""
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def main():
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/scrm-evasion")
    out_dir.mkdir(parents=True, exist_ok=True)
    random.seed(2026)
    truth = json.loads((FIXTURES / "archive-truth.json").read_text())
    keywords = {rule["id"]: rule["keywords"] for rule in truth["rules"]}
    messages = {}
    with open(FIXTURES / "archive-corpus.jsonl") as corpus:
        for line in corpus:
            message = json.loads(line)
            messages[message["msgid"]] = message

    corpus_out, hits, near_misses, styles_used = [], {}, {}, {}
    for msgid, codes in truth["hits"].items():
        message = messages.get(msgid)
        if not message or message.get("msgtype") != "text":
            continue
        for variant, style in enumerate(STYLES):
            content = message["text"]["content"]
            for code in codes:
                for keyword in keywords.get(code, []):
                    if keyword in content:
                        content = content.replace(keyword, STYLES[style](keyword))
            if "R6" in codes:
                content = digits_evasions(content)
            if content == message["text"]["content"]:
                continue
            new_id = f"{msgid}_ev{variant}"
            copy = dict(message, msgid=new_id, text={"content": content})
            corpus_out.append(copy)
            hits[new_id] = codes
            styles_used[style] = styles_used.get(style, 0) + 1

    staff = [m for m in messages.values() if not m.get("from", "").startswith(("wm", "wo"))]
    for code in ["R1", "R2", "R3", "R4", "R5"]:
        for keyword in keywords[code]:
            for number, template in enumerate(HONEST_TEMPLATES):
                base = random.choice(staff)
                new_id = f"honest_{code}_{len(near_misses)}_{number}"
                copy = dict(base, msgid=new_id, msgtype="text", text={"content": template.format(kw=keyword)})
                copy.pop("revoke", None)
                corpus_out.append(copy)
                near_misses[new_id] = [code]

    with open(out_dir / "evasion-corpus.jsonl", "w") as out:
        for message in corpus_out:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")
    (out_dir / "evasion-truth.json").write_text(
        json.dumps({"hits": hits, "near_misses": near_misses}, ensure_ascii=False, indent=1)
    )
    print(f"{len(corpus_out)} messages: {len(hits)} evaded hits {styles_used}, {len(near_misses)} honest sentences",
          file=sys.stderr)


if __name__ == "__main__":
    main()
