# contextvars: ContextVar get/set/reset with tokens, defaults, copy_context, Context.run and
# the Context mapping, with the errors users meet.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")

print(request_id.name, request_id.get(), user.get("anon"), request_id.get("given"))
try:
    user.get()
except LookupError as e:
    print("LookupError", e.args[0] is user, type(e).__name__)

tok = user.set("alice")
print(user.get(), tok.var is user, tok.old_value is Token.MISSING, Token.MISSING)
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
user.reset(tok)
print(user.get("gone"))
for bad in (lambda: user.reset(tok), lambda: request_id.reset(request_id.set(1)) or request_id.reset(tok2),
            lambda: user.reset("x"), lambda: ContextVar(5), lambda: Token(),
            lambda: Context(1), lambda: copy_context()[3]):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


def work(n):
    request_id.set(f"req-{n}")
    user.set("worker")
    return request_id.get(), user.get()


ctx = copy_context()
print(ctx.run(work, 1), request_id.get(), user.get("outside"))
print(ctx[request_id], ctx.get(user), request_id in ctx, len(ctx) >= 2)
print(sorted(v.name for v in ctx), sorted(k.name for k in ctx.keys()))
print(sorted(map(str, ctx.values())))
print(sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx[ContextVar("fresh")]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(ctx.get(ContextVar("fresh"), "dflt"))

inner = ctx.copy()
inner.run(request_id.set, "changed")
print(inner[request_id], ctx[request_id])


def reenter():
    ctx.run(print, "never")


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e).split(": <")[0])

t = user.set("main")
other = copy_context()
try:
    other.run(user.reset, t)
except ValueError as e:
    print("ValueError", str(e).split(" was ")[1])
user.reset(t)

try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)

print(ContextVar[int], Token[str])
print(type(ctx), type(request_id), type(tok), ContextVar.__module__, Context.__name__)
print(repr(request_id).split(" at 0x")[0], repr(user).split(" at 0x")[0])
print(repr(tok).split(" var=")[0], repr(ContextVar("q", default=[1])).split(" at ")[0])
print(Context() == Context(), ctx == ctx.copy(), isinstance(ctx, Context))
import collections.abc
print(isinstance(ctx, collections.abc.Mapping), contextvars.__all__)
print(Context().run(lambda: len(copy_context())), len(Context()))
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(hash(request_id) == hash(request_id), {request_id: 1}[request_id])
