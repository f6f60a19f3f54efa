import gc
gc.collect()
log = []
def cb(phase, info):
    if phase == "start":
        log.append(info["generation"])
gc.callbacks.append(cb)

def alloc(n):
    log.clear()
    x = []
    for i in range(n):
        x.append([])
    return list(log)

print(gc.get_threshold())
gc.set_threshold(0)
print("0:", gc.get_threshold(), alloc(2000))
gc.set_threshold(1, 1, 1)
r = alloc(12)
print("1,1,1:", gc.get_threshold(), len(r), r)
gc.set_threshold(5)
r = alloc(30)
print("5:", gc.get_threshold(), len(r), r)
gc.set_threshold(10, 2)
r = alloc(100)
print("10,2:", gc.get_threshold(), len(r), r)
gc.set_threshold(100000)
print("big:", gc.get_threshold(), alloc(5000))
gc.set_threshold(50, 0, 0)
r = alloc(200)
print("50,0,0:", gc.get_threshold(), len(r), r)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError", e)
for v in (2**31, 2**40, 2**64, -2**31 - 1, -2**70):
    try:
        gc.set_threshold(700, v)
    except OverflowError as e:
        print("OverflowError", v, e)
    try:
        gc.set_debug(v)
    except OverflowError as e:
        print("set_debug OverflowError", e)
    try:
        gc.collect(v)
    except OverflowError as e:
        print("collect OverflowError", e)
print(gc.get_debug(), gc.get_threshold())
gc.set_threshold(-1)
print(gc.get_threshold())
r = alloc(10)
print("-1:", r)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
