# sched.scheduler with a fake clock: ordering by time then priority, cancel, non-blocking run.
import sched

clock = [0.0]
slept = []


def now():
    return clock[0]


def sleep(d):
    slept.append(d)
    clock[0] += d


s = sched.scheduler(now, sleep)
log = []
e1 = s.enter(5, 1, log.append, ('five',))
s.enter(1, 2, log.append, ('one-low',))
s.enter(1, 1, log.append, argument=('one-high',))
s.enterabs(3, 0, lambda **kw: log.append(sorted(kw.items())), kwargs={'b': 2, 'a': 1})
e5 = s.enter(2, 0, log.append, ('cancelled',))
print(len(s.queue), s.empty(), [(e.time, e.priority) for e in s.queue])
print(s.queue[0].action is log.append, s.queue[0].argument, s.queue[0].kwargs)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False), log)
clock[0] = 1
print(s.run(blocking=False), log)
s.run()
print(log, slept, s.empty(), s.run())
print(sched.Event._fields, sched.__all__)


# An action may schedule more events.
s2 = sched.scheduler(now, sleep)
count = []


def tick(n):
    count.append(n)
    if n < 3:
        s2.enter(1, 0, tick, (n + 1,))


s2.enter(0, 0, tick, (0,))
s2.run()
print(count, clock[0])

# The real clock works too.
import time
s3 = sched.scheduler(time.monotonic, time.sleep)
hits = []
s3.enter(0.01, 1, hits.append, (1,))
s3.enter(0, 1, hits.append, (0,))
s3.run()
print(hits)
