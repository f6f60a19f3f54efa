class Recorder:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return True


with Recorder() as r:
    int('x')
print(r.seen)
with Recorder() as r:
    pass
print(r.seen)
