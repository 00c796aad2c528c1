"""Writes the full JSON report of every message the project has, one line each, so that a
change meant to be behaviour-neutral (a speed-up) can be checked to change nothing (not a test).

    .venv/bin/python benchmarks/dump_reports.py before.jsonl [--units]
    # ... change the code ...
    .venv/bin/python benchmarks/dump_reports.py after.jsonl [--units]
    cmp before.jsonl after.jsonl

Sealed data is left out unless asked for: a data file whose path under tests/data contains
"sealed", everything in a tests/data/probes/*_src/ folder, and the pool's collections
tests/data/fresh/r5_col*, r6_col*, r11_col* are not read (not even opened) by
default, so nobody scores messages that must stay unseen by running this script as shown above.
--include-sealed reads them too (the integrator's byte-for-byte check of a behaviour-neutral
branch over all data). --exclude=TEXT leaves out every data file whose path contains TEXT.

Inputs: every message in tests/data/**/*.jsonl (less the sealed files, see above) and ../shared/eval/*.jsonl (as given, and some
again with a sender and a time: a personal mobile, a 106 port), every rule's must_match and
must_not_match example, the 10,000-character inputs of benchmarks/bench_adversarial.py, and with
--units a 400-character input built from every adversarial unit of every pattern the analyzer
runs (tests/adversarial.py; about 25,000 more, a few minutes). Reports have no timing field.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import adversarial  # noqa: E402
from test_pattern_time import typical_text  # noqa: E402

from analyzer import InputError, analyze  # noqa: E402
from knowledge import registry  # noqa: E402

Case = tuple[str, str, "str | None", "str | None"]  # label, text, sender, received_at


# The collections scored once and kept in the integrator's decision pool: sealed although "sealed" is not in their names.
SEALED_COLLECTIONS = ("fresh/r5_col", "fresh/r6_col", "fresh/r11_col")


def sealed(path: Path, data: Path) -> bool:
    """A file that must stay unread unless asked for: "sealed" in its path under `data`, a probes/*_src/ folder, or one
    of the pool's collections (SEALED_COLLECTIONS)."""
    rel = path.relative_to(data)
    return ("sealed" in rel.as_posix() or any(part.endswith("_src") for part in rel.parts[:-1])
            or rel.as_posix().startswith(SEALED_COLLECTIONS))


def data_files(root: Path = ROOT, include_sealed: bool = False, exclude: tuple[str, ...] = ()) -> list[Path]:
    """The data files read, in order; only their names are looked at here, so a sealed file is never opened."""
    data = root / "tests" / "data"
    files = sorted(f for f in data.glob("**/*.jsonl") if include_sealed or not sealed(f, data))
    files += sorted((root.parent / "shared" / "eval").glob("*.jsonl"))
    return [f for f in files if not any(x in str(f) for x in exclude)]


def cases(units: bool, exclude: tuple[str, ...] = (), include_sealed: bool = False) -> list[Case]:
    out: list[Case] = []
    files = data_files(ROOT, include_sealed, exclude)
    for path in files:
        name = path.relative_to(path.parents[1]) if ROOT.parent / "shared" in path.parents else path.relative_to(ROOT)
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("text")
            if not isinstance(text, str):
                continue
            out.append((f"{name}:{i}", text, None, None))
            sender = row.get("sender") or row.get("sender_number")
            if sender:
                out.append((f"{name}:{i}+sender", text, str(sender), row.get("received_at")))
            if i % 5 == 0:
                out.append((f"{name}:{i}+mobile", text, "13812345678", "2026-11-29T23:15"))
            if i % 7 == 0:
                out.append((f"{name}:{i}+port", text, "1069036795786", "2026-11-29T09:15+08:00"))
    for rule in registry.rules():
        out += [(f"rule:{rule.id}:match{k}", ex, None, None) for k, ex in enumerate(rule.must_match)]
        out += [(f"rule:{rule.id}:no_match{k}", ex, None, None) for k, ex in enumerate(rule.must_not_match)]
    out.append(("adversarial:typical", typical_text(10_000), None, None))
    families = list(adversarial.FAMILIES.items()) + [("请勿恶意拖欠", "请勿恶意拖欠"), ("我司不会上门", "我司不会上门")]
    out += [(f"adversarial:{family}", adversarial.build(unit, 10_000), None, None) for family, unit in families]
    if units:
        seen: set[str] = set()
        for found in adversarial.discover():
            for unit in adversarial.units(found.pattern).values():
                if unit not in seen:
                    seen.add(unit)
                    out.append((f"unit:{unit[:30]!r}", adversarial.build(unit, 400), None, None))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    # (a mistyped flag, --include_sealed, must not pass silently: it is refused, never read as the default)
    unknown = [a for a in sys.argv[1:] if a.startswith("--") and a not in ("--units", "--include-sealed")
               and not a.startswith("--exclude=")]
    if len(args) != 1 or unknown:
        sys.exit(__doc__ + (f"\nunknown option: {' '.join(unknown)}" if unknown else ""))
    n = 0
    with open(args[0], "w", encoding="utf-8") as out:
        exclude = tuple(a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--exclude="))
        for label, text, sender, when in cases("--units" in sys.argv, exclude, "--include-sealed" in sys.argv):
            try:
                report = analyze(text, sender=sender, received_at=when).to_dict()
            except InputError as exc:
                report = {"error": str(exc)}
            out.write(json.dumps({"case": label, "report": report}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} reports written to {args[0]}", file=sys.stderr)
    if "--include-sealed" not in sys.argv:
        data = ROOT / "tests" / "data"
        left = sum(sealed(f, data) for f in data.glob("**/*.jsonl"))
        print(f"{left} sealed data files left out (names only looked at; --include-sealed reads them)", file=sys.stderr)


if __name__ == "__main__":
    main()
