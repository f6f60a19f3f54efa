import logging, sys, io
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
log = logging.getLogger("app")
def work(x):
    log.debug("working on %s", x)
    if x < 0:
        log.warning("negative value %d", x)
    try:
        return 10 / x
    except ZeroDivisionError:
        log.exception("division failed for x=%r", x)
        return None
for v in [2, -1, 0]:
    print("result", work(v))
child = logging.getLogger("app.db")
child.info("connected %s", {"host": "x"})
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown %.2f", 3.14159)
print(child.getEffectiveLevel(), log.getEffectiveLevel(), child.parent.name, logging.getLevelName(25), logging.getLevelName("INFO"))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[{levelname}] {message} ({name})", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.info("brace style %s", "arg")
other.critical("crit!")
class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
h.addFilter(OnlyErrors())
other.warning("filtered out")
other.error("kept")
print(repr(buf.getvalue()))
logging.getLogger().warning("root warning")
logging.warning("module-level %s", "warning")
logging.info("module info")
ad = logging.LoggerAdapter(log, {"user": "ann"})
ad.info("adapter msg")
log.log(15, "custom level")
logging.addLevelName(15, "VERBOSE")
log.log(15, "custom level named")

print("after bad args")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.error("stack info", stack_info=False, extra={"k": 1})
e = logging.getLogger("e")
e.handlers.clear()
lr = logging.LogRecord("n", logging.INFO, "f.py", 10, "msg %s", ("a",), None)
print(lr.getMessage(), lr.levelname, lr.lineno, logging.Formatter("%(message)s|%(levelno)s").format(lr))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)
print(repr(log), repr(logging.getLogger()), repr(h) if False else type(h).__name__)
logging.shutdown()
