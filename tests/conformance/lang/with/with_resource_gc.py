# A context manager that releases its resource and is then freed at once.
import gc


class Resource:
    open_count = 0

    def __enter__(self):
        Resource.open_count += 1
        self.buffer = [0] * 10
        return self

    def __exit__(self, *a):
        Resource.open_count -= 1
        self.buffer = None

    def __del__(self):
        print('resource freed')


with Resource() as r:
    print('open', Resource.open_count)
print('closed', Resource.open_count, r.buffer)
del r
print(gc.collect())
