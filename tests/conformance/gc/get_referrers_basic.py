import gc

target = [0]
holder1 = [target]
holder2 = {'t': target}
holder3 = (target, 1)
refs = gc.get_referrers(target)
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs), any(r is holder3 for r in refs))
print(any(r is globals() for r in refs))
del holder1
refs = gc.get_referrers(target)
print(sum(1 for r in refs if isinstance(r, list) and r == [target]))
