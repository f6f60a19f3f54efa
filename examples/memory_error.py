# Running out of heap gives MemoryError; the program can catch it and go on.
# Run with a small heap: npx pymm run --heap-size=16M examples/memory_error.py
blocks = []
try:
    while True:
        blocks.append(bytes(1 << 20))
except MemoryError:
    n = len(blocks)
    blocks.clear()
    print(f"MemoryError after about {n} MiB; freed them and carried on")
print(sum(range(10)))
