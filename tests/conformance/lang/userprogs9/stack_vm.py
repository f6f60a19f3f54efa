# A tiny stack-based VM with an assembler
import operator

class VMError(Exception):
    pass

OPS = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
       'div': operator.floordiv, 'mod': operator.mod, 'lt': operator.lt, 'eq': operator.eq}

def assemble(src):
    labels, code = {}, []
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(arg, arg)) for op, arg in code]

def run(code, trace=False):
    stack, pc, out, steps = [], 0, [], 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        match op:
            case 'push':
                stack.append(int(arg))
            case 'dup':
                stack.append(stack[-1])
            case 'swap':
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case 'pop':
                stack.pop()
            case 'print':
                out.append(stack.pop())
            case 'jmp':
                pc = arg
            case 'jz':
                if not stack.pop():
                    pc = arg
            case 'halt':
                break
            case _ if op in OPS:
                b, a = stack.pop(), stack.pop()
                try:
                    stack.append(OPS[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"at {pc - 1}: {e}") from e
            case _:
                raise VMError(f"unknown op {op!r}")
        if trace:
            print(f"{pc:3d} {op:<6} {stack}")
    return out, steps

prog = """
    push 1
loop:
    dup
    print
    push 1
    add
    dup
    push 6
    lt
    jz end
    jmp loop
end:
    halt
"""
code = assemble(prog)
print(code[:4])
print(run(code))
fact = assemble("push 1\npush 5\nloop:\ndup\njz done\ndup\npush -1\nadd\nswap\npop\nhalt\ndone:\npop\nprint")
print(run(fact, trace=True))
try:
    run(assemble("push 1\npush 0\ndiv"))
except VMError as e:
    print("VMError:", e, "| cause:", repr(e.__cause__))
run(assemble("push 2\nfrobnicate"))
