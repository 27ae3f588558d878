#!/usr/bin/env python3
"""Measures how well the Kazakh stemmer groups word forms, against the hunspell-kk dictionary.

The dictionary (kk_KZ.dic with its affix rules kk_KZ.aff) says which surface forms belong to one
entry: `unmunch` expands each sampled entry with its affix flags into every form it licenses.
The stemmer is run on all those forms through `kzedition stem` (the C# code the index uses), and
the script counts pairs of distinct forms:

  precision = pairs with the same stem that come from one entry / pairs with the same stem
  recall    = pairs with the same stem that come from one entry / pairs that come from one entry

A form that several sampled entries generate belongs to each of them; unmunch's misreadings of
some verb rules (text such as абайла[аоуұыэ]ву) are dropped. Two samples are measured:
`random` (entries drawn at random: few related entries meet, so it mostly measures recall and
over-stripping inside an entry's forms) and `blocks` (runs of consecutive entries in alphabetical
order, where related entries such as абай, абайла, абайлау stand together and a stem shared
across them counts against precision). A 5-letter truncation is measured alongside as a baseline.

Nothing in the build or the tests depends on this script or on hunspell. Needs python3, the
hunspell-kk and hunspell-tools Debian packages (`apt-get install hunspell-kk hunspell-tools`)
and the .NET SDK. From the repository's root:

  python3 tools/stemmer-eval/evaluate.py [--sample 1000] [--seed 5] [--blocks 20]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from itertools import combinations

WORD = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def read_dictionary(path):
    with open(path, encoding="utf-8-sig") as dic:
        lines = [line.strip() for line in dic]
    return [line for line in lines[1:] if line]


def expand(entry, aff, workdir):
    """Every form the entry licenses, lower-cased, by hunspell's own unmunch."""
    one = os.path.join(workdir, "one.dic")
    with open(one, "w", encoding="utf-8") as dic:
        dic.write("1\n" + entry + "\n")
    result = subprocess.run(["unmunch", one, aff], capture_output=True, check=True)
    forms = {line.strip().lower() for line in result.stdout.decode("utf-8").splitlines() if line.strip()}
    # unmunch 1.7 misreads some of the verb rules' conditions and prints them as text
    # (абайла[аоуұыэ]ву): keep only forms made of letters.
    return {form for form in forms if WORD.fullmatch(form)}


def stem_all(words):
    command = ["dotnet", "run", "--project", os.path.join(ROOT, "src", "KzEdition.Cli"), "-c", "Release", "--", "stem", "--lang", "kk"]
    result = subprocess.run(command, input="\n".join(words) + "\n", capture_output=True, text=True, encoding="utf-8", check=True)
    stems = {}
    for line in result.stdout.splitlines():
        word, stem = line.split("\t")
        stems[word] = stem
    return stems


def pairwise(form_entries, key):
    """Precision and recall of 'same key' against 'same entry' over pairs of distinct forms."""
    gold = set()
    by_entry = defaultdict(list)
    for form, entries in form_entries.items():
        for entry in entries:
            by_entry[entry].append(form)
    for forms in by_entry.values():
        gold.update(combinations(sorted(forms), 2))
    groups = defaultdict(list)
    for form in form_entries:
        groups[key(form)].append(form)
    predicted = 0
    correct = 0
    stem_as_noun = 0
    for forms in groups.values():
        for pair in combinations(sorted(forms), 2):
            predicted += 1
            if pair in gold:
                correct += 1
            elif stem_listed_as_noun(form_entries[pair[0]], form_entries[pair[1]]):
                stem_as_noun += 1
    precision = correct / predicted if predicted else 1.0
    recall = correct / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # The dictionary lists many verb stems a second time as nominal entries (иықта/A… beside
    # иықтау/M…), which give forms no Kazakh text has (иықтада, иықталар): a pair across the two
    # counts as a false merge, though both are the one verb. Precision without such pairs too.
    adjusted = correct / (predicted - stem_as_noun) if predicted - stem_as_noun else 1.0
    return precision, recall, f1, len(gold), predicted, adjusted


def stem_listed_as_noun(entries_a, entries_b):
    """Whether one form comes from an entry that is the other's verb (entry + у) listed as a noun."""
    words_a = {entry.partition("/")[0] for entry in entries_a}
    words_b = {entry.partition("/")[0] for entry in entries_b}
    return any(a + "у" in words_b for a in words_a) or any(b + "у" in words_a for b in words_b)


def kind(entry):
    flags = entry.partition("/")[2]
    if flags.startswith("A"):
        return "nominal"
    if flags.startswith("M"):
        return "verb"
    return "bare"


def sample_entries(entries, mode, size, seed, blocks):
    rng = random.Random(seed)
    if mode == "random":
        return rng.sample(entries, size)
    run = size // blocks
    starts = sorted(rng.sample(range(len(entries) - run), blocks))
    chosen = []
    for start in starts:
        chosen.extend(entries[start:start + run])
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dic", default="/usr/share/hunspell/kk_KZ.dic")
    parser.add_argument("--aff", default="/usr/share/hunspell/kk_KZ.aff")
    parser.add_argument("--sample", type=int, default=1000, help="entries in each sample")
    parser.add_argument("--blocks", type=int, default=20, help="runs of consecutive entries in the blocks sample")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    for path in (args.dic, args.aff):
        if not os.path.exists(path):
            sys.exit(f"{path} not found: apt-get install hunspell-kk hunspell-tools")

    entries = read_dictionary(args.dic)
    samples = {mode: sample_entries(entries, mode, args.sample, args.seed, args.blocks) for mode in ("random", "blocks")}

    expansions = {}
    with tempfile.TemporaryDirectory() as workdir:
        for chosen in samples.values():
            for entry in chosen:
                if entry not in expansions:
                    expansions[entry] = expand(entry, args.aff, workdir)

    stems = stem_all(sorted({form for forms in expansions.values() for form in forms}))

    print(f"hunspell-kk: {len(entries)} entries; seed {args.seed}; {args.sample} entries a sample\n")
    print("| sample | entries | forms | same-entry pairs | method | precision | precision without stems listed as nouns | recall | F1 | pairs grouped |")
    print("|---|--:|--:|--:|---|--:|--:|--:|--:|--:|")
    rows = []
    for mode, chosen in samples.items():
        rows.append((mode, chosen))
        # The same sample split by the kind of entry: nominal (plural, possessive and case flags
        # A…L) and verbal (an infinitive in -у with the verb flags M…z).
        rows.append((mode + ", nominal entries", [entry for entry in chosen if kind(entry) == "nominal"]))
        rows.append((mode + ", verb entries", [entry for entry in chosen if kind(entry) == "verb"]))
    for mode, chosen in rows:
        form_entries = defaultdict(set)
        for entry in chosen:
            for form in expansions[entry]:
                form_entries[form].add(entry)
        for method, key in (("KazakhStemmer", lambda form: stems[form]), ("first 5 letters", lambda form: form[:5])):
            precision, recall, f1, gold, predicted, adjusted = pairwise(form_entries, key)
            print(f"| {mode} | {len(set(chosen))} | {len(form_entries)} | {gold} | {method} | {precision:.3f} | {adjusted:.3f} | {recall:.3f} | {f1:.3f} | {predicted} |")


if __name__ == "__main__":
    main()
