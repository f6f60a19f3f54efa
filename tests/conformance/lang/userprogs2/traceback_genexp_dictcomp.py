def gen(n):
    for i in range(n):
        yield 10 // (i - 2)
def consume():
    return list(x * 2 for x in gen(5))
try:
    consume()
except ZeroDivisionError as e:
    print("caught", e)
data = {"a": [1, 2]}
print(data["a"][5] if False else "skip")
result = {k: v[3] for k, v in data.items()}
