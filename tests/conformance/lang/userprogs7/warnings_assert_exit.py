import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def noisy():
    warnings.warn("something odd")
    warnings.warn("something odd")
    warnings.warn(UserWarning("explicit instance"))

print(old_api(2))
noisy()
for i in range(3):
    warnings.warn(f"loop {i % 2}", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    warnings.warn("recorded", FutureWarning)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print(caught[0].lineno > 0, caught[0].filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("caught", repr(e))
warnings.filterwarnings("ignore", message="ignored.*")
warnings.warn("ignored please")
warnings.warn("not ignored")
class MyWarning(Warning):
    pass
warnings.warn("custom", MyWarning)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
def deep():
    warnings.warn("from deep", stacklevel=3)
def mid():
    deep()
mid()
print("done")
x = 1
assert x == 1, "fine"
import sys
print("to stderr", file=sys.stderr)
sys.stdout.flush()
assert x == 2, f"x should be 2 but is {x}"
