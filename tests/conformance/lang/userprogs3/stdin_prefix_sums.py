import sys
input = sys.stdin.readline
n = int(input())
arr = list(map(int, input().split()))
q = int(input())
prefix = [0]
for a in arr:
    prefix.append(prefix[-1] + a)
out = []
for _ in range(q):
    l, r = map(int, input().split())
    out.append(str(prefix[r] - prefix[l - 1]))
sys.stdout.write("\n".join(out) + "\n")
rest = sys.stdin.read().split()
print(rest, len(rest))
words = [w.strip(".,") for w in rest]
print(max(words, key=len))
print(repr(input()), sys.stdin.readline() == "")
