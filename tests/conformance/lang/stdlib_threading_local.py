# threading.local and a subclass whose __init__ does not call local's: each thread sees its own attributes.
import threading
class L(threading.local):
    def __init__(self, v):
        self.v = v
        print("init", threading.current_thread().name)
loc = L(1)
plain = threading.local()
plain.x = "main"
def work(n):
    print(loc.v, hasattr(plain, "x"))
    loc.v = n
    plain.x = n
    print(loc.v, plain.x)
for i in range(2):
    t = threading.Thread(target=work, args=(10 + i,), name=f"w{i}"); t.start(); t.join()
print(loc.v, plain.x)
