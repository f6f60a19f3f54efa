# The sys attributes an "about this Python" script prints.
import sys

print(sys.byteorder, sys.maxunicode, sys.float_repr_style, sys.getdefaultencoding(),
      sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 8), sys.hexversion >= 0x30B0000)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2],
      hex(sys.implementation.hexversion), type(sys.implementation).__name__)
print(sys.flags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, type(sys.flags).__name__,
      len(sys.flags), sys.flags[3])
print(sys.thread_info, sys.thread_info.name)
print(sys.api_version, repr(sys.abiflags), sys.platlibdir, sys.warnoptions, sys.dont_write_bytecode)
print(sys.copyright.splitlines()[0], sys.copyright.count("\n"))
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.gettrace(), sys.getprofile(), sys.getrecursionlimit(), sys.int_info, sys.float_info.dig)
print(sys.maxsize == 2**63 - 1, sys.hash_info.modulus, sys.hash_info.algorithm)
try:
    sys.flags.optimize = 2
except AttributeError as e:
    print("AttributeError:", e)
