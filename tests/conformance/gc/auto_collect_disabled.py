# gc.disable() stops automatic collection; nothing is reported to callbacks.
import gc

gc.collect()
gc.disable()
events = []
gc.callbacks.append(lambda phase, info: events.append(phase))


class C:
    pass


keep = [C() for _ in range(3000)]
print(events)
gc.enable()
gc.collect()
print(events)
