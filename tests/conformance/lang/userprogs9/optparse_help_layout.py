import sys
from optparse import OptionParser, OptionGroup, OptionValueError, Option, Values, make_option, SUPPRESS_HELP, IndentedHelpFormatter, TitledHelpFormatter, BadOptionError, OptionError
sys.argv[0] = "report.py"
def check_range(option, opt_str, value, parser, lo, hi):
    if not lo <= value <= hi:
        raise OptionValueError(f"{opt_str} must be in [{lo}, {hi}]")
    setattr(parser.values, option.dest, value)
p = OptionParser(usage="usage: %prog [options] FILE...", version="%prog 2.1",
                 description="Summarise log files and print a report of the interesting events found in them, grouped by severity.",
                 epilog="Report bugs to nobody.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages to stdout")
p.add_option("-n", "--lines", type="int", default=10, help="number of lines [default: %default]")
p.add_option("--ratio", type="float", dest="ratio")
p.add_option("-l", "--level", type="choice", choices=["debug", "info", "warn"], default="info", help="minimum level, one of debug/info/warn (default %default) and this help text is long enough to wrap around")
p.add_option("-v", action="count", dest="verbosity", default=0)
p.add_option("-t", "--tag", action="append", dest="tags", help="tag (repeatable)")
p.add_option("--port", type="int", action="callback", callback=check_range, callback_args=(1, 65535), dest="port")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--point", nargs=2, type="float", help="an x y pair")
p.add_option("--const", action="store_const", const=42, dest="answer")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--a-very-long-option-name-here", dest="longone", help="long name pushes help to next line")
p.add_option_group(g)
p.print_help()
print("----")
for argv in [["a.log", "-f", "out.txt", "-qn", "5", "b.log"], ["--file=x", "--lines", "0x1f", "-vvv", "-t", "a", "--tag=b", "--", "-x"],
             ["--rat", "2.5", "--level", "warn", "--point", "1", "2", "--port", "80", "--const", "-g"], ["-n", "010", "-l", "debug", "file"], ["--li=0b101"]]:
    opts, args = p.parse_args(argv)
    print(sorted(vars(opts).items()), args)
print(p.get_usage(), end="")
print(p.get_version(), p.get_prog_name(), p.has_option("-f"), p.get_option("--file"), p.defaults["lines"])
v = Values({"a": 1})
print(v, v.a, v == Values({"a": 1}), v.ensure_value("b", []), str(Option("-x", "--ex")), Option("-y").dest, Option("--dry-run").dest)
for bad in [lambda: Option("x"), lambda: Option("--a", action="bogus"), lambda: Option("-a", type="bogus"), lambda: p.add_option("-f"), lambda: Option("-c", type="choice")]:
    try:
        bad()
    except OptionError as e:
        print(type(e).__name__, e)
p2 = OptionParser(prog="tool")
p2.add_option("--alpha"); p2.add_option("--alps"); p2.add_option("-x", type="int")
p2.set_defaults(alpha="A")
p2.print_usage()
print(p2.format_help())
t = OptionParser(prog="titled", formatter=TitledHelpFormatter())
t.add_option("-a", "--all", action="store_true", help="everything")
print(t.format_help())
for argv in [["--al", "1"], ["--bogus"], ["-x"], ["-x", "abc"], ["-z"], ["--alpha"]]:
    try:
        print(p2.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
sys.stderr.flush()
try:
    p.parse_args(["--port", "70000"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["-l", "trace"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["--quiet=1"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
p.error("custom failure")
