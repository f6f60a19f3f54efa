"""pymm's stand-in for pyperf: runs each benchmark once and prints a stable line, so that
python3 and pymm outputs compare (timings go to stderr)."""
import sys
import time

perf_counter = time.perf_counter


class _ArgParser:
    def add_argument(self, *args, **kwargs):
        pass

    def parse_args(self, args=None):
        return self


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()
        self.args = self.argparser

    def parse_args(self, args=None):
        return self.args

    def bench_time_func(self, name, time_func, *args, inner_loops=None, **kwargs):
        dt = time_func(1, *args)
        print("%s: ok" % name)
        sys.stderr.write("%s: %.6f s\n" % (name, dt))

    def bench_func(self, name, func, *args, inner_loops=None, **kwargs):
        t0 = perf_counter()
        func(*args)
        print("%s: ok" % name)
        sys.stderr.write("%s: %.6f s\n" % (name, perf_counter() - t0))
