import heapq
import random
from dataclasses import dataclass, field
from collections import deque, Counter

random.seed(42)

@dataclass(order=True)
class Event:
    time: float
    kind: str = field(compare=False)
    floor: int = field(compare=False, default=0)
    dest: int = field(compare=False, default=0)

class Elevator:
    def __init__(self, floors):
        self.floor = 0
        self.floors = floors
        self.queue = deque()
        self.log = []
        self.moves = Counter()

    def request(self, t, src, dst):
        self.queue.append((src, dst))
        self.log.append(f'{t:6.2f} call {src}->{dst}')

    def step(self, t):
        if not self.queue:
            return None
        src, dst = self.queue.popleft()
        travel = abs(self.floor - src) + abs(src - dst)
        self.moves['up' if dst > src else 'down'] += 1
        self.floor = dst
        return t + travel * 1.5

events = []
for _ in range(8):
    t = round(random.uniform(0, 30), 2)
    src = random.randint(0, 9)
    dst = random.choice([f for f in range(10) if f != src])
    heapq.heappush(events, Event(t, 'call', src, dst))
heapq.heappush(events, Event(0.0, 'tick'))

lift = Elevator(10)
busy_until = 0.0
served = 0
while events:
    ev = heapq.heappop(events)
    if ev.kind == 'call':
        lift.request(ev.time, ev.floor, ev.dest)
        heapq.heappush(events, Event(max(ev.time, busy_until), 'tick'))
    elif ev.kind == 'tick' and lift.queue and ev.time >= busy_until:
        done = lift.step(ev.time)
        served += 1
        busy_until = done
        print(f'{ev.time:6.2f} serve -> at floor {lift.floor} until {done:.2f}')
        heapq.heappush(events, Event(done, 'tick'))
print('\n'.join(lift.log))
print('served', served, dict(lift.moves), f'finished at {busy_until:.2f}')
print(random.sample(range(100), 5), random.gauss(0, 1), random.choices('abc', weights=[5, 1, 1], k=6))
print(heapq.nsmallest(3, [Event(3, 'a'), Event(1, 'b'), Event(2, 'c')]))
