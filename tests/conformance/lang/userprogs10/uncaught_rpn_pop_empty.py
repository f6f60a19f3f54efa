def parse(tokens):
    stack = []
    for t in tokens:
        if t.isdigit():
            stack.append(int(t))
        else:
            b, a = stack.pop(), stack.pop()
            stack.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t])
    return stack[0]
print(parse('3 4 + 2 *'.split()))
print(parse('1 2 3'.split()))
print(parse('1 +'.split()))
