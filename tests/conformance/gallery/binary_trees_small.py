# A small binary-trees (Benchmarks Game style) run.
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


min_depth, max_depth = 4, 8
stretch = max_depth + 1
print(f'stretch tree of depth {stretch}\t check: {check_tree(make_tree(stretch))}')
long_lived = make_tree(max_depth)
for depth in range(min_depth, stretch, 2):
    iterations = 2 ** (max_depth - depth + min_depth)
    check = sum(check_tree(make_tree(depth)) for _ in range(iterations))
    print(f'{iterations}\t trees of depth {depth}\t check: {check}')
print(f'long lived tree of depth {max_depth}\t check: {check_tree(long_lived)}')
