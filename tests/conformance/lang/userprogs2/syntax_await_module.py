lambda: (yield)
await x
