import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool.", epilog="Have fun.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--limit", type=int, default=5, metavar="N")
    p.add_argument("--fmt", choices=["table", "csv"], default="table")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add an item")
    a.add_argument("name")
    a.add_argument("qty", type=int, nargs="?", default=1)
    a.add_argument("--tag", action="append", default=[])
    r = sub.add_parser("report", help="print a report")
    r.add_argument("--sort", default="name")
    g = r.add_mutually_exclusive_group()
    g.add_argument("--asc", action="store_true")
    g.add_argument("--desc", action="store_true")
    return p


def main(argv):
    p = build()
    for args in (["add", "widget", "3", "--tag", "x", "--tag", "y"], ["-vv", "--limit", "9", "report", "--desc"],
                 ["--fmt", "csv", "add", "bolt"]):
        ns = p.parse_args(args)
        print(sorted(vars(ns).items()))
    print(p.format_usage(), end="")
    print(p.format_help())
    ns, rest = p.parse_known_args(["add", "nut", "--weird", "7"])
    print(ns, rest)
    for bad in (["--limit", "abc", "report"], ["report", "--asc", "--desc"], ["--fmt", "xml", "add", "a"], []):
        try:
            p.parse_args(bad)
        except SystemExit as e:
            print("exit", e.code)
    print("argv", argv[1:])
    p.parse_args(["add"])


if __name__ == "__main__":
    main(sys.argv)
