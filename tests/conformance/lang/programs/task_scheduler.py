# A task scheduler simulation: heapq priority queue, deque round-robin, defaultdict stats.
import heapq
from collections import deque, defaultdict, namedtuple, OrderedDict

Task = namedtuple('Task', 'priority name duration')


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = 0
        self.log = []
        self.stats = defaultdict(int)

    def submit(self, task):
        heapq.heappush(self._heap, (task.priority, self._counter, task))
        self._counter += 1

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def run(self, slice_=2):
        clock = 0
        ready = deque()
        while self or ready:
            while self._heap and len(ready) < 3:
                ready.append(list(heapq.heappop(self._heap)[2]))
            prio, name, left = ready.popleft()
            step = min(slice_, left)
            clock += step
            left -= step
            self.stats[name] += step
            if left:
                ready.append([prio, name, left])
            else:
                self.log.append((clock, name))
        return clock


s = Scheduler()
for t in [Task(2, 'backup', 5), Task(1, 'email', 1), Task(3, 'report', 4), Task(1, 'chat', 3), Task(2, 'index', 2)]:
    s.submit(t)
print(len(s), s._heap[0][2])
total = s.run()
print(total, s.log)
print(dict(s.stats), max(s.stats, key=s.stats.get))
t = Task(5, 'x', 1)
print(t, t._asdict(), t._replace(name='y'), Task._fields, t.priority)
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'), list(heapq.merge([1, 4], [2, 3])))
lru = OrderedDict()
for key in 'abcab':
    lru[key] = lru.get(key, 0) + 1
    lru.move_to_end(key)
    if len(lru) > 2:
        lru.popitem(last=False)
print(lru, list(lru))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, sum(window) / len(window), window.maxlen)
d = deque([1, 2, 3])
d.rotate(1)
d.appendleft(0)
d.extend([9])
print(d, d.pop(), d.popleft(), d.count(3), 3 in d)
