# Bank queue simulation with random.seed, heapq events, dataclasses and statistics.
import random, heapq, statistics
from dataclasses import dataclass, field
from collections import deque
@dataclass(order=True)
class Event:
    time: float
    kind: str = field(compare=False)
    customer: int = field(compare=False, default=-1)
@dataclass
class Stats:
    waits: list = field(default_factory=list)
    served: int = 0
    max_queue: int = 0
def simulate(seed, tellers=2, n=200, arrival=1.0, service=1.8):
    rng = random.Random(seed)
    events = []
    t = 0.0
    for c in range(n):
        t += rng.expovariate(1 / arrival)
        heapq.heappush(events, Event(t, "arrive", c))
    queue = deque()
    free = tellers
    arrived = {}
    st = Stats()
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            if free:
                free -= 1
                st.waits.append(0.0)
                heapq.heappush(events, Event(ev.time + rng.uniform(0.5, service * 2 - 0.5), "leave", ev.customer))
            else:
                queue.append(ev.customer)
                st.max_queue = max(st.max_queue, len(queue))
        else:
            st.served += 1
            if queue:
                c = queue.popleft()
                st.waits.append(ev.time - arrived[c])
                heapq.heappush(events, Event(ev.time + rng.uniform(0.5, service * 2 - 0.5), "leave", c))
            else:
                free += 1
    return st
for seed in (1, 2, 3):
    s = simulate(seed)
    print(f"seed={seed} served={s.served} maxq={s.max_queue} mean={statistics.mean(s.waits):.3f} "
          f"median={statistics.median(s.waits):.3f} p90={sorted(s.waits)[int(0.9 * len(s.waits))]:.3f} stdev={statistics.stdev(s.waits):.3f}")
random.seed(99)
grid = [[random.random() < 0.3 for _ in range(20)] for _ in range(8)]
def step(g):
    h, w = len(g), len(g[0])
    def n(r, c):
        return sum(g[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[(n(r, c) == 3) or (g[r][c] and n(r, c) == 2) for c in range(w)] for r in range(h)]
for gen in range(3):
    print(f"gen {gen}:", sum(map(sum, grid)))
    print("\n".join("".join("#" if x else "." for x in row) for row in grid))
    grid = step(grid)
print(Event(1.0, "a") < Event(2.0, "b"), Event(1.0, "a") == Event(1.0, "zzz"), Stats())
random.seed(5)
trials = 20000
inside = sum(1 for _ in range(trials) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / trials)
print(statistics.mode([1, 2, 2, 3]), statistics.pvariance([1, 2, 3, 4]), statistics.quantiles(range(1, 101), n=4), statistics.harmonic_mean([1, 2, 4]), statistics.fmean([1, 2.5]))
