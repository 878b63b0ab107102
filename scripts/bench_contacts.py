#!/usr/bin/env python3
"""Benchmark: check 10,000 generated service files, as `contacts.py check` would.

  python scripts/bench_contacts.py [--services N]

Copies the real data's shape (each generated file is a real service with a new id and
new mobile numbers), writes the files to a temporary folder, then times reading and
checking them all. The target is at most 5 seconds for 10,000 services. Other work on
the machine slows the wall-clock figure, so the CPU time and load average are printed
with it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

from sitegen.cli.project import load_project
from sitegen.contacts.checking import Rules, check_files, service_files
from sitegen.plugins.directory.plugin import NAME
from sitegen.problems import errors

PROJECT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 5.0


def generate(count: int, out: Path, data_dir: Path) -> None:
    """`count` services under out/services/, cycling through the real ones."""
    templates = [yaml.safe_load(path.read_text()) for path in service_files(data_dir / "services")]
    (out / "services").mkdir(parents=True)
    shutil.copy(data_dir / "topics.yml", out / "topics.yml")
    for index in range(count):
        service = dict(templates[index % len(templates)])
        service["id"] = f"service-{index:05d}"
        channels = []
        for number, channel in enumerate(service["channels"]):
            channel = dict(channel)
            # Distinct numbers, so that no two services share one.
            if channel.get("short_code"):
                channel["value"] = f"{number + 1}{index:05d}"
            elif channel["kind"] in ("voice", "sms", "whatsapp"):
                channel["value"] = f"+62812{index:05d}{number:03d}"
            channels.append(channel)
        service["channels"] = channels
        text = yaml.safe_dump(service, allow_unicode=True, sort_keys=False)
        (out / "services" / f"service-{index:05d}.yml").write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=10_000)
    args = parser.parse_args()
    project = load_project(PROJECT)
    settings = project.plugin_options(NAME).settings(project.root)
    rules = Rules(project.facts, project.messages(), project.language, settings.limits)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(args.services, out, settings.data_dir)
        files = service_files(out / "services")
        start, start_cpu = time.perf_counter(), time.process_time()
        result = check_files(files, out / "topics.yml", rules, datetime.date(2026, 11, 30))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    problems = errors(result.problems)
    load = os.getloadavg()[0]
    print(
        f"checked {len(files)} services in {elapsed:.2f} s "
        f"({cpu:.2f} s of CPU; load average {load:.1f} on {os.cpu_count()} cores); "
        f"{len(problems)} errors"
    )
    for problem in problems[:5]:
        print(problem)
    return 0 if elapsed <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
