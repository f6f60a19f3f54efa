"""Bank-teller queue simulation (discrete events) with random.seed, heapq and dataclasses."""
import heapq
import random
import statistics
from collections import deque
from dataclasses import dataclass, field
from enum import Enum, auto

class Kind(Enum):
    ARRIVAL = auto()
    DEPARTURE = auto()

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    customer: int = field(compare=False)

class Simulation:
    def __init__(self, tellers=2, arrival_rate=1.0, service_mean=1.5, seed=2024):
        self.rng = random.Random(seed)
        self.tellers = tellers
        self.free = tellers
        self.arrival_rate = arrival_rate
        self.service_mean = service_mean
        self.queue = deque()
        self.events = []
        self.seq = 0
        self.now = 0.0
        self.arrived = {}
        self.waits = []
        self.max_queue = 0

    def schedule(self, delay, kind, customer):
        self.seq += 1
        heapq.heappush(self.events, Event(self.now + delay, self.seq, kind, customer))

    def run(self, customers=200):
        self.schedule(self.rng.expovariate(self.arrival_rate), Kind.ARRIVAL, 0)
        while self.events:
            ev = heapq.heappop(self.events)
            self.now = ev.time
            if ev.kind is Kind.ARRIVAL:
                self.arrived[ev.customer] = self.now
                if ev.customer + 1 < customers:
                    self.schedule(self.rng.expovariate(self.arrival_rate), Kind.ARRIVAL, ev.customer + 1)
                if self.free:
                    self.free -= 1
                    self.start(ev.customer)
                else:
                    self.queue.append(ev.customer)
                    self.max_queue = max(self.max_queue, len(self.queue))
            else:
                if self.queue:
                    self.start(self.queue.popleft())
                else:
                    self.free += 1
        return self

    def start(self, customer):
        self.waits.append(self.now - self.arrived[customer])
        service = max(0.1, self.rng.gauss(self.service_mean, 0.5))
        self.schedule(service, Kind.DEPARTURE, customer)

for tellers in (1, 2, 3):
    sim = Simulation(tellers=tellers).run()
    w = sim.waits
    print(f"tellers={tellers}: served={len(w):>3} mean wait={statistics.mean(w):7.3f} "
          f"p90={statistics.quantiles(w, n=10)[-1]:7.3f} max queue={sim.max_queue:>3} end={sim.now:8.2f}")
rng = random.Random(7)
print([round(rng.triangular(1, 5), 4) for _ in range(3)], rng.choices(["a", "b"], cum_weights=[1, 10], k=5), rng.sample(range(100), k=5, counts=None) if False else rng.sample(range(100), 5))
print(rng.randrange(-10, 10, 3), rng.random() < 0.5, rng.getrandbits(1), rng.binomialvariate(10, 0.5) if hasattr(rng, "binomialvariate") else "n/a")
