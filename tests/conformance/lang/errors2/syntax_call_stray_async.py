# A stray `async` (not followed by `for`) inside a call's arguments.
print("never runs")
result = sorted(1 async and 2)
