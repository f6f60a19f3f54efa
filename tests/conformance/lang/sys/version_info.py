import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version).__name__, sys.version.startswith('3.11'))
