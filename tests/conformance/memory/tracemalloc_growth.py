# Traced memory follows allocations: it grows by at least the requested sizes of new
# objects, falls back when they are freed, the peak remembers the high-water mark until
# reset_peak(), and clear_traces() forgets every block.
import tracemalloc

N = 2000
SIZE = 33 + 200  # sys.getsizeof(bytes(200)): what PyObject_Malloc is asked for

tracemalloc.start()
before, _ = tracemalloc.get_traced_memory()
blocks = [bytes(200) for _ in range(N)]
grown, peak = tracemalloc.get_traced_memory()
print('grew by at least N*SIZE:', grown - before >= N * SIZE)
print('grew by less than N*SIZE + 32 KiB:', grown - before < N * SIZE + 32 * 1024)
print('peak >= current:', peak >= grown)

del blocks
after, peak_after = tracemalloc.get_traced_memory()
print('fell back by at least N*SIZE:', grown - after >= N * SIZE)
print('back near the start:', abs(after - before) < 4096)
print('peak kept the high-water mark:', peak_after >= grown)

tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print('after reset_peak the peak is the current size:', peak == current)
print('and far below the old peak:', peak_after - peak >= N * SIZE)

# A burst freed at once raises the peak but not the current size.
total = sum(len(bytes(10_000)) for _ in range(50))
burst = bytearray(500_000)
del burst
current2, peak2 = tracemalloc.get_traced_memory()
print('burst freed: current close to before:', abs(current2 - current) < 4096)
print('burst raised the peak by its size:', peak2 - current >= 500_000)

# Lists growing by append reallocate their items: traced memory follows the final size.
tracemalloc.reset_peak()
start, _ = tracemalloc.get_traced_memory()
items = []
for i in range(10_000):
    items.append(None)
end, _ = tracemalloc.get_traced_memory()
print('list of 10000 items traced at least 80000 bytes:', end - start >= 80_000)
del items

keep = [bytearray(1000) for _ in range(10)]
tracemalloc.clear_traces()
print('after clear_traces:', tracemalloc.get_traced_memory())
print('cleared objects have no traceback:', tracemalloc.get_object_traceback(keep[0]))
del keep
print('freeing blocks allocated before the clear changes nothing:', tracemalloc.get_traced_memory()[0])
again = bytes(5000)
current, peak = tracemalloc.get_traced_memory()
print('new block traced after clear:', current >= 5033, peak >= current)
tracemalloc.stop()
