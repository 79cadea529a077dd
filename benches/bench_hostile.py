"""Speed and memory on hostile text, next to ordinary news of the same size.

Every hostile input of the reliability tests (``tests/test_reliability.py``: markup left in
scraped pages, long runs of quote marks, deep nesting, one-line texts, punctuation alone, mixed
scripts, invisible controls, lone surrogates, NUL, every quotation mark, text full of cues of
reported speech) is generated at each
size, analysed with ``quotehound.analyze`` in a fresh process, and timed with its sentences read
(a document makes them on first read; reading them makes every result); the one-line inputs go
up to 100 MB. Ordinary news of the same size (the texts of the shared annotated corpus,
concatenated and repeated; the bundled sample article when the corpus is missing) is the
baseline. Each run reports seconds per MB of UTF-8 input and how far the process's resident memory
per MB of input; a run that exceeds the time limit is reported as such (a quadratic stage).

    python benches/bench_hostile.py                 # 1 and 10 MB, one-line inputs to 100 MB
    python benches/bench_hostile.py --quick         # 1 MB, one-line inputs to 10 MB
    python benches/bench_hostile.py --sizes 5 --long-sizes 5 100 --only "one long word" news

Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benches"))
import peak_memory  # noqa: E402

NEWS = "news"
#: Inputs on one line, taken up to the largest sizes.
ONE_LINE = ["one long word", "a line of chat, no punctuation", "one long URL", "dotted token", "words, no full stop", "quotations in one sentence", "cues, no full stop", "that clauses, nested",
            "said said said"]


def news_text(nbytes: int, shared: Path) -> str:
    """Ordinary news of about ``nbytes`` UTF-8 bytes."""
    corpus = shared / "quotes" / "polnear.dev.jsonl"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as lines:
            base = "\n\n".join(json.loads(line)["text"] for line in lines if line.strip())
    else:
        base = (ROOT / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    return repeat_to(base + "\n\n", nbytes)


def repeat_to(unit: str, nbytes: int) -> str:
    """``unit`` repeated to about ``nbytes`` UTF-8 bytes."""
    size = max(1, len(unit.encode("utf-8", "surrogatepass")))
    copies = nbytes // size + 1
    text = unit * copies
    return text[: max(1, len(text) * nbytes // (size * copies))]


def hostile_text(name: str, nbytes: int) -> str:
    """The hostile input ``name`` of the reliability tests at about ``nbytes`` UTF-8 bytes."""
    import hostile_texts as t

    if name.startswith("nested"):
        # Levels as deep as the size allows (the tests stop at 10,000).
        if name == "nested 10,000 levels":
            return t.nested(max(1, nbytes // 24))
        if name == "nested, four families":
            return t.nested(max(1, nbytes // 23), "“‘«‹", "”’»›")
        if name == "nested, unclosed":
            return "“he said ‘" * max(1, nbytes // 14)
        depth = max(1, nbytes // 6)
        return ' "a' * depth + "x" + 'b" ' * depth
    # Generators take a size in characters: scale it so the UTF-8 comes out at about nbytes.
    text = t.GENERATORS[name](nbytes)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > nbytes * 1.2:
        text = t.GENERATORS[name](int(nbytes * nbytes / size))
    elif size < nbytes // 2:
        text = repeat_to(text + "\n\n", nbytes)
    return text


def child(name: str, nbytes: int, shared: Path) -> None:
    """Runs in a fresh process: generates one input, analyses it, prints a JSON report."""
    import quotehound

    text = news_text(nbytes, shared) if name == NEWS else hostile_text(name, nbytes)
    quotehound.analyze("warm up")
    before = peak_memory.mark()
    started = time.perf_counter()
    doc = quotehound.analyze(text)
    sentences = len(doc.sentences)
    seconds = time.perf_counter() - started
    peak = peak_memory.peak()
    report = {
        "bytes": len(text.encode("utf-8", "surrogatepass")),
        "chars": len(text),
        "seconds": seconds,
        "rss_before": before,
        "rss_peak": peak,
        "sentences": sentences,
        "quotes": len(doc.quotes),
        "speakers": len(doc.speakers),
    }
    print(json.dumps(report))


def run(name: str, nbytes: int, shared: Path, timeout: float) -> dict:
    """One measurement in a fresh process; ``{"timeout": ...}`` when it takes too long."""
    command = [sys.executable, __file__, "--child", name, str(nbytes), "--shared", str(shared)]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1], "wall": time.perf_counter() - started}
    return json.loads(done.stdout.strip().splitlines()[-1])


def mb(nbytes: float) -> float:
    return nbytes / 1e6


def main() -> None:
    import hostile_texts as t

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data directory")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="sizes in MB for every input")
    parser.add_argument("--long-sizes", type=float, nargs="+", default=[1, 10, 100], help="sizes in MB for the one-line inputs and news")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a run counts as too slow")
    parser.add_argument("--only", nargs="+", help="only these inputs (names as in the table; 'news' for the baseline)")
    parser.add_argument("--quick", action="store_true", help="1 MB, one-line inputs to 10 MB, 30 s limit")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.shared)
        return
    if args.quick:
        args.sizes, args.long_sizes, args.timeout = [1], [1, 10], 30

    names = [NEWS] + sorted(t.GENERATORS)
    if args.only:
        unknown = set(args.only) - set(names)
        if unknown:
            parser.error(f"unknown inputs {sorted(unknown)}; choose from {names}")
        names = [n for n in names if n in args.only]

    plan: list[tuple[str, int]] = []
    for name in names:
        sizes = sorted(set(args.sizes) | (set(args.long_sizes) if name in ONE_LINE or name == NEWS else set()))
        plan += [(name, int(size * 1e6)) for size in sizes]

    results: dict[tuple[str, int], dict] = {}
    for name, nbytes in plan:
        result = run(name, nbytes, args.shared, args.timeout)
        results[(name, nbytes)] = result
        shown = f"{result['seconds']:.3f} s" if "seconds" in result else result.get("error") or f"> {args.timeout:.0f} s"
        print(f"  {name} at {mb(nbytes):g} MB: {shown}", file=sys.stderr, flush=True)

    def per_mb(result: dict) -> str:
        if "seconds" in result:
            return f"{result['seconds'] / mb(result['bytes']):.3f}"
        if "timeout" in result:
            return f"> {result['timeout']:.0f} s in all"
        return "error"

    print(f"\nquotehound {__import__('quotehound').__version__}, Python {sys.version.split()[0]}; "
          f"each run in a fresh process; time limit {args.timeout:.0f} s per run.\n")
    print("| input | size (MB) | seconds | s/MB | news s/MB | × news | sentences | quotes | peak RSS (MB) | rise / input MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for _, nbytes in plan:
        if (NEWS, nbytes) not in results:
            results[(NEWS, nbytes)] = run(NEWS, nbytes, args.shared, args.timeout)
    for name, nbytes in plan:
        result, news = results[(name, nbytes)], results[(NEWS, nbytes)]
        if "seconds" in result:
            size = mb(result["bytes"])
            ratio = ""
            if "seconds" in news and name != NEWS:
                ratio = f"{(result['seconds'] / size) / (news['seconds'] / mb(news['bytes'])):.1f}"
            print(
                f"| {name} | {size:.1f} | {result['seconds']:.3f} | {per_mb(result)} | {per_mb(news)} | {ratio} | "
                f"{result['sentences']:,} | {result['quotes']:,} | {mb(result['rss_peak']):.0f} | {(result['rss_peak'] - result['rss_before']) / result['bytes']:.1f} |"
            )
        else:
            print(f"| {name} | {mb(nbytes):.1f} | {per_mb(result)} | | {per_mb(news)} | | | | | |")


if __name__ == "__main__":
    main()
