# An old-style command-line tool built with optparse (arguments passed explicitly)
import sys
from optparse import OptionParser, OptionGroup, OptionValueError

sys.argv[0] = "backup.py"

def parse_size(option, opt_str, value, parser):
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    number, unit = value[:-1], value[-1].lower()
    if unit not in units or not number.isdigit():
        raise OptionValueError(f"{opt_str}: bad size {value!r} (use e.g. 10m)")
    setattr(parser.values, option.dest, int(number) * units[unit])

def make_parser():
    parser = OptionParser(usage="%prog [options] SOURCE... DEST", version="%prog 3.0",
                          description="Copy SOURCE files into DEST, keeping a number of older generations around.")
    parser.add_option("-n", "--dry-run", action="store_true", default=False, help="only show what would be copied")
    parser.add_option("-k", "--keep", type="int", default=3, metavar="N", help="generations to keep [default: %default]")
    parser.add_option("-x", "--exclude", action="append", default=[], metavar="GLOB", help="skip files matching GLOB (repeatable)")
    parser.add_option("-v", "--verbose", action="count", default=0, help="more output; repeat for even more")
    parser.add_option("--max-size", type="string", action="callback", callback=parse_size, dest="max_size", help="skip files bigger than SIZE")
    parser.add_option("-c", "--compress", type="choice", choices=["none", "gzip", "xz"], default="none", help="compression method: none, gzip or xz")
    adv = OptionGroup(parser, "Advanced")
    adv.add_option("--checksum", action="store_const", const="sha256", dest="verify", help="verify copies by checksum")
    adv.add_option("--mtime", action="store_const", const="mtime", dest="verify", help="verify copies by modification time")
    parser.add_option_group(adv)
    return parser

parser = make_parser()
parser.print_help()
print()
runs = [
    ["docs", "photos", "/mnt/backup"],
    ["-nvv", "-k", "5", "--exclude=*.tmp", "-x", "*.bak", "src", "/mnt/b"],
    ["--max-size", "20m", "--compress", "xz", "--checksum", "a", "b"],
    ["--kee=0x10", "--verb", "--", "-weird-name", "dest"],
]
for argv in runs:
    opts, args = parser.parse_args(argv)
    *sources, dest = args
    print(f"sources={sources} dest={dest!r} dry_run={opts.dry_run} keep={opts.keep} "
          f"exclude={opts.exclude} verbose={opts.verbose} max_size={opts.max_size} "
          f"compress={opts.compress} verify={opts.verify}")
for argv in (["--keep", "many", "a", "b"], ["--max-size", "12q", "a", "b"], ["-c", "zip"], ["--frobnicate"], ["-k"], ["--dry-run=yes"], ["--ver"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(f"{argv} -> exit status {e.code}")
opts, args = parser.parse_args(["only-one"])
if len(args) < 2:
    parser.error("need at least one SOURCE and a DEST")
