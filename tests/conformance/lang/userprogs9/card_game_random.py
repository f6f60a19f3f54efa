import random
from collections import Counter, namedtuple
from itertools import groupby

Card = namedtuple("Card", "rank suit", defaults=("♠",))
RANKS = "2 3 4 5 6 7 8 9 10 J Q K A".split()
SUITS = "♠♥♦♣"

def deck():
    return [Card(r, s) for s in SUITS for r in RANKS]

random.seed(2024)
d = deck()
random.shuffle(d)
hands = [d[i::4][:5] for i in range(4)]
def score(hand):
    counts = sorted(Counter(c.rank for c in hand).values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    idx = sorted(RANKS.index(c.rank) for c in hand)
    straight = len(set(idx)) == 5 and idx[-1] - idx[0] == 4
    if straight and flush: return 8, "straight flush"
    if counts[0] == 4: return 7, "four of a kind"
    if counts[:2] == [3, 2]: return 6, "full house"
    if flush: return 5, "flush"
    if straight: return 4, "straight"
    if counts[0] == 3: return 3, "three of a kind"
    if counts[:2] == [2, 2]: return 2, "two pair"
    if counts[0] == 2: return 1, "pair"
    return 0, "high card"
for i, h in enumerate(hands, 1):
    print(f"Player {i}: {' '.join(c.rank + c.suit for c in h):<22} {score(h)[1]}")
print(random.choice(d), random.sample(range(100), 5), random.randint(1, 6), random.randrange(0, 100, 7))
print(round(random.random(), 6), round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
print(random.choices("abc", weights=[5, 1, 1], k=10), round(random.triangular(0, 10, 3), 6), round(random.expovariate(1.5), 6))
print(round(random.betavariate(2, 3), 6), round(random.gammavariate(2, 1), 6), round(random.lognormvariate(0, 1), 6), round(random.vonmisesvariate(1, 2), 6), round(random.paretovariate(3), 6), round(random.weibullvariate(1, 2), 6))
print(random.getrandbits(40), random.randbytes(4).hex(), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random("seed-string")
print(r.randint(0, 10**12), r.sample(["x", "y", "z", "w"], k=2), r.random())
r2 = random.Random(3.5)
print(r2.random())
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {hist[total]:>4} {'*' * (hist[total] // 10)}")
sorted_cards = sorted(d[:13], key=lambda c: c.suit)
for suit, cards in groupby(sorted_cards, key=lambda c: c.suit):
    print(suit, sorted((c.rank for c in cards), key=RANKS.index))
print(Card("A"), Card._fields, Card._field_defaults, Card("K")._replace(suit="♥"), Card("Q")._asdict())
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
print(random.randrange(10), random.shuffle([1]) is None)
