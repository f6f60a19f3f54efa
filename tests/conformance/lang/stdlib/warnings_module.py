import warnings

def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x

def risky():
    warnings.warn("careful now")

for i in range(3):
    risky()
old_api(1)
warnings.warn("a runtime thing", RuntimeWarning)
warnings.warn(UserWarning("instance message"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(); risky()
    warnings.warn("pending", PendingDeprecationWarning)
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("raised:", e)
warnings.filterwarnings("ignore", message="ignored.*")
warnings.warn("ignored message")
warnings.warn("shown message")
print(warnings.formatwarning("msg", SyntaxWarning, "file.py", 12, "line text"), end="")
warnings.simplefilter("once")
for _ in range(2):
    warnings.warn("only once")
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
print("end")
