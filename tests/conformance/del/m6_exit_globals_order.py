import sys

class Logger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name, "helper is", type(helper).__name__)

def helper():
    pass

_private = Logger("_private")
zeta = Logger("zeta")
alpha = Logger("alpha")
beta = Logger("beta")
beta.friend = alpha
alpha.friend = beta
registry = [Logger("in_registry")]
table = {"x": Logger("in_table")}
class Service:
    instance = Logger("class_attr")
def closure_maker():
    l = Logger("closure")
    def get():
        return l
    return get
getter = closure_maker()
print("main done")
