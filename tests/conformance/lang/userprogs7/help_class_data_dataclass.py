class Config:
    """Settings."""
    DEFAULTS = {f"key{i}": i for i in range(15)}
    NAMES = list(range(40))
    TITLE = "x" * 150
    PATH = "C:\\temp\\dir"
    handler = object()
    short = 5
    def __init__(self):
        pass
help(Config)
from dataclasses import dataclass
@dataclass(order=True)
class P:
    x: int
    y: int = 0
help(P)
