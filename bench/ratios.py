#!/usr/bin/env python3
"""Prints the table of docs/performance.md from the JSON output of json_benchmarks.

    python3 bench/ratios.py results.json

For each benchmark, the median of its repetitions (or its one run) in MB/s (10^6 bytes of
the corpus per second of CPU time), and its ratio to communique's figure of the same run:
readers and parsers to read/communique, writers to write/communique. Above 1 is faster.
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as file:
        results = json.load(file)
    rates = {}
    for run in results["benchmarks"]:
        aggregate = run.get("aggregate_name")
        if aggregate == "median" or (aggregate is None and run["run_name"] not in rates):
            rates[run["run_name"]] = run["bytes_per_second"] / 1e6
    context = results["context"]
    print(f"corpus: {int(context['corpus_bytes']) / 1e6:.1f} MB, {context['corpus_events']} events; "
          f"{context['num_cpus']} CPUs, load average {', '.join(f'{x:.1f}' for x in context.get('load_avg', []))}")
    print()
    print("| contestant | MB/s | ratio to communique |")
    print("|---|---:|---:|")
    for name, rate in rates.items():
        baseline = rates["write/communique"] if name.startswith("write/") else rates["read/communique"]
        print(f"| {name} | {rate:.0f} | {rate / baseline:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1])
