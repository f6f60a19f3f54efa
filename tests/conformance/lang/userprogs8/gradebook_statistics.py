# Course assignment: a grade book
from statistics import mean, median, stdev, mode
from collections import defaultdict

class Student:
    def __init__(self, name, sid):
        self.name = name
        self.sid = sid
        self.scores = {}

    def add(self, course, score):
        if not 0 <= score <= 100:
            raise ValueError(f"score out of range: {score!r}")
        self.scores.setdefault(course, []).append(score)

    def average(self, course=None):
        if course is None:
            allscores = [s for v in self.scores.values() for s in v]
            return mean(allscores) if allscores else 0.0
        return mean(self.scores[course])

    def __repr__(self):
        return f"Student({self.name!r}, {self.sid})"

def letter(avg):
    for cutoff, g in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if avg >= cutoff:
            return g
    return 'F'

book = {}
data = [
    ("alice", 1, "math", 93), ("alice", 1, "math", 88), ("alice", 1, "cs", 99),
    ("bob", 2, "math", 72), ("bob", 2, "cs", 65), ("bob", 2, "cs", 81),
    ("carol", 3, "math", 55), ("carol", 3, "cs", 60), ("dave", 4, "math", 100),
]
for name, sid, course, score in data:
    book.setdefault(name, Student(name, sid)).add(course, score)

print(book)
print(f"{'Name':<8}|{'Avg':>8}|{'Grade':^7}|")
print("-" * 26)
for name, st in sorted(book.items(), key=lambda kv: -kv[1].average()):
    avg = st.average()
    print(f"{name.title():<8}|{avg:>8.2f}|{letter(avg):^7}|")

by_course = defaultdict(list)
for st in book.values():
    for c, ss in st.scores.items():
        by_course[c].extend(ss)
for c in sorted(by_course):
    ss = by_course[c]
    print(c, ss, "mean=%.3f median=%s stdev=%.4f" % (mean(ss), median(ss), stdev(ss)))
print("mode:", mode([1, 2, 2, 3, 3, 3]))
print(mean([1, 2, 3, 4]), median([1, 2, 3, 4]), mean([1.5, 2.5]))
from fractions import Fraction
print(mean([Fraction(1, 3), Fraction(2, 3), 1]))
hist = defaultdict(int)
for st in book.values():
    hist[letter(st.average())] += 1
for g in "ABCDF":
    print(f"{g}: {'*' * hist[g]:<5} ({hist[g]})")
try:
    book["alice"].add("math", 101)
except ValueError as e:
    print("error:", e)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1e16:.0f} {1.0:g} {100000000.0:g}")
print(f"{stdev([1, 2, 3, 4]):.6f}")
book["zed"].add("math", 50)
