"""Where one function of a warm analyze() spends its time, statement by statement (not a test).

    .venv/bin/python benchmarks/line_profile.py MODULE QUALNAME [--jieba] [--min=US] [--rounds=N] [PATH.jsonl ...]
    .venv/bin/python benchmarks/line_profile.py analyzer.pipeline Analyzer.analyze --jieba --min=0.5
    .venv/bin/python benchmarks/line_profile.py analyzer.debt_context _names_debt --jieba

benchmarks/stage_profile.py times the stages the pipeline calls; this times the top-level statements of one function
(speed50): a copy of its source with a clock read after every statement of its body is compiled in the module's
namespace and put in the function's place (in its module and in every analyzer module that imported it by name),
so a stage's cost can be traced to the line that pays it. A statement that returns is not timed on its own (the
clock after it is never read); the function's total still ends there. Each statement's mean and median µs per call
are printed, over the calls made while the messages are analysed (--jieba: jieba.lcut on each message just before,
as benchmarks/bench_analyze.py interleaves the two). Before timing, every message's report with the copy in place
is compared with its report without it: the copy must not change what is found. Inputs default to bench_analyze's.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import statistics
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import DEFAULT, load  # noqa: E402


def instrument(module_name: str, qualname: str) -> tuple[list[list[int]], list[tuple[int, str]], callable]:
    """Put a timed copy of module_name.qualname in its place. Returns the per-call clock readings (filled as it runs),
    each timed statement's (line number, first line of source) and a function that puts the original back."""
    module = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    owner = module
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    source = textwrap.dedent(inspect.getsource(original))
    tree = ast.parse(source)
    fdef = tree.body[0]
    fdef.decorator_list = []
    first = original.__code__.co_firstlineno
    statements = [(st.lineno + first - 1, ast.get_source_segment(source, st).splitlines()[0].strip()) for st in fdef.body]
    body: list[ast.stmt] = [ast.parse("_lp_t = [_lp_clock()]").body[0]]
    for st in fdef.body:
        body += [st, ast.parse("_lp_t.append(_lp_clock())").body[0]]
    fdef.body = [ast.Try(body=body, handlers=[], orelse=[], finalbody=ast.parse("_lp_record(_lp_t)").body)]
    ast.fix_missing_locations(tree)
    readings: list[list[int]] = []
    namespace = dict(vars(module), _lp_clock=time.perf_counter_ns, _lp_record=readings.append)
    exec(compile(tree, module.__file__, "exec"), namespace)  # noqa: S102 - the function's own source, timed
    timed = namespace[fdef.name]
    swapped = [(owner, name)] + [(m, name) for m in list(sys.modules.values())
                                 if getattr(m, "__name__", "").startswith("analyzer") and m is not owner
                                 and getattr(m, name, None) is original]
    for where, attr in swapped:
        setattr(where, attr, timed)

    def undo() -> None:
        for where, attr in swapped:
            setattr(where, attr, original)
    return readings, statements, undo


def per_statement(readings: list[list[int]], count: int) -> tuple[list[float], list[list[int]]]:
    """Each call's total ns and, per statement, the ns it took in each call (0 for one not reached)."""
    totals = [r[-1] - r[0] for r in readings]
    spent = [[r[i + 1] - r[i] if i + 1 < len(r) else 0 for r in readings] for i in range(count)]
    return totals, spent


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        raise SystemExit(__doc__)
    module_name, qualname, paths = args[0], args[1], [Path(p) for p in args[2:]]
    least = next((float(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--min=")), 0.3)
    rounds = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--rounds=")), 5)
    texts = load(paths or DEFAULT)
    from analyzer import analyze

    plain = [analyze(t).to_dict() for t in texts]  # (also warms every cache)
    readings, statements, undo = instrument(module_name, qualname)
    try:
        if [analyze(t).to_dict() for t in texts] != plain:
            raise AssertionError("the timed copy changed a report")
        before = None
        if "--jieba" in sys.argv:
            import jieba

            tok = jieba.Tokenizer()
            tok.initialize()
            before = tok.lcut
        readings.clear()
        for _ in range(rounds):
            for t in texts:
                if before is not None:
                    before(t)
                analyze(t)
    finally:
        undo()
    if not readings:
        raise SystemExit(f"{module_name}.{qualname} was not called")
    totals, spent = per_statement(readings, len(statements))
    print(f"{module_name}.{qualname}: {len(readings)} calls over {len(texts)} messages x {rounds} rounds"
          f"{' (jieba.lcut before each)' if before else ''}")
    print(f"whole call: mean {statistics.mean(totals) / 1000:.2f} µs, median {statistics.median(totals) / 1000:.2f} µs")
    print("    mean  median  statement")
    for (line, text), ns in zip(statements, spent):
        mean = statistics.mean(ns) / 1000
        if mean >= least:
            print(f"{mean:8.2f} {statistics.median(ns) / 1000:7.2f}  L{line} {text[:100]}")


if __name__ == "__main__":
    main()
