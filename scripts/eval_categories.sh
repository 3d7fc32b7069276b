#!/usr/bin/env bash
# Issue 17: scores a scrm binary on the category evaluation sets.
#
#   scripts/eval_categories.sh SCRM_BINARY OUT_DIR
#
# Generates (fixed seeds) the training half with `gen_evasion_corpus.py --categories OUT_DIR`,
# the first held-out half with `evasion_heldout.py OUT_DIR` (run once after the first fixes,
# training data since), the second with `evasion_heldout2.py OUT_DIR` (written by someone who
# saw neither the scanner nor the other sets; run once, training data since), the third with
# `evasion_heldout3.py OUT_DIR`, the fourth with `evasion_heldout4.py OUT_DIR`, the fifth with
# `evasion_heldout5.py OUT_DIR`, the sixth with `evasion_heldout6.py OUT_DIR`, the seventh with
# `evasion_heldout7.py OUT_DIR`, the eighth with `evasion_heldout8.py OUT_DIR`, the ninth with
# `evasion_heldout9.py OUT_DIR`, the tenth with `evasion_heldout10.py OUT_DIR`, the eleventh
# with `evasion_heldout11.py OUT_DIR`, the twelfth with `evasion_heldout12.py OUT_DIR` and the
# thirteenth with `evasion_heldout13.py OUT_DIR`, the fourteenth with
# `evasion_heldout14.py OUT_DIR`, the fifteenth with `evasion_heldout15.py OUT_DIR`, the
# sixteenth with `evasion_heldout16.py OUT_DIR`, the seventeenth with
# `evasion_heldout17.py OUT_DIR`, the eighteenth with `evasion_heldout18.py OUT_DIR`, the
# nineteenth with `evasion_heldout19.py OUT_DIR`, the twentieth with `evasion_heldout20.py
# OUT_DIR`, the twenty-first with `evasion_heldout21.py OUT_DIR`, the twenty-second with
# `evasion_heldout22.py OUT_DIR`, the twenty-third with `evasion_heldout23.py OUT_DIR`, the
# twenty-fourth with `evasion_heldout24.py OUT_DIR`, the twenty-fifth with
# `evasion_heldout25.py OUT_DIR`, the twenty-sixth with `evasion_heldout26.py OUT_DIR`, the
# twenty-seventh with `evasion_heldout27.py OUT_DIR`, the twenty-eighth with
# `evasion_heldout28.py OUT_DIR`, the twenty-ninth with `evasion_heldout29.py OUT_DIR`, the
# thirtieth with `evasion_heldout30.py OUT_DIR`, the thirty-first with
# `evasion_heldout31.py OUT_DIR`, the thirty-second with `evasion_heldout32.py OUT_DIR`, the
# thirty-third with `evasion_heldout33.py OUT_DIR`, the thirty-fourth with
# `evasion_heldout34.py OUT_DIR`, the thirty-fifth with `evasion_heldout35.py OUT_DIR`, the
# thirty-sixth with `evasion_heldout36.py OUT_DIR`, the thirty-seventh with
# `evasion_heldout37.py OUT_DIR`, the thirty-eighth with `evasion_heldout38.py OUT_DIR`, the
# thirty-ninth with `evasion_heldout39.py OUT_DIR`, the fortieth with
# `evasion_heldout40.py OUT_DIR`, the forty-first with `evasion_heldout41.py OUT_DIR`, the
# forty-second with `evasion_heldout42.py OUT_DIR`, the forty-third with
# `evasion_heldout43.py OUT_DIR`, the forty-fourth with `evasion_heldout44.py OUT_DIR`, the
# forty-fifth with `evasion_heldout45.py OUT_DIR`, the forty-sixth with
# `evasion_heldout46.py OUT_DIR`, the forty-seventh with `evasion_heldout47.py OUT_DIR`, the
# forty-eighth with `evasion_heldout48.py OUT_DIR`, the forty-ninth with
# `evasion_heldout49.py OUT_DIR`, the fiftieth with `evasion_heldout50.py OUT_DIR`, the
# fifty-first with `evasion_heldout51.py OUT_DIR`, the fifty-second with
# `evasion_heldout52.py OUT_DIR` and the fifty-third with `evasion_heldout53.py OUT_DIR`
# (all written the same way;
# the eighth was the blind set of the clause model's second version, the ninth of its retraining:
# scripts/train-clause-model.sh, the tenth of the concession readings, the eleventh of the
# readings after them, the twelfth of step 19 and the model trained on sets 1–11, the
# thirteenth of step 20, the model trained on sets 1–12 and its 0.2 threshold, the fourteenth
# of step 21 and the model trained on sets 1–13, the fifteenth of step 22 and the model
# trained on sets 1–14, the sixteenth of step 22 and the model trained on sets 1–15, the seventeenth of steps 23–25
# and the model trained on sets 1–16, the eighteenth of step 26 and the model trained on sets
# 1–17, the nineteenth of step 28 and the model trained on sets 1–18, the twentieth of step 28
# and the model trained on sets 1–19, the twenty-first of step 29 and the model trained on sets
# 1–20, the twenty-second of step 29 and the model trained on sets 1–21), runs
# `SCRM_BINARY archive scan-eval --truth OUT_DIR/<half>/<category>/truth.json
# OUT_DIR/<half>/<category>/corpus.jsonl` on each, and prints one line per (half, category)
# from scan-eval's overall ("all") line. scan-eval's full outputs (with every disagreement) are
# kept in OUT_DIR/<half>/<category>/scan-eval.txt. The sha256 lines at the end identify the
# generated sets, so a later run can tell whether the sets themselves changed.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 SCRM_BINARY OUT_DIR" >&2
    exit 2
fi
scrm=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1

