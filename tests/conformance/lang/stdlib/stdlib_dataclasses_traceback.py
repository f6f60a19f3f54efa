# dataclasses: an exception raised inside a generated method shows its "<string>" frame.
from dataclasses import dataclass, field


def broken():
    return 1 / 0


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    Frozen(1).a = 2
except AttributeError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


@dataclass
class Lazy:
    name: str
    data: list = field(default_factory=broken)


Lazy('x')
