def total(*args, **kwargs):
    print(args, sorted(kwargs.items()))
    return sum(args) + sum(kwargs.values())


print(total())
print(total(1, 2, 3))
print(total(1, x=10, y=20))
nums = [4, 5]
opts = {'z': 6}
print(total(*nums, *nums, **opts))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1), head_tail(1, 2, 3))
