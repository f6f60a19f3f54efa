# A thread starts in an empty context: what it sets stays in it.
import contextvars
import threading

var = contextvars.ContextVar("var", default="unset")
var.set("main")
seen = []


def work(tag):
    seen.append(var.get())
    var.set(tag)
    seen.append(var.get())


t = threading.Thread(target=work, args=("thread",))
t.start()
t.join()
print(seen, var.get())
ctx = contextvars.copy_context()
t2 = threading.Thread(target=ctx.run, args=(work, "in-ctx"))
t2.start()
t2.join()
print(seen, var.get(), ctx[var])

