# A saved exception keeps every frame of its traceback alive, with their locals; the
# traceback module shows those frames, and traceback.clear_frames() lets the locals go.
import gc
import sys
import traceback
import weakref

gc.collect()


class Buffer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def parse(data):
    scratch = Buffer("scratch")
    return int(data["value"])


def handle(request):
    payload = Buffer("payload")
    return parse(request)


errors = []
for request in [{"value": "1"}, {"value": "x"}, {}]:
    try:
        handle(request)
    except (ValueError, KeyError) as e:
        errors.append(e)
print("saved", len(errors), "errors")
first = errors[0]
summary = traceback.extract_tb(first.__traceback__)
print([(fs.name, fs.line) for fs in summary])
print(summary[-1].lineno == summary[-1][1], len(summary[0]), repr(summary[0]).startswith("<FrameSummary file"))
print("".join(traceback.format_tb(first.__traceback__)), end="")
traceback.print_tb(errors[1].__traceback__, limit=1, file=sys.stdout)
traceback.print_tb(errors[1].__traceback__, limit=-1, file=sys.stdout)
for frame, lineno in traceback.walk_tb(errors[1].__traceback__):
    print(frame.f_code.co_name, lineno)
del frame
print("clearing frames")
for e in errors:
    traceback.clear_frames(e.__traceback__)
print("cleared")
print([(fs.name, fs.lineno) for fs in traceback.extract_tb(errors[0].__traceback__)])
errors.clear()
del first, e
gc.collect()


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


stack = outer()
print([(fs.name, fs.line) for fs in stack][-3:])
print(traceback.format_stack(limit=1)[0], end="")
traceback.print_stack(limit=2, file=sys.stdout)
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]), end="\n")
print(traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1")]).format())


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError as err:
    print("".join(traceback.format_tb(err.__traceback__)), end="")
    fs = traceback.extract_tb(err.__traceback__)[-1]
    print(fs.colno, fs.end_colno, fs.lineno, fs.end_lineno)
