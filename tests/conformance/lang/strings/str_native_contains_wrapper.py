# str.__contains__ called directly: a slot wrapper's argument checks.
for f in (lambda: "a".__contains__(), lambda: "a".__contains__("a", "b"), lambda: "a".__contains__(x=1), lambda: "a".__contains__(1)):
    try: print(f())
    except TypeError as e: print(e)
print("a".__contains__("a"), str.__contains__("abc", "bc"))
