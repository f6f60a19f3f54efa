# test_gc.test_resurrection_is_transitive
import gc

gc.collect()


class Lazarus:
    def __del__(self):
        global laz
        laz = self


class Cargo:
    def __init__(self):
        self.me = self


laz = None
l = Lazarus()
cargo = Cargo()
cargo_id = id(cargo)
l.cargo = cargo
cargo.laz = l
del l, cargo
print(gc.collect())
print(laz.cargo is not None, id(laz.cargo) == cargo_id, laz.cargo.laz is laz)
print(gc.is_finalized(laz))
laz = None
print(gc.collect())