python3 "$here/gen_evasion_corpus.py" --categories "$out" 2>&1
python3 "$here/evasion_heldout.py" "$out" 2>&1
python3 "$here/evasion_heldout2.py" "$out" 2>&1
python3 "$here/evasion_heldout3.py" "$out" 2>&1
python3 "$here/evasion_heldout4.py" "$out" 2>&1
python3 "$here/evasion_heldout5.py" "$out" 2>&1
python3 "$here/evasion_heldout6.py" "$out" 2>&1
python3 "$here/evasion_heldout7.py" "$out" 2>&1
python3 "$here/evasion_heldout8.py" "$out" 2>&1
python3 "$here/evasion_heldout9.py" "$out" 2>&1
python3 "$here/evasion_heldout10.py" "$out" 2>&1
python3 "$here/evasion_heldout11.py" "$out" 2>&1
python3 "$here/evasion_heldout12.py" "$out" 2>&1
python3 "$here/evasion_heldout13.py" "$out" 2>&1
python3 "$here/evasion_heldout14.py" "$out" 2>&1
python3 "$here/evasion_heldout15.py" "$out" 2>&1
python3 "$here/evasion_heldout16.py" "$out" 2>&1
python3 "$here/evasion_heldout17.py" "$out" 2>&1
python3 "$here/evasion_heldout18.py" "$out" 2>&1
python3 "$here/evasion_heldout19.py" "$out" 2>&1
python3 "$here/evasion_heldout20.py" "$out" 2>&1
python3 "$here/evasion_heldout21.py" "$out" 2>&1
python3 "$here/evasion_heldout22.py" "$out" 2>&1
python3 "$here/evasion_heldout23.py" "$out" 2>&1
python3 "$here/evasion_heldout24.py" "$out" 2>&1
python3 "$here/evasion_heldout25.py" "$out" 2>&1
python3 "$here/evasion_heldout26.py" "$out" 2>&1
python3 "$here/evasion_heldout27.py" "$out" 2>&1
python3 "$here/evasion_heldout28.py" "$out" 2>&1
python3 "$here/evasion_heldout29.py" "$out" 2>&1
python3 "$here/evasion_heldout30.py" "$out" 2>&1
python3 "$here/evasion_heldout31.py" "$out" 2>&1
python3 "$here/evasion_heldout32.py" "$out" 2>&1
python3 "$here/evasion_heldout33.py" "$out" 2>&1
python3 "$here/evasion_heldout34.py" "$out" 2>&1
python3 "$here/evasion_heldout35.py" "$out" 2>&1
python3 "$here/evasion_heldout36.py" "$out" 2>&1
python3 "$here/evasion_heldout37.py" "$out" 2>&1
python3 "$here/evasion_heldout38.py" "$out" 2>&1
python3 "$here/evasion_heldout39.py" "$out" 2>&1
python3 "$here/evasion_heldout40.py" "$out" 2>&1
python3 "$here/evasion_heldout41.py" "$out" 2>&1
python3 "$here/evasion_heldout42.py" "$out" 2>&1
python3 "$here/evasion_heldout43.py" "$out" 2>&1
python3 "$here/evasion_heldout44.py" "$out" 2>&1
python3 "$here/evasion_heldout45.py" "$out" 2>&1
python3 "$here/evasion_heldout46.py" "$out" 2>&1
python3 "$here/evasion_heldout47.py" "$out" 2>&1
python3 "$here/evasion_heldout48.py" "$out" 2>&1
python3 "$here/evasion_heldout49.py" "$out" 2>&1
python3 "$here/evasion_heldout50.py" "$out" 2>&1
python3 "$here/evasion_heldout51.py" "$out" 2>&1
python3 "$here/evasion_heldout52.py" "$out" 2>&1
python3 "$here/evasion_heldout53.py" "$out" 2>&1
echo

categories="numbers rhetorical prohibition warning_report refusal quotation"
printf '%-8s %-15s %8s %6s %6s %6s %10s %8s\n' half category messages tp fp fn precision recall
for half in train heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48 heldout49 heldout50 heldout51 heldout52 heldout53; do
    for category in $categories; do
        dir="$out/$half/$category"
        status=0
        "$scrm" archive scan-eval --truth "$dir/truth.json" "$dir/corpus.jsonl" \
            >"$dir/scan-eval.txt" 2>"$dir/scan-eval.err" || status=$?
        messages=$(sed -n 's/^risk scan evaluation: \([0-9]*\) messages$/\1/p' "$dir/scan-eval.txt")
        line=$(awk '$1 == "all" && NF == 6 { print $2, $3, $4, $5, $6; exit }' "$dir/scan-eval.txt")
        if [ -z "$line" ] || [ -s "$dir/scan-eval.err" ]; then
            echo "$half $category: scan-eval failed (exit $status), see $dir/scan-eval.txt and $dir/scan-eval.err" >&2
            printf '%-8s %-15s %8s %s\n' "$half" "$category" "${messages:-?}" "ERROR (exit $status)"
            continue
        fi
        read -r tp fp fn precision recall <<<"$line"
        printf '%-8s %-15s %8s %6s %6s %6s %10s %8s\n' "$half" "$category" "$messages" "$tp" "$fp" "$fn" "$precision" "$recall"
    done
done

echo
echo "sets (sha256 of corpus.jsonl, truth.json):"
for half in train heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48 heldout49 heldout50 heldout51 heldout52 heldout53; do
    for category in $categories; do
        dir="$out/$half/$category"
        printf '%-8s %-15s %s %s\n' "$half" "$category" \
            "$(sha256sum "$dir/corpus.jsonl" | cut -c1-16)" "$(sha256sum "$dir/truth.json" | cut -c1-16)"
    done
done
